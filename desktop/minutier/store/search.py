"""Searching the full-text index with whatever a person types, never raising on its syntax.

The query is folded like the indexed text, split into words (double quotes keep a phrase),
and every word becomes a quoted FTS5 string, so ``AND``, ``-``, ``*`` or an unbalanced
parenthesis are only characters. With trigram tokens a word matches inside longer words
("위원회" in "특별위원회"); words under three characters fall back to ``LIKE``. Results are
ranked by bm25 and carry a snippet of the original text with the matches marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutier.core.text import fold, fold_with_map
from minutier.store.connection import Store
from minutier.store.search_schema import KIND_BITS, KIND_BY_CODE, KIND_BY_TABLE

_WORD_EDGE = "()[]{}*^:!?,;\"'`.+~<>=|\\"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_TERMS = 12
MAX_TERM_LENGTH = 200


@dataclass
class Hit:
    kind: str  # table name: meeting, agenda_item, note, announcement, decision, initiative, action…
    id: int
    text: str
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans within snippet
    rank: float = 0.0
    confidential: bool = False  # marked (or inside a marked agenda item): not in public minutes


def terms(query: str) -> list[str]:
    """The folded words and phrases of a query, cleaned of FTS syntax."""
    # FTS5 reads a NUL inside a quoted string as its end ("unterminated string"): control
    # characters are never part of a word, so they separate words like spaces.
    folded = _CONTROL.sub(" ", fold(query))
    parts: list[str] = []
    for m in re.finditer(r'"([^"]*)"?|(\S+)', folded):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        word = " ".join(raw.split()).strip(_WORD_EDGE + " ")
        if word and word not in parts:
            parts.append(word[:MAX_TERM_LENGTH])
    return parts[:MAX_TERMS]


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query_terms: list[str]) -> tuple[str, list[object]]:
    long_terms = [t for t in query_terms if len(t) >= 3]
    short_terms = [t for t in query_terms if len(t) < 3]
    clauses: list[str] = []
    params: list[object] = []
    if long_terms:
        clauses.append("search_index MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for t in short_terms:
        clauses.append("folded LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(t)}%")
    return " AND ".join(clauses), params


def snippet(
    text: str, query_terms: list[str], *, width: int = 160
) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, and the spans of every match inside it."""
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for t in query_terms:
        start = 0
        while t and (i := folded.find(t, start)) >= 0:
            spans.append((origin[i], origin[i + len(t) - 1] + 1))
            start = i + len(t)
    spans.sort()
    if not spans:
        cut = text[:width]
        return (cut + "…" if len(text) > width else cut), []
    first = spans[0][0]
    begin = max(0, first - width // 3)
    end = min(len(text), begin + width)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = prefix + " ".join(text[begin:end].split("\n")) + suffix
    shift = len(prefix) - begin
    inside = [(s + shift, e + shift) for s, e in spans if s >= begin and e <= end]
    return window, inside


def _texts_of(store: Store, rowids: list[int]) -> dict[int, str]:
    """The original text of each hit, one query per kind of record (not one per hit)."""
    by_kind: dict[int, list[int]] = {}
    for rowid in rowids:
        by_kind.setdefault(rowid % KIND_BITS, []).append(rowid // KIND_BITS)
    out: dict[int, str] = {}
    for code, ids in by_kind.items():
        k = KIND_BY_CODE[code]
        for start in range(0, len(ids), 500):  # well under SQLite's limit of parameters
            chunk = ids[start : start + 500]
            for row_id, text in store.conn.execute(
                f"SELECT t.id, {k.expression('t')} FROM {k.table} t "
                f"WHERE t.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                out[row_id * KIND_BITS + code] = (text or "").strip()
    return out


# Records that carry the confidential mark, and how to read it (theirs or their agenda item's).
_MARKED = {
    "agenda_item": "SELECT t.id FROM agenda_item t WHERE t.confidential = 1 AND t.id IN ({})",
    **{
        table: f"SELECT t.id FROM {table} t LEFT JOIN agenda_item g ON g.id = t.agenda_item_id "
        "WHERE (t.confidential = 1 OR g.confidential = 1) AND t.id IN ({})"
        for table in ("note", "announcement", "decision", "action")
    },
}


def _confidential(store: Store, rowids: list[int]) -> set[int]:
    """The index rowids of hits on confidential records (empty on a register without marks)."""
    if not store.scalar(
        "SELECT count(*) FROM pragma_table_info('decision') WHERE name = 'confidential'"
    ):
        return set()
    by_kind: dict[int, list[int]] = {}
    for rowid in rowids:
        by_kind.setdefault(rowid % KIND_BITS, []).append(rowid // KIND_BITS)
    out: set[int] = set()
    for code, ids in by_kind.items():
        sql = _MARKED.get(KIND_BY_CODE[code].table)
        for start in range(0, len(ids), 500) if sql else ():
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            out |= {r[0] * KIND_BITS + code for r in store.conn.execute(sql.format(marks), chunk)}
    return out


def search(
    store: Store, query: str, *, kinds: list[str] | None = None, limit: int = 50
) -> list[Hit]:
    """Ranked hits for ``query`` (best first); an empty or syntax-only query gives no hits."""
    query_terms = terms(query)
    if not query_terms:
        return []
    where, params = _where(query_terms)
    if kinds:
        codes = [KIND_BY_TABLE[k].code for k in kinds if k in KIND_BY_TABLE]
        where += f" AND (rowid % {KIND_BITS}) IN ({', '.join(map(str, codes)) or 'NULL'})"
    has_match = any(len(t) >= 3 for t in query_terms)
    order = "bm25(search_index)" if has_match else "rowid DESC"
    rank = "bm25(search_index)" if has_match else "0.0"
    rows = store.conn.execute(
        f"SELECT rowid, {rank} FROM search_index WHERE {where} ORDER BY {order} LIMIT ?",
        (*params, int(limit)),
    ).fetchall()
    texts = _texts_of(store, [rowid for rowid, _ in rows])
    marked = _confidential(store, [rowid for rowid, _ in rows])
    hits = []
    for rowid, score in rows:
        kind = KIND_BY_CODE[rowid % KIND_BITS].table
        row_id = rowid // KIND_BITS
        text = texts.get(rowid, "")
        window, spans = snippet(text, query_terms)
        hits.append(Hit(kind, row_id, text, window, spans, float(score), rowid in marked))
    return hits


def count(store: Store, query: str) -> int:
    """How many records match (for a status line)."""
    query_terms = terms(query)
    if not query_terms:
        return 0
    where, params = _where(query_terms)
    return int(store.scalar(f"SELECT count(*) FROM search_index WHERE {where}", params))

"""Searching the full-text index with whatever a person types, never raising on its syntax.

The query is folded like the indexed text, split into words (double quotes keep a phrase),
and every word becomes a quoted FTS5 string, so ``AND``, ``-``, ``*`` or an unbalanced
parenthesis are only characters. Hits come in three tiers, each ranked by bm25 within it:

1. a reference typed whole (``CSIIA-A1``, ``CSIIA-D3``, ``CSIIA/3``, a committee's code);
2. records holding every word as a whole word (``search_words``);
3. records holding every word inside longer words (``search_trigrams``; words under three
   characters by ``LIKE``), only while the first tiers leave room under the limit.

Ranking every match of a common word costs time in step with the archive (bm25 over 35,000
rows); each tier ranks only the newest ``window`` matches of each kind of record — an index
range read backwards — so its cost stays flat as years are added. Hits carry a snippet of the
original text with the matches marked, and a label: the record's reference or name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from minutier.core.text import fold, fold_with_map
from minutier.store.connection import Store
from minutier.store.search_schema import (
    KIND_BY_TABLE,
    KIND_SHIFT,
    KINDS,
    IndexedKind,
    id_of,
    kind_of,
)

_WORD_EDGE = "()[]{}*^:!?,;\"'`.+~<>=|\\"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_REF = re.compile(r"^(?P<code>[^\s/]+?)(?:/(?P<meeting>\d+)|-(?P<kind>[ad])(?P<number>\d+))$")
MAX_TERMS = 12
MAX_TERM_LENGTH = 200
MIN_WINDOW, MAX_WINDOW = 50, 250  # newest matches ranked per kind of record


@dataclass
class Hit:
    kind: str  # table name: meeting, agenda_item, note, announcement, decision, initiative, action…
    id: int
    text: str
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans within snippet
    rank: float = 0.0
    confidential: bool = False  # marked (or inside a marked agenda item): not in public minutes
    ref: str = ""  # CSIIA-A1, CSIIA/3, a person's name… ("" when the record has none)

    @property
    def label(self) -> str:
        """How the hit is named to a person: its reference, else ``#id``."""
        return self.ref or f"#{self.id}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole(query: str) -> str:
    """A lone surrogate (undecodable bytes of a command-line argument) as U+FFFD: SQLite
    takes UTF-8 only, and encoding it raised UnicodeEncodeError out of every search."""
    return _SURROGATE.sub("\ufffd", query)


def terms(query: str) -> list[str]:
    """The folded words and phrases of a query, cleaned of FTS syntax."""
    query = _whole(query)
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


def _quoted(words: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in words)


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _substring_where(query_terms: list[str]) -> tuple[str, str, str, list[object]]:
    """(table, key column, WHERE, params) finding records that hold every term, inside words or not.

    Terms of three characters and more go to the trigram index; shorter ones are tested with
    ``LIKE`` on the folded text (read by key, or scanned when no term is long enough).
    """
    long_terms = [t for t in query_terms if len(t) >= 3]
    short_terms = [t for t in query_terms if len(t) < 3]
    clauses: list[str] = []
    params: list[object] = []
    if long_terms:
        table, key = "search_trigrams", "rowid"
        clauses.append("search_trigrams MATCH ?")
        params.append(_quoted(long_terms))
    else:
        table, key = "search_text", "id"
    for t in short_terms:
        clauses.append("folded LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(t)}%")
    return table, key, " AND ".join(clauses), params


def matching_ids_sql(table: str, query_terms: list[str]) -> tuple[str, list[object]]:
    """A sub-query of the ids of ``table``'s records that ``query_terms`` finds (for filters)."""
    k = KIND_BY_TABLE[table]
    fts, key, where, params = _substring_where(query_terms)
    return (
        f"SELECT {key} - {k.low} FROM {fts} WHERE {where} AND {key} BETWEEN {k.low} AND {k.high} "
        f"UNION SELECT rowid - {k.low} FROM search_words WHERE search_words MATCH ? "
        f"AND rowid BETWEEN {k.low} AND {k.high}",
        [*params, _quoted(query_terms)],
    )


def bm25(rows: list[tuple[int, str]], words: list[str]) -> list[tuple[int, float]]:
    """(key, score) of folded texts, best first: Okapi BM25 (k1 1.2, b 0.75) as FTS5 scores it
    (negative, lower is better), its document frequencies taken over ``rows`` themselves.

    FTS5's own ``bm25()`` first counts every match of each word in the whole index (for its
    document frequency): that alone grows with the archive. Over a window of the newest
    matches the order is the same for one word and close for several.
    """
    if not rows:
        return []
    texts = [text for _, text in rows]
    lengths = [text.count(" ") + 1 for text in texts]
    scale = 0.9 * len(rows) / sum(lengths)  # k1 * b / average length
    norms = [0.3 + scale * n for n in lengths]  # k1 * (1 - b + b * length / average)
    scores = [0.0] * len(rows)
    for w in words:
        counts = [text.count(w) for text in texts]
        df = len(counts) - counts.count(0)
        idf = 2.2 * math.log((len(rows) - df + 0.5) / (df + 0.5) + 1)
        scores = [s - idf * c / (c + n) for s, c, n in zip(scores, counts, norms, strict=True)]
    return sorted(zip((key for key, _ in rows), scores, strict=True), key=lambda r: (r[1], -r[0]))


def _newest(
    store: Store,
    select: str,
    key: str,
    ranges: list[tuple[int, int]],
    params: list[object],
    window: int,
) -> list[tuple[int, str]]:
    """(key, folded text) of the newest ``window`` matches of each key range (one kind each).

    One forward read over all the ranges first: when it ends within ``window`` rows it saw
    every match (a rare word), and nothing is read backwards — FTS5 reads a long doclist
    backwards by loading it whole (a rare word inside common trigrams: 7.5 ms backwards,
    1.4 ms forwards on the 4x archive). Otherwise each range is read backwards, newest
    first, and stops after ``window`` rows.
    """
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    rows = store.conn.execute(
        f"{select} ORDER BY {key} LIMIT ?", (*params, low, high, window + 1)
    ).fetchall()
    if len(rows) > window:
        rows = []
        for lo, hi in ranges:
            rows.extend(
                store.conn.execute(
                    f"{select} ORDER BY {key} DESC LIMIT ?", (*params, lo, hi, window)
                ).fetchall()
            )
        return rows
    codes = {lo >> KIND_SHIFT for lo, _ in ranges}
    return [r for r in rows if r[0] >> KIND_SHIFT in codes]


def _by_reference(store: Store, query: str, codes: set[int]) -> list[int]:
    """The key of the record a whole reference names (``CSIIA-A1``, ``CSIIA/3``, ``CSIIA``)."""
    text = "".join(fold(query).split())
    if not text or len(text) > 80:
        return []
    m = _REF.match(text)
    if m is None:
        sql, params, kind = (
            "SELECT id FROM committee WHERE code = ? COLLATE NOCASE",
            [text],
            "committee",
        )
    elif m["meeting"]:
        sql, kind = (
            "SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id",
            "meeting",
        )
        sql += " WHERE c.code = ? COLLATE NOCASE AND m.number = ?"
        params = [m["code"], int(m["meeting"][:18])]
    else:
        kind = "action" if m["kind"] == "a" else "decision"
        sql = f"SELECT t.id FROM {kind} t JOIN committee c ON c.id = t.committee_id"
        sql += " WHERE c.code = ? COLLATE NOCASE AND t.number = ?"
        params = [m["code"], int(m["number"][:18])]
    k = KIND_BY_TABLE[kind]
    if k.code not in codes:
        return []
    return [k.low + r[0] for r in store.conn.execute(sql, params).fetchall()]


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


def _texts_of(store: Store, keys: list[int]) -> dict[int, tuple[str, str]]:
    """The original text and label of each hit, one query per kind of record (not per hit)."""
    by_kind: dict[IndexedKind, list[int]] = {}
    for key in keys:
        by_kind.setdefault(kind_of(key), []).append(id_of(key))
    out: dict[int, tuple[str, str]] = {}
    for k, ids in by_kind.items():
        for start in range(0, len(ids), 500):  # well under SQLite's limit of parameters
            chunk = ids[start : start + 500]
            for row_id, text, label in store.conn.execute(
                f"SELECT t.id, {k.expression('t')}, {k.label_sql('t')} FROM {k.table} t "
                f"WHERE t.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                out[k.low + row_id] = ((text or "").strip(), str(label or ""))
    return out


def ranked_keys(
    store: Store, query: str, *, kinds: list[str] | None = None, limit: int = 50
) -> list[tuple[int, float]]:
    """(key, bm25) of the best hits, references first, then whole words, then inside words."""
    query = _whole(query)
    query_terms = terms(query)
    chosen = [k for k in KINDS if not kinds or k.table in kinds]
    if not query_terms or not chosen or limit < 1:
        return []
    ranges = [(k.low, k.high) for k in chosen]
    # one kind may fill the whole limit; among several, half of it each is plenty to rank
    share = int(limit)
    window = max(MIN_WINDOW, min(MAX_WINDOW, share))
    out = [(key, 0.0) for key in _by_reference(store, query, {k.code for k in chosen})]
    seen = {key for key, _ in out}

    def add(rows: list[tuple[int, float]]) -> None:
        for key, score in rows:
            if key not in seen and len(out) < limit:
                seen.add(key)
                out.append((key, float(score)))

    whole = _newest(
        store,
        "SELECT rowid, folded FROM search_words WHERE search_words MATCH ? "
        "AND rowid BETWEEN ? AND ?",
        "rowid",
        ranges,
        [_quoted(query_terms)],
        window,
    )
    add(bm25(whole, query_terms))
    if len(out) < limit:
        table, key, where, params = _substring_where(query_terms)
        inside = _newest(
            store,
            f"SELECT {key}, folded FROM {table} WHERE {where} AND {key} BETWEEN ? AND ?",
            key,
            ranges,
            params,
            window + len(seen),
        )
        add(bm25([r for r in inside if r[0] not in seen] if seen else inside, query_terms))
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


def _confidential(store: Store, keys: list[int]) -> set[int]:
    """The index keys of hits on confidential records (empty on a register without marks)."""
    if not store.scalar(
        "SELECT count(*) FROM pragma_table_info('decision') WHERE name = 'confidential'"
    ):
        return set()
    by_kind: dict[IndexedKind, list[int]] = {}
    for key in keys:
        by_kind.setdefault(kind_of(key), []).append(id_of(key))
    out: set[int] = set()
    for k, ids in by_kind.items():
        sql = _MARKED.get(k.table)
        for start in range(0, len(ids), 500) if sql else ():
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            out |= {k.low + r[0] for r in store.conn.execute(sql.format(marks), chunk)}
    return out


def search(
    store: Store, query: str, *, kinds: list[str] | None = None, limit: int = 50
) -> list[Hit]:
    """Ranked hits for ``query`` (best first); an empty or syntax-only query gives no hits."""
    query = _whole(query)
    rows = ranked_keys(store, query, kinds=kinds, limit=limit)
    query_terms = terms(query)
    texts = _texts_of(store, [key for key, _ in rows])
    marked = _confidential(store, [key for key, _ in rows])
    hits = []
    for key, score in rows:
        text, label = texts.get(key, ("", ""))
        window, spans = snippet(text, query_terms)
        hits.append(
            Hit(
                kind_of(key).table,
                id_of(key),
                text,
                window,
                spans,
                score,
                confidential=key in marked,
                ref=label,
            )
        )
    return hits


def count(store: Store, query: str) -> int:
    """How many records match, as whole words or inside words (for a status line)."""
    query_terms = terms(query)
    if not query_terms:
        return 0
    table, key, where, params = _substring_where(query_terms)
    return int(
        store.scalar(
            f"SELECT count(*) FROM (SELECT {key} FROM {table} WHERE {where} "
            "UNION SELECT rowid FROM search_words WHERE search_words MATCH ?)",
            [*params, _quoted(query_terms)],
        )
    )

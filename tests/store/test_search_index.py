"""Full-text search: accents, Korean compounds, digit groups, any query text, ranking, snippets.

Also the trap of STACK-NOTES: sqlite-utils' ``transform()`` drops the index triggers, and
``search_schema.create_triggers`` brings them back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core import controls
from minutier.core.text import fold, fold_with_map
from minutier.services import decisions, meetings, records
from minutier.store import search, search_schema
from minutier.store.connection import Store, open_store

NBSP, NNBSP = "\u00a0", "\u202f"


class Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, int]]:
    """One register for property tests (each example writes inside a rolled-back transaction)."""
    s = open_store(tmp_path_factory.mktemp("search") / "search.minutier", create=True, who="t")
    committee = records.create(s, "committee", {"name": "Comité", "code": "C"})
    yield s, committee
    s.close()


def found(store: Store, query: str, **kw) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(h.kind, h.id) for h in search.search(store, query, **kw)]


def decision(store: Store, committee: int, text: str) -> int:
    return decisions.record_decision(store, text, committee_id=committee)


def test_accents_and_case_do_not_matter(store: Store, committee: int) -> None:
    d = decision(store, committee, "Respecter l'ÉCHÉANCE de 2027")
    for query in ("echeance", "ÉCHÉANCE", "Échéance", "écheance", "ECHEANCE 2027"):
        assert found(store, query) == [("decision", d)], query
    assert found(store, "echeances") == []


def test_korean_inside_compound_words(store: Store, committee: int) -> None:
    d = decision(store, committee, "국가AI컴퓨팅인프라특별위원회 제3차 회의 결과")
    assert found(store, "위원회") == [("decision", d)]
    assert found(store, "특별위원회") == [("decision", d)]
    assert found(store, "컴퓨팅") == [("decision", d)]
    assert found(store, "회의") == [("decision", d)]  # two syllables: the short-term path
    assert found(store, "위원장") == []


@pytest.mark.parametrize(
    "written", ["8000", "8 000", "8,000", f"8{NBSP}000", f"8{NNBSP}000", "8.000", "8'000"]
)
def test_digit_groups_match_either_way(store: Store, committee: int, written: str) -> None:
    d = decision(store, committee, f"Acheter {written} GPU de plus")
    # (search is by substring, as Korean compounds need: "8000" would also find "18 000")
    other = decision(store, committee, "Acheter 80 500 GPU, ou 7 000")
    for query in ("8000", "8 000", "8,000", f"8{NBSP}000", "8000 GPU"):
        assert found(store, query) == [("decision", d)], (written, query)
    assert found(store, "80500") == [("decision", other)]
    assert found(store, "80,500 GPU") == [("decision", other)]


def test_search_covers_every_indexed_kind(store: Store, committee: int, meeting: int) -> None:
    item = meetings.agenda(store, meeting)[0]["id"]
    records.update(store, "agenda_item", item, {"notes": "zeppelin ordre du jour"})
    made = {
        (
            "meeting",
            records.create(
                store,
                "meeting",
                {
                    "committee_id": committee,
                    "number": 9,
                    "starts_at": "2025-05-01T10:00",
                    "timezone": "UTC",
                    "place": "zeppelin hall",
                },
            ),
        ),
        ("agenda_item", item),
        ("note", meetings.add_note(store, meeting, "zeppelin note")),
        (
            "announcement",
            decisions.record_announcement(store, "zeppelin annonce", meeting_id=meeting),
        ),
        ("decision", decision(store, committee, "zeppelin décision")),
        ("initiative", records.create(store, "initiative", {"name": "Projet", "code": "ZEPPELIN"})),
    }
    from minutier.services import actions

    action = actions.create_action(store, "zeppelin action", committee_id=committee)
    made.add(("action", action))
    made.add(("action_note", actions.add_progress_note(store, action, "zeppelin suivi")))
    assert set(found(store, "zeppelin")) == made
    assert set(found(store, "zeppelin", kinds=["decision", "note"])) == {
        k for k in made if k[0] in ("decision", "note")
    }
    assert found(store, "zeppelin", kinds=["nonsense"]) == []
    assert search.count(store, "zeppelin") == len(made)


def test_index_follows_updates_and_deletes(store: Store, committee: int) -> None:
    d = decision(store, committee, "Ancien texte")
    records.update(store, "decision", d, {"text": "Nouveau texte"})
    assert found(store, "ancien") == []
    assert found(store, "nouveau") == [("decision", d)]
    records.delete(store, "decision", d)
    assert found(store, "nouveau") == []
    assert store.scalar("SELECT count(*) FROM search_text") == sum(
        store.scalar(f"SELECT count(*) FROM {k.table}") for k in search_schema.present(store.db)
    )


@pytest.mark.parametrize(
    "query",
    [
        'GPU "8000',
        "GPU-8000",
        "sqlite-utils",
        "AND",
        "OR NOT",
        "NEAR(",
        "(",
        ")",
        "*",
        "a*",
        '"',
        '""',
        "-",
        "^x",
        "col:val",
        "\x00",
        "   ",
        "",
        "'; DROP TABLE decision; --",
        "% _",
        "NOT supercalculateur",
        "super\x00calculateur",  # NUL ended FTS5's quoted string: "unterminated string"
        '"GPU 8000\x00"',
    ],
)
def test_query_syntax_never_raises(store: Store, committee: int, query: str) -> None:
    decision(store, committee, "GPU-8000 sqlite-utils (AND) supercalculateur 50% _x_")
    hits = search.search(store, query)
    assert isinstance(hits, list)
    assert search.count(store, query) == len(hits)


def test_phrases_and_words(store: Store, committee: int) -> None:
    a = decision(store, committee, "centre national de calcul")
    b = decision(store, committee, "calcul du centre national")
    assert set(found(store, "centre calcul")) == {("decision", a), ("decision", b)}
    assert found(store, '"national de calcul"') == [("decision", a)]
    assert found(store, '"national de calcul') == [("decision", a)]  # unclosed quote


def test_more_mentions_rank_higher_and_order_is_stable(store: Store, committee: int) -> None:
    for n in range(6):
        decision(store, committee, f"Autre sujet numéro {n} sans rapport avec le reste du texte")
    once = decision(store, committee, "Le supercalculateur ouvrira, dit le ministre, en 2027.")
    thrice = decision(
        store, committee, "Supercalculateur : le supercalculateur n° 6, supercalculateur public."
    )
    hits = search.search(store, "supercalculateur")
    assert [h.id for h in hits] == [thrice, once]
    assert hits[0].rank <= hits[1].rank
    assert [h.id for h in search.search(store, "supercalculateur")] == [thrice, once]


def test_hit_carries_text_and_marked_snippet(store: Store, committee: int) -> None:
    text = ("Préambule. " * 30) + "Le Centre national de calcul ouvrira en 2027 avec 1 exaflop."
    d = decision(store, committee, text)
    (hit,) = search.search(store, "CENTRE national")
    assert (hit.kind, hit.id, hit.text) == ("decision", d, text)
    assert hit.snippet.startswith("…") and len(hit.snippet) <= 162
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["Centre", "national"]


def test_transform_drops_triggers_and_create_triggers_restores_them(
    store: Store, committee: int
) -> None:
    kept = decision(store, committee, "échéance d'avant")
    store.db["decision"].transform(types={"decided_on": str})
    # first half: the trap is real — a decision written now is not indexed
    lost = decision(store, committee, "échéance d'après")
    assert found(store, "echeance") == [("decision", kept)]
    # second half: restoring the triggers indexes what comes next, and edits and deletes too
    search_schema.create_triggers(store.db)
    search_schema.reindex(store.db)  # what was written while they were missing
    assert set(found(store, "echeance")) == {("decision", kept), ("decision", lost)}
    again = decision(store, committee, "troisième échéance")
    assert ("decision", again) in found(store, "troisieme")
    records.update(store, "decision", again, {"text": "quatrième"})
    assert found(store, "troisieme") == [] and found(store, "quatrieme") == [("decision", again)]
    records.delete(store, "decision", again)
    assert found(store, "quatrieme") == []


# -- properties -----------------------------------------------------------------------------

QUERY_ALPHABET = st.one_of(
    st.characters(),  # anything, including controls
    st.sampled_from([*"\"*-()^:+'%_\\", "AND", "OR", "NOT", "NEAR", " "]),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.lists(QUERY_ALPHABET, max_size=400).map("".join) | st.text(max_size=2000))
def test_any_query_text_never_raises(shared: tuple[Store, int], query: str) -> None:
    store, _ = shared
    hits = search.search(store, query)
    assert search.count(store, query) >= len(hits) or hits == []


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(min_size=1800, max_size=2000))
def test_long_queries_never_raise(shared: tuple[Store, int], query: str) -> None:
    search.search(shared[0], query)


# What a record's text can hold: anything but control characters and bidirectional
# overrides (fields.clean refuses them) other than line breaks and tabs.
STORED_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters=controls.BIDI_CONTROLS
    )
    | st.sampled_from("\n\t"),
    max_size=300,
)
WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèêàçôûÉÈÀÇŒœæ위원회특별국가컴퓨팅"),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=STORED_TEXT, word=WORD, after=STORED_TEXT)
def test_highlights_map_back_to_the_original_text(
    shared: tuple[Store, int], before: str, word: str, after: str
) -> None:
    store, committee = shared
    term = fold(word)
    text = f"{before} {word} {after}".strip() or word
    if not text.strip():
        return
    try:
        with store.transaction():
            with store.operation("property") as op:  # raw insert: any text, even controls
                row_id = op.insert(
                    "decision",
                    {"committee_id": committee, "number": 10**6, "text": text},
                )
            hits = [h for h in search.search(store, word, kinds=["decision"]) if h.id == row_id]
            raise Rollback(hits)
    except Rollback as r:
        (hits,) = r.args
    assert len(hits) == 1, (text, word)
    hit = hits[0]
    assert hit.highlights
    for s, e in hit.highlights:
        assert 0 <= s < e <= len(hit.snippet)
        assert term in fold(hit.snippet[s:e]), (hit.snippet, s, e, term)
    if term not in fold(before):
        s, e = hit.highlights[0]
        assert fold(hit.snippet[s:e]) == term


@settings(max_examples=300)
@given(text=st.text(max_size=400), data=st.data())
def test_snippet_spans_point_at_the_match(text: str, data: st.DataObject) -> None:
    folded, origin = fold_with_map(text)
    if not folded:
        return
    i = data.draw(st.integers(0, len(folded) - 1))
    j = data.draw(st.integers(i + 1, min(len(folded), i + 20)))
    term = folded[i:j]
    window, spans = search.snippet(text, [term])
    # where the term is in the original text, found independently of ``snippet``
    expected, k = [], folded.find(term)
    while k >= 0:
        expected.append(text[origin[k] : origin[k + len(term) - 1] + 1].replace("\n", " "))
        k = folded.find(term, k + len(term))
    assert spans and expected
    marked = [window[s:e] for s, e in spans]
    assert all(0 <= s < e <= len(window) for s, e in spans)
    assert marked[0] == expected[0]
    assert marked == expected[: len(marked)]


def test_terms_clean_query_syntax() -> None:
    assert search.terms('GPU "8 000" AND (centre*') == ["gpu", "8000", "and", "centre"]
    assert search.terms("   ") == []
    assert len(search.terms(" ".join(f"mot{i}" for i in range(50)))) == search.MAX_TERMS
    assert all(len(t) <= search.MAX_TERM_LENGTH for t in search.terms("x" * 5000))


def test_empty_register_and_empty_query(tmp_path: Path) -> None:
    with open_store(tmp_path / "e.minutier", create=True) as s:
        assert search.search(s, "rien") == []
        assert search.search(s, "") == []
        assert search.count(s, "") == 0


# -- issue 16.1: every record, references, typography, short words ---------------------------


def test_people_organisations_and_committees_are_found_by_any_name(
    store: Store, committee: int
) -> None:
    person = records.create(store, "person", {"name": "Choi Sang-mok", "native_name": "최상목"})
    org = records.create(
        store,
        "organisation",
        {"name": "Ministère des Sciences", "native_name": "과학기술정보통신부"},
    )
    other = records.create(
        store,
        "committee",
        {"name": "Comité national", "native_name": "AI 컴퓨팅 인프라 특별위원회", "code": "CNIA"},
    )
    assert found(store, "최상목") == [("person", person)]
    assert found(store, "sang-mok") == [("person", person)]
    assert found(store, "정보통신") == [("organisation", org)]
    assert found(store, "인프라") == [("committee", other)]
    assert ("committee", other) in found(store, "위원회")
    (hit,) = search.search(store, "cnia")
    assert (hit.kind, hit.id, hit.ref, hit.label) == ("committee", other, "CNIA", "CNIA")
    records.update(store, "person", person, {"native_name": "류광준"})
    assert found(store, "최상목") == [] and found(store, "류광준") == [("person", person)]


def test_references_find_their_record_first_and_label_every_hit(
    store: Store, committee: int, meeting: int
) -> None:
    from minutier.services import actions

    code = store.scalar("SELECT code FROM committee WHERE id = ?", (committee,))
    number = store.scalar("SELECT number FROM meeting WHERE id = ?", (meeting,))
    act = actions.create_action(store, "Rédiger la note", committee_id=committee)
    dec = decision(store, committee, "Adopter la note")
    a_ref = f"{code}-A{store.scalar('SELECT number FROM action WHERE id = ?', (act,))}"
    d_ref = f"{code}-D{store.scalar('SELECT number FROM decision WHERE id = ?', (dec,))}"
    for query, kind, row_id, label in (
        (a_ref, "action", act, a_ref),
        (a_ref.lower().replace("-", "\u2011"), "action", act, a_ref),  # typed with U+2011
        (d_ref, "decision", dec, d_ref),
        (f"{code}/{number}", "meeting", meeting, f"{code}/{number}"),
        (f" {code} / {number} ", "meeting", meeting, f"{code}/{number}"),
    ):
        hits = search.search(store, query)
        assert (hits[0].kind, hits[0].id, hits[0].ref) == (kind, row_id, label), query
    assert search.search(store, f"{code}-A999") == [] or all(
        h.ref != f"{code}-A999" for h in search.search(store, f"{code}-A999")
    )
    note = actions.add_progress_note(store, act, "la note avance")
    labels = {(h.kind, h.id): h.label for h in search.search(store, "note")}
    assert labels[("action", act)] == a_ref and labels[("action_note", note)] == a_ref
    assert labels[("decision", dec)] == d_ref


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("zéro\u2011largeur", "zero-largeur"),  # non-breaking hyphen
        ("zéro-largeur", "zéro\u2011largeur"),
        ("largeur\u200bici", "largeurici"),  # zero-width space
        ("largeurici", "largeur\u200bici"),
        ("O\u2019Brien", "O'Brien"),  # typographic apostrophe
        ("O'Brien", "O\u2019Brien"),
        ("l\u2019échéance", "l'echeance"),
        ("du 3\u20134 mai", "3-4 mai"),  # en dash
        ("par\u00adtage", "partage"),  # soft hyphen
    ],
)
def test_typography_does_not_hide_text(
    store: Store, committee: int, stored: str, query: str
) -> None:
    d = decision(store, committee, f"Texte {stored} ici")
    assert found(store, query) == [("decision", d)], (stored, query)
    (hit,) = search.search(store, query)
    assert hit.highlights, hit.snippet


def test_short_words_rank_whole_words_first(store: Store, committee: int) -> None:
    inside = [decision(store, committee, t) for t in ("Comité spécial", "Initiative sociale")]
    whole = decision(store, committee, "Le budget de l'IA")
    later = decision(store, committee, "Un financement spécial")
    hits = found(store, "IA")
    assert hits[0] == ("decision", whole)
    assert {("decision", d) for d in (*inside, later)} <= set(hits[1:])


def test_common_words_rank_the_newest_window_of_each_kind(
    store: Store, committee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the window, old matches drop out; every kind keeps its newest ones."""
    monkeypatch.setattr(search, "MIN_WINDOW", 3)
    made = [decision(store, committee, f"budget numéro {n}") for n in range(8)]
    person = records.create(store, "person", {"name": "Budget Officer"})
    hits = found(store, "budget", limit=3)
    assert len(hits) == 3
    assert set(found(store, "budget", limit=4)) >= {("person", person)}
    assert {("decision", d) for d in made[-3:]} == set(
        found(store, "budget", kinds=["decision"], limit=3)
    )
    assert search.count(store, "budget") == 9


def test_add_kind_indexes_a_kind_and_its_rows_already_there(
    store: Store, committee: int, meeting: int
) -> None:
    """For a migration that creates an indexed kind's table after the search index exists."""
    from minutier.services import attachments

    k = search_schema.KIND_BY_TABLE["attachment"]
    with store.transaction():  # as if the table had arrived without its search triggers
        for suffix in ("ai", "au", "ad"):
            store.conn.execute(f"DROP TRIGGER search_attachment_{suffix}")
    kept = attachments.attach_bytes(store, "meeting", meeting, "budget-2027.xlsx", b"x")
    assert found(store, "budget-2027") == []
    with store.transaction():
        search_schema.add_kind(store.db, "attachment")
    assert found(store, "budget-2027") == [("attachment", kept)]
    later = attachments.attach_bytes(store, "meeting", meeting, "예산안.pdf", b"y")
    assert found(store, "예산안") == [("attachment", later)]
    assert store.scalar("SELECT count(*) FROM search_text WHERE id >= ?", (k.low,)) == 2


def test_attached_files_are_found_by_name(store: Store, committee: int, meeting: int) -> None:
    """Issue 16's attachments: the search finds a file by its name, labelled by it."""
    from minutier.services import attachments

    first = attachments.attach_bytes(store, "meeting", meeting, "compte-rendu signé.pdf", b"%PDF")
    second = attachments.attach_bytes(store, "meeting", meeting, "예산안.xlsx", b"x")
    assert found(store, "compte-rendu signe") == [("attachment", first)]
    (hit,) = search.search(store, "예산안")
    assert (hit.kind, hit.id, hit.label) == ("attachment", second, "예산안.xlsx")
    attachments.remove(store, first)
    assert found(store, "compte-rendu") == []


@pytest.mark.parametrize("query", ["\ud800", "a\udcffb", "budget \udfff"])
def test_a_lone_surrogate_in_a_query_is_searched_not_raised(
    shared: tuple[Store, int], query: str
) -> None:
    """Undecodable bytes of a command-line argument arrive as lone surrogates."""
    store, _ = shared
    assert isinstance(search.search(store, query), list)
    assert search.count(store, query) >= 0

"""The search rules (journal/search.py): what is found and what is marked must agree.

The agreement is checked against SQLite's own full-text index with the journal's tokenizer: for any
text and any query, the index finds the text exactly when every term of the query is marked in it.
"""

from __future__ import annotations

import sqlite3
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from journal import search
from journal.model import ReflectionFilter
from journal.search import fts_query, has_words, holds, match_spans, matches, terms, words_in
from journal.store import Store
from tests.factories import at, reflection

TEXT = "Vi brugte 3-i-1-målingen til LUS. I dag: 3 i 1 igen, og i morgen møder med Åse."


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, query)]


def test_a_hyphenated_term_marks_only_the_phrase_it_finds():
    # The defect this module was made for: "3-i-1" found the phrase but marked every word starting with "i".
    assert marked(TEXT, "3-i-1") == ["3-i-1", "3 i 1"]


def test_a_word_of_three_letters_or_more_is_found_and_marked_inside_compounds():
    assert marked("Sygefraværet og fravær; Fravær", "fravær") == ["fravær", "fravær", "Fravær"]
    assert marked("medborger, borgerservice", "borger") == ["borger", "borger"]
    assert marked("møder, mødet og ommøde", "mød") == ["mød", "mød", "mød"]


def test_a_shorter_word_is_found_at_the_start_of_words_only():
    assert marked("og også dog", "og") == ["og", "og"]


def test_in_a_term_of_several_words_the_last_is_a_word_start_and_the_others_whole_words():
    assert marked("3-i-1-målingen og 3-i-10", "3-i-1") == ["3-i-1", "3-i-1"]
    assert marked("3-ix-1 og x3-i-1", "3-i-1") == []


def test_case_does_not_matter_but_accents_do():
    assert marked("Åse og åse", "åse") == ["Åse", "åse"]
    assert marked("Åse", "ase") == []


def test_every_term_is_marked_and_a_longer_term_wins_where_two_start_together():
    assert marked("i 3-i-1 og igen", "i 3-i-1") == ["i", "3-i-1", "i"]
    assert marked("3-i-1", "3 3-i-1") == ["3-i-1"]


def _everything(typed: str, inside: bool) -> list[str]:
    return [typed]


def test_punctuation_and_query_syntax_are_words_or_nothing():
    assert fts_query('møde "NEAR( 3-i-1', _everything) == '("møde") AND ("near") AND "3 i 1"*'
    assert fts_query("snake_case", _everything) == '"snake case"*'
    assert not has_words("  !! -- ")
    assert fts_query("  !! ", _everything) == ""
    assert match_spans("alt her", "!!") == []
    assert terms("a-b c") == (("a", "b"), ("c",))


def test_a_term_the_journal_has_no_word_for_finds_nothing():
    assert fts_query("møde xyz", lambda typed, inside: [typed] if typed == "møde" else []) is None


def test_the_vocabulary_is_asked_inside_words_from_three_letters():
    asked = []
    fts_query("og møde", lambda typed, inside: asked.append((typed, inside)) or [typed])
    assert asked == [("og", False), ("møde", True)]
    assert [matches(word, "fra") for word in ("fravær", "sygefravær", "ra")] == [True, True, False]
    assert [matches(word, "og") for word in ("også", "dog")] == [True, False]


def test_the_store_finds_what_the_list_marks():
    with Store.memory() as store:
        store.save(reflection(title="Målingen", body="Vi brugte 3-i-1 i teamet.", entry_at=at(2026, 11, 2)))
        store.save(reflection(title="Andet", body="I dag gik det, 3 gange og 1 gang.", entry_at=at(2026, 11, 2)))
        assert [r.title for r in store.list(ReflectionFilter(text="3-i-1"))] == ["Målingen"]
    assert marked("I dag gik det, 3 gange og 1 gang.", "3-i-1") == []


# Danish letters in both cases, digits and the punctuation leaders type; no letters whose case
# folding differs between Python and SQLite's unicode61 (such as ß or the Turkish i).
_LETTERS = "abeimnoøåæÅÆØAEIMN"
_TEXT = st.text(alphabet=_LETTERS + '0123 -_.,:!"()*\n', max_size=40)
_QUERY = st.text(alphabet=_LETTERS[:8] + '01 -"*(', max_size=12)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, query=_QUERY)
def test_the_index_finds_a_text_exactly_when_every_term_is_marked_in_it(text, query):
    if not has_words(query):
        return
    with patch.object(search, "PREFIXES_FROM", 0):  # a count's form even for a term of few words
        _the_index_finds_it_exactly_when_marked(text, query)


def _the_index_finds_it_exactly_when_marked(text: str, query: str) -> None:
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')")
        conn.execute("INSERT INTO t(body) VALUES (?)", (text,))
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, 'row')")
        vocabulary = [term for (term,) in conn.execute("SELECT term FROM temp.v")]
        assert set(vocabulary) == words_in(text)  # what the store learns is what the index holds

        def asked(typed: str, inside: bool) -> list[str]:
            return [word for word in vocabulary if matches(word, typed)]

        found = [
            fts is not None and conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (fts,)).fetchone()[0] == 1
            for fts in (fts_query(query, asked), fts_query(query, asked, counting=True))
        ]
        assert found[0] == found[1], (text, query)  # a page's form and a count's find the same
        found = found[0]
    every_term_marked = all(match_spans(text, "-".join(words)) for words in terms(query))
    assert found == every_term_marked == holds(query, "", text), (text, query)


def test_a_count_asks_for_the_shortest_words_as_prefixes():
    words = ["fravær", "fraværet", "sygefravær", "sygefraværet", "sygefraværs", "ufravær"]
    with patch.object(search, "PREFIXES_FROM", 0):
        counted = fts_query("fravær", lambda typed, inside: words, counting=True)
    assert counted == '("fravær"* OR "sygefravær"* OR "ufravær")'
    assert fts_query("fravær", lambda typed, inside: words) == "(" + " OR ".join(f'"{w}"' for w in words) + ")"

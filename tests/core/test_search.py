"""The search rules (journal/search.py): what is found and what is marked must agree.

The agreement is checked against SQLite's own full-text index with the journal's tokenizer: for any
text and any query, the index finds the text exactly when every term of the query is marked in it.
"""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.model import ReflectionFilter
from journal.search import fts_query, has_words, match_spans, terms
from journal.store import Store
from tests.factories import at, reflection

TEXT = "Vi brugte 3-i-1-målingen til LUS. I dag: 3 i 1 igen, og i morgen møder med Åse."


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, query)]


def test_a_hyphenated_term_marks_only_the_phrase_it_finds():
    # The defect this module was made for: "3-i-1" found the phrase but marked every word starting with "i".
    assert marked(TEXT, "3-i-1") == ["3-i-1", "3 i 1"]


def test_the_last_word_of_a_term_is_a_word_start_and_the_others_whole_words():
    assert marked("møder, mødet og ommøde", "mød") == ["møder", "mødet"]
    assert marked("3-i-1-målingen og 3-i-10", "3-i-1") == ["3-i-1", "3-i-10"]
    assert marked("3-ix-1", "3-i-1") == []


def test_case_does_not_matter_but_accents_do():
    assert marked("Åse og åse", "åse") == ["Åse", "åse"]
    assert marked("Åse", "ase") == []


def test_every_term_is_marked_and_a_longer_term_wins_where_two_start_together():
    assert marked("i 3-i-1 og igen", "i 3-i-1") == ["i", "3-i-1", "igen"]
    assert marked("3-i-1", "3 3-i-1") == ["3-i-1"]


def test_punctuation_and_query_syntax_are_words_or_nothing():
    assert fts_query('møde "NEAR( 3-i-1') == '"møde"* AND "NEAR"* AND "3 i 1"*'
    assert fts_query("snake_case") == '"snake case"*'
    assert not has_words("  !! -- ")
    assert fts_query("  !! ") == ""
    assert match_spans("alt her", "!!") == []
    assert terms("a-b c") == (("a", "b"), ("c",))


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
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')")
        conn.execute("INSERT INTO t(body) VALUES (?)", (text,))
        found = conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (fts_query(query),)).fetchone()[0] == 1
    every_term_marked = all(match_spans(text, "-".join(words)) for words in terms(query))
    assert found == every_term_marked, (text, query)

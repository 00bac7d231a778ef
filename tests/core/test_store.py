"""The store: what a leader writes is kept, found and filtered exactly, and nothing is lost."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from dataclasses import replace
from datetime import UTC, date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal import migrations
from journal.errors import ConflictError, CorruptDatabaseError, NewerDatabaseError, NotAJournalError, NotFoundError
from journal.model import NextStep, ReflectionFilter
from journal.store import Store, first_line
from tests.factories import CPH, at, reflection


@pytest.fixture
def store():
    with Store.memory() as store:
        yield store


@pytest.fixture
def file_store(tmp_path):
    with Store.open(tmp_path / "journal.sqlite3") as store:
        yield store


def test_create_and_get_round_trip_every_field(store):
    original = reflection(
        title="Dialogmøde i Fensmark",
        body="Borgerne **bad** om mere åbenhed.\n\nAnden linje.",
        template=True,
        situation="Mødet",
        action="Jeg lyttede",
        outcome="Ro",
        learning="Spørg før",
        context_id="dagligt-samarbejde",
        private=True,
        theme_ids=("samarbejde", "borgere"),
        criterion_ids=("borgere.k1", "own:abc12345"),
        stakeholders=("citizens", "staff"),
        tags=("#Åbenhed", "budget  2027"),
        next_steps=(NextStep("Send referat", due=date(2026, 3, 9)), NextStep("Ring til Åse")),
    )
    saved = store.create(original)
    assert saved.created_at is not None and saved.created_at == saved.updated_at
    loaded = store.get(saved.uuid)
    assert loaded == saved
    assert loaded.theme_ids == ("borgere", "samarbejde")
    assert loaded.tags == ("budget 2027", "åbenhed")
    assert [s.text for s in loaded.next_steps] == ["Send referat", "Ring til Åse"]
    assert loaded.entry_at.utcoffset() == timedelta(hours=1)


def test_update_keeps_created_and_replaces_sets(store):
    saved = store.create(reflection(theme_ids=("borgere",), tags=("a", "b"), next_steps=(NextStep("x"),)))
    changed = store.update(replace(saved, title="Ny titel", theme_ids=("styring",), tags=("c",), next_steps=()))
    assert changed.created_at == saved.created_at and changed.updated_at >= saved.updated_at
    loaded = store.get(saved.uuid)
    assert (loaded.title, loaded.theme_ids, loaded.tags, loaded.next_steps) == ("Ny titel", ("styring",), ("c",), ())


def test_update_of_unknown_reflection_fails(store):
    with pytest.raises(NotFoundError):
        store.update(reflection())


def test_save_creates_then_updates(store):
    draft = reflection(title="Kladde")
    store.save(draft)
    store.save(replace(draft, title="Færdig"))
    assert store.count() == 1 and store.get(draft.uuid).title == "Færdig"


def test_a_failing_write_changes_nothing(store):
    saved = store.create(reflection(title="Før", tags=("a",)))
    step = NextStep("dobbelt")
    with pytest.raises(ConflictError):
        # Two next steps with the same id violate the primary key half-way through the write.
        store.update(replace(saved, title="Efter", tags=("b",), next_steps=(step, step)))
    loaded = store.get(saved.uuid)
    assert (loaded.title, loaded.tags) == ("Før", ("a",))


def test_no_write_or_failed_write_leaves_the_journal_locked(file_store, tmp_path):
    """Another program (the command line, a backup) can write the moment a write is done."""
    saved = file_store.create(reflection(title="Før"))
    step = NextStep("dobbelt")
    with pytest.raises(ConflictError):
        file_store.update(replace(saved, title="Efter", next_steps=(step, step)))
    file_store.list()
    file_store.delete(saved.uuid)
    assert not file_store.conn.in_transaction
    other = sqlite3.connect(tmp_path / "journal.sqlite3", timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # refused at once if the store still held the write lock
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_an_opened_journal_at_the_newest_schema_is_not_migrated_again(tmp_path):
    with Store.open(tmp_path / "journal.sqlite3"):
        pass
    with Store.open(tmp_path / "journal.sqlite3") as store:
        names = [row[0] for row in store.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) == migrations.schema_version()


def test_counts_of_the_whole_journal_and_of_periods_follow_every_write(store):
    store.create(reflection(entry_at=at(2026, 1, 5)))
    february = store.create(reflection(entry_at=at(2026, 2, 1)))
    store.create(reflection(entry_at=at(2026, 3, 1)))
    store.delete(february.uuid)
    winter = ReflectionFilter(date_from=date(2026, 1, 1), date_to=date(2026, 2, 28))
    assert store.count() == len(store.list()) == 2
    assert store.count(winter) == 1
    assert store.count(ReflectionFilter(deleted=True)) == 1
    store.restore(february.uuid)
    assert store.count(winter) == len(store.list(winter)) == 2
    assert store.count(ReflectionFilter(date_from=date(2026, 2, 2))) == 1


def test_list_is_newest_first_across_time_zones(store):
    utc = UTC
    a = store.create(reflection(title="a", entry_at=at(2026, 1, 1, 12, 0, tz=CPH)))  # 11:00 UTC
    b = store.create(reflection(title="b", entry_at=at(2026, 1, 1, 11, 30, tz=utc)))  # 11:30 UTC
    c = store.create(reflection(title="c", entry_at=at(2026, 1, 1, 10, 0, tz=utc)))  # 10:00 UTC
    assert [s.title for s in store.list()] == ["b", "a", "c"]
    assert {a.uuid, b.uuid, c.uuid} == {s.uuid for s in store.list()}


def test_keyset_paging_visits_every_reflection_once(store):
    for day in range(1, 29):
        for hour in (9, 9, 15):  # equal times too: the id breaks the tie
            store.create(reflection(title=f"{day}-{hour}", entry_at=at(2026, 2, day, hour)))
    seen, after = [], None
    while page := store.list(limit=10, after=after):
        seen += [s.uuid for s in page]
        after = page[-1].sort_key
    assert len(seen) == len(set(seen)) == 84
    assert seen == [s.uuid for s in store.list(limit=1000)]


def test_summaries_keep_their_time_and_themes_while_sharing_them(store):
    """A list may hold 100,000 summaries: a time zone or a set of themes is kept once, not once a
    row, and sharing them changes no value."""
    utc = UTC
    for day in (1, 2, 3):
        store.create(
            reflection(title=f"cph {day}", entry_at=at(2026, 1, day, 12, 0, tz=CPH), theme_ids=("styring", "borgere"))
        )
    store.create(reflection(title="utc", entry_at=at(2026, 1, 4, 9, 30, tz=utc), theme_ids=("borgere", "styring")))
    summaries = {s.title: s for s in store.list()}
    assert summaries["cph 1"].entry_at == at(2026, 1, 1, 12, 0, tz=CPH)
    assert summaries["cph 1"].entry_at.utcoffset() == timedelta(hours=1)
    assert summaries["utc"].entry_at == at(2026, 1, 4, 9, 30, tz=utc)
    assert summaries["utc"].entry_at.utcoffset() == timedelta(0)
    assert {s.theme_ids for s in summaries.values()} == {("borgere", "styring")}
    assert summaries["cph 1"].entry_at.tzinfo is summaries["cph 3"].entry_at.tzinfo
    assert summaries["cph 1"].theme_ids is summaries["cph 2"].theme_ids


def test_the_list_cuts_a_long_first_line(store):
    store.create(reflection(title="", body="ord " * 200))
    shown = store.list()[0].first_line
    assert len(shown) <= 120 and shown.endswith("…") and shown.startswith("ord ord")


def test_a_search_pages_through_its_matches_in_the_journals_order(store):
    """A search reads its own index newest first: page after page, it gives the matches in the
    order of the whole list, ties within a second by the order written, each once."""
    import random

    chance = random.Random(7)
    for number in range(60):
        moment = at(2026, 1, 1 + chance.randrange(20), chance.randrange(24), chance.choice((0, 30)))
        word = "fælles" if number % 3 else "alene"
        store.create(reflection(title=f"{number}", body=f"Et {word} møde", entry_at=moment))
    everything = [s.title for s in store.list(limit=1000)]
    wanted = [title for title in everything if int(title) % 3]
    seen, after = [], None
    while page := store.list(ReflectionFilter(text="fælles"), limit=7, after=after):
        seen += [s.title for s in page]
        after = page[-1].sort_key
    assert seen == wanted
    assert store.count(ReflectionFilter(text="fælles")) == len(wanted) == 40


def test_a_reflection_moved_in_time_is_found_in_its_new_place(store):
    early = store.create(reflection(title="Tidlig", body="Budgetmøde", entry_at=at(2026, 1, 1)))
    store.create(reflection(title="Midt", body="Budgetmøde", entry_at=at(2026, 2, 1)))
    store.update(replace(early, entry_at=at(2026, 3, 1)))
    assert [s.title for s in store.search("budget")] == ["Tidlig", "Midt"]
    assert [s.title for s in store.list()] == ["Tidlig", "Midt"]
    store.delete(early.uuid)
    assert [s.title for s in store.search("budget")] == ["Midt"]
    assert [s.title for s in store.list(ReflectionFilter(text="budget", deleted=True))] == ["Tidlig"]
    # The index agrees with the reflections (SQLite raises when it does not).
    store.conn.execute("INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('integrity-check', 1)")


def test_summary_shows_first_line_without_markdown(store):
    store.create(reflection(title="", body="\n\n## Overskrift\n- punkt"))
    assert store.list()[0].first_line == "Overskrift"


@pytest.mark.parametrize(
    "query,found",
    [
        ("økonomi", True),
        ("Økonomi", True),
        ("ØKONOMI", True),
        ("øko", True),
        ("går", True),
        ("gar", False),
        ("får", False),
        ("far", False),
        ("sårbar", True),
        ("sarbar", False),
        ("3-i-1", True),
        ("møde økonomi", True),
        ("møde kage", False),
        ("AND", False),
        ("NEAR(", False),
        ("mø*de", False),
        ('"', True),  # no words at all: nothing to narrow by, and no FTS syntax error either
    ],
)
def test_full_text_search_knows_danish_letters(store, query, found):
    store.create(reflection(title="Møde om økonomi", body="Vi går videre med den sårbare plan fra 3-i-1 målingen."))
    assert bool(store.search(query)) is found


@pytest.mark.parametrize("word", ["økonomiopfølgningen", "årsplanlægning", "borgermødet", "sygefraværssamtalerne"])
def test_every_start_of_a_word_finds_it_with_an_index_or_without(file_store, word):
    """Starts of up to twelve letters are read from prefix indexes (counted in letters, not in the
    bytes of æ, ø and å), longer ones from the words themselves: both find the same."""
    saved = file_store.create(reflection(title="Uge 12", body=f"Om {word} i dag."))
    file_store.create(reflection(title="Andet", body="Intet her."))
    for length in range(1, len(word) + 1):
        start = word[:length]
        assert [s.uuid for s in file_store.search(start) if s.title == "Uge 12"] == [saved.uuid], start
        assert file_store.count(ReflectionFilter(text=start.upper())) >= 1, start
    assert not file_store.search(word + "x")


def test_search_covers_the_reflection_model_fields_and_follows_edits(store):
    saved = store.create(reflection(title="t", body="b", learning="Tillid tager tid"))
    assert store.search("tillid")
    store.update(replace(saved, learning="Noget andet"))
    assert not store.search("tillid")
    assert store.search("andet")


def test_a_search_finds_a_word_inside_compounds_in_every_form_the_journal_has(store):
    store.create(reflection(title="Sygefraværet steg", entry_at=at(2026, 1, 5)))
    store.create(reflection(title="Fravær i teamet", entry_at=at(2026, 1, 6)))
    store.create(reflection(title="Borgerservice og medborgere", entry_at=at(2026, 1, 7)))
    store.create(reflection(title="Dog ikke", entry_at=at(2026, 1, 8)))
    assert [r.title for r in store.search("fravær")] == ["Fravær i teamet", "Sygefraværet steg"]
    assert [r.title for r in store.search("FRAVÆR teamet")] == ["Fravær i teamet"]
    assert [r.title for r in store.search("borger")] == ["Borgerservice og medborgere"]
    assert [r.title for r in store.search("og")] == ["Borgerservice og medborgere"]  # not "Dog": too short
    assert store.search("fraværx") == [] and store.count(ReflectionFilter(text="fravær xyz")) == 0
    assert store.count(ReflectionFilter(text="fravær")) == 2


@pytest.mark.parametrize("walk", [1, 2, 3, 5, 250])
def test_a_search_pages_the_same_whether_it_tests_the_newest_directly_or_asks_the_index(store, monkeypatch, walk):
    # The newest SEARCH_WALK reflections are tested with the search's rules, the rest found by the
    # index: every split between the two must give the same pages, in the journal's order.
    monkeypatch.setattr("journal.store.SEARCH_WALK", walk)
    titles = ["Møde om sygefravær", "Budget", "Fraværsmøde", "Trivsel", "Møde", "Sygefravær i teamet", "Møde 3-i-1"]
    made = [store.create(reflection(title=t, body="tekst", entry_at=at(2026, 1, 1 + n))) for n, t in enumerate(titles)]
    store.delete(made[4].uuid)
    for text, expected in {
        "møde": ["Møde 3-i-1", "Fraværsmøde", "Møde om sygefravær"],
        "fravær": ["Sygefravær i teamet", "Fraværsmøde", "Møde om sygefravær"],
        "møde fravær": ["Fraværsmøde", "Møde om sygefravær"],
        "3-i-1": ["Møde 3-i-1"],
        "tekst": [t for t in titles[::-1] if t != "Møde"],
    }.items():
        for page_size in (1, 2, 100):
            seen, after = [], None
            while page := store.list(ReflectionFilter(text=text), limit=page_size, after=after):
                seen += [r.title for r in page]
                after = page[-1].sort_key
            assert seen == expected, (text, page_size)
    assert [r.title for r in store.list(ReflectionFilter(text="møde", theme_ids=("styring",)))] == []


def test_a_searchs_count_leaves_out_the_trash_and_agrees_with_its_pages(store):
    made = [store.create(reflection(title=f"Møde {n}", entry_at=at(2026, 1, 1 + n))) for n in range(7)]
    store.delete(made[2].uuid)
    store.delete(made[5].uuid)
    for text in ("møde", "mø", "møde 3"):
        selection = ReflectionFilter(text=text)
        assert store.count(selection) == len(store.list(selection, limit=100))
    assert store.count(ReflectionFilter(text="møde")) == 5
    assert store.count(ReflectionFilter(text="møde", deleted=True)) == 2


@pytest.mark.parametrize("brought", [1, 40], ids=["few: read row by row", "many: read from the index"])
def test_a_merge_learns_the_words_of_what_it_brings(file_store, brought):
    """The vocabulary is the index's list of words after a merge, whichever way it learnt them."""
    for number in range(20):
        file_store.create(reflection(title=f"Gammel {number}", body="Medarbejdersamtale"))
    file_store.merge(
        [reflection(title=f"Importeret nr{number}", body=f"Rekrutteringsforløb{number}") for number in range(brought)]
    )
    file_store.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, reflections_fts, 'row')")
    indexed = {term for (term,) in file_store.conn.execute("SELECT term FROM temp.v")}
    assert {word for (word,) in file_store.conn.execute("SELECT word FROM search_words")} == indexed
    assert f"rekrutteringsforløb{brought - 1}" in indexed
    assert len(file_store.search("forløb")) == brought


def _index_answers(store) -> dict[str, list[str]]:
    """What the search index itself answers (no walk over the newest), per word."""
    return {
        word: [
            row[0]
            for row in store.conn.execute(
                "SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ? ORDER BY rowid", (word,)
            )
        ]
        for word in ("borgerne", "møde", "sygefravær", "budget", "tillid")
    }


def test_a_merge_indexes_what_it_adds_as_one_by_one_would_and_keeps_the_trigger(tmp_path):
    """A merge indexes the reflections it inserts in one statement at the end, without the
    insert trigger, which it puts back in the same transaction, also when the merge fails."""
    words = ["borgerne", "møde", "sygefravær", "budget", "tillid", "og", "ansvar"]
    brought = [
        reflection(
            title=f"Nr {n} {words[n % 7]}",
            body=" ".join(words[(n * k) % 7] for k in range(1, 9)),
            learning=words[(n + 3) % 7],
            entry_at=at(2025, 1 + n % 12, 1 + n % 28),
        )
        for n in range(60)
    ]
    with Store.open(tmp_path / "one.sqlite3") as one, Store.open(tmp_path / "merged.sqlite3") as merged:
        for item in brought:
            one.create(item)
        merged.create(brought[0])
        assert merged.merge(brought).added == 59
        triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        assert merged.conn.execute(triggers).fetchall() == one.conn.execute(triggers).fetchall()
        merged.conn.execute("INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('integrity-check', 1)")
        assert _index_answers(merged) == _index_answers(one) and all(_index_answers(one).values())

        def failing():
            yield reflection(title="Halvvejs budget")
            raise OSError("the file went away")

        with pytest.raises(OSError):
            merged.merge(failing())
        assert merged.conn.execute(triggers).fetchall() == one.conn.execute(triggers).fetchall()
        assert not merged.search("halvvejs")
        merged.create(reflection(title="Efter importen: kvartalsmøde"))
        assert [r.title for r in merged.search("kvartalsmøde")] == ["Efter importen: kvartalsmøde"]


def test_the_vocabulary_learns_every_write_and_forgets_erased_words_when_scrubbed(file_store):
    def vocabulary() -> set[str]:
        return {word for (word,) in file_store.conn.execute("SELECT word FROM search_words")}

    saved = file_store.create(reflection(title="Samtale med Birthe", body="Om sygefravær"))
    assert {"samtale", "birthe", "sygefravær"} <= vocabulary()
    file_store.update(replace(saved, learning="Kvartalsmødet"))
    assert "kvartalsmødet" in vocabulary() and file_store.search("møde")
    file_store.merge([reflection(title="Importeret rekrutteringsforløb")])
    assert [r.title for r in file_store.search("forløb")] == ["Importeret rekrutteringsforløb"]
    file_store.update(replace(saved, title="Samtale", learning=""))
    file_store.scrub()
    assert "birthe" not in vocabulary() and "kvartalsmødet" not in vocabulary()
    assert "samtale" in vocabulary()
    with pytest.raises(RuntimeError), file_store._writing():
        file_store.create(reflection(title="Fortrudt ordvalg"))
        raise RuntimeError("undone")
    assert "ordvalg" not in vocabulary()


def test_filters_narrow_and_combine(store):
    r1 = store.create(
        reflection(
            entry_at=at(2026, 1, 5),
            theme_ids=("borgere",),
            criterion_ids=("borgere.k1",),
            context_id="lus",
            stakeholders=("citizens",),
            tags=("budget",),
        )
    )
    r2 = store.create(
        reflection(
            entry_at=at(2026, 2, 5),
            theme_ids=("samarbejde", "borgere"),
            stakeholders=("staff",),
            tags=("trivsel",),
            private=True,
        )
    )
    r3 = store.create(
        reflection(
            entry_at=at(2026, 3, 5),
            theme_ids=("styring",),
            context_id="rekruttering",
            criterion_ids=("styring.k3",),
            tags=("budget",),
        )
    )

    def found(**kwargs):
        return {s.uuid for s in store.list(ReflectionFilter(**kwargs))}

    assert found(theme_ids=("borgere",)) == {r1.uuid, r2.uuid}
    assert found(theme_ids=("borgere", "styring")) == {r1.uuid, r2.uuid, r3.uuid}
    assert found(criterion_ids=("styring.k3",)) == {r3.uuid}
    assert found(context_ids=("lus",)) == {r1.uuid}
    assert found(stakeholders=("staff",)) == {r2.uuid}
    assert found(tags=("Budget",)) == {r1.uuid, r3.uuid}
    assert found(private=True) == {r2.uuid}
    assert found(private=False) == {r1.uuid, r3.uuid}
    assert found(date_from=date(2026, 2, 5)) == {r2.uuid, r3.uuid}
    assert found(date_to=date(2026, 2, 4)) == {r1.uuid}
    assert found(tags=("budget",), theme_ids=("borgere",)) == {r1.uuid}
    assert store.count(ReflectionFilter(tags=("budget",), date_from=date(2026, 3, 1))) == 1


@pytest.mark.parametrize(
    ("selection", "index"),
    [
        (ReflectionFilter(), "reflections_live_by_time_key"),
        (ReflectionFilter(tags=("budget",)), "reflections_live_by_time_key"),
        (ReflectionFilter(context_ids=("lus",)), "reflections_live_context"),
        (ReflectionFilter(context_ids=("lus",), date_from=date(2026, 1, 3)), "reflections_live_context"),
        (ReflectionFilter(private=True), "reflections_live_private"),
        (ReflectionFilter(private=False, theme_ids=("styring",)), "reflections_live_private"),
    ],
)
def test_a_filters_page_walks_an_index_in_the_journals_order_and_reads_only_its_rows(store, selection, index):
    """A page of a filter walks an index newest first and stops when full: never a sort of every
    match. A context or privacy filter walks the index of that value alone, so that no row is read
    only to be skipped (in an encrypted journal each row read is a page decrypted). And page after
    page, it gives the filter's matches in the order of the whole list, each once."""
    for number in range(40):
        store.create(
            reflection(
                title=f"{number}",
                entry_at=at(2026, 1, 1 + number % 9, number % 24),
                context_id="lus" if number % 3 == 0 else "rekruttering",
                private=number % 4 == 0,
                theme_ids=("styring",) if number % 2 else ("borgere",),
                tags=("budget",) if number % 5 else (),
            )
        )
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.list(selection, limit=5)
    store.conn.set_trace_callback(None)
    plan = " | ".join(row[-1] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {statements[-1]}"))
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan
    assert "TEMP B-TREE" not in plan, plan

    everything = store.list(limit=1000)
    wanted = [s.title for s in store.list(selection, limit=1000)]
    assert wanted == [s.title for s in everything if s.uuid in {m.uuid for m in store.list(selection, limit=1000)}]
    assert len(wanted) == store.count(selection) > 5
    seen, after = [], None
    while page := store.list(selection, limit=4, after=after):
        seen += [s.title for s in page]
        after = page[-1].sort_key
    assert seen == wanted


def test_date_filter_uses_the_local_date_of_the_entry(store):
    late = store.create(reflection(entry_at=at(2026, 1, 31, 23, 30)))  # 22:30 UTC, still the 31st in Næstved
    assert {s.uuid for s in store.list(ReflectionFilter(date_from=date(2026, 1, 31), date_to=date(2026, 1, 31)))} == {
        late.uuid
    }


def test_trash_delete_restore_purge(store):
    keep = store.create(reflection(title="keep"))
    gone = store.create(reflection(title="gone", tags=("x",)))
    store.delete(gone.uuid)
    assert [s.uuid for s in store.list()] == [keep.uuid]
    assert [s.uuid for s in store.list(ReflectionFilter(deleted=True))] == [gone.uuid]
    assert store.get(gone.uuid).deleted
    assert store.tags() == []
    assert not store.search("gone")
    store.restore(gone.uuid)
    assert store.count() == 2 and not store.get(gone.uuid).deleted
    store.delete(gone.uuid)
    assert store.empty_trash() == 1
    with pytest.raises(NotFoundError):
        store.get(gone.uuid)
    store.purge(keep.uuid)
    assert store.count() == 0
    # Nothing is left behind in the sets, the next steps or the search index.
    for table in ("reflection_tags", "reflection_themes", "next_steps", "reflections_fts"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_unknown_ids_are_reported(store):
    for action in (store.delete, store.restore, store.purge, store.get):
        with pytest.raises(NotFoundError):
            action("00000000-0000-0000-0000-000000000000")


def test_resolve_prefix(store):
    one = store.create(reflection(uuid="abcd1234-0000-4000-8000-000000000000"))
    store.create(reflection(uuid="abcd9999-0000-4000-8000-000000000000"))
    assert store.resolve("abcd1") == one.uuid
    with pytest.raises(NotFoundError, match="more than one"):
        store.resolve("abcd")
    with pytest.raises(NotFoundError):
        store.resolve("zz")


def test_tags_and_period_counts(store):
    store.create(
        reflection(entry_at=at(2026, 1, 5), theme_ids=("borgere",), criterion_ids=("borgere.k1",), tags=("a",))
    )
    store.create(
        reflection(
            entry_at=at(2026, 1, 6),
            theme_ids=("borgere", "styring"),
            criterion_ids=("borgere.k1", "styring.k2"),
            tags=("a", "b"),
        )
    )
    store.create(reflection(entry_at=at(2026, 2, 6), theme_ids=("styring",), tags=("b",)))
    assert store.tags() == [("a", 2), ("b", 2)]
    january = store.period_counts(date(2026, 1, 1), date(2026, 1, 31))
    assert (january.total, january.themes, january.criteria) == (
        2,
        {"borgere": 2, "styring": 1},
        {"borgere.k1": 2, "styring.k2": 1},
    )
    assert store.period_counts().total == 3


def test_iter_reflections_streams_everything(store):
    for index in range(1234):
        store.create(reflection(title=str(index)))
    store.delete(store.list(limit=1)[0].uuid)
    assert sum(1 for _ in store.iter_reflections()) == 1234
    assert sum(1 for _ in store.iter_reflections(include_deleted=False)) == 1233


# -- the database file -----------------------------------------------------------------------


def test_file_store_is_wal_with_foreign_keys_and_private(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        store.create(reflection())
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for name in os.listdir(tmp_path):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    with Store.open(path) as again:
        assert again.count() == 1


def test_every_save_reaches_the_disk_before_it_returns(tmp_path):
    """synchronous = FULL: the log is flushed to the disk at every commit, so a power cut loses
    no saved reflection, only what was typed since the last autosave (see the README's 'What a
    power cut can cost'). NORMAL would lose the commits the system had not yet written itself,
    up to half a minute of them."""
    with Store.open(tmp_path / "journal.sqlite3") as store:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_are_named_and_versioned(file_store):
    applied = [row[0] for row in file_store.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [
        "0001_initial",
        "0002_filter_indexes",
        "0003_daily_stats",
        "0004_tag_stats",
        "0005_search_prefixes",
        "0006_tag_index",
        "0007_search_in_time_order",
        "0008_longer_search_prefixes",
        "0009_live_time_index",
        "0010_filter_indexes_in_time_order",
        "0011_organisation_frameworks",
        "0012_search_vocabulary",
        "0013_favourites",
        "0014_own_templates",
        "0015_sync",
    ]
    assert file_store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    assert file_store.conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID


def test_a_journal_made_before_the_search_changes_is_found_in_time_order(tmp_path):
    """A journal as version 4 left it (search index keyed by id, no prefixes): opening it
    rebuilds the index, and search, paging and later edits work on it as on a new one."""
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.apply(connection, upto=4)
    for number, (title, when) in enumerate(
        [
            ("Møde med borgerne", "2026-01-05T09:00:00.000000"),
            ("Møde om økonomi", "2026-01-07T09:00:00.000000"),
            ("Møde i teamet", "2026-01-06T09:00:00.000000"),
        ]
    ):
        connection.execute(
            "INSERT INTO reflections (uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (f"u{number}", when + "+00:00", when, when[:10], when, when, title),
        )
    connection.close()
    with Store.open(path) as store:
        definition = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'reflections_fts'").fetchone()[0]
        assert "prefix" not in definition and "time_key" in definition
        assert {"møde", "med", "borgerne", "økonomi"} <= {
            w for (w,) in store.conn.execute("SELECT word FROM search_words")
        }
        for typed in ("m", "mø", "møde"):
            assert [r.title for r in store.search(typed)] == ["Møde om økonomi", "Møde i teamet", "Møde med borgerne"]
        assert [r.title for r in store.search("øk")] == ["Møde om økonomi"]
        first = store.list(ReflectionFilter(text="møde"), limit=2)
        rest = store.list(ReflectionFilter(text="møde"), limit=2, after=first[-1].sort_key)
        assert [r.title for r in first + rest] == ["Møde om økonomi", "Møde i teamet", "Møde med borgerne"]
        saved = store.create(reflection(title="Ny"))
        store.update(replace(saved, title="Nyere"))  # the triggers keep the new index up to date
        assert [r.title for r in store.search("nyer")] == ["Nyere"]


def test_an_upgrade_that_rebuilds_the_search_index_gives_the_space_back(tmp_path):
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    migrations.apply(connection, upto=11)  # with the search index's prefix tables
    words = ["sygefravær", "borgerservice", "medarbejderudvikling", "tillidsbaseret", "økonomistyring"]
    connection.execute("BEGIN")
    for number in range(300):
        body = " ".join(f"{words[(number * 7 + n) % 5]}{n % 97}" for n in range(200))
        when = "2026-01-05T09:00:00"
        connection.execute(
            "INSERT INTO reflections (uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (f"u{number}", when + "+00:00", when + ".000000", when[:10], when, when, "Uge", body),
        )
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = path.stat().st_size
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert store.count(ReflectionFilter(text="fravær")) == 300  # "sygefravær0", ... in each
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert path.stat().st_size < before * 0.6  # its text is half of it


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        store.create(reflection())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    conn.commit()
    conn.close()
    before, mtime = digest(path), path.stat().st_mtime_ns
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Store.open(path)
    assert digest(path) == before and path.stat().st_mtime_ns == mtime


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAJournalError):
        Store.open(path)
    assert digest(path) == before


def test_a_damaged_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabaseError, match="not changed"):
        Store.open(path)
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_an_empty_file_becomes_a_new_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.touch()
    with Store.open(path) as store:
        assert store.count() == 0


# -- the personal framework ------------------------------------------------------------------


def test_personal_framework_own_criteria_and_revisions(store):
    assert store.personal_framework().is_empty()
    criterion = store.add_own_criterion("borgere", "  Borgerne kender mit navn  ")
    assert criterion.id.startswith("own:") and criterion.text == "Borgerne kender mit navn"
    framework = store.personal_framework().with_part("values", body="Tillid").with_theme_text("styring", "Tal først")
    store.save_personal_framework(replace(framework, name="Mette Hansen", unit="Skoleafdelingen"))
    first = store.save_revision("Første udkast")
    store.save_personal_framework(store.personal_framework().with_part("values", body="Tillid og mod"))
    store.update_own_criterion(replace(criterion, retired_at=criterion.created_at))
    loaded = store.personal_framework()
    assert loaded.part("values").body == "Tillid og mod" and loaded.theme_text("styring") == "Tal først"
    assert [c.active for c in loaded.own_criteria] == [False]
    assert [c.active for c in store.own_criteria()] == [False]
    revisions = store.revisions()
    assert [r.name for r in revisions] == ["Første udkast"]
    assert revisions[0] == first
    assert revisions[0].framework.part("values").body == "Tillid"
    assert revisions[0].framework.own_criteria[0].active


def test_a_relative_path_with_odd_characters_works(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "mit #1 ?æøå"
    folder.mkdir()
    relative = folder.relative_to(tmp_path) / "journal.sqlite3"
    with Store.open(relative) as store:
        store.create(reflection())
    with Store.open(relative) as store:
        assert store.count() == 1


@pytest.mark.parametrize(
    "body,shown",
    [
        ("Vi talte om **budgettet** og _trivsel_ i `Excel`", "Vi talte om budgettet og trivsel i Excel"),
        ("> Se [referatet](https://example.org) fra i går", "Se referatet fra i går"),
        ("\n\n## **Fed** overskrift\nmere", "Fed overskrift"),
        ("2 * 3 = 6 og snake_case_name", "2 * 3 = 6 og snake_case_name"),
    ],
)
def test_the_list_shows_the_first_line_as_plain_text(store, body, shown):
    store.create(reflection(body=body))
    assert store.list()[0].first_line == shown


@given(st.text(alphabet=st.sampled_from(list("ab æø  \n\t#-*+>1.)_`~[]()!")), max_size=40))
def test_plain_lines_take_the_short_way_to_the_same_first_line(markdown):
    """first_line skips its patterns for a line with no Markdown marks: what it gives must be
    what the patterns would have given."""

    def by_patterns(text: str) -> str:
        for line in text.splitlines():
            words = re.sub(r"^\s*(?:#{1,6}\s+|[-*+>]\s+|\d+[.)]\s+)*", "", line)
            words = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", words)
            words = re.sub(r"(\*\*|\*|`|~~)(?=\S)(.+?)(?<=\S)\1", r"\2", words)
            words = re.sub(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2", words).strip()
            if words:
                return words
        return ""

    assert first_line(markdown) == by_patterns(markdown)


def test_restoring_a_revision_keeps_everything(store):
    first_criterion = store.add_own_criterion("borgere", "Borgerne kender mit navn")
    store.save_personal_framework(store.personal_framework().with_part("values", body="Tillid"))
    spring = store.save_revision("Forår")
    later = store.add_own_criterion("styring", "Jeg kender mine tal")
    store.save_personal_framework(store.personal_framework().with_part("values", body="Tillid og mod"))
    used = store.create(reflection(criterion_ids=(later.id,)))

    restored = store.restore_revision(spring.uuid, "Gendannet: Forår", "Før gendannelse")
    assert store.personal_framework() == spring.framework  # identical to the original
    assert [r.name for r in store.revisions()] == ["Forår", "Før gendannelse", "Gendannet: Forår"]
    assert store.revisions()[1].framework.part("values").body == "Tillid og mod"  # nothing lost
    assert restored.framework == spring.framework
    # The criterion added after spring is gone from the framework, not from the register.
    assert [c.id for c in store.personal_framework().own_criteria] == [first_criterion.id]
    assert later.id in {c.id for c in store.own_criteria()}
    assert store.get(used.uuid).criterion_ids == (later.id,)
    # Restoring what is already current adds no "before" revision.
    store.restore_revision(spring.uuid, "Igen", "Før igen")
    assert [r.name for r in store.revisions()][-1] == "Igen" and len(store.revisions()) == 4


def test_update_of_a_criterion_not_in_the_framework_fails(store):
    from framework.personal import OwnCriterion

    with pytest.raises(NotFoundError):
        store.update_own_criterion(OwnCriterion("own:nope", "borgere", "x", at(2026, 1, 1)))


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path):
    from journal.errors import WriteError

    with Store.open(tmp_path / "journal.sqlite3") as store:
        saved = store.create(reflection(title="Gemt før"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: no page more
        with pytest.raises(WriteError, match=r"disk holding .* is full"):
            store.create(reflection(title="Stor", body="tekst " * 50_000))
        with pytest.raises(WriteError):
            store.update(replace(saved, body="tekst " * 50_000))
        assert store.count() == 1 and store.get(saved.uuid).title == "Gemt før"
        store.conn.execute("PRAGMA max_page_count = 1073741823")  # space again
        store.create(reflection(title="Stor", body="tekst " * 50_000))
        assert store.count() == 2
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_journal_is_a_clear_error(tmp_path):
    from journal.errors import WriteError

    with Store.open(tmp_path / "journal.sqlite3") as store:
        store.create(reflection())
        store.conn.execute("PRAGMA query_only = ON")  # as when the file or folder cannot be written
        with pytest.raises(WriteError, match="read-only"):
            store.create(reflection())
        assert store.count() == 1


def test_a_running_query_can_be_interrupted_from_another_thread(tmp_path):
    """What the list's background count relies on when a newer search replaces its query."""
    import threading

    from journal.errors import DatabaseError

    opened, failed = [], []

    def endless():
        with Store.open(tmp_path / "journal.sqlite3") as store:  # a connection of the thread's own
            opened.append(store)
            try:
                store._query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
            except DatabaseError as error:
                failed.append(error)

    worker = threading.Thread(target=endless)
    worker.start()
    while worker.is_alive() and not failed:
        if opened:
            opened[0].interrupt()
        worker.join(0.05)
    worker.join(5)
    assert not worker.is_alive() and "interrupted" in str(failed[0])


# What Store.open_next_steps gives, as SQL joining every step's reflection would order it.
_STEPS_BY_JOIN = (
    "SELECT s.id FROM next_steps s JOIN reflections r ON r.id = s.reflection_id "
    "WHERE s.done_at IS NULL AND r.deleted_at IS NULL ORDER BY s.due IS NULL, s.due, r.entry_utc, s.position"
)


@settings(max_examples=60, deadline=None)
@given(
    reflections=st.lists(
        st.tuples(
            st.integers(0, 2000),  # minutes into the day: its place in time
            st.lists(st.tuples(st.none() | st.integers(0, 4), st.booleans()), max_size=3),  # (due in days, done)
            st.booleans(),  # in the Trash
        ),
        max_size=12,
        unique_by=lambda item: item[0],
    ),
    limit=st.none() | st.integers(1, 8),
)
def test_open_next_steps_come_in_due_order_then_their_reflections_time(reflections, limit):
    """Read from the steps alone (an encrypted journal need not decrypt every reflection's page),
    in the order a join with every reflection gives: due first, none last; on the same day, the
    earlier reflection's steps, each in its order."""
    with Store.memory() as store:
        for minutes, steps, trashed in reflections:
            made = store.create(
                reflection(
                    entry_at=at(2026, 3, 2) + timedelta(minutes=minutes),
                    next_steps=tuple(
                        NextStep(
                            f"Skridt {minutes}.{index}",
                            date(2026, 3, 2) + timedelta(days=due) if due is not None else None,
                            at(2026, 3, 3) if done else None,
                        )
                        for index, (due, done) in enumerate(steps)
                    ),
                )
            )
            if trashed:
                store.delete(made.uuid)
        expected = [row[0] for row in store.conn.execute(_STEPS_BY_JOIN)]
        found = store.open_next_steps(limit)
        assert [step.id for step, _ in found] == (expected if limit is None else expected[:limit])
        assert all(summary.uuid == store.get(summary.uuid).uuid and summary.deleted_at is None for _, summary in found)
        by_join = store.conn.execute(
            "SELECT count(*), count(s.due < '2026-03-04' OR NULL), count(s.due BETWEEN '2026-03-04' AND '2026-03-05' "
            "OR NULL) FROM next_steps s JOIN reflections r ON r.id = s.reflection_id "
            "WHERE s.done_at IS NULL AND r.deleted_at IS NULL"
        ).fetchone()
        assert store.open_next_step_counts(date(2026, 3, 4), date(2026, 3, 5)) == by_join


# -- favourites ---------------------------------------------------------------------------------


def test_a_starred_reflection_is_kept_listed_and_found_by_the_star_filter(store):
    starred = store.create(reflection(title="Godt møde", body="Om budgettet", starred=True, entry_at=at(2026, 3, 3)))
    store.create(reflection(title="Almindeligt", body="Om budgettet", entry_at=at(2026, 3, 4)))
    assert store.get(starred.uuid).starred
    only = ReflectionFilter(starred=True)
    assert [s.title for s in store.list(only)] == ["Godt møde"]
    assert [s.starred for s in store.list()] == [False, True]  # the list marks it
    assert store.count(only) == 1
    assert [s.title for s in store.list(replace(only, text="budgettet"))] == ["Godt møde"]  # with a search
    store.update(replace(store.get(starred.uuid), starred=False))
    assert store.list(only) == [] and store.count(only) == 0
    store.update(replace(store.get(starred.uuid), starred=True))
    store.delete(starred.uuid)
    assert store.list(only) == []  # the Trash is no favourite
    assert [s.title for s in store.list(replace(only, deleted=True))] == ["Godt møde"]


def test_the_star_filter_reads_only_the_starred(file_store):
    """Its page walks an index of the starred alone, as the privacy filter's does."""
    for day in range(1, 30):
        file_store.create(reflection(title=f"Dag {day}", starred=day % 7 == 0, entry_at=at(2026, 3, day)))
    where, params = file_store._where(ReflectionFilter(starred=True))
    plan = " ".join(
        row[3]
        for row in file_store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT r.id FROM reflections r INDEXED BY reflections_live_starred WHERE {where} "
            "ORDER BY r.time_key DESC",
            params,
        )
    )
    assert "reflections_live_starred" in plan and "TEMP B-TREE" not in plan
    assert [s.title for s in file_store.list(ReflectionFilter(starred=True))] == ["Dag 28", "Dag 21", "Dag 14", "Dag 7"]


# -- the month calendar --------------------------------------------------------------------------


def test_days_with_reflections_and_their_themes_follow_the_filter(store):
    store.create(reflection(title="a", entry_at=at(2026, 3, 2, 9), theme_ids=("borgere",), tags=("budget",)))
    store.create(reflection(title="b", entry_at=at(2026, 3, 2, 15), theme_ids=("styring", "borgere")))
    store.create(reflection(title="c", entry_at=at(2026, 3, 9), tags=("budget",)))  # no theme
    store.create(reflection(title="d", entry_at=at(2026, 4, 1), theme_ids=("samarbejde",)))
    gone = store.create(reflection(title="e", entry_at=at(2026, 3, 20), theme_ids=("samarbejde",)))
    store.delete(gone.uuid)
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert store.days_with_reflections(ReflectionFilter(), *march) == {
        date(2026, 3, 2): ("borgere", "styring"),
        date(2026, 3, 9): (),
    }
    budget = ReflectionFilter(tags=("budget",), date_from=date(2026, 3, 9), date_to=date(2026, 3, 9))
    assert store.days_with_reflections(budget, *march) == {date(2026, 3, 2): ("borgere",), date(2026, 3, 9): ()}
    assert store.days_with_reflections(ReflectionFilter(text="sygefravær"), *march) == {}  # a search too
    assert store.days_with_reflections(ReflectionFilter(deleted=True), *march) == {date(2026, 3, 20): ("samarbejde",)}

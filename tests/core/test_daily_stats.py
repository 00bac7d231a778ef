"""The counts behind the patterns stay exactly what a full recount gives, whatever is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta, timezone
from uuid import uuid4

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.model import NextStep
from journal.store import Store, contributions
from tests.factories import at, reflection

THEMES = ("borgere", "samarbejde", "styring")
CRITERIA = ("borgere.k1", "samarbejde.k2", "styring.k3", "own:abc")


def counted(store: Store) -> set[tuple]:
    return set(store.conn.execute("SELECT kind, entry_date, key, count FROM daily_stats").fetchall())


def recounted(store: Store) -> set[tuple]:
    return set(
        store.conn.execute(
            f"SELECT kind, entry_date, key, sum(n) FROM ({contributions(1, one=False)}) GROUP BY kind, entry_date, key"
        ).fetchall()
    )


entries = st.builds(
    lambda day, hour, offset, themes, criteria, context, stakeholders, private, tags: reflection(
        entry_at=at(2026, 1, 1, hour, tz=timezone(timedelta(hours=offset))) + timedelta(days=day),
        theme_ids=themes,
        criterion_ids=criteria,
        context_id=context,
        stakeholders=stakeholders,
        private=private,
        tags=tags,
    ),
    st.integers(0, 5),
    st.integers(0, 23),
    st.integers(-10, 12),
    st.sets(st.sampled_from(THEMES)).map(tuple),
    st.sets(st.sampled_from(CRITERIA)).map(tuple),
    st.sampled_from([None, "lus", "rekruttering"]),
    st.sets(st.sampled_from(["staff", "citizens"])).map(tuple),
    st.booleans(),
    st.sets(st.sampled_from(["budget", "trivsel", "sygefravær"])).map(tuple),
)
actions = st.lists(
    st.tuples(
        st.sampled_from(["create", "update", "delete", "restore", "purge", "trash", "merge", "import"]),
        entries,
        st.integers(0, 50),
    ),
    max_size=25,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=actions)
def test_counts_match_a_full_recount_after_any_writes(actions):
    with Store.memory() as store:
        made: list[str] = []
        for action, entry, pick in actions:
            target = made[pick % len(made)] if made else None
            if action == "create" or target is None:
                made.append(store.create(entry).uuid)
            elif action == "update":
                store.update(replace(entry, uuid=target))
            elif action == "delete":
                store.delete(target)
            elif action == "restore":
                store.restore(target)
            elif action == "purge":
                store.purge(target)
                made.remove(target)
            elif action == "trash":
                store.empty_trash()
                made = [uuid for uuid in made if store.exists(uuid)]
            elif action == "merge":
                store.merge([replace(entry, uuid=target, updated_at=at(2099, 1, 1))])
            elif action == "import":  # new reflections, counted together when the merge ends
                brought = [replace(entry, uuid=str(uuid4())) for _ in range(1 + pick % 3)]
                store.merge([*brought, replace(entry, uuid=target, updated_at=at(2099, 1, 1))])
                made += [r.uuid for r in brought]
        assert counted(store) == recounted(store)
        assert all(row[3] > 0 for row in counted(store))


def test_the_migration_counts_an_existing_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        store.create(
            reflection(
                theme_ids=("borgere", "styring"), criterion_ids=("borgere.k1",), context_id="lus", tags=("budget",)
            )
        )
        # Dropping the table drops the index of 0006 with it: that step is undone as well, or the
        # journal would not be one any version made (and Store.open refuses such a schema).
        store.conn.execute(
            "DELETE FROM _sqlite_migrations WHERE name IN ('0003_daily_stats', '0004_tag_stats', '0006_tag_index')"
        )
        store.conn.execute("DROP TABLE daily_stats")
        store.conn.execute("PRAGMA user_version = 2")
    with Store.open(path) as store:
        assert counted(store) == recounted(store)
        # all, 2 themes, 1 criterion, 1 context, 1 theme pair, 2 theme×criterion, 2 theme×context, 1 tag
        assert len(counted(store)) == 11


def test_the_tag_migration_counts_the_tags_of_a_journal_made_before_it(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        store.create(reflection(tags=("budget", "trivsel")))
        store.create(reflection(tags=("budget",)))
        store.delete(store.create(reflection(tags=("glemt",))).uuid)  # the Trash does not count
        store.conn.execute("DELETE FROM daily_stats WHERE kind = 'tag'")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_tag_stats'")
        store.conn.execute("PRAGMA user_version = 3")
        assert store.tags() == []
    with Store.open(path) as store:
        assert counted(store) == recounted(store)
        assert store.tags() == [("budget", 2), ("trivsel", 1)]


def test_queries_over_the_counts():
    with Store.memory() as store:
        store.create(reflection(entry_at=at(2026, 1, 5), theme_ids=("borgere",), criterion_ids=("borgere.k1",)))
        store.create(reflection(entry_at=at(2026, 1, 5), theme_ids=("borgere", "styring")))
        store.create(
            reflection(
                entry_at=at(2026, 2, 1),
                theme_ids=("styring",),
                criterion_ids=("borgere.k1",),
                next_steps=(NextStep("Ring", due=at(2026, 2, 8).date()), NextStep("Skriv")),
            )
        )
        gone = store.create(
            reflection(entry_at=at(2026, 2, 2), theme_ids=("samarbejde",), next_steps=(NextStep("Glemt"),))
        )
        store.delete(gone.uuid)
        assert store.stats_totals("theme") == {"borgere": 2, "styring": 2}
        assert store.stats_totals("theme", at(2026, 1, 6).date()) == {"styring": 1}
        assert store.stats_by_day("all") == [(at(2026, 1, 5).date(), "", 2), (at(2026, 2, 1).date(), "", 1)]
        assert store.stats_last_days("criterion") == {"borgere.k1": at(2026, 2, 1).date()}
        assert store.stats_last_days("criterion", at(2026, 1, 31).date()) == {"borgere.k1": at(2026, 1, 5).date()}
        assert store.stats_totals("theme_pair") == {"borgere+styring": 1}
        assert [step.text for step, *_ in store.open_next_steps()] == ["Ring", "Skriv"]

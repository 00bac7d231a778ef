"""A released migration step builds forever what it built when it shipped.

Journals of every older version are upgraded by the same steps, years later: a step that changed
after its release upgrades some journals one way and others another. So what the released steps
build, from an empty file and from a journal with reflections in it, is recorded in
``tests/data/migrations/`` and compared here. Record again (``python -m tests.core.test_migrations``)
only when a new step ships and ``RELEASED`` grows with it, never to make a changed step pass.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from pathlib import Path

from journal import migrations

ROOT = Path(__file__).resolve().parents[2]
RELEASED = 8  # steps 0001 to 0008 have shipped
RECORD = ROOT / "tests" / "data" / "migrations" / f"steps-0001-{RELEASED:04d}.json"
# Not the steps' text: sqlite-utils's record of the steps, and the tables SQLite's full-text
# search keeps its data in (their definitions are SQLite's, and may differ between its versions).
NOT_WRITTEN_BY_STEPS = re.compile(r"_sqlite_migrations|idx__sqlite_migrations_\w*"
                                  r"|reflections_fts_(?:data|idx|content|docsize|config)")

# A journal as version 2 left it (before daily_stats): what each later step carries over.
REFLECTIONS = [
    # id, entry_at, entry_utc, title, body, context_id, private, deleted_at
    (1, "2026-01-05T09:00:00+01:00", "2026-01-05T08:00:00.000000", "Møde med borgerne", "Om åbenhed", None, 0, None),
    (2, "2026-01-05T23:30:00-02:00", "2026-01-06T01:30:00.000000", "Budget", "Møderne om økonomi", "lus", 1, None),
    (3, "2026-01-07T08:15:00+00:00", "2026-01-07T08:15:00.000000", "Trivsel", "Sygefravær i teamet", "lus", 0,
     None),
    (4, "2026-01-07T10:00:00+00:00", "2026-01-07T10:00:00.000000", "Slettet", "I papirkurven", "rekruttering", 0,
     "2026-01-08T00:00:00+00:00"),
    (5, "2026-02-01T12:00:00+01:00", "2026-02-01T11:00:00.000000", "Mødeleder", "", "rekruttering", 0, None),
]
LINKS = {
    "reflection_themes (reflection_id, theme_id)": [
        (1, "borgere"), (1, "samarbejde"), (2, "styring"), (3, "samarbejde"), (3, "styring"), (3, "borgere"),
        (4, "borgere"), (5, "samarbejde")],
    "reflection_criteria (reflection_id, criterion_id)": [
        (1, "borgere.k1"), (1, "own:abc"), (2, "styring.k3"), (4, "borgere.k1"), (5, "samarbejde.k2")],
    "reflection_stakeholders (reflection_id, stakeholder)": [(1, "citizens"), (2, "staff"), (3, "staff"),
                                                             (3, "citizens"), (4, "staff")],
    "reflection_tags (reflection_id, tag)": [(1, "trivsel"), (2, "budget"), (2, "trivsel"), (4, "budget"),
                                             (5, "sygefravær")],
}


def built_from_empty(path: Path) -> dict:
    """What the released steps build in an empty file: the schema's text as SQLite keeps it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.apply(connection, upto=RELEASED)
        return {
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "application_id": connection.execute("PRAGMA application_id").fetchone()[0],
            "steps": [name for name, in connection.execute("SELECT name FROM _sqlite_migrations ORDER BY id")],
            "schema": [list(row) for row in connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
                if not NOT_WRITTEN_BY_STEPS.fullmatch(row[1])],
        }
    finally:
        connection.close()


def upgraded_from_version_2(path: Path) -> dict:
    """What the released steps after 0002 make of a journal with reflections in it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrations.apply(connection, upto=2)
        connection.execute("BEGIN")
        for number, entry_at, entry_utc, title, body, context_id, private, deleted_at in REFLECTIONS:
            connection.execute(
                "INSERT INTO reflections (id, uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title, "
                "body, context_id, private, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (number, f"uuid-{number}", entry_at, entry_utc, entry_at[:10], entry_utc, entry_utc, title, body,
                 context_id, private, deleted_at))
        for table, rows in LINKS.items():
            connection.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
        connection.execute("COMMIT")
        migrations.apply(connection, upto=RELEASED)
        return {
            "daily_stats": [list(row) for row in connection.execute(
                "SELECT kind, entry_date, key, count FROM daily_stats ORDER BY kind, entry_date, key")],
            "found": {word: [row[0] for row in connection.execute(
                "SELECT r.id FROM reflections_fts JOIN reflections r ON r.time_key = reflections_fts.rowid "
                "WHERE reflections_fts MATCH ? ORDER BY reflections_fts.rowid", (word,))]
                for word in ("møde*", "m*", "trivsel", "økonomi")},
            "time_keys": [row[0] for row in connection.execute("SELECT time_key FROM reflections ORDER BY id")],
        }
    finally:
        connection.close()


def record(folder: Path) -> dict:
    return {
        "built_from_empty": built_from_empty(folder / "empty.sqlite3"),
        "upgraded_from_version_2": upgraded_from_version_2(folder / "older.sqlite3"),
        "outline": migrations.OUTLINE,
    }


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def test_the_released_steps_build_from_an_empty_file_what_they_built_when_they_shipped(tmp_path):
    assert built_from_empty(tmp_path / "journal.sqlite3") == recorded()["built_from_empty"]


def test_the_released_steps_upgrade_a_journal_with_reflections_as_they_did_when_they_shipped(tmp_path):
    assert upgraded_from_version_2(tmp_path / "journal.sqlite3") == recorded()["upgraded_from_version_2"]


def test_the_outline_a_journal_is_checked_against_is_the_recorded_one():
    if migrations.schema_version() == RELEASED:  # a newer step changes it; the record stays that of 0008
        assert migrations.OUTLINE == recorded()["outline"]


if __name__ == "__main__":  # python -m tests.core.test_migrations: record what the released steps build
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = record(Path(folder))
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(json.dumps(made, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"recorded {RECORD}\n")

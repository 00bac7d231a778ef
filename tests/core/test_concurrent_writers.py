"""Several programs write to one journal at once, and none is refused: a script adding
reflections while the window is open is a normal use.

Each writer is a process of its own (tests/attack/concurrent_writers.py, whose full run is 3 x 500
adds). A writer that had to wait must wait for the other's write to end, as the busy timeout
promises, not be told at once that the journal is in use.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from journal.backup import open_journal
from journal.store import Store
from tests.attack.concurrent_writers import attack
from tests.factories import reflection

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("via", ["store", "cli-main"])
def test_three_writers_at_once_are_all_saved(tmp_path, via):
    """``store``: one Store per process, as the window keeps; ``cli-main``: a new connection for
    every reflection, as each ``ledelsesjournal add`` opens."""
    result = attack(writers=3, adds=40, via=via, with_window=False, folder=tmp_path / "data")
    errors = [report["errors"] for report in result["processes"] if report["errors"]]
    assert result["failed"] == 0, errors
    assert result["succeeded"] == result["reflections_in_journal"] == 120


def test_writers_beside_the_open_window_lose_nothing(tmp_path):
    """The window reads and autosaves on two connections of its own while three scripts add."""
    result = attack(writers=3, adds=30, via="cli-main", with_window=True, folder=tmp_path / "data")
    errors = [report["errors"] for report in result["processes"] if report["errors"]]
    assert result["failed"] == 0, errors
    assert result["reflections_in_journal"] == 90 + 1  # and the window's own reflection


def test_a_second_connection_in_the_same_program_keeps_the_first_ones_hold(tmp_path):
    """Opening the journal a second time in one process (the window's background queries do)
    must not drop the first connection's lock on the file. With it gone, another program that
    closes the journal thinks it is the last one, folds the log in and removes it under the
    window, whose next saves go to a removed file and are lost."""
    path = tmp_path / "journal.sqlite3"
    script = (
        "import sys; from journal.store import Store; from tests.factories import reflection\n"
        "with Store.open(sys.argv[1]) as other:\n"
        "    other.create(reflection(title=sys.argv[2]))\n"
        "    print(sorted(s.title for s in other.list()))"
    )

    def another_program(title: str) -> str:
        child = subprocess.run(
            [sys.executable, "-c", script, str(path), title], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert child.returncode == 0, child.stderr
        return child.stdout.strip()

    with Store.open(path) as window:
        draft = window.create(reflection(title="Version 0"))
        with Store.open(path):  # as the background queries' thread opens it
            pass
        another_program("Script 1")
        window.update(replace(draft, title="Version 1"))
        assert another_program("Script 2") == str(["Script 1", "Script 2", "Version 1"])  # sees the window's save
        window.update(replace(draft, title="Version 2"))
    with open_journal(tmp_path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(s.title for s in store.list()) == ["Script 1", "Script 2", "Version 2"]


def test_programs_that_open_an_older_journal_at_once_upgrade_it_once(tmp_path):
    """The window and a script started together on a journal of an older version: one upgrades
    it, the other waits and finds it upgraded; neither fails, no step runs twice."""
    import sqlite3
    import time

    from journal import migrations

    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.apply(connection, upto=4)
    connection.executemany(
        "INSERT INTO reflections (uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title, body) "
        "VALUES (?, '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00', '2026-01-05', '2026-01-05T09:00:00', "
        "'2026-01-05T09:00:00', ?, ?)",
        [(f"u{n}", f"Møde {n}", "borgere og økonomi " * 50) for n in range(300)],
    )
    connection.close()
    go = tmp_path / "go"
    script = (
        "import os, sys, time\nfrom journal.model import ReflectionFilter\nfrom journal.store import Store\n"
        "while not os.path.exists(sys.argv[2]): time.sleep(0.001)\n"
        "with Store.open(sys.argv[1]) as store: print(store.count(ReflectionFilter(text='økonomi')))"
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), str(go)],
            cwd=ROOT,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    time.sleep(1.0)  # all started and waiting
    go.touch()
    results = [(child.wait(timeout=120), *child.communicate()) for child in children]
    assert [(code, out.strip()) for code, out, _ in results] == [(0, "300")] * 3, [err for *_, err in results]
    with Store.open(path) as store:
        names = [name for (name,) in store.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert len(names) == len(set(names)) == migrations.schema_version()


def test_a_journal_not_yet_in_write_ahead_log_mode_is_switched_while_another_program_writes(tmp_path):
    """A restored journal (or a new one) is switched into write-ahead-log mode by the first
    program that opens it. Switching reads the header, then writes it: with another program in
    the middle of a write, SQLite refused at once instead of waiting (seen as one program in ten
    failing when three opened a restored journal together)."""
    import sqlite3
    import threading
    import time

    path = tmp_path / "journal.sqlite3"
    with Store.open(path) as store:
        store.create(reflection(title="Før"))
    rollback = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    rollback.execute("PRAGMA journal_mode = DELETE")  # as a restore leaves it
    rollback.execute("BEGIN IMMEDIATE")  # another program is writing, for 0.3 s
    threading.Timer(0.3, lambda: rollback.execute("COMMIT")).start()
    started = time.monotonic()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [s.title for s in store.list()] == ["Før"]
    assert time.monotonic() - started >= 0.25  # it waited for the other write to end
    rollback.close()

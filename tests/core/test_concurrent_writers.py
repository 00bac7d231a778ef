"""Several programs write to one journal at once, and none is refused: a script adding
reflections while the window is open is a normal use.

Each writer is a process of its own (tests/attack/concurrent_writers.py, whose full run is 3 x 500
adds). A writer that had to wait must wait for the other's write to end, as the busy timeout
promises, not be told at once that the journal is in use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.store import Store
from tests.attack.concurrent_writers import attack

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
        "'2026-01-05T09:00:00', ?, ?)", [(f"u{n}", f"Møde {n}", "borgere og økonomi " * 50) for n in range(300)])
    connection.close()
    go = tmp_path / "go"
    script = ("import os, sys, time\nfrom journal.model import ReflectionFilter\nfrom journal.store import Store\n"
              "while not os.path.exists(sys.argv[2]): time.sleep(0.001)\n"
              "with Store.open(sys.argv[1]) as store: print(store.count(ReflectionFilter(text='økonomi')))")
    children = [subprocess.Popen([sys.executable, "-c", script, str(path), str(go)], cwd=ROOT, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    time.sleep(1.0)  # all started and waiting
    go.touch()
    results = [(child.wait(timeout=120), *child.communicate()) for child in children]
    assert [(code, out.strip()) for code, out, _ in results] == [(0, "300")] * 3, [err for *_, err in results]
    with Store.open(path) as store:
        names = [name for (name,) in store.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert len(names) == len(set(names)) == migrations.schema_version()

"""A program killed at any moment loses nothing it had saved, and leaves a journal that opens.

A child process (tests/crash_child.py) saves in a loop and is killed with SIGKILL after a random
delay, again and again, on the same journal: while creating reflections, while updating one as
autosave does, and during big imports. After each kill the journal must open, pass SQLite's
integrity check, and hold every save that had returned; an import is there whole or not at all.
The delays come from a seeded generator: ``CRASH_SEED=<seed>`` repeats a failing run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.model import ReflectionFilter
from journal.store import Store
from tests.crash_child import MERGED, content
from tests.factories import reflection

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 21  # seven of each kind
MODES = ("create", "update", "merge")
LONGEST = 0.4  # seconds; an import of MERGED reflections takes about as long


def test_killed_while_saving_the_journal_keeps_every_save_that_returned(tmp_path):
    seed = int(os.environ.get("CRASH_SEED") or random.randrange(2**32))
    print(f"CRASH_SEED={seed}")  # shown with a failure
    rng = random.Random(seed)
    journal = tmp_path / "journal.sqlite3"
    with Store.open(journal) as store:
        updated = store.create(reflection(title="v0", body="version 0")).uuid
    version = 0
    created: list[str] = []
    merged: list[str] = []
    started = time.monotonic()

    for round_ in range(ROUNDS):
        mode, delay = MODES[round_ % len(MODES)], rng.uniform(0, LONGEST)
        when = f"(CRASH_SEED={seed}, round {round_}: killed while '{mode}' after {delay:.3f} s)"
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", mode, str(journal), updated, str(round_)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = child.stdout.readline()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert ready == "ready\n" and child.returncode == -signal.SIGKILL, (
            f"the child did not run until killed (exit {child.returncode}) {when}: {err.strip()[-500:]}"
        )
        returned = out.split("\n")[:-1]  # whole lines only: the last one may have been cut

        with Store.open(journal) as store:
            assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], when
            assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == [], when
            assert store.stats_totals("all").get("", 0) == store.count(), f"the daily counts disagree {when}"
            # A merge drops the search index's insert trigger while it runs: back, and the index whole.
            trigger = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'reflections_fts_insert'"
            assert store.conn.execute(trigger).fetchone() == (1,), when
            store.conn.execute("INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('integrity-check', 1)")
            if mode == "create":
                for uuid in returned:
                    assert store.exists(uuid), f"created reflection {uuid} is missing {when}"
                    saved = store.get(uuid)
                    assert {"title": saved.title, "body": saved.body, "tags": saved.tags} == content(uuid), when
                    assert saved.theme_ids == ("borgere",), when
                created += returned
            elif mode == "update":
                saved = store.get(updated)
                now = int(saved.title.removeprefix("v"))
                last = int(returned[-1]) if returned else version
                # The save that was under way when the kill came may have been committed too.
                assert now in (last, last + 1), f"version {now} after the update to {last} had returned {when}"
                assert saved.body == f"version {now}", f"title and text of version {now} disagree {when}"
                version = now
            else:
                tags = {f"merge-{round_}-{n}" for n in range(len(returned) + 1)}
                for tag in sorted(tags):
                    count = store.count(ReflectionFilter(tags=(tag,)))
                    assert count == MERGED if tag in returned else count in (0, MERGED), (
                        f"{count} of the {MERGED} reflections of import {tag} are there {when}"
                    )
                merged += [tag for tag in tags if store.count(ReflectionFilter(tags=(tag,)))]

    with Store.open(journal) as store:  # and nothing a later round did lost an earlier save
        assert all(store.exists(uuid) for uuid in created)
        assert all(store.count(ReflectionFilter(tags=(tag,))) == MERGED for tag in merged)
    elapsed = time.monotonic() - started
    print(
        f"{ROUNDS} kills in {elapsed:.1f} s: {len(created)} created, {version} updates, "
        f"{len(merged)} imports of {MERGED} reflections, all there"
    )
    # Imports may all have been cut short on a slow machine: that tests all-or-nothing too.
    assert created and version, f"no save returned before a kill: the delays are too short (CRASH_SEED={seed})"


def _temporaries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if ".part" in path.name)


def _written(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:  # put in place meanwhile
        return False


def test_a_killed_export_leaves_no_copy_of_the_journal_after_the_next_run(tmp_path):
    """`export -o` writes a temporary file beside the target; a SIGKILL cannot be caught, so the
    next write into that folder removes what a dead export left, and never a living one's."""
    data, out = tmp_path / "data", tmp_path / "ud"
    out.mkdir()
    data.mkdir()
    with Store.open(data / "journal.sqlite3") as store:
        store.merge(
            [
                reflection(title=f"Privat {n}", body="Noget kun jeg må læse, om æ, ø og å. " * 100, private=True)
                for n in range(5000)
            ]
        )
    command = [sys.executable, "-m", "journal", "--data-dir", str(data), "export"]
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    try:
        # What another copy of the app, alive, is writing in the same folder: old, but never removed.
        living = out / f".noter.json.ledelsesjournal-{sleeper.pid}-abcd1234.part"
        living.write_text("{")
        os.utime(living, (time.time() - 86400, time.time() - 86400))
        for round_ in range(3):
            child = subprocess.Popen(
                [*command, "-o", str(out / "journal.json")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            deadline = time.monotonic() + 30
            while not any(p != living and _written(p) for p in _temporaries(out)):
                assert child.poll() is None and time.monotonic() < deadline, (
                    f"round {round_}: the export ended before it could be killed: {child.stderr.read()[-500:]}"
                )
                time.sleep(0.001)
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
            assert child.returncode == -signal.SIGKILL
            assert len(_temporaries(out)) >= 2, "the kill left no temporary file: nothing tested"
        assert not (out / "journal.json").exists()

        # The next run, into the same folder (another file): it clears what the dead exports left.
        done = subprocess.run(
            [*command, "framework", "-o", str(out / "lus.md")], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert _temporaries(out) == [living]
        assert sorted(p.name for p in out.iterdir()) == sorted(["lus.md", living.name])
    finally:
        sleeper.kill()
        sleeper.wait()

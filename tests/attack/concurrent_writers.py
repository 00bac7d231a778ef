"""Several writers on one journal at once: a script adding reflections while the window is open.

Not part of the test run (its name is no test's, and it takes minutes); the quick version is
tests/core/test_concurrent_writers.py.

    python -m tests.attack.concurrent_writers                         # 3 x 500 adds through the CLI
    python -m tests.attack.concurrent_writers --via store --window    # the store API, a window beside them
    python -m tests.attack.concurrent_writers --writers 3 --adds 40 --via cli-main

``--via``: ``cli`` starts ``python -m journal add`` for every reflection (as a shell loop does),
``cli-main`` runs the command line's ``main`` in the writer's process (a new connection each
time, without the cost of starting Python), ``store`` keeps one Store open per writer and
creates through it. ``--window`` adds a process that does what the open window does to the
journal: a connection of its own and one for the background queries, reading pages of the list
and counts all the time, and saving the open reflection every 0.7 s, as autosave does.

Prints one line per process and the totals (attempted, succeeded, failed, wall time), as JSON
with ``--json``. Exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUTOSAVE_S = 0.7


def _add_through_cli(folder: Path, title: str) -> str | None:
    """One ``ledelsesjournal add`` in a process of its own: None, or its error."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal",
            "--data-dir",
            str(folder),
            "add",
            "--title",
            title,
            "--theme",
            "borgere",
            "--tag",
            "angreb",
            "--body",
            f"Tekst til {title}.",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    return None if done.returncode == 0 else (done.stderr.strip() or f"exit {done.returncode}")


def writer(via: str, folder: Path, adds: int, name: str) -> dict:
    """Add ``adds`` reflections; what happened, counted."""
    from journal.errors import JournalError
    from journal.model import Reflection, now_local

    failures: Counter[str] = Counter()
    slowest_failure = 0.0
    succeeded = 0
    store = None
    if via == "store":
        from journal.backup import open_journal

        store = open_journal(folder)
    try:
        for n in range(adds):
            title = f"{name} nr. {n}"
            started = time.perf_counter()
            if via == "cli":
                problem = _add_through_cli(folder, title)
            elif via == "cli-main":
                import contextlib
                import io

                from journal.cli import main

                err = io.StringIO()
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                    code = main(
                        [
                            "--data-dir",
                            str(folder),
                            "add",
                            "--title",
                            title,
                            "--theme",
                            "borgere",
                            "--tag",
                            "angreb",
                            "--body",
                            f"Tekst til {title}.",
                        ]
                    )
                problem = None if code == 0 else (err.getvalue().strip() or f"exit {code}")
            else:
                try:
                    store.create(
                        Reflection(
                            entry_at=now_local(),
                            title=title,
                            body=f"Tekst til {title}.",
                            theme_ids=("borgere",),
                            tags=("angreb",),
                        )
                    )
                    problem = None
                except JournalError as error:
                    problem = str(error)
            if problem is None:
                succeeded += 1
            else:
                failures[problem[:160]] += 1
                slowest_failure = max(slowest_failure, time.perf_counter() - started)
    finally:
        if store is not None:
            store.close()
    return {
        "process": name,
        "attempted": adds,
        "succeeded": succeeded,
        "failed": sum(failures.values()),
        "slowest_failure_s": round(slowest_failure, 3),
        "errors": dict(failures),
    }


def window(folder: Path, stop: Path, name: str) -> dict:
    """What the open window does to the journal until ``stop`` exists: read pages and counts on
    two connections, and save the open reflection every 0.7 s."""
    from journal.backup import open_journal
    from journal.errors import JournalError
    from journal.model import Reflection, ReflectionFilter, now_local
    from journal.store import Store

    failures: Counter[str] = Counter()
    saves = reads = 0
    with open_journal(folder) as store, Store.open(store.path) as background:
        draft = store.create(Reflection(entry_at=now_local(), title="Åben i vinduet", body="Version 0"))
        saves += 1
        last_save = time.monotonic()
        while not stop.exists():
            try:
                page = store.list(limit=100)
                if page:
                    store.list(limit=100, after=page[-1].sort_key)
                background.count(ReflectionFilter(text="tekst"))
                store.tags()
                reads += 1
            except JournalError as error:
                failures[f"read: {str(error)[:150]}"] += 1
            if time.monotonic() - last_save >= AUTOSAVE_S:
                try:
                    store.save(replace(draft, body=f"Version {saves}"))
                    saves += 1
                except JournalError as error:
                    failures[f"save: {str(error)[:150]}"] += 1
                last_save = time.monotonic()
            time.sleep(0.01)
    return {
        "process": name,
        "attempted": saves + sum(1 for k in failures.elements() if k.startswith("save")),
        "succeeded": saves,
        "failed": sum(failures.values()),
        "reads": reads,
        "errors": dict(failures),
    }


def attack(writers: int, adds: int, via: str, with_window: bool, folder: Path) -> dict:
    """Start the processes together on the journal in ``folder``; their reports and the totals."""
    from journal.backup import open_journal

    folder.mkdir(parents=True, exist_ok=True)
    open_journal(folder).close()  # made (and migrated) before the writers race for it
    stop = folder / "stop-window"
    stop.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.attack.concurrent_writers", "--folder", str(folder)]
    children = []
    if with_window:
        children.append(
            subprocess.Popen(
                [*command, "--role", "window", "--name", "window"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
            )
        )
        time.sleep(1.0)  # open, as a window is before a script starts
    started = time.perf_counter()
    writing = [
        subprocess.Popen(
            [*command, "--role", "writer", "--via", via, "--adds", str(adds), "--name", f"writer-{i + 1}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(writers)
    ]
    reports = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in writing]
    wall = time.perf_counter() - started
    if with_window:
        stop.touch()
        reports.append(json.loads(children[0].communicate()[0].strip().splitlines()[-1]))
    total = {key: sum(r[key] for r in reports) for key in ("attempted", "succeeded", "failed")}
    with open_journal(folder) as store:
        stored = store.count()
    return {
        "via": via,
        "writers": writers,
        "adds": adds,
        "window": with_window,
        "wall_s": round(wall, 1),
        **total,
        "reflections_in_journal": stored,
        "processes": reports,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--adds", type=int, default=500, help="reflections each writer adds")
    parser.add_argument("--via", choices=("cli", "cli-main", "store"), default="cli")
    parser.add_argument("--window", action="store_true", help="a process that works as the open window does")
    parser.add_argument("--folder", type=Path, help="the data folder (default: a new temporary one)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--role", choices=("attack", "writer", "window"), default="attack", help=argparse.SUPPRESS)
    parser.add_argument("--name", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="ledelsesjournal-writers-"))
    if args.role == "writer":
        print(json.dumps(writer(args.via, folder, args.adds, args.name), ensure_ascii=False), flush=True)
        return 0
    if args.role == "window":
        print(json.dumps(window(folder, folder / "stop-window", args.name), ensure_ascii=False), flush=True)
        return 0
    result = attack(args.writers, args.adds, args.via, args.window, folder)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for report in result["processes"]:
            errors = "; ".join(f"{n} x {text}" for text, n in report["errors"].items())
            print(
                f"{report['process']:>9}: {report['attempted']:>4} attempted, {report['succeeded']:>4} succeeded, "
                f"{report['failed']:>4} failed" + (f"  ({errors})" if errors else "")
            )
        print(
            f"{'total':>9}: {result['attempted']:>4} attempted, {result['succeeded']:>4} succeeded, "
            f"{result['failed']:>4} failed, in {result['wall_s']} s through {result['via']}"
            f"{' with a window open' if result['window'] else ''}; the journal holds "
            f"{result['reflections_in_journal']} reflections ({folder})"
        )
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

"""The speed benchmark: journals of 1,000, 10,000 and 100,000 reflections, measured as a leader
would feel them. Not part of the test run (timings on a shared machine are no test).

    python -m tests.benchmarks.run                 # all sizes, writes docs/benchmark.json
    python -m tests.benchmarks.run --sizes 1000    # a quick look
    python -m tests.benchmarks.suggestions         # only the suggestions' accuracy and times

Every figure is the median of several runs. The journals are built once and kept in
--work (default: a folder in the temporary directory) for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from journal.migrations import FTS_COLUMNS  # noqa: E402
from journal.model import ReflectionFilter  # noqa: E402
from journal.paths import database_path, ensure_private_dir  # noqa: E402
from journal.store import Store  # noqa: E402
from tests.benchmarks import corpus, suggestions  # noqa: E402

CORPUS_VERSION = 2  # bump when corpus.py changes, so old journals are rebuilt
PASSPHRASE = "benchmark passphrase"
ENCRYPTED_AT_MOST = 1.15  # an encrypted journal's start, searches, filters and scroll: at most 15 % more
TARGETS = {  # at 100,000 reflections, in ms (memory in MB above the floor)
    "start above the floor": 250,
    "list: worst search or filter": 50,
    "scroll: longest stall": 16,
    "patterns: all": 250,
    "peak memory above the floor": 150,
    "cli search: jrnl / ledelsesjournal": 10,
    "database / its text": 3,
    "cli search 'og'": 100,
    "cli ÷ floor: worst": 1.5,
    "import: jrnl export of as many (s)": 30,
    "import: jrnl export of as many, peak MB": 150,
    "data folder with ten daily backups / the journal": 2,
}
# Commands timed against their floor (tests/benchmarks/sql_floor.py: Python and the same SQL).
FLOORED_COMMANDS = (("search", "og"), ("search", "sygefravær"), ("list",), ("tags",))
START_RUNS = 7  # at least, the floor and the app's start in turns
SETTLE_S = 15  # after the backup made before the timings


def median(values: list[float]) -> float:
    return statistics.median(values)


def build(size: int, work: Path) -> Path:
    folder = work / f"journal-{size}-v{CORPUS_VERSION}"
    if (folder / "done").exists():
        Store.open(database_path(folder)).close()  # up to this version's schema, before any timing
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    ensure_private_dir(folder)
    started = time.perf_counter()
    with Store.open(database_path(folder)) as store:
        items = corpus.reflections(size)
        for start in range(0, size, 5000):
            store.merge(items[start : start + 5000])
        store.save_personal_framework(store.personal_framework())
    (folder / "done").write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


def build_encrypted(size: int, work: Path) -> tuple[Path, bytes]:
    """The same journal, encrypted (journal.encryption), and its key."""
    from journal import encryption
    from journal.keys import read_keyfile, unlock

    plain = build(size, work)
    folder = work / f"journal-{size}-v{CORPUS_VERSION}-encrypted"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        ensure_private_dir(folder)
        shutil.copyfile(database_path(plain), database_path(folder))
        started = time.perf_counter()
        encryption.encrypt(folder, PASSPHRASE)
        (folder / "done").write_text(f"encrypted in {time.perf_counter() - started:.1f} s\n")
    key = unlock(read_keyfile(encryption.keyfile_path(folder)), PASSPHRASE)
    encryption.unlock(folder, PASSPHRASE)
    Store.open(database_path(folder)).close()
    return folder, key


def session(args: list[str], runs: int, work: Path, key: bytes | None = None) -> tuple[list[float], list[dict]]:
    """Run the app ``runs`` times: the milliseconds to READY, and what each reported after it."""
    starts, reports = [], []
    settings = work / "settings"  # the app's settings as on a first start, not the user's
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(settings)}
    if key is not None:
        env["LEDELSESJOURNAL_BENCH_KEY"] = key.hex()
    for _ in range(runs):
        shutil.rmtree(settings, ignore_errors=True)  # each run as the first: no view remembered
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.session", *args],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for line in child.stdout:
            if line.startswith("READY"):
                starts.append((time.perf_counter() - started) * 1000)
            elif line.startswith("{"):
                reports.append(json.loads(line))
        child.wait(timeout=600)
    return starts, reports


def store_queries(folder: Path, runs: int) -> dict[str, float]:
    """The store's side of every search and filter: the first page of 100, and the count (which
    the window asks for in a thread of its own, once the filter has stood still)."""
    from tests.benchmarks.queries import filters

    results = {}
    with Store.open(database_path(folder)) as store:
        for name, selection in filters().items():
            results[f"store page: {name}"] = median(
                [_ms(lambda selection=selection: store.list(selection, limit=100)) for _ in range(runs)]
            )
            results[f"store count: {name}"] = median(
                [_ms(lambda selection=selection: store.count(selection)) for _ in range(runs)]
            )
    return results


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def cli(folder: Path, *args: str) -> float:
    env = {**os.environ, "LEDELSESJOURNAL_DATA_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "journal", *args], stdout=subprocess.DEVNULL, check=True, env=env, cwd=ROOT)
    return (time.perf_counter() - started) * 1000


def exports(folder: Path, work: Path, runs: int) -> dict[str, float]:
    target = work / "out"
    target.mkdir(exist_ok=True)
    return {
        "export journal json": median([cli(folder, "export", "-o", str(target / "j.json")) for _ in range(runs)]),
        "report pdf, a year": median(
            [
                cli(folder, "report", "--from", "2025-01-01", "--to", "2025-12-31", "-o", str(target / "r.pdf"))
                for _ in range(runs)
            ]
        ),
        "cli search 'sygefravær'": median([cli(folder, "search", "sygefravær") for _ in range(runs)]),
        "cli search 'og'": median([cli(folder, "search", "og") for _ in range(runs)]),
        "cli tags": median([cli(folder, "tags") for _ in range(runs)]),
    }


def against_floor(folder: Path, work: Path, runs: int) -> dict[str, float]:
    """Each of FLOORED_COMMANDS, and Python running the same SQL on the same journal (its
    statements recorded from one run of the command), in turns: the medians and their ratio."""
    from tests.benchmarks.sql_floor import statements_of

    floor_script = Path(__file__).with_name("sql_floor.py")
    row: dict[str, float] = {}
    ratios = []
    for argv in FLOORED_COMMANDS:
        statements = work / "floor-statements.json"
        statements.write_text(json.dumps(statements_of(list(argv), str(folder))), encoding="utf-8")
        floor_args = [sys.executable, str(floor_script), str(database_path(folder)), str(statements)]
        floors, commands = [], []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(floor_args, stdout=subprocess.DEVNULL, check=True)
            floors.append((time.perf_counter() - started) * 1000)
            commands.append(cli(folder, *argv))
        name = " ".join(argv)
        row[f"cli {name}: floor"] = median(floors)
        row[f"cli {name}: command"] = median(commands)
        ratios.append(median(commands) / median(floors))
        row[f"cli ÷ floor: {name}"] = ratios[-1]
    row["cli ÷ floor: worst"] = max(ratios)
    return row


def database_ratio(folder: Path) -> float:
    """The journal's file against the text it holds (titles and texts, as UTF-8): jrnl's plain
    text file is 1. Measured after folding the log in, as a journal is between sessions."""
    path = database_path(folder)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        text = connection.execute(
            "SELECT sum(" + " + ".join(f"length(CAST({c} AS BLOB))" for c in FTS_COLUMNS) + ") FROM reflections"
        ).fetchone()[0]
    return path.stat().st_size / text


def switching(folder: Path, work: Path, runs: int) -> dict[str, float]:
    """Taking another organisation's framework into use (five themes of another shape) and back,
    on a copy of the journal; and once, a revision of the framework in use whose suggested
    re-tagging moves one theme's reflections (a third of them) and one criterion's to new ids."""
    from tests.core.test_framework_markdown import VALUES
    from tests.core.test_organisation import revised_naestved

    copy = work / "switching"
    shutil.rmtree(copy, ignore_errors=True)
    ensure_private_dir(copy)  # the journal alone: not its backups, nor a log a closing program removes
    shutil.copyfile(database_path(folder), database_path(copy))
    other, revision = work / "vaerdier.md", work / "naestved-2025.md"
    other.write_text(VALUES, encoding="utf-8")
    revision.write_text(revised_naestved(), encoding="utf-8")
    switches = []
    for _ in range(runs):
        switches.append(cli(copy, "framework", "use", str(other)))
        switches.append(cli(copy, "framework", "use", "naestved-2019"))
    row = {
        "framework use: another framework": median(switches),
        "framework check: the same file (the floor)": median(
            [cli(copy, "framework", "check", str(other)) for _ in range(runs)]
        ),
        "framework use: a revision, re-tagging a third": cli(
            copy, "framework", "use", str(revision), "--retag", "suggested"
        ),
    }
    shutil.rmtree(copy, ignore_errors=True)
    return row


# Runs the command given after it and prints its peak memory (MB): from a process of its own, so
# that the figure is the command's. Linux counts the memory of the process a child was forked from
# (until it starts the program) into the child's peak: forked from this runner, which holds
# hundreds of MB by then, an import of 1,000 entries "peaked" at 162 MB.
_PEAK_OF = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
)


def import_at_scale(size: int, work: Path) -> dict[str, float]:
    """Importing a jrnl export of ``size`` entries into a new journal, once: its seconds and its
    peak memory (the import's own, from the system's accounting of it)."""
    source = work / f"jrnl-{size}.json"
    if not source.exists():
        source.write_text(json.dumps(corpus.jrnl_json(size), ensure_ascii=False), encoding="utf-8")
    folder = work / f"import-{size}"
    shutil.rmtree(folder, ignore_errors=True)
    env = {**os.environ, "LEDELSESJOURNAL_DATA_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_OF, sys.executable, "-m", "journal", "import", str(source)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"the import of {source} failed ({done.returncode}): {done.stderr[-500:]}")
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "import: jrnl export of as many (s)": seconds,
        "import: jrnl export of as many, peak MB": float(done.stdout.split()[-1]),
    }


def backups_at_scale(folder: Path, work: Path) -> dict[str, float]:
    """Ten days of the default rotation on a copy of the journal: each day a few reflections
    written and an older one edited, then the day's backup. The data folder against the journal
    at the end; the first backup's seconds, a later day's, and a restore of the newest."""
    from dataclasses import replace

    from journal.backup import backup_if_due, backups_size, list_backups, restore

    copy = work / "backups-days"
    shutil.rmtree(copy, ignore_errors=True)
    ensure_private_dir(copy)
    shutil.copyfile(database_path(folder), database_path(copy))
    day0 = datetime(2027, 1, 4, 9, tzinfo=UTC)
    times = []
    for day in range(10):
        with Store.open(database_path(copy)) as store:
            store.merge(corpus.reflections(3, seed=1000 + day))
            older = store.get(store.list(ReflectionFilter(), limit=1, after=None)[0].uuid)
            store.update(replace(older, body=older.body + " Tilføjet senere."))
        started = time.perf_counter()
        backup_if_due(copy, keep=10, now=day0 + timedelta(days=day))
        times.append(time.perf_counter() - started)
    journal = database_path(copy).stat().st_size
    ratio = (journal + backups_size(copy)) / journal  # before the restore, which keeps the journal it replaces
    newest = list_backups(copy)[0].path
    started = time.perf_counter()
    restore(copy, newest)
    restored = time.perf_counter() - started
    row = {
        "data folder with ten daily backups / the journal": ratio,
        "backup: the first (s)": times[0],
        "backup: a later day's (s)": median(times[1:]),
        "restore of a backup (s)": restored,
    }
    shutil.rmtree(copy, ignore_errors=True)
    return row


def import_jrnl(work: Path, runs: int) -> float:
    source = work / "jrnl-10000.json"
    if not source.exists():
        source.write_text(json.dumps(corpus.jrnl_json(10_000), ensure_ascii=False), encoding="utf-8")
    times = []
    for number in range(runs):
        folder = work / f"import-{number}"
        shutil.rmtree(folder, ignore_errors=True)
        times.append(cli(folder, "import", str(source)))
    return median(times)


def jrnl_search(size: int, work: Path, runs: int) -> float | None:
    """jrnl searching the same reflections (installed in its own environment; None if it cannot be)."""
    env_dir = work / "jrnl-env"
    jrnl = env_dir / "bin" / "jrnl"
    if not jrnl.exists():
        if subprocess.run([sys.executable, "-m", "venv", str(env_dir)]).returncode != 0:
            return None
        if subprocess.run([str(env_dir / "bin" / "pip"), "install", "-q", "jrnl"]).returncode != 0:
            return None
    home = work / f"jrnl-home-{size}"
    journal = home / "journal.txt"
    if not journal.exists():
        home.mkdir(parents=True, exist_ok=True)
        journal.write_text(corpus.jrnl_text(corpus.reflections(size)), encoding="utf-8")
        (home / "jrnl.yaml").write_text(
            f"colors: {{body: none, date: none, tags: none, title: none}}\ndefault_hour: 9\ndefault_minute: 0\n"
            f"editor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\n"
            f"journals:\n  default: {journal}\nlinewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
            f"timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
            encoding="utf-8",
        )
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [str(jrnl), "--config-file", str(home / "jrnl.yaml"), "-contains", "sygefravær"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        if done.returncode != 0:
            return None
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def machine() -> dict:
    from PySide6 import __version__ as pyside

    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
    }


def measure(size: int, work: Path, runs: int) -> dict[str, float | None]:
    from journal.backup import backup_if_due

    folder = build(size, work)
    row: dict[str, float | None] = {}
    # The first start of a day backs the journal up in the background; done here, so that it
    # does not disturb the timings, and timed on its own.
    row["daily backup (in the background)"] = _ms(lambda: backup_if_due(folder, keep=1, every=timedelta(0)))
    os.sync()  # its copy on disk, not still being written while the app is timed
    # Even so, for some seconds after writing 900 MB the machine starts the app 60 ms slower
    # (seen at 100,000: 304 ms for six starts in a row, then 242 as without a backup before).
    time.sleep(SETTLE_S)
    # The floor and the app's start in turns, so that both meet the machine as it is at the time
    # (on a shared machine a minute can change both by half); starts are cheap, so more of them.
    floor_starts, floor_reports, app_starts = [], [], []
    session(["floor"], 1, work)  # once untimed each: the libraries in the file cache
    session(["start", str(folder)], 1, work)
    for _ in range(max(runs, START_RUNS)):
        starts, reports = session(["floor"], 1, work)
        floor_starts += starts
        floor_reports += reports
        app_starts += session(["start", str(folder)], 1, work)[0]
    row["start: floor"] = median(floor_starts)
    row["start: app"] = median(app_starts)
    row["start above the floor"] = median([app - floor for app, floor in zip(app_starts, floor_starts, strict=True)])
    app_reports = session(["app", str(folder)], runs, work)[1]
    for key in app_reports[0]:
        row[key] = median([report[key] for report in app_reports])
    row["list: worst search or filter"] = max(v for k, v in row.items() if k.startswith("list: "))
    row["peak memory: floor"] = median([r["peak_mb"] for r in floor_reports])
    row["peak memory above the floor"] = row["peak_mb"] - row["peak memory: floor"]
    row.update(store_queries(folder, runs))
    row.update(exports(folder, work, runs))
    row.update(against_floor(folder, work, runs))
    row["database / its text"] = database_ratio(folder)
    row.update(switching(folder, work, runs))
    jrnl = jrnl_search(size, work, max(1, runs // 2))
    row["cli search: jrnl"] = jrnl
    row["cli search: jrnl / ledelsesjournal"] = jrnl / row["cli search 'sygefravær'"] if jrnl else None
    row.update(import_at_scale(size, work))
    row.update(backups_at_scale(folder, work))
    return row


def measure_encrypted(size: int, work: Path, runs: int) -> dict[str, float]:
    """Start, searches, filters, scroll and patterns of the same journal, plain and encrypted, in
    turns (the machine is shared: both meet it as it is at the time)."""
    plain = build(size, work)
    folder, key = build_encrypted(size, work)
    session(["start", str(plain)], 1, work)
    session(["start", str(folder)], 1, work, key)
    plain_starts, encrypted_starts, plain_reports, encrypted_reports = [], [], [], []
    for _ in range(max(runs, START_RUNS)):
        plain_starts += session(["start", str(plain)], 1, work)[0]
        encrypted_starts += session(["start", str(folder)], 1, work, key)[0]
    for _ in range(runs):
        plain_reports += session(["app", str(plain)], 1, work)[1]
        encrypted_reports += session(["app", str(folder)], 1, work, key)[1]
    row = {"start: plain": median(plain_starts), "start: encrypted": median(encrypted_starts)}
    for key_name in encrypted_reports[0]:
        if key_name.startswith(("list: ", "scroll: longest", "scroll: median", "patterns: ")) or key_name == "peak_mb":
            row[f"{key_name}: plain"] = median([r[key_name] for r in plain_reports])
            row[f"{key_name}: encrypted"] = median([r[key_name] for r in encrypted_reports])
    return row


def encrypted_table(row: dict[str, float]) -> str:
    names = [k[: -len(": plain")] for k in row if k.endswith(": plain")]
    width = max(len(n) for n in names) + 2
    lines = [f"{'':<{width}}{'plain':>10}{'encrypted':>12}{'ratio':>8}"]
    for name in names:
        plain, encrypted = row[f"{name}: plain"], row[f"{name}: encrypted"]
        ratio = encrypted / plain if plain else float("nan")
        verdict = "" if name == "peak_mb" else ("ok" if ratio <= ENCRYPTED_AT_MOST else "MISSED")
        lines.append(f"{name:<{width}}{_shown(plain):>10}{_shown(encrypted):>12}{ratio:>8.2f}  {verdict}")
    return "\n".join(lines)


def table(rows: dict[int, dict], import_ms: float) -> str:
    sizes = sorted(rows)
    keys = list(rows[sizes[-1]])
    width = max(len(k) for k in keys) + 2
    lines = [f"{'':<{width}}" + "".join(f"{size:>12,}" for size in sizes) + f"{'target':>10}{'':>6}"]
    for key in keys:
        cells = "".join(f"{_shown(rows[size].get(key)):>12}" for size in sizes)
        target = TARGETS.get(key)
        value = rows[sizes[-1]].get(key)
        verdict = ""
        if target is not None and value is not None and max(sizes) == 100_000:
            good = value >= target if key.startswith("cli search: jrnl /") else value <= target
            verdict = "ok" if good else "MISSED"
        lines.append(f"{key:<{width}}{cells}{(_shown(target) if target else ''):>10}  {verdict}")
    lines.append(f"{'import 10,000 jrnl entries (ms)':<{width}}{_shown(import_ms):>12}")
    return "\n".join(lines)


def _shown(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median is shown (default 5)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "ledelsesjournal-bench")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmark.json")
    parser.add_argument(
        "--cli-only",
        action="store_true",
        help="only the command line against its floor, at the largest size",
    )
    parser.add_argument(
        "--encrypted-only",
        action="store_true",
        help="only the encrypted column: the largest size, plain and encrypted in turns",
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    # As an installed app starts: from compiled modules (pip compiles them on install).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "journal", "framework", "tests/benchmarks"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    if args.cli_only:
        floored = against_floor(build(max(args.sizes), args.work), args.work, args.runs)
        print("\n".join(f"{name:<40}{_shown(value):>10}" for name, value in floored.items()))
        return
    encrypted = measure_encrypted(max(args.sizes), args.work, args.runs)
    print(f"Encrypted against plain, {max(args.sizes):,} reflections (ms; at most {ENCRYPTED_AT_MOST:.2f} times):\n")
    print(encrypted_table(encrypted) + "\n")
    if args.encrypted_only:
        return
    rows = {size: measure(size, args.work, args.runs) for size in args.sizes}
    import_ms = import_jrnl(args.work, args.runs)
    print(
        f"All times in ms, memory in MB; the median of {args.runs} runs (the start: of "
        f"{max(args.runs, START_RUNS)} pairs, the floor and the app in turns).\n"
    )
    print(table(rows, import_ms))
    suggested = suggestions.measure(args.work, max(args.sizes))
    print("\nSuggestions while writing: the newest 20 % of each journal, learnt from the older 80 %")
    print("(tests/benchmarks/suggestions.py, which says what each figure means):\n")
    print(suggestions.table(suggested))
    args.out.write_text(
        json.dumps(
            {
                "machine": machine(),
                "runs": args.runs,
                "sizes": rows,
                "import 10,000 jrnl entries": import_ms,
                "encrypted against plain": encrypted,
                "suggestions": suggested,
                "targets": TARGETS,
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nWritten to {args.out}")


if __name__ == "__main__":
    main()

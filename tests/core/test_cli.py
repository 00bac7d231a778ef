"""The command line: headless, on the same store, one-line errors, nothing changed on failure."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journal import __version__
from journal.__main__ import main
from journal.paths import DB_FILENAME
from journal.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(private_home) -> Path:
    return Path(os.environ["LEDELSESJOURNAL_DATA_DIR"])


def run(capsys, *argv, stdin: str = ""):
    """Run the CLI in-process; returns (exit status, stdout, stderr)."""
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    finally:
        sys.stdin = old
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add(capsys, *argv, stdin=""):
    code, out, err = run(capsys, "add", "--json", *argv, stdin=stdin)
    assert code == 0, err
    return json.loads(out)


def test_tags_lists_the_tags_in_use_with_their_counts(capsys, data_dir):
    assert run(capsys, "tags")[1] == "Ingen tags endnu: giv en refleksion et med --tag.\n"
    add(capsys, "-t", "Et", "--tag", "budget", "--tag", "onboarding")
    add(capsys, "-t", "To", "--tag", "Budget")
    gone = add(capsys, "-t", "Tre", "--tag", "budget", "--tag", "Arbejdsmiljø")
    for number in range(10):
        add(capsys, "-t", f"Nr. {number}", "--tag", "trivsel")
    with Store.open(data_dir / DB_FILENAME) as store:
        store.delete(gone["uuid"])  # in the Trash: not counted
    code, out, _ = run(capsys, "tags")
    assert code == 0
    assert out.splitlines() == ["10  trivsel", " 2  budget", " 1  onboarding"]
    assert run(capsys, "tags", "--by-name")[1].splitlines() == [" 2  budget", " 1  onboarding", "10  trivsel"]
    assert json.loads(run(capsys, "tags", "--json")[1])[:2] == [
        {"tag": "trivsel", "count": 10},
        {"tag": "budget", "count": 2},
    ]


def test_add_list_show_search(capsys, data_dir):
    first = add(
        capsys,
        "--title",
        "Møde med borgerne",
        "--body",
        "Vi talte om økonomi.",
        "--date",
        "2026-03-02 09:15",
        "--theme",
        "borgere",
        "--theme",
        "Samarbejde og relationer",
        "--criterion",
        "borgere.k1",
        "--context",
        "lus",
        "--tag",
        "#Budget",
        "--stakeholder",
        "citizens",
    )
    assert first["theme_ids"] == ["borgere", "samarbejde"] and first["tags"] == ["budget"]
    assert first["context_id"] == "lus" and first["entry_at"].startswith("2026-03-02T09:15:00")
    second = add(
        capsys, "-t", "Fra standard input", "--theme", "styr", "--private", stdin="Tekst fra en pipe, med æøå\n"
    )
    assert second["body"] == "Tekst fra en pipe, med æøå\n" and second["private"]

    code, out, _ = run(capsys, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "Fra standard input [privat]" in lines[0] and "(Styring og effekt)" in lines[0]
    # Dates as Danish writes them, in a column as wide as the widest date, so the ids line up.
    assert lines[1].startswith("2. mar. 2026 kl. 09.15   " + first["uuid"][:8] + "  Møde med borgerne")
    assert {re.search(r" ([0-9a-f]{8})  ", line).start(1) for line in lines} == {25}
    code, out, _ = run(capsys, "--lang", "en", "list")
    assert out.splitlines()[1].startswith("2 Mar 2026, 09:15   " + first["uuid"][:8])

    code, out, _ = run(capsys, "show", first["uuid"][:6])
    assert code == 0
    assert "Møde med borgerne" in out and "Vi talte om økonomi." in out
    assert "Temaer:" in out and "Borgere og samfund, Samarbejde og relationer" in out
    assert "At borgere og samarbejdspartnere oplever sig som aktive partnere i opgaveløsningen." in out

    code, out, _ = run(capsys, "--lang", "en", "show", first["uuid"])
    assert "Themes:" in out and "Citizens and community" in out

    code, out, _ = run(capsys, "search", "økonomi", "--json")
    assert [r["uuid"] for r in json.loads(out)] == [first["uuid"]]
    code, out, _ = run(capsys, "search", "okonomi", "--json")
    assert json.loads(out) == []


def test_list_filters_and_limit(capsys, data_dir):
    for day in range(1, 6):
        add(
            capsys,
            "-t",
            f"Dag {day}",
            "--date",
            f"2026-01-0{day}",
            "--theme",
            "borgere" if day % 2 else "styring",
            "--tag",
            "ulige" if day % 2 else "lige",
        )

    def titles(*argv):
        code, out, err = run(capsys, "list", "--json", *argv)
        assert code == 0, err
        return [r["title"] for r in json.loads(out)]

    assert titles() == ["Dag 5", "Dag 4", "Dag 3", "Dag 2", "Dag 1"]
    assert titles("--limit", "2") == ["Dag 5", "Dag 4"]
    assert titles("--theme", "styring") == ["Dag 4", "Dag 2"]
    assert titles("--tag", "ulige", "--from", "2026-01-02", "--to", "2026-01-04") == ["Dag 3"]
    _code, out, _ = run(capsys, "list", "--limit", "2")
    assert out.splitlines()[-1] == "… 3 flere – brug --limit"


def test_favourites_are_starred_listed_and_unstarred(capsys, data_dir):
    starred = add(capsys, "-t", "Godt møde", "--body", "Om budgettet", "--star")
    other = add(capsys, "-t", "Andet", "--body", "Om budgettet")
    assert starred["starred"] and not other["starred"]

    def titles(*argv):
        code, out, err = run(capsys, *argv, "--json")
        assert code == 0, err
        return [r["title"] for r in json.loads(out)]

    assert titles("list", "--starred") == ["Godt møde"]
    assert titles("search", "budgettet", "--starred") == ["Godt møde"]
    assert run(capsys, "star", other["uuid"][:8]) == (0, "Stjernemarkeret: Andet\n", "")
    assert titles("list", "--starred") == ["Andet", "Godt møde"]
    _code, out, _ = run(capsys, "list")
    assert all("★ " in line for line in out.splitlines())  # the list marks them
    assert run(capsys, "--lang", "en", "star", starred["uuid"], "--off") == (0, "No longer starred: Godt møde\n", "")
    assert titles("list", "--starred") == ["Andet"]
    _code, out, _ = run(capsys, "show", other["uuid"])
    assert "Stjernemarkeret: ja" in out


def test_stats_counts_per_theme_and_criterion(capsys, data_dir):
    add(capsys, "-t", "a", "--date", "2026-01-10", "--theme", "borgere", "--criterion", "borgere.k2")
    add(
        capsys,
        "-t",
        "b",
        "--date",
        "2026-02-10",
        "--theme",
        "borgere",
        "--theme",
        "styring",
        "--criterion",
        "borgere.k2",
    )
    add(capsys, "-t", "c", "--date", "2026-03-10", "--theme", "samarbejde")
    code, out, _ = run(capsys, "stats", "--json", "--from", "2026-01-01", "--to", "2026-02-28")
    assert code == 0
    stats = json.loads(out)
    assert stats["total"] == 2
    assert stats["themes"] == {"borgere": 2, "samarbejde": 0, "styring": 1}
    assert stats["criteria"]["borgere.k2"] == 2 and stats["criteria"]["styring.k1"] == 0
    _code, out, _ = run(capsys, "stats")
    assert "Refleksioner: 3" in out and "Borgere og samfund" in out


def test_export_import_round_trip(capsys, data_dir, tmp_path):
    add(capsys, "-t", "Eksporteres", "--theme", "borgere", "--tag", "æble")
    target = tmp_path / "out" / "journal.json"
    target.parent.mkdir()
    assert run(capsys, "export", "-o", str(target))[0] == 0
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [r["title"] for r in exported["reflections"]] == ["Eksporteres"]
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind

    other = tmp_path / "other"
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(target))
    assert code == 0, err
    assert out.strip() == "1 tilføjet, 0 opdateret, 0 uændret, 0 revisioner tilføjet"
    code, out, _ = run(capsys, "import", str(target), "--data-dir", str(other), "--json")
    assert json.loads(out) == {"added": 0, "updated": 0, "unchanged": 1, "revisions_added": 0, "templates_added": 0}
    assert (other / DB_FILENAME).exists()

    code, out, _ = run(capsys, "export")  # to standard output
    assert json.loads(out)["reflections"][0]["tags"] == ["æble"]
    # A reflection a line (written by the C encoder), the rest indented for reading.
    line = next(line for line in out.splitlines() if "Eksporteres" in line)
    assert json.loads(line.strip().rstrip(","))["title"] == "Eksporteres"
    assert '\n  "revisions": [],\n' in out


def test_framework_prints_the_organisations_text(capsys, data_dir):
    code, out, _ = run(capsys, "framework")
    assert code == 0
    assert "Ledelsesgrundlag – Næstved Kommune" in out
    assert "Vi engagerer os og skaber stærke relationer og fællesskaber." in out
    assert "samarbejde.k2" in out and "Som grundlag for rekruttering af nye ledere" in out
    code, out, _ = run(capsys, "framework", "--json", "--lang", "en")
    data = json.loads(out)
    assert [t["name"] for t in data["themes"]] == [
        "Citizens and community",
        "Collaboration and relations",
        "Governance and impact",
    ]
    assert len(data["usage_contexts"]) == 8
    assert not (data_dir / DB_FILENAME).exists()  # printing the framework needs no journal


@pytest.mark.parametrize(
    "argv,message",
    [
        (["add", "--date", "foo", "-t", "x"], "argument --date/-d: not a date: 'foo'"),
        (["add", "-t", "x", "--theme", "økonomi"], "unknown theme 'økonomi' (known: borgere, samarbejde, styring)"),
        (["add", "-t", "x", "--criterion", "borgere.k9"], "unknown success criterion 'borgere.k9'"),
        (["add", "-t", "x", "--context", "ferie"], "unknown usage context 'ferie'"),
        (["add"], "a reflection needs a title or a text"),
        (["list", "--limit", "0"], "expected a whole number of at least 1"),
        (["list", "--from", "2026-02-01", "--to", "2026-01-01"], "--from is after --to"),
        (["search", "--", "!!"], "search needs at least one word"),
        (["show", "zz"], "'zz' is not a reflection id"),
        (["show", "abcdef"], "no reflection with id abcdef"),
        (["nonsense"], "invalid choice: 'nonsense'"),
        (["export", "--format", "docx"], "invalid choice: 'docx'"),
        (["--lang", "de", "list"], "invalid choice: 'de'"),
    ],
)
def test_bad_arguments_give_one_line_and_change_nothing(capsys, data_dir, argv, message):
    add(capsys, "-t", "Findes allerede")
    code, out, err = run(capsys, *argv)
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and message in err, err
    assert err.startswith("ledelsesjournal")
    code, out, _ = run(capsys, "list", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Findes allerede"]


def test_a_bad_import_file_changes_nothing(capsys, data_dir, tmp_path):
    add(capsys, "-t", "Min")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ledelsesjournal", "version": 1, "reflections": [{"uuid": "x"}]}', encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1 and err == f'ledelsesjournal: error: {bad}: reflections[0]: missing field "entry_at"\n'
    code, out, _ = run(capsys, "list", "--json")
    assert len(json.loads(out)) == 1


@pytest.mark.parametrize("folder_there", [True, False], ids=["a folder without a journal", "no folder"])
def test_a_bad_import_into_no_journal_leaves_no_empty_journal_behind(capsys, tmp_path, folder_there):
    """The first thing a new user may do is import: if the file is bad, there is still no journal
    (an empty one would look like an import that brought nothing)."""
    folder = tmp_path / "ny"
    if folder_there:
        folder.mkdir(mode=0o700)
        (folder / "notes.txt").write_text("mine")
    bad = tmp_path / "bad.json"
    entries = [{"date": "2026-03-02", "time": "09:00", "title": "Første", "body": "x"}] * 3
    bad.write_text(json.dumps({"tags": {}, "entries": entries})[:-40], encoding="utf-8")  # cut short
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(bad))
    assert code == 1 and out == "" and err.count("\n") == 1 and str(bad) in err
    if folder_there:
        assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    else:
        assert not folder.exists()
    code, out, err = run(capsys, "--data-dir", str(folder), "list", "--json")  # and the next start is a first
    assert code == 0 and json.loads(out) == []


def test_export_to_a_missing_folder_is_a_clear_error(capsys, data_dir, tmp_path):
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "nowhere" / "x.json"))
    assert code == 1 and "Cannot write" in err and err.count("\n") == 1


def test_newer_database_is_refused_by_the_cli(capsys, data_dir):
    add(capsys, "-t", "x")
    import sqlite3

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "list")
    assert code == 1 and "written by a newer version of Ledelsesjournal" in err


def test_data_folder_is_private(capsys, data_dir):
    add(capsys, "-t", "x")
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    assert ((data_dir / DB_FILENAME).stat().st_mode & 0o777) == 0o600


def _subprocess(*argv, env=None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "journal", *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=kwargs.get("cwd", ROOT),
        env=env,
        timeout=60,
    )


def test_commands_never_import_qt(data_dir):
    code = (
        "import sys, json; from journal.__main__ import main; main(['add', '-t', 'x']); main(['list']); "
        "main(['stats']); main(['framework']); main(['export', '-o', 'x.json']); "
        "main(['export', 'framework', '--format', 'md']); main(['export', 'framework', '-o', 'x.html']); "
        "print(json.dumps(sorted(m for m in sys.modules if 'PySide' in m "
        "or 'shiboken' in m or m.startswith('journal.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=data_dir.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_everyday_commands_load_only_what_they_run(data_dir):
    """Writing, listing and searching a journal start without loading the figures (analytics), the
    exporters' formats, the importers, the people's search, the backups' format (packs), the
    Markdown framework reader (the bundled framework is JSON), zoneinfo (a Day One import's) or
    sqlite-utils (which makes and upgrades a journal): each cost every command's start its import
    time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    made = subprocess.run([sys.executable, "-m", "journal", "add", "-t", "Første"], env=env, cwd=data_dir.parent)
    assert made.returncode == 0
    code = (
        "import sys, json; from journal.__main__ import main; main(['add', '-t', 'Mødet med Birthe']); "
        "main(['list']); main(['search', 'møde']); main(['tags']); "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('journal.', 'framework.', 'zoneinfo', "
        "'sqlite_utils')))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=data_dir.parent, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Mødet med Birthe" in result.stdout
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert {"journal.store", "journal.cli.entries", "journal.export"} <= loaded  # the list is what it claims
    unwanted = {
        "journal.analytics",
        "journal.readings",
        "journal.importers",
        "journal.people",
        "journal.packs",
        "framework.markdown_form",
        "zoneinfo",
        "sqlite_utils",
    }
    # journal_json: the journal's own format, whose name and version the importer reads back
    light = {"journal.export.base", "journal.export.journal_json"}
    formats = {m for m in loaded if m.startswith("journal.export.")} - light
    assert loaded & unwanted == set() and formats == set()


def test_the_import_command_offers_every_importer_s_format():
    from journal.cli.files import IMPORT_FORMATS
    from journal.importers import IMPORTERS

    assert tuple(importer.name for importer in IMPORTERS) == IMPORT_FORMATS


def test_python_dash_m_and_version(data_dir):
    result = _subprocess("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ledelsesjournal {__version__}"
    result = _subprocess("list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    result = _subprocess("list", "--bogus")
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_demo_is_for_the_window_only(capsys, data_dir):
    code, _out, err = run(capsys, "--demo", "list")
    assert code == 2 and "--demo opens the window" in err and err.count("\n") == 1


def test_minimized_is_for_the_window_only(capsys, data_dir):
    code, _out, err = run(capsys, "--minimized", "list")
    assert code == 2 and "--minimized starts the window minimised" in err and err.count("\n") == 1


def test_revisions_are_listed_with_their_ids(capsys, data_dir):
    from journal.paths import database_path, ensure_private_dir
    from journal.store import Store

    with Store.open(database_path(ensure_private_dir(data_dir))) as store:
        store.save_personal_framework(store.personal_framework().with_part("values", body="Tillid"))
        first = store.save_revision("Forår 2026")
        store.save_revision("Efter LUS")
    code, out, _ = run(capsys, "revisions")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].endswith(f"{first.uuid[:8]}  Forår 2026") and lines[1].endswith("Efter LUS")
    code, out, _ = run(capsys, "revisions", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Forår 2026", "Efter LUS"]
    code, out, _err = run(capsys, "export", "framework", "--revision", first.uuid[:8])
    assert code == 0 and "Tillid" in out

"""A damaged journal: refused clearly, read as far as it can be, and never written into.

The damage is made as a disk or another program makes it, by changing bytes in the file: in the
text of its schema (sqlite_master), or a whole page overwritten. The command line must answer
with one line, the window must offer its backups, a restore of a damaged backup must change
nothing, and no write may change a damaged file.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from journal.__main__ import main
from journal.backup import backup, backups_folder
from journal.errors import CorruptDatabaseError
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from tests.factories import reflection


@pytest.fixture
def data_dir(private_home) -> Path:
    return ensure_private_dir(Path(os.environ["LEDELSESJOURNAL_DATA_DIR"]))


def run(capsys, *argv):
    """The command line in this process: (exit status, stdout, stderr)."""
    old = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        code = main(list(argv))
    finally:
        sys.stdin = old
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def journal_with_a_backup(data_dir: Path) -> Path:
    with Store.open(database_path(data_dir)) as store:
        for number in range(20):
            store.create(
                reflection(
                    title=f"Refleksion {number}",
                    body="Om borgerne og økonomien. " * 40,
                    tags=("budget",),
                    theme_ids=("borgere",),
                )
            )
        return backup(store, data_dir, keep=5)


# Bytes flipped in the schema's text, as a failing disk flips them. Each leaves a file that SQLite
# still opens; what it says about it differs.
SCHEMA_DAMAGE = {
    # 'CREATE TABLE' becomes 'CREATE \xffABLE': SQLite's complaint quotes the byte, which is not
    # UTF-8, so Python could not even make an error of it (UnicodeDecodeError).
    "a keyword": (b"CREATE TABLE reflections (", 7),
    # A column's name changed: the schema parses, and only a query naming the column fails.
    "a column's name": (b"uuid TEXT NOT NULL UNIQUE", 1),
    # 'id INTEGER PRIMARY KEY' becomes 'id INTEG\xffR ...': the id is no longer the row's key.
    "a column's type": (b"id INTEGER PRIMARY KEY,\n    uuid", 8),
}


def flip(path: Path, marker: bytes, offset: int) -> None:
    """Every copy of ``marker`` in the file: the schema's own, and old ones a migration left on
    pages that are free now."""
    data = bytearray(path.read_bytes())
    where = data.find(marker)
    assert where >= 0, marker
    while where >= 0:
        data[where + offset] = 0xFF
        where = data.find(marker, where + 1)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", SCHEMA_DAMAGE)
def test_a_damaged_schema_is_one_line_from_the_command_line_and_changes_nothing(capsys, data_dir, damage):
    journal_with_a_backup(data_dir)
    journal = database_path(data_dir)
    flip(journal, *SCHEMA_DAMAGE[damage])
    before = digest(journal)
    for argv in (["list"], ["add", "--title", "Ny"], ["search", "borgerne"], ["stats"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and err.count("\n") == 1, (argv, err)
        assert "is damaged" in err and "ledelsesjournal restore latest --yes" in err, err
    assert digest(journal) == before


@pytest.mark.parametrize("damage", SCHEMA_DAMAGE)
def test_a_backup_with_a_damaged_schema_is_refused_and_the_journal_left_alone(capsys, data_dir, tmp_path, damage):
    journal_with_a_backup(data_dir)
    journal = database_path(data_dir)
    bad = tmp_path / "bad.sqlite3"  # the journal copied by hand, then damaged
    shutil.copy(journal, bad)
    flip(bad, *SCHEMA_DAMAGE[damage])
    before, around = digest(journal), files(data_dir) | files(backups_folder(data_dir))
    for argv in (["restore", str(bad), "--yes"], ["restore", str(bad)]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and err.count("\n") == 1, (argv, err)
        assert "is damaged or is not a Ledelsesjournal backup" in err and "journal was not changed" in err, err
    assert digest(journal) == before and files(data_dir) | files(backups_folder(data_dir)) == around
    assert files(tmp_path) >= {"bad.sqlite3"} and not (tmp_path / "bad.sqlite3-wal").exists()


def test_a_damaged_schema_is_the_same_error_as_other_damage(data_dir):
    journal_with_a_backup(data_dir)
    for damage, (marker, offset) in SCHEMA_DAMAGE.items():
        copy = data_dir / f"{damage}.sqlite3"
        shutil.copy(database_path(data_dir), copy)
        flip(copy, marker, offset)
        with pytest.raises(CorruptDatabaseError, match="is damaged"), Store.open(copy) as store:
            store.list()


def test_the_schema_a_journal_is_checked_against_is_the_one_its_steps_build(tmp_path):
    """The outline Store.open checks (tables, columns, types, keys, indexes, triggers) is what
    the migrations build, for a new journal as for one upgraded from an older version."""
    from journal import migrations
    from journal.store import schema_outline

    with Store.memory() as store:
        assert schema_outline(store.conn) == migrations.OUTLINE
    older = sqlite3.connect(tmp_path / "older.sqlite3", isolation_level=None)
    migrations.apply(older, upto=4)
    older.close()
    with Store.open(tmp_path / "older.sqlite3") as store:
        assert schema_outline(store.conn) == migrations.OUTLINE


# -- a damaged page --------------------------------------------------------------------------


def overwrite_page(path: Path, page: int, seed: int = 13) -> None:
    """Page ``page`` (counted from 1, as SQLite counts) replaced by other bytes, as a disk or a
    program writing in the wrong place replaces it."""
    import random

    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    assert len(data) >= page * size
    data[(page - 1) * size : page * size] = random.Random(seed).randbytes(size)
    path.write_bytes(bytes(data))


def pages_of(path: Path, table: str) -> list[int]:
    """The pages holding ``table`` (its tree's leaves), read without writing beside the file."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as connection:
        return [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
            )
        ]


def problems(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as connection:
        try:
            return [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            return [str(error)]


def journal_of_many_pages(data_dir: Path) -> Path:
    journal = database_path(data_dir)
    with Store.open(journal) as store:
        for number in range(120):
            store.create(
                reflection(
                    title=f"Refleksion {number}",
                    body=f"Om borgerne og økonomien, nr. {number}. " * 60,
                    tags=(f"tag{number % 7}",),
                    theme_ids=("borgere",),
                )
            )
    return journal


@pytest.mark.parametrize("where", [0.1, 0.25, 0.4, 0.55, 0.7, 0.85])
def test_a_journal_with_a_damaged_page_is_not_written_to(capsys, data_dir, where):
    """With one page overwritten, 'add' exited 0 in 3 of 6 places and changed a file that
    integrity_check calls malformed: SQLite notices damage only on the pages it reads."""
    journal = journal_of_many_pages(data_dir)
    page_count = journal.stat().st_size // 4096
    overwrite_page(journal, max(2, int(page_count * where)))
    assert problems(journal) != ["ok"]
    before = digest(journal)
    code, out, err = run(capsys, "add", "--title", "Skrevet ind i skaden")
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert "is damaged" in err and "ledelsesjournal restore latest --yes" in err
    assert digest(journal) == before


def test_a_damaged_journal_can_be_read_and_exported_but_not_written(capsys, data_dir, tmp_path):
    journal = journal_of_many_pages(data_dir)
    overwrite_page(journal, pages_of(journal, "reflections_fts_data")[-1])  # the search index: all else reads
    before = digest(journal)
    code, out, _ = run(capsys, "list", "--limit", "200")
    assert code == 0 and len(out.splitlines()) == 120
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "alt.json"))
    assert code == 0 and "Refleksion 119" in (tmp_path / "alt.json").read_text(encoding="utf-8"), err
    for argv in (["add", "--title", "Ny"], ["import", str(tmp_path / "alt.json")]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and "is damaged" in err and err.count("\n") == 1, (argv, err)
    assert digest(journal) == before


def test_the_store_checks_the_journal_before_its_first_write_and_stops_at_damage(data_dir):
    journal = journal_of_many_pages(data_dir)
    overwrite_page(journal, pages_of(journal, "reflections_fts_idx")[0])
    with Store.open(journal) as store:
        assert len(store.list(limit=200)) == 120  # reading what can be read
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            store.create(reflection(title="Ny"))
        with pytest.raises(CorruptDatabaseError, match="is damaged"):  # and every write after it
            store.save_personal_framework(store.personal_framework())
        assert store.damage is not None


def test_a_store_told_of_damage_found_elsewhere_writes_no_more(data_dir):
    """The window's check runs in a thread of its own (find_damage), then tells the window's store."""
    from journal.store import find_damage

    journal = journal_of_many_pages(data_dir)
    assert find_damage(journal) is None
    overwrite_page(journal, pages_of(journal, "reflections")[0])  # the oldest reflections: a write reads elsewhere
    with Store.open(journal, check_before_writing=False) as store:
        store.create(reflection(title="Skrevet før tjekket var færdigt"))  # as a save during the check may be
        found = find_damage(journal)
        assert isinstance(found, CorruptDatabaseError) and "is damaged" in str(found) and "\n" not in str(found)
        store.refuse_writing(found)
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            store.create(reflection(title="Efter"))
        assert [s.title for s in store.list(limit=2)] == ["Skrevet før tjekket var færdigt", "Refleksion 119"]
    assert isinstance(find_damage(journal, full=True), CorruptDatabaseError)


def test_a_damaged_older_journal_is_not_upgraded(data_dir):
    """An upgrade writes the whole search index anew: never into damage."""
    journal = database_path(data_dir)
    older = sqlite3.connect(journal, isolation_level=None)
    from journal import migrations

    migrations.apply(older, upto=4)
    older.executemany(
        "INSERT INTO reflections (uuid, entry_at, entry_utc, entry_date, created_at, updated_at, title, body) "
        "VALUES (?, '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00', '2026-01-05', '2026-01-05T09:00:00', "
        "'2026-01-05T09:00:00', ?, ?)",
        [(f"u{n}", f"Møde {n}", "borgere og økonomi " * 80) for n in range(100)],
    )
    older.close()
    overwrite_page(journal, pages_of(journal, "reflections_fts_data")[-1])
    before = digest(journal)
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        Store.open(journal)
    assert digest(journal) == before


# -- nothing left behind, and a folder that cannot be written ----------------------------------


def test_a_refused_journal_is_left_without_files_beside_it(capsys, data_dir):
    """Looking at a journal in write-ahead-log mode read-only made SQLite create its -wal and
    -shm files, which a read-only connection cannot remove: every refusal left two."""
    from journal import migrations

    with Store.open(database_path(data_dir)) as store:
        store.create(reflection())
    connection = sqlite3.connect(database_path(data_dir))
    connection.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    connection.commit()
    connection.close()
    code, _, err = run(capsys, "list")
    assert code == 1 and "newer version" in err
    assert files(data_dir) == {"journal.sqlite3"}


def test_a_journal_with_a_damaged_schema_is_left_without_files_beside_it(capsys, data_dir):
    journal_with_a_backup(data_dir)
    flip(database_path(data_dir), *SCHEMA_DAMAGE["a keyword"])
    code, _, err = run(capsys, "list")
    assert code == 1 and "is damaged" in err
    assert files(data_dir) == {"journal.sqlite3", "backups"}


def test_restoring_the_journal_a_restore_replaced_leaves_nothing_beside_it(capsys, data_dir):
    """The journal a restore keeps is a byte-for-byte copy, in write-ahead-log mode: checking and
    copying it read-only left an empty -wal and -shm beside it, for good."""
    journal_with_a_backup(data_dir)
    assert run(capsys, "restore", "latest", "--yes")[0] == 0
    kept = next(backups_folder(data_dir).glob("journal-before-restore-*.sqlite3"))
    code, _, err = run(capsys, "restore", str(kept), "--yes")
    assert code == 0, err
    assert all(not name.endswith(("-wal", "-shm")) for name in files(backups_folder(data_dir)) | files(data_dir))
    assert files(data_dir) == {"journal.sqlite3", "journal.lock", "backups"}


def _as_owner() -> None:
    """In the child, before it runs Python: the permissions of files count even for root (whom
    the tests may run as), as they do for the leader who owns the folder."""
    if os.geteuid() == 0:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
            libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP: gone once the child execs


@pytest.mark.skipif(sys.platform == "win32", reason="a folder's permissions are POSIX here")
def test_a_journal_in_a_read_only_folder_is_read_and_says_why_it_cannot_be_written(data_dir, tmp_path):
    import subprocess

    root = Path(__file__).resolve().parents[2]
    with Store.open(database_path(data_dir)) as store:
        store.create(reflection(title="Skrevet før"))
    before = digest(database_path(data_dir))

    def cli(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "journal", "--data-dir", str(data_dir), *argv],
            cwd=root,
            capture_output=True,
            text=True,
            preexec_fn=_as_owner,
            timeout=60,
        )

    os.chmod(data_dir, 0o500)
    try:
        listed = cli("list")
        assert listed.returncode == 0 and "Skrevet før" in listed.stdout, listed.stderr
        exported = cli("export", "-o", str(tmp_path / "alt.json"))
        assert exported.returncode == 0 and "Skrevet før" in (tmp_path / "alt.json").read_text(encoding="utf-8")
        added = cli("add", "--title", "Ny")
        assert added.returncode == 1 and added.stderr.count("\n") == 1, added.stderr
        assert f"the folder {data_dir} is read-only" in added.stderr and "--data-dir" in added.stderr
        assert files(data_dir) == {"journal.sqlite3"} and digest(database_path(data_dir)) == before
    finally:
        os.chmod(data_dir, 0o700)

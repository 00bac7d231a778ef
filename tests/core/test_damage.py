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
            store.create(reflection(title=f"Refleksion {number}", body="Om borgerne og økonomien. " * 40,
                                    tags=("budget",), theme_ids=("borgere",)))
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
    made = journal_with_a_backup(data_dir)
    journal = database_path(data_dir)
    bad = tmp_path / "bad.sqlite3"
    shutil.copy(made, bad)
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
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            with Store.open(copy) as store:
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

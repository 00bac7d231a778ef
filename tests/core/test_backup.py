"""Backups and restore: a backup holds the whole journal, rotation keeps the newest, and a restore
never loses the journal it replaces, nor touches it when the backup is bad. (How packs share
their chunks, and what a damaged one does: test_packs.py.)"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal import fileio, migrations, packs
from journal.__main__ import main
from journal.backup import (
    backup,
    backup_if_due,
    backups_folder,
    check_backup,
    list_backups,
    open_journal,
    restore,
)
from journal.errors import (
    CorruptDatabaseError,
    DatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAJournalError,
    WriteError,
)
from journal.instance import InstanceLock
from journal.model import now_utc
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from tests.factories import dead_pid, reflection

T0 = datetime(2026, 3, 2, 9, 15, 30, tzinfo=UTC)


@pytest.fixture
def data_dir(private_home) -> Path:
    return ensure_private_dir(Path(os.environ["LEDELSESJOURNAL_DATA_DIR"]))


@pytest.fixture
def store(data_dir):
    with Store.open(database_path(data_dir)) as store:
        store.create(reflection(title="Første", tags=("budget",), theme_ids=("borgere",)))
        store.create(reflection(title="Anden", body="Med æ, ø og å."))
        store.save_revision("Forår")
        yield store


def as_database(path: Path) -> Path:
    """The database file a backup holds: a pack unpacked (into a folder of its own), a whole
    database as it is."""
    if not packs.is_pack(path):
        return path
    target = Path(tempfile.mkdtemp()) / "unpacked.sqlite3"
    packs.unpack(path, target, None, None)
    return target


def dump(path: Path) -> list[str]:
    """Everything in a database (or the one a backup holds), schema and rows, as SQL in sorted
    lines; but the search index's own tables, which a pack leaves out and a restore builds
    anew (its blocks differ from an index built entry by entry; its answers do not: test_packs)."""
    connection = sqlite3.connect(f"{as_database(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(line for line in connection.iterdump() if "reflections_fts_" not in line)
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def titles(data_dir: Path) -> list[str]:
    with Store.open(database_path(data_dir)) as store:
        return sorted(r.title for r in store.iter_reflections())


# -- making backups -------------------------------------------------------------------------


def test_a_backup_holds_the_whole_journal_in_private_files(store, data_dir):
    path = backup(store, data_dir, keep=5, now=T0)
    assert path == backups_folder(data_dir) / "journal-2026-03-02T091530Z.backup"
    store.close()
    assert dump(path) == dump(database_path(data_dir))
    # The manifest and its chunks: nothing else, nothing beside them once read.
    assert files(path.parent) == {path.name, packs.CHUNKS}
    chunks = path.parent / packs.CHUNKS
    assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(chunks) == 0o700
    assert all(mode(chunk) == 0o600 for chunk in chunks.iterdir())


def test_the_journal_stays_open_and_writable_around_a_backup(store, data_dir):
    first = backup(store, data_dir, keep=5, now=T0)
    store.create(reflection(title="Efter"))
    second = backup(store, data_dir, keep=5, now=T0 + timedelta(minutes=1))
    assert [(i.path, i.reflections) for i in list_backups(data_dir)] == [(second, 3), (first, 2)]


def test_rotation_keeps_the_newest(store, data_dir):
    made = [backup(store, data_dir, keep=3, now=T0 + timedelta(days=day)) for day in range(5)]
    assert [info.path for info in list_backups(data_dir)] == made[:1:-1]
    backup(store, data_dir, keep=None, now=T0 + timedelta(days=5))
    assert len(list_backups(data_dir)) == 4  # None removes nothing
    with pytest.raises(ValueError):
        backup(store, data_dir, keep=0)


def test_rotation_spares_the_journals_restores_replaced_and_clears_killed_backups(store, data_dir):
    folder = backups_folder(data_dir)
    backup(store, data_dir, keep=1, now=T0)
    replaced = folder / "journal-before-restore-2026-01-01T000000Z.sqlite3"
    shutil.copy(database_path(data_dir), replaced)
    stale, fresh = folder / ".journal-x.sqlite3.abc.part", folder / ".journal-y.sqlite3.def.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    old = (T0 - timedelta(days=1)).timestamp()
    os.utime(stale, (old, old))
    newest = backup(store, data_dir, keep=1, now=T0 + timedelta(days=1))
    assert files(folder) == {newest.name, replaced.name, fresh.name, packs.CHUNKS}


@pytest.mark.parametrize("door", ["the app's start", "a command"])
def test_what_killed_backups_and_restores_left_goes_at_the_next_start(store, data_dir, door):
    """A backup or restore killed half way leaves a copy of the journal under a temporary name, in
    the backups folder or beside the journal; the next start removes it, unless its process lives."""
    backup(store, data_dir, keep=5, now=now_utc())
    store.close()
    folder, dead, alive = backups_folder(data_dir), dead_pid(), os.getppid()
    names = {
        data_dir: [
            f".journal.sqlite3.{fileio.MARK}-{dead}-abcdefgh.part",
            ".journal.sqlite3.k1ll3d_x.part",
            f".journal.sqlite3.{fileio.MARK}-{alive}-abcdefgh.part",
        ],
        folder: [
            f".journal-2026-03-02T091530Z.sqlite3.{fileio.MARK}-{dead}-abcdefgh.part",
            f".journal-2026-03-02T091530Z.sqlite3.{fileio.MARK}-{dead}-abcdefgh.part-journal",
            f".journal-2026-03-02T091530Z.sqlite3.{fileio.MARK}-{alive}-abcdefgh.part",
        ],
    }
    old = time.time() - 7200
    for where, left in names.items():
        for name in left:
            (where / name).write_bytes(b"SQLite format 3\0 half a copy")
            os.utime(where / name, (old, old))
    before = files(data_dir) | files(folder)
    if door == "the app's start":
        assert backup_if_due(data_dir, keep=5) is None  # not due: one was made today
    else:
        open_journal(data_dir).close()
    living = {
        f".journal.sqlite3.{fileio.MARK}-{alive}-abcdefgh.part",
        f".journal-2026-03-02T091530Z.sqlite3.{fileio.MARK}-{alive}-abcdefgh.part",
    }
    assert files(data_dir) | files(folder) == before - set(names[data_dir]) - set(names[folder]) | living


def test_two_backups_in_the_same_second_are_both_kept(store, data_dir):
    first = backup(store, data_dir, keep=5, now=T0)
    second = backup(store, data_dir, keep=5, now=T0)
    assert second.name == "journal-2026-03-02T091531Z.backup" and first.exists()


def test_a_backup_is_due_once_a_day(store, data_dir):
    assert backup_if_due(data_dir, keep=5, now=T0) is not None  # the first start
    assert backup_if_due(data_dir, keep=5, now=T0 + timedelta(hours=23, minutes=59)) is None
    assert backup_if_due(data_dir, keep=5, now=T0 + timedelta(days=1)) is not None
    assert backup_if_due(data_dir, keep=5, now=T0 + timedelta(days=1, hours=2)) is None
    assert backup_if_due(data_dir, keep=5, now=T0 + timedelta(days=1, hours=2), every=timedelta(hours=1))
    # The clock was put back: a backup dated in the future does not stop today's.
    assert backup_if_due(data_dir, keep=5, now=T0 - timedelta(days=30)) is not None
    assert len(list_backups(data_dir)) == 4


def test_the_journal_a_restore_replaced_does_not_count_as_a_backup(store, data_dir):
    folder = ensure_private_dir(backups_folder(data_dir))
    shutil.copy(database_path(data_dir), folder / "journal-before-restore-2026-03-02T091530Z.sqlite3")
    assert backup_if_due(data_dir, keep=5, now=T0 + timedelta(hours=1)) is not None


def test_list_backups_newest_first_with_size_and_count(store, data_dir):
    assert list_backups(data_dir) == []
    store.delete(store.list()[0].uuid)  # the Trash does not count
    older = backup(store, data_dir, keep=5, now=T0)
    newer = backup(store, data_dir, keep=5, now=T0 + timedelta(hours=1))
    folder = backups_folder(data_dir)
    (folder / "journal-2026-01-01T000000Z.sqlite3").write_bytes(b"not a database" * 10)
    (folder / "notes.txt").write_text("ignored")
    (folder / "journal-2026-13-01T000000Z.sqlite3").write_bytes(b"a name with no date")  # month 13
    infos = list_backups(data_dir)
    assert [i.path.name for i in infos] == [newer.name, older.name, "journal-2026-01-01T000000Z.sqlite3"]
    # A pack's size: its manifest and every chunk it names, those it shares with others too.
    chunks = packs.read_manifest(newer, None).chunk_names
    own = newer.stat().st_size + sum((folder / packs.CHUNKS / name).stat().st_size for name in chunks)
    assert infos[0].made_at == T0 + timedelta(hours=1) and infos[0].size == own
    assert [i.reflections for i in infos] == [1, 1, None]
    assert not any(i.before_restore for i in infos)
    assert files(folder) == {
        newer.name,
        older.name,
        "journal-2026-01-01T000000Z.sqlite3",
        "notes.txt",
        "journal-2026-13-01T000000Z.sqlite3",
        packs.CHUNKS,
    }


# -- restoring ------------------------------------------------------------------------------


def test_restore_replaces_the_journal_and_keeps_the_old_one_aside(store, data_dir):
    made = backup(store, data_dir, keep=5, now=T0)
    store.create(reflection(title="Skrevet efter sikkerhedskopien"))
    store.close()
    journal = database_path(data_dir)
    before = digest(journal)

    kept = restore(data_dir, made)

    assert kept.parent == backups_folder(data_dir) and kept.name.startswith("journal-before-restore-")
    assert kept.suffix == ".sqlite3"  # the file as it was, byte for byte
    assert digest(kept) == before and mode(kept) == 0o600
    assert dump(journal) == dump(made)
    assert mode(journal) == 0o600
    assert files(data_dir) == {"journal.sqlite3", "backups"}  # no temporary file, no -wal or -shm left
    assert titles(data_dir) == ["Anden", "Første"]
    info = next(i for i in list_backups(data_dir) if i.path == kept)
    assert info.before_restore and info.reflections == 3
    # And the restore can be undone.
    assert restore(data_dir, kept) is not None
    assert titles(data_dir) == ["Anden", "Første", "Skrevet efter sikkerhedskopien"]


def test_restore_into_a_folder_without_a_journal(store, data_dir, tmp_path):
    made = backup(store, data_dir, keep=5, now=T0)
    elsewhere = tmp_path / "new-computer"
    assert restore(elsewhere, made) is None
    assert titles(elsewhere) == ["Anden", "Første"]
    assert mode(elsewhere) == 0o700 and mode(database_path(elsewhere)) == 0o600


def test_restore_keeps_the_log_a_crash_left_and_does_not_replay_it(store, data_dir, tmp_path):
    """A program that dies leaves its last writes in the -wal: they must be in the journal kept
    aside, and that log must not be replayed into the restored journal."""
    made = backup(store, data_dir, keep=5, now=T0)
    store.create(reflection(title="Kun i loggen"))
    crashed = ensure_private_dir(tmp_path / "crashed")
    for suffix in ("-wal", ""):  # a copy while open: what a killed program leaves behind
        shutil.copy(f"{database_path(data_dir)}{suffix}", f"{database_path(crashed)}{suffix}")
    assert os.path.getsize(f"{database_path(crashed)}-wal") > 0

    kept = restore(crashed, made)

    assert files(crashed) == {"journal.sqlite3", "backups"}
    assert titles(crashed) == ["Anden", "Første"]
    assert files(kept.parent) == {kept.name, f"{kept.name}-wal"}
    assert next(i for i in list_backups(crashed) if i.path == kept).reflections == 3
    restore(crashed, kept)
    assert titles(crashed) == ["Anden", "Første", "Kun i loggen"]


def test_a_damaged_journal_can_still_be_replaced_and_is_kept_with_its_log(store, data_dir, tmp_path):
    made = backup(store, data_dir, keep=5, now=T0)
    store.close()
    journal = database_path(data_dir)
    journal.write_bytes(b"garbage" * 1000)
    Path(f"{journal}-wal").write_bytes(b"a log of garbage")
    kept = restore(data_dir, made)
    assert kept.read_bytes() == b"garbage" * 1000
    assert Path(f"{kept}-wal").read_bytes() == b"a log of garbage"
    assert files(data_dir) == {"journal.sqlite3", "backups"}
    assert titles(data_dir) == ["Anden", "Første"]


def test_restore_refuses_while_the_journal_is_open(store, data_dir):
    made = backup(store, data_dir, keep=5, now=T0)
    with pytest.raises(LockedDatabaseError, match="open in another program"):
        restore(data_dir, made)
    assert store.count() == 2 and store.create(reflection(title="Stadig her"))
    assert files(backups_folder(data_dir)) == {made.name, packs.CHUNKS}
    assert files(data_dir) == {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm", "backups"}


def _damaged(path: Path) -> None:
    path.write_bytes(b"this is not a database at all" * 100)


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    connection.commit()
    connection.close()


def _index_out_of_step(path: Path) -> None:
    """A file SQLite opens, whose index no longer matches its table: only integrity_check sees it."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(entry_date)', '(title)') WHERE name = 'reflections_by_date'"
    )
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "spoil,error,words",
    [
        (_damaged, CorruptDatabaseError, "is damaged or is not a Ledelsesjournal backup"),
        (_truncated, CorruptDatabaseError, "is damaged or is not a Ledelsesjournal backup"),
        (_empty, CorruptDatabaseError, "is damaged or is not a Ledelsesjournal backup"),
        (_index_out_of_step, CorruptDatabaseError, "is damaged or is not a Ledelsesjournal backup"),
        (_foreign, NotAJournalError, "is another program's database"),
        (_newer, NewerDatabaseError, "was made by a newer version of Ledelsesjournal"),
        (Path.unlink, DatabaseError, "does not exist"),
    ],
)
def test_a_bad_backup_is_refused_and_the_journal_left_untouched(store, data_dir, tmp_path, spoil, error, words):
    bad = tmp_path / "bad.sqlite3"  # a journal copied by hand, then spoilt
    store.copy_to(bad)
    spoil(bad)
    store.close()
    journal = database_path(data_dir)
    before, around = digest(journal), files(data_dir) | files(backups_folder(data_dir))
    with pytest.raises(error, match=words) as raised:
        restore(data_dir, bad)
    assert "\n" not in str(raised.value) and str(raised.value).startswith(str(bad))
    assert digest(journal) == before
    assert files(data_dir) | files(backups_folder(data_dir)) == around
    with pytest.raises(error):
        check_backup(bad)


def test_check_backup_accepts_a_good_one(store, data_dir):
    check_backup(backup(store, data_dir, keep=5, now=T0))
    store.close()
    check_backup(database_path(data_dir))  # a journal copied by hand is a backup too


@pytest.mark.parametrize("failing", ["the copy kept aside", "the final rename"])
def test_a_restore_that_fails_half_way_leaves_the_journal_as_it_was(store, data_dir, monkeypatch, failing):
    made = backup(store, data_dir, keep=5, now=T0)
    store.close()
    journal = database_path(data_dir)
    before = digest(journal)
    if failing == "the copy kept aside":

        def copy(source, target):
            target.write(b"half a copy")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(shutil, "copyfileobj", copy)
    else:
        real = os.replace

        def replace(source, target):
            if Path(target) == journal:
                raise OSError(28, "No space left on device")
            real(source, target)

        monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(WriteError, match="No space left on device"):
        restore(data_dir, made)
    assert digest(journal) == before
    assert files(data_dir) == {"journal.sqlite3", "backups"}
    # No half copy; only a whole one when the failure came after it (harmless: a spare copy).
    kept = files(backups_folder(data_dir)) - {made.name, packs.CHUNKS}
    assert len(kept) == (0 if failing == "the copy kept aside" else 1)
    assert all(name.startswith("journal-before-restore-") for name in kept)


# -- the command line -----------------------------------------------------------------------


def run(capsys, *argv):
    """Run the CLI in-process; returns (exit status, stdout, stderr)."""
    old = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        code = main(list(argv))
    finally:
        sys.stdin = old
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_backup_and_backups(capsys, store, data_dir):
    store.close()
    code, out, err = run(capsys, "backups")
    assert code == 0 and out == f"Ingen sikkerhedskopier endnu i {backups_folder(data_dir)}.\n"
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    first = Path(out.strip())
    assert first.parent == backups_folder(data_dir) and dump(first) == dump(database_path(data_dir))
    code, out, _ = run(capsys, "backup", "--json")
    made = json.loads(out)
    assert made["reflections"] == 2 and made["size"] == packs.read_manifest(Path(made["path"]), None).size
    assert not made["before_restore"] and datetime.fromisoformat(made["made_at"]).tzinfo is not None
    code, out, _ = run(capsys, "backups")
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].endswith(made["path"]) and "2 refleksioner" in lines[0]
    code, out, _ = run(capsys, "backup", "--keep", "1")
    assert [Path(i["path"]) for i in json.loads(run(capsys, "backups", "--json")[1])] == [Path(out.strip())]


def test_cli_restore_asks_first_then_restores_and_says_where_the_old_journal_is(capsys, store, data_dir):
    made = backup(store, data_dir, keep=5, now=T0)
    store.create(reflection(title="Nyere"))
    store.close()
    journal = database_path(data_dir)
    before = digest(journal)
    code, out, err = run(capsys, "restore", "latest")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"would replace the journal {journal} with {made}" in err and "--yes" in err
    assert digest(journal) == before
    code, out, err = run(capsys, "--lang", "en", "restore", "latest", "--yes")
    assert code == 0, err
    restored, kept = out.splitlines()
    assert restored == f"The journal was restored from {made}."
    kept_path = Path(kept.removeprefix("The previous journal was kept as ").removesuffix("."))
    assert digest(kept_path) == before and titles(data_dir) == ["Anden", "Første"]
    code, out, _ = run(capsys, "backups")
    assert "(før gendannelse)" in out.splitlines()[0]


def test_cli_restore_of_a_bad_file_is_one_line_and_changes_nothing(capsys, store, data_dir, tmp_path):
    store.close()
    journal = database_path(data_dir)
    before = digest(journal)
    bad = tmp_path / "bad.sqlite3"
    _damaged(bad)
    for argv in (
        ["restore", str(bad), "--yes"],
        ["restore", str(bad)],
        ["restore", "latest", "--yes"],
        ["restore", str(tmp_path / "missing.sqlite3"), "--yes"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and err.count("\n") == 1, err
        assert err.startswith("ledelsesjournal")
    assert digest(journal) == before and files(data_dir) == {"journal.sqlite3"}


def test_cli_restore_refuses_while_the_window_is_open(capsys, store, data_dir):
    made = backup(store, data_dir, keep=5, now=T0)
    store.close()
    before = digest(database_path(data_dir))
    with InstanceLock(data_dir) as window:
        assert window.acquire()
        code, out, err = run(capsys, "restore", str(made), "--yes")
    assert code == 1 and out == "" and err.count("\n") == 1 and "Ledelsesjournal is open on this journal" in err
    assert digest(database_path(data_dir)) == before and files(backups_folder(data_dir)) == {made.name, packs.CHUNKS}


def test_cli_errors(capsys, data_dir):
    code, _, err = run(capsys, "backup", "--keep", "0")
    assert code == 2 and "expected a whole number of at least 1" in err
    code, _, err = run(capsys, "restore", "latest", "--yes")
    assert code == 1 and "no backups in" in err and err.count("\n") == 1


def test_the_command_line_backs_up_an_older_journal_before_upgrading_it(data_dir, capsys):
    connection = sqlite3.connect(database_path(data_dir), isolation_level=None)
    migrations.apply(connection, upto=4)
    connection.close()
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    with Store.open(database_path(data_dir)) as store:  # upgraded
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    made = list_backups(data_dir)
    assert len(made) == 1 and made[0].before_upgrade and made[0].path.name.startswith("journal-before-upgrade-")
    kept = sqlite3.connect(made[0].path)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 4  # as the older version left it
    kept.close()
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert len(list_backups(data_dir)) == 1  # once: a journal of this version is not copied again
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backups")
    assert code == 0 and "(før opgradering)" in out


def _older_journal(data_dir: Path) -> None:
    """Put a journal as version 4 of the schema left it in ``data_dir``."""
    for leftover in data_dir.glob(database_path(data_dir).name + "*"):
        leftover.unlink()
    connection = sqlite3.connect(database_path(data_dir), isolation_level=None)
    migrations.apply(connection, upto=4)
    connection.close()


def test_the_copy_before_an_upgrade_outlives_the_daily_rotation(data_dir):
    """An upgrade that lost something might be noticed weeks later: its copy is not one of the
    daily backups, which the rotation removes, nor is it 'the newest backup'. Of such copies the
    newest two are kept, so that a journal of years does not fill the disk with them."""
    day = datetime(2026, 3, 1, 9, tzinfo=UTC)
    upgrades = []
    for number in range(3):  # three versions, each upgrading the journal
        _older_journal(data_dir)
        open_journal(data_dir, now=day + timedelta(days=30 * number)).close()
        upgrades.append(next(b.path for b in list_backups(data_dir) if b.before_upgrade))
        assert backup_if_due(data_dir, keep=2, now=day + timedelta(days=30 * number, hours=1)) is not None
    for number in range(20):  # weeks of daily backups, ten kept
        backup_if_due(data_dir, keep=10, now=day + timedelta(days=100 + number))
    kept = list_backups(data_dir)
    assert [b.path for b in kept if b.before_upgrade] == upgrades[:0:-1]  # the newest two
    assert sum(b.ordinary for b in kept) == 10
    assert kept[0].ordinary  # the newest backup is a daily one


# -- removing backups -----------------------------------------------------------------------


def test_sizes_are_written_as_each_language_writes_them():
    from journal.readings import file_size

    assert [
        file_size(n, "da") for n in (0, 400, 340_000, 999_499, 999_500, 12_345_678, 999_960_000, 2_345_678_901)
    ] == ["0 kB", "1 kB", "340 kB", "999 kB", "1,0 MB", "12,3 MB", "1,0 GB", "2,3 GB"]
    assert file_size(12_345_678, "en") == "12.3 MB" and file_size(340_000, "en") == "340 kB"


def _before_restore(data_dir: Path, moment: str) -> Path:
    """A copy of the journal as a restore keeps it, with the -wal a crash left beside it."""
    folder = ensure_private_dir(backups_folder(data_dir))
    kept = folder / f"journal-before-restore-{moment}.sqlite3"
    shutil.copy(database_path(data_dir), kept)
    (folder / (kept.name + "-wal")).write_bytes(b"the last writes")
    return kept


def test_backups_of_every_kind_can_be_removed_with_what_sqlite_keeps_beside_them(store, data_dir):
    from journal.backup import remove_backups

    daily = [backup(store, data_dir, keep=None, now=T0 + timedelta(days=day)) for day in range(3)]
    kept = _before_restore(data_dir, "2026-03-01T000000Z")
    assert remove_backups(data_dir, [daily[0], kept]) == [daily[0], kept]
    assert files(backups_folder(data_dir)) == {daily[1].name, daily[2].name, packs.CHUNKS}
    assert [b.path for b in list_backups(data_dir)] == daily[:0:-1]
    assert titles(data_dir) == ["Anden", "Første"]  # the journal is untouched


def test_removal_refuses_anything_but_a_backup_in_the_backups_folder(store, data_dir, tmp_path):
    from journal.backup import remove_backups
    from journal.errors import NotFoundError

    made = backup(store, data_dir, keep=None, now=T0)
    folder = backups_folder(data_dir)
    journal = database_path(data_dir)
    elsewhere = tmp_path / "andet" / made.name
    elsewhere.parent.mkdir()
    shutil.copy(made, elsewhere)
    (folder / "notes.txt").write_text("mine")
    (folder / "journal-2026-01-01T000000Z.sqlite3").symlink_to(journal)  # named as one, but the journal
    (folder / "journal-2019-01-01T000000Z.sqlite3").symlink_to(made)  # a link: not the backup it points to
    before = files(data_dir) | files(folder) | files(elsewhere.parent)
    for wrong in (
        journal,
        elsewhere,
        folder / "notes.txt",
        folder / (made.name + "-wal"),
        folder,
        folder / "journal-2026-01-01T000000Z.sqlite3",
        folder / "journal-2019-01-01T000000Z.sqlite3",
        folder / "journal-2020-01-01T000000Z.sqlite3",
        folder / ".." / journal.name,
        data_dir / "backups" / ".." / "backups" / ".." / journal.name,
    ):
        with pytest.raises(NotFoundError, match="backup"):
            remove_backups(data_dir, [made, wrong])  # one wrong path: none is removed
        assert files(data_dir) | files(folder) | files(elsewhere.parent) == before, wrong
    assert titles(data_dir) == ["Anden", "Første"]


def test_the_copy_that_undoes_the_latest_restore_or_upgrade_is_known(store, data_dir):
    from journal.backup import latest_ways_back

    backup(store, data_dir, keep=None, now=T0)
    older, newer = _before_restore(data_dir, "2026-01-01T000000Z"), _before_restore(data_dir, "2026-02-01T000000Z")
    assert latest_ways_back(list_backups(data_dir)) == {"before_restore": newer}
    upgraded = backups_folder(data_dir) / "journal-before-upgrade-2026-01-15T000000Z.sqlite3"
    shutil.copy(older, upgraded)
    assert latest_ways_back(list_backups(data_dir)) == {"before_restore": newer, "before_upgrade": upgraded}


def test_cli_backups_show_sizes_and_remove_after_asking(capsys, store, data_dir):
    daily = [backup(store, data_dir, keep=None, now=T0 + timedelta(days=day)) for day in range(2)]
    kept = _before_restore(data_dir, "2026-03-05T000000Z")
    store.close()
    size = kept.stat().st_size
    code, out, _ = run(capsys, "backups")
    assert f"{size / 1000:.0f} kB" in out.splitlines()[0]
    code, out, err = run(capsys, "backups", "--remove", str(kept), daily[0].name)  # a name alone: in the folder
    assert code == 2 and out == "" and err.count("\n") == 1 and "--yes" in err
    assert str(kept) in err and str(daily[0]) in err and "restore could not be undone" in err
    # (listing it read the kept journal with its -wal, which leaves a -shm beside it)
    assert files(backups_folder(data_dir)) - {kept.name + "-shm"} == {
        kept.name,
        kept.name + "-wal",
        daily[0].name,
        daily[1].name,
        packs.CHUNKS,
    }
    code, out, err = run(capsys, "--lang", "en", "backups", "--remove", str(kept), daily[0].name, "--yes")
    assert code == 0, err
    assert out.splitlines() == [f"Removed {kept}", f"Removed {daily[0]}"]
    assert files(backups_folder(data_dir)) == {daily[1].name, packs.CHUNKS}
    code, out, err = run(capsys, "backups", "--remove", str(database_path(data_dir)), "--yes")
    assert code == 1 and out == "" and err.count("\n") == 1 and "not a backup" in err
    assert titles(data_dir) == ["Anden", "Første"]
    code, out, err = run(capsys, "backups", "--remove", daily[1].name, "--json", "--yes")
    assert code == 0 and json.loads(out) == {"removed": [str(daily[1])]}

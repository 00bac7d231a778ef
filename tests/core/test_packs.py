"""Backups as packs (journal.packs): a restore gives the journal back exactly, backups share what
did not change, rotation leaves no chunk behind that no backup names, and a damaged, missing,
swapped or hostile part is refused in words with the journal untouched."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from framework import load_bundled
from journal import encryption, packs
from journal.backup import backup, backups_folder, backups_size, check_backup, list_backups, open_journal, restore
from journal.demo import build_demo_journal
from journal.errors import CorruptDatabaseError, NewerDatabaseError
from journal.export import ExportOptions, get_exporter
from journal.instance import hold
from journal.model import ReflectionFilter
from journal.paths import database_path
from journal.store import Store, folder_key, lock_folder
from tests.factories import reflection

T0 = datetime(2026, 3, 2, 9, 15, 30, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path) -> Path:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    return data


@pytest.fixture
def demo(folder) -> Path:
    """A year of the demo journal: every table with rows (revisions, own criteria, next steps,
    the Trash), in a data folder of its own."""
    with open_journal(folder) as store:
        build_demo_journal(store, load_bundled(), today=date(2026, 3, 1))
        gone = store.list(ReflectionFilter(), limit=3)
        store.delete(gone[0].uuid)
    return folder


def export(folder: Path) -> dict:
    """The whole journal as its JSON export says it, without the moment of exporting."""
    buffer = io.StringIO()
    with open_journal(folder) as store:
        get_exporter("journal", "json").write(store, buffer, ExportOptions())
        searches = {word: [r.uuid for r in store.list(ReflectionFilter(text=word), limit=500)] for word in WORDS}
        trash = [r.uuid for r in store.list(ReflectionFilter(deleted=True), limit=500)]
    exported = json.loads(buffer.getvalue())
    exported.pop("exported_at", None)
    return {"export": exported, "searches": searches, "trash": trash}


WORDS = ("borgere", "fravær", "møde", "tillid")


def tables(path: Path) -> dict[str, list]:
    """Every row of every table but the search index's own, as SQLite has it."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        names = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("reflections_fts")
        ]
        return {name: sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"'))) for name in names}


def test_a_restore_gives_the_journal_back_exactly(demo):
    before, rows = export(demo), tables(database_path(demo))
    assert len(before["export"]["reflections"]) > 100 and before["trash"] and before["searches"]["borgere"]
    with open_journal(demo) as store:
        made = backup(store, demo, keep=None, now=T0)
        store.create(reflection(title="Efter sikkerhedskopien"))
        for summary in store.list(ReflectionFilter(), limit=20):
            store.delete(summary.uuid)
    assert export(demo) != before
    restore(demo, made)
    assert export(demo) == before
    assert tables(database_path(demo)) == rows


def test_backups_share_what_did_not_change(folder):
    """Ten daily backups of a journal of years, written in every day: the first holds every
    row, each later one little more than the day's. Together they stay well under the journal
    (the benchmark measures it at 100,000 reflections)."""
    words = ["borgerne", "budgettet", "trivsel", "sygefravær", "møde", "tillid", "ansvar", "data", "dialog", "ledelse"]
    with open_journal(folder) as store:
        store.merge(
            [
                reflection(
                    title=f"Refleksion {n}",
                    body=" ".join(words[(n * k) % len(words)] + str(n % (k + 7)) for k in range(120)),
                    entry_at=datetime(2022, 1, 1, tzinfo=UTC) + timedelta(hours=7 * n),
                    tags=(f"tag{n % 9}",),
                    theme_ids=("borgere",),
                )
                for n in range(1500)
            ]
        )
        first = backup(store, folder, keep=10, now=T0)
        one = backups_size(folder)
        for day in range(1, 12):
            store.create(reflection(title=f"Dag {day}", body="Om borgerne og budgettet. " * 30))
            backup(store, folder, keep=10, now=T0 + timedelta(days=day))
    journal = database_path(folder).stat().st_size
    ten = backups_size(folder)
    assert len(list_backups(folder)) == 10 and not first.exists()
    assert ten < one * 1.5, (one, ten)
    assert ten < journal / 2, (journal, ten)
    assert backups_size(folder) == packs.pack_bytes(backups_folder(folder))


def test_rotation_leaves_only_chunks_a_backup_names_and_every_kept_backup_restores(demo):
    folder = backups_folder(demo)
    with open_journal(demo) as store:
        for day in range(5):
            store.create(reflection(title=f"Dag {day}"))
            backup(store, demo, keep=2, now=T0 + timedelta(days=day))
    kept = list_backups(demo)
    assert [info.reflections for info in kept] == [kept[1].reflections + 1, kept[1].reflections]
    named = set().union(*(packs.read_manifest(info.path, None).chunk_names for info in kept))
    assert {p.name for p in (folder / packs.CHUNKS).iterdir()} - {".lock"} == named
    for info in kept:
        check_backup(info.path)
        restore(demo, info.path)
        with open_journal(demo) as store:
            assert store.count() == info.reflections


def _first_chunk(made: Path) -> Path:
    name = packs.read_manifest(made, None).data["tables"]["reflections"]["chunks"][0]
    return made.parent / packs.CHUNKS / name


def _flip_a_byte(made: Path) -> None:
    chunk = _first_chunk(made)
    content = bytearray(chunk.read_bytes())
    content[len(content) // 2] ^= 0x55
    chunk.write_bytes(bytes(content))


def _remove_a_chunk(made: Path) -> None:
    _first_chunk(made).unlink()


def _swap_two_chunks(made: Path) -> None:
    """One chunk's file holds another's: each is whole, neither is what its name says."""
    tables = packs.read_manifest(made, None).data["tables"]
    names = [tables["reflections"]["chunks"][0], tables["next_steps"]["chunks"][0]]
    a, b = (made.parent / packs.CHUNKS / name for name in names)
    first = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(first)


def _cut_the_manifest(made: Path) -> None:
    made.write_bytes(made.read_bytes()[:100])


def _a_foreign_table(made: Path) -> None:
    """A hand-made pack that names a table the journal has not, whose rows hash to their name."""
    data = json.loads(made.read_bytes())
    raw = json.dumps([["x"]]).encode()
    name = hashlib.sha256(raw).hexdigest()
    (made.parent / packs.CHUNKS / name).write_bytes(b"LJZ1" + zlib.compress(raw))
    data["tables"]["sqlite_master; DROP TABLE reflections"] = {"columns": ["x"], "rowid": False, "chunks": [name]}
    made.write_text(json.dumps(data))


def _a_path_for_a_name(made: Path) -> None:
    """A hand-made list that names a file outside the parts (the journal itself) as a part."""
    data = json.loads(made.read_bytes())
    data["tables"]["reflections"]["chunks"][0] = "../../journal.sqlite3"
    made.write_text(json.dumps(data))


def _a_table_that_is_no_table(made: Path) -> None:
    data = json.loads(made.read_bytes())
    data["tables"]["reflections"] = ["not", "a", "table"]
    made.write_text(json.dumps(data))


def _a_newer_version(made: Path) -> None:
    data = json.loads(made.read_bytes())
    data["user_version"] += 1
    made.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "spoil,error,words",
    [
        (_flip_a_byte, CorruptDatabaseError, "is damaged"),
        (_remove_a_chunk, CorruptDatabaseError, "is missing"),
        (_swap_two_chunks, CorruptDatabaseError, "is not what its name says"),
        (_cut_the_manifest, CorruptDatabaseError, "is damaged or is not a Ledelsesjournal backup"),
        (_a_foreign_table, CorruptDatabaseError, "does not have"),
        (_a_path_for_a_name, CorruptDatabaseError, "is not as this version writes it"),
        (_a_table_that_is_no_table, CorruptDatabaseError, "is not as this version writes it"),
        (_a_newer_version, NewerDatabaseError, "newer version"),
    ],
)
def test_a_damaged_or_hostile_pack_is_refused_and_the_journal_left_untouched(demo, spoil, error, words):
    with open_journal(demo) as store:
        made = backup(store, demo, keep=None, now=T0)
        store.create(reflection(title="Efter sikkerhedskopien"))
    before = export(demo)
    journal = database_path(demo).read_bytes()
    spoil(made)
    with pytest.raises(error, match=words) as raised:
        restore(demo, made)
    assert str(made) in str(raised.value) and "journal was not changed" in str(raised.value)
    assert database_path(demo).read_bytes() == journal and export(demo) == before
    assert {p.name for p in demo.iterdir()} - {"journal.lock"} == {"backups", "journal.sqlite3"}
    if spoil not in (_a_foreign_table, _a_newer_version):  # found without unpacking
        with pytest.raises(error):
            check_backup(made)


def test_backups_made_before_packs_are_listed_restored_and_rotated_with_them(demo):
    """A daily backup of an earlier version is a whole database: it stays a backup like any."""
    folder = backups_folder(demo)
    folder.mkdir(mode=0o700)
    with open_journal(demo) as store:
        old = folder / "journal-2026-02-01T080000Z.sqlite3"
        store.copy_to(old)
        count = store.count()
        store.create(reflection(title="Ny"))
        for day in range(3):
            backup(store, demo, keep=3, now=T0 + timedelta(days=day))
        assert [info.path.suffix for info in list_backups(demo)] == [".backup", ".backup", ".backup"]
        old_again = folder / "journal-2026-02-01T080000Z.sqlite3"
        store.copy_to(old_again)
    restore(demo, old_again)
    with open_journal(demo) as store:
        assert store.count() == count + 1  # the copy was made after "Ny"


def test_an_encrypted_journal_s_packs_are_sealed_and_hold_no_word_in_the_clear(folder):
    with open_journal(folder) as store:
        store.create(reflection(title="Om qzxseal", body="Birthe qzxseal"))
    encryption.encrypt(folder, "korrekt hest batteri")
    try:
        with open_journal(folder) as store:
            made = backup(store, folder, keep=None, now=T0)
            store.create(reflection(title="Senere"))
        chunks = list((backups_folder(folder) / packs.CHUNKS).iterdir())
        assert packs.is_sealed(made) and all(packs.is_sealed(c) for c in chunks if c.name != ".lock")
        assert not any(b"qzxseal" in packs.as_stored(p) for p in folder.rglob("*") if p.is_file())
        # A name says nothing of the content: not the plain hash a plain pack would use.
        keys = packs._keys(folder_key(backups_folder(folder)))
        for chunk in (c for c in chunks if c.name != ".lock"):
            raw = packs._decode(chunk.read_bytes(), chunk.name, keys)
            assert hashlib.sha256(raw).hexdigest() != chunk.name
        restore(folder, made)
        with open_journal(folder) as store:
            assert [r.title for r in store.list(ReflectionFilter())] == ["Om qzxseal"]
        encryption.decrypt(folder, "korrekt hest batteri")
        assert not packs.is_sealed(made) and packs.holds_plain(backups_folder(folder))
        assert not any(
            packs.is_sealed(c) for c in (backups_folder(folder) / packs.CHUNKS).iterdir() if c.name != ".lock"
        )
        restore(folder, made)
        with open_journal(folder) as store:
            assert [r.title for r in store.list(ReflectionFilter())] == ["Om qzxseal"]
    finally:
        lock_folder(folder)


def test_a_pack_waits_for_another_process_s_and_says_so_when_it_waits_too_long(demo, monkeypatch):
    chunks = backups_folder(demo) / packs.CHUNKS
    chunks.mkdir(parents=True, mode=0o700)
    import multiprocessing

    ready, done = multiprocessing.Event(), multiprocessing.Event()
    other = multiprocessing.get_context("fork").Process(target=_hold_lock, args=(chunks / ".lock", ready, done))
    other.start()
    try:
        assert ready.wait(10)
        monkeypatch.setattr(packs, "_LOCK_WAIT_S", 0.3)
        with Store.open(database_path(demo)) as store, pytest.raises(Exception, match="Another Ledelsesjournal"):
            backup(store, demo, keep=None, now=T0)
        assert list_backups(demo) == []
    finally:
        done.set()
        other.join(10)
    with Store.open(database_path(demo)) as store:
        assert backup(store, demo, keep=None, now=T0).exists()


def _hold_lock(path: Path, ready, done) -> None:
    with hold(path, 1) as held:
        assert held
        ready.set()
        done.wait(10)


def test_a_full_disk_while_packing_leaves_no_part_and_no_backup(demo, monkeypatch):
    from journal.errors import DiskFullError

    real = os.replace
    calls = []

    def full(source, target):
        calls.append(target)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", full)
    with Store.open(database_path(demo)) as store, pytest.raises(DiskFullError):
        backup(store, demo, keep=None, now=T0)
    monkeypatch.setattr(os, "replace", real)
    assert list_backups(demo) == []
    # Neither a part half written nor the whole ones written before: nothing but the lock.
    assert [p.name for p in backups_folder(demo).rglob("*") if p.is_file()] == [".lock"]

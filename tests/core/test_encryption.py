"""Encryption at rest: the journal, its log and every backup encrypted with one key that the
passphrase or the recovery key opens; all or nothing; nothing readable left behind."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal import encryption, keys, packs
from journal.backup import backup, list_backups, open_journal, restore
from journal.errors import KeyFileError, PassphraseNeededError, WeakPassphraseError, WrongSecretError
from journal.model import ReflectionFilter
from journal.paths import DB_FILENAME
from journal.store import lock_folder
from tests.core.test_cli import run as cli
from tests.factories import reflection

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "korrekt hest batteri hæfteklamme"


pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    yield data
    lock_folder(data)


def write(folder: Path, *words: str) -> None:
    with open_journal(folder) as store:
        for word in words:
            store.create(reflection(title=f"Om {word}", body=f"Samtale med Birthe: {word}."))


def files_holding(folder: Path, word: str) -> list[str]:
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and word.encode() in packs.as_stored(path)  # a plain chunk seen decompressed
    )


def titles(folder: Path) -> list[str]:
    with open_journal(folder) as store:
        return sorted(r.title for r in store.list(ReflectionFilter(), limit=10_000))


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_a_unique_word_is_in_no_file_once_encrypted_backups_and_log_included(folder):
    write(folder, "qzxbefore")
    with open_journal(folder) as store:
        backup(store, folder, keep=None)
    assert files_holding(folder, "qzxbefore")  # the test can see a plain word where there is one

    encryption.encrypt(folder, PASSPHRASE)
    with open_journal(folder) as store:  # still unlocked after encrypting
        store.create(reflection(title="Efter", body="qzxafter"))
        backup(store, folder, keep=None)
        assert (folder / (DB_FILENAME + "-wal")).exists()  # the open journal's log, checked too
        assert files_holding(folder, "qzxbefore") == [] and files_holding(folder, "qzxafter") == []
    assert len(list_backups(folder)) == 2
    for path in [folder / DB_FILENAME, *(b.path for b in list_backups(folder))]:
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        assert path.stat().st_mode & 0o077 == 0
    assert (folder / "journal.keys").stat().st_mode & 0o077 == 0
    assert all(b.reflections for b in list_backups(folder))  # each backup opens with the key


def test_a_locked_folder_asks_for_the_passphrase_and_a_wrong_one_changes_nothing(folder):
    write(folder, "en", "to")
    encryption.encrypt(folder, PASSPHRASE)
    lock_folder(folder)
    with pytest.raises(PassphraseNeededError, match="is encrypted"):
        open_journal(folder)
    before = digest(folder)
    with pytest.raises(WrongSecretError, match="wrong passphrase"):
        encryption.unlock(folder, "ikke den rigtige")
    assert digest(folder) == before
    encryption.unlock(folder, PASSPHRASE)
    assert titles(folder) == ["Om en", "Om to"]


def test_the_recovery_key_opens_and_survives_a_new_passphrase(folder):
    write(folder, "en")
    recovery = encryption.encrypt(folder, PASSPHRASE)
    assert keys.looks_like_recovery_key(recovery) and len(recovery) == 35
    encryption.change_passphrase(folder, PASSPHRASE, "en helt ny sætning")
    lock_folder(folder)
    with pytest.raises(WrongSecretError):
        encryption.unlock(folder, PASSPHRASE)
    encryption.unlock(folder, recovery.lower().replace("-", " "))  # as typed from paper
    assert titles(folder) == ["Om en"]
    lock_folder(folder)
    encryption.unlock(folder, "en helt ny sætning")
    assert titles(folder) == ["Om en"]


def test_decrypting_gives_plain_sqlite_files_back(folder):
    write(folder, "qzxplain")
    with open_journal(folder) as store:
        backup(store, folder, keep=None)
    encryption.encrypt(folder, PASSPHRASE)
    lock_folder(folder)
    encryption.decrypt(folder, PASSPHRASE)
    assert not (folder / "journal.keys").exists()
    with sqlite3.connect(folder / DB_FILENAME) as plain:
        assert plain.execute("SELECT count(*) FROM reflections").fetchone() == (1,)
    (made,) = list_backups(folder)
    assert packs.holds_plain(folder / "backups") and not packs.is_sealed(made.path)
    packs.unpack(made.path, folder.parent / "unpacked.sqlite3", None, None)  # no key needed
    with sqlite3.connect(folder.parent / "unpacked.sqlite3") as plain:
        assert plain.execute("SELECT count(*) FROM reflections").fetchone() == (1,)
    assert titles(folder) == ["Om qzxplain"] and files_holding(folder, "qzxplain") != []


def test_restoring_a_backup_of_an_encrypted_journal(folder):
    write(folder, "en")
    encryption.encrypt(folder, PASSPHRASE)
    with open_journal(folder) as store:
        made = backup(store, folder, keep=None)
        store.create(reflection(title="Senere"))
    restore(folder, made)
    assert titles(folder) == ["Om en"]
    assert files_holding(folder, "Birthe") == []


@pytest.mark.parametrize("earlier", ["sqlcipher4", "sqlcipher4-hmac-sha256"])
def test_pages_are_laid_out_and_checked_as_the_key_file_names(folder, monkeypatch, earlier):
    """New journals have 16 kB pages checked with HMAC-SHA256 (quicker to read than SQLCipher 4's
    default 4 kB pages and HMAC-SHA512); a journal encrypted before keeps the format its key file
    names, and opens, backups included; a key file naming a format this version does not know is
    refused in words."""
    import sqlcipher3

    def opens_with(path: Path, key: bytes, hmac: str, size: int) -> bool:
        connection = sqlcipher3.connect(str(path))
        try:
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            connection.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
            connection.execute(f"PRAGMA cipher_page_size = {size}")
            return connection.execute("SELECT count(*) FROM reflections").fetchone() == (1,)
        except sqlcipher3.DatabaseError:
            return False
        finally:
            connection.close()

    write(folder, "en")
    encryption.encrypt(folder, PASSPHRASE)
    keyfile = keys.read_keyfile(folder / "journal.keys")
    key = keys.unlock(keyfile, PASSPHRASE)
    assert keyfile["cipher"] == "sqlcipher4-hmac-sha256-16k"
    assert opens_with(folder / DB_FILENAME, key, "HMAC_SHA256", 16384)
    assert not opens_with(folder / DB_FILENAME, key, "HMAC_SHA512", 16384)
    assert not opens_with(folder / DB_FILENAME, key, "HMAC_SHA256", 4096)

    older = folder.parent / "older"
    older.mkdir(mode=0o700)
    write(older, "gammel")
    with open_journal(older) as store:
        backup(store, older, keep=None)
    monkeypatch.setattr(keys, "CIPHER", earlier)  # as an earlier version wrote it
    encryption.encrypt(older, PASSPHRASE)
    lock_folder(older)
    monkeypatch.undo()
    encryption.unlock(older, PASSPHRASE)
    key = keys.unlock(keys.read_keyfile(older / "journal.keys"), PASSPHRASE)
    assert opens_with(older / DB_FILENAME, key, keys.CIPHERS[earlier].hmac, 4096)
    assert titles(older) == ["Om gammel"]
    with open_journal(older) as store:  # a backup made now is laid out as the journal is
        backup(store, older, keep=None)
    assert [b.reflections for b in list_backups(older)] == [1, 1]
    encryption.decrypt(older, PASSPHRASE)
    assert titles(older) == ["Om gammel"]

    keyfile["cipher"] = "sqlcipher9-quantum"
    keys.write_keyfile(folder / "journal.keys", keyfile)
    lock_folder(folder)
    with pytest.raises(KeyFileError, match="newer Ledelsesjournal"):
        encryption.unlock(folder, PASSPHRASE)


def test_a_missing_key_file_or_short_passphrase_is_told_plainly(folder):
    write(folder, "en")
    with pytest.raises(WeakPassphraseError, match="at least 8"):
        encryption.encrypt(folder, "kort")
    assert not (folder / "journal.keys").exists() and titles(folder) == ["Om en"]
    encryption.encrypt(folder, PASSPHRASE)
    lock_folder(folder)
    (folder / "journal.keys").rename(folder.parent / "elsewhere.keys")
    with pytest.raises(Exception) as refused:
        open_journal(folder)
    assert "journal" in str(refused.value)
    (folder / "journal.keys").write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError, match="cannot be read"):
        encryption.unlock(folder, PASSPHRASE)


def test_guessing_stays_slow(monkeypatch, folder):
    monkeypatch.undo()  # the real cost
    write(folder, "en")
    encryption.encrypt(folder, PASSPHRASE)
    slots = json.loads((folder / "journal.keys").read_text())["slots"]
    assert slots["passphrase"]["kdf"] == "scrypt" and slots["passphrase"]["n"] >= 2**17
    assert PASSPHRASE not in (folder / "journal.keys").read_text()


_KILLED = """
import sys
from pathlib import Path
from journal import encryption, keys
keys.PASSPHRASE_KDF = {"n": 2**10, "r": 8, "p": 1}
keys.RECOVERY_KDF = {"n": 2**10, "r": 8, "p": 1}
folder = Path(sys.argv[1])
if sys.argv[2] == "encrypt":
    encryption.encrypt(folder, sys.argv[3])
else:
    encryption.decrypt(folder, sys.argv[3])
print("done", flush=True)
"""


def test_killed_half_way_either_way_the_journal_is_whole_and_the_next_unlock_finishes(folder):
    with open_journal(folder) as store:
        for number in range(1500):
            store.create(reflection(title=f"R{number}", body="qzxkilled " * 40))
        for _ in range(3):
            backup(store, folder, keep=None)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    finished = 0
    for attempt, delay in enumerate([0.05, 0.15, 0.3, 0.5, 0.8, 1.2, 3.0, 0.1]):
        direction = "encrypt" if not (folder / "journal.keys").exists() else "decrypt"
        child = subprocess.Popen(
            [sys.executable, "-c", _KILLED, str(folder), direction, PASSPHRASE],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        finished += b"done" in out
        # The next start (a new process, as after a crash) sweeps the killed run's temporary files
        # and, unlocking, finishes what it began.
        listed = subprocess.run(
            [sys.executable, "-m", "journal", "--data-dir", str(folder), "list", "--limit", "1"],
            env={**env, "LEDELSESJOURNAL_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            text=True,
        )
        assert listed.returncode == 0, listed.stderr
        if (folder / "journal.keys").exists():
            lock_folder(folder)
            encryption.unlock(folder, PASSPHRASE)
            assert files_holding(folder, "qzxkilled") == [], attempt
        with open_journal(folder) as store:
            assert store.count(ReflectionFilter()) == 1500, attempt
        assert len(list_backups(folder)) == 3
        assert not [p.name for p in folder.rglob("*") if p.name.endswith((".part", ".plain-old"))]
    assert finished < 8  # some runs were killed before they ended


def test_the_command_line_encrypts_asks_and_decrypts(capsys, monkeypatch, tmp_path):
    data = Path(os.environ["LEDELSESJOURNAL_DATA_DIR"])
    assert cli(capsys, "add", "--title", "Samtale", "--body", "qzxcli")[0] == 0
    code, _, err = cli(capsys, "encrypt")
    assert code == 2 and "LEDELSESJOURNAL_NEW_PASSPHRASE" in err  # a script is told how, not hung
    monkeypatch.setenv("LEDELSESJOURNAL_NEW_PASSPHRASE", PASSPHRASE)
    code, out, _ = cli(capsys, "--lang", "en", "encrypt")
    recovery = next(line.strip() for line in out.splitlines() if keys.looks_like_recovery_key(line.strip()))
    assert code == 0 and "nobody can read the journal again" in out and files_holding(data, "qzxcli") == []
    lock_folder(data)

    code, _, err = cli(capsys, "list")
    assert code == 2 and err.count("\n") == 1 and "LEDELSESJOURNAL_PASSPHRASE" in err
    monkeypatch.setenv("LEDELSESJOURNAL_PASSPHRASE", "forkert forkert")
    code, _, err = cli(capsys, "list")
    assert code == 1 and "wrong passphrase" in err
    secret = tmp_path / "secret.txt"
    secret.write_text(recovery + "\n", encoding="utf-8")
    code, out, _ = cli(capsys, "list", "--passphrase-file", str(secret))
    assert code == 0 and "Samtale" in out
    lock_folder(data)

    monkeypatch.setenv("LEDELSESJOURNAL_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LEDELSESJOURNAL_NEW_PASSPHRASE", "endnu en lang sætning")
    assert cli(capsys, "passphrase")[0] == 0
    lock_folder(data)
    assert cli(capsys, "list")[0] == 1  # the old passphrase no longer opens it
    monkeypatch.setenv("LEDELSESJOURNAL_PASSPHRASE", "endnu en lang sætning")
    code, out, _ = cli(capsys, "decrypt")
    assert code == 0 and not (data / "journal.keys").exists()
    monkeypatch.delenv("LEDELSESJOURNAL_PASSPHRASE")
    code, out, _ = cli(capsys, "list")
    assert code == 0 and "Samtale" in out


def test_a_full_disk_half_way_leaves_the_folder_as_it_was(folder, monkeypatch):
    from journal.errors import DiskFullError

    write(folder, "qzxdisk")
    with open_journal(folder) as store:
        backup(store, folder, keep=None)
        write(folder, "qzxmore")
        backup(store, folder, keep=None)
    real = packs._write_file
    calls = []

    def fills_the_disk(path, content):  # the second file of the backups' packs written anew
        calls.append(path)
        if len(calls) == 2:
            raise DiskFullError(path)
        real(path, content)

    monkeypatch.setattr(packs, "_write_file", fills_the_disk)
    with pytest.raises(DiskFullError):
        encryption.encrypt(folder, PASSPHRASE)
    assert not (folder / "journal.keys").exists()
    assert (folder / DB_FILENAME).read_bytes()[:16] == b"SQLite format 3\x00"
    assert not any(packs.is_sealed(b.path) for b in list_backups(folder))
    assert titles(folder) == ["Om qzxdisk", "Om qzxmore"]
    assert [b.reflections for b in list_backups(folder)] == [2, 1]

    monkeypatch.setattr(packs, "_write_file", real)
    encryption.encrypt(folder, PASSPHRASE)
    calls.clear()
    monkeypatch.setattr(packs, "_write_file", fills_the_disk)
    with pytest.raises(DiskFullError):
        encryption.decrypt(folder, PASSPHRASE)
    assert json.loads((folder / "journal.keys").read_text())["state"] == "encrypted"
    assert files_holding(folder, "qzxdisk") == [] and titles(folder) == ["Om qzxdisk", "Om qzxmore"]
    assert [b.reflections for b in list_backups(folder)] == [2, 1]


def test_a_plain_backup_from_elsewhere_is_restored_encrypted(folder, tmp_path):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    write(folder, "qzxusb")
    with open_journal(folder) as store:
        made = backup(store, folder, keep=None)
    outside = elsewhere / made.name  # the backups folder copied to a USB stick before encrypting
    outside.write_bytes(made.read_bytes())
    shutil.copytree(made.parent / packs.CHUNKS, elsewhere / packs.CHUNKS)
    encryption.encrypt(folder, PASSPHRASE)
    write(folder, "senere")
    restore(folder, outside)
    assert titles(folder) == ["Om qzxusb"]
    assert (folder / DB_FILENAME).read_bytes()[:16] != b"SQLite format 3\x00"
    assert files_holding(folder, "qzxusb") == []


def test_an_encrypted_backup_away_from_its_folder_is_refused_with_the_reason(folder, tmp_path):
    from journal.backup import check_backup
    from journal.errors import CorruptDatabaseError

    write(folder, "en")
    encryption.encrypt(folder, PASSPHRASE)
    with open_journal(folder) as store:
        made = backup(store, folder, keep=None)
    away = tmp_path / made.name
    away.write_bytes(made.read_bytes())
    with pytest.raises(CorruptDatabaseError, match="backup of an encrypted journal"):
        check_backup(away)
    check_backup(made)  # from its own folder it is whole


def test_a_command_writes_without_decrypting_the_whole_journal_and_a_damaged_page_is_refused(folder, monkeypatch):
    """The whole check before a command's first write would decrypt every page (10 s at 100,000
    reflections); an encrypted journal is spared it, as each page is authenticated when read:
    a page damaged on disk is refused the moment a command reads it, and nothing is written."""
    from journal import store as store_module
    from journal.errors import JournalError
    from journal.store import Store

    write(folder, *(f"ord{n}" for n in range(40)))
    encryption.encrypt(folder, PASSPHRASE)
    open_journal(folder).close()  # the first opening after encrypting switches it to WAL, checked once
    checked = []
    real = store_module._damage_in
    monkeypatch.setattr(store_module, "_damage_in", lambda *args, **kw: checked.append(args[1]) or real(*args, **kw))
    with open_journal(folder) as store:
        store.create(reflection(title="Uden fuld kontrol"))
    assert checked == []
    plain = folder.parent / "plain"
    plain.mkdir(mode=0o700)
    with Store.open(plain / DB_FILENAME) as store:
        store.create(reflection(title="Med fuld kontrol"))
    assert [p.parent for p in checked] == [plain]  # a plain journal is checked whole as before

    journal = folder / DB_FILENAME
    damage = b"\x00skade" * 100
    for page in range(2, journal.stat().st_size // 4096):
        with journal.open("r+b") as file:  # one page overwritten
            file.seek(page * 4096 + 100)
            original = file.read(len(damage))
            file.seek(page * 4096 + 100)
            file.write(damage)
        assert store_module.find_damage(journal) is not None  # the window's daily check finds it
        try:  # a command either meets the page, and refuses, or never touches it
            with open_journal(folder) as store:
                store.create(reflection(title="Efter skaden"))
                for summary in store.list(ReflectionFilter(), limit=10_000):
                    store.get(summary.uuid)
        except JournalError as error:
            assert "damaged" in str(error)
        with journal.open("r+b") as file:
            file.seek(page * 4096 + 100)
            assert file.read(len(damage)) == damage  # never written over as if whole
            file.seek(page * 4096 + 100)
            file.write(original)

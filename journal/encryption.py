"""Encrypting a data folder's journal and every backup, decrypting it, unlocking it, and changing
its passphrase (the keys: journal/keys.py; the connections: journal/store.py).

All or nothing, for a process killed at any moment:

- Encrypting writes the key file first (``state: encrypted``): from then on the folder is
  encrypted. Each database file (the backups, then the journal) is then written anew, encrypted,
  beside itself, and renamed over itself. A run killed half way leaves some files plain in an
  encrypted folder; the next unlock encrypts them (:func:`unlock` finishes what was begun).
- Decrypting first marks the key file ``state: decrypting``, writes each file anew in the clear,
  and removes the key file last. A run killed half way is finished by the next unlock, the same way.
- A plain file that an encrypted one replaced is not merely unlinked: it is kept under a second
  name until the new file is in place, then overwritten with zeros and removed (a leftover is
  removed so at the next unlock). On an SSD or a copy-on-write file system the old blocks may
  survive an overwrite all the same: the README says so, and recommends the system's disk
  encryption beside this.

Reading a file's first bytes (to tell a plain SQLite file from an encrypted one) is done only
while this process has no connection to the folder's journal open: see store.inspect_database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from . import store
from .backup import backups_folder, clear_leftovers, refuse_if_open
from .errors import DatabaseError, EncryptionUnavailableError
from .fileio import temporary_beside
from .keys import new_key, read_keyfile, with_new_passphrase, write_keyfile
from .keys import unlock as open_keyfile
from .paths import DB_FILENAME
from .store import (
    KEYFILE_NAME,
    convert_database,
    encryption_available,
    explain_sqlite_error,
    is_unlocked,
    lock_folder,
    unlock_folder,
)

_SQLITE_HEADER = b"SQLite format 3\x00"
_OLD = ".plain-old"  # a plain file's second name while its encrypted copy is put in place


def keyfile_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYFILE_NAME


def is_encrypted(data_dir: Path) -> bool:
    return keyfile_path(data_dir).exists()


def encrypt(data_dir: Path, passphrase: str) -> str:
    """Encrypt the journal in ``data_dir`` and every backup with a new key sealed by
    ``passphrase``; the recovery key, to be shown to the leader once. The folder stays unlocked."""
    data_dir = Path(data_dir)
    if not encryption_available():
        raise EncryptionUnavailableError(data_dir / DB_FILENAME)
    if is_encrypted(data_dir):
        raise DatabaseError(data_dir, f"The journal in {data_dir} is already encrypted. Nothing was changed.")
    made = new_key(passphrase)
    _ready(data_dir, None)
    encrypting = {**made.keyfile, "state": "encrypted"}
    write_keyfile(keyfile_path(data_dir), encrypting)
    _finish_or_undo(data_dir, made.key, encrypting)
    unlock_folder(data_dir, made.key)
    return made.recovery_key


def decrypt(data_dir: Path, secret: str) -> None:
    """Write the journal and every backup in the clear again, and remove the key file."""
    data_dir = Path(data_dir)
    keyfile = read_keyfile(keyfile_path(data_dir))
    key = open_keyfile(keyfile, secret)
    _ready(data_dir, key)
    decrypting = {**keyfile, "state": "decrypting"}
    write_keyfile(keyfile_path(data_dir), decrypting)
    _finish_or_undo(data_dir, key, decrypting)


def unlock(data_dir: Path, secret: str) -> None:
    """Open the key of the journal in ``data_dir`` with its passphrase or recovery key, so that
    the store can open it; finishing first an encryption or decryption that was interrupted."""
    data_dir = Path(data_dir)
    keyfile = read_keyfile(keyfile_path(data_dir))
    key = open_keyfile(keyfile, secret)
    if _unfinished(data_dir, keyfile):
        _ready(data_dir, key)
        _finish(data_dir, key, keyfile)
    if is_encrypted(data_dir):
        unlock_folder(data_dir, key)


def change_passphrase(data_dir: Path, secret: str, new_passphrase: str) -> None:
    """Seal the key with ``new_passphrase`` (opened by the old passphrase or the recovery key). Only
    the key file is rewritten; the recovery key keeps working."""
    path = keyfile_path(data_dir)
    keyfile = read_keyfile(path)
    key = open_keyfile(keyfile, secret)
    write_keyfile(path, with_new_passphrase(keyfile, key, new_passphrase))


def needs_unlocking(data_dir: Path) -> bool:
    return is_encrypted(data_dir) and not is_unlocked(data_dir)


def verify(data_dir: Path, secret: str) -> None:
    """Raise WrongSecretError unless ``secret`` opens the key (unlocking a locked window)."""
    open_keyfile(read_keyfile(keyfile_path(data_dir)), secret)


def lock(data_dir: Path) -> None:
    lock_folder(Path(data_dir))


# -- the work -------------------------------------------------------------------------------


def _database_files(data_dir: Path) -> Iterator[Path]:
    """The backups (oldest name first), then the journal: the journal is converted last."""
    folder = backups_folder(data_dir)
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir() if p.suffix == ".sqlite3" and p.is_file())
    journal = Path(data_dir) / DB_FILENAME
    if journal.exists() and journal.stat().st_size > 0:
        yield journal


def _is_plain(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def _unfinished(data_dir: Path, keyfile: dict) -> bool:
    from . import packs

    if keyfile.get("state") == "decrypting":
        return True
    leftovers = any(
        p.name.endswith(_OLD)
        for folder in (data_dir, backups_folder(data_dir))
        if folder.is_dir()
        for p in folder.iterdir()
    )
    return (
        leftovers or any(_is_plain(p) for p in _database_files(data_dir)) or packs.holds_plain(backups_folder(data_dir))
    )


def _ready(data_dir: Path, key: bytes | None) -> None:
    """Nothing may write the journal while its files are replaced: refuse if another program has
    it open (its log folded in first, with ``key`` if the journal is encrypted), and remove what
    killed writes left."""
    clear_leftovers(data_dir)
    journal = Path(data_dir) / DB_FILENAME
    if journal.exists() and journal.stat().st_size > 0:
        refuse_if_open(journal, None if _is_plain(journal) else key)


def _finish_or_undo(data_dir: Path, key: bytes, keyfile: dict) -> None:
    """:func:`_finish`; if it fails (a full disk, say), the files converted so far are converted
    back and the key file is put back as it was, so that the folder is as before; the error is
    raised. Should undoing fail too, the key file says what was begun, and the next unlock
    finishes it."""
    try:
        _finish(data_dir, key, keyfile)
    except BaseException:
        decrypting = keyfile.get("state") == "decrypting"
        try:
            if decrypting:
                back = {**keyfile, "state": "encrypted"}
                write_keyfile(keyfile_path(data_dir), back)
                _finish(data_dir, key, back)
            else:
                _finish(data_dir, key, {**keyfile, "state": "decrypting"})  # removes the key file at the end
        except Exception:
            pass
        raise


def _finish(data_dir: Path, key: bytes, keyfile: dict) -> None:
    """Bring every database file in ``data_dir`` to the state the key file names."""
    from . import packs

    decrypting = keyfile.get("state") == "decrypting"
    for folder in (data_dir, backups_folder(data_dir)):
        if folder.is_dir():
            for leftover in [p for p in folder.iterdir() if p.name.endswith(_OLD)]:
                _shred(leftover)
    # The packs (journal.packs): their chunks sealed or opened, the plain ones shredded.
    folder = backups_folder(data_dir)
    if decrypting:
        packs.recode(folder, key, None)
    else:
        packs.recode(folder, None, key, remove=_shred)
    for path in list(_database_files(data_dir)):
        plain = _is_plain(path)
        if plain == decrypting:
            continue  # already as wanted
        _convert(path, source_key=None if plain else key, target_key=key if plain else None)
    if decrypting:
        lock_folder(data_dir)
        try:
            keyfile_path(data_dir).unlink()
        except FileNotFoundError:
            pass


def _convert(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    descriptor, temporary = temporary_beside(path)  # private (0600): SQLCipher writes into the empty file
    os.close(descriptor)
    try:
        convert_database(path, temporary, source_key, target_key)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        old = path.with_name(path.name + _OLD)
        os.link(path, old)  # the plain file keeps a name until it is overwritten
        os.replace(temporary, path)
        _sync(path.parent)
        for suffix in ("-wal", "-shm"):  # a plain file's log holds plain text too
            sidecar = path.with_name(path.name + suffix)
            if source_key is None and sidecar.exists():
                _shred(sidecar)
            sidecar.unlink(missing_ok=True)
        if source_key is None:
            _shred(old)
        else:
            old.unlink()
    except store.SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, path) from error
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _shred(path: Path) -> None:
    """Overwrite a plain file with zeros, then remove it."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as file:
            chunk = b"\0" * (1 << 20)
            for _ in range(0, size, len(chunk)):
                file.write(chunk)
            file.flush()
            os.fsync(file.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _sync(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

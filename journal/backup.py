"""Backups of the journal, restoring one, and removing those no longer wanted.

Daily backups (and those made on request) are packs in ``<data folder>/backups`` (see
journal.packs): a manifest named by the moment it was made in UTC
(``journal-2026-03-02T091530Z.backup``), so that names sort by age whatever time zones or summer
time did in between, and the rows in compressed chunks that backups share, without the search
index, which a restore builds again. The manifest is written last, under a temporary name renamed
into place: a file with a backup's name always names a complete backup. Backups made before packs
are whole SQLite databases (``journal-<moment>.sqlite3``); they are listed, restored, rotated and
removed as before. The temporary names say which process writes them (see journal.fileio), so
that the next start removes what a backup or restore that was killed half way left. (journal.packs
is imported by the functions that use it: a command that only reads the journal does without.)

A restore keeps the journal it replaces in the same folder, as
``journal-before-restore-<moment>.sqlite3``. Rotation never removes those: restores are rare, and
the replaced journal may be the only copy of something, so a mistaken restore can always be
undone by restoring that file.

A journal an older version of the app wrote is copied as it is before it is upgraded, as
``journal-before-upgrade-<moment>.sqlite3``. The daily rotation leaves those alone too (an upgrade
that lost something might only be noticed weeks later); of them, the newest two are kept.

The leader may remove any backup, of every kind (:func:`remove_backups`): only files named as
backups in the backups folder, never the journal. The newest copy before a restore or an upgrade
is the way back from it (:func:`latest_ways_back`), so the window and the command line say so
before removing it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import store
from .errors import (
    CorruptDatabaseError,
    DatabaseError,
    JournalError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAJournalError,
    NotFoundError,
    WriteError,
)
from .fileio import remove_leftovers, temporary_beside, unowned
from .model import now_utc
from .paths import DB_FILENAME, database_path, ensure_private_dir
from .store import (
    BY_FOLDER,
    Store,
    check_whole_journal,
    connect_to_read,
    copy_database,
    explain_sqlite_error,
    fold_write_ahead_log,
    folder_key,
    live_reflections_in,
    needs_upgrade,
)

FOLDER = "backups"
DEFAULT_KEEP = 10
UPGRADES_KEPT = 2
_BEFORE_RESTORE, _BEFORE_UPGRADE = "before-restore-", "before-upgrade-"
_STAMP = "%Y-%m-%dT%H%M%SZ"
_NAME = re.compile(
    r"journal-(before-restore-|before-upgrade-)?((\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z)\.(?:sqlite3|backup)"
)
# What earlier versions named the temporary files of backups, without saying whose (see journal.fileio).
_UNOWNED = re.compile(r"\..*\.part.*")

# What check_backup says instead of the store's words, which are about the journal itself.
_REFUSALS = {
    CorruptDatabaseError: "is damaged or is not a Ledelsesjournal backup. Your journal was not changed; "
    "choose another backup.",
    NotAJournalError: "is another program's database, not a Ledelsesjournal backup. Your journal was not "
    "changed; choose another file.",
    NewerDatabaseError: "was made by a newer version of Ledelsesjournal. Your journal was not changed; "
    "install the newer version to restore it.",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # in UTC, from the file's name
    size: int  # bytes
    reflections: int | None  # those not in the Trash; None if the file cannot be read
    before_restore: bool  # the journal a restore replaced (never rotated away)
    before_upgrade: bool = False  # the journal as an older version left it (the newest two are kept)

    @property
    def ordinary(self) -> bool:
        """A backup made by the daily rotation or on request: what 'the newest backup' means."""
        return not (self.before_restore or self.before_upgrade)


def backups_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def backup(store: Store, data_dir: Path, keep: int | None, now: datetime | None = None) -> Path:
    """Back up the open journal into the backups folder, then keep only the newest ``keep``
    backups (None: remove none). Returns the new backup.

    Read through a connection of its own, in one read transaction: a consistent moment while the
    journal stays open and is written.
    """
    return _backup_journal(Path(data_dir), keep, now)


def backup_if_due(
    data_dir: Path, keep: int | None, now: datetime | None = None, every: timedelta = timedelta(days=1)
) -> Path | None:
    """Back up the journal in ``data_dir`` unless the newest backup is less than ``every`` old;
    the new file, or None.

    It reads the journal through a connection of its own, so it may run in another thread
    while the app works on (a journal of years takes seconds to copy). A newest backup dated in
    the future (the clock was wrong, or was put back) does not count, or no backup would be made
    until that moment came.

    It runs at every start of the app, so it also removes what killed backups and restores left.
    """
    clear_leftovers(data_dir)
    now = now or now_utc()
    if not backup_due(data_dir, now, every):
        return None
    return _backup_journal(data_dir, keep, now)


def backup_due(data_dir: Path, now: datetime | None = None, every: timedelta = timedelta(days=1)) -> bool:
    """Whether the newest daily backup is ``every`` old or more (or there is none, or it is dated
    in the future)."""
    now = now or now_utc()
    newest = next((made_at for _, made_at, kind in _named(backups_folder(data_dir)) if not kind), None)
    return not (newest is not None and newest <= now < newest + every)


def open_journal(data_dir: Path, now: datetime | None = None) -> Store:
    """Open the journal in ``data_dir``. One written by an older version of the app is first
    copied, as it is, among the backups as ``journal-before-upgrade-*``, then upgraded. What killed
    backups and restores left is removed first."""
    clear_leftovers(data_dir)
    path = database_path(data_dir)
    if needs_upgrade(path):
        _backup_journal(data_dir, None, now, kind=_BEFORE_UPGRADE)
        _rotate(backups_folder(data_dir), UPGRADES_KEPT, kind=_BEFORE_UPGRADE)
    return Store.open(path)


def clear_leftovers(data_dir: Path) -> None:
    """Remove the temporary files that backups and restores killed half way left beside the journal
    and among the backups: each may be a whole copy of the journal (see journal.fileio)."""
    remove_leftovers(Path(data_dir), unowned(DB_FILENAME))
    remove_leftovers(backups_folder(data_dir), _UNOWNED)


def _backup_journal(data_dir: Path, keep: int | None, now: datetime | None, kind: str = "") -> Path:
    """Back up the journal in ``data_dir`` through a read-only connection of its own: as a pack,
    or (the copy before an upgrade, which must be the file as the older version left it) as a
    whole database."""
    from . import packs

    if keep is not None and keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    journal = database_path(Path(data_dir))
    folder = _private_folder(backups_folder(data_dir))
    moment = now or now_utc()
    try:
        source = connect_to_read(journal)  # leaves no -wal or -shm behind
    except store.SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, journal) from error
    with closing(source):
        if kind:
            target = _free_name(folder, f"journal-{kind}", moment)
            with _placed(target) as temporary:
                copy_database(source, temporary)
        else:
            target = _free_name(folder, "journal-", moment, packs.SUFFIX)
            try:
                packs.write_pack(source, folder, target, folder_key(folder), f"{moment.astimezone(UTC):{_STAMP}}")
            except BaseException as error:
                with suppress(Exception):  # the parts written before it failed (a full disk, say)
                    packs.collect_garbage(folder, folder_key(folder))
                if isinstance(error, store.SQLITE_ERRORS):
                    raise explain_sqlite_error(error, journal) from error
                if isinstance(error, OSError):
                    raise WriteError(
                        target,
                        f"{target} could not be written ({error.strerror or error}). Your journal was not changed.",
                    ) from error
                raise
    _sync_folder(folder)
    if keep is not None:
        _rotate(folder, keep)
    return target


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups, newest first, including the journals restores replaced."""
    from . import packs

    folder = backups_folder(data_dir)
    found = []
    for path, made_at, kind in _named(folder):
        if packs.is_pack(path):
            try:
                manifest = packs.read_manifest(path, folder_key(folder))
                size, reflections = manifest.size, manifest.reflections
            except JournalError:
                size, reflections = path.stat().st_size, None
        else:
            size, reflections = path.stat().st_size, live_reflections_in(path)
        found.append(BackupInfo(path, made_at, size, reflections, kind == _BEFORE_RESTORE, kind == _BEFORE_UPGRADE))
    return found


def backups_size(data_dir: Path) -> int:
    """What the backups take on disk together (packs share their chunks)."""
    from . import packs

    folder = backups_folder(data_dir)
    whole = sum(path.stat().st_size for path, _, _ in _named(folder) if not packs.is_pack(path))
    return whole + packs.pack_bytes(folder)


def latest_ways_back(backups: Iterable[BackupInfo]) -> dict[str, Path]:
    """The newest copy kept before a restore ("before_restore") and before an upgrade
    ("before_upgrade"), where there is one: each is the way back from the latest of them. They
    may be removed like any backup, but whoever removes one is told first."""
    found: dict[str, Path] = {}
    for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
        for kind in ("before_restore", "before_upgrade"):
            if getattr(info, kind):
                found.setdefault(kind, info.path)
    return found


def check_removal(data_dir: Path, paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The backups ``paths`` name, each once, as :func:`remove_backups` would remove them; raises
    NotFoundError for a path that is not a backup in the backups folder."""
    folder = backups_folder(data_dir)
    journal = database_path(Path(data_dir)).resolve()
    chosen: list[Path] = []
    for given in paths:
        path = Path(given)
        inside = folder / path.name  # the file itself, never what a link points to
        if not (
            _NAME.fullmatch(path.name)
            and inside.is_file()
            and not inside.is_symlink()
            and path.resolve() == inside.resolve()
            and inside.resolve() != journal
        ):
            raise NotFoundError(
                f"{path} is not a backup in {folder}: only the backups there can be removed, "
                "never the journal itself. Nothing was removed."
            )
        if inside not in chosen:
            chosen.append(inside)
    return chosen


def remove_backups(data_dir: Path, paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Remove backups for good, with the files SQLite keeps beside them; returns them as removed.

    Only files named as backups in the backups folder (of every kind, the journals restores and
    upgrades replaced too: the leader decides), never the journal or anything else. If one of
    ``paths`` is not such a file, none is removed. A file that cannot be removed stops the
    removal there, with an error that names it.
    """
    folder = backups_folder(data_dir)
    chosen = check_removal(data_dir, paths)
    for path in chosen:
        try:
            path.unlink(missing_ok=True)  # the daily rotation may have been quicker
            for suffix in ("-wal", "-shm", "-journal"):
                _sidecar(path, suffix).unlink(missing_ok=True)
        except OSError as error:
            raise JournalError(
                f"{path} could not be removed ({error.strerror or error}). Check the permissions of {folder}."
            ) from error
    _sync_folder(folder)
    _forget_chunks(folder)
    return chosen


def _forget_chunks(folder: Path) -> None:
    """Remove the chunks no pack names any more (after a removal, a rotation or a rewrite)."""
    from . import packs

    if (folder / packs.CHUNKS).is_dir():
        packs.collect_garbage(folder, folder_key(folder))


def rewrite_backups(data_dir: Path, change: Callable[[Store], object]) -> list[Path]:
    """Apply ``change`` to every backup (of every kind), each rewritten whole or not at all: the
    erasure of a person reaches the backups too (journal.people). Each backup is copied beside
    itself, opened (and so brought up to this version's schema), changed, copied once more into a
    fresh file with no free pages (``copy_to``), and that file renamed over the backup; the
    working copy is removed. The backups rewritten, newest first."""
    from . import packs

    folder = backups_folder(data_dir)
    rewritten = []
    for path, _, _ in _named(folder):
        descriptor, work = temporary_beside(path)  # swept by the next start if this is killed
        os.close(descriptor)
        try:
            if packs.is_pack(path):
                key = folder_key(folder)
                made_at = packs.unpack(path, work, key, key).data["made_at"]
                with Store.open(work) as opened:
                    change(opened)
                with closing(connect_to_read(work)) as source:
                    packs.write_pack(source, folder, path, key, made_at)
            else:
                shutil.copyfile(path, work)
                with Store.open(work) as opened:
                    change(opened)
                    with _placed(path) as temporary:
                        opened.copy_to(temporary)
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                _sidecar(work, suffix).unlink(missing_ok=True)
        rewritten.append(path)
    _sync_folder(folder)
    _forget_chunks(folder)  # the chunks of the backups as they were
    return rewritten


def check_backup(path: str | os.PathLike) -> None:
    """Refuse a file that must not replace the journal, without writing to it.

    It must be a whole, undamaged Ledelsesjournal database (``PRAGMA integrity_check``) of a
    schema this app knows. An older schema is fine: opening the restored journal migrates it.
    """
    from . import packs

    path = Path(path)
    if not path.is_file():
        raise DatabaseError(path, f"{path} does not exist or is not a file. Your journal was not changed.")
    if packs.is_pack(path):
        packs.check_pack(path, folder_key(path.parent))
        return
    _check_database(path, path)


def _check_database(path: Path, shown: Path) -> None:
    """check_backup for the database file at ``path``, which the leader knows as ``shown`` (a
    pack is checked once unpacked)."""
    try:
        if path.stat().st_size == 0:
            raise CorruptDatabaseError(path, "the file is empty")
        check_whole_journal(path)
    except tuple(_REFUSALS) as error:
        message = f"{shown} {_REFUSALS[type(error)]}"
        if isinstance(error, CorruptDatabaseError) and not store.is_encrypted(path) and _looks_encrypted(path):
            message = (
                f"{path} is not a plain database: it looks like the backup of an encrypted journal, which "
                "opens only from the backups folder of its own data folder (beside its journal.keys). Your "
                "journal was not changed."
            )
        raise type(error)(path, message) from error


def _looks_encrypted(path: Path) -> bool:
    """Whole pages of what looks like noise: no SQLite header. (Read only for a refused backup,
    which this process has no connection to.)"""
    try:
        with path.open("rb") as file:
            head = file.read(16)
        size = path.stat().st_size
        return head != b"SQLite format 3\x00" and size >= 4096 and size % 1024 == 0
    except OSError:
        return False


def restore(data_dir: Path, backup_path: str | os.PathLike) -> Path | None:
    """Replace the journal with a backup; returns where the journal it replaced was kept (None
    if there was none). The caller has closed the journal.

    The steps are ordered so that the journal's path always holds a whole journal: the old one
    until the last step renames the new one over it in one move.

    1. Check the backup (if refused, nothing has changed).
    2. Copy it, through SQLite, to a temporary file beside the journal.
    3. Copy the old journal, byte for byte, to ``backups/journal-before-restore-<moment>.sqlite3``
       through a temporary name; with its -wal (the last writes of a program that died) if there
       is one, copied first, so that the kept journal never appears without it. Nothing has
       opened the old journal for writing yet: SQLite may discard the log of a damaged one.
    4. If there is a -wal, refuse when another program has the journal open (the copy of step 3
       is removed again; nothing has changed). See :func:`refuse_if_open`.
    5. Remove the old journal's -wal and -shm, which SQLite would replay into the new one.
    6. Rename the new journal over the old one.

    Interrupted before step 6, the old journal is in place (temporary files may be left beside
    it); from step 6 on, the new one is. Between steps 5 and 6 the old journal is whole without its
    log, which step 4 folded into it, unless it was too damaged to fold: that log is then only in
    the copy of step 3.
    """
    from . import packs

    backup_path = Path(backup_path)
    pack = packs.is_pack(backup_path)
    if not pack:
        check_backup(backup_path)
    elif not backup_path.is_file():
        raise DatabaseError(
            backup_path, f"{backup_path} does not exist or is not a file. Your journal was not changed."
        )
    folder = _private_folder(backups_folder(data_dir))
    journal = database_path(Path(data_dir))
    kept = None
    with _placed(journal) as incoming:
        if pack:  # its chunks checked as they are read, the journal they make as any backup is
            packs.unpack(backup_path, incoming, folder_key(backup_path.parent), folder_key(journal.parent))
            _check_database(incoming, backup_path)
        elif store.is_encrypted(journal) and not store.is_encrypted(Path(backup_path)):
            store.copy_into_encrypted_folder(Path(backup_path), incoming)  # a plain backup from elsewhere
        else:
            with closing(connect_to_read(Path(backup_path))) as source:
                copy_database(source, incoming)
        if journal.exists():
            kept = _free_name(folder, f"journal-{_BEFORE_RESTORE}", now_utc())
            for suffix in ("-wal", ""):
                if _sidecar(journal, suffix).exists():
                    _copy_file(_sidecar(journal, suffix), _sidecar(kept, suffix))
            _sync_folder(folder)
            try:
                refuse_if_open(journal)
            except BaseException:  # the journal is as it was: no copy of it to keep
                for suffix in ("", "-wal"):
                    _sidecar(kept, suffix).unlink(missing_ok=True)
                raise
            for suffix in ("-wal", "-shm"):
                _sidecar(journal, suffix).unlink(missing_ok=True)
    _sync_folder(journal.parent)
    return kept


# -- helpers ------------------------------------------------------------------------------


@contextmanager
def _placed(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target`` to write; renamed over ``target`` when the
    block ends, removed if it fails. The errors become ones the user can act on."""
    try:
        descriptor, temporary = temporary_beside(target)
    except OSError as error:
        raise WriteError(
            target,
            f"{target} cannot be written ({error.strerror}). Your journal was not "
            "changed; check the folder's permissions.",
        ) from error
    os.close(descriptor)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException as error:
        _remove(temporary)
        if isinstance(error, store.SQLITE_ERRORS):
            raise explain_sqlite_error(error, target) from error
        if isinstance(error, OSError):
            raise WriteError(
                target, f"{target} could not be written ({error.strerror or error}). Your journal was not changed."
            ) from error
        raise


def _private_folder(folder: Path) -> Path:
    try:
        return ensure_private_dir(folder)
    except OSError as error:
        raise WriteError(
            folder,
            f"The folder {folder} cannot be created ({error.strerror or error}). Check the data folder's permissions.",
        ) from error


def refuse_if_open(journal: Path, key: bytes | None = BY_FOLDER) -> None:
    """Raise if another program has the journal open. Only asked when a -wal is there.

    When the last connection to a journal closes, SQLite folds the -wal into the journal file and
    removes it; a -wal still there after our own connection closed means another one is open.
    (A journal too damaged to fold cannot be open in the app, which refuses damaged journals.)
    """
    log = _sidecar(journal, "-wal")
    if not log.exists():
        return
    try:
        fold_write_ahead_log(journal, key)
    except store.SQLITE_ERRORS as error:
        problem = explain_sqlite_error(error, journal)
        if isinstance(problem, CorruptDatabaseError):
            return
        raise problem from error
    if log.exists():
        raise LockedDatabaseError(
            journal,
            f"{journal} is open in another program (Ledelsesjournal itself, "
            "perhaps). Close it and try again; your journal was not changed.",
        )


def _copy_file(source: Path, target: Path) -> None:
    with _placed(target) as temporary, source.open("rb") as reading, temporary.open("wb") as writing:
        shutil.copyfileobj(reading, writing)
        writing.flush()
        os.fsync(writing.fileno())


def _named(folder: Path) -> list[tuple[Path, datetime, str]]:
    """(path, moment, kind) of every file named as a backup, newest first; the kind is "" for
    an ordinary backup, else the part of the name that says which."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match and path.is_file():
                try:  # read from the match, not with strptime: importing that costs 15 ms at start
                    moment = datetime(*map(int, match.groups()[2:]), tzinfo=UTC)
                except ValueError:  # named like a backup, with a date that is none (month 13)
                    continue
                found.append((path, moment, match[1] or ""))
    return sorted(found, key=lambda item: item[1], reverse=True)


def _free_name(folder: Path, prefix: str, moment: datetime, suffix: str = ".sqlite3") -> Path:
    """The name for a file made at ``moment`` that no backup has yet: a backup is never
    overwritten, not even by one made in the same second (named a second later, which keeps the
    order)."""
    from . import packs

    moment = moment.astimezone(UTC)
    while any((folder / f"{prefix}{moment:{_STAMP}}{end}").exists() for end in (".sqlite3", packs.SUFFIX)):
        moment += timedelta(seconds=1)
    return folder / f"{prefix}{moment:{_STAMP}}{suffix}"


def _rotate(folder: Path, keep: int, kind: str = "") -> None:
    """Remove all but the newest ``keep`` backups of a kind (never the journals restores replaced),
    and the temporary files of killed backups (with SQLite's -journal of the copy)."""
    backups = [path for path, _, found in _named(folder) if found == kind]
    for path in backups[keep:]:
        path.unlink(missing_ok=True)
    remove_leftovers(folder, _UNOWNED)
    if backups[keep:]:
        _forget_chunks(folder)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut. Windows has no way to, nor the need; and
    where a file system cannot, the rename has been done all the same."""
    if sys.platform == "win32":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()

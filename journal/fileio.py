"""Writing files so that an interruption never leaves half a file where a good one was, nor a
forgotten copy of the journal beside it.

A file is written under a temporary name beside its target and renamed over it when whole. A
process that is killed (SIGKILL, a power cut, Windows ending it) cannot catch that to remove its
temporary file, which may hold a whole export, private reflections included. Two ways out:

- Linux's ``O_TMPFILE`` writes a file without a name and links it into place at the end, so a
  killed process leaves nothing. It was not chosen: only Linux has it (not macOS, not Windows,
  where most leaders' computers run), and only some file systems there; linking it needs /proc;
  ``linkat`` cannot replace a file, so a named step remains; and SQLite, which writes the
  backups, opens files by name. The portable way would be needed beside it all the same, and be
  the less-tried one on the systems used most.
- So, on every system alike, the temporary file's name says whose it is,
  ``.<name>.ledelsesjournal-<process id>-<random>.part``, and every write into a folder first
  removes such files there whose process has ended (:func:`remove_leftovers`); the app's and the
  command line's start does the same in the data folder (``journal.backup``). A living process's
  file is never removed, nor one written since this process started: its process id may be one
  this process cannot see (another computer on a shared folder, a sandbox's own process ids).
  Temporary files named by earlier versions (``.<name>.<random>.part``, no owner) are removed
  beside the same target once they are an hour old.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from .errors import JournalError

MARK = "ledelsesjournal"
LEGACY_AGE = 3600.0  # seconds; a temporary file without an owner this old was left by a killed write
_OWNED = re.compile(rf"\..+\.{MARK}-(\d+)-[a-z0-9_]{{8}}\.part(-journal|-wal|-shm)?")
_STARTED = time.time()  # about when this process started: it imports this module early


@contextmanager
def atomic_write(path: str | os.PathLike, binary: bool = False) -> Iterator[IO]:
    """Write to a temporary file beside ``path``, then put it in place in one step.

    If anything fails (or the process dies) before the end, ``path`` is as it was: either absent
    or the previous complete file; the temporary file of a process that died is removed by the
    next write into that folder. The new file is readable by the user only.
    """
    path = Path(path)
    try:
        descriptor, temporary = temporary_beside(path)
    except OSError as error:
        raise JournalError(
            f"Cannot write {path}: {error.strerror}. Check that the folder exists and can be written to."
        ) from error
    text = {} if binary else {"encoding": "utf-8", "newline": "\n"}
    try:
        with os.fdopen(descriptor, "wb" if binary else "w", **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise JournalError(f"Cannot write {path}: {error.strerror or error}. Nothing was changed.") from error
    except BaseException:
        _remove(temporary)
        raise


def temporary_beside(target: Path) -> tuple[int, Path]:
    """A new private file in ``target``'s folder, named as this process's temporary file for
    ``target``, open for writing (the descriptor), after the leftovers of killed writes there
    are removed."""
    folder = target.parent
    remove_leftovers(folder, unowned(target.name))
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.{MARK}-{os.getpid()}-", suffix=".part", dir=folder)
    return descriptor, Path(name)


def unowned(target_name: str) -> re.Pattern:
    """The names earlier versions gave their temporary files for ``target_name`` (with SQLite's
    files beside them): they say nothing of their process."""
    return re.compile(rf"\.{re.escape(target_name)}\.[a-z0-9_]{{8}}\.part(-journal|-wal|-shm)?")


def remove_leftovers(folder: Path, legacy: re.Pattern | None = None, legacy_age: float = LEGACY_AGE) -> None:
    """Remove the temporary files in ``folder`` of writes whose process has ended, with SQLite's
    files beside them; and the files named as ``legacy`` matches, without an owner, once
    ``legacy_age`` seconds old.

    Best effort: a file that cannot be looked at or removed is left for the next time.
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return
    now = time.time()
    for name in names:
        if ".part" not in name:
            continue
        path = folder / name
        with suppress(OSError):
            if owned := _OWNED.fullmatch(name):
                if path.stat().st_mtime < _STARTED and not _alive(int(owned[1])):
                    path.unlink()
            elif legacy and legacy.fullmatch(name) and now - path.stat().st_mtime > legacy_age:
                path.unlink()


def _remove(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.OpenProcess.restype = wintypes.HANDLE
    _QUERY_LIMITED_INFORMATION, _STILL_ACTIVE, _INVALID_PARAMETER = 0x1000, 259, 87

    def _alive(pid: int) -> bool:
        """Whether process ``pid`` runs. (``os.kill(pid, 0)`` would send it Ctrl+C on Windows.)
        When in doubt, alive. Windows also refuses to remove a file another process has open."""
        if pid == os.getpid():
            return True
        handle = _kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ctypes.get_last_error() != _INVALID_PARAMETER  # no such process; else denied: it runs
        try:
            code = wintypes.DWORD()
            if not _kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            _kernel32.CloseHandle(handle)

else:

    def _alive(pid: int) -> bool:
        """Whether process ``pid`` runs (a process of another user too). When in doubt, alive."""
        if pid == os.getpid():
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:  # not ours to signal: it runs
            return True
        return True

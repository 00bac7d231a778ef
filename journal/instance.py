"""One window per journal: a second copy of the app on the same data folder does not become a
second writer; it asks the first to show itself and leaves.

An operating-system file lock, held for as long as the window is open, marks the journal as
open. The lock goes with the process, so a crash never leaves a stale lock behind. Asking the
open window to come forward goes through a file that window watches: no sockets, so the app
still opens no network connection of any kind.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "journal.lock"
SHOW_NAME = "show-window"  # touched by a second copy; the open window watches it


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def show_request(self) -> Path:
        return self.data_dir / SHOW_NAME

    def acquire(self) -> bool:
        """Take the lock; False if another copy of the app has it.

        In a folder that cannot be written, where the lock file cannot be made, there is nothing
        to hold: no copy can write the journal there (the store opens it to read only), so any
        number may read it."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            if not self.path.exists() and not os.access(self.data_dir, os.W_OK):
                return True
            raise
        if not _lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def ask_to_show(self) -> None:
        """Tell the copy holding the lock to bring its window forward."""
        descriptor = os.open(self.show_request, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(descriptor, f"{os.getpid()} {time.time()}".encode())
        finally:
            os.close(descriptor)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextmanager
def hold(path: Path, wait_s: float) -> Iterator[bool]:
    """Hold the operating system's lock on the file ``path`` (made if missing) for the block,
    waiting up to ``wait_s`` seconds for another process to let it go; yields whether it is held
    (False: the wait ran out, and the block runs without it)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_s
        while not (held := _lock(fd)) and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield held
        finally:
            if held:
                _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

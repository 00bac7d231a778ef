"""Writing files so that an interruption never leaves half a file where a good one was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import JournalError


@contextmanager
def atomic_write(path: str | os.PathLike, binary: bool = False) -> Iterator[IO]:
    """Write to a temporary file beside ``path``, then put it in place in one step.

    If anything fails (or the process dies) before the end, ``path`` is as it was: either absent
    or the previous complete file. The new file is readable by the user only.
    """
    path = Path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    except OSError as error:
        raise JournalError(f"Cannot write {path}: {error.strerror}. Check that the folder exists and can be written to.") from error
    try:
        with os.fdopen(descriptor, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as handle:
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


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass

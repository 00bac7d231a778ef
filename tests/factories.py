"""Building blocks for tests: reflections with sensible defaults, at fixed times."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from journal.model import Reflection

CPH = timezone(timedelta(hours=1))  # Copenhagen in winter; fixed so tests do not depend on the machine


def at(year: int, month: int, day: int, hour: int = 12, minute: int = 0, tz=CPH) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def reflection(**fields) -> Reflection:
    fields.setdefault("entry_at", at(2026, 3, 2))
    fields.setdefault("title", "En refleksion")
    fields.setdefault("body", "Noget jeg lagde mærke til.")
    return Reflection(**fields)


def dead_pid() -> int:
    """The process id of a process that has ended (and been waited for)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid

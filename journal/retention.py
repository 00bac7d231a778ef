"""The retention rule: reflections older than a chosen number of years are deleted, after the
leader has confirmed the list, which the window shows once a year (off by default).

Old reflections are personal data kept past their use; a rule the leader sets keeps the journal
to what they still need. Deleted reflections are erased as a forgotten person's are (overwritten
in the file, dropped from the search index). The daily backups hold them until they rotate out
(ten days by default); the copies kept before a restore or an upgrade until the leader removes
them in the backups dialog.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import ReflectionSummary
    from .store import Store

ASK_EVERY = timedelta(days=365)


def cutoff(today: date, years: int) -> date:
    """The first day kept: today ``years`` years ago (29 February becomes the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def due(store: Store, years: int, today: date) -> list[ReflectionSummary]:
    """The reflections the rule would delete now (the Trash included), oldest first."""
    if years < 1:
        return []
    return store.written_before(cutoff(today, years))


def time_to_ask(years: int, last_asked: date | None, today: date) -> bool:
    """Whether the window shows the list now: the rule is on, and it was not shown in the last year."""
    return years >= 1 and (last_asked is None or not last_asked <= today < last_asked + ASK_EVERY)


def apply(store: Store, reflections: list[ReflectionSummary]) -> int:
    """Delete the listed reflections for good; how many."""
    return store.erase(r.uuid for r in reflections)

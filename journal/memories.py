"""On this day: the reflections written a month, a quarter and a year ago today, and the open next
steps whose day has come, for the Journal view to show when no reflection is open.

Looking back is half of reflecting: what a leader wrote before a LUS round a year ago, or the
step promised a month ago, is what makes today's reflection a development and not a diary. A
day that does not exist that far back (the 31st a month after a 30-day month) has no memories,
rather than borrowing another day's. Read through the store's filters and next steps, so the
rules for what is listed (the Trash left out, the journal's order) stay the store's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .model import NextStep, ReflectionFilter, ReflectionSummary
from .store import Store

# How far back, in months, and the key its heading has in the interface.
SPANS = (("month", 1), ("quarter", 3), ("year", 12))
PER_DAY = 3  # reflections shown for each day looked back on; the rest are one click away
STEPS_SHOWN = 5  # open next steps due by today, the earliest first


@dataclass(frozen=True)
class LookingBack:
    """What was written on the days looked back on, and the next steps due by today."""

    days: tuple[tuple[str, date, tuple[ReflectionSummary, ...], int], ...]  # span, day, the first, how many
    due_steps: tuple[tuple[NextStep, ReflectionSummary], ...]
    more_steps: int = 0  # due by today beyond those in due_steps

    def __bool__(self) -> bool:
        return bool(self.days or self.due_steps)


def months_back(today: date, months: int) -> date | None:
    """The same day of the month ``months`` earlier; None if that month has no such day."""
    month = today.month - months
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    try:
        return date(year, month, today.day)
    except ValueError:
        return None


def looking_back(store: Store, today: date) -> LookingBack:
    days = []
    for span, months in SPANS:
        day = months_back(today, months)
        if day is None:
            continue
        on_day = ReflectionFilter(date_from=day, date_to=day)
        found = store.list(on_day, limit=PER_DAY)
        if found:
            count = len(found) if len(found) < PER_DAY else store.count(on_day)
            days.append((span, day, tuple(found), count))
    tomorrow = today + timedelta(days=1)
    _, due_by_today, _ = store.open_next_step_counts(tomorrow, tomorrow)
    due = store.open_next_steps(limit=STEPS_SHOWN, due_by=today)[:STEPS_SHOWN] if due_by_today else []
    return LookingBack(tuple(days), tuple(due), due_by_today - len(due))

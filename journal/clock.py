"""What "now" and "today" are, for the whole app.

The window, its views, the demo journal and the reports ask one clock instead of the system each
on its own, so that a test (or a screenshot) can fix the day once and every part agrees on it: a
demo built "up to today" and a view that counts "the last 30 days" mean the same day.
"""

from __future__ import annotations

from datetime import date, datetime

from .model import now_local


class Clock:
    """The machine's own time, in its local time zone, to the second."""

    def now(self) -> datetime:
        return now_local()

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that stands still at ``moment`` (naive: taken as local time)."""

    def __init__(self, moment: datetime | date):
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day, 12, 0)
        self.moment = moment if moment.tzinfo else moment.astimezone()

    def now(self) -> datetime:
        return self.moment

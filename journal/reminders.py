"""Reminders that keep the habit: when one is due, whether one was missed, what it says.

The window (a timer, a notification, the settings) asks these functions; none of them needs Qt,
a store or the system's own clock, so each is tested with a fixed clock and a chosen time zone.

Decisions, and why:

- A :class:`Schedule` is a frozen value: daily, or weekly on a weekday, or every N weeks on a
  weekday, at a time of day, switched on or off (off keeps the day and time, so switching it on
  again brings them back). It is kept as JSON text (QSettings or the journal): :meth:`~Schedule.to_dict`
  writes every field, and :meth:`~Schedule.from_dict` refuses anything else with a
  :class:`ScheduleError` that names the field and what it expected, rather than guessing. The
  window falls back to :data:`DEFAULT` when what is stored is refused.
- The default is Friday 13:00. Looking back on the week is the habit the journal is for, and a
  Friday is where the week can be seen whole; Danish workplaces end the week early (many leave
  on Fridays between 14 and 15), so 14:00 would often find the computer shut, while 13:00 is after
  lunch with the afternoon still ahead. A reminder the computer was off for is shown at its next
  start (on the Monday morning, say), which is a good moment too.
- Every N weeks counts weeks from an anchor (the Monday of the anchor's week): due in the weeks
  a whole number of N weeks from it. The window sets the anchor to the day the leader chooses
  the schedule; without one it is :data:`EPOCH`. ISO week numbers were not used: a year of 53
  weeks would make "every other week" come twice in a row at New Year.
- Times are aware datetimes throughout, as :class:`journal.clock.Clock` gives them (a naive one
  is refused: it could mean any zone), and a reminder is placed in wall time: 13:00 stays 13:00
  on the clock across a change to or from summer time, a day then being 23 or 25 hours long.
  The zone is the machine's own unless one is given (the tests give Europe/Copenhagen). A time
  a spring change skips (02:30) comes an hour later, at 03:30; one an autumn change makes twice
  comes the first time only. Times are compared as instants (timestamps), never as wall times,
  because Python compares two datetimes of the same zone by their wall time and ignores which of
  a doubled hour is meant.
- A missed reminder (the computer was off or asleep) is shown once: :func:`missed` gives only the
  latest due time since the last one shown, however many passed, and showing it records the
  moment, so the next comes at the next due time. A reminder due before the schedule was set (or
  before the app first checked it) is not missed: :class:`ReminderState` keeps that moment too.
- The window's timer is set from :func:`decide`: to the next due time, but never further than
  :data:`CHECK_AT_MOST_MS` ahead, because a timer counts only the time the computer is awake, and
  the clock or the time zone may change meanwhile; a check that finds nothing due costs nothing.
- What a reminder says is the question the prompt panel offers first (:func:`journal.prompts.suggest_prompt`
  over the same last :data:`~journal.prompts.LATELY_DAYS` days), so that the window, opened from
  the notification, shows the same question; its words are in the core's catalogue.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from framework import Framework, Prompt
from framework.personal import TargetBalance

from .clock import Clock
from .prompts import LATELY_DAYS, suggest_prompt
from .words import word

if TYPE_CHECKING:
    from .store import Store

DAILY = "day"
WEEKLY = "week"
EVERY = (DAILY, WEEKLY)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # date.weekday()'s order
MAX_WEEKS = 52
DEFAULT_TIME = time(13, 0)  # with Friday: see the module's notes
EPOCH = date(2024, 1, 1)  # a Monday: where "every N weeks" counts from when the schedule names no anchor
CHECK_AT_MOST_MS = 15 * 60 * 1000  # the longest a timer is set for (see the module's notes)
CHECK_AT_LEAST_MS = 1000  # a timer that fires a little early is not set again for 0 ms, over and over
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_FIELDS = ("enabled", "every", "weekday", "at", "weeks", "anchor")


class ScheduleError(ValueError):
    """A schedule (or a reminder's state) that cannot be used; the message says which field and why."""


# -- the schedule ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    """When to remind: ``every`` "day", or "week" on ``weekday`` (0 Monday … 6 Sunday) every
    ``weeks`` weeks counted from ``anchor``'s week; at ``at`` (wall time, to the minute)."""

    enabled: bool = True
    every: str = WEEKLY
    weekday: int = 4  # Friday
    at: time = DEFAULT_TIME
    weeks: int = 1
    anchor: date = EPOCH

    def __post_init__(self) -> None:
        if not isinstance(self.enabled, bool):
            raise ScheduleError(f"enabled must be true or false, not {self.enabled!r}")
        if self.every not in EVERY:
            raise ScheduleError(f"every must be one of {', '.join(map(repr, EVERY))}, not {self.every!r}")
        if not _is_int(self.weekday) or not 0 <= self.weekday <= 6:
            raise ScheduleError(f"weekday must be 0 (Monday) to 6 (Sunday), not {self.weekday!r}")
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise ScheduleError(f"at must be a time of day without a time zone, not {self.at!r}")
        if self.at.second or self.at.microsecond:
            raise ScheduleError(f"at must be a whole minute, not {self.at.isoformat()}")
        if not _is_int(self.weeks) or not 1 <= self.weeks <= MAX_WEEKS:
            raise ScheduleError(f"weeks must be a whole number from 1 to {MAX_WEEKS}, not {self.weeks!r}")
        if not isinstance(self.anchor, date) or isinstance(self.anchor, datetime):
            raise ScheduleError(f"anchor must be a date, not {self.anchor!r}")

    def falls_on(self, day: date) -> bool:
        """Whether the schedule has a reminder on ``day`` (a date on the wall calendar)."""
        if self.every == DAILY:
            return True
        if day.weekday() != self.weekday:
            return False
        weeks = (_monday(day) - _monday(self.anchor)).days // 7
        return weeks % self.weeks == 0

    def to_dict(self) -> dict[str, Any]:
        """Every field, as JSON can hold it: the weekday by its English name, the time as "HH:MM"."""
        return {
            "enabled": self.enabled,
            "every": self.every,
            "weekday": WEEKDAYS[self.weekday],
            "at": self.at.strftime("%H:%M"),
            "weeks": self.weeks,
            "anchor": self.anchor.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Schedule:
        """The schedule ``data`` describes (as :meth:`to_dict` writes it). A field left out takes
        its default; an unknown field or a bad value is refused with :class:`ScheduleError`."""
        if not isinstance(data, Mapping):
            raise ScheduleError(f"a schedule must be a JSON object, not {type(data).__name__}")
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise ScheduleError(f"unknown field {unknown[0]!r} in a schedule (known: {', '.join(_FIELDS)})")
        values: dict[str, Any] = {}
        if "enabled" in data:
            values["enabled"] = data["enabled"]
        if "every" in data:
            values["every"] = data["every"]
        if "weekday" in data:
            weekday = data["weekday"]
            if weekday not in WEEKDAYS:
                raise ScheduleError(f"weekday must be one of {', '.join(WEEKDAYS)}, not {weekday!r}")
            values["weekday"] = WEEKDAYS.index(weekday)
        if "at" in data:
            at = data["at"]
            match = _TIME.fullmatch(at) if isinstance(at, str) else None
            if match is None:
                raise ScheduleError(f'at must be a time of day written "HH:MM" (00:00 to 23:59), not {at!r}')
            values["at"] = time(int(match[1]), int(match[2]))
        if "weeks" in data:
            values["weeks"] = data["weeks"]
        if "anchor" in data:
            anchor = data["anchor"]
            try:
                values["anchor"] = date.fromisoformat(anchor) if isinstance(anchor, str) else None
            except ValueError:
                values["anchor"] = None
            if values["anchor"] is None:
                raise ScheduleError(f'anchor must be a date written "YYYY-MM-DD", not {anchor!r}')
        return cls(**values)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Schedule:
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as error:
            raise ScheduleError(f"a schedule must be JSON text: {error}") from None
        return cls.from_dict(data)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


DEFAULT = Schedule()


# -- when -------------------------------------------------------------------------------------------


def next_due(schedule: Schedule, after: datetime, zone: tzinfo | None = None) -> datetime:
    """The first time the schedule is due strictly after ``after``, as an aware datetime in
    ``zone`` (None: the machine's local time zone). Whether the schedule is switched on does
    not matter here (the settings can show when a reminder would come)."""
    _check_aware(after, "after")
    start = _wall(after, zone).date() - timedelta(days=1)  # a day early: an autumn night's doubled hour
    for offset in range(7 * schedule.weeks + 3):
        day = start + timedelta(days=offset)
        if schedule.falls_on(day):
            due = _placed(datetime.combine(day, schedule.at), zone)
            if due.timestamp() > after.timestamp():
                return due
    raise AssertionError(f"no due time found for {schedule} after {after}")  # pragma: no cover


def previous_due(schedule: Schedule, at_or_before: datetime, zone: tzinfo | None = None) -> datetime:
    """The last time the schedule was due at or before ``at_or_before`` (see :func:`next_due`)."""
    _check_aware(at_or_before, "at_or_before")
    start = _wall(at_or_before, zone).date() + timedelta(days=1)
    for offset in range(7 * schedule.weeks + 3):
        day = start - timedelta(days=offset)
        if schedule.falls_on(day):
            due = _placed(datetime.combine(day, schedule.at), zone)
            if due.timestamp() <= at_or_before.timestamp():
                return due
    raise AssertionError(f"no due time found for {schedule} before {at_or_before}")  # pragma: no cover


def missed(
    schedule: Schedule, last_shown: datetime | None, now: datetime, zone: tzinfo | None = None
) -> datetime | None:
    """The latest due time after ``last_shown`` and at or before ``now``: the one reminder to
    show, however many came and went (one, not one per week the computer was off). None if none
    is due, if ``last_shown`` is None (nothing to count from: see :class:`ReminderState`), or if
    the schedule is off. A ``last_shown`` later than ``now`` (the clock was put back) counts as now."""
    _check_aware(now, "now")
    if not schedule.enabled or last_shown is None:
        return None
    _check_aware(last_shown, "last_shown")
    due = previous_due(schedule, now, zone)
    return due if due.timestamp() > last_shown.timestamp() else None


def _check_aware(moment: datetime, name: str) -> None:
    if not isinstance(moment, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(moment).__name__}")
    if moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with its time zone), not {moment.isoformat()}")


def _wall(moment: datetime, zone: tzinfo | None) -> datetime:
    """What a clock in ``zone`` shows at ``moment`` (naive)."""
    return moment.astimezone(zone).replace(tzinfo=None)


def _placed(wall: datetime, zone: tzinfo | None) -> datetime:
    """The instant a clock in ``zone`` shows ``wall``: the first of a doubled hour, and an hour
    on in a skipped one (PEP 495's rule, fold 0), as an aware datetime in that zone."""
    if zone is None:  # the machine's zone: a naive datetime's timestamp() reads it as local time
        return datetime.fromtimestamp(wall.timestamp(), UTC).astimezone()
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


# -- the window's timer --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderState:
    """What the window keeps between starts: when a reminder was last shown, and since when the
    schedule runs (nothing due before it is missed). Both None before the first check."""

    last_shown: datetime | None = None
    since: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("last_shown", "since"):
            moment = getattr(self, name)
            if moment is not None and (not isinstance(moment, datetime) or moment.utcoffset() is None):
                raise ScheduleError(f"{name} must be an aware datetime or None, not {moment!r}")

    def restarted(self, now: datetime) -> ReminderState:
        """The state to keep when the schedule is switched on or changed at ``now``: a due time
        before it is not missed (choosing Monday on a Tuesday does not remind at once)."""
        return replace(self, since=now)

    def counts_from(self) -> datetime | None:
        """The later of the two: due times after it and up to now are missed."""
        moments = [moment for moment in (self.last_shown, self.since) if moment is not None]
        return max(moments, key=datetime.timestamp) if moments else None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "last_shown": self.last_shown.isoformat() if self.last_shown else None,
            "since": self.since.isoformat() if self.since else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReminderState:
        if not isinstance(data, Mapping) or set(data) - {"last_shown", "since"}:
            raise ScheduleError(f"a reminder's state has the fields last_shown and since, not {data!r}")
        values = {}
        for name in ("last_shown", "since"):
            text = data.get(name)
            try:
                values[name] = None if text is None else datetime.fromisoformat(text)
            except (TypeError, ValueError):
                raise ScheduleError(f"{name} must be a date and time in ISO 8601 form, not {text!r}") from None
        return cls(**values)


@dataclass(frozen=True)
class Decision:
    """What a check found: whether to show a reminder now (and which due time it is for), the
    state to keep from now on, and how many milliseconds until the next check (None: the
    schedule is off, there is nothing to wait for until it changes)."""

    show: bool
    due: datetime | None
    state: ReminderState
    next_check_ms: int | None


def decide(schedule: Schedule, state: ReminderState, clock: Clock, zone: tzinfo | None = None) -> Decision:
    """Check at the window's start and whenever its timer fires.

    The window shows a reminder when ``show`` is true, keeps ``state`` (changed when a reminder
    is shown or on the first check), and sets its timer to ``next_check_ms``."""
    now = clock.now()
    if not schedule.enabled:
        return Decision(False, None, state, None)
    if state.counts_from() is None:  # the first check: the schedule runs from now
        state = state.restarted(now)
    elif state.counts_from().timestamp() > now.timestamp():  # the clock was put back: nothing is later than now
        state = ReminderState(*(_not_after(moment, now) for moment in (state.last_shown, state.since)))
    due = missed(schedule, state.counts_from(), now, zone)
    if due is not None:
        state = replace(state, last_shown=now)
    wait = (next_due(schedule, now, zone).timestamp() - now.timestamp()) * 1000
    return Decision(due is not None, due, state, min(CHECK_AT_MOST_MS, max(CHECK_AT_LEAST_MS, math.ceil(wait))))


def _not_after(moment: datetime | None, now: datetime) -> datetime | None:
    return None if moment is None else min(moment, now, key=datetime.timestamp)


# -- what it says ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Notice:
    """A reminder's words, and the question they ask (None only for a framework without
    themes), so that a click on it can start a reflection on that question."""

    title: str
    body: str
    prompt: Prompt | None


def notice(
    framework: Framework,
    counts: Mapping[str, int],
    language: str,
    target: TargetBalance | None = None,
    turn: int = 0,
) -> Notice:
    """The reminder for the theme reflected on least lately (``counts``: reflections per theme),
    with its first question, in ``language``."""
    prompt = suggest_prompt(framework, counts, target, turn)
    if prompt is None:
        return Notice(word(language, "reminder.title"), word(language, "reminder.body_without_question"), None)
    if prompt.theme_id and framework.has_theme(prompt.theme_id):
        title = word(language, "reminder.title_theme", theme=framework.theme(prompt.theme_id).name.get(language))
    else:
        title = word(language, "reminder.title")
    return Notice(title, prompt.text.get(language), prompt)


def notice_for(store: Store, framework: Framework, language: str, today: date) -> Notice:
    """:func:`notice` from the journal's reflections of the last days, counted as the prompt
    panel counts them, so that both ask the same question."""
    counts = store.period_counts(today - timedelta(days=LATELY_DAYS), today).themes
    return notice(framework, counts, language, store.personal_framework().target)

"""Patterns over time: how a leader's reflections spread over the themes and success criteria,
how often they write, and what they leave out.

Pure functions from the store's daily counts (``daily_stats``, a few thousand rows however long
the journal) to small frozen values; nothing here loads reflections into Python. Dates are the
reflections' own local dates, so an entry written late on New Year's Eve in Næstved belongs to
the old year whatever the time in UTC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from framework import Framework, Prompt
from framework.personal import OwnCriterion, TargetBalance

from .model import NextStep
from .prompts import theme_prompts

if TYPE_CHECKING:
    from .store import Store

WEEK, MONTH = "week", "month"


# -- periods -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both included. ``start`` None means since the first reflection;
    ``to_last`` that the period runs on past ``end`` to the last reflection, if that is later: the
    whole journal holds a reflection dated in the future (a meeting written up ahead), so its
    figures count it."""

    start: date | None
    end: date
    to_last: bool = False

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        return cls(today - timedelta(days=days - 1), today)

    @classmethod
    def all_time(cls, today: date) -> Period:
        """The whole journal: its first reflection to its last, or to ``today`` if that is later."""
        return cls(None, today, to_last=True)

    def resolved(self, store: Store) -> Period:
        """With ``start`` set (the first reflection's day, ``end`` if none) and ``end`` moved to
        the last reflection's day where the period runs to it."""
        if self.start is not None and not self.to_last:
            return self
        days = store.stats_by_day("all", None, None if self.to_last else self.end)
        start = self.start if self.start is not None else days[0][0] if days else self.end
        end = max(self.end, days[-1][0]) if self.to_last and days else self.end
        return Period(start, end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1 if self.start else 0


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())  # Monday, as in Denmark


def buckets(period: Period, unit: str) -> list[tuple[date, date]]:
    """The weeks (Monday to Sunday) or months that ``period`` touches, clipped to it."""
    assert period.start is not None
    result = []
    start = _week_start(period.start) if unit == WEEK else _month_start(period.start)
    while start <= period.end:
        following = start + timedelta(days=7) if unit == WEEK else _next_month(start)
        result.append((max(start, period.start), min(following - timedelta(days=1), period.end)))
        start = following
    return result


# -- theme balance ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeShare:
    theme_id: str
    count: int  # reflections tagged with the theme
    share: float  # of all theme tags in the period, 0..1
    target: float | None  # the share aimed for, 0..1

    @property
    def gap(self) -> float | None:
        """Below the target when negative."""
        return None if self.target is None else self.share - self.target


@dataclass(frozen=True)
class Balance:
    period: Period
    reflections: int
    shares: tuple[ThemeShare, ...]
    # Theme tags in the period on themes of an earlier framework (reflections keep their tags
    # through a switch): counted apart, in no share, so that no share is made up.
    earlier_tags: int = 0

    @property
    def tagged(self) -> int:
        return sum(share.count for share in self.shares)

    def share(self, theme_id: str) -> ThemeShare:
        return next(s for s in self.shares if s.theme_id == theme_id)

    def most_neglected(self) -> ThemeShare:
        """The theme furthest below its target (or, with no target, the least reflected on)."""

        def neglect(position: int) -> tuple[float, int]:
            share = self.shares[position]
            return (share.gap if share.gap is not None else share.share, position)

        return self.shares[min(range(len(self.shares)), key=neglect)]


def balance(store: Store, framework: Framework, period: Period, target: TargetBalance | None = None) -> Balance:
    """Each theme's share of the theme tags in the period (a reflection on two themes counts
    for both), beside the share aimed for."""
    period = period.resolved(store)
    counts = store.stats_totals("theme", period.start, period.end)
    tagged = sum(counts.get(theme_id, 0) for theme_id in framework.theme_ids)
    target = fitting(target, framework)
    shares = tuple(
        ThemeShare(
            theme_id,
            counts.get(theme_id, 0),
            counts.get(theme_id, 0) / tagged if tagged else 0.0,
            target.share(theme_id) / 100 if target else None,
        )
        for theme_id in framework.theme_ids
    )
    reflections = store.stats_totals("all", period.start, period.end).get("", 0)
    return Balance(period, reflections, shares, sum(counts.values()) - tagged)


def fitting(target: TargetBalance | None, framework: Framework) -> TargetBalance | None:
    """``target`` if it was set for the themes of ``framework``; None if for another framework's
    (a switch of framework leaves the leader's old target behind, not made to fit)."""
    return target if target is not None and target.fits(framework.theme_ids) else None


# -- trend ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendBucket:
    start: date
    end: date
    reflections: int
    counts: Mapping[str, int]  # per theme
    rolling_share: Mapping[str, float]  # per theme, over this and the window's earlier buckets


@dataclass(frozen=True)
class Trend:
    unit: str  # WEEK or MONTH
    window: int
    buckets: tuple[TrendBucket, ...]


def trend(store: Store, framework: Framework, period: Period, unit: str | None = None, window: int = 4) -> Trend:
    """Reflections per theme per week (periods up to four months) or month, and the rolling
    balance over the last ``window`` weeks or months."""
    period = period.resolved(store)
    unit = unit or (WEEK if period.days <= 122 else MONTH)
    spans = buckets(period, unit)
    index = {start: number for number, (start, _) in enumerate(spans)}

    def bucket_of(day: date) -> int:
        return index[max(_week_start(day) if unit == WEEK else _month_start(day), period.start)]

    # Months are summed by SQLite (a few hundred rows for ten years); weeks from the days.
    by = store.stats_by_month if unit == MONTH else store.stats_by_day
    per_theme: list[dict[str, int]] = [defaultdict(int) for _ in spans]
    for day, theme_id, count in by("theme", period.start, period.end):
        per_theme[bucket_of(day)][theme_id] += count
    reflections = [0] * len(spans)
    for day, _, count in by("all", period.start, period.end):
        reflections[bucket_of(day)] += count
    result = []
    for number, (start, end) in enumerate(spans):
        recent = per_theme[max(0, number - window + 1) : number + 1]
        totals = {theme_id: sum(counts.get(theme_id, 0) for counts in recent) for theme_id in framework.theme_ids}
        tagged = sum(totals.values())
        result.append(
            TrendBucket(
                start,
                end,
                reflections[number],
                {theme_id: per_theme[number].get(theme_id, 0) for theme_id in framework.theme_ids},
                {theme_id: (totals[theme_id] / tagged if tagged else 0.0) for theme_id in framework.theme_ids},
            )
        )
    return Trend(unit, window, tuple(result))


# -- success-criteria coverage ----------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionCoverage:
    criterion_id: str
    theme_id: str
    own: bool
    retired: bool
    counts: tuple[int, ...]  # per month of the coverage
    last_day: date | None  # the last reflection on it up to the period's end, in the period or before

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Coverage:
    period: Period
    months: tuple[date, ...]  # the first day of each month
    criteria: tuple[CriterionCoverage, ...]

    def never(self) -> tuple[CriterionCoverage, ...]:
        """Criteria in use with no reflection in the period (retired own criteria are not in use)."""
        return tuple(c for c in self.criteria if c.total == 0 and not c.retired)


def coverage(
    store: Store, framework: Framework, period: Period, own_criteria: tuple[OwnCriterion, ...] = ()
) -> Coverage:
    """Per success criterion (the organisation's, then the leader's own, theme by theme) and month:
    how many reflections. ``own_criteria`` are those of the current personal framework, shown
    from the day they were written; any other own criterion (retired, or left out of the
    framework) is shown, as not in use, only if it was reflected on in the period."""
    period = period.resolved(store)
    months = tuple(start for start, _ in buckets(Period(_month_start(period.start), period.end), MONTH))
    position = {month: number for number, month in enumerate(months)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for month, criterion_id, count in store.stats_by_month("criterion", period.start, period.end):
        counts[criterion_id][position[month]] += count
    last = store.stats_last_days("criterion", period.end)
    current = {c.id: c for c in own_criteria}
    register = {c.id: c for c in store.own_criteria()}
    rows = []
    for theme in framework.themes:
        for criterion in theme.success_criteria:
            rows.append(
                CriterionCoverage(
                    criterion.id, theme.id, False, False, tuple(counts[criterion.id]), last.get(criterion.id)
                )
            )
        for own in [*own_criteria, *(c for cid, c in register.items() if cid not in current)]:
            in_use = own.id in current and own.active
            reflected = sum(counts[own.id]) > 0
            written_by_then = own.created_at.astimezone().date() <= period.end
            if own.theme_id == theme.id and (reflected or (in_use and written_by_then)):
                rows.append(
                    CriterionCoverage(own.id, theme.id, True, not in_use, tuple(counts[own.id]), last.get(own.id))
                )
    return Coverage(period, months, tuple(rows))


# -- cadence ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cadence:
    period: Period  # from the later of the period's start and the first reflection
    days: Mapping[date, int]  # reflections per day (days without any are left out)
    current_streak: int  # weeks in a row with a reflection, up to the period's end (however far back)
    longest_streak: int  # the longest such run that reaches into the period
    longest_gap: int  # the most days in a row without a reflection, inside the period
    gaps: tuple[tuple[date, date], ...] = field(default=())  # runs of 14 days or more without one

    @property
    def reflections(self) -> int:
        return sum(self.days.values())

    @property
    def active_days(self) -> int:
        return len(self.days)

    @property
    def per_week(self) -> float:
        """Reflections per week; a journal younger than a week counts as one week."""
        return self.reflections / (max(self.period.days, 7) / 7)


def cadence(store: Store, period: Period, long_gap_days: int = 14) -> Cadence:
    """How regularly the leader writes, counted from the journal's first reflection (days
    before the leader began are not a pause). The current streak runs back from the period's
    end, as far as it goes; a week not over yet does not break it."""
    period = period.resolved(store)
    first = store.stats_by_day("all", None, period.end)
    if not first:  # nothing written yet: no rhythm, and no pause either
        return Cadence(period, {}, 0, 0, 0, ())
    counted = Period(max(period.start, first[0][0]), period.end)
    days = {day: count for day, _, count in store.stats_by_day("all", counted.start, counted.end)}
    all_weeks = sorted({_week_start(day) for day, _, _ in first})
    # Runs of weeks in a row, over the whole journal up to the period's end; the longest is the
    # longest run that reaches into the period (so it is never shorter than the current one).
    longest = run = 0
    previous: date | None = None
    for week in all_weeks:
        run = run + 1 if previous is not None and week - previous == timedelta(days=7) else 1
        if week >= _week_start(counted.start):
            longest = max(longest, run)
        previous = week
    current = 0
    week = _week_start(period.end)
    weeks = set(all_weeks)
    if week not in weeks:
        week -= timedelta(days=7)  # this week is not over yet
    while week in weeks:
        current += 1
        week -= timedelta(days=7)
    gaps, longest_gap = [], 0
    edges = [counted.start - timedelta(days=1), *sorted(days), counted.end + timedelta(days=1)]
    for before, after in pairwise(edges):
        empty = (after - before).days - 1
        longest_gap = max(longest_gap, empty)
        if empty >= long_gap_days:
            gaps.append((before + timedelta(days=1), after - timedelta(days=1)))
    return Cadence(counted, days, current, longest, longest_gap, tuple(gaps))


# -- contexts, stakeholders, and what goes together ---------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """Where and with whom, overall and per theme."""

    contexts: Mapping[str, int]
    stakeholders: Mapping[str, int]
    contexts_by_theme: Mapping[str, Mapping[str, int]]
    stakeholders_by_theme: Mapping[str, Mapping[str, int]]


def _pairs(store: Store, kind: str, period: Period, separator: str) -> dict[tuple[str, str], int]:
    return {
        tuple(key.split(separator, 1)): count
        for key, count in store.stats_totals(kind, period.start, period.end).items()
    }


def _nested(pairs: Mapping[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    nested: dict[str, dict[str, int]] = defaultdict(dict)
    for (outer, inner), count in pairs.items():
        nested[outer][inner] = count
    return dict(nested)


def breakdown(store: Store, period: Period) -> Breakdown:
    return Breakdown(
        contexts=store.stats_totals("context", period.start, period.end),
        stakeholders=store.stats_totals("stakeholder", period.start, period.end),
        contexts_by_theme=_nested(_pairs(store, "theme_context", period, ">")),
        stakeholders_by_theme=_nested(_pairs(store, "theme_stakeholder", period, ">")),
    )


@dataclass(frozen=True)
class CoOccurrence:
    themes: Mapping[tuple[str, str], int]  # (theme, theme), in id order
    theme_criteria: Mapping[tuple[str, str], int]  # (theme, criterion)


def co_occurrence(store: Store, period: Period) -> CoOccurrence:
    return CoOccurrence(_pairs(store, "theme_pair", period, "+"), _pairs(store, "theme_criterion", period, ">"))


# -- next steps -------------------------------------------------------------------------------------

OVERDUE, DUE, OPEN = "overdue", "due", "open"


@dataclass(frozen=True)
class NextStepItem:
    step: NextStep
    reflection_uuid: str
    reflection_title: str
    reflection_day: date
    status: str  # OVERDUE (due before today), DUE (due within the coming week), OPEN
    private: bool = False  # on a private reflection: kept out of reports unless chosen


@dataclass(frozen=True)
class NextSteps:
    """Open next steps: the first ones (or all), and how many there are of each status."""

    items: tuple[NextStepItem, ...]
    counts: Mapping[str, int]  # OVERDUE, DUE, OPEN: over all open steps, not only ``items``

    @classmethod
    def of(cls, items: Iterable[NextStepItem]) -> NextSteps:
        items = tuple(items)
        return cls(items, {status: sum(item.status == status for item in items) for status in (OVERDUE, DUE, OPEN)})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)


def next_steps(store: Store, today: date, soon_days: int = 7, limit: int | None = None) -> NextSteps:
    """The open next steps, the earliest due first (the first ``limit``, or all), with their
    counts: overdue (due before today), due (within ``soon_days``), and the other open ones."""
    soon = today + timedelta(days=soon_days)

    def status(step: NextStep) -> str:
        if step.due is None or step.due > soon:
            return OPEN
        return OVERDUE if step.due < today else DUE

    total, overdue, due = store.open_next_step_counts(today, soon)
    return NextSteps(
        tuple(
            NextStepItem(
                step,
                summary.uuid,
                summary.title or summary.first_line,
                summary.entry_at.date(),
                status(step),
                summary.private,
            )
            for step, summary in store.open_next_steps(limit)
        ),
        {OVERDUE: overdue, DUE: due, OPEN: total - overdue - due},
    )


# -- what to reflect on next ------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    theme_id: str
    prompt: Prompt | None  # None only if the framework has no questions at all
    criterion_id: str | None  # a success criterion of that theme with no reflection in the period


def suggestion(framework: Framework, balance_: Balance, coverage_: Coverage, turn: int = 0) -> Suggestion:
    """A question from the most neglected theme, naming one of its criteria left untouched."""
    theme_id = balance_.most_neglected().theme_id
    prompts = theme_prompts(framework, theme_id)
    untouched = [c.criterion_id for c in coverage_.never() if c.theme_id == theme_id]
    return Suggestion(
        theme_id,
        prompts[turn % len(prompts)] if prompts else None,
        untouched[turn % len(untouched)] if untouched else None,
    )

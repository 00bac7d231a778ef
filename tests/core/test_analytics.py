"""Patterns over time, checked against numbers worked out by hand on small journals.

Every journal here is built in the test itself; every expected number is counted on paper (the
arithmetic is in a comment where it is not obvious). Calendar facts used throughout:
2025-12-29, 2026-01-05, 2026-01-12, 2026-02-09 and 2026-03-02 are Mondays; 2026-01-01 is a
Thursday; 2026-03-04 is a Wednesday.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from framework import load_bundled
from framework.personal import OwnCriterion, TargetBalance
from journal import analytics
from journal.analytics import DUE, MONTH, OPEN, OVERDUE, WEEK, Period
from journal.model import NextStep, Reflection
from journal.store import Store
from tests.factories import CPH, at, reflection

FRAMEWORK = load_bundled()
THEMES = ("borgere", "samarbejde", "styring")
D = date
NEW_YORK_WINTER = timezone(timedelta(hours=-5))
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture
def store():
    with Store.memory() as store:
        yield store


def add(
    store: Store,
    day: date,
    *themes: str,
    criteria=(),
    context=None,
    stakeholders=(),
    steps=(),
    hour: int = 12,
    minute: int = 0,
    tz=CPH,
    title: str = "En refleksion",
) -> Reflection:
    """One reflection written on ``day`` (local time ``hour:minute`` at ``tz``)."""
    return store.create(
        reflection(
            entry_at=at(day.year, day.month, day.day, hour, minute, tz=tz),
            title=title,
            theme_ids=themes,
            criterion_ids=criteria,
            context_id=context,
            stakeholders=stakeholders,
            next_steps=steps,
        )
    )


def own(criterion_id: str, theme_id: str, retired: bool = False) -> OwnCriterion:
    return OwnCriterion(
        criterion_id, theme_id, f"Mit kriterium {criterion_id}", EPOCH, EPOCH + timedelta(days=30) if retired else None
    )


def counts(balance: analytics.Balance) -> dict[str, int]:
    return {share.theme_id: share.count for share in balance.shares}


def shares(balance: analytics.Balance) -> dict[str, float]:
    return {share.theme_id: share.share for share in balance.shares}


def spans(trend: analytics.Trend) -> list[tuple[date, date]]:
    return [(bucket.start, bucket.end) for bucket in trend.buckets]


def rows(coverage: analytics.Coverage) -> dict[str, analytics.CriterionCoverage]:
    return {row.criterion_id: row for row in coverage.criteria}


def organisation_criteria() -> list[str]:
    return [criterion.id for theme in FRAMEWORK.themes for criterion in theme.success_criteria]


MARCH = Period(D(2026, 3, 1), D(2026, 3, 31))


# -- periods and buckets ---------------------------------------------------------------------------


def test_period_helpers():
    assert Period.last_days(7, D(2026, 3, 4)) == Period(D(2026, 2, 26), D(2026, 3, 4))
    assert Period.last_days(7, D(2026, 3, 4)).days == 7
    assert Period.all_time(D(2026, 3, 4)) == Period(None, D(2026, 3, 4), to_last=True)
    assert Period(D(2025, 12, 1), D(2026, 1, 31)).days == 62  # 31 + 31


def test_all_time_starts_at_the_first_live_reflection(store):
    assert Period.all_time(D(2026, 3, 4)).resolved(store) == Period(D(2026, 3, 4), D(2026, 3, 4))  # empty: end
    first = add(store, D(2026, 1, 14), "borgere")
    add(store, D(2026, 2, 3), "styring")
    assert Period.all_time(D(2026, 3, 4)).resolved(store) == Period(D(2026, 1, 14), D(2026, 3, 4))
    store.delete(first.uuid)
    assert Period.all_time(D(2026, 3, 4)).resolved(store) == Period(D(2026, 2, 3), D(2026, 3, 4))
    explicit = Period(D(2026, 1, 1), D(2026, 1, 31))
    assert explicit.resolved(store) == explicit


def test_the_whole_journal_counts_a_reflection_dated_after_today(store):
    """A meeting written up ahead is in the journal: "all" runs on to it, a plain period does not."""
    add(store, D(2026, 2, 3), "borgere")
    add(store, D(2026, 3, 20), "styring")
    today = D(2026, 3, 4)
    assert Period.all_time(today).resolved(store) == Period(D(2026, 2, 3), D(2026, 3, 20))
    assert analytics.balance(store, FRAMEWORK, Period.all_time(today)).reflections == 2
    assert analytics.balance(store, FRAMEWORK, Period(None, today)).reflections == 1
    assert analytics.balance(store, FRAMEWORK, Period.last_days(30, today)).reflections == 1


def test_buckets_are_mondays_and_months_clipped_to_the_period():
    period = Period(D(2026, 1, 7), D(2026, 2, 1))  # Wednesday to Sunday
    assert analytics.buckets(period, WEEK) == [
        (D(2026, 1, 7), D(2026, 1, 11)),
        (D(2026, 1, 12), D(2026, 1, 18)),
        (D(2026, 1, 19), D(2026, 1, 25)),
        (D(2026, 1, 26), D(2026, 2, 1)),
    ]
    assert analytics.buckets(Period(D(2025, 11, 15), D(2026, 2, 10)), MONTH) == [
        (D(2025, 11, 15), D(2025, 11, 30)),
        (D(2025, 12, 1), D(2025, 12, 31)),
        (D(2026, 1, 1), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 10)),
    ]
    # The week of New Year 2026 runs from Monday 29 December to Sunday 4 January.
    assert analytics.buckets(Period(D(2025, 12, 31), D(2026, 1, 5)), WEEK) == [
        (D(2025, 12, 31), D(2026, 1, 4)),
        (D(2026, 1, 5), D(2026, 1, 5)),
    ]


# -- balance ---------------------------------------------------------------------------------------


def balance_journal(store: Store) -> None:
    """In March: borgere 3, samarbejde 1, styring 2 theme tags on 7 reflections."""
    add(store, D(2026, 3, 2), "borgere")
    add(store, D(2026, 3, 3), "borgere", "samarbejde")
    add(store, D(2026, 3, 4), "borgere", "styring")
    add(store, D(2026, 3, 5), "styring")
    add(store, D(2026, 3, 6))  # no theme: a reflection, but no theme tag
    add(store, D(2026, 3, 7), "gammel")  # a theme not in the framework: no tag either
    add(store, D(2026, 3, 8))
    add(store, D(2026, 2, 28), "samarbejde", "styring")  # before March
    add(store, D(2026, 4, 1), "samarbejde")  # after March
    store.delete(add(store, D(2026, 3, 10), "samarbejde").uuid)  # in the Trash


def test_balance_counts_theme_tags_and_shares_of_all_tags(store):
    balance_journal(store)
    balance = analytics.balance(store, FRAMEWORK, MARCH)
    assert balance.period == MARCH
    assert balance.reflections == 7  # 3 of them without a theme of the framework
    assert counts(balance) == {"borgere": 3, "samarbejde": 1, "styring": 2}
    assert balance.tagged == 6  # 3 + 1 + 2 theme tags
    # borgere 3 of 6 tags = 0.5; samarbejde 1/6; styring 2/6
    assert shares(balance) == pytest.approx({"borgere": 0.5, "samarbejde": 1 / 6, "styring": 1 / 3})
    assert sum(shares(balance).values()) == pytest.approx(1.0)
    assert all(share.target is None and share.gap is None for share in balance.shares)
    assert [share.theme_id for share in balance.shares] == list(THEMES)
    assert balance.share("styring").count == 2


def test_balance_shares_are_of_tags_not_of_reflections(store):
    add(store, D(2026, 3, 2), "borgere", "samarbejde")
    add(store, D(2026, 3, 3), "borgere")
    balance = analytics.balance(store, FRAMEWORK, MARCH)
    assert balance.reflections == 2 and balance.tagged == 3
    # borgere is on both reflections, but 2 of 3 tags = 2/3 (not 2 of 2 reflections = 1.0)
    assert shares(balance) == pytest.approx({"borgere": 2 / 3, "samarbejde": 1 / 3, "styring": 0.0})


def test_balance_against_a_target(store):
    balance_journal(store)
    balance = analytics.balance(
        store, FRAMEWORK, MARCH, TargetBalance.of({"borgere": 20, "samarbejde": 20, "styring": 60})
    )
    assert {s.theme_id: s.target for s in balance.shares} == pytest.approx(
        {"borgere": 0.2, "samarbejde": 0.2, "styring": 0.6}
    )
    # gap = share - target: 0.5 - 0.2 = +0.3; 1/6 - 0.2 = -1/30; 1/3 - 0.6 = -4/15
    assert {s.theme_id: s.gap for s in balance.shares} == pytest.approx(
        {"borgere": 0.3, "samarbejde": -1 / 30, "styring": -4 / 15}
    )
    assert balance.most_neglected().theme_id == "styring"  # furthest below its target
    # Without a target the least reflected on is the most neglected: samarbejde, 1/6.
    assert analytics.balance(store, FRAMEWORK, MARCH).most_neglected().theme_id == "samarbejde"


def test_most_neglected_without_target_breaks_ties_in_framework_order(store):
    add(store, D(2026, 3, 2), "borgere")
    add(store, D(2026, 3, 3), "borgere")
    add(store, D(2026, 3, 4), "samarbejde")
    add(store, D(2026, 3, 5), "styring")
    # samarbejde and styring both 1 of 4 = 0.25: the first of them in the framework
    assert analytics.balance(store, FRAMEWORK, MARCH).most_neglected().theme_id == "samarbejde"
    add(store, D(2026, 3, 6), "samarbejde")
    assert analytics.balance(store, FRAMEWORK, MARCH).most_neglected().theme_id == "styring"


def test_balance_of_an_empty_journal_is_all_zero(store):
    balance = analytics.balance(store, FRAMEWORK, MARCH)
    assert balance.reflections == 0 and balance.tagged == 0
    assert counts(balance) == {"borgere": 0, "samarbejde": 0, "styring": 0}
    assert shares(balance) == {"borgere": 0.0, "samarbejde": 0.0, "styring": 0.0}
    assert balance.most_neglected().theme_id == "borgere"  # all 0: the first theme
    target = TargetBalance.of({"borgere": 20, "samarbejde": 20, "styring": 60})
    with_target = analytics.balance(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)), target)
    assert with_target.reflections == 0
    assert {s.theme_id: s.gap for s in with_target.shares} == pytest.approx(
        {"borgere": -0.2, "samarbejde": -0.2, "styring": -0.6}
    )
    assert with_target.most_neglected().theme_id == "styring"


def test_balance_of_a_single_reflection(store):
    add(store, D(2026, 3, 4), "samarbejde")
    balance = analytics.balance(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)))
    assert balance.reflections == 1 and balance.tagged == 1
    assert shares(balance) == {"borgere": 0.0, "samarbejde": 1.0, "styring": 0.0}
    assert balance.most_neglected().theme_id == "borgere"
    even = analytics.balance(store, FRAMEWORK, MARCH, TargetBalance.even(THEMES))  # 34/33/33
    # gaps: 0 - 0.34, 1 - 0.33, 0 - 0.33: borgere furthest below
    assert even.share("samarbejde").gap == pytest.approx(0.67)
    assert even.most_neglected().theme_id == "borgere"


def test_all_time_balance_counts_every_reflection_in_the_journal(store):
    add(store, D(2024, 6, 1), "borgere")
    add(store, D(2026, 3, 4), "styring")
    add(store, D(2026, 3, 5), "samarbejde")  # tomorrow: written up ahead, and in the journal
    assert counts(analytics.balance(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)))) == {
        "borgere": 1,
        "samarbejde": 1,
        "styring": 1,
    }
    assert counts(analytics.balance(store, FRAMEWORK, Period.last_days(365, D(2026, 3, 4)))) == {
        "borgere": 0,
        "samarbejde": 0,
        "styring": 1,
    }


# -- trend -----------------------------------------------------------------------------------------


def test_weekly_trend_with_an_empty_week_and_a_rolling_share(store):
    add(store, D(2026, 1, 6), "borgere")  # Tuesday before the period, in its first week: not counted
    add(store, D(2026, 1, 7), "borgere")
    add(store, D(2026, 1, 9), "borgere", "styring")
    add(store, D(2026, 1, 20), "samarbejde")
    add(store, D(2026, 2, 1), "styring")
    add(store, D(2026, 2, 2), "styring")  # after the period
    trend = analytics.trend(store, FRAMEWORK, Period(D(2026, 1, 7), D(2026, 2, 1)), window=2)
    assert trend.unit == WEEK and trend.window == 2  # 26 days: weeks
    assert spans(trend) == [
        (D(2026, 1, 7), D(2026, 1, 11)),
        (D(2026, 1, 12), D(2026, 1, 18)),
        (D(2026, 1, 19), D(2026, 1, 25)),
        (D(2026, 1, 26), D(2026, 2, 1)),
    ]
    assert [b.reflections for b in trend.buckets] == [2, 0, 1, 1]
    assert [dict(b.counts) for b in trend.buckets] == [
        {"borgere": 2, "samarbejde": 0, "styring": 1},
        {"borgere": 0, "samarbejde": 0, "styring": 0},  # the empty week is there, with zeros
        {"borgere": 0, "samarbejde": 1, "styring": 0},
        {"borgere": 0, "samarbejde": 0, "styring": 1},
    ]
    # Rolling over this and the previous bucket:
    # week 1: b2 s1 of 3 tags; week 2: weeks 1+2 = the same; week 3: weeks 2+3 = samarbejde 1 of 1;
    # week 4: weeks 3+4 = samarbejde 1, styring 1 of 2.
    assert [dict(b.rolling_share) for b in trend.buckets] == [
        pytest.approx({"borgere": 2 / 3, "samarbejde": 0.0, "styring": 1 / 3}),
        pytest.approx({"borgere": 2 / 3, "samarbejde": 0.0, "styring": 1 / 3}),
        pytest.approx({"borgere": 0.0, "samarbejde": 1.0, "styring": 0.0}),
        pytest.approx({"borgere": 0.0, "samarbejde": 0.5, "styring": 0.5}),
    ]
    # With the default window of 4 the last bucket sees all four: b2, s1, st2 of 5 tags.
    wide = analytics.trend(store, FRAMEWORK, Period(D(2026, 1, 7), D(2026, 2, 1)))
    assert wide.window == 4
    assert dict(wide.buckets[-1].rolling_share) == pytest.approx({"borgere": 0.4, "samarbejde": 0.2, "styring": 0.4})
    # window 3 at week 3: weeks 1-3 = b2, s1, st1 of 4 tags
    three = analytics.trend(store, FRAMEWORK, Period(D(2026, 1, 7), D(2026, 2, 1)), window=3)
    assert dict(three.buckets[2].rolling_share) == pytest.approx({"borgere": 0.5, "samarbejde": 0.25, "styring": 0.25})


def test_rolling_share_with_an_empty_window_is_zero(store):
    add(store, D(2026, 1, 5), "borgere")
    trend = analytics.trend(store, FRAMEWORK, Period(D(2026, 1, 5), D(2026, 1, 25)), window=1)
    assert [dict(b.rolling_share) for b in trend.buckets] == [
        {"borgere": 1.0, "samarbejde": 0.0, "styring": 0.0},
        {"borgere": 0.0, "samarbejde": 0.0, "styring": 0.0},
        {"borgere": 0.0, "samarbejde": 0.0, "styring": 0.0},
    ]


def test_monthly_trend_keeps_the_empty_month(store):
    add(store, D(2025, 11, 20), "borgere")
    add(store, D(2026, 1, 2), "samarbejde", "styring")
    add(store, D(2026, 1, 30), "samarbejde")
    add(store, D(2026, 2, 10), "borgere")
    trend = analytics.trend(store, FRAMEWORK, Period(D(2025, 11, 15), D(2026, 2, 10)), unit=MONTH, window=3)
    assert trend.unit == MONTH
    assert spans(trend) == [
        (D(2025, 11, 15), D(2025, 11, 30)),
        (D(2025, 12, 1), D(2025, 12, 31)),
        (D(2026, 1, 1), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 10)),
    ]
    assert [b.reflections for b in trend.buckets] == [1, 0, 2, 1]
    assert [b.counts["samarbejde"] for b in trend.buckets] == [0, 0, 2, 0]
    assert dict(trend.buckets[1].counts) == {"borgere": 0, "samarbejde": 0, "styring": 0}
    # January, window 3 = Nov + Dec + Jan: borgere 1, samarbejde 2, styring 1 of 4 tags
    assert dict(trend.buckets[2].rolling_share) == pytest.approx({"borgere": 0.25, "samarbejde": 0.5, "styring": 0.25})
    # February, window 3 = Dec + Jan + Feb: borgere 1, samarbejde 2, styring 1 of 4 (November has left)
    assert dict(trend.buckets[3].rolling_share) == pytest.approx({"borgere": 0.25, "samarbejde": 0.5, "styring": 0.25})
    # window 1 in February = February alone: borgere 1 of 1
    narrow = analytics.trend(store, FRAMEWORK, Period(D(2025, 11, 15), D(2026, 2, 10)), unit=MONTH, window=1)
    assert dict(narrow.buckets[3].rolling_share) == {"borgere": 1.0, "samarbejde": 0.0, "styring": 0.0}


def test_trend_chooses_weeks_up_to_four_months_and_months_beyond(store):
    add(store, D(2026, 1, 5), "borgere")
    today = D(2026, 6, 30)
    weekly = analytics.trend(store, FRAMEWORK, Period.last_days(122, today))
    monthly = analytics.trend(store, FRAMEWORK, Period.last_days(123, today))
    assert weekly.unit == WEEK and monthly.unit == MONTH
    # 122 days back from 30 June: 1 March (a Sunday) to 30 June; first week clipped to that Sunday
    assert weekly.buckets[0].start == D(2026, 3, 1) and weekly.buckets[0].end == D(2026, 3, 1)
    assert weekly.buckets[1].start == D(2026, 3, 2)
    assert len(weekly.buckets) == 1 + 18  # the lone Sunday, then Mondays 2 March .. 29 June (17 weeks on)
    assert [b.start for b in monthly.buckets] == [
        D(2026, 2, 28),
        D(2026, 3, 1),
        D(2026, 4, 1),
        D(2026, 5, 1),
        D(2026, 6, 1),
    ]
    # An explicit unit wins over the choice by length.
    assert analytics.trend(store, FRAMEWORK, Period.last_days(30, today), unit=MONTH).unit == MONTH


def test_all_time_trend_starts_at_the_first_reflection(store):
    add(store, D(2026, 1, 14), "borgere")  # a Wednesday
    add(store, D(2026, 2, 3), "styring")
    trend = analytics.trend(store, FRAMEWORK, Period.all_time(D(2026, 2, 4)))
    assert trend.unit == WEEK  # 22 days
    assert spans(trend) == [
        (D(2026, 1, 14), D(2026, 1, 18)),
        (D(2026, 1, 19), D(2026, 1, 25)),
        (D(2026, 1, 26), D(2026, 2, 1)),
        (D(2026, 2, 2), D(2026, 2, 4)),
    ]
    assert [b.reflections for b in trend.buckets] == [1, 0, 0, 1]
    long = analytics.trend(store, FRAMEWORK, Period.all_time(D(2026, 12, 31)))
    assert long.unit == MONTH  # 14 January to 31 December: 352 days
    assert long.buckets[0].start == D(2026, 1, 14) and len(long.buckets) == 12


def test_trend_of_an_empty_journal(store):
    trend = analytics.trend(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)))
    assert spans(trend) == [(D(2026, 3, 4), D(2026, 3, 4))]
    assert trend.buckets[0].reflections == 0
    assert dict(trend.buckets[0].rolling_share) == {"borgere": 0.0, "samarbejde": 0.0, "styring": 0.0}
    fixed = analytics.trend(store, FRAMEWORK, Period(D(2026, 3, 2), D(2026, 3, 15)))
    assert [b.reflections for b in fixed.buckets] == [0, 0]


def test_trend_of_a_single_reflection(store):
    add(store, D(2026, 3, 4), "borgere", "styring")
    trend = analytics.trend(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)))
    assert spans(trend) == [(D(2026, 3, 4), D(2026, 3, 4))]
    assert trend.buckets[0].reflections == 1
    assert dict(trend.buckets[0].counts) == {"borgere": 1, "samarbejde": 0, "styring": 1}
    assert dict(trend.buckets[0].rolling_share) == {"borgere": 0.5, "samarbejde": 0.0, "styring": 0.5}


# -- coverage --------------------------------------------------------------------------------------

COVERAGE_PERIOD = Period(D(2026, 1, 10), D(2026, 3, 5))


def coverage_journal(store: Store) -> None:
    add(store, D(2025, 12, 20), criteria=("samarbejde.k3", "own:ccc"))  # before the period only
    add(store, D(2026, 1, 5), criteria=("borgere.k3",))  # January, but before the period starts
    add(store, D(2026, 1, 10), criteria=("borgere.k1", "borgere.k2"))
    add(store, D(2026, 1, 31), criteria=("borgere.k1",))
    add(store, D(2026, 2, 10), criteria=("own:bbb",))  # retired since, but reflected on in the period
    add(store, D(2026, 2, 20), criteria=("own:aaa", "borgere.k1"))
    add(store, D(2026, 3, 5), criteria=("borgere.k1", "styring.k1"))
    add(store, D(2026, 3, 6), criteria=("styring.k2",))  # after the period
    store.delete(add(store, D(2026, 2, 15), criteria=("samarbejde.k1",)).uuid)


OWN = (
    own("own:aaa", "borgere"),
    own("own:bbb", "samarbejde", retired=True),
    own("own:ccc", "styring", retired=True),
    own("own:ddd", "styring"),
)


def test_coverage_counts_per_criterion_per_month(store):
    coverage_journal(store)
    coverage = analytics.coverage(store, FRAMEWORK, COVERAGE_PERIOD)
    assert coverage.period == COVERAGE_PERIOD
    assert coverage.months == (D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1))
    assert [row.criterion_id for row in coverage.criteria] == organisation_criteria()
    by_id = rows(coverage)
    assert by_id["borgere.k1"].counts == (2, 1, 1)  # 10 and 31 January; 20 February; 5 March
    assert by_id["borgere.k1"].total == 4
    assert by_id["borgere.k2"].counts == (1, 0, 0)
    assert by_id["borgere.k3"].counts == (0, 0, 0)  # 5 January is before the period
    assert by_id["styring.k1"].counts == (0, 0, 1)
    assert by_id["styring.k2"].counts == (0, 0, 0)  # 6 March is after it
    assert by_id["samarbejde.k1"].counts == (0, 0, 0)  # in the Trash
    assert by_id["styring.k1"].theme_id == "styring" and not by_id["styring.k1"].own


def test_coverage_last_day_may_lie_before_the_period_but_not_after_it(store):
    coverage_journal(store)
    by_id = rows(analytics.coverage(store, FRAMEWORK, COVERAGE_PERIOD))
    assert by_id["borgere.k1"].last_day == D(2026, 3, 5)
    assert by_id["borgere.k2"].last_day == D(2026, 1, 10)
    assert by_id["borgere.k3"].last_day == D(2026, 1, 5)  # before the period
    assert by_id["samarbejde.k3"].last_day == D(2025, 12, 20)  # before the period
    assert by_id["styring.k2"].last_day is None  # only after the period's end
    assert by_id["samarbejde.k1"].last_day is None  # only in the Trash


def test_never_lists_the_criteria_with_no_reflection_in_the_period(store):
    coverage_journal(store)
    coverage = analytics.coverage(store, FRAMEWORK, COVERAGE_PERIOD)
    assert [row.criterion_id for row in coverage.never()] == [
        "borgere.k3",
        "samarbejde.k1",
        "samarbejde.k2",
        "samarbejde.k3",
        "styring.k2",
        "styring.k3",
    ]


def test_own_criteria_follow_the_organisations_under_their_theme(store):
    coverage_journal(store)
    coverage = analytics.coverage(store, FRAMEWORK, COVERAGE_PERIOD, OWN)
    assert [row.criterion_id for row in coverage.criteria] == [
        "borgere.k1",
        "borgere.k2",
        "borgere.k3",
        "own:aaa",
        "samarbejde.k1",
        "samarbejde.k2",
        "samarbejde.k3",
        "own:bbb",
        "styring.k1",
        "styring.k2",
        "styring.k3",
        "own:ddd",
    ]  # own:ccc is retired and not reflected on in the period: left out
    by_id = rows(coverage)
    assert by_id["own:aaa"].own and not by_id["own:aaa"].retired and by_id["own:aaa"].counts == (0, 1, 0)
    assert by_id["own:aaa"].theme_id == "borgere"
    assert by_id["own:bbb"].own and by_id["own:bbb"].retired and by_id["own:bbb"].counts == (0, 1, 0)
    assert by_id["own:ddd"].counts == (0, 0, 0) and by_id["own:ddd"].last_day is None
    never = [row.criterion_id for row in coverage.never()]
    assert "own:ddd" in never  # in use, never reflected on
    assert not any(row.retired for row in coverage.never())


def test_a_retired_own_criterion_shows_only_when_reflected_on_in_the_period(store):
    add(store, D(2026, 1, 20), criteria=("own:bbb",))
    retired = (own("own:bbb", "samarbejde", retired=True),)
    january = analytics.coverage(store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 1, 31)), retired)
    assert "own:bbb" in rows(january)
    february = analytics.coverage(store, FRAMEWORK, Period(D(2026, 2, 1), D(2026, 2, 28)), retired)
    assert "own:bbb" not in rows(february)
    assert all(row.criterion_id != "own:bbb" for row in february.never())
    # The same criterion while still in use is shown (and never reflected on in February).
    active = analytics.coverage(
        store, FRAMEWORK, Period(D(2026, 2, 1), D(2026, 2, 28)), (own("own:bbb", "samarbejde"),)
    )
    assert rows(active)["own:bbb"].last_day == D(2026, 1, 20)
    assert "own:bbb" in [row.criterion_id for row in active.never()]


def test_coverage_of_an_empty_journal(store):
    coverage = analytics.coverage(store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 3, 4)), OWN[:1])
    assert coverage.months == (D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1))
    assert all(row.counts == (0, 0, 0) and row.last_day is None for row in coverage.criteria)
    assert len(coverage.never()) == 9 + 1  # every organisation criterion and the own one in use
    all_time = analytics.coverage(store, FRAMEWORK, Period.all_time(D(2026, 3, 4)))
    assert all_time.months == (D(2026, 3, 1),)
    assert all_time.period == Period(D(2026, 3, 4), D(2026, 3, 4))


def test_coverage_of_a_single_reflection_over_all_time(store):
    add(store, D(2025, 11, 30), criteria=("styring.k3",))
    coverage = analytics.coverage(store, FRAMEWORK, Period.all_time(D(2026, 1, 15)))
    assert coverage.period == Period(D(2025, 11, 30), D(2026, 1, 15))
    assert coverage.months == (D(2025, 11, 1), D(2025, 12, 1), D(2026, 1, 1))
    assert rows(coverage)["styring.k3"].counts == (1, 0, 0)
    assert len(coverage.never()) == 8


# -- cadence ---------------------------------------------------------------------------------------

CADENCE_PERIOD = Period(D(2026, 1, 1), D(2026, 3, 4))  # 31 + 28 + 4 = 63 days = 9 weeks


def cadence_journal(store: Store) -> None:
    for day in (
        D(2026, 1, 1),
        D(2026, 1, 1),
        D(2026, 1, 2),  # week of 29 Dec
        D(2026, 1, 7),
        D(2026, 1, 13),
        D(2026, 1, 19),  # weeks of 5, 12, 19 Jan: a run of 4
        D(2026, 2, 10),
        D(2026, 2, 17),
        D(2026, 2, 25),
    ):  # weeks of 9, 16, 23 Feb: a run of 3
        add(store, day, "borgere")
    add(store, D(2025, 12, 30), "borgere")  # before the period (and in its first week)


def test_cadence_counts_days_weeks_streaks_and_gaps(store):
    cadence_journal(store)
    cadence = analytics.cadence(store, CADENCE_PERIOD)
    assert cadence.period == CADENCE_PERIOD
    assert dict(cadence.days) == {
        D(2026, 1, 1): 2,
        D(2026, 1, 2): 1,
        D(2026, 1, 7): 1,
        D(2026, 1, 13): 1,
        D(2026, 1, 19): 1,
        D(2026, 2, 10): 1,
        D(2026, 2, 17): 1,
        D(2026, 2, 25): 1,
    }
    assert cadence.reflections == 9
    assert cadence.active_days == 8
    assert cadence.per_week == pytest.approx(1.0)  # 9 reflections / (63 days / 7) = 9 / 9
    # Wednesday 4 March: this week has none yet, but it is not over, so 9, 16, 23 Feb still count.
    assert cadence.current_streak == 3
    assert cadence.longest_streak == 4  # 29 Dec, 5, 12, 19 Jan
    # Empty runs: 3-6 Jan (4), 8-12 (5), 14-18 (5), 20 Jan-9 Feb (12 + 9 = 21), 11-16 Feb (6),
    # 18-24 Feb (7), 26 Feb-4 Mar (7)
    assert cadence.longest_gap == 21
    assert cadence.gaps == ((D(2026, 1, 20), D(2026, 2, 9)),)


def test_a_reflection_this_week_extends_the_streak(store):
    cadence_journal(store)
    add(store, D(2026, 3, 3), "styring")
    cadence = analytics.cadence(store, CADENCE_PERIOD)
    assert cadence.current_streak == 4  # 9, 16, 23 Feb and this week
    assert cadence.longest_streak == 4


def test_a_week_over_without_a_reflection_breaks_the_streak(store):
    cadence_journal(store)
    # On Wednesday 11 March, the week of 2 March is over and had none.
    cadence = analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 3, 11)))
    assert cadence.current_streak == 0
    assert cadence.longest_streak == 4
    assert cadence.longest_gap == 21
    assert cadence.gaps == ((D(2026, 1, 20), D(2026, 2, 9)), (D(2026, 2, 26), D(2026, 3, 11)))  # 3 + 11 = 14 days


def test_long_gaps_start_at_fourteen_days(store):
    add(store, D(2026, 1, 1))
    add(store, D(2026, 1, 16))  # 2-15 January: 14 empty days
    assert analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 16))).gaps == ((D(2026, 1, 2), D(2026, 1, 15)),)
    assert analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 16)), long_gap_days=15).gaps == ()
    add(store, D(2026, 1, 15))  # now 2-14 January: 13 days
    cadence = analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 16)))
    assert cadence.gaps == () and cadence.longest_gap == 13


def test_gaps_at_the_edges_of_the_period_count(store):
    add(store, D(2025, 12, 1))  # the journal began before the period
    add(store, D(2026, 1, 20))
    cadence = analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 31)))
    # 1-19 January (19 days) before it, 21-31 January (11 days) after it
    assert cadence.longest_gap == 19
    assert cadence.gaps == ((D(2026, 1, 1), D(2026, 1, 19)),)


def test_days_before_the_first_reflection_are_not_a_pause(store):
    add(store, D(2026, 1, 20))  # the very first reflection
    cadence = analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 31)))
    assert cadence.period == Period(D(2026, 1, 20), D(2026, 1, 31))
    # only 21-31 January (11 days) counts as a pause
    assert cadence.longest_gap == 11 and cadence.gaps == ()
    assert cadence.per_week == pytest.approx(1 / (12 / 7))  # one reflection in 12 days


def test_cadence_of_an_empty_journal(store):
    cadence = analytics.cadence(store, Period(D(2026, 2, 1), D(2026, 2, 28)))
    assert dict(cadence.days) == {}
    assert cadence.reflections == 0 and cadence.active_days == 0 and cadence.per_week == 0.0
    assert cadence.current_streak == 0 and cadence.longest_streak == 0
    assert cadence.longest_gap == 0 and cadence.gaps == ()  # nothing written yet: no pause either
    all_time = analytics.cadence(store, Period.all_time(D(2026, 3, 4)))
    assert all_time.reflections == 0 and all_time.current_streak == 0 and all_time.gaps == ()


def test_cadence_of_a_single_reflection(store):
    add(store, D(2026, 3, 2))
    cadence = analytics.cadence(store, Period.last_days(28, D(2026, 3, 4)))  # 5 Feb - 4 Mar
    assert cadence.reflections == 1 and cadence.active_days == 1
    # The journal began on 2 March: 2-4 March, three days, count as one week.
    assert cadence.per_week == pytest.approx(1.0)
    assert cadence.current_streak == 1 and cadence.longest_streak == 1
    assert cadence.longest_gap == 2  # 3-4 March; February was before the journal began
    assert cadence.gaps == ()


# -- breakdown and co-occurrence -------------------------------------------------------------------


def breakdown_journal(store: Store) -> Reflection:
    add(
        store,
        D(2026, 3, 2),
        "borgere",
        "samarbejde",
        criteria=("borgere.k1",),
        context="lus",
        stakeholders=("citizens", "staff"),
    )
    add(
        store,
        D(2026, 3, 3),
        "borgere",
        criteria=("borgere.k1", "styring.k2"),
        context="lus",
        stakeholders=("citizens",),
    )
    add(store, D(2026, 3, 4), "styring", stakeholders=("manager",))
    add(store, D(2026, 2, 27), "borgere", "styring", context="rekruttering", stakeholders=("peers",))  # February
    gone = add(
        store,
        D(2026, 3, 5),
        "borgere",
        "styring",
        criteria=("borgere.k2",),
        context="rekruttering",
        stakeholders=("politicians",),
    )
    store.delete(gone.uuid)
    return gone


def test_breakdown_of_contexts_and_stakeholders_overall_and_per_theme(store):
    breakdown_journal(store)
    breakdown = analytics.breakdown(store, MARCH)
    assert dict(breakdown.contexts) == {"lus": 2}
    assert dict(breakdown.stakeholders) == {"citizens": 2, "staff": 1, "manager": 1}
    assert breakdown.contexts_by_theme == {"borgere": {"lus": 2}, "samarbejde": {"lus": 1}}  # styring: no context
    assert breakdown.stakeholders_by_theme == {
        "borgere": {"citizens": 2, "staff": 1},
        "samarbejde": {"citizens": 1, "staff": 1},
        "styring": {"manager": 1},
    }


def test_co_occurrence_of_themes_and_of_themes_with_criteria(store):
    breakdown_journal(store)
    together = analytics.co_occurrence(store, MARCH)
    assert together.themes == {("borgere", "samarbejde"): 1}
    # first: borgere×k1, samarbejde×k1; second: borgere×k1, borgere×styring.k2 (a criterion of another theme)
    assert together.theme_criteria == {
        ("borgere", "borgere.k1"): 2,
        ("samarbejde", "borgere.k1"): 1,
        ("borgere", "styring.k2"): 1,
    }
    add(store, D(2026, 3, 9), "styring", "borgere", "samarbejde")  # every pair once, in id order
    assert analytics.co_occurrence(store, MARCH).themes == {
        ("borgere", "samarbejde"): 2,
        ("borgere", "styring"): 1,
        ("samarbejde", "styring"): 1,
    }


def test_breakdown_and_co_occurrence_bring_a_restored_reflection_back(store):
    gone = breakdown_journal(store)
    store.restore(gone.uuid)
    breakdown = analytics.breakdown(store, MARCH)
    assert dict(breakdown.contexts) == {"lus": 2, "rekruttering": 1}
    assert breakdown.stakeholders["politicians"] == 1
    assert breakdown.contexts_by_theme["styring"] == {"rekruttering": 1}
    together = analytics.co_occurrence(store, MARCH)
    assert together.themes == {("borgere", "samarbejde"): 1, ("borgere", "styring"): 1}
    assert together.theme_criteria[("styring", "borgere.k2")] == 1


def test_breakdown_of_an_empty_journal(store):
    breakdown = analytics.breakdown(store, Period.all_time(D(2026, 3, 4)))
    assert (dict(breakdown.contexts), dict(breakdown.stakeholders)) == ({}, {})
    assert (dict(breakdown.contexts_by_theme), dict(breakdown.stakeholders_by_theme)) == ({}, {})
    together = analytics.co_occurrence(store, Period.all_time(D(2026, 3, 4)))
    assert (dict(together.themes), dict(together.theme_criteria)) == ({}, {})


# -- next steps ------------------------------------------------------------------------------------

TODAY = D(2026, 3, 4)


def test_next_steps_overdue_due_and_open_in_order(store):
    first = add(
        store,
        D(2026, 2, 20),
        "borgere",
        title="Dialogmøde",
        steps=(
            NextStep("Overskredet", due=D(2026, 3, 3)),
            NextStep("I dag", due=D(2026, 3, 4)),
            NextStep("Uden dato A"),
            NextStep("Gjort", due=D(2026, 3, 1), done_at=datetime(2026, 3, 2, 9, tzinfo=CPH)),
            NextStep("Uden dato B"),
        ),
    )
    add(
        store,
        D(2026, 2, 25),
        "styring",
        title="Budget",
        steps=(
            NextStep("Om en uge", due=D(2026, 3, 11)),  # today + 7: still due
            NextStep("Om otte dage", due=D(2026, 3, 12)),  # today + 8: open
            NextStep("Længe overskredet", due=D(2026, 1, 15)),
            NextStep("Uden dato C"),
        ),
    )
    trashed = add(store, D(2026, 2, 26), title="Slettet", steps=(NextStep("I papirkurven", due=D(2026, 3, 5)),))
    store.delete(trashed.uuid)
    steps = analytics.next_steps(store, TODAY)
    assert [(item.step.text, item.status) for item in steps.items] == [
        ("Længe overskredet", OVERDUE),
        ("Overskredet", OVERDUE),
        ("I dag", DUE),
        ("Om en uge", DUE),
        ("Om otte dage", OPEN),
        ("Uden dato A", OPEN),  # no due date: last, the earlier reflection's first, in written order
        ("Uden dato B", OPEN),
        ("Uden dato C", OPEN),
    ]
    assert (steps.count(OVERDUE), steps.count(DUE), steps.count(OPEN)) == (2, 2, 4)
    first_three = analytics.next_steps(store, TODAY, limit=3)  # what the Patterns view lists
    assert first_three.items == steps.items[:3]
    assert first_three.counts == steps.counts and first_three.total == 8
    today_item = steps.items[2]
    assert (today_item.reflection_uuid, today_item.reflection_title, today_item.reflection_day) == (
        first.uuid,
        "Dialogmøde",
        D(2026, 2, 20),
    )
    assert today_item.step.due == D(2026, 3, 4)
    # The Trash gives its step back on restore: due tomorrow.
    store.restore(trashed.uuid)
    restored = analytics.next_steps(store, TODAY)
    assert [item.step.text for item in restored.items][3] == "I papirkurven"  # after today's, before 11 March
    assert restored.count(DUE) == 3 and restored.total == 9


def test_closing_a_step_takes_it_off_the_list(store):
    written = add(store, D(2026, 2, 20), steps=(NextStep("Ring til Åse", due=D(2026, 3, 1)), NextStep("Skriv")))
    assert analytics.next_steps(store, TODAY).count(OVERDUE) == 1
    closed = replace(
        written,
        next_steps=(replace(written.next_steps[0], done_at=datetime(2026, 3, 4, 8, tzinfo=CPH)), written.next_steps[1]),
    )
    store.update(closed)
    steps = analytics.next_steps(store, TODAY)
    assert [item.step.text for item in steps.items] == ["Skriv"]
    assert steps.count(OVERDUE) == 0


def test_a_shorter_soon_window(store):
    add(store, D(2026, 2, 20), steps=(NextStep("Om tre dage", due=D(2026, 3, 7)),))
    assert analytics.next_steps(store, TODAY).items[0].status == DUE
    assert analytics.next_steps(store, TODAY, soon_days=2).items[0].status == OPEN


def test_no_next_steps(store):
    add(store, D(2026, 2, 20), "borgere")
    steps = analytics.next_steps(store, TODAY)
    assert steps.items == () and steps.count(OVERDUE) == 0


# -- suggestion ------------------------------------------------------------------------------------


def test_suggestion_asks_about_the_most_neglected_theme_and_an_untouched_criterion(store):
    add(store, D(2026, 3, 2), "borgere", criteria=("borgere.k1",))
    add(store, D(2026, 3, 3), "samarbejde", criteria=("styring.k2",))  # styring.k2 is touched, styring is not
    balance = analytics.balance(store, FRAMEWORK, MARCH)
    coverage = analytics.coverage(store, FRAMEWORK, MARCH)
    assert balance.most_neglected().theme_id == "styring"
    picks = [analytics.suggestion(FRAMEWORK, balance, coverage, turn) for turn in range(4)]
    assert {pick.theme_id for pick in picks} == {"styring"}
    assert [pick.prompt.id for pick in picks] == ["styring.p1", "styring.p2", "styring.p3", "styring.p1"]
    assert [pick.criterion_id for pick in picks] == ["styring.k1", "styring.k3", "styring.k1", "styring.k3"]
    assert all(pick.prompt.theme_id == "styring" for pick in picks)


def test_suggestion_follows_the_target_and_names_own_criteria(store):
    add(store, D(2026, 3, 2), "borgere", criteria=("borgere.k1", "borgere.k2", "borgere.k3"))
    add(store, D(2026, 3, 3), "samarbejde")
    add(store, D(2026, 3, 4), "styring")
    # Shares 1/3 each; against 60/20/20 borgere is 0.27 below: most neglected, though reflected on.
    balance = analytics.balance(
        store, FRAMEWORK, MARCH, TargetBalance.of({"borgere": 60, "samarbejde": 20, "styring": 20})
    )
    coverage = analytics.coverage(
        store, FRAMEWORK, MARCH, (own("own:aaa", "borgere"), own("own:zzz", "borgere", retired=True))
    )
    pick = analytics.suggestion(FRAMEWORK, balance, coverage)
    assert (pick.theme_id, pick.prompt.id, pick.criterion_id) == ("borgere", "borgere.p1", "own:aaa")
    # Every criterion of the theme touched: no criterion to name, still a question.
    everything = analytics.coverage(store, FRAMEWORK, MARCH)
    pick = analytics.suggestion(FRAMEWORK, balance, everything, turn=1)
    assert (pick.theme_id, pick.prompt.id, pick.criterion_id) == ("borgere", "borgere.p2", None)


def test_suggestion_for_an_empty_journal(store):
    period = Period.all_time(TODAY)
    pick = analytics.suggestion(
        FRAMEWORK, analytics.balance(store, FRAMEWORK, period), analytics.coverage(store, FRAMEWORK, period), turn=2
    )
    assert (pick.theme_id, pick.prompt.id, pick.criterion_id) == ("borgere", "borgere.p3", "borgere.k3")


# -- time zones and the year boundary --------------------------------------------------------------


def new_year(store: Store) -> tuple[Reflection, Reflection]:
    """Late on New Year's Eve in New York (already 2026 in UTC); just after midnight in Næstved
    (still 2025 in UTC)."""
    eve = add(store, D(2025, 12, 31), "borgere", criteria=("borgere.k1",), hour=23, minute=30, tz=NEW_YORK_WINTER)
    morning = add(store, D(2026, 1, 1), "styring", criteria=("styring.k1",), hour=0, minute=30, tz=CPH)
    return eve, morning


def test_the_local_date_decides_not_utc(store):
    eve, morning = new_year(store)
    assert eve.entry_at.astimezone(UTC).date() == D(2026, 1, 1)  # what we must not use
    assert morning.entry_at.astimezone(UTC).date() == D(2025, 12, 31)
    year_2025 = analytics.balance(store, FRAMEWORK, Period(D(2025, 1, 1), D(2025, 12, 31)))
    year_2026 = analytics.balance(store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 12, 31)))
    assert year_2025.reflections == 1 and counts(year_2025) == {"borgere": 1, "samarbejde": 0, "styring": 0}
    assert year_2026.reflections == 1 and counts(year_2026) == {"borgere": 0, "samarbejde": 0, "styring": 1}


def test_coverage_across_the_year_boundary(store):
    new_year(store)
    coverage = analytics.coverage(store, FRAMEWORK, Period(D(2025, 12, 1), D(2026, 1, 31)))
    assert coverage.months == (D(2025, 12, 1), D(2026, 1, 1))
    assert rows(coverage)["borgere.k1"].counts == (1, 0)  # December
    assert rows(coverage)["styring.k1"].counts == (0, 1)  # January
    january = analytics.coverage(store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 1, 31)))
    assert january.months == (D(2026, 1, 1),)
    assert rows(january)["borgere.k1"].counts == (0,)
    assert rows(january)["borgere.k1"].last_day == D(2025, 12, 31)  # before the period
    assert "borgere.k1" in [row.criterion_id for row in january.never()]
    december = analytics.coverage(store, FRAMEWORK, Period(D(2025, 12, 1), D(2025, 12, 31)))
    assert rows(december)["styring.k1"].last_day is None  # 1 January is after December


def test_trend_across_the_year_boundary(store):
    new_year(store)
    monthly = analytics.trend(store, FRAMEWORK, Period(D(2025, 12, 1), D(2026, 1, 31)), unit=MONTH)
    assert [dict(b.counts) for b in monthly.buckets] == [
        {"borgere": 1, "samarbejde": 0, "styring": 0},
        {"borgere": 0, "samarbejde": 0, "styring": 1},
    ]
    # The week from Monday 29 December holds both; the period ending on New Year's Eve only the first.
    weekly = analytics.trend(store, FRAMEWORK, Period(D(2025, 12, 29), D(2026, 1, 11)))
    assert [b.reflections for b in weekly.buckets] == [2, 0]
    ending = analytics.trend(store, FRAMEWORK, Period(D(2025, 12, 22), D(2025, 12, 31)))
    assert spans(ending) == [(D(2025, 12, 22), D(2025, 12, 28)), (D(2025, 12, 29), D(2025, 12, 31))]
    assert [dict(b.counts) for b in ending.buckets][1] == {"borgere": 1, "samarbejde": 0, "styring": 0}
    starting = analytics.trend(store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 1, 14)))
    assert spans(starting)[0] == (D(2026, 1, 1), D(2026, 1, 4))
    assert [b.reflections for b in starting.buckets] == [1, 0, 0]


def test_cadence_across_the_year_boundary(store):
    new_year(store)
    assert dict(analytics.cadence(store, Period(D(2025, 12, 1), D(2025, 12, 31))).days) == {D(2025, 12, 31): 1}
    assert dict(analytics.cadence(store, Period(D(2026, 1, 1), D(2026, 1, 31))).days) == {D(2026, 1, 1): 1}
    add(store, D(2025, 12, 23))  # week of 22 Dec
    add(store, D(2026, 1, 7))  # week of 5 Jan
    cadence = analytics.cadence(store, Period(D(2025, 12, 15), D(2026, 1, 8)))
    assert cadence.current_streak == 3  # weeks of 22 Dec, 29 Dec (both years) and 5 Jan
    assert cadence.longest_streak == 3
    assert cadence.reflections == 4
    # The journal began on 23 December; 24-30 December: 7 empty days; 2-6 January: 5
    assert cadence.longest_gap == 7 and cadence.gaps == ()


# -- the Trash, restoring, editing, importing ------------------------------------------------------


def test_deleted_reflections_are_left_out_everywhere_and_restoring_brings_them_back(store):
    period = Period(D(2026, 1, 1), D(2026, 1, 31))
    kept = add(store, D(2026, 1, 12), "samarbejde")
    gone = add(store, D(2026, 1, 10), "borgere", criteria=("borgere.k1",), context="lus", stakeholders=("staff",))

    def observe():
        return (
            analytics.balance(store, FRAMEWORK, period).reflections,
            counts(analytics.balance(store, FRAMEWORK, period))["borgere"],
            rows(analytics.coverage(store, FRAMEWORK, period))["borgere.k1"].total,
            rows(analytics.coverage(store, FRAMEWORK, period))["borgere.k1"].last_day,
            sum(b.reflections for b in analytics.trend(store, FRAMEWORK, period).buckets),
            dict(analytics.cadence(store, period).days),
            dict(analytics.breakdown(store, period).contexts),
            dict(analytics.co_occurrence(store, period).theme_criteria),
            Period.all_time(D(2026, 1, 31)).resolved(store).start,
        )

    with_both = (
        2,
        1,
        1,
        D(2026, 1, 10),
        2,
        {D(2026, 1, 10): 1, D(2026, 1, 12): 1},
        {"lus": 1},
        {("borgere", "borgere.k1"): 1},
        D(2026, 1, 10),
    )
    assert observe() == with_both
    store.delete(gone.uuid)
    assert observe() == (1, 0, 0, None, 1, {D(2026, 1, 12): 1}, {}, {}, D(2026, 1, 12))
    store.restore(gone.uuid)
    assert observe() == with_both
    store.delete(gone.uuid)
    store.empty_trash()
    assert observe() == (1, 0, 0, None, 1, {D(2026, 1, 12): 1}, {}, {}, D(2026, 1, 12))
    store.purge(kept.uuid)
    assert analytics.balance(store, FRAMEWORK, period).reflections == 0


def test_editing_the_date_moves_the_counts(store):
    written = add(store, D(2026, 1, 10), "borgere", criteria=("borgere.k1",))
    period = Period(D(2026, 1, 1), D(2026, 2, 28))
    before = analytics.coverage(store, FRAMEWORK, period)
    assert rows(before)["borgere.k1"].counts == (1, 0)
    store.update(replace(written, entry_at=at(2026, 2, 10), theme_ids=("styring",)))
    after = analytics.coverage(store, FRAMEWORK, period)
    assert rows(after)["borgere.k1"].counts == (0, 1)
    assert rows(after)["borgere.k1"].last_day == D(2026, 2, 10)
    assert dict(analytics.cadence(store, period).days) == {D(2026, 2, 10): 1}
    monthly = analytics.trend(store, FRAMEWORK, period, unit=MONTH)
    assert [dict(b.counts) for b in monthly.buckets] == [
        {"borgere": 0, "samarbejde": 0, "styring": 0},
        {"borgere": 0, "samarbejde": 0, "styring": 1},
    ]
    # Moving it over New Year by changing only the time zone: 1 Jan 02:00 in Næstved is 31 Dec in New York.
    store.update(replace(written, entry_at=at(2026, 1, 1, 2).astimezone(NEW_YORK_WINTER)))
    assert dict(analytics.cadence(store, Period(D(2025, 12, 1), D(2026, 1, 31))).days) == {D(2025, 12, 31): 1}


def test_imported_reflections_count_and_an_imported_trash_does_not(store):
    period = Period(D(2026, 1, 1), D(2026, 1, 31))
    mine = add(store, D(2026, 1, 5), "borgere")
    incoming = [
        reflection(entry_at=at(2026, 1, 6), theme_ids=("samarbejde",)),
        reflection(entry_at=at(2026, 1, 7), theme_ids=("styring",), deleted_at=datetime(2026, 1, 8, tzinfo=CPH)),
        # a newer copy of mine, moved to February
        replace(mine, entry_at=at(2026, 2, 5), updated_at=datetime(2099, 1, 1, tzinfo=UTC)),
    ]
    result = store.merge(incoming)
    assert (result.added, result.updated) == (2, 1)
    assert counts(analytics.balance(store, FRAMEWORK, period)) == {"borgere": 0, "samarbejde": 1, "styring": 0}
    assert counts(analytics.balance(store, FRAMEWORK, Period(D(2026, 2, 1), D(2026, 2, 28))))["borgere"] == 1


def test_own_criteria_appear_from_the_day_they_were_written_and_dropped_ones_keep_their_reflections(store):
    written_in_march = OwnCriterion("own:ny", "borgere", "Ny", at(2026, 3, 10))
    dropped = OwnCriterion("own:gammel", "styring", "Gammel", at(2025, 1, 1))
    store.save_personal_framework(replace(store.personal_framework(), own_criteria=(dropped,)))
    add(store, D(2026, 1, 15), "styring", criteria=("own:gammel",))
    # The framework is restored to one without "Gammel", and "Ny" is added later.
    store.save_personal_framework(replace(store.personal_framework(), own_criteria=(written_in_march,)))
    january = {
        c.criterion_id: c
        for c in analytics.coverage(
            store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 1, 31)), (written_in_march,)
        ).criteria
    }
    assert "own:ny" not in january  # not written yet in January
    assert january["own:gammel"].total == 1 and january["own:gammel"].retired  # shown, as not in use
    assert "own:gammel" not in {
        c.criterion_id
        for c in analytics.coverage(
            store, FRAMEWORK, Period(D(2026, 1, 1), D(2026, 1, 31)), (written_in_march,)
        ).never()
    }
    april = {
        c.criterion_id: c
        for c in analytics.coverage(
            store, FRAMEWORK, Period(D(2026, 4, 1), D(2026, 4, 30)), (written_in_march,)
        ).criteria
    }
    assert april["own:ny"].total == 0 and not april["own:ny"].retired and "own:gammel" not in april

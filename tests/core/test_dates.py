"""Dates as each language writes them: Danish as Danes read it, English with 'Sep', never 'Sept'."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal import dates

WEDNESDAY = date(2026, 12, 2)


def test_danish_dates():
    assert dates.weekday_date(WEDNESDAY, "da") == "ons. 2. dec. 2026"
    assert dates.short_date(WEDNESDAY, "da") == "2. dec. 2026"
    assert dates.long_date(WEDNESDAY, "da") == "2. december 2026"
    assert dates.long_weekday_date(WEDNESDAY, "da") == "onsdag 2. december 2026"
    assert dates.date_and_time(datetime(2026, 12, 2, 14, 5), "da") == "2. dec. 2026 kl. 14.05"
    assert dates.month_label(WEDNESDAY, "da") == "dec. 2026"
    assert dates.month_label(date(2026, 5, 1), "da") == "maj 2026"  # no point after a whole word


def test_english_dates():
    assert dates.weekday_date(WEDNESDAY, "en") == "Wed 2 Dec 2026"
    assert dates.short_date(date(2026, 9, 2), "en") == "2 Sep 2026"
    assert dates.long_date(date(2026, 1, 12), "en") == "12 January 2026"
    assert dates.day_and_month(date(2026, 1, 12), "en") == "12 January"
    assert dates.date_and_time(datetime(2026, 12, 2, 14, 5), "en") == "2 Dec 2026, 14:05"
    assert dates.long_month(date(2026, 9, 1), "en") == "September 2026"


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_month_and_weekday_has_a_name(language):
    months = {dates.short_date(date(2026, month, 1), language) for month in range(1, 13)}
    days = {dates.weekday_date(date(2026, 11, day), language).split()[0] for day in range(2, 9)}
    assert len(months) == 12 and len(days) == 7
    assert not any("Sept" in text for text in months)


def test_a_period_says_its_year_once_when_both_ends_share_it():
    assert dates.period_words(date(2026, 1, 1), date(2026, 3, 31), "da") == "1. januar – 31. marts 2026"
    assert dates.period_words(date(2025, 12, 1), date(2026, 1, 31), "en") == "1 December 2025 – 31 January 2026"
    assert dates.period_words(WEDNESDAY, WEDNESDAY, "en") == "2 December 2026"

"""On this day: a month, a quarter and a year ago today, and the next steps whose day has come."""

from __future__ import annotations

from datetime import date

import pytest

from journal.memories import PER_DAY, STEPS_SHOWN, looking_back, months_back
from journal.model import NextStep
from journal.store import Store
from tests.factories import at, reflection


@pytest.fixture
def store():
    with Store.memory() as store:
        yield store


def test_the_same_day_months_back_or_none_when_that_month_lacks_it():
    assert months_back(date(2026, 12, 3), 1) == date(2026, 11, 3)
    assert months_back(date(2026, 1, 15), 3) == date(2025, 10, 15)
    assert months_back(date(2026, 12, 3), 12) == date(2025, 12, 3)
    assert months_back(date(2026, 3, 31), 1) is None  # no 31 February
    assert months_back(date(2028, 2, 29), 12) is None  # no 29 February in 2027
    assert months_back(date(2026, 5, 31), 3) is None and months_back(date(2026, 5, 31), 12) == date(2025, 5, 31)


def test_reflections_of_a_month_a_quarter_and_a_year_ago_today(store):
    today = date(2026, 12, 3)
    store.create(reflection(title="For en måned siden", entry_at=at(2026, 11, 3, 9)))
    store.create(reflection(title="For et kvartal siden", entry_at=at(2026, 9, 3, 9)))
    store.create(reflection(title="For et år siden", entry_at=at(2025, 12, 3, 9)))
    store.create(reflection(title="Dagen før", entry_at=at(2026, 11, 2, 9)))
    gone = store.create(reflection(title="I papirkurven", entry_at=at(2026, 11, 3, 10)))
    store.delete(gone.uuid)
    back = looking_back(store, today)
    assert [(span, day, [s.title for s in found], count) for span, day, found, count in back.days] == [
        ("month", date(2026, 11, 3), ["For en måned siden"], 1),
        ("quarter", date(2026, 9, 3), ["For et kvartal siden"], 1),
        ("year", date(2025, 12, 3), ["For et år siden"], 1),
    ]
    assert looking_back(store, date(2026, 12, 4)).days == ()  # nothing on those days
    assert not looking_back(store, date(2026, 12, 4))


def test_a_busy_day_shows_the_first_few_and_counts_them_all(store):
    for hour in range(8, 8 + PER_DAY + 2):
        store.create(reflection(title=f"Klokken {hour}", entry_at=at(2025, 12, 3, hour)))
    ((span, _, found, count),) = looking_back(store, date(2026, 12, 3)).days
    assert span == "year" and len(found) == PER_DAY and count == PER_DAY + 2
    assert found[0].title == "Klokken 12"  # the journal's order: the latest first


def test_open_next_steps_due_by_today_earliest_first(store):
    today = date(2026, 12, 3)
    steps = [
        NextStep("Forfalden", due=date(2026, 11, 20)),
        NextStep("I dag", due=today),
        NextStep("I morgen", due=date(2026, 12, 4)),
        NextStep("Uden dato"),
        NextStep("Gjort", due=date(2026, 11, 1), done_at=at(2026, 11, 2)),
    ]
    store.create(reflection(title="Med skridt", entry_at=at(2026, 10, 1), next_steps=tuple(steps)))
    back = looking_back(store, today)
    assert [(step.text, summary.title) for step, summary in back.due_steps] == [
        ("Forfalden", "Med skridt"),
        ("I dag", "Med skridt"),
    ]
    assert back.more_steps == 0


def test_many_due_steps_show_the_first_and_count_the_rest(store):
    today = date(2026, 12, 3)
    steps = tuple(NextStep(f"Skridt {n}", due=date(2026, 11, n)) for n in range(1, STEPS_SHOWN + 4))
    store.create(reflection(entry_at=at(2026, 10, 1), next_steps=steps))
    back = looking_back(store, today)
    assert [step.text for step, _ in back.due_steps] == [f"Skridt {n}" for n in range(1, STEPS_SHOWN + 1)]
    assert back.more_steps == 3

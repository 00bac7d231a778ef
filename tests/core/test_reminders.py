"""Reminders: when they are due (in wall time, across summer time), a missed one shown once, a
stored schedule checked, and what a reminder says."""

from __future__ import annotations

import json
import time as time_module
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from framework import load_bundled
from journal.clock import FixedClock
from journal.reminders import (
    CHECK_AT_LEAST_MS,
    CHECK_AT_MOST_MS,
    DAILY,
    DEFAULT,
    ReminderState,
    Schedule,
    ScheduleError,
    decide,
    missed,
    next_due,
    notice,
    notice_for,
    previous_due,
)
from journal.store import Store
from tests.factories import reflection

CPH = ZoneInfo("Europe/Copenhagen")
FW = load_bundled()
FRIDAY_14 = Schedule(weekday=4, at=time(14, 0))


def cph(year, month, day, hour=12, minute=0, fold=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CPH, fold=fold)


def same_instant(a: datetime, b: datetime) -> bool:
    return a.timestamp() == b.timestamp()


# -- the schedule and its stored form --------------------------------------------------------------


def test_the_default_is_friday_at_one_and_on():
    assert (DEFAULT.enabled, DEFAULT.every, DEFAULT.weekday, DEFAULT.at, DEFAULT.weeks) == (
        True,
        "week",
        4,
        time(13, 0),
        1,
    )


@pytest.mark.parametrize(
    "schedule",
    [
        DEFAULT,
        Schedule(enabled=False),
        Schedule(every=DAILY, at=time(8, 5)),
        Schedule(weekday=0, at=time(23, 59), weeks=3, anchor=date(2026, 9, 17)),
    ],
)
def test_a_schedule_survives_its_json(schedule):
    assert Schedule.from_json(schedule.to_json()) == schedule
    assert Schedule.from_dict(json.loads(json.dumps(schedule.to_dict()))) == schedule


def test_the_stored_form_reads_plainly():
    assert Schedule(weekday=2, at=time(9, 30), weeks=2).to_dict() == {
        "enabled": True,
        "every": "week",
        "weekday": "wednesday",
        "at": "09:30",
        "weeks": 2,
        "anchor": "2024-01-01",
    }


def test_a_field_left_out_takes_its_default():
    assert Schedule.from_dict({}) == DEFAULT
    assert Schedule.from_dict({"every": "day"}) == Schedule(every="day")


@pytest.mark.parametrize(
    "data,message",
    [
        ({"every": "month"}, r"every must be one of 'day', 'week', not 'month'"),
        ({"weekday": "fredag"}, r"weekday must be one of monday, .*, not 'fredag'"),
        ({"weekday": 4}, r"weekday must be one of .*, not 4"),
        ({"at": "25:00"}, r'at must be a time of day written "HH:MM" \(00:00 to 23:59\), not \'25:00\''),
        ({"at": "9:30"}, r"at must be a time of day"),
        ({"at": 930}, r"at must be a time of day"),
        ({"weeks": 0}, r"weeks must be a whole number from 1 to 52, not 0"),
        ({"weeks": 1.5}, r"weeks must be a whole number"),
        ({"weeks": True}, r"weeks must be a whole number"),
        ({"enabled": "yes"}, r"enabled must be true or false, not 'yes'"),
        ({"anchor": "17/9/2026"}, r'anchor must be a date written "YYYY-MM-DD"'),
        ({"wekday": "friday"}, r"unknown field 'wekday' in a schedule"),
        (["friday"], r"a schedule must be a JSON object, not list"),
    ],
)
def test_a_bad_schedule_is_refused_with_what_was_wrong(data, message):
    with pytest.raises(ScheduleError, match=message):
        Schedule.from_dict(data)


def test_bad_json_is_refused_as_a_schedule_error():
    with pytest.raises(ScheduleError, match="must be JSON"):
        Schedule.from_json("{every: week")
    assert issubclass(ScheduleError, ValueError)


def test_the_dataclass_itself_checks_its_values():
    with pytest.raises(ScheduleError, match="weekday must be 0"):
        Schedule(weekday=7)
    with pytest.raises(ScheduleError, match="whole minute"):
        Schedule(at=time(14, 0, 30))


# -- when it is due --------------------------------------------------------------------------------


def test_next_due_is_the_coming_friday_and_strictly_after():
    # 2026-12-03 is a Thursday
    assert next_due(FRIDAY_14, cph(2026, 12, 3, 9), CPH) == cph(2026, 12, 4, 14)
    assert next_due(FRIDAY_14, cph(2026, 12, 4, 13, 59), CPH) == cph(2026, 12, 4, 14)
    assert next_due(FRIDAY_14, cph(2026, 12, 4, 14), CPH) == cph(2026, 12, 11, 14)  # not the moment itself


def test_next_due_across_the_end_of_a_year():
    # 2026-12-31 is a Thursday; the first Friday of 2027 is the day after, in another ISO year (53 weeks)
    assert next_due(FRIDAY_14, cph(2026, 12, 31, 15), CPH) == cph(2027, 1, 1, 14)
    assert next_due(Schedule(every=DAILY, at=time(8, 0)), cph(2026, 12, 31, 9), CPH) == cph(2027, 1, 1, 8)


def test_every_other_week_counts_from_the_anchor_across_a_year_of_53_weeks():
    schedule = Schedule(weekday=4, at=time(14, 0), weeks=2, anchor=date(2026, 12, 14))  # a Monday
    dues, moment = [], cph(2026, 12, 1)
    for _ in range(4):
        moment = next_due(schedule, moment, CPH)
        dues.append(moment.date())
    # 2026 has 53 ISO weeks: by the week numbers' parity, weeks 53 and 1 (both odd) would come in a row
    assert dues == [date(2026, 12, 4), date(2026, 12, 18), date(2027, 1, 1), date(2027, 1, 15)]


def test_every_three_weeks_waits_up_to_three_weeks():
    schedule = Schedule(weekday=0, at=time(9, 0), weeks=3, anchor=date(2026, 12, 2))  # the week of Monday 30 Nov
    assert next_due(schedule, cph(2026, 11, 30, 10), CPH) == cph(2026, 12, 21, 9)
    assert previous_due(schedule, cph(2026, 12, 20, 10), CPH) == cph(2026, 11, 30, 9)


def test_a_reminder_at_two_stays_at_two_across_the_change_to_summer_time():
    # 2027-03-28: clocks go from 02:00 to 03:00 in Copenhagen; the week holds 167 hours
    before = next_due(Schedule(weekday=4, at=time(14, 0)), cph(2027, 3, 20), CPH)
    after = next_due(Schedule(weekday=4, at=time(14, 0)), before, CPH)
    assert (before.hour, after.hour) == (14, 14)
    assert after.utcoffset() == timedelta(hours=2) and before.utcoffset() == timedelta(hours=1)
    assert after - before == timedelta(days=7) and after.timestamp() - before.timestamp() == 167 * 3600


def test_a_daily_reminder_keeps_its_hour_across_the_change_back_to_winter_time():
    # 2026-10-25: clocks go from 03:00 back to 02:00
    daily = Schedule(every=DAILY, at=time(14, 0))
    saturday = next_due(daily, cph(2026, 10, 24, 9), CPH)
    sunday = next_due(daily, saturday, CPH)
    assert (saturday.hour, sunday.hour) == (14, 14)
    assert sunday.timestamp() - saturday.timestamp() == 25 * 3600


def test_a_time_the_spring_change_skips_comes_an_hour_on():
    nightly = Schedule(every=DAILY, at=time(2, 30))
    due = next_due(nightly, cph(2027, 3, 27, 12), CPH)
    assert due == cph(2027, 3, 28, 3, 30) and due.utcoffset() == timedelta(hours=2)


def test_a_time_the_autumn_change_doubles_comes_once():
    nightly = Schedule(every=DAILY, at=time(2, 30))
    first = next_due(nightly, cph(2026, 10, 24, 12), CPH)
    assert first.utcoffset() == timedelta(hours=2)  # the first 02:30, still summer time
    again = next_due(nightly, first, CPH)
    assert again.date() == date(2026, 10, 26)  # not the second 02:30 an hour later
    # and asked from between the two 02:30s, it does not come at the second either
    between = datetime(2026, 10, 25, 0, 45, tzinfo=UTC)  # 02:45 summer time
    assert next_due(nightly, between, CPH).date() == date(2026, 10, 26)


def test_the_result_is_in_the_zone_asked_for_whatever_the_input_zone():
    due = next_due(FRIDAY_14, datetime(2026, 12, 3, 8, tzinfo=UTC), CPH)
    assert due.tzinfo is CPH and due == cph(2026, 12, 4, 14)


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware"):
        next_due(FRIDAY_14, datetime(2026, 12, 3, 9), CPH)


@pytest.fixture
def copenhagen_machine(monkeypatch):
    """The machine's own zone set to Copenhagen (the default when no zone is given)."""
    if not hasattr(time_module, "tzset"):
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def test_the_machines_own_zone_is_used_when_none_is_given(copenhagen_machine):
    before = next_due(FRIDAY_14, cph(2027, 3, 20), None)
    after = next_due(FRIDAY_14, before, None)
    assert same_instant(before, cph(2027, 3, 26, 14)) and same_instant(after, cph(2027, 4, 2, 14))
    assert (before.hour, after.hour) == (14, 14)
    assert same_instant(next_due(Schedule(every=DAILY, at=time(2, 30)), cph(2027, 3, 27, 12)), cph(2027, 3, 28, 3, 30))


# -- a missed reminder, once -----------------------------------------------------------------------


def test_three_weeks_off_give_one_reminder_then_none_until_the_next_due_time():
    shown = cph(2026, 11, 13, 14, 5)  # the last reminder, a Friday
    back = cph(2026, 12, 7, 8, 30)  # a Monday morning, three Fridays later
    assert missed(FRIDAY_14, shown, back, CPH) == cph(2026, 12, 4, 14)  # the latest, not the first
    shown = back  # the window shows it and keeps the moment
    for later in (cph(2026, 12, 7, 8, 31), cph(2026, 12, 10, 17), cph(2026, 12, 11, 13, 59)):
        assert missed(FRIDAY_14, shown, later, CPH) is None
    assert missed(FRIDAY_14, shown, cph(2026, 12, 11, 14), CPH) == cph(2026, 12, 11, 14)


def test_nothing_is_missed_when_off_or_never_counted():
    assert missed(Schedule(enabled=False), cph(2026, 11, 13, 14, 5), cph(2026, 12, 7), CPH) is None
    assert missed(FRIDAY_14, None, cph(2026, 12, 7), CPH) is None


def test_decide_shows_a_missed_reminder_once_over_restarts():
    state = ReminderState(last_shown=cph(2026, 11, 13, 14, 5))
    start = decide(FRIDAY_14, state, FixedClock(cph(2026, 12, 7, 8, 30)), CPH)
    assert start.show and start.due == cph(2026, 12, 4, 14)
    assert start.state.last_shown == cph(2026, 12, 7, 8, 30)
    # stored as JSON by the window, read at the next start, an hour later: nothing
    kept = ReminderState.from_dict(json.loads(json.dumps(start.state.to_dict())))
    again = decide(FRIDAY_14, kept, FixedClock(cph(2026, 12, 7, 9, 30)), CPH)
    assert not again.show and again.state == kept


def test_the_first_check_starts_the_count_without_reminding():
    first = decide(FRIDAY_14, ReminderState(), FixedClock(cph(2026, 12, 7, 9)), CPH)
    assert not first.show and first.state == ReminderState(since=cph(2026, 12, 7, 9))
    friday = decide(FRIDAY_14, first.state, FixedClock(cph(2026, 12, 11, 14, 0)), CPH)
    assert friday.show and friday.due == cph(2026, 12, 11, 14)


def test_a_changed_schedule_does_not_remind_of_the_day_just_chosen_and_past():
    state = ReminderState(last_shown=cph(2026, 12, 4, 14)).restarted(cph(2026, 12, 8, 10))  # Tuesday: now Mondays
    monday = Schedule(weekday=0, at=time(9, 0))
    assert not decide(monday, state, FixedClock(cph(2026, 12, 8, 10, 1)), CPH).show
    assert decide(monday, state, FixedClock(cph(2026, 12, 14, 9)), CPH).show


def test_the_timer_is_set_for_the_due_time_but_never_far():
    near = decide(FRIDAY_14, ReminderState(since=cph(2026, 12, 1)), FixedClock(cph(2026, 12, 4, 13, 50)), CPH)
    assert near.next_check_ms == 10 * 60 * 1000
    far = decide(FRIDAY_14, ReminderState(since=cph(2026, 12, 1)), FixedClock(cph(2026, 12, 1, 9)), CPH)
    assert far.next_check_ms == CHECK_AT_MOST_MS
    early = datetime(2026, 12, 4, 13, 59, 59, 999000, tzinfo=CPH)  # a timer that fired a millisecond early
    almost = decide(FRIDAY_14, ReminderState(since=cph(2026, 12, 1)), FixedClock(early), CPH)
    assert not almost.show and almost.next_check_ms == CHECK_AT_LEAST_MS
    assert decide(Schedule(enabled=False), ReminderState(), FixedClock(early), CPH).next_check_ms is None


def test_a_clock_put_back_does_not_silence_reminders():
    future = ReminderState(last_shown=cph(2030, 1, 4, 14))  # shown while the clock said 2030
    now = decide(FRIDAY_14, future, FixedClock(cph(2026, 12, 7, 9)), CPH)
    assert not now.show and now.state.last_shown == cph(2026, 12, 7, 9)
    assert decide(FRIDAY_14, now.state, FixedClock(cph(2026, 12, 11, 14)), CPH).show


def test_a_bad_stored_state_is_refused():
    with pytest.raises(ScheduleError, match="last_shown must be a date and time"):
        ReminderState.from_dict({"last_shown": "friday"})
    with pytest.raises(ScheduleError, match="aware"):
        ReminderState.from_dict({"since": "2026-12-04T14:00:00"})


# -- what it says ----------------------------------------------------------------------------------


def test_the_reminder_asks_the_prompt_panels_first_question_in_each_language():
    counts = {"borgere": 5, "samarbejde": 1, "styring": 3}
    da, en = notice(FW, counts, "da"), notice(FW, counts, "en")
    assert da.prompt == en.prompt and da.prompt.id == "samarbejde.p1"
    theme = FW.theme("samarbejde").name
    assert da.title == f"Tid til refleksion: {theme.get('da')}"
    assert en.title == f"Time to reflect: {theme.get('en')}"
    assert (da.body, en.body) == (da.prompt.text.get("da"), en.prompt.text.get("en"))


def test_notice_for_counts_the_journal_as_the_prompt_panel_does():
    with Store.memory() as store:
        today = date(2026, 12, 4)
        for day in (1, 2, 3):
            store.save(reflection(entry_at=cph(2026, 12, day), theme_ids=("borgere", "styring")))
        for day in (1, 2, 5, 6):  # long ago: not counted, or samarbejde would be the most reflected on
            store.save(reflection(entry_at=cph(2026, 10, day), theme_ids=("samarbejde",)))
        assert notice_for(store, FW, "en", today).prompt.theme_id == "samarbejde"


def test_without_a_question_the_reminder_still_says_something(monkeypatch):
    from journal import reminders

    monkeypatch.setattr(reminders, "suggest_prompt", lambda *args: None)  # a framework without themes
    assert notice(FW, {}, "da") == reminders.Notice(
        "Tid til refleksion", "Skriv et par linjer om en situation fra den seneste tid, og hvad du lærte af den.", None
    )
    assert notice(FW, {}, "en").title == "Time to reflect"

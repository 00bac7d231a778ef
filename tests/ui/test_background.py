"""The list reads ahead and counts in threads: it shows what the latest filter asks, in order,
and the threads stop with the window."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from journal.model import ReflectionFilter
from journal.ui import models
from journal.ui.background import BackgroundQuery
from journal.ui.models import PAGE_SIZE, ReflectionListModel
from tests.factories import at, reflection

THREADS = ("count", "next page")


def running() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name in THREADS]


def test_the_count_follows_only_the_latest_filter(qtbot, store, monkeypatch):
    monkeypatch.setattr(models, "PAGE_SIZE", 5)  # more matches than a page: counted in the thread
    for number in range(30):
        store.create(reflection(title=f"r{number}", tags=("a",) if number % 3 else ("b",)))
    model = ReflectionListModel(store, background=True)
    try:
        seen = []
        model.total_changed.connect(seen.append)
        model.set_filter(ReflectionFilter(tags=("a",)))
        assert model.rowCount() == 5 and model.counting  # the list is there before its count
        model.set_filter(ReflectionFilter(tags=("b",)))
        qtbot.waitUntil(lambda: not model.counting, timeout=5000)
        assert model.total == 10
        assert 20 not in seen  # the count of the replaced filter, if it came, was not shown
        store.create(reflection(title="ny", tags=("b",)))
        model.reload()
        qtbot.waitUntil(lambda: not model.counting, timeout=5000)
        assert model.total == 11
    finally:
        model.stop()
    assert running() == []


def test_a_question_replaced_while_it_settles_is_never_asked(qtbot, store):
    asked, answers = [], []

    def question(reader, argument):
        asked.append(argument)
        return argument * 2

    query = BackgroundQuery(Path(store.path), question, "count", settle=0.2)
    query.answered.connect(lambda request, answer: answers.append((request, answer)))
    try:
        for argument in (1, 2, 3):  # as fast as a leader types
            last = query.ask(argument)
        qtbot.waitUntil(lambda: bool(answers), timeout=5000)
        assert asked == [3] and answers == [(last, 6)]
        query.ask(4)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
        assert asked == [3, 4]
    finally:
        query.stop()
    assert running() == []


def test_scrolling_appends_the_pages_read_ahead_in_order(qtbot, store):
    start = at(2026, 1, 1)
    for number in range(2 * PAGE_SIZE + 30):
        store.create(reflection(title=f"{number:03}", entry_at=start + timedelta(hours=number)))
    model = ReflectionListModel(store, background=True)
    try:
        model.reload()
        assert model.rowCount() == PAGE_SIZE
        while model.canFetchMore():
            before = model.rowCount()
            model.fetchMore()  # the view asks; the rows come now or the moment they are read
            qtbot.waitUntil(lambda before=before: model.rowCount() > before, timeout=5000)
        titles = [model.summary(row).title for row in range(model.rowCount())]
        assert titles == [f"{number:03}" for number in reversed(range(2 * PAGE_SIZE + 30))]
        model.set_filter(ReflectionFilter(text="nothing-matches-this"))
        assert model.rowCount() == 0 and not model.canFetchMore()
    finally:
        model.stop()


def test_closing_the_window_stops_the_threads(make_window, store, qtbot):
    for number in range(PAGE_SIZE + 1):
        store.create(reflection(title=f"{number}"))
    window = make_window()
    assert running() == []  # counting every reflection needs no thread: it is a sum over days
    window.journal.apply_filter(ReflectionFilter(text="noget"))  # a search is counted in its thread
    window.journal.model.fetchMore()  # the leader scrolls: the next page is read in its thread
    qtbot.waitUntil(lambda: window.journal.model.rowCount() == PAGE_SIZE + 1, timeout=5000)
    assert sorted(running()) == sorted(THREADS)
    window.close()
    assert running() == []

"""One run of the app for the benchmark, in its own process (so start time and memory are real).

    python -m tests.benchmarks.session floor           # a bare QApplication with an empty window
    python -m tests.benchmarks.session app DATA_DIR    # the app, started as a user starts it
    python -m tests.benchmarks.session start DATA_DIR  # only its start (for profiling)

Prints ``READY`` the moment the window is shown (and, for the app, its list filled), then one
line of JSON: for the app, the interactive timings (milliseconds); for both, the peak memory.
The app is started through ``journal.__main__.main``, as ``ledelsesjournal --data-dir`` is
(options, instance lock, settings, translations, the daily backup), and measured from its event
loop once what the app itself does on its first turn of the loop is done.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QStyledItemDelegate


def peak_mb() -> float:
    """The process's peak resident memory. Not getrusage's ru_maxrss: on Linux a child starts
    with its parent's, and the benchmark's parent holds a whole corpus."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")


def floor() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 840)
    window.show()
    app.processEvents()
    print("READY", flush=True)
    print(json.dumps({"peak_mb": peak_mb()}), flush=True)


def timed(action, settle) -> float:
    started = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - started) * 1000


def start_app(data_dir: Path, then) -> None:
    """Start the app as the leader does; print READY once its window is painted with the list
    filled, then call ``then(qt, window)`` after what the app asked to do on its first turn of
    the event loop (such as turning the garbage collector on again)."""
    from journal.__main__ import main
    from journal.ui.main_window import MainWindow

    key = os.environ.get("LEDELSESJOURNAL_BENCH_KEY")
    if key:  # an encrypted journal, its key given as the passphrase would give it, minus scrypt's wait
        from journal.store import unlock_folder

        unlock_folder(data_dir, bytes.fromhex(key))
    qt = QApplication([])

    def shown():  # runs once main has shown the window
        window = next(w for w in qt.topLevelWidgets() if isinstance(w, MainWindow))
        qt.processEvents()  # painted, as the floor is
        assert window.isVisible() and window.journal.model.rowCount() > 0
        assert window.journal.list.isVisible(), "the journal view is not the one shown: settings left over?"
        print("READY", flush=True)
        QTimer.singleShot(0, lambda: then(qt, window))

    QTimer.singleShot(0, shown)
    main(["--data-dir", str(data_dir), "--lang", "da"])


def app(data_dir: Path) -> None:
    start_app(data_dir, measure)


def measure(qt: QApplication, window) -> None:
    from journal.model import ReflectionFilter
    from journal.ui.patterns_view import PERIODS
    from tests.benchmarks.queries import filters

    assert gc.isenabled(), "measured with the garbage collector off: the app's start did not finish"
    journal = window.journal
    results: dict[str, float] = {}
    for name, selection in filters().items():
        # Until the list shows the first matches; the count beside it may come a moment later.
        results[f"list: {name}"] = timed(lambda s=selection: journal.apply_filter(s), qt.processEvents)
    journal.apply_filter(ReflectionFilter())
    qt.processEvents()

    # Scroll the whole list, a screenful at a time, as a held-down Page Down would.
    steps, waits = scroll_through(journal, qt)
    results["scroll: longest stall"] = steps[-1]
    results["scroll: 99th percentile step"] = steps[int(len(steps) * 0.99)]
    results["scroll: median step"] = steps[len(steps) // 2]
    results["scroll: steps over 16 ms (%)"] = 100 * sum(step > 16 for step in steps) / len(steps)
    results["scroll: rows"] = journal.model.rowCount()
    results["scroll: waits for a page being read"] = len(waits)
    results["scroll: longest wait for a page"] = max(waits, default=0.0)
    # The same rows again, drawn by Qt's own delegate (C++): what this machine and Qt's raster
    # painting cost anyway, so that the rows above can be read against it.
    rows = journal.list.verticalHeader()
    height = rows.defaultSectionSize()
    journal.list.setItemDelegate(QStyledItemDelegate(journal.list))
    rows.setDefaultSectionSize(height)  # as many rows on a screen as before
    journal.list.scrollToTop()
    qt.processEvents()
    plain, _ = scroll_through(journal, qt)
    results["scroll, Qt's plain delegate: longest stall"] = plain[-1]
    results["scroll, Qt's plain delegate: median step"] = plain[len(plain) // 2]
    journal.list.setItemDelegate(journal.delegate)

    window.show_view("patterns")
    patterns = window.patterns_view
    from journal.clock import FixedClock  # here: the floor's run loads none of the journal

    patterns.clock = FixedClock(date(2026, 1, 1))
    for period in ("year", "all"):
        patterns.period.blockSignals(True)
        patterns.period.setCurrentIndex(PERIODS.index(period))
        patterns.period.blockSignals(False)
        runs = [timed(patterns.refresh, qt.processEvents) for _ in range(3)]
        results[f"patterns: {period}"] = sorted(runs)[1]
    results["peak_mb"] = peak_mb()
    print(json.dumps(results), flush=True)
    window.close()


def scroll_through(journal, qt: QApplication) -> tuple[list[float], list[float]]:
    """Page Down to the end of the list, a step the moment the last one is painted: far faster
    than a held-down key repeats. Returns each step's milliseconds (sorted) and each wait for a
    page the list's reader thread had not yet read. A wait is no stall (the window goes on
    answering), but the list stands still for it; a step that only asked again during one is
    not counted, as it paints nothing."""
    bar = journal.list.verticalScrollBar()
    steps, waits = [], []
    while True:
        before = bar.value()
        started = time.perf_counter()
        bar.setValue(before + bar.pageStep())
        qt.processEvents()
        if bar.value() != before:
            steps.append((time.perf_counter() - started) * 1000)
        elif bar.value() < bar.maximum():
            continue  # the bar's range had not yet grown with a page just appended
        elif not journal.model.canFetchMore():
            return sorted(steps), waits
        else:  # at the end of what is read: until the list can move again
            while bar.value() >= bar.maximum() and journal.model.canFetchMore():
                time.sleep(0.0002)
                qt.processEvents()
                if time.perf_counter() - started > 30:
                    raise RuntimeError("no next page within 30 s")
            waits.append((time.perf_counter() - started) * 1000)


def start(data_dir: Path) -> None:
    """Only the start: the window shown, then closed."""

    def close(qt: QApplication, window) -> None:
        print(json.dumps({"peak_mb": peak_mb()}), flush=True)
        window.close()

    start_app(data_dir, close)


if __name__ == "__main__":
    {"floor": floor, "app": app, "start": start}[sys.argv[1]](*map(Path, sys.argv[2:]))

"""Patterns: every chart drawn for the demo journal, the period choice, and the click-through."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage

from framework import load_bundled
from journal.app import open_demo_store
from journal.clock import FixedClock
from journal.model import ReflectionFilter
from journal.ui.dialogs.export import SaveFile
from journal.ui.main_window import MainWindow
from journal.ui.patterns_view import PERIODS
from journal.ui.settings import Settings
from tests.ui.helpers import total

TODAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot, tmp_path, qsettings, translator):
    clock = FixedClock(TODAY)  # the demo's year and the view's "today" end on the same day
    store = open_demo_store(tmp_path / "demo", clock)
    translator.use("da")
    window = MainWindow(store, load_bundled(), Settings(qsettings), translator, demo=True, clock=clock)
    window.resize(1300, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    shiboken6.delete(window)  # before the store closes and the translator leaves
    store.close()


def choose(view, period: str) -> None:
    view.period.setCurrentIndex(PERIODS.index(period))


def test_every_chart_is_drawn_for_the_demo_journal(window):
    window.show_view("patterns")
    view = window.patterns_view
    figures = view.figures
    assert figures.balance.reflections > 100
    assert len(view.balance_chart.chart().series()[0].barSets()) == 3
    assert len(view.trend_chart.chart().series()[0].barSets()) == 3
    assert view.coverage_map.height() > 12 * view.coverage_map.ROW
    for name, panel in view.panels.items():
        image: QImage = panel.grab().toImage()
        assert not image.isNull() and image.width() > 200, name
        assert panel.reading.text(), name
    # The theme colours are on screen in the balance chart.
    image = view.panels["balance"].grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert {"#1f8a70", "#2f6db5", "#c0571c"} <= colours


def test_the_period_choice_changes_the_numbers(window):
    view = window.patterns_view
    window.show_view("patterns")
    year = view.figures.balance.reflections
    choose(view, "30d")
    month = view.figures.balance.reflections
    assert 0 < month < year
    assert view.figures.period.start == TODAY - timedelta(days=29)
    assert view.figures.trend.unit == "week"
    choose(view, "all")
    assert view.figures.balance.reflections == window.store.count()
    choose(view, "custom")
    view.start.setDate(date(2026, 6, 1))
    view.end.setDate(date(2026, 6, 30))
    june = view.figures.balance.reflections
    assert view.figures.period.start == date(2026, 6, 1) and view.figures.period.end == date(2026, 6, 30)
    assert june == window.store.count(ReflectionFilter(date_from=date(2026, 6, 1), date_to=date(2026, 6, 30)))


def test_clicking_a_bar_shows_those_reflections_in_the_journal(window, qtbot):
    window.show_view("patterns")
    view = window.patterns_view
    choose(view, "quarter")
    view.balance_chart.theme_clicked.emit("styring")
    assert window.current_view() == "journal"
    selection = window.journal.model.selection
    assert selection.theme_ids == ("styring",) and selection.date_from == TODAY - timedelta(days=90)
    expected = view.figures.balance.share("styring").count
    assert total(qtbot, window) == expected


def test_clicking_a_day_or_a_coverage_cell(window, qtbot):
    window.show_view("patterns")
    view = window.patterns_view
    day = max(view.figures.cadence.days)
    view.calendar.day_clicked.emit(day)
    assert total(qtbot, window) == view.figures.cadence.days[day]
    window.show_view("patterns")
    row = next(c for c in view.figures.coverage.criteria if c.total)
    month_index = next(i for i, n in enumerate(row.counts) if n)
    view.coverage_map.cell_clicked.emit(row.criterion_id, view.figures.coverage.months[month_index])
    assert total(qtbot, window) == row.counts[month_index]
    assert window.journal.model.selection.criterion_ids == (row.criterion_id,)


def test_the_suggestion_starts_a_reflection_on_the_neglected_theme(window):
    window.show_view("patterns")
    view = window.patterns_view
    theme = view.figures.suggestion.theme_id
    assert theme == view.figures.balance.most_neglected().theme_id
    view.write_button.click()
    assert window.current_view() == "journal"
    assert window.journal.editor.themes.value() == (theme,)


def test_a_chart_is_saved_as_png(window, monkeypatch, tmp_path):
    window.show_view("patterns")
    monkeypatch.setattr(SaveFile, "ask", classmethod(lambda cls, *a: tmp_path / "balance"))
    window.patterns_view.panels["balance"].save.click()
    image = QImage(str(tmp_path / "balance.png"))
    assert not image.isNull() and image.width() > 200


def test_the_period_report_quotes_only_what_is_chosen(window, monkeypatch, tmp_path, qtbot):
    from journal.ui.dialogs.report import ReportDialog

    window.show_view("patterns")
    view = window.patterns_view
    choose(view, "quarter")
    dialog = ReportDialog(window.store, window.framework, view.figures.period, "da", view)
    qtbot.addWidget(dialog)
    assert dialog.reflections.count() == window.store.count(
        ReflectionFilter(date_from=view.figures.period.start, date_to=view.figures.period.end)
    )
    first = dialog.reflections.item(0)
    private = next(
        dialog.reflections.item(i)
        for i in range(dialog.reflections.count())
        if "(privat)" in dialog.reflections.item(i).text()
    )
    first.setCheckState(Qt.CheckState.Checked)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    monkeypatch.setattr(SaveFile, "ask", classmethod(lambda cls, *a: tmp_path / "lus"))
    dialog.export()
    html = (tmp_path / "lus.html").read_text(encoding="utf-8")
    quoted = window.store.get(first.data(Qt.ItemDataRole.UserRole))
    hidden = window.store.get(private.data(Qt.ItemDataRole.UserRole))
    assert quoted.title in html and hidden.title not in html


# -- charts that fit: nothing cut that a leader must read ------------------------------------------


def test_one_theme_with_everything_reads_100_percent(make_window, store, qtbot):
    from tests.factories import reflection

    store.create(reflection(theme_ids=("borgere",)))
    window = make_window("da")
    window.show_view("patterns")
    series = window.patterns_view.balance_chart.chart().series()[0]
    values = [bars.at(0) for bars in series.barSets()]
    assert values == [100, 0, 0]
    shown = [f"{value:.{series.labelsPrecision()}g}" for value in values]  # as QtCharts writes @value
    assert shown == ["100", "0", "0"] and series.labelsFormat() == "@value %"
    window.set_language("en")
    assert window.patterns_view.balance_chart.chart().series()[0].labelsFormat() == "@value%"


@pytest.mark.parametrize("months", [12, 36])
def test_the_time_axis_names_what_fits_and_every_year(window, qtbot, months):
    window.show_view("patterns")
    view = window.patterns_view
    choose(view, "custom")
    view.start.setDate(TODAY - timedelta(days=30 * months))
    view.end.setDate(TODAY)
    chart = view.trend_chart
    years = {bucket.start.year for bucket in view.figures.trend.buckets}
    for width in (1200, 480, 340):  # a wide window, half of a laptop's, a narrow page
        chart.resize(width, chart.height())
        qtbot.wait(20)
        plot = chart.chart().plotArea().width()
        axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
        metrics = QFontMetrics(axis.labelsFont())
        per_bucket = plot / len(view.figures.trend.buckets)
        shown = chart.labels()
        assert shown, width
        for name, start, end in shown:  # each name whole within the stretch of axis it has
            assert metrics.horizontalAdvance(name) <= (end - start) * per_bucket, (width, name)
        if width >= 480:
            assert {year for year in years if any(str(year) in name for name, _, _ in shown)} == years, width


def test_legends_and_context_names_are_whole(window):
    window.show_view("patterns")
    view = window.patterns_view
    for legend in view.legends.values():
        assert [name.split("</span> ")[1] for name in legend.names()] == [
            theme.name.get("da") for theme in window.framework.themes
        ]
    chart = view.contexts_chart
    chart.resize(300, chart.height())  # half of a narrow page
    metrics = QFontMetrics(chart.font())
    for _, label, _ in chart.counts():
        assert chart._fitted(label, metrics, chart._label_width() - 8) == label, label
    assert {label for _, label, _ in chart.counts()} >= {"Forventninger og evaluering (3-i-1)"}


def test_criteria_get_the_room_a_wide_screen_has_and_month_names_never_overlap(window):
    window.show_view("patterns")
    heatmap = window.patterns_view.coverage_map
    heatmap.resize(760, heatmap.height())
    narrow = heatmap._label_width()
    heatmap.resize(1700, heatmap.height())
    assert heatmap._label_width() > narrow + 300  # at 1920 the words are not cut while half is empty
    metrics = QFontMetrics(heatmap.font())
    assert all(metrics.horizontalAdvance(words) + 22 <= heatmap._label_width() for _, words, _, _ in heatmap._rows)
    assert heatmap._cell_width() >= heatmap.CELL
    heatmap.resize(1000, heatmap.height())  # a laptop: the words get the room before the cells grow
    assert heatmap._cell_width() == pytest.approx(heatmap.CELL, abs=1) and heatmap._label_width() > heatmap.LABEL
    for width in (560, 760, 1700):
        heatmap.resize(width, heatmap.height())
        assert heatmap._label_width() + heatmap._cell_width() * heatmap._months() + heatmap.NEVER <= width + 1


def test_charts_stand_in_pairs_only_where_there_is_room(window, qtbot):
    window.show_view("patterns")
    view = window.patterns_view
    view.resize(1300, 700)
    qtbot.wait(10)
    assert view.panels["balance"].y() == view.panels["trend"].y()
    view.resize(800, 700)
    qtbot.wait(10)
    assert view.panels["trend"].y() > view.panels["balance"].y()

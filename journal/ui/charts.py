"""The Patterns view's charts: QtCharts for bars, two painted heatmaps (QtCharts has none).

Each chart takes plain values from journal.analytics, draws in the theme colours and in the
window's palette (so it reads in light and dark appearance), and says what was clicked so the
journal can show those reflections. Labels come in from the view, already translated.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from framework import Framework

from .. import dates
from ..analytics import Balance, Cadence, Coverage, Trend

CHART_HEIGHT = 260


def _themed(chart: QChart, palette: QPalette) -> None:
    """Transparent chart on the window's colours: readable in light and dark appearance."""
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    for axis in chart.axes():
        axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("background: transparent;")
        # Read by the panel's line of words, not by Tab: a chart has nothing to type into.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _install(self, chart: QChart) -> None:
        old = self.chart()
        _themed(chart, self.palette())
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def _percent_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(10, min(100, (int(maximum * 100) // 10 + 1) * 10)))
    axis.setLabelFormat("%d %%")
    axis.setTickCount(6)
    return axis


class BalanceChart(_ChartView):
    """Each theme's share of the reflections beside the share aimed for."""

    theme_clicked = Signal(str)

    def show_balance(self, balance: Balance, framework: Framework, language: str, actual: str, aimed: str) -> None:
        chart = QChart()
        series = QBarSeries()
        categories = [actual] + ([aimed] if any(s.target is not None for s in balance.shares) else [])
        for share in balance.shares:
            theme = framework.theme(share.theme_id)
            bars = QBarSet(theme.name.get(language))
            bars.setColor(QColor(theme.colour))
            bars.setBorderColor(QColor(theme.colour))
            bars.append(100 * share.share)
            if len(categories) == 2:
                bars.append(100 * (share.target or 0))
            bars.clicked.connect(lambda _index, tid=share.theme_id: self.theme_clicked.emit(tid))
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(2)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        highest = max([s.share for s in balance.shares] + [s.target or 0 for s in balance.shares] + [0.1])
        axis_y = _percent_axis(highest)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self._install(chart)


class TrendChart(_ChartView):
    """Reflections per theme per week or month, stacked."""

    bucket_clicked = Signal(str, object, object)  # theme id, first day, last day

    def show_trend(self, trend: Trend, framework: Framework, language: str) -> None:
        chart = QChart()
        series = QStackedBarSeries()
        spans = [(bucket.start, bucket.end) for bucket in trend.buckets]
        for theme in framework.themes:
            bars = QBarSet(theme.name.get(language))
            bars.setColor(QColor(theme.colour))
            bars.setBorderColor(QColor(theme.colour))
            for bucket in trend.buckets:
                bars.append(bucket.counts.get(theme.id, 0))
            bars.clicked.connect(lambda index, tid=theme.id: self.bucket_clicked.emit(tid, *spans[index]))
            series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(self._labels(trend, language))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 7))
        axis_x.setLabelsFont(small)  # a label gets one bar's width
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, max([sum(bucket.counts.values()) for bucket in trend.buckets] + [4]))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self._install(chart)

    @staticmethod
    def _labels(trend: Trend, language: str, most: int = 9) -> list[str]:
        """At most ``most`` labels that fit: week numbers, or month and year. Qt needs every
        category to be unique (or it merges their bars), so the unlabelled ones are made of
        different numbers of zero-width spaces."""
        step = -(-len(trend.buckets) // most)
        labels = []
        for number, bucket in enumerate(trend.buckets):
            if number % step:
                labels.append("\u200b" * number)
            elif trend.unit == "week":
                labels.append(str(bucket.start.isocalendar().week))
            else:
                labels.append(dates.month_label(bucket.start, language))
        return labels


class CountsChart(_ChartView):
    """How often each usage context (or stakeholder) comes up, as horizontal bars."""

    clicked = Signal(str)

    def show_counts(self, counts: list[tuple[str, str, int]], colour: QColor) -> None:
        """``counts``: (key, label, count), drawn top to bottom."""
        chart = QChart()
        series = QHorizontalBarSeries()
        bars = QBarSet("")
        bars.setColor(colour)
        bars.setBorderColor(colour)
        rows = list(reversed(counts))  # Qt draws the first category at the bottom
        for _, _, count in rows:
            bars.append(count)
        bars.clicked.connect(lambda index: self.clicked.emit(rows[index][0]))
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        chart.legend().hide()
        axis_y = QBarCategoryAxis()
        axis_y.append([label for _, label, _ in rows] or [""])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, max([count for _, _, count in rows] + [4]) * 1.1)
        axis_x.setLabelFormat("%d")
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self._install(chart)


def _shade(colour: QColor, count: int, highest: int, base: QColor) -> QColor:
    """``colour`` mixed into the background by how many reflections the cell holds."""
    if count <= 0:
        return base
    strength = 0.25 + 0.75 * min(count / max(highest, 1), 1.0)
    return QColor(
        round(base.red() + (colour.red() - base.red()) * strength),
        round(base.green() + (colour.green() - base.green()) * strength),
        round(base.blue() + (colour.blue() - base.blue()) * strength),
    )


class CoverageHeatmap(QWidget):
    """Success criteria (rows) by month (columns): how often each was reflected on."""

    cell_clicked = Signal(str, object)  # criterion id, first day of the month
    ROW, CELL, LABEL = 24, 30, 330

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._coverage: Coverage | None = None
        self._rows: list[tuple[str, str, QColor, bool]] = []  # id, text, theme colour, never
        self._never = ""
        self.language = "da"
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_coverage(self, coverage: Coverage, rows: list[tuple[str, str, QColor]], never: str, language: str) -> None:
        """``rows``: (criterion id, its words, theme colour), in the coverage's order."""
        self._coverage = coverage
        untouched = {c.criterion_id for c in coverage.never()}
        self._rows = [(cid, text, colour, cid in untouched) for cid, text, colour in rows]
        self._never = never
        self.language = language
        self.setFixedHeight(self.ROW * (len(rows) + 1) + 8)
        self.update()

    def sizeHint(self) -> QSize:
        months = len(self._coverage.months) if self._coverage else 12
        return QSize(self.LABEL + self.CELL * months + 80, self.ROW * (len(self._rows) + 1) + 8)

    def _cell_width(self) -> float:
        months = max(len(self._coverage.months), 1) if self._coverage else 1
        return max(12.0, min(self.CELL * 2.0, (self.width() - self.LABEL - 70) / months))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._coverage is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Base)
        width = self._cell_width()
        metrics = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        painter.setFont(small)
        painter.setPen(text)
        step = max(1, int(40 // width))
        for column, month in enumerate(self._coverage.months):
            if column % step == 0:
                label = dates.month_label(month, self.language)
                painter.drawText(QRectF(self.LABEL + column * width, 0, width * step, self.ROW),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        by_id = {c.criterion_id: c for c in self._coverage.criteria}
        highest = max([max(c.counts, default=0) for c in self._coverage.criteria] + [1])
        for row, (cid, words, colour, never) in enumerate(self._rows):
            top = self.ROW * (row + 1)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(QRectF(0, top, 14, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), "●")
            painter.setPen(text)
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, self.LABEL - 22)
            painter.drawText(QRectF(16, top, self.LABEL - 20, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), shown)
            for column, count in enumerate(by_id[cid].counts):
                cell = QRectF(self.LABEL + column * width + 1, top + 2, width - 2, self.ROW - 4)
                painter.fillRect(cell, _shade(colour, count, highest, base))
            if never:
                painter.setFont(small)
                painter.setPen(QColor("#b3261e"))
                painter.drawText(QRectF(self.LABEL + len(by_id[cid].counts) * width + 6, top, 70, self.ROW),
                                 int(Qt.AlignmentFlag.AlignVCenter), self._never)
        painter.end()

    def _hit(self, point: QPointF) -> tuple[str, int] | None:
        if self._coverage is None:
            return None
        row = int(point.y() // self.ROW) - 1
        column = int((point.x() - self.LABEL) // self._cell_width())
        if 0 <= row < len(self._rows) and 0 <= column < len(self._coverage.months) and point.x() >= self.LABEL:
            return self._rows[row][0], column
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hit = self._hit(event.position())
        if hit is not None:
            cid, column = hit
            count = next(c for c in self._coverage.criteria if c.criterion_id == cid).counts[column]
            words = next(r[1] for r in self._rows if r[0] == cid)
            month = dates.long_month(self._coverage.months[column], self.language)
            QToolTip.showText(event.globalPosition().toPoint(), f"{month}: {count}\n{words}", self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(hit[0], self._coverage.months[hit[1]])


class CalendarHeatmap(QWidget):
    """One square per day, a column per week (Monday at the top), shaded by reflections."""

    day_clicked = Signal(object)  # date
    CELL = 13

    def __init__(self, colour: QColor, parent: QWidget | None = None):
        super().__init__(parent)
        self._colour = colour
        self._cadence: Cadence | None = None
        self.language = "da"
        self._first_monday = date.today()
        self.setMouseTracking(True)
        self.setFixedHeight(self.CELL * 7 + 26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_cadence(self, cadence: Cadence, language: str) -> None:
        self._cadence = cadence
        self.language = language
        start = cadence.period.start or cadence.period.end
        self._first_monday = start - timedelta(days=start.weekday())
        weeks = (cadence.period.end - self._first_monday).days // 7 + 1
        self.setMinimumWidth(min(weeks, 60) * self.CELL + 30)
        self.update()

    def _cell(self) -> float:
        if self._cadence is None:
            return self.CELL
        weeks = (self._cadence.period.end - self._first_monday).days // 7 + 1
        return min(float(self.CELL * 1.4), max(3.0, (self.width() - 30) / weeks))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._cadence is None:
            return
        painter = QPainter(self)
        base = self.palette().color(QPalette.ColorRole.Base)
        empty = self.palette().color(QPalette.ColorRole.Midlight)
        size = self._cell()
        highest = max(list(self._cadence.days.values()) + [1])
        day = self._cadence.period.start or self._cadence.period.end
        last_month = None
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 7))
        painter.setFont(small)
        while day <= self._cadence.period.end:
            column = (day - self._first_monday).days // 7
            x, y = 26 + column * size, 18 + day.weekday() * (self.CELL)
            count = self._cadence.days.get(day, 0)
            colour = _shade(self._colour, count, highest, base) if count else empty
            painter.fillRect(QRectF(x, y, max(size - 1, 1), self.CELL - 1), colour)
            if day.month != last_month and day.day <= 7:
                painter.drawText(QRectF(x, 0, 60, 16), int(Qt.AlignmentFlag.AlignLeft),
                                 dates.month_label(day, self.language, with_year=False))
                last_month = day.month
            day += timedelta(days=1)
        painter.end()

    def _day_at(self, point: QPointF) -> date | None:
        if self._cadence is None:
            return None
        column = int((point.x() - 26) // self._cell())
        row = int((point.y() - 18) // self.CELL)
        if column < 0 or not 0 <= row < 7:
            return None
        day = self._first_monday + timedelta(days=column * 7 + row)
        start = self._cadence.period.start or self._cadence.period.end
        return day if start <= day <= self._cadence.period.end else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        day = self._day_at(event.position())
        if day is not None:
            count = self._cadence.days.get(day, 0)
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{dates.long_weekday_date(day, self.language)}: {count}", self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        day = self._day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)

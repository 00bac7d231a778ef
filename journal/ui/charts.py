"""The Patterns view's charts: QtCharts for bars, two painted heatmaps (QtCharts has none).

Each chart takes plain values from journal.analytics, draws in the theme colours and in the
window's palette (so it reads in light and dark appearance), and says what was clicked so the
journal can show those reflections. Labels come in from the view, already translated.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from math import ceil

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from framework import Framework

from .. import dates
from ..analytics import Balance, Cadence, Coverage, Trend
from ..readings import percent_sign
from .flow_layout import FlowLayout
from .style import styled

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
        styled(self, "chart")
        # Read by the panel's line of words, not by Tab: a chart has nothing to type into.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _install(self, chart: QChart) -> None:
        old = self.chart()
        _themed(chart, self.palette())
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def _percent_axis(maximum: float, language: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(10, min(100, (int(maximum * 100) // 10 + 1) * 10)))
    axis.setLabelFormat("%d" + percent_sign(language).replace("%", "%%"))
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
            bars.append(round(100 * share.share))  # whole percent: 100 %, never 1e+02 %
            if len(categories) == 2:
                bars.append(round(100 * (share.target or 0)))
            bars.clicked.connect(lambda _index, tid=share.theme_id: self.theme_clicked.emit(tid))
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value" + percent_sign(language))
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        chart.legend().hide()
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        highest = max([s.share for s in balance.shares] + [s.target or 0 for s in balance.shares] + [0.1])
        axis_y = _percent_axis(highest, language)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self._install(chart)


class TrendChart(_ChartView):
    """Reflections per theme per week or month, stacked. Under the bars, a name for every bucket
    whose name fits there, or for every second or third with room to spread over its neighbours
    (the year with the first month and with every January), counted again when the chart changes
    width: QtCharts' own category axis cut every name to one bar's width ("12…") or merged two
    Decembers into one bar."""

    bucket_clicked = Signal(str, object, object)  # theme id, first day, last day

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._trend: Trend | None = None
        self._language = "da"
        self._axis: QCategoryAxis | None = None
        self._shown: tuple[int, float] = (0, 0.0)  # the step and the width it was chosen for

    def show_trend(self, trend: Trend, framework: Framework, language: str) -> None:
        self._trend, self._language = trend, language
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
        chart.legend().hide()
        self._axis = axis_x = QCategoryAxis()
        axis_x.setRange(-0.5, len(trend.buckets) - 0.5)
        axis_x.setStartValue(-0.5)
        axis_x.setGridLineVisible(False)
        axis_x.setLabelsFont(self._small())
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        self._name_buckets(max(self.width() - 60, 40))  # before the chart is laid out: a guess it corrects
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, max([sum(bucket.counts.values()) for bucket in trend.buckets] + [4]))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.plotAreaChanged.connect(lambda area: self._name_buckets(area.width()))
        self._install(chart)

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 7))
        return small

    def ranges(self, step: int) -> list[tuple[str, float, float]]:
        """(name, from, to) for every ``step``th bucket: its name (months with the year where the
        year is new along the axis) and the stretch of the axis the name may use, centred on its
        bar where the ends allow."""
        buckets = self._trend.buckets
        count, shown, year = len(buckets), [], None
        for number in range(0, count, step):
            start = buckets[number].start
            if self._trend.unit == "week":
                name = str(start.isocalendar().week)
            else:
                name = dates.month_label(start, self._language, with_year=start.year != year)
            year = start.year
            shown.append((name, max(-0.5, number - step / 2), min(count - 0.5, number + step / 2)))
        return shown

    def labels(self) -> list[tuple[str, float, float]]:
        """The names under the axis now, each with the stretch of the axis it spans."""
        if self._axis is None:
            return []
        start, shown = self._axis.startValue(), []
        for label in self._axis.categoriesLabels():
            end = self._axis.endValue(label)
            shown.append((label.rstrip("\u200b"), start, end))
            start = end
        return shown

    def _name_buckets(self, plot_width: float) -> None:
        """The smallest step at which every name fits the stretch it spans, at ``plot_width``."""
        if self._axis is None or not self._trend or not self._trend.buckets or plot_width <= 0:
            return
        if self._shown[1] and abs(self._shown[1] - plot_width) < 1:
            return
        count = len(self._trend.buckets)
        per_bucket = plot_width / count
        metrics = QFontMetrics(self._small())
        step = 1
        while step < count and any(
            metrics.horizontalAdvance(name) + 6 > (end - start) * per_bucket for name, start, end in self.ranges(step)
        ):
            step += 1
        self._shown = (step, plot_width)
        for label in self._axis.categoriesLabels():
            self._axis.remove(label)
        for position, (name, _, end) in enumerate(self.ranges(step)):
            self._axis.append(name + "\u200b" * position, end)  # names must be unique


class CountsChart(QWidget):
    """How often each usage context (or stakeholder) comes up: one row each, its name in full
    (wrapped onto a second line when long), a bar and the number. A click shows those reflections."""

    clicked = Signal(str)
    LINES, GAP = 2, 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, int]] = []
        self._colour = QColor("#5b7083")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_counts(self, counts: list[tuple[str, str, int]], colour: QColor) -> None:
        """``counts``: (key, label, count), drawn top to bottom."""
        self._rows = list(counts)
        self._colour = colour
        self.setFixedHeight(max(len(self._rows), 1) * self._row_height() + self.GAP)
        self.setToolTip("")
        self.update()

    def counts(self) -> list[tuple[str, str, int]]:
        return list(self._rows)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() * self.LINES + self.GAP

    def _label_width(self) -> int:
        return max(120, int(self.width() * 0.45))

    def sizeHint(self) -> QSize:
        return QSize(360, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        row_height, label_width = self._row_height(), self._label_width()
        highest = max([count for _, _, count in self._rows] + [1])
        number_width = metrics.horizontalAdvance(str(highest)) + 8
        room = max(self.width() - label_width - number_width - 12, 10)
        for row, (_, label, count) in enumerate(self._rows):
            top = row * row_height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width - 8, row_height - self.GAP),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap),
                self._fitted(label, metrics, label_width - 8),
            )
            length = room * count / highest
            bar = QRectF(label_width, top + row_height * 0.2, max(length, 1 if count else 0), row_height * 0.5)
            painter.fillRect(bar, self._colour)
            painter.drawText(
                QRectF(label_width + length + 4, top, number_width, row_height - self.GAP),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(count),
            )
        painter.end()

    def _fitted(self, label: str, metrics: QFontMetrics, width: int) -> str:
        """The label whole if it fits on the row's lines, else cut (its tooltip has it whole)."""
        bound = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), label)
        if bound.height() <= metrics.lineSpacing() * self.LINES:
            return label
        room = width * self.LINES - metrics.averageCharWidth() * 4  # what a wrapped second line holds, roughly
        return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)

    def _row_at(self, point: QPointF) -> int | None:
        row = int(point.y() // self._row_height())
        return row if 0 <= row < len(self._rows) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row is not None:
            _, label, count = self._rows[row]
            QToolTip.showText(event.globalPosition().toPoint(), f"{label}: {count}", self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row is not None and event.button() == Qt.MouseButton.LeftButton and self._rows[row][2]:
            self.clicked.emit(self._rows[row][0])


class ThemeLegend(QWidget):
    """The themes' colours and names under a chart, wrapping onto more rows when narrow (the
    legend QtCharts draws cuts each name to a third of the chart's width)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = FlowLayout(self, spacing=14)

    def show_themes(self, framework: Framework, language: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            item.widget().deleteLater()
        for theme in framework.themes:
            label = QLabel(f"<span style='color:{theme.colour}'>&#9632;</span> {escape(theme.name.get(language))}")
            label.setTextFormat(Qt.TextFormat.RichText)
            self._layout.addWidget(label)

    def names(self) -> list[str]:
        return [self._layout.itemAt(i).widget().text() for i in range(self._layout.count())]


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
    ROW, CELL, LABEL, LABEL_MIN, NEVER = 24, 30, 330, 160, 80

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._coverage: Coverage | None = None
        self._rows: list[tuple[str, str, QColor, bool]] = []  # id, text, theme colour, never
        self._never = ""
        self._widest = self.LABEL
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
        metrics = QFontMetrics(self.font())
        self._widest = max((metrics.horizontalAdvance(text) for _, text, _ in rows), default=0) + 30  # and its dot
        self.setFixedHeight(self.ROW * (len(rows) + 1) + 8)
        self.update()

    def sizeHint(self) -> QSize:
        months = len(self._coverage.months) if self._coverage else 12
        return QSize(self.LABEL + self.CELL * months + self.NEVER, self.ROW * (len(self._rows) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        months = len(self._coverage.months) if self._coverage else 12
        return QSize(self.LABEL_MIN + 12 * months + self.NEVER, self.ROW * (len(self._rows) + 1) + 8)

    def _months(self) -> int:
        return max(len(self._coverage.months), 1) if self._coverage else 1

    def _cell_width(self) -> float:
        """Cells of their usual width first, then the criteria's words as much room as they need
        to be read whole, then cells up to twice as wide; below the usual width, cells shrink
        before the words do."""
        room = self.width() - self.NEVER
        words = max(self.LABEL_MIN, min(self._widest, room - self.CELL * self._months()))
        return max(12.0, min(self.CELL * 2.0, (room - words) / self._months()))

    def _label_width(self) -> float:
        return max(self.LABEL_MIN, self.width() - self.NEVER - self._cell_width() * self._months())

    def paintEvent(self, event) -> None:
        if self._coverage is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Base)
        width, label = self._cell_width(), self._label_width()
        metrics = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        painter.setFont(small)
        painter.setPen(text)
        names = [dates.month_label(month, self.language) for month in self._coverage.months]
        widest = max((QFontMetrics(small).horizontalAdvance(name) for name in names), default=0)
        step = max(1, ceil((widest + 6) / width))  # a month's name where it fits, never over the next
        for column, name in enumerate(names):
            if column % step == 0:
                painter.drawText(
                    QRectF(label + column * width, 0, width * step, self.ROW),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
        by_id = {c.criterion_id: c for c in self._coverage.criteria}
        highest = max([max(c.counts, default=0) for c in self._coverage.criteria] + [1])
        for row, (cid, words, colour, never) in enumerate(self._rows):
            top = self.ROW * (row + 1)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(QRectF(0, top, 14, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), "●")
            painter.setPen(text)
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, int(label) - 22)
            painter.drawText(QRectF(16, top, label - 20, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), shown)
            for column, count in enumerate(by_id[cid].counts):
                cell = QRectF(label + column * width + 1, top + 2, width - 2, self.ROW - 4)
                painter.fillRect(cell, _shade(colour, count, highest, base))
            if never:
                painter.setFont(small)
                painter.setPen(QColor("#b3261e"))
                painter.drawText(
                    QRectF(label + len(by_id[cid].counts) * width + 6, top, self.NEVER - 6, self.ROW),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    self._never,
                )
        painter.end()

    def _row_at(self, point: QPointF) -> int | None:
        row = int(point.y() // self.ROW) - 1
        return row if 0 <= row < len(self._rows) else None

    def _hit(self, point: QPointF) -> tuple[str, int] | None:
        if self._coverage is None:
            return None
        row = self._row_at(point)
        column = int((point.x() - self._label_width()) // self._cell_width())
        if row is not None and 0 <= column < len(self._coverage.months) and point.x() >= self._label_width():
            return self._rows[row][0], column
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        row = self._row_at(event.position())
        if hit is None and row is not None and event.position().x() < self._label_width():
            QToolTip.showText(event.globalPosition().toPoint(), self._rows[row][1], self)  # the words whole
        if hit is not None:
            cid, column = hit
            count = next(c for c in self._coverage.criteria if c.criterion_id == cid).counts[column]
            words = next(r[1] for r in self._rows if r[0] == cid)
            month = dates.long_month(self._coverage.months[column], self.language)
            QToolTip.showText(event.globalPosition().toPoint(), f"{month}: {count}\n{words}", self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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

    def paintEvent(self, event) -> None:
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
                name = dates.month_label(day, self.language, with_year=False)
                left = min(x, self.width() - painter.fontMetrics().horizontalAdvance(name) - 2)  # never cut at the end
                painter.drawText(QRectF(left, 0, 60, 16), int(Qt.AlignmentFlag.AlignLeft), name)
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

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if day is not None:
            count = self._cadence.days.get(day, 0)
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{dates.long_weekday_date(day, self.language)}: {count}", self
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)

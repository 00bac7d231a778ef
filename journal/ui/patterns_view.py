"""Patterns: how the leader's reflections spread over the themes and success criteria over time,
against the balance they aim for, what they never reflect on, and how regularly they write.

Every chart follows one period; clicking a bar, a cell or a day shows those reflections in the
journal. The numbers come from journal.analytics (sums over the store's daily counts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from .. import analytics, dates
from ..analytics import Period
from ..clock import Clock
from ..model import STAKEHOLDERS, ReflectionFilter
from ..store import Store
from .charts import BalanceChart, CalendarHeatmap, CountsChart, CoverageHeatmap, ThemeLegend, TrendChart
from .dates import DateEdit
from .dialogs.export import SaveFile
from .fields import stakeholder_names
from .i18n import Retranslating
from .widgets import Combo

PERIODS = ("30d", "quarter", "year", "all", "custom")
PERIOD_DAYS = {"30d": 30, "quarter": 91, "year": 365}
SHOWN_STEPS = 12  # the earliest due; the panel says how many more there are
TWO_COLUMNS = 1000  # the view's width from which charts stand in pairs


def period_for(choice: str, today: date, start: date | None = None, end: date | None = None) -> Period:
    if choice in PERIOD_DAYS:
        return Period.last_days(PERIOD_DAYS[choice], today)
    if choice == "all":
        return Period.all_time(today)
    return Period(start, end or today)


class ChartPanel(QFrame):
    """A chart with its title, a one-line reading in plain words, and a way to save it as PNG."""

    def __init__(self, content: QWidget, legend: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.legend = legend
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.save = QToolButton()
        self.save.setAutoRaise(True)
        self.save.clicked.connect(self.save_png)
        top.addWidget(self.save)
        layout.addLayout(top)
        layout.addWidget(content)
        if legend is not None:
            layout.addWidget(legend)
        self.reading = QLabel()
        self.reading.setObjectName("reading")
        self.reading.setWordWrap(True)
        layout.addWidget(self.reading)

    def set_texts(self, title: str, save: str) -> None:
        self.title.setText(title)
        self.save.setText(save)
        self.content.setAccessibleName(title)

    def save_png(self) -> None:
        from pathlib import Path

        name = "".join(ch if ch.isalnum() else "-" for ch in self.title.text().lower()).strip("-") or "chart"
        target = SaveFile.ask(self, self.save.text(), Path.home() / f"{name}.png", "PNG (*.png)")
        if target is not None:
            self.grab().save(str(target.with_suffix(".png")), "PNG")


@dataclass
class Figures:
    """Everything the view shows, for one period (kept for the tests and the report)."""

    period: Period
    balance: analytics.Balance
    trend: analytics.Trend
    coverage: analytics.Coverage
    cadence: analytics.Cadence
    breakdown: analytics.Breakdown
    next_steps: analytics.NextSteps
    suggestion: analytics.Suggestion


class PatternsView(Retranslating, QWidget):
    show_in_journal = Signal(object)  # ReflectionFilter
    open_reflection = Signal(str)  # uuid
    start_reflection = Signal(object)  # Prompt
    message = Signal(str)

    def __init__(
        self,
        store: Store,
        framework: Framework,
        language: str,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.clock = clock or Clock()
        self.framework = framework
        self.language = language
        self.turn = 0
        self.figures: Figures | None = None

        self.period = Combo()
        self.period.setObjectName("periodChoice")
        for choice in PERIODS:
            self.period.addItem("", choice)
        self.period.setCurrentIndex(PERIODS.index("year"))
        today = QDate(self.clock.today())
        self.start = DateEdit(today.addMonths(-3))
        self.end = DateEdit(today)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.to_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.start)
        bar.addWidget(self.to_label)
        bar.addWidget(self.end)
        bar.addStretch(1)
        self.report_button = QPushButton()
        bar.addWidget(self.report_button)

        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.write_button = QPushButton()
        self.another_button = QPushButton()
        self.another_button.setFlat(True)
        suggestion_box = QFrame()
        suggestion_box.setObjectName("suggestionBox")
        suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        suggestion_layout = QHBoxLayout(suggestion_box)
        suggestion_layout.addWidget(self.suggestion, 1)
        suggestion_layout.addWidget(self.write_button)
        suggestion_layout.addWidget(self.another_button)

        self.balance_chart = BalanceChart()
        self.trend_chart = TrendChart()
        self.coverage_map = CoverageHeatmap()
        self.calendar = CalendarHeatmap(QColor("#2f6db5"))
        self.contexts_chart = CountsChart()
        self.stakeholders_chart = CountsChart()
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_steps.setOpenExternalLinks(False)
        self.legends = {"balance": ThemeLegend(), "trend": ThemeLegend()}
        self._legend_language = ""
        self.panels = {
            "balance": ChartPanel(self.balance_chart, self.legends["balance"]),
            "trend": ChartPanel(self.trend_chart, self.legends["trend"]),
            "coverage": ChartPanel(self.coverage_map),
            "calendar": ChartPanel(self.calendar),
            "contexts": ChartPanel(self.contexts_chart),
            "stakeholders": ChartPanel(self.stakeholders_chart),
            "next_steps": ChartPanel(self.next_steps),
        }
        self.grid = grid = QGridLayout()
        self._columns = 0
        self._arrange(2)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        # The page is never squeezed below what its charts need: the scroll area scrolls instead.
        page_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        page_layout.addLayout(bar)
        page_layout.addWidget(suggestion_box)
        page_layout.addLayout(grid)
        page_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.period.currentIndexChanged.connect(lambda _: self.refresh())
        self.start.dateChanged.connect(lambda _: self._custom_changed())
        self.end.dateChanged.connect(lambda _: self._custom_changed())
        self.write_button.clicked.connect(
            lambda: self.figures and self.start_reflection.emit(self.figures.suggestion.prompt)
        )
        self.another_button.clicked.connect(self._another)
        self.balance_chart.theme_clicked.connect(lambda tid: self._show(theme_ids=(tid,)))
        self.trend_chart.bucket_clicked.connect(
            lambda tid, start, end: self._show(theme_ids=(tid,), date_from=start, date_to=end)
        )
        self.coverage_map.cell_clicked.connect(self._coverage_clicked)
        self.calendar.day_clicked.connect(lambda day: self._show(date_from=day, date_to=day))
        self.contexts_chart.clicked.connect(lambda key: self._show(context_ids=(key,)))
        self.stakeholders_chart.clicked.connect(lambda key: self._show(stakeholders=(key,)))
        self.next_steps.linkActivated.connect(self.open_reflection)
        self.report_button.clicked.connect(self.export_report)
        self.retranslate()

    # -- layout -------------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """Pairs of charts side by side where there is room for both, one under the other where
        there is not (a 1024-pixel screen): a chart squeezed to half of a narrow page cuts its labels."""
        if columns == self._columns:
            return
        self._columns = columns
        for panel in self.panels.values():
            self.grid.removeWidget(panel)
        rows = [("balance", "trend"), ("coverage",), ("calendar",), ("contexts", "stakeholders"), ("next_steps",)]
        row = 0
        for names in rows:
            if len(names) == 1 or columns == 1:
                for name in names:
                    self.grid.addWidget(self.panels[name], row, 0, 1, 2)
                    row += 1
            else:
                self.grid.addWidget(self.panels[names[0]], row, 0)
                self.grid.addWidget(self.panels[names[1]], row, 1)
                row += 1
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    def resizeEvent(self, event) -> None:
        self._arrange(2 if event.size().width() >= TWO_COLUMNS else 1)
        super().resizeEvent(event)

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.figures is not None:
            self.refresh()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        if self.figures is not None:
            self.refresh()

    def retranslate(self) -> None:
        names = {
            "30d": self.tr("The last 30 days"),
            "quarter": self.tr("The last quarter"),
            "year": self.tr("The last year"),
            "all": self.tr("The whole journal"),
            "custom": self.tr("Choose dates…"),
        }
        for index, choice in enumerate(PERIODS):
            self.period.setItemText(index, names[choice])
        self.period_label.setText(self.tr("&Period:"))
        self.period.setAccessibleName(self.tr("Period"))
        self.scroll.setAccessibleName(self.tr("Patterns over time"))
        self.to_label.setText(self.tr("to"))
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.report_button.setText(self.tr("Period report…"))
        self.write_button.setText(self.tr("Write about it"))
        self.another_button.setText(self.tr("Another question"))
        save = self.tr("Save as PNG…")
        titles = {
            "balance": self.tr("Balance between the themes"),
            "trend": self.tr("Over time"),
            "coverage": self.tr("Success criteria, month by month"),
            "calendar": self.tr("When you reflect"),
            "contexts": self.tr("Situations"),
            "stakeholders": self.tr("Whom it concerned"),
            "next_steps": self.tr("Next steps"),
        }
        for name, panel in self.panels.items():
            panel.set_texts(titles[name], save)
        if self.figures is not None:
            self.refresh()

    # -- the numbers ---------------------------------------------------------------------------

    def selected_period(self) -> Period:
        choice = self.period.currentData()
        custom = choice == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.to_label.setVisible(custom)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return period_for(choice, self.clock.today(), min(start, end), max(start, end))

    def _custom_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    def _another(self) -> None:
        self.turn += 1
        self.refresh()

    def compute(self) -> Figures:
        period = self.selected_period()
        personal = self.store.personal_framework()
        balance = analytics.balance(self.store, self.framework, period, personal.target)
        coverage = analytics.coverage(self.store, self.framework, period, personal.own_criteria)
        return Figures(
            period=period.resolved(self.store),
            balance=balance,
            trend=analytics.trend(self.store, self.framework, period),
            coverage=coverage,
            cadence=analytics.cadence(self.store, period),
            breakdown=analytics.breakdown(self.store, period),
            next_steps=analytics.next_steps(self.store, self.clock.today(), limit=SHOWN_STEPS),
            suggestion=analytics.suggestion(self.framework, balance, coverage, self.turn),
        )

    def refresh(self) -> None:
        """Compute every figure for the chosen period and redraw."""
        self.figures = figures = self.compute()
        lang = self.language
        self.balance_chart.show_balance(
            figures.balance, self.framework, lang, self.tr("Your reflections"), self.tr("Your target")
        )
        if self._legend_language != lang:  # the themes' names change with the language only
            self._legend_language = lang
            for legend in self.legends.values():
                legend.show_themes(self.framework, lang)
        self.trend_chart.show_trend(figures.trend, self.framework, lang)
        self.coverage_map.show_coverage(
            figures.coverage, self._criterion_rows(figures.coverage), self.tr("never"), lang
        )
        self.calendar.show_cadence(figures.cadence, lang)
        contexts = sorted(figures.breakdown.contexts.items(), key=lambda item: -item[1])
        self.contexts_chart.show_counts(
            [(cid, self._context_label(cid), count) for cid, count in contexts],
            self.palette().color(QPalette.ColorRole.Highlight),
        )
        names = stakeholder_names()
        stakeholders = [(key, names.get(key, key), figures.breakdown.stakeholders.get(key, 0)) for key in STAKEHOLDERS]
        self.stakeholders_chart.show_counts(sorted(stakeholders, key=lambda row: -row[2]), QColor("#5b7083"))
        self._show_next_steps(figures.next_steps)
        self._show_suggestion(figures.suggestion)
        self._show_readings(figures)

    def _criterion_rows(self, coverage: analytics.Coverage) -> list[tuple[str, str, QColor]]:
        own = {c.id: c for c in self.store.own_criteria()}
        rows = []
        for row in coverage.criteria:
            colour = QColor(self.framework.theme(row.theme_id).colour)
            if row.own:
                words = own[row.criterion_id].text if row.criterion_id in own else row.criterion_id
                rows.append((row.criterion_id, self.tr("Own: %1").replace("%1", words), colour))
            else:
                rows.append(
                    (row.criterion_id, self.framework.criterion(row.criterion_id).text.get(self.language), colour)
                )
        return rows

    def _context_label(self, context_id: str) -> str:
        if self.framework.has_context(context_id):
            return self.framework.context(context_id).label.get(self.language)
        return context_id

    def _show_suggestion(self, suggestion: analytics.Suggestion) -> None:
        theme = self.framework.theme(suggestion.theme_id)
        criterion = ""
        if suggestion.criterion_id and self.framework.has_criterion(suggestion.criterion_id):
            words = self.framework.criterion(suggestion.criterion_id).text.get(self.language)
            criterion = "<br><i>" + self.tr("Untouched in this period: %1").replace("%1", words) + "</i>"
        heading = self.tr("Least reflected on: %1").replace("%1", theme.name.get(self.language))
        self.suggestion.setText(
            f"<span style='color:{theme.colour}; font-weight:600'>&#9679; {heading}</span><br>"
            f"{suggestion.prompt.text.get(self.language)}{criterion}"
        )

    def _show_next_steps(self, steps: analytics.NextSteps) -> None:
        labels = {
            analytics.OVERDUE: self.tr("overdue"),
            analytics.DUE: self.tr("due soon"),
            analytics.OPEN: self.tr("open"),
        }
        colours = {analytics.OVERDUE: "#b3261e", analytics.DUE: "#b06000", analytics.OPEN: ""}
        rows = []
        for item in steps.items[:SHOWN_STEPS]:
            due = f" ({dates.short_date(item.step.due, self.language)})" if item.step.due else ""
            style = f" style='color:{colours[item.status]}'" if colours[item.status] else ""
            rows.append(
                f"<a href='{item.reflection_uuid}'>{escape(item.step.text)}</a>{due} "
                f"<span{style}>{labels[item.status]}</span>"
            )
        more = steps.total - len(rows)
        if more > 0:
            rows.append(self.tr("… and %n more", "", more))
        self.next_steps.setText("<br>".join(rows) or self.tr("No open next steps."))

    def _show_readings(self, figures: Figures) -> None:
        from .. import readings

        lang = self.language
        texts = {
            "balance": readings.balance_reading(figures.balance, self.framework, lang),
            "trend": readings.trend_reading(figures.trend, self.framework, lang),
            "coverage": readings.coverage_reading(
                figures.coverage, self.framework, lang, tuple(self.store.own_criteria())
            ),
            "calendar": readings.cadence_reading(figures.cadence, lang),
            "contexts": readings.contexts_reading(figures.breakdown, self.framework, lang),
            "stakeholders": readings.stakeholders_reading(figures.breakdown, lang),
            "next_steps": readings.next_steps_reading(figures.next_steps, lang),
        }
        for name, text in texts.items():
            self.panels[name].reading.setText(text)

    def export_report(self) -> None:
        from .dialogs.report import ReportDialog

        period = self.figures.period if self.figures else self.selected_period().resolved(self.store)
        dialog = ReportDialog(self.store, self.framework, period, self.language, self, self.clock)
        if dialog.exec() and dialog.written is not None:
            self.message.emit(self.tr("Exported to %1").replace("%1", str(dialog.written)))

    # -- click-through ---------------------------------------------------------------------------

    def _show(self, **criteria) -> None:
        """Show the reflections behind what was clicked, within the period unless it says when."""
        period = self.figures.period if self.figures else self.selected_period().resolved(self.store)
        criteria.setdefault("date_from", period.start)
        criteria.setdefault("date_to", period.end)
        self.show_in_journal.emit(ReflectionFilter(**criteria))

    def _coverage_clicked(self, criterion_id: str, month: date) -> None:
        end = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        period = self.figures.period
        self._show(criterion_ids=(criterion_id,), date_from=max(month, period.start), date_to=min(end, period.end))

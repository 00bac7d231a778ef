"""Search as you type, the favourites at one click, and filters by theme, success criterion,
context, stakeholder, tag, privacy and date, combinable, with the number of matches and one
click to clear."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework, LocalText
from framework.personal import OwnCriterion

from ..model import STAKEHOLDERS, ReflectionFilter
from .actions import CLEAR_FILTER_KEYS
from .dates import NO_DATE, DateEdit
from .fields import stakeholder_names
from .i18n import Retranslating
from .widgets import Combo, let_undo_fall_through

SEARCH_DELAY_MS = 120
FILTER_CHARS = 8


class FilterBar(Retranslating, QWidget):
    filter_changed = Signal(object)  # ReflectionFilter

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self._own: list[OwnCriterion] = []
        self._earlier: dict[str, list[tuple[str, LocalText]]] = {}
        self._tags: list[str] = []
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        let_undo_fall_through(self.search)
        row.addWidget(self.search, 1)
        self.star = QToolButton()
        self.star.setObjectName("starFilter")
        self.star.setCheckable(True)
        self.star.setText("★")
        row.addWidget(self.star)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(self.toggle)
        self.calendar_toggle = QToolButton()  # the journal view shows its month calendar with it
        self.calendar_toggle.setObjectName("calendarToggle")
        self.calendar_toggle.setCheckable(True)
        row.addWidget(self.calendar_toggle)
        layout.addLayout(row)

        self.panel = QWidget()
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        # Narrow at least: two of them side by side must fit the list's pane on a 1024-pixel screen.
        self.theme, self.criterion, self.context, self.stakeholder, self.tag, self.private = (
            Combo(FILTER_CHARS) for _ in range(6)
        )
        self.date_from = DateEdit(optional=True)
        self.date_to = DateEdit(optional=True)
        self.labels: dict[str, QLabel] = {}
        fields = (
            ("theme", self.theme),
            ("criterion", self.criterion),
            ("context", self.context),
            ("stakeholder", self.stakeholder),
            ("tag", self.tag),
            ("private", self.private),
            ("from", self.date_from),
            ("to", self.date_to),
        )
        for number, (name, widget) in enumerate(fields):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            grid.addWidget(label, number // 2, (number % 2) * 2)
            grid.addWidget(widget, number // 2, (number % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(self.panel)
        self.panel.setVisible(False)
        self.toggle.toggled.connect(self.panel.setVisible)

        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("matchCount")
        status.addWidget(self.count, 1)
        self.clear_button = QToolButton()
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        status.addWidget(self.clear_button)
        layout.addLayout(status)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for combo in (self.theme, self.criterion, self.context, self.stakeholder, self.tag, self.private):
            combo.currentIndexChanged.connect(lambda _: self._emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self._emit())
        self.star.toggled.connect(lambda _: self._emit())
        self.retranslate()

    # -- content of the choices --------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self._fill()

    def set_choices(
        self,
        own_criteria: list[OwnCriterion],
        tags: list[str],
        earlier: dict[str, list[tuple[str, LocalText]]] | None = None,
    ) -> None:
        """``earlier``: themes, criteria and contexts of frameworks used before that reflections
        are still tagged with (journal.organisation.earlier_in_use), offered after the current ones."""
        self._own = list(own_criteria)
        self._tags = list(tags)
        self._earlier = earlier or {}
        self._fill()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.toggle.setToolTip(self.tr("Show or hide the filters"))
        self.star.setToolTip(self.tr("Only the starred reflections (your favourites)"))
        self.star.setAccessibleName(self.tr("Only starred"))
        self.calendar_toggle.setText(self.tr("Calendar"))
        self.calendar_toggle.setToolTip(self.tr("Show or hide a month calendar of the days you wrote on"))
        names = {
            "theme": self.tr("Theme"),
            "criterion": self.tr("Criterion"),
            "context": self.tr("Context"),
            "stakeholder": self.tr("Stakeholder"),
            "tag": self.tr("Tag"),
            "private": self.tr("Private"),
            "from": self.tr("From"),
            "to": self.tr("To"),
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text)
        self.date_from.setSpecialValueText(self.tr("any date"))
        self.date_to.setSpecialValueText(self.tr("any date"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setShortcut(QKeySequence(CLEAR_FILTER_KEYS))
        self._fill()
        self._update_toggle()

    def _fill(self) -> None:
        """(Re)fill the combo boxes in the current language, keeping what is chosen."""
        current = self.selection()
        self._quiet = True
        lang = self.language
        every = self.tr("All")

        def earlier(kind: str) -> list[tuple[str, object]]:
            return [
                (self.tr("%1 (earlier framework)").replace("%1", text.get(lang)), key)
                for key, text in self._earlier.get(kind, ())
            ]

        themes = [(t.name.get(lang), t.id) for t in self.framework.themes]
        self._refill(self.theme, [(every, None), *themes, *earlier("theme")])
        criteria = [(every, None)]
        for theme in self.framework.themes:
            criteria += [(f"{theme.name.get(lang)}: {c.text.get(lang)}", c.id) for c in theme.success_criteria]
            criteria += [(f"{theme.name.get(lang)}: {o.text}", o.id) for o in self._own if o.theme_id == theme.id]
        self._refill(self.criterion, [*criteria, *earlier("criterion")])
        contexts = [(c.label.get(lang), c.id) for c in self.framework.usage_contexts]
        self._refill(self.context, [(every, None), *contexts, *earlier("context")])
        names = stakeholder_names()
        self._refill(self.stakeholder, [(every, None)] + [(names[key], key) for key in STAKEHOLDERS])
        tags = sorted(set(self._tags) | set(current.tags))
        self._refill(self.tag, [(every, None)] + [(tag, tag) for tag in tags])
        self._refill(self.private, [(every, None), (self.tr("Only private"), True), (self.tr("Not private"), False)])
        self._choose(current)
        self._quiet = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(False)

    # -- the filter ------------------------------------------------------------------------------

    def selection(self) -> ReflectionFilter:
        def one(combo: QComboBox) -> tuple:
            value = combo.currentData()
            return () if value is None else (value,)

        def day(edit: DateEdit):
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return ReflectionFilter(
            text=self.search.text(),
            theme_ids=one(self.theme),
            criterion_ids=one(self.criterion),
            context_ids=one(self.context),
            stakeholders=one(self.stakeholder),
            tags=one(self.tag),
            private=self.private.currentData(),
            starred=self.star.isChecked(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )

    def set_selection(self, selection: ReflectionFilter, reveal: bool = True) -> None:
        """Show ``selection`` (single values per kind) and filter by it; ``reveal``: open the
        filters if it uses any (not for a day chosen in the calendar, which shows it already)."""
        self._quiet = True
        self.search.setText(selection.text)
        if selection.tags:
            self._tags = sorted(set(self._tags) | set(selection.tags))
            self._fill()
        self._choose(selection)
        self._quiet = False
        if reveal and not selection.is_empty:
            self.toggle.setChecked(
                any(
                    (
                        selection.theme_ids,
                        selection.criterion_ids,
                        selection.context_ids,
                        selection.stakeholders,
                        selection.tags,
                        selection.private is not None,
                        selection.date_from,
                        selection.date_to,
                    )
                )
            )
        self._emit()

    def _choose(self, selection: ReflectionFilter) -> None:
        def pick(combo: QComboBox, values: tuple) -> None:
            combo.blockSignals(True)
            index = combo.findData(values[0]) if values else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        pick(self.theme, selection.theme_ids)
        pick(self.criterion, selection.criterion_ids)
        pick(self.context, selection.context_ids)
        pick(self.stakeholder, selection.stakeholders)
        pick(self.tag, selection.tags)
        self.private.blockSignals(True)
        self.private.setCurrentIndex({None: 0, True: 1, False: 2}[selection.private])
        self.private.blockSignals(False)
        self.star.blockSignals(True)
        self.star.setChecked(selection.starred)
        self.star.blockSignals(False)
        for edit, day in ((self.date_from, selection.date_from), (self.date_to, selection.date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day) if day else NO_DATE)
            edit.blockSignals(False)

    def clear(self) -> None:
        self.set_selection(ReflectionFilter())

    def active_filters(self) -> int:
        s = self.selection()
        return sum(
            bool(x)
            for x in (
                s.theme_ids,
                s.criterion_ids,
                s.context_ids,
                s.stakeholders,
                s.tags,
                s.private is not None,
                s.date_from,
                s.date_to,
            )
        )

    def _update_toggle(self) -> None:
        active = self.active_filters()
        self.toggle.setText(self.tr("Filters") + (f" ({active})" if active else ""))
        self.clear_button.setEnabled(active > 0 or bool(self.search.text()) or self.star.isChecked())

    def _emit(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        self._update_toggle()
        self.filter_changed.emit(self.selection())

    def show_count(self, shown: int | None, total: int) -> None:
        """``shown`` matches of ``total`` reflections; None while they are being counted."""
        if shown == total:
            self.count.setText(self.tr("%n reflection(s)", "", total))
        else:
            matches = "…" if shown is None else QLocale().toString(shown)
            self.count.setText(self.tr("%1 of %n reflection(s)", "", total).replace("%1", matches))

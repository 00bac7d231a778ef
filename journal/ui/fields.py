"""The editor's pickers: themes, success criteria, usage context, stakeholders, tags, next steps.

Each has ``value()`` and ``set_value()`` for the editor (and the tests), emits ``changed`` only
for the user's edits, and retranslates itself on ``set_language`` / LanguageChange.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QDate, QEvent, QObject, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from framework import Framework
from framework.personal import OwnCriterion

from ..model import STAKEHOLDERS, NextStep, normalise_tag
from ..readings import stakeholder_name
from ..words import capitalised
from .dates import NO_DATE, DateEdit, ui_language
from .flow_layout import FlowLayout
from .i18n import Retranslating
from .style import styled
from .widgets import Combo, let_undo_fall_through


def stakeholder_names() -> dict[str, str]:
    """The stakeholder keys of journal.model as labels ("Medarbejdere"), in the interface's
    language: the core's words for them (journal.words, as the exports write them), capitalised."""
    language = ui_language()
    return {key: capitalised(stakeholder_name(key, language)) for key in STAKEHOLDERS}


class _Toggles(QWidget):
    """A row of on/off buttons, one per key, wrapping when narrow; the value is the keys that are on."""

    changed = Signal()

    def __init__(self, keys: tuple[str, ...], make_button, parent: QWidget | None = None):
        super().__init__(parent)
        layout = FlowLayout(self, spacing=6)
        self.buttons: dict = {}
        for key in keys:
            button = make_button(key)
            button.setCheckable(True)
            button.toggled.connect(lambda _=False: self.changed.emit())
            layout.addWidget(button)
            self.buttons[key] = button

    def value(self) -> tuple[str, ...]:
        return tuple(key for key, button in self.buttons.items() if button.isChecked())

    def set_value(self, keys: tuple[str, ...]) -> None:
        for key, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(key in keys)
            button.blockSignals(False)


class ThemeToggles(_Toggles):
    """One button per theme, filled with the theme's colour when on."""

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        self.framework = framework
        super().__init__(framework.theme_ids, self._button, parent)
        self.set_language(language)

    def _button(self, theme_id: str) -> QPushButton:
        button = QPushButton()
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setObjectName(f"theme-{theme_id}")
        styled(button, "theme-button", self.framework.theme(theme_id).colour)
        return button

    def set_language(self, language: str) -> None:
        for theme in self.framework.themes:
            name = theme.name.get(language)
            self.buttons[theme.id].setText(name)
            self.buttons[theme.id].setAccessibleName(name)
            self.buttons[theme.id].setToolTip(" ".join(s.text.get(language) for s in theme.statements))


class CriteriaPicker(Retranslating, QWidget):
    """Success criteria grouped by theme (the organisation's and the leader's own), picked in a
    popup list, with the chosen ones listed beside the button."""

    changed = Signal()

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self._own: list[OwnCriterion] = []
        self._offered: set[str] = set()
        self._chosen: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.clicked.connect(self.open_popup)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.popup = CriteriaPopup(self)
        self.tree = self.popup.tree
        self.tree.itemChanged.connect(self._item_changed)
        self.popup.closed.connect(self._popup_closed)
        self.retranslate()

    def set_own_criteria(self, criteria: list[OwnCriterion], offered: set[str]) -> None:
        """All own criteria ever written (to name them on old reflections), and the ids of those
        the current personal framework offers for new ones."""
        self._own = list(criteria)
        self._offered = set(offered)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self._chosen)
        self.button.setText(
            self.tr("Choose success criteria…")
            if not count
            else self.tr("Success criteria (%1)…").replace("%1", str(count))
        )
        self.button.setAccessibleName(self.tr("Success criteria"))
        self.tree.setAccessibleName(self.tr("Success criteria"))
        self.tree.setAccessibleDescription(self.tr("Space ticks one, Esc closes the list"))
        html = self._summary_html()
        self.summary.setText(html)
        self.summary.setVisible(bool(html))

    def text_of(self, criterion_id: str) -> tuple[str, str]:
        """(theme colour, text) of an organisation or own criterion; unknown ids shown as is."""
        if self.framework.has_criterion(criterion_id):
            criterion = self.framework.criterion(criterion_id)
            return self.framework.theme(criterion.theme_id).colour, criterion.text.get(self.language)
        for own in self._own:
            if own.id == criterion_id:
                colour = (
                    self.framework.theme(own.theme_id).colour if self.framework.has_theme(own.theme_id) else "#888888"
                )
                return colour, self._own_text(own)
        return "#888888", criterion_id

    def _own_text(self, criterion: OwnCriterion) -> str:
        offered = criterion.active and criterion.id in self._offered
        return criterion.text + ("" if offered else " " + self.tr("(retired)"))

    def _summary_html(self) -> str:
        rows = []
        for cid in self._chosen:
            colour, text = self.text_of(cid)
            rows.append(f"<span style='color:{colour}'>&#9679;</span> {escape(text)}")
        return "<br>".join(rows)

    def value(self) -> tuple[str, ...]:
        return self._chosen

    def set_value(self, criterion_ids: tuple[str, ...]) -> None:
        self._chosen = tuple(criterion_ids)
        self.retranslate()

    def open_popup(self) -> None:
        self._fill_popup()
        self.popup.open_at(self.button)

    def _popup_closed(self, by_key: bool) -> None:
        """Closed with Esc: the focus goes back to the button. Closed by a click elsewhere: to the
        field clicked, so the tags typed next land there. Qt does not pass that click on (seen on
        X11: the focus went back to where it was before the list opened, and the typing with it)."""
        if by_key:
            self.button.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        clicked = QApplication.widgetAt(QCursor.pos())
        if (
            clicked is not None
            and clicked.window() is self.window()
            and (clicked.focusPolicy() & Qt.FocusPolicy.ClickFocus)
        ):
            clicked.setFocus(Qt.FocusReason.MouseFocusReason)

    def _fill_popup(self) -> None:
        """Groups per theme; retired own criteria appear only where already chosen."""
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = set(self._chosen)
        for theme in self.framework.themes:
            group = QTreeWidgetItem(self.tree, [theme.name.get(self.language)])
            group.setForeground(0, QColor(theme.colour))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            entries = [(c.id, c.text.get(self.language)) for c in theme.success_criteria]
            entries += [
                (o.id, self._own_text(o))
                for o in self._own
                if o.theme_id == theme.id and (o.id in self._offered or o.id in chosen)
            ]
            for cid, text in entries:
                item = QTreeWidgetItem(group, [text])
                item.setData(0, Qt.ItemDataRole.UserRole, cid)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Checked if cid in chosen else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        if not cid:
            return
        chosen = [c for c in self._chosen if c != cid]
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen.append(cid)
        self._chosen = tuple(chosen)
        self.retranslate()
        self.changed.emit()


class _Wrapped(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the list's width: a tree lays its rows out before it
    knows how wide their text may be, and cuts a long criterion with "…" instead."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view: QTreeWidget = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        steps = depth + (1 if view.rootIsDecorated() else 0)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(view.viewport().width() - view.indentation() * steps, 80), 1_000_000)
        return super().sizeHint(wrapped, index)


class CriteriaPopup(QFrame):
    """The success criteria to tick, in a list that opens from the picker's button: as wide as the
    screen allows up to a comfortable reading width, every criterion whole (wrapped, never cut),
    above the button when there is no room below, and closed by Esc or a click outside."""

    closed = Signal(bool)  # True when closed from the keyboard
    WIDTH, HEIGHT, MARGIN = 620, 480, 8

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("criteriaPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget()
        self.tree.setObjectName("criteriaList")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setItemDelegate(_Wrapped(self.tree))
        layout.addWidget(self.tree)
        self.tree.installEventFilter(self)

    def _content_height(self) -> int:
        rows, item = 0, self.tree.topLevelItem(0)
        while item is not None:
            rows += self.tree.visualItemRect(item).height()
            item = self.tree.itemBelow(item)
        return rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list would take Esc for itself (to end an edit it never starts): close instead.
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self._close_by_key()
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._close_by_key()
        else:
            super().keyPressEvent(event)

    def _close_by_key(self) -> None:
        self._by_key = True
        self.close()

    def showEvent(self, event) -> None:
        self._by_key = False
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.closed.emit(self._by_key)

    def open_at(self, anchor: QWidget) -> None:
        """Show the list under ``anchor`` (over it if there is more room there), on its screen."""
        free = anchor.screen().availableGeometry()
        width = min(self.WIDTH, free.width() - 2 * self.MARGIN)
        below = anchor.mapToGlobal(anchor.rect().bottomLeft())
        above = anchor.mapToGlobal(anchor.rect().topLeft())
        room_below = free.bottom() - self.MARGIN - below.y()
        room_above = above.y() - free.top() - self.MARGIN
        height = min(self.HEIGHT, max(room_below, room_above))
        top = below.y() if room_below >= height else above.y() - height
        left = max(free.left() + self.MARGIN, min(below.x(), free.right() - self.MARGIN - width))
        self.setGeometry(left, top, width, height)
        self.layout().activate()  # the list gets its width now, not when shown
        self.tree.doItemsLayout()  # and its rows the heights of their text wrapped at that width
        needed = self._content_height() + self.height() - self.tree.viewport().height() + 4
        if needed < height:  # no empty space below a short list
            top += 0 if room_below >= height else height - needed
            self.setGeometry(left, top, width, needed)
        self.show()
        self.tree.setFocus(Qt.FocusReason.PopupFocusReason)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))


class ContextCombo(Combo):
    """The usage context, or none."""

    changed = Signal()

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(24, parent)
        self.framework = framework
        self.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.set_language(language)

    def set_language(self, language: str) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(none)"), None)
        for context in self.framework.usage_contexts:
            self.addItem(context.label.get(language), context.id)
            self.setItemData(self.count() - 1, context.text.get(language), Qt.ItemDataRole.ToolTipRole)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, context_id: str | None) -> None:
        self.blockSignals(True)
        index = self.findData(context_id) if context_id else 0
        if index < 0:  # an id from another framework: keep it, shown as is
            self.addItem(context_id, context_id)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)


class StakeholderPicker(Retranslating, _Toggles):
    """Who the reflection concerns: one toggle per stakeholder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(STAKEHOLDERS, lambda _key: QToolButton(), parent)
        self.layout().setSpacing(4)
        styled(self, "stakeholders")
        self.retranslate()

    def retranslate(self) -> None:
        for key, name in stakeholder_names().items():
            self.buttons[key].setText(name)
            self.buttons[key].setAccessibleName(name)


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text()
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


class TagEdit(QLineEdit):
    """Free tags, comma separated, completed from the tags already in use."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._known = QStringListModel(self)
        completer = _TagCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(lambda _: self.changed.emit())
        completer.activated.connect(lambda _: self.changed.emit())

    def set_known_tags(self, tags: list[str]) -> None:
        self._known.setStringList(tags)

    def value(self) -> tuple[str, ...]:
        return tuple(tag for tag in (normalise_tag(t) for t in self.text().split(",")) if tag)

    def set_value(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))


class _StepRow(Retranslating, QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, step: NextStep, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done = QCheckBox()
        self.done.setChecked(not step.open)
        self.text = QLineEdit(step.text)
        self.due = DateEdit(QDate(step.due) if step.due else None, optional=True)
        self.remove = QToolButton()
        self.remove.setText("✕")
        for widget in (self.done, self.text, self.due, self.remove):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self.done.toggled.connect(lambda _: self.changed.emit())
        self.text.textEdited.connect(lambda _: self.changed.emit())
        self.due.dateChanged.connect(lambda _: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.done.setAccessibleName(self.tr("Done"))
        self.done.setToolTip(self.tr("Done"))
        self.text.setPlaceholderText(self.tr("What will you do?"))
        self.text.setAccessibleName(self.tr("Next step"))
        self.due.setSpecialValueText(self.tr("no due date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.remove.setToolTip(self.tr("Remove this next step"))
        self.remove.setAccessibleName(self.tr("Remove this next step"))

    def value(self) -> NextStep:
        due = self.due.date()
        done_at = None
        if self.done.isChecked():
            done_at = self.step.done_at or datetime.now(UTC)
        return NextStep(self.text.text().strip(), None if due == NO_DATE else due.toPython(), done_at, self.step.id)


class NextStepsEditor(Retranslating, QWidget):
    """Next steps, each with an optional due date and a done mark."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton()
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self.add_step)
        layout.addWidget(self.add_button)
        self.rows: list[_StepRow] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add a next step"))

    def _add_row(self, step: NextStep) -> _StepRow:
        row = _StepRow(step)
        let_undo_fall_through(row.text)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove_row)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def add_step(self) -> None:
        row = self._add_row(NextStep(""))
        row.text.setFocus()

    def _remove_row(self, row: _StepRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def value(self) -> tuple[NextStep, ...]:
        return tuple(step for step in (row.value() for row in self.rows) if step.text)

    def set_value(self, steps: tuple[NextStep, ...]) -> None:
        for row in self.rows:  # out of the layout now, not when Qt gets round to deleting them
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for step in steps:
            self._add_row(step)

"""On this day, where the editor would be when no reflection is open (as the window starts): what
was written a month, a quarter and a year ago today, and the next steps whose day has come, each
one click (or Tab and Enter) from being open. Hidden when there is nothing to look back on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import dates
from ..memories import LookingBack
from .dates import ui_language
from .i18n import Retranslating
from .style import styled


class _ElidedButton(QPushButton):
    """A flat button whose text is cut with … to the width it is given (the whole in its
    tooltip), so that a long title never makes the pane wider than the window."""

    def __init__(self, text: str):
        super().__init__(text)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        room = self.width() - 2 * self.fontMetrics().averageCharWidth() - 8
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(room, 0)))
        super().resizeEvent(event)


class LookingBackPanel(Retranslating, QWidget):
    open_reflection = Signal(str)  # uuid
    show_day = Signal(object)  # a date: the list filtered to that day

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lookingBack")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 12, 24, 12)
        self._back = LookingBack((), ())
        self._today = date.today()
        self.buttons: list[QPushButton] = []  # in the order shown (tests, and Tab)
        styled(self, "looking-back")
        self.setVisible(False)

    def retranslate(self) -> None:
        self.show_back(self._back, self._today)

    def show_back(self, back: LookingBack, today: date) -> None:
        self._back, self._today = back, today
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        self.setVisible(bool(back))
        if not back:
            return
        language = ui_language()
        heading = QLabel(self.tr("On this day"))
        heading.setObjectName("lookingBackHeading")
        self._layout.addWidget(heading)
        spans = {
            "month": self.tr("A month ago"),
            "quarter": self.tr("A quarter ago"),
            "year": self.tr("A year ago"),
        }
        for span, day, found, count in back.days:
            self._label(f"{spans[span]}, {dates.long_weekday_date(day, language)}")
            for summary in found:
                title = summary.title or summary.first_line or self.tr("(untitled)")
                self._button(title, lambda _=False, u=summary.uuid: self.open_reflection.emit(u))
            if count > len(found):
                more = self.tr("%n more that day…", "", count - len(found))
                self._button(more, lambda _=False, d=day: self.show_day.emit(d), muted=True)
        if back.due_steps:
            self._label(self.tr("Next steps whose day has come"))
            for step, summary in back.due_steps:  # the date first: a long step is cut at its end
                text = f"{dates.short_date(step.due, language)} · {step.text}" if step.due else step.text
                self._button(text, lambda _=False, u=summary.uuid: self.open_reflection.emit(u))
            if back.more_steps:
                self._label(self.tr("… and %n more in the Patterns view", "", back.more_steps), muted=True)

    def _label(self, text: str, muted: bool = False) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("muted" if muted else "section", True)
        self._layout.addWidget(label)

    def _button(self, text: str, action, muted: bool = False) -> None:
        button = _ElidedButton(text)
        button.setFlat(True)
        button.setToolTip(text)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("muted", muted)
        button.clicked.connect(action)
        self._layout.addWidget(button)
        self.buttons.append(button)

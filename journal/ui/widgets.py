"""Small widgets the window's parts share, each made to fit any screen.

A QComboBox sizes itself to its longest choice by default: one success criterion of 130
characters made the whole window 2,100 pixels wide. Every drop-down of the app is a
:class:`Combo`, whose width comes from its layout, and whose list opens as wide as its texts need,
up to the screen's width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QWidget,
)

SCREEN_MARGIN = 16  # what a popup keeps free on either side of the screen


class Combo(QComboBox):
    """A drop-down at least ``chars`` characters wide that never widens its window: a long choice
    is elided in the field (its tooltip holds it whole), and the list shows it in full where the
    screen is wide enough."""

    def __init__(self, chars: int = 16, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentIndexChanged.connect(self._show_whole)
        self.model().rowsInserted.connect(self._tell_whole)

    def _tell_whole(self, _parent, first: int, last: int) -> None:
        """Each new choice's whole text as its tooltip, unless it has one of its own."""
        for row in range(first, last + 1):
            if not self.itemData(row, Qt.ItemDataRole.ToolTipRole):
                self.setItemData(row, self.itemText(row), Qt.ItemDataRole.ToolTipRole)

    def _show_whole(self, index: int) -> None:
        """The chosen text whole, in the field's tooltip: the field may be too narrow for it."""
        tip = self.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else None
        self.setToolTip(tip or self.itemText(index))

    def showPopup(self) -> None:
        view = self.view()
        available = self.screen().availableGeometry().width() - 2 * SCREEN_MARGIN
        needed = (
            view.sizeHintForColumn(0)
            + 2 * view.frameWidth()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 8
        )
        view.setMinimumWidth(max(min(needed, available), 0))
        super().showPopup()
        popup = view.window()  # the list's frame: keep it on the screen it opened on
        screen = self.screen().availableGeometry()
        frame = popup.geometry()
        if frame.right() > screen.right() - SCREEN_MARGIN // 2:
            frame.moveRight(screen.right() - SCREEN_MARGIN // 2)
        if frame.left() < screen.left():
            frame.moveLeft(screen.left())
        popup.setGeometry(frame)


class UndoFallThrough(QObject):
    """Ctrl+Z in a text field undoes its typing; with nothing left to undo there, the key goes on to
    the window's Undo (which brings back a deleted reflection). A text field claims Ctrl+Z
    before any shortcut sees it, so without this the window's Undo never ran while the cursor was
    in the text, which is where it is after Ctrl+Delete."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                return not _can(watched, "undo")
            if event.matches(QKeySequence.StandardKey.Redo):
                return not _can(watched, "redo")
        return False


def _can(widget: QObject, what: str) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if what == "undo" else widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isUndoAvailable() if what == "undo" else document.isRedoAvailable()
    return True


_fall_through: list[UndoFallThrough] = []  # one for the whole app, made with the first text field


def let_undo_fall_through(*widgets: QWidget) -> None:
    if not _fall_through:
        _fall_through.append(UndoFallThrough(QApplication.instance()))
    for widget in widgets:
        widget.installEventFilter(_fall_through[0])

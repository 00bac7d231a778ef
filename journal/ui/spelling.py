"""Danish spell checking in the editor: misspelt words underlined as the leader writes, and on a
right click what they might have been, or "add to the dictionary".

The dictionary takes 0.25 to 0.4 s to load and holds Python's lock while it does (a thread would
freeze the window as long), so it is loaded at the first pause in writing: when the leader has
put the cursor in a text and stopped typing for LOAD_AFTER_MS. Nothing is loaded for a window that
is only read, searched or scrolled. Words come from journal.spelling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from ..spelling import Speller, available

LOAD_AFTER_MS = 1200


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one document in red waves."""

    def __init__(self, document: QTextDocument, speller: Speller):
        super().__init__(document)
        self.speller = speller
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:
        for start, end in self.speller.misspelt(text):
            self.setFormat(start, end - start, self.format)


class SpellChecking(QObject):
    """Spell checking for the editor's texts: on or off, loaded at the first pause in writing."""

    def __init__(self, edits: list[QPlainTextEdit], own_words: list[str], keep: Callable[[list[str]], None]):
        super().__init__(edits[0])
        self.edits = edits
        self.speller: Speller | None = None
        self.on = False
        self._own = list(own_words)
        self._keep = keep  # called with the leader's own words when one is added
        self._highlighters: list[SpellHighlighter] = []
        self._timer = QTimer(self, singleShot=True, interval=LOAD_AFTER_MS)
        self._timer.timeout.connect(self._load)
        self._viewports = [(edit.viewport(), edit) for edit in edits]  # kept: compared when right-clicked
        for viewport, edit in self._viewports:
            edit.installEventFilter(self)  # focus and keys
            viewport.installEventFilter(self)  # the right click

    @staticmethod
    def available() -> bool:
        return available()

    def set_on(self, on: bool) -> None:
        self.on = on and available()
        if not self.on:
            self._timer.stop()
            for highlighter in self._highlighters:
                highlighter.setDocument(None)
            self._highlighters = []
        elif self.speller is not None:
            self._attach()
        elif any(edit.hasFocus() for edit in self.edits):
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on and self.speller is None and event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self._timer.start()  # again: the load waits for a pause
        if event.type() == QEvent.Type.ContextMenu and self._highlighters:
            edit = next((e for viewport, e in self._viewports if viewport == watched), None)
            if edit is not None:
                menu = self.menu(edit, event.pos())
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def menu(self, edit: QPlainTextEdit, position) -> QMenu:
        """The text's own menu, with what a misspelt word under ``position`` might have been
        (and "add to the dictionary") at its top."""
        menu = edit.createStandardContextMenu(position)
        found = self.misspelt_at(edit, position)
        if found is None:
            return menu
        word, cursor = found
        first = menu.actions()[0] if menu.actions() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a suggestion may take a second
        try:
            suggestions = self.speller.suggest(word)
        finally:
            QApplication.restoreOverrideCursor()
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(lambda _=False, c=cursor, s=suggestion: c.insertText(s))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(self.tr("Add “%1” to the dictionary").replace("%1", word), menu)
        add.triggered.connect(lambda: self.add(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def _load(self) -> None:
        if not self.on or self.speller is not None:
            return
        try:
            self.speller = Speller(own_words=self._own)
        except (OSError, ImportError):
            self.on = False  # no dictionary here: the editor goes on without
            return
        self._attach()

    def _attach(self) -> None:
        if self._highlighters:
            return
        self._highlighters = [SpellHighlighter(edit.document(), self.speller) for edit in self.edits]

    def misspelt_at(self, edit: QPlainTextEdit, position) -> tuple[str, object] | None:
        """The misspelt word under ``position`` of ``edit`` (a viewport point) and its cursor."""
        if self.speller is None or not self._highlighters:
            return None
        cursor = edit.cursorForPosition(position)
        block = cursor.block().text()
        at = cursor.positionInBlock()
        for start, end in self.speller.misspelt(block):
            if start <= at <= end:
                cursor.setPosition(cursor.block().position() + start)
                cursor.setPosition(cursor.block().position() + end, cursor.MoveMode.KeepAnchor)
                return block[start:end], cursor
        return None

    def add(self, word: str) -> None:
        """Take ``word`` as spelt right, from now on and at every start."""
        if self.speller is None:
            return
        self.speller.add(word)
        self._own.append(word)
        self._keep(sorted(set(self._own)))
        for highlighter in self._highlighters:
            highlighter.rehighlight()

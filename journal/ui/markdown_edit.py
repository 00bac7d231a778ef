"""Writing Markdown: an editor with formatting shortcuts, and a safe live preview."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextBrowser, QTextEdit, QWidget

from ..render import markdown_html
from ..search import match_spans
from ..templates import is_heading, question_for
from .i18n import Retranslating

PREVIEW_DELAY_MS = 150


class MarkdownEdit(Retranslating, QPlainTextEdit):
    """Plain-text Markdown with shortcuts for bold, italic, heading, list and link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.measure: int | None = None  # characters a line holds at most (focus mode), else the width
        self.setTabChangesFocus(True)  # Tab moves on, as in a form; Markdown needs no tabs
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, handler in (
            ("bold", QKeySequence.StandardKey.Bold, lambda: self.wrap("**")),
            ("italic", QKeySequence.StandardKey.Italic, lambda: self.wrap("*")),
            ("heading", QKeySequence("Ctrl+Shift+H"), lambda: self.prefix_lines("## ")),
            ("list", QKeySequence("Ctrl+Shift+L"), lambda: self.prefix_lines("- ")),
            ("link", QKeySequence("Ctrl+K"), self.insert_link),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action
        self._questions: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "bold": self.tr("Bold"),
            "italic": self.tr("Italic"),
            "heading": self.tr("Heading"),
            "list": self.tr("Bulleted list"),
            "link": self.tr("Link"),
        }
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
            action.setToolTip(f"{texts[name]} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def set_measure(self, characters: int | None) -> None:
        """Lines of at most about ``characters`` (a column in the middle), or as wide as the editor."""
        self.measure = characters
        self._place_column()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_column()

    def _place_column(self) -> None:
        room = 0
        if self.measure:
            column = self.measure * self.fontMetrics().averageCharWidth()
            room = max(0, (self.width() - column) // 2)
        if self.viewportMargins().left() != room:
            self.setViewportMargins(room, 0, room, 0)
            # The margins in the text's own colour, without a frame: a page, not a box in a box.
            self.setStyleSheet("QPlainTextEdit { background: palette(base); border: none; }" if room else "")

    def wrap(self, marker: str) -> None:
        """Wrap the selection in ``marker`` (or insert a pair and put the cursor between)."""
        cursor = self.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def prefix_lines(self, prefix: str) -> None:
        """Put ``prefix`` before each selected line, or take it away if all have it."""
        cursor = self.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        block = self.document().findBlock(start)
        last = self.document().findBlock(end)
        blocks = []
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        remove = all(b.text().startswith(prefix) for b in blocks)
        cursor.beginEditBlock()
        for b in blocks:
            edit = QTextCursor(b)
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix))
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        cursor.endEditBlock()

    def insert_link(self) -> None:
        cursor = self.textCursor()
        text = cursor.selectedText() or self.tr("link text")
        cursor.insertText(f"[{text}](https://)")
        cursor.movePosition(QTextCursor.MoveOperation.Left)
        self.setTextCursor(cursor)

    def set_questions(self, questions: dict[str, str]) -> None:
        """A template's guiding questions by heading (journal.templates.questions): each drawn,
        greyed as a placeholder is, in the empty line under its heading while nothing is written
        in that section. Never part of the text, so never in an export."""
        if questions != self._questions:
            self._questions = questions
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._questions:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        font = painter.font()
        font.setItalic(True)
        painter.setFont(font)
        offset, bottom = self.contentOffset(), self.viewport().height()
        margin = self.document().documentMargin()
        block = self.firstVisibleBlock()
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() < bottom:
            under = block.next()
            question = question_for(block.text(), self._questions) if block.text().lstrip().startswith("#") else None
            if question and under.isValid() and not under.text().strip():
                rest = under.next()
                while rest.isValid() and not rest.text().strip():
                    rest = rest.next()
                if not rest.isValid() or is_heading(rest.text()):  # nothing written in the section yet
                    line = self.blockBoundingGeometry(under).translated(offset)
                    width = self.viewport().width() - 2 * margin
                    text = painter.fontMetrics().elidedText(question, Qt.TextElideMode.ElideRight, int(width))
                    painter.drawText(
                        QRectF(line.left() + margin, line.top(), width, line.height()),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),  # where a typed line starts
                        text,
                    )
            block = under
        painter.end()

    def highlight(self, query: str, colour: QColor) -> None:
        """Mark the words of the current search in the text."""
        selections = []
        text = self.toPlainText()
        for start, end in match_spans(text, query):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)


class MarkdownPreview(QTextBrowser):
    """The rendered Markdown. Loads nothing from anywhere: links open only when clicked, and
    only web and mail links, in the system's browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._open)
        self._source = ""
        self._shown = None  # the text last rendered
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render)

    def loadResource(self, kind: int, name: QUrl):
        return None  # no images, no style sheets, nothing fetched

    def show_markdown(self, text: str, at_once: bool = False) -> None:
        """Render ``text``, a moment later (or at once); while the preview is hidden, when it is
        shown: a hidden one rendered at the start, as the editor loaded its empty page, imported
        the Markdown library (0.1 s) in the middle of the leader's first search."""
        self._source = text
        if not self.isVisible():
            self._timer.stop()
        elif at_once:
            self._render()
        else:
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown != self._source:
            self._render()

    def _render(self) -> None:
        if not self.isVisible():
            return
        self._shown = self._source
        position = self.verticalScrollBar().value()
        self.setHtml(markdown_html(self._source))
        self.verticalScrollBar().setValue(position)

    @staticmethod
    def _open(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

"""Writing an organisation's framework: the Markdown form (see framework.markdown_form) beside a
live preview as leaders will see it, the problems with their lines, and the themes' order and
colours; saved as the file to hand out, or taken into this journal.

The text is the framework: what the consultant types stays as typed, and the outline's buttons
(order, colour, a new theme) edit that text, so there is one thing to save and nothing hidden.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from framework import Framework
from framework.markdown_form import (
    NEW_FRAMEWORK,
    FrameworkProblems,
    add_theme,
    move_theme,
    read_markdown,
    set_theme_colour,
    theme_blocks,
)

from ...errors import JournalError
from ...fileio import atomic_write
from ...organisation import Choice, problem_words
from ..errors import show_error
from ..framework_view import FrameworkText

CHECK_AFTER_MS = 300


class FrameworkEditor(QDialog):
    """Edit a framework's Markdown with a live preview. ``chosen`` holds the framework to take
    into the journal when the leader asks for it (the dialog then closes accepted)."""

    def __init__(self, text: str, language: str, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("frameworkEditor")
        self.language = language
        self.path = path
        self.chosen: Choice | None = None
        self.framework: Framework | None = None  # what the text says, None while it has problems
        self._last_good: Framework | None = None
        self._saved_text = text  # closing asks only once something was typed

        self.outline = QListWidget()
        self.outline.setObjectName("frameworkOutline")
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.colour_button, self.add_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.colour_button.clicked.connect(self._choose_colour)
        self.add_button.clicked.connect(self._add_theme)
        self.outline.currentRowChanged.connect(self._show_theme)
        outline_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.colour_button, self.add_button):
            outline_buttons.addWidget(button)

        self.text = QPlainTextEdit()
        self.text.setObjectName("frameworkSource")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(text)
        self.problems = QListWidget()
        self.problems.setObjectName("frameworkProblemsList")
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.outline_label, self.text_label = QLabel(), QLabel()
        self.outline_label.setBuddy(self.outline)
        self.text_label.setBuddy(self.text)
        left_layout.addWidget(self.outline_label)
        left_layout.addWidget(self.outline)
        left_layout.addLayout(outline_buttons)
        left_layout.addWidget(self.text_label)
        left_layout.addWidget(self.text, 3)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.problems, 1)
        self.preview: FrameworkText | None = None  # built on the first text without problems
        self.preview_host = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview_host)
        self.splitter.setChildrenCollapsible(False)

        self.save_button, self.save_as_button = QPushButton(), QPushButton()
        self.use_button, self.close_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as)
        self.use_button.clicked.connect(self._use)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self._timer = QTimer(self, singleShot=True, interval=CHECK_AFTER_MS)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._timer.start)
        self.retranslate()
        self.check()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(760, screen.height() - 60))
        self.splitter.setSizes([self.width() // 2, self.width() // 2])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leadership framework editor"))
        self.outline_label.setText(self.tr("&Themes"))
        self.text_label.setText(self.tr("The framework, as &Markdown (the README shows every part of the form)"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.colour_button.setText(self.tr("Colour…"))
        self.add_button.setText(self.tr("New theme…"))
        self.save_button.setText(self.tr("&Save"))
        self.save_as_button.setText(self.tr("Save &as…"))
        self.use_button.setText(self.tr("&Use in this journal"))
        self.close_button.setText(self.tr("Close"))
        self.problems.setAccessibleName(self.tr("Problems, each with its line"))

    # -- checking as the text changes -------------------------------------------------------------

    def current_text(self) -> str:
        return self.text.toPlainText()

    def check(self) -> None:
        """Read the text: the problems with their lines, or the preview of what it says."""
        self._timer.stop()
        self.problems.clear()
        try:
            framework = read_markdown(self.current_text(), self.path.name if self.path else "")
        except FrameworkProblems as problems:
            self.framework = None
            says = problem_words(self.language)
            for problem in problems.found:
                item = QListWidgetItem(
                    self.tr("Line %1: %2").replace("%1", str(problem.line)).replace("%2", problem.says(says))
                )
                item.setData(Qt.ItemDataRole.UserRole, problem.line)
                item.setToolTip(item.text())
                self.problems.addItem(item)
            self.status.setText(
                self.tr("Problems: %1. The preview shows the text as it was last without problems.").replace(
                    "%1", str(len(problems.problems))
                )
            )
        else:
            self.framework = self._last_good = framework
            criteria = sum(len(theme.success_criteria) for theme in framework.themes)
            self.status.setText(
                self.tr("No problems: %1 themes, %2 success criteria.")
                .replace("%1", str(len(framework.themes)))
                .replace("%2", str(criteria))
            )
            self._show_preview(framework)
        self.problems.setVisible(self.problems.count() > 0)
        self.use_button.setEnabled(self.framework is not None)
        self._fill_outline()

    def _show_preview(self, framework: Framework) -> None:
        if self.preview is None:
            self.preview = FrameworkText(framework, self.language)
            self.preview.setAccessibleName(self.tr("Preview, as leaders will see it"))
            self.preview_layout.addWidget(self.preview)
        else:
            self.preview.show_framework(framework)

    def _fill_outline(self) -> None:
        row = self.outline.currentRow()
        self.outline.blockSignals(True)
        self.outline.clear()
        shown = self.framework or self._last_good  # while the text has problems, the colours it had
        colours = {t.name.get(): t.colour for t in shown.themes} if shown else {}
        for _, _, name in theme_blocks(self.current_text()):
            item = QListWidgetItem(name or self.tr("(no name)"))
            if name in colours:
                item.setData(Qt.ItemDataRole.DecorationRole, QColor(colours[name]))
            self.outline.addItem(item)
        self.outline.setCurrentRow(min(row, self.outline.count() - 1))
        self.outline.blockSignals(False)
        has = self.outline.currentRow() >= 0
        for button in (self.up_button, self.down_button, self.colour_button):
            button.setEnabled(has)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        self._go_to_line(int(item.data(Qt.ItemDataRole.UserRole)))

    def _go_to_line(self, line: int) -> None:
        block = self.text.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def _show_theme(self, row: int) -> None:
        blocks = theme_blocks(self.current_text())
        if 0 <= row < len(blocks):
            block = self.text.document().findBlockByNumber(blocks[row][0])
            self.text.setTextCursor(QTextCursor(block))
            self.text.centerCursor()
        for button in (self.up_button, self.down_button, self.colour_button):
            button.setEnabled(row >= 0)

    # -- structural edits, on the text --------------------------------------------------------------

    def _replace_text(self, text: str, row: int | None = None) -> None:
        """Put ``text`` in the editor as one step Ctrl+Z undoes."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.check()
        if row is not None:
            self.outline.setCurrentRow(row)

    def _move(self, step: int) -> None:
        row = self.outline.currentRow()
        if row < 0:
            return
        moved = move_theme(self.current_text(), row, step)
        if moved != self.current_text():
            self._replace_text(moved, row + step)

    def _choose_colour(self) -> None:
        row = self.outline.currentRow()
        if row < 0:
            return
        current = (
            self.framework.themes[row].colour if self.framework and row < len(self.framework.themes) else "#1f8a70"
        )
        colour = QColorDialog.getColor(QColor(current), self, self.tr("The theme's colour"))
        if colour.isValid():
            self._replace_text(set_theme_colour(self.current_text(), row, colour.name()), row)

    def _add_theme(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("The theme's name:"))
        if not ok or not name.strip():
            return
        heading = next(
            (
                s.heading.get()
                for t in (self.framework.themes if self.framework else ())
                for s in t.sections
                if s.criteria and s.heading
            ),
            "Succeskriterier",
        )
        text = add_theme(self.current_text(), name.strip(), heading, self.tr("A success criterion"))
        self._replace_text(text, len(theme_blocks(text)) - 1)

    # -- saving and using -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        try:
            with atomic_write(self.path) as out:
                out.write(self.current_text())
        except (OSError, JournalError) as error:
            show_error(JournalError(str(error)), self)
            return False
        self._saved_text = self.current_text()
        self.status.setText(self.tr("Saved as %1").replace("%1", str(self.path)))
        return True

    def save_as(self) -> bool:
        suggested = self.path or Path.home() / "ledelsesgrundlag.md"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the framework"), str(suggested), self.tr("Markdown (*.md)")
        )
        if not name:
            return False
        self.path = Path(name) if Path(name).suffix else Path(name).with_suffix(".md")
        return self.save()

    def _use(self) -> None:
        self.check()
        if self.framework is None:
            return
        from framework.markdown_form import to_markdown

        self.chosen = Choice(self.framework, to_markdown(self.framework))
        self.accept()

    def reject(self) -> None:
        """Closing with unsaved changes asks first (Escape too): the text is the work."""
        if self._saved_text != self.current_text() and self.current_text().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Leadership framework editor"),
                self.tr("The framework is not saved. Close without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def new_framework_text(organisation: str) -> str:
    """The text a new framework starts from."""
    return NEW_FRAMEWORK.format(organisation=organisation or "Organisation")

"""Using another organisation framework: a file handed out by the organisation is checked, its
problems shown with their lines, or its text shown as the journal will show it, before the leader
decides. Nothing changes until she does; her reflections keep their tags either way."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from framework import Framework, FrameworkError
from framework.markdown_form import FrameworkProblems

from ...organisation import Choice, Move, problem_words, read_choice, words_of
from ..framework_view import FrameworkText


class FrameworkChoiceDialog(QDialog):
    """What a framework file holds, as the journal will show it, and the choice to use it."""

    def __init__(self, choice: Choice, current: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("frameworkChoiceDialog")
        fw = choice.framework
        title = " · ".join(t.get(language) for t in (fw.organisation, fw.name) if t)
        self.setWindowTitle(self.tr("Use another leadership framework"))
        criteria = sum(len(theme.success_criteria) for theme in fw.themes)
        summary = QLabel(
            self.tr(
                "<b>%1</b><br>%2 themes, %3 success criteria, %4 situations it is used in.<br>"
                "Your reflections keep their themes and success criteria; those of %5 are shown "
                "with their own words and counted apart in the patterns. You can go back at any time."
            )
            .replace("%1", escape(title))
            .replace("%2", str(len(fw.themes)))
            .replace("%3", str(criteria))
            .replace("%4", str(len(fw.usage_contexts)))
            .replace("%5", escape(" · ".join(t.get(language) for t in (current.organisation, current.name) if t)))
        )
        summary.setWordWrap(True)
        self.preview = FrameworkText(fw, language)
        self.preview.setAccessibleName(self.tr("The framework as the journal will show it"))
        buttons = QDialogButtonBox()
        self.use_button = QPushButton(self.tr("Use this framework"))
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(640, screen.height() - 60))


def choose(parent: QWidget, current: Framework, language: str, path: str | Path | None = None) -> Choice | None:
    """Ask for a framework file (unless ``path`` is given), check it, and show it; the choice if
    the leader decides to use it, else None. A file with problems is refused with every problem
    and its line, for whoever wrote it."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FrameworkChoiceDialog", "Use another leadership framework"),
            str(Path.home()),
            QCoreApplication.translate(
                "FrameworkChoiceDialog", "Leadership frameworks (*.md *.markdown *.txt *.json);;All files (*)"
            ),
        )
        if not path:
            return None
    try:
        choice = read_choice(path)
    except FrameworkProblems as problems:
        _refuse(
            parent,
            QCoreApplication.translate(
                "FrameworkChoiceDialog",
                "%1 cannot be used (problems found: %2). Nothing was changed. The details say where each one is.",
            )
            .replace("%1", Path(path).name)
            .replace("%2", str(len(problems.problems))),
            "\n".join(problems.lines(problem_words(language))),
        )
        return None
    except FrameworkError as error:
        _refuse(
            parent,
            QCoreApplication.translate("FrameworkChoiceDialog", "%1 cannot be used. Nothing was changed.").replace(
                "%1", Path(path).name
            ),
            str(error),
        )
        return None
    if choice.framework == current:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("FrameworkChoiceDialog", "Use another leadership framework"),
            QCoreApplication.translate("FrameworkChoiceDialog", "The journal already uses this framework."),
        )
        return None
    dialog = FrameworkChoiceDialog(choice, current, language, parent)
    return choice if dialog.exec() else None


def _refuse(parent: QWidget, text: str, details: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FrameworkChoiceDialog", "Use another leadership framework"),
        text,
        parent=parent,
    )
    box.setObjectName("frameworkProblems")
    box.setDetailedText(details)
    box.exec()


class RetagDialog(QDialog):
    """A revision of the framework in use: where the reflections tagged with what it no longer
    has (by id) should go. The suggestions (by text) are ticked; nothing is re-tagged unticked."""

    def __init__(self, moves: list[Move], old: Framework, new: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retagDialog")
        self.setWindowTitle(self.tr("Reflections under the revised framework"))
        intro = QLabel(
            self.tr(
                "This framework revises %1. Your reflections are tagged with these, which it no longer has. "
                "Ticked, they get the new one beside them; unticked, they keep the old words and are counted "
                "apart in the patterns."
            ).replace(
                "%1", escape(" ".join(filter(None, (old.name.get(language), str(old.date.year) if old.date else ""))))
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.rows: list[tuple[Move, QCheckBox, QComboBox]] = []
        metrics = self.fontMetrics()
        for number, move in enumerate(moves):
            old_text = move.old_text.get(language)
            # Each on two lines, so that nothing is wider than the dialog: the old one (shortened,
            # whole in its tooltip), and under it the new one to give its reflections.
            tick = QCheckBox(
                self.tr("%1 (reflections: %2)")
                .replace("%1", metrics.elidedText(old_text, Qt.TextElideMode.ElideRight, 520))
                .replace("%2", str(move.reflections))
            )
            tick.setToolTip(old_text)
            target = QComboBox()
            target.setAccessibleName(self.tr("New tag for %1").replace("%1", old_text))
            target.setMinimumContentsLength(20)
            target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            for new_id, words in words_of(new, move.kind).items():
                target.addItem(words.get(language), new_id)
                target.setItemData(target.count() - 1, words.get(language), Qt.ItemDataRole.ToolTipRole)
            if move.suggested:
                target.setCurrentIndex(target.findData(move.suggested))
            tick.setChecked(move.suggested is not None)
            target.setEnabled(tick.isChecked())
            tick.toggled.connect(target.setEnabled)
            grid.addWidget(tick, 2 * number, 0, 1, 2)
            grid.addWidget(QLabel("→"), 2 * number + 1, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(target, 2 * number + 1, 1)
            self.rows.append((move, tick, target))
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 28)
        grid.setRowStretch(2 * len(moves), 1)  # the rows at the top, not spread out
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("Use the framework")), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(820, screen.width() - 40), min(520, screen.height() - 60))

    def accepted_moves(self) -> dict[str, dict[str, str]]:
        """By kind, old id -> new id, for the ticked rows."""
        found: dict[str, dict[str, str]] = {"theme": {}, "criterion": {}, "context": {}}
        for move, tick, target in self.rows:
            if tick.isChecked() and target.currentData():
                found[move.kind][move.old_id] = target.currentData()
        return found

    @classmethod
    def ask(cls, moves: list[Move], old: Framework, new: Framework, language: str, parent: QWidget | None = None):
        """The accepted re-tagging (possibly none), or None if the leader cancelled."""
        dialog = cls(moves, old, new, language, parent)
        return dialog.accepted_moves() if dialog.exec() else None

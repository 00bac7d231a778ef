"""Using another organisation framework: a file handed out by the organisation is checked, its
problems shown with their lines, or its text shown as the journal will show it, before the leader
decides. Nothing changes until she does; her reflections keep their tags either way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework, FrameworkError
from framework.markdown_form import FrameworkProblems

from ...organisation import Choice, read_choice
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
            .replace("%1", _escape(title))
            .replace("%2", str(len(fw.themes)))
            .replace("%3", str(criteria))
            .replace("%4", str(len(fw.usage_contexts)))
            .replace("%5", _escape(" · ".join(t.get(language) for t in (current.organisation, current.name) if t)))
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
            "\n".join(problems.lines()),
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

"""What the window says when the journal cannot be opened or saved: each error's own title and
explanation (journal.errors), in the interface's language, with the technical message in the
details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import JournalError
from .dates import ui_language


def explain(error: JournalError) -> tuple[str, str]:
    """A title and a sentence or two for ``error``, in the interface's language (the core's word
    catalogue holds each kind's words, so the command line and the window say the same)."""
    return error.explained(ui_language())


def show_error(error: JournalError, parent: QWidget | None = None) -> None:
    title, text = explain(error)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(str(error))
    box.exec()


class AlreadyOpen:
    """A second copy of the app on the same journal says so (tests replace ``tell``)."""

    @classmethod
    def tell(cls, folder) -> None:
        QMessageBox.information(
            None,
            QCoreApplication.translate("JournalErrors", "Ledelsesjournal is already open"),
            QCoreApplication.translate(
                "JournalErrors",
                "The journal in %1 is already open in another window of Ledelsesjournal. "
                "That window has been asked to come forward.",
            ).replace("%1", str(folder)),
        )

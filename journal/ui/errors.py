"""What the window says when the journal cannot be opened or saved.

The core raises typed errors with an English technical message; here they become translated
sentences that say what happened and what to do. The technical message goes in the details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import (
    CorruptDatabaseError,
    DamagedJournalError,
    DatabaseError,
    ImportFileError,
    JournalError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAJournalError,
    NotFoundError,
    WriteError,
)


def explain(error: JournalError) -> tuple[str, str]:
    """A title and a sentence or two for ``error``, in the interface's language."""
    where = str(getattr(error, "path", "") or "")
    if isinstance(error, NewerDatabaseError):
        return QCoreApplication.translate("JournalErrors", "Journal from a newer version"), QCoreApplication.translate("JournalErrors",
            "The journal %1 was written by a newer version of Ledelsesjournal. It has not been changed. "
            "Install the newer version to open it."
        ).replace("%1", where)
    if isinstance(error, NotAJournalError):
        return QCoreApplication.translate("JournalErrors", "Not a journal"), QCoreApplication.translate("JournalErrors",
            "%1 belongs to another program; it is not a Ledelsesjournal journal. It has not been changed. "
            "Use another folder for your journal."
        ).replace("%1", where)
    if isinstance(error, DamagedJournalError):
        return QCoreApplication.translate("JournalErrors", "The journal is damaged"), QCoreApplication.translate(
            "JournalErrors", "The journal %1 is damaged, so nothing more is saved in it: the damage could spread. "
            "What you write stays on the screen, and what is saved can still be read and exported. Restore a "
            "backup (File → Backups…), or use another folder."
        ).replace("%1", where)
    if isinstance(error, CorruptDatabaseError):
        return QCoreApplication.translate("JournalErrors", "The journal is damaged"), QCoreApplication.translate("JournalErrors",
            "The journal %1 cannot be read: it is damaged or not a database. It has not been changed. "
            "Restore it from a backup, or use another folder."
        ).replace("%1", where)
    if isinstance(error, LockedDatabaseError):
        return QCoreApplication.translate("JournalErrors", "The journal is in use"), QCoreApplication.translate("JournalErrors",
            "The journal %1 is in use by another program. Close the other copy of Ledelsesjournal and try again."
        ).replace("%1", where)
    if isinstance(error, WriteError):
        return QCoreApplication.translate("JournalErrors", "Cannot save"), QCoreApplication.translate("JournalErrors",
            "The journal %1 cannot be written: the disk may be full or the folder read-only. "
            "Nothing already saved has been lost."
        ).replace("%1", where)
    if isinstance(error, ImportFileError):
        return QCoreApplication.translate("JournalErrors", "Cannot import"), QCoreApplication.translate(
            "JournalErrors", "%1 cannot be imported: %2 (at %3). Nothing was changed in your journal."
        ).replace("%1", error.file).replace("%2", error.problem).replace("%3", error.place or "—")
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("JournalErrors", "Not in the journal"), QCoreApplication.translate(
            "JournalErrors", "That reflection is no longer in the journal, or it is in the Trash. Restore it from "
            "the Trash (File menu) to use it again.")
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("JournalErrors", "Cannot open the journal"), QCoreApplication.translate("JournalErrors", "The journal %1 cannot be used.").replace("%1", where)
    return QCoreApplication.translate("JournalErrors", "Something went wrong"), str(error)


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
            None, QCoreApplication.translate("JournalErrors", "Ledelsesjournal is already open"),
            QCoreApplication.translate(
                "JournalErrors", "The journal in %1 is already open in another window of Ledelsesjournal. "
                "That window has been asked to come forward.").replace("%1", str(folder)))

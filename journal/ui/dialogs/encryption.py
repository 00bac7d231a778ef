"""Encryption in the window: unlocking at start, choosing a passphrase, showing the recovery key
once, and encrypting or decrypting the folder while a busy bar says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import encryption, keys
from ...errors import JournalError, WeakPassphraseError, WrongSecretError
from ...words import word
from ..dates import ui_language
from ..style import styled
from .upgrade import BusyDialog, in_thread


def secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(280)
    return field


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("problem")
    styled(label, "save-problem")
    label.hide()
    return label


def tell(dialog: QDialog, label: QLabel, text: str) -> None:
    """Show a problem in ``label`` and let ``dialog`` grow to hold it: a wrapped label's height
    depends on its width, which a dialog's minimum size does not follow by itself."""
    label.setText(text)
    label.show()
    dialog.layout().activate()
    needed = dialog.layout().totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class UnlockDialog(QDialog):
    """The journal is encrypted: its passphrase or recovery key, until one opens it or the leader
    stops. A wrong one is told in the dialog and costs the key derivation's half second; there is
    no limit that could lock the leader out."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.folder = folder
        self.setWindowTitle(self.tr("Ledelsesjournal is locked"))
        intro = QLabel(
            self.tr("The journal in %1 is encrypted. Enter its passphrase, or the recovery key.").replace(
                "%1", str(folder)
            )
        )
        intro.setWordWrap(True)
        self.secret = secret_field(self.tr("Passphrase or recovery key"))
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.secret)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _try(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.unlock(self.folder, self.secret.text())
        except WrongSecretError:
            tell(self, self.problem, self.tr("That is not the passphrase or the recovery key. Nothing was changed."))
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except JournalError as error:
            tell(self, self.problem, str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    @classmethod
    def ask(cls, folder: Path, parent: QWidget | None = None) -> bool:
        """True once the folder is unlocked; False if the leader stopped."""
        return cls(folder, parent).exec() == QDialog.DialogCode.Accepted


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; with the current one first when changing it."""

    def __init__(self, title: str, current: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title)
        self.current = secret_field(self.tr("Current passphrase or recovery key")) if current else None
        self.first = secret_field(self.tr("New passphrase"))
        self.again = secret_field(self.tr("New passphrase again"))
        note = QLabel(
            self.tr(
                "At least %1 characters. A sentence you remember is better than a short word with signs in it. "
                "Exports and reports you write stay ordinary files: they are not encrypted."
            ).replace("%1", str(keys.MIN_PASSPHRASE))
        )
        note.setWordWrap(True)
        self.problem = problem_label()
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _check(self) -> None:
        try:
            keys.check_passphrase(self.first.text())
        except WeakPassphraseError:
            return self._tell(
                self.tr("A passphrase needs at least %1 characters.").replace("%1", str(keys.MIN_PASSPHRASE))
            )
        if self.first.text() != self.again.text():
            return self._tell(self.tr("The two passphrases differ."))
        self.accept()

    def _tell(self, text: str) -> None:
        tell(self, self.problem, text)
        self.first.setFocus()

    @classmethod
    def ask(cls, title: str, current: bool, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(current, new) — current is "" when not asked for — or None if cancelled."""
        dialog = cls(title, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.current.text() if dialog.current else "", dialog.first.text())


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, with what it is for; closed only once the leader says it is
    written down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        language = ui_language()
        done = QLabel(self.tr("The journal and every backup are now encrypted. Your recovery key:"))
        done.setWordWrap(True)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.3)
        self.key.setFont(fixed)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        explain = QLabel(word(language, "cli.encrypt.recovery"))
        explain.setWordWrap(True)
        self.written = QCheckBox(self.tr("I have written the recovery key down"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(done)
        layout.addWidget(self.key)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(explain)
        layout.addWidget(self.written)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def reject(self) -> None:  # Escape closes it too, once the key is written down
        if self.written.isChecked():
            super().reject()


def encrypt_folder(folder: Path, passphrase: str, parent: QWidget | None = None) -> str:
    """Encrypt, with a busy bar; the recovery key. Raises a JournalError on failure (nothing changed)."""
    dialog = BusyDialog(
        QApplication.translate("Encryption", "Encrypting the journal"),
        QApplication.translate("Encryption", "The journal and every backup are being encrypted."),
        parent,
    )
    return in_thread(lambda: encryption.encrypt(folder, passphrase), dialog)


def decrypt_folder(folder: Path, secret: str, parent: QWidget | None = None) -> None:
    dialog = BusyDialog(
        QApplication.translate("Encryption", "Decrypting the journal"),
        QApplication.translate("Encryption", "The journal and every backup are being written unencrypted."),
        parent,
    )
    in_thread(lambda: encryption.decrypt(folder, secret), dialog)

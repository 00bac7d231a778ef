"""The first start: the idea in a few sentences, a reminder to keep the habit, and where to begin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...reminders import Schedule
from ..dates import ui_language
from ..reminder import WelcomeReminder


class WelcomeDialog(QDialog):
    REFLECTION, FRAMEWORK, LATER, ENCRYPT = "reflection", "framework", "later", "encrypt"

    def __init__(
        self,
        organisation: str,
        parent: QWidget | None = None,
        can_encrypt: bool = False,
        reminder: Schedule | None = None,
    ):
        """``can_encrypt``: offer to encrypt the journal (a journal of the leader's own, not yet
        encrypted); ``reminder``: the schedule to offer ("Remind me every Friday at 13:00")."""
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.choice = self.LATER
        self.setWindowTitle(self.tr("Welcome to Ledelsesjournal"))
        heading = QLabel(self.tr("<h2>Welcome to Ledelsesjournal</h2>"))
        text = QLabel(
            self.tr(
                "<p>Ledelsesjournal is a place for short reflections on your leadership: a meeting, a decision, "
                "a conversation that went well or badly. Tag each one with the themes and success criteria of "
                "%1's leadership framework.</p>"
                "<p>Over weeks and months you see where your attention goes, which success criteria you have "
                "examples of and which you never touch, and you can write your own personal leadership framework "
                "on top of the organisation's and bring it to your development conversation.</p>"
                "<p>Everything stays on this computer. Nothing leaves it unless you export it.</p>"
            ).replace("%1", organisation)
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.reflection_button = QPushButton(self.tr("Write my first reflection"))
        self.framework_button = QPushButton(self.tr("Start my personal framework"))
        self.later_button = QPushButton(self.tr("Look around first"))
        buttons.addButton(self.reflection_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.framework_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reflection_button.clicked.connect(lambda: self._choose(self.REFLECTION))
        self.framework_button.clicked.connect(lambda: self._choose(self.FRAMEWORK))
        self.later_button.clicked.connect(lambda: self._choose(self.LATER))
        self.reflection_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        self.encrypt_button: QPushButton | None = None
        if can_encrypt:
            privacy = QLabel(
                self.tr(
                    "Reflections are often about people. Encrypt the journal, and only your passphrase (or the "
                    "recovery key you are given) opens it, also if the computer is lost."
                )
            )
            privacy.setWordWrap(True)
            self.encrypt_button = QPushButton(self.tr("Encrypt with a passphrase…"))
            self.encrypt_button.clicked.connect(lambda: self._choose(self.ENCRYPT))
            row = QHBoxLayout()
            row.addWidget(privacy, 1)
            row.addWidget(self.encrypt_button)
            layout.addLayout(row)
        self.reminder: WelcomeReminder | None = None
        if reminder is not None:
            self.reminder = WelcomeReminder(reminder, ui_language())
            layout.addWidget(self.reminder)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls,
        organisation: str,
        parent: QWidget | None = None,
        can_encrypt: bool = False,
        reminder: Schedule | None = None,
        remind: Callable[[Schedule], None] | None = None,
    ) -> str:
        """Where the leader begins. ``remind`` is given the reminder's schedule as the dialog
        leaves it, whichever way it is closed (the line is in plain sight, ticked or not)."""
        dialog = cls(organisation, parent, can_encrypt, reminder)
        dialog.exec()
        if remind is not None and dialog.reminder is not None:
            remind(dialog.reminder.schedule())
        return dialog.choice

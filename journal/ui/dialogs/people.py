"""A person in the journal: every mention of them, with the count (an access request, GDPR
article 15); export it all; or forget them (article 17), which the window does once it has closed
the journal (journal.app), in the journal and every backup."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import dates, people
from ...export import ExportOptions
from ...store import Store
from ...words import word
from ..dates import ui_language
from .export import save_as


class PeopleDialog(QDialog):
    """Find a person; the mentions are listed, a reflection opens on Enter or a double click."""

    open_reflection = Signal(str)

    def __init__(self, store: Store, organisation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.store = store
        self.organisation = organisation
        self.found: people.Found | None = None
        self.forget_request: tuple[str, str | None] | None = None  # (name, marker or None: delete)
        self.setWindowTitle(self.tr("A person in the journal"))
        intro = QLabel(
            self.tr(
                "Everything the journal holds about a person: for their right to see it, or to be forgotten. "
                "The possessive forms of the name are found too (Birthe, Birthes)."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("The person's name"))
        self.name.returnPressed.connect(self.find)
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.find)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(find)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.mentions = QListWidget()
        self.mentions.setAccessibleName(self.tr("Mentions"))
        self.mentions.setWordWrap(True)
        self.mentions.setSpacing(3)
        self.mentions.itemActivated.connect(self._open)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.clicked.connect(self.forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.mentions, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(640, 480)
        self._show(None)

    def find(self) -> None:
        try:
            people.name_pattern(self.name.text())
        except ValueError:
            self._show(None)
            return
        self._show(people.find(self.store, self.name.text().strip()))

    def _show(self, found: people.Found | None) -> None:
        self.found = found
        self.mentions.clear()
        language = ui_language()
        enabled = bool(found and found.mentions)
        self.export_button.setEnabled(enabled)
        self.forget_button.setEnabled(enabled)
        if found is None:
            self.count.setText("")
            return
        self.count.setText(word(language, "cli.person.count", name=found.name, count=found.count))
        for mention in found.mentions:
            fields = ", ".join(people.field_name(field, language) for field in mention.fields)
            if mention.kind == "reflection":
                notes = [self.tr("in the Trash")] if mention.in_trash else []
                notes += [word(language, "reflection.private")] if mention.private else []
                title = mention.label or word(language, "reflection.untitled")
                when = dates.column(mention.when, language)
                text = f"{when} · {title}\n{fields} · ×{mention.count}" + "".join(f" · {n}" for n in notes)
            elif mention.kind == "personal_framework":
                text = f"{word(language, 'person.framework')}\n{fields} · ×{mention.count}"
            else:
                when = dates.short_date(mention.when.astimezone().date(), language)
                text = (
                    f"{word(language, 'person.revision', name=mention.label, date=when)}\n{fields} · ×{mention.count}"
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, mention)
            self.mentions.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        mention = item.data(Qt.ItemDataRole.UserRole)
        if mention.kind == "reflection" and not mention.in_trash:
            self.open_reflection.emit(mention.key)
            self.accept()

    def export(self) -> None:
        if not self.found:
            return
        from pathlib import Path

        from ...export.reflection_doc import _slug

        language = ui_language()
        name = self.found.name
        suggested = Path.home() / f"{_slug(name) or 'person'}.pdf"
        options = ExportOptions(organisation=self.organisation, language=language, person=name)
        save_as(
            self,
            self.store,
            "person",
            "pdf",
            self.tr("Export everything about %1").replace("%1", name),
            suggested,
            options,
        )

    def forget(self) -> None:
        if not self.found:
            return
        choice = ForgetDialog.ask(self.found, self)
        if choice is not CANCELLED:
            self.forget_request = (self.found.name, choice)
            self.accept()


class ForgetDialog(QDialog):
    """How to forget a person: the name replaced by a marker, or the reflections deleted."""

    def __init__(self, found: people.Found, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forgetDialog")
        language = ui_language()
        self.setWindowTitle(self.tr("Forget %1").replace("%1", found.name))
        intro = QLabel(
            self.tr(
                "Mentions of %1: %2. Forgetting reaches the journal, the Trash, the search index and every "
                "backup, and cannot be undone. Exports written before are not touched."
            )
            .replace("%1", found.name)
            .replace("%2", str(found.count))
        )
        intro.setWordWrap(True)
        self.replace_choice = QRadioButton(self.tr("Replace the name with:"))
        self.marker = QLineEdit(word(language, "cli.forget.marker"))
        self.marker.setAccessibleName(self.tr("The text that replaces the name"))
        self.delete_choice = QRadioButton(
            self.tr("Delete the reflections that mention them (%1)").replace("%1", str(len(found.reflections())))
        )
        group = QButtonGroup(self)
        group.addButton(self.replace_choice)
        group.addButton(self.delete_choice)
        self.replace_choice.setChecked(True)
        self.replace_choice.toggled.connect(self.marker.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.replace_choice)
        row.addWidget(self.marker, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("Forget"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.go.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.delete_choice)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def choice(self) -> str | None:
        """The marker, or None to delete the reflections."""
        return self.marker.text() if self.replace_choice.isChecked() else None

    @classmethod
    def ask(cls, found: people.Found, parent: QWidget | None = None) -> str | bool | None:
        """The marker, None (delete the reflections), or CANCELLED."""
        dialog = cls(found, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return CANCELLED
        return dialog.choice()


CANCELLED = False  # ForgetDialog.ask's answer when the leader cancels (None means: delete)

"""The leader's own templates (journal.templates): made, copied from a built-in, renamed, their
sections written (a heading and a guiding question each) and put in order, deleted.

Every change is saved as it is made, as the journal's text is: there is no Save button, and Esc
or Close leaves with everything kept. The built-ins are listed too, to read and to copy from;
they cannot be changed. Deleting a template changes no reflection written in it: their headings
are their own text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import templates
from ...store import Store
from ...templates import Section, Template
from ..dates import ui_language
from ..i18n import Retranslating
from .confirm import Confirm

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(Retranslating, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, select: Template | None = None):
        super().__init__(parent)
        self.store = store
        self.changed = False  # something was saved
        self._loading = False
        self.setObjectName("templatesDialog")
        self.resize(840, 520)

        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name: whole in its tooltip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button, self.copy_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new)
        self.copy_button.clicked.connect(self.copy)
        self.delete_button.clicked.connect(self.delete)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            list_buttons.addWidget(button)
        left.addLayout(list_buttons)

        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name.textEdited.connect(self._save)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.sections = QTableWidget(0, 2)
        self.sections.setObjectName("templateSections")
        self.sections.setTabKeyNavigation(False)  # Tab moves on to the buttons; the arrows go from cell to cell
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections.setWordWrap(True)
        self.sections.verticalHeader().setVisible(False)
        header = self.sections.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sections.setColumnWidth(0, 190)
        self.sections.itemChanged.connect(self._save)
        self.sections.currentCellChanged.connect(lambda *_: self._enable())
        self.sections_label = QLabel()
        self.sections_label.setBuddy(self.sections)
        self.add_button, self.remove_button, self.up_button, self.down_button = (QPushButton() for _ in range(4))
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(+1))
        section_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            section_buttons.addWidget(button)
        section_buttons.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.sections_label)
        right.addWidget(self.sections, 1)
        right.addLayout(section_buttons)
        right.addWidget(self.note)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(lambda *_: self._show(self.current()))
        self.retranslate()
        self._reload(select.id if select else None)
        self.list.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Templates"))
        self.list.setAccessibleName(self.tr("Templates"))
        self.new_button.setText(self.tr("&New"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("A template of your own, to change, with this one's sections"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.name_label.setText(self.tr("Na&me"))
        self.name.setAccessibleName(self.tr("Name"))
        self.sections_label.setText(self.tr("&Sections: a heading in the text, and a question to write from"))
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setHorizontalHeaderLabels([self.tr("Heading"), self.tr("Guiding question")])
        self.add_button.setText(self.tr("&Add section"))
        self.remove_button.setText(self.tr("&Remove section"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        if self.list.count():
            self._reload(self.current().id if self.current() else None)

    # -- the list ------------------------------------------------------------------------------------

    def current(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(TEMPLATE_ROLE) if item is not None else None

    def _reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        built_in = self.tr("%1 (built in)")
        for template in templates.available(self.store, ui_language()):
            item = QListWidgetItem(template.name if template.own else built_in.replace("%1", template.name))
            item.setData(TEMPLATE_ROLE, template)
            item.setToolTip(template.name if template.own else f"{template.name}\n{template.source}")
            self.list.addItem(item)
            if template.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show(self.current())

    def _show(self, template: Template | None) -> None:
        self._loading = True
        try:
            own = template is not None and template.own
            self.name.setText(template.name if template else "")
            self.name.setReadOnly(not own)
            self.sections.setRowCount(0)
            for section in template.sections if template else ():
                self._insert_row(self.sections.rowCount(), section)
            # Typing, F2 or a double click edits a cell; coming to it does not, so that Esc closes.
            triggers = QAbstractItemView.EditTrigger
            self.sections.setEditTriggers(
                triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed | triggers.SelectedClicked
                if own
                else triggers.NoEditTriggers
            )
            self.sections.resizeRowsToContents()
            self.note.setText(
                self.tr(
                    "Saved as you write. A reflection written in a template keeps its headings when the "
                    "template is changed or deleted."
                )
                if own
                else self.tr("Built in: copy it to make a template of your own from it.")
            )
        finally:
            self._loading = False
        self._enable()

    def _enable(self) -> None:
        template = self.current()
        own = template is not None and template.own
        row = self.sections.currentRow()
        self.copy_button.setEnabled(template is not None)
        self.delete_button.setEnabled(own)
        self.add_button.setEnabled(own)
        self.remove_button.setEnabled(own and row >= 0)
        self.up_button.setEnabled(own and row > 0)
        self.down_button.setEnabled(own and 0 <= row < self.sections.rowCount() - 1)

    def new(self) -> None:
        self._add(templates.new_own(self.tr("New template")))

    def copy(self) -> None:
        template = self.current()
        if template is not None:
            self._add(templates.new_own(self.tr("%1 (copy)").replace("%1", template.name), template.sections))

    def _add(self, template: Template) -> None:
        saved = self.store.save_template(template)
        self.changed = True
        self._reload(saved.id)
        self.name.setFocus()
        self.name.selectAll()

    def delete(self) -> None:
        template = self.current()
        if template is None or not template.own:
            return
        if Confirm.ask(
            self,
            self.tr("Delete template"),
            self.tr(
                "Delete the template “%1”? The reflections written in it keep their headings and their text."
            ).replace("%1", template.name),
            self.tr("Delete"),
        ):
            self.store.delete_template(template.id)
            self.changed = True
            self._reload()
            self.list.setFocus()

    # -- the sections ------------------------------------------------------------------------------------

    def _insert_row(self, row: int, section: Section) -> None:
        self.sections.insertRow(row)
        self.sections.setItem(row, 0, QTableWidgetItem(section.heading))
        self.sections.setItem(row, 1, QTableWidgetItem(section.question))

    def add_section(self) -> None:
        row = self.sections.currentRow() + 1 if self.sections.currentRow() >= 0 else self.sections.rowCount()
        self._loading = True
        self._insert_row(row, Section(""))
        self._loading = False
        self.sections.setCurrentCell(row, 0)
        self.sections.setFocus()
        self.sections.editItem(self.sections.item(row, 0))
        self._enable()

    def remove_section(self) -> None:
        row = self.sections.currentRow()
        if row >= 0:
            self.sections.removeRow(row)
            self._save()
            self._enable()

    def move_section(self, step: int) -> None:
        row = self.sections.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.sections.rowCount():
            return
        self._loading = True
        for column in (0, 1):
            here, there = self.sections.takeItem(row, column), self.sections.takeItem(other, column)
            self.sections.setItem(row, column, there)
            self.sections.setItem(other, column, here)
        self._loading = False
        self.sections.setCurrentCell(other, max(self.sections.currentColumn(), 0))
        self._save()
        self._enable()

    def _written(self) -> tuple[Section, ...]:
        def text(row: int, column: int) -> str:
            item = self.sections.item(row, column)
            return item.text() if item is not None else ""

        return tuple(Section(text(row, 0), text(row, 1)) for row in range(self.sections.rowCount()))

    def _save(self, *_args) -> None:
        """The template as the fields hold it now, saved (an empty name keeps the one it had; a
        section without a heading is left out until it has one)."""
        template = self.current()
        if self._loading or template is None or not template.own:
            return
        saved = self.store.save_template(
            replace(template, name=self.name.text().strip() or template.name, sections=self._written())
        )
        self.changed = True
        item = self.list.currentItem()
        item.setData(TEMPLATE_ROLE, saved)
        item.setText(saved.name)
        item.setToolTip(saved.name)

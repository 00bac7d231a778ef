"""The Trash: deleted reflections can be restored, or deleted for good after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from ...model import ReflectionFilter
from ...store import Store
from ..dates import ui_language
from ..delegates import ReflectionDelegate
from ..i18n import Retranslating
from ..models import ReflectionListModel
from ..reflection_list import ReflectionList
from .confirm import Confirm


class TrashDialog(Retranslating, QDialog):
    changed = Signal()  # something was restored or deleted for good

    def __init__(self, store: Store, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("trashDialog")
        self.resize(560, 520)
        self.model = ReflectionListModel(store, self)
        self.model.set_filter(ReflectionFilter(deleted=True))
        self.list = ReflectionList()
        self.list.setModel(self.model)
        self.delegate = ReflectionDelegate(framework, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.purge_button = QPushButton()
        self.empty_button = QPushButton()
        for button in (self.restore_button, self.purge_button, self.empty_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.model.retitle(self.tr("(untitled)"))
        self.delegate.language = ui_language()
        self.delegate.deleted_mark = self.tr("deleted %1")
        self.restore_button.setText(self.tr("&Restore"))
        self.purge_button.setText(self.tr("&Delete for good…"))
        self.empty_button.setText(self.tr("&Empty the Trash…"))
        self.list.setAccessibleName(self.tr("Reflections in the Trash"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectionModel().selectedIndexes())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.model.total > 0)
        self.info.setText(
            self.tr(
                "%n reflection(s) in the Trash. Restore them to the journal, or delete them for good.",
                "",
                self.model.total,
            )
            if self.model.total
            else self.tr("The Trash is empty.")
        )

    def selected_uuids(self) -> list[str]:
        return [self.model.summary(index.row()).uuid for index in self.list.selectionModel().selectedIndexes()]

    def restore_selected(self) -> None:
        for uuid in self.selected_uuids():
            self.store.restore(uuid)
        self._changed()

    def purge_selected(self) -> None:
        uuids = self.selected_uuids()
        if uuids and Confirm.ask(
            self,
            self.tr("Delete for good"),
            self.tr("Delete %n reflection(s) for good? This cannot be undone.", "", len(uuids)),
            self.tr("Delete for good"),
        ):
            for uuid in uuids:
                self.store.purge(uuid)
            self._changed()

    def empty(self) -> None:
        if self.model.total and Confirm.ask(
            self,
            self.tr("Empty the Trash"),
            self.tr("Delete all %n reflection(s) in the Trash for good? This cannot be undone.", "", self.model.total),
            self.tr("Empty the Trash"),
        ):
            self.store.empty_trash()
            self._changed()

    def _changed(self) -> None:
        self.model.reload()
        self._update_buttons()
        self.changed.emit()

"""Qt item models over the store: thin adapters that hold summary rows and load lazily.

The list asks the store for one page at a time (keyset paging on the time index), so a journal
of 100,000 reflections opens and scrolls as quickly as one of 100. Searching and filtering are
done by the store (SQLite full-text search and indexes), never by a proxy over loaded rows.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ..model import ReflectionFilter, ReflectionSummary
from ..store import Store

PAGE_SIZE = 200


class Role(IntEnum):
    UUID = Qt.ItemDataRole.UserRole + 1
    ENTRY_AT = Qt.ItemDataRole.UserRole + 2
    TITLE = Qt.ItemDataRole.UserRole + 3
    FIRST_LINE = Qt.ItemDataRole.UserRole + 4
    THEME_IDS = Qt.ItemDataRole.UserRole + 5
    PRIVATE = Qt.ItemDataRole.UserRole + 6
    SUMMARY = Qt.ItemDataRole.UserRole + 7


class ReflectionListModel(QAbstractListModel):
    """Reflections matching a filter, newest first, fetched a page at a time."""

    total_changed = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._filter = ReflectionFilter()
        self._rows: list[ReflectionSummary] = []
        self._rows_by_uuid: dict[str, int] | None = None
        self._exhausted = True
        self.total = 0
        self.untitled = "(untitled)"  # set by the view in the interface's language

    # -- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary.title or summary.first_line or self.untitled
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.first_line or None
        if role == Role.UUID:
            return summary.uuid
        if role == Role.ENTRY_AT:
            return summary.entry_at
        if role == Role.TITLE:
            return summary.title
        if role == Role.FIRST_LINE:
            return summary.first_line
        if role == Role.THEME_IDS:
            return summary.theme_ids
        if role == Role.PRIVATE:
            return summary.private
        if role == Role.SUMMARY:
            return summary
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({role.value: role.name.lower().encode() for role in Role})
        return names

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].sort_key if self._rows else None
        page = self._store.list(self._filter, limit=PAGE_SIZE, after=after)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self._rows_by_uuid = None
            self.endInsertRows()

    # -- what the view asks ---------------------------------------------------------------

    @property
    def selection(self) -> ReflectionFilter:
        return self._filter

    def set_filter(self, selection: ReflectionFilter) -> None:
        self._filter = selection
        self.reload()

    def reload(self) -> None:
        """Read again from the store, keeping as many rows loaded as before (so a reload after
        a save does not lose the user's scroll position)."""
        limit = max(PAGE_SIZE, len(self._rows))
        self.beginResetModel()
        self._rows = self._store.list(self._filter, limit=limit)
        self._rows_by_uuid = None
        self._exhausted = len(self._rows) < limit
        self.endResetModel()
        self.total = self._store.count(self._filter)
        self.total_changed.emit(self.total)

    def row_of(self, uuid: str) -> int | None:
        if self._rows_by_uuid is None:
            self._rows_by_uuid = {summary.uuid: row for row, summary in enumerate(self._rows)}
        return self._rows_by_uuid.get(uuid)

    def summary(self, row: int) -> ReflectionSummary:
        return self._rows[row]

    def update_summary(self, summary: ReflectionSummary) -> bool:
        """Show a saved change in place; False when the row must move (its time changed)."""
        row = self.row_of(summary.uuid)
        if row is None or self._rows[row].sort_key[0] != summary.sort_key[0]:
            return False
        self._rows[row] = summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

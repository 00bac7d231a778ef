"""Qt item models over the store: thin adapters that hold summary rows and load lazily.

The list asks the store for one page at a time (keyset paging on the time index), so a journal
of 100,000 reflections opens and scrolls as quickly as one of 100. Searching and filtering are
done by the store (SQLite full-text search and indexes), never by a proxy over loaded rows.

The model is a QStandardItemModel that only adds fetching: Qt's views call rowCount() and index()
thousands of times after each page arrives, and answering those in C++ rather than in Python is
the difference between a smooth scroll and a 25 ms stall per page.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..model import ReflectionFilter, ReflectionSummary
from ..store import Store

PAGE_SIZE = 100  # a page costs ~10 ms at 100,000 reflections: under a frame


class Role(IntEnum):
    UUID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3  # the ReflectionSummary itself, for the delegate


class ReflectionListModel(QStandardItemModel):
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
        self.setItemRoleNames({**self.roleNames(), **{role.value: role.name.lower().encode() for role in Role}})

    # -- fetching -----------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].sort_key if self._rows else None
        page = self._store.list(self._filter, limit=PAGE_SIZE, after=after)
        self._exhausted = len(page) < PAGE_SIZE
        self._append(page)

    def _append(self, page: list[ReflectionSummary]) -> None:
        if not page:
            return
        self._rows.extend(page)
        self._rows_by_uuid = None
        self.invisibleRootItem().appendRows([self._item(summary) for summary in page])  # one signal

    def _item(self, summary: ReflectionSummary) -> QStandardItem:
        item = QStandardItem()
        self._fill(item, summary)
        item.setEditable(False)
        return item

    def _fill(self, item: QStandardItem, summary: ReflectionSummary) -> None:
        text = summary.title or summary.first_line or self.untitled
        item.setData(text, Qt.ItemDataRole.DisplayRole)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        item.setData(summary.first_line or None, Qt.ItemDataRole.ToolTipRole)
        item.setData(summary.uuid, Role.UUID)
        item.setData(summary.title, Role.TITLE)
        item.setData(summary, Role.SUMMARY)

    # -- what the view asks ---------------------------------------------------------------

    @property
    def selection(self) -> ReflectionFilter:
        return self._filter

    def set_filter(self, selection: ReflectionFilter) -> None:
        """Show the first page of what matches ``selection``."""
        self._filter = selection
        self._rows = []
        self.reload()

    def reload(self) -> None:
        """Read again from the store, keeping as many rows loaded as before (so a reload after
        a save does not lose the user's scroll position)."""
        limit = max(PAGE_SIZE, len(self._rows))
        rows = self._store.list(self._filter, limit=limit)
        self.clear()
        self._rows = []
        self._append(rows)
        self._exhausted = len(rows) < limit
        self.total = self._store.count(self._filter)
        self.total_changed.emit(self.total)

    def retitle(self, untitled: str) -> None:
        """Show reflections without a title or text as ``untitled`` (after a language change)."""
        self.untitled = untitled
        for row, summary in enumerate(self._rows):
            if not (summary.title or summary.first_line):
                self._fill(self.item(row), summary)

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
        self._fill(self.item(row), summary)
        return True

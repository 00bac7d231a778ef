"""Qt item models over the store: thin adapters that hold summary rows and load lazily.

The list asks the store for one page at a time (keyset paging on the time index), so a journal
of 100,000 reflections opens and scrolls as quickly as one of 100. Searching and filtering are
done by the store (SQLite full-text search and indexes), never by a proxy over loaded rows.

The first page of a filter is read at once. With a journal on disk, the total is counted in the
background (see background.py), so that a search never waits for its count; and once the
leader scrolls, the page after the one asked for is read there while they look at this one, so
that scrolling appends a page that is already there.

Each loaded row is kept as a plain tuple of a ReflectionSummary's values and nothing else. A
plain tuple of plain values is one Python's garbage collector stops walking (a NamedTuple, a
subclass, it walks at every full pass: 35 ms stalls while scrolling 100,000 rows), and the view
(see ReflectionList) asks ``data()`` only for the rows on screen, so nothing is converted or
copied for the rows scrolled past: about 1 KB a row, where an item per row holding its texts in
Qt took 3 KB.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ..model import ReflectionFilter, ReflectionSummary
from ..store import Store
from .background import BackgroundQuery

PAGE_SIZE = 100  # a page is ten screens of the list
COUNT_SETTLE_S = 0.15
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NO_INDEX = QModelIndex()
_ROW_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_summary = ReflectionSummary._make


class Role(IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 3  # the ReflectionSummary itself (uuid, title, ...)


_SUMMARY = Role.SUMMARY  # looked up once: data() is asked for every row painted


def _count(store: Store, selection: ReflectionFilter) -> int:
    return store.count(selection)


def _page(store: Store, asked: tuple[ReflectionFilter, int | None]) -> list[tuple]:
    selection, after = asked
    return [tuple(summary) for summary in store.list(selection, limit=PAGE_SIZE, after=after)]


class ReflectionListModel(QAbstractListModel):
    """Reflections matching a filter, newest first, fetched a page at a time."""

    total_changed = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None, background: bool = False):
        """``background``: read the next pages and count in threads of their own (a journal on
        disk only); otherwise everything is read when it is needed."""
        super().__init__(parent)
        self._store = store
        self._counter: BackgroundQuery | None = None
        self._pager: BackgroundQuery | None = None
        if background and store.path is not None:
            # Counted once the filter has stood still a moment: typing a search asks for many.
            self._counter = BackgroundQuery(Path(store.path), _count, "count", self, settle=COUNT_SETTLE_S)
            self._counter.answered.connect(self._counted)
            self._pager = BackgroundQuery(Path(store.path), _page, "next page", self)
            self._pager.answered.connect(self._page_read)
        self._filter = ReflectionFilter()
        self._rows: list[tuple] = []  # ReflectionSummary values; see the module's notes
        self._rows_by_uuid: dict[str, int] | None = None
        self._exhausted = True
        self._next: list[tuple] | None = None  # the next page, read ahead
        self._page_asked = 0  # the request whose answer is the next page; 0: none
        self._wanted = False  # the view asked for more before the next page was read
        self._count_asked = 0
        self.counting = False  # True from a request until its total arrives
        self.total = 0
        self.untitled = "(untitled)"  # set by the view in the interface's language
        self.starred_word = ""  # likewise: what a screen reader says after a starred one's title

    def stop(self) -> None:
        """End the background threads (before the journal is closed)."""
        for query in (self._counter, self._pager):
            if query is not None:
                query.stop()

    # -- what Qt asks -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        summary = _summary(self._rows[index.row()])
        if role == _SUMMARY:
            return summary
        if role == _DISPLAY:
            return summary.title or summary.first_line or self.untitled
        if role == _ACCESSIBLE:  # the star is painted; a screen reader says it
            title = summary.title or summary.first_line or self.untitled
            return f"{title}, {self.starred_word}" if summary.starred and self.starred_word else title
        if role == _TOOLTIP:
            return summary.first_line or None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> None:
        if parent.isValid() or self._exhausted:
            return
        if self._pager is None:
            self._append(_page(self._store, (self._filter, self._last_key())))
        elif self._next is not None:
            page, self._next = self._next, None
            self._append(page)
        else:
            self._wanted = True  # appended the moment it has been read
            if not self._page_asked:
                self._read_ahead()

    # -- reading ------------------------------------------------------------------------------

    def _last_key(self) -> int | None:
        return _summary(self._rows[-1]).sort_key if self._rows else None

    def _append(self, page: list[tuple]) -> None:
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(_NO_INDEX, len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self._rows_by_uuid = None
            self.endInsertRows()
        self._read_ahead()

    def _read_ahead(self) -> None:
        self._next, self._page_asked = None, 0
        if self._pager is not None and not self._exhausted:
            self._page_asked = self._pager.ask((self._filter, self._last_key()))

    def _page_read(self, request: int, page: list[tuple]) -> None:
        if request != self._page_asked:  # for a filter or list since replaced
            return
        self._page_asked = 0
        if self._wanted:
            self._wanted = False
            self._append(page)
        else:
            self._next = page

    def _counted(self, request: int, total: int) -> None:
        if request == self._count_asked:  # not the count of a filter since replaced
            self._set_total(total)

    def _set_total(self, total: int) -> None:
        self.counting = False
        self.total = total
        self.total_changed.emit(total)

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
        rows = [tuple(summary) for summary in self._store.list(self._filter, limit=limit)]
        self.beginResetModel()
        self._rows = rows
        self._rows_by_uuid = None
        self._exhausted = len(rows) < limit
        self._next, self._page_asked, self._wanted = None, 0, False  # read ahead once the leader scrolls
        self.endResetModel()
        if self._counter is None or self._store.counts_quickly(self._filter):
            self._count_asked = 0  # an answer still on its way is for an earlier filter
            self._set_total(self._store.count(self._filter))
        elif self._exhausted:
            self._count_asked = 0  # every match is on the first page: that is the count
            self._set_total(len(rows))
        else:
            self.counting = True
            self._count_asked = self._counter.ask(self._filter)

    def retitle(self, untitled: str, starred: str = "") -> None:
        """Show reflections without a title or text as ``untitled``, and say ``starred`` after a
        starred one's title to a screen reader (after a language change)."""
        self.untitled, self.starred_word = untitled, starred
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [_DISPLAY, _ACCESSIBLE])

    def row_of(self, uuid: str) -> int | None:
        if self._rows_by_uuid is None:
            self._rows_by_uuid = {values[0]: row for row, values in enumerate(self._rows)}
        return self._rows_by_uuid.get(uuid)

    def summary(self, row: int) -> ReflectionSummary:
        return _summary(self._rows[row])

    def update_summary(self, summary: ReflectionSummary) -> bool:
        """Show a saved change in place; False when the row must move (its time changed)."""
        row = self.row_of(summary.uuid)
        if row is None or self.summary(row).sort_key != summary.sort_key:
            return False
        self._rows[row] = tuple(summary)
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

"""The list of reflections: a one-column table that looks like a list.

Not a QListView: that lays out every row again when a page is appended, asking the model for
each row's index, which for a model in Python is 200,000 calls into Python per page at 100,000
rows (half a second). A table keeps its rows' heights in its vertical header, in C++, and asks
the model only about the rows it paints. Every row has the same height, from the delegate.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

EMPTY_MARGIN = 24


class ReflectionList(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Said in the list's place while it has no rows: a label over the rows, shown only then, so
        # painting (and scrolling) a full list runs no Python of its own. On the list, not on its
        # viewport: the first viewport() costs 10 ms at start (see JournalView.retranslate).
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyList")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(EMPTY_MARGIN, EMPTY_MARGIN, EMPTY_MARGIN, EMPTY_MARGIN)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.hide()

    @property
    def empty_text(self) -> str:
        return self.empty.text()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self._show_empty()

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_empty)
        self._show_empty()

    def _show_empty(self, *_) -> None:
        model = self.model()
        self.empty.setVisible(bool(self.empty.text()) and model is not None and model.rowCount() == 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.contentsRect())

    def setItemDelegate(self, delegate) -> None:
        super().setItemDelegate(delegate)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def _fit_rows(self) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        self.verticalHeader().setDefaultSectionSize(self.itemDelegate().sizeHint(option, QModelIndex()).height())

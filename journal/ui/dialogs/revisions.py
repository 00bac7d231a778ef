"""The history of the personal framework: every saved revision, any two compared, an old one
restored (as a new revision; nothing is overwritten).

Each revision is one row of two lines, its name and when it was saved, painted by a small
delegate, so that neither the eye nor a screen reader takes the date for a row of its own."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from framework import Framework
from framework.personal import PersonalFramework

from ...compare import compare_html
from ...dates import date_and_time
from ...store import Store
from ..dates import ui_language
from ..i18n import Retranslating
from .confirm import Confirm

CURRENT = "current"  # the list's stand-in for the framework as it is now
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's second line: when it was saved, or "as it is now"
PADDING = 6
_Index = QModelIndex | QPersistentModelIndex


def when(moment: datetime) -> str:
    return date_and_time(moment.astimezone(), ui_language())


class RevisionName:
    """Asking for a revision's name (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(parent, title, label, text=suggested)
        return name.strip() if ok and name.strip() else None


class RevisionDelegate(QStyledItemDelegate):
    """A revision as one row: its name, and under it, smaller and muted, when it was saved. The
    current text's row is set apart by a line under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        small = QFontMetrics(_small(option.font))
        return QSize(160, QFontMetrics(option.font).lineSpacing() + small.lineSpacing() + 2 * PADDING + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""  # the background, selection and focus as the style draws them; the words are ours
        style = option.widget.style() if option.widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(colour)
        muted.setAlphaF(0.7)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        name_font, detail_font = QFont(option.font), _small(option.font)
        name_font.setBold(True)
        line = QFontMetrics(name_font).lineSpacing()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for font, pen, text, top, height in (
            (name_font, colour, index.data(Qt.ItemDataRole.DisplayRole), rect.top(), line),
            (detail_font, muted, index.data(DETAIL_ROLE), rect.top() + line, QFontMetrics(detail_font).lineSpacing()),
        ):
            painter.setFont(font)
            painter.setPen(pen)
            shown = QFontMetrics(font).elidedText(text or "", Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top, rect.width(), height), flags, shown)
        if index.data(Qt.ItemDataRole.UserRole) == CURRENT:
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            bottom = option.rect.bottom()
            painter.drawLine(option.rect.left(), bottom, option.rect.right(), bottom)
        painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
    return small


class RevisionsDialog(Retranslating, QDialog):
    restored = Signal()

    def __init__(self, store: Store, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.framework = framework
        self.language = language
        self.setObjectName("revisionsDialog")
        self.resize(980, 640)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("revisionList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(RevisionDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.comparison = QTextBrowser()
        self.comparison.setObjectName("comparison")
        self.comparison.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.comparison)
        split.setSizes([300, 680])
        self.restore_button = QPushButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revisions of my leadership framework"))
        self.info.setText(
            self.tr(
                "Choose one revision to see what changed since then, or two to compare them. "
                "Restoring makes an old revision the current text again, as a new revision."
            )
        )
        self.restore_button.setText(self.tr("&Restore this revision…"))
        self.list.setAccessibleName(self.tr("Revisions"))
        self.comparison.setAccessibleName(self.tr("Comparison"))
        revisions = {revision.uuid: revision for revision in self.store.revisions()}
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == CURRENT:
                self._label(
                    item,
                    self.tr("The current text"),
                    self.tr("as it is now"),
                    self.tr("The current text, as it is now, not a revision"),
                )
            elif key in revisions:
                name, saved = revisions[key].name, when(revisions[key].created_at)
                accessible = self.tr("Revision %1, saved %2").replace("%1", name).replace("%2", saved)
                self._label(item, name, saved, accessible)
        self._selection_changed()

    @staticmethod
    def _label(item: QListWidgetItem, name: str, detail: str, accessible: str) -> None:
        item.setText(name)
        item.setData(DETAIL_ROLE, detail)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        item.setToolTip(accessible)

    def refresh(self) -> None:
        self.list.clear()
        for key in [CURRENT] + [revision.uuid for revision in reversed(self.store.revisions())]:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.retranslate()

    def _framework(self, key: str) -> tuple[str, PersonalFramework]:
        if key == CURRENT:
            return self.tr("the current text"), self.store.personal_framework()
        revision = self.store.revision(key)
        return f"{revision.name} ({when(revision.created_at)})", revision.framework

    def selected_keys(self) -> list[str]:
        """Chosen revisions, oldest first (the list shows the newest first)."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in reversed(rows)]

    def _selection_changed(self) -> None:
        keys = self.selected_keys()
        self.restore_button.setEnabled(len(keys) == 1 and keys[0] != CURRENT)
        if len(keys) == 1 and keys[0] != CURRENT:
            keys = [keys[0], CURRENT]
        if len(keys) != 2:
            hint = self.tr("Choose one or two revisions.")
            self.comparison.setHtml(f"<p>{hint}</p>")
            return
        (old_name, old), (new_name, new) = self._framework(keys[0]), self._framework(keys[1])
        heading = self.tr("From %1 to %2").replace("%1", old_name).replace("%2", new_name)
        self.comparison.setHtml(compare_html(old, new, self.framework, self.language, heading))

    def restore_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) != 1 or keys[0] == CURRENT:
            return
        revision = self.store.revision(keys[0])
        if not Confirm.ask(
            self,
            self.tr("Restore a revision"),
            self.tr(
                "Make “%1” the current text of your leadership framework? The current text is "
                "kept as a revision first, so nothing is lost."
            ).replace("%1", revision.name),
            self.tr("Restore"),
        ):
            return
        self.store.restore_revision(
            revision.uuid,
            self.tr("Restored: %1").replace("%1", revision.name),
            self.tr("Before restoring %1").replace("%1", revision.name),
        )
        self.refresh()
        self.restored.emit()

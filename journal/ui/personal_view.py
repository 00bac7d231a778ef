"""My leadership framework: the leader's personal framework, written part by part on top of the
organisation's, saved as it is typed (like the journal), with dated revisions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework
from framework.personal import PersonalFramework, part_template

from ..clock import Clock
from ..dates import long_date
from ..errors import JournalError
from ..store import Store
from .autosave import Autosave
from .dialogs.export import FrameworkExportDialog
from .dialogs.revisions import RevisionName, RevisionsDialog
from .i18n import Retranslating
from .leadership_page import LeadershipPage
from .markdown_edit import MarkdownEdit, MarkdownPreview
from .style import styled

LEADERSHIP = "leadership"


class PersonalView(Retranslating, QWidget):
    message = Signal(str)
    saved = Signal()  # the framework was saved (the journal's pickers follow its own criteria)
    save_failed = Signal(object)

    def __init__(
        self,
        store: Store,
        framework: Framework,
        language: str,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.clock = clock or Clock()
        self.framework = framework
        self.language = language
        self.document = store.personal_framework()
        self._key: str | None = None
        self._loading = False

        # Left: who, the parts (rename, reorder), history
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        form = QFormLayout()
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.name_label, self.unit_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.unit_label.setBuddy(self.unit)
        form.addRow(self.name_label, self.name)
        form.addRow(self.unit_label, self.unit)
        left_layout.addLayout(form)
        self.parts_label = QLabel()
        left_layout.addWidget(self.parts_label)
        self.parts = QListWidget()
        self.parts.setObjectName("partList")
        styled(self.parts, "parts")
        self.parts.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.parts.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        left_layout.addWidget(self.parts, 1)
        moves = QHBoxLayout()
        self.up = QToolButton()
        self.down = QToolButton()
        self.rename = QToolButton()
        for button in (self.up, self.down, self.rename):
            moves.addWidget(button)
        moves.addStretch(1)
        left_layout.addLayout(moves)
        self.save_revision_button = QPushButton()
        self.history_button = QPushButton()
        self.export_button = QPushButton()
        for button in (self.save_revision_button, self.history_button, self.export_button):
            left_layout.addWidget(button)

        # Right: the chosen part
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 12, 8)
        self.banner = QLabel()
        self.banner.setObjectName("saveProblem")
        styled(self.banner, "save-problem")
        self.banner.setWordWrap(True)
        self.banner.hide()
        right_layout.addWidget(self.banner)
        self.title = QLabel()
        self.title.setObjectName("partTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        right_layout.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("partHint")
        right_layout.addWidget(self.hint)
        self.private = QCheckBox()
        self.preview_button = QToolButton()  # as in the journal's editor: the preview when asked for
        self.preview_button.setObjectName("previewToggle")
        self.preview_button.setAutoRaise(True)
        self.preview_toggle = None  # the window's Preview action (show_preview_with)
        checks = QHBoxLayout()
        checks.addWidget(self.private)
        checks.addStretch(1)
        checks.addWidget(self.preview_button)
        right_layout.addLayout(checks)
        self.body = MarkdownEdit()
        self.body.setObjectName("partBody")
        self.preview = MarkdownPreview()
        body_split = QSplitter(Qt.Orientation.Horizontal)
        body_split.setObjectName("partBodySplit")
        body_split.addWidget(self.body)
        body_split.addWidget(self.preview)
        body_split.setChildrenCollapsible(False)
        self.body_split = body_split
        self.preview.setVisible(False)
        self.leadership = LeadershipPage(framework, language)
        self.leadership.setObjectName("leadershipPage")
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # scroll, never squeeze
        page_layout.addWidget(body_split, 1)
        page_layout.addWidget(self.leadership)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right_layout.addWidget(scroll, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("personalSplit")
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 900])
        self.split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.split)

        self.saving = Autosave(self, self.banner, self._save)
        self.saving.failed.connect(self.save_failed)
        self.saving.saved_again.connect(lambda: self.message.emit(self.tr("Saved again.")))
        self.parts.currentItemChanged.connect(lambda current, _: self._show_part(current))
        self.parts.itemChanged.connect(self._renamed)
        self.parts.model().rowsMoved.connect(lambda *_: self._reordered())
        self.up.clicked.connect(lambda: self.move_part(-1))
        self.down.clicked.connect(lambda: self.move_part(+1))
        self.rename.clicked.connect(lambda: self.parts.currentItem() and self.parts.editItem(self.parts.currentItem()))
        self.name.textEdited.connect(lambda _: self._edit(name=self.name.text().strip()))
        self.unit.textEdited.connect(lambda _: self._edit(unit=self.unit.text().strip()))
        self.body.textChanged.connect(self._body_changed)
        self.private.toggled.connect(self._private_changed)
        self.leadership.changed.connect(self._leadership_changed)
        self.save_revision_button.clicked.connect(self.save_revision)
        self.history_button.clicked.connect(self.show_revisions)
        self.export_button.clicked.connect(self.export)
        self.retranslate()
        self.load(self.document)

    def show_preview_with(self, action) -> None:
        """The window's one Preview action, on the button beside "Private part"."""
        self.preview_toggle = action
        self.preview_button.setDefaultAction(action)
        action.toggled.connect(self.preview.setVisible)
        self.preview.setVisible(action.isChecked())

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Name"))
        self.unit_label.setText(self.tr("Unit"))
        self.name.setPlaceholderText(self.tr("Your name, as the exported document shows it"))
        self.unit.setPlaceholderText(self.tr("e.g. Borgerservice"))
        self.parts_label.setText(self.tr("Parts (drag to reorder, double-click to rename)"))
        self.parts.setAccessibleName(self.tr("Parts of my leadership framework"))
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.rename.setText(self.tr("Rename"))
        self.up.setToolTip(self.tr("Move the part up"))
        self.down.setToolTip(self.tr("Move the part down"))
        self.save_revision_button.setText(self.tr("Save as revision…"))
        self.history_button.setText(self.tr("Revisions…"))
        self.export_button.setText(self.tr("Export or print…"))
        self.private.setText(self.tr("Private part"))  # short: a check box does not wrap in a narrow window
        self.private.setToolTip(self.tr("Private: never exported unless you ask for it"))
        self.body.setAccessibleName(self.tr("Text of the part"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.scroll.setAccessibleName(self.tr("The chosen part"))
        self.body.setPlaceholderText(self.tr("Write in the first person, about what you do."))
        self._show_titles()

    def set_language(self, language: str) -> None:
        self.language = language
        self.leadership.set_language(language)
        self._show_titles()

    # -- loading and showing ----------------------------------------------------------------------

    def load(self, document: PersonalFramework) -> None:
        """Show ``document`` (after a restore, say), keeping the chosen part."""
        self.document = document
        self._loading = True
        try:
            self.name.setText(document.name)
            self.unit.setText(document.unit)
            key = self._key
            self.parts.blockSignals(True)
            self.parts.clear()
            for part in document.parts:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, part.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
                self.parts.addItem(item)
            self.parts.blockSignals(False)
            self._show_titles()
            self.leadership.load(document)
            keys = [p.key for p in document.parts]
            self.parts.setCurrentRow(keys.index(key) if key in keys else 0)
            self._show_part(self.parts.currentItem())
        finally:
            self._loading = False

    def _show_titles(self) -> None:
        self.parts.blockSignals(True)
        for row in range(self.parts.count()):
            item = self.parts.item(row)
            part = self.document.part(item.data(Qt.ItemDataRole.UserRole))
            if part is None:
                continue
            title = part.display_title(self.language)
            item.setText(title)
            font = item.font()
            font.setItalic(part.private)
            item.setFont(font)
            item.setToolTip(self.tr("Private: never exported unless you ask for it") if part.private else "")
        self.parts.blockSignals(False)
        if self._key:
            self._show_part_texts()

    def _show_part(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._key = item.data(Qt.ItemDataRole.UserRole)
        part = self.document.part(self._key)
        was_loading = self._loading
        self._loading = True
        self.body.setPlainText(part.body if part else "")
        self.preview.show_markdown(part.body if part else "", at_once=True)
        self.private.setChecked(bool(part and part.private))
        self._loading = was_loading
        self.leadership.setVisible(self._key == LEADERSHIP)
        self._show_part_texts()

    def _show_part_texts(self) -> None:
        part = self.document.part(self._key)
        if part is None:
            return
        self.title.setText(part.display_title(self.language))
        template = part_template(part.key)
        self.hint.setText(template.hint.get(self.language) if template else "")
        self.up.setEnabled(self.parts.currentRow() > 0)
        self.down.setEnabled(0 <= self.parts.currentRow() < self.parts.count() - 1)

    # -- editing ----------------------------------------------------------------------------------

    def _edit(self, **changes) -> None:
        if self._loading:
            return
        self.document = replace(self.document, **changes)
        self._mark_dirty()

    def _body_changed(self) -> None:
        text = self.body.toPlainText()
        self.preview.show_markdown(text)
        if not self._loading and self._key:
            self.document = self.document.with_part(self._key, body=text)
            self._mark_dirty()

    def _private_changed(self, private: bool) -> None:
        if not self._loading and self._key:
            self.document = self.document.with_part(self._key, private=private)
            self._show_titles()
            self._mark_dirty()

    def _leadership_changed(self) -> None:
        if not self._loading:
            self.document = self.leadership.apply(self.document)
            self._mark_dirty()

    def _renamed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        template = part_template(key)
        text = item.text().strip()
        default = template.title.get(self.language) if template else key
        self.document = self.document.with_part(key, title="" if text in ("", default) else text)
        self._show_titles()
        self._mark_dirty()

    def _reordered(self) -> None:
        order = [self.parts.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.parts.count())]
        by_key = {p.key: p for p in self.document.parts}
        self.document = replace(self.document, parts=tuple(by_key[key] for key in order if key in by_key))
        self._show_part_texts()
        self._mark_dirty()

    def move_part(self, step: int) -> None:
        row = self.parts.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.parts.count():
            return
        self.parts.blockSignals(True)
        item = self.parts.takeItem(row)
        self.parts.insertItem(target, item)
        self.parts.setCurrentRow(target)
        self.parts.blockSignals(False)
        self._reordered()

    def current_part_key(self) -> str | None:
        return self._key

    # -- saving -----------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self.saving.edited()

    @property
    def dirty(self) -> bool:
        return self.saving.dirty

    def flush(self) -> bool:
        """Save the framework if it changed. False if saving failed (the text stays)."""
        return self.saving.flush()

    def _save(self) -> bool:
        self.store.save_personal_framework(self.document)
        self.saved.emit()
        return True

    def stop_saving(self) -> None:
        """The window closes: no save is tried again later (see JournalView.stop_saving)."""
        self.saving.stop()

    def tell_no_saving(self, error: JournalError) -> None:
        """As the journal view: the red note says at once that nothing can be saved."""
        self.saving.tell(error)

    # -- history ----------------------------------------------------------------------------------

    def save_revision(self) -> None:
        """Keep the framework as it is now as a dated, named revision."""
        if not self.flush():
            return
        suggested = self.tr("Revision of %1").replace("%1", long_date(self.clock.today(), self.language))
        name = RevisionName.ask(self, self.tr("Save as revision"), self.tr("Name of the revision:"), suggested)
        if name:
            self.store.save_revision(name)
            self.message.emit(self.tr("Saved as the revision “%1”.").replace("%1", name))

    def show_revisions(self) -> None:
        self.flush()
        dialog = RevisionsDialog(self.store, self.framework, self.language, self)
        dialog.restored.connect(self.reload)
        dialog.exec()

    def export(self) -> None:
        """Export or print the framework (the dialog asks what and how)."""
        if not self.flush():
            return
        dialog = FrameworkExportDialog(self.store, self.framework, self.language, self, self.clock)
        if dialog.exec() and dialog.written is not None:
            self.message.emit(self.tr("Exported to %1").replace("%1", str(dialog.written)))

    def reload(self) -> None:
        """Read the framework again from the store (after a restore or an import)."""
        self.saving.dirty = False
        self.load(self.store.personal_framework())

"""The Journal view: the list of reflections with search and filters, the entry editor and a
question to start from. There is no Save button: what is typed reaches the database within a
second of a pause, and at once when the leader switches entries, changes view or closes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QVBoxLayout, QWidget

from framework import Framework, Prompt

from ..clock import Clock
from ..errors import JournalError
from ..model import Reflection, ReflectionFilter
from ..organisation import earlier_in_use
from ..store import Store
from ..templates import start_in
from ..words import word
from .actions import CLEAR_FILTER_KEYS, NEW_KEYS, keys_text
from .autosave import Autosave

if TYPE_CHECKING:
    from .calendar_panel import CalendarPanel
from .dates import ui_language
from .delegates import ReflectionDelegate
from .editor import EntryEditor
from .filter_bar import FilterBar
from .i18n import Retranslating
from .looking_back import LookingBackPanel
from .models import ReflectionListModel
from .prompt_panel import PromptPanel
from .reflection_list import ReflectionList
from .style import styled

SUGGEST_AFTER_MS = 800  # a pause in typing, or a reflection opened, before suggestions are asked for
ANOTHER_THEME_SCORE = 0.35  # a suggested theme's score, for a reflection that has one already


class _DeleteCommand(QUndoCommand):
    """Move a reflection to the Trash; undo brings it back."""

    def __init__(self, view: JournalView, uuid: str, title: str):
        super().__init__(title)
        self.view, self.uuid = view, uuid

    def redo(self) -> None:
        self.view.store.delete(self.uuid)
        self.view.after_delete(self.uuid)

    def undo(self) -> None:
        self.view.store.restore(self.uuid)
        self.view.reload(select=self.uuid)


class JournalView(Retranslating, QWidget):
    message = Signal(str)  # a short note for the status bar
    journal_changed = Signal()  # something was saved, deleted or restored
    save_failed = Signal(object)  # the JournalError; the text stays in the editor

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
        self.undo_stack = QUndoStack(self)
        self._known_tags: set[str] = set()

        self.filter_bar = FilterBar(framework, language)
        self.model = ReflectionListModel(store, self, background=True)
        self.list = ReflectionList()
        self.list.setObjectName("reflectionList")
        self.list.setModel(self.model)
        self.delegate = ReflectionDelegate(framework, self.list)
        self.delegate.language = language
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_panel = PromptPanel(store, framework, language, self.clock)
        self.editor = EntryEditor(framework, language)
        self.looking_back = LookingBackPanel()
        self.editor.empty_page.insertWidget(2, self.looking_back)
        self.banner = QLabel()
        self.banner.setObjectName("saveProblem")
        styled(self.banner, "save-problem")
        self.banner.setWordWrap(True)
        self.banner.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.filter_bar)
        # The month calendar is made the first time it is shown: a QCalendarWidget takes 40 ms to
        # make, which every start would pay for a calendar most leave hidden.
        self.calendar: CalendarPanel | None = None
        self._left_layout = left_layout
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.prompt_panel)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("journalSplit")
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([390, 900])  # until the window restores the leader's own
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

        self.saving = Autosave(self, self.banner, self._save_current)
        self.saving.failed.connect(self.save_failed)
        self.saving.saved_again.connect(lambda: self.message.emit(self.tr("Saved again.")))
        self.saving.saved.connect(self._show_pending)
        self._saved: tuple[Reflection, bool] | None = None  # what _save_current saved, and if it was new
        self.editor.changed.connect(self.saving.edited)
        # Suggestions for the open reflection, after a pause in typing: 15 to 30 ms of reading
        # at 100,000 reflections, which a keystroke must not wait for.
        self._suggesting = QTimer(self, singleShot=True, interval=SUGGEST_AFTER_MS)
        self._suggesting.timeout.connect(self.suggest)
        self.editor.changed.connect(self._suggesting.start)
        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.model.total_changed.connect(self._show_count)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.prompt_panel.start.connect(self.new_reflection)
        self.looking_back.open_reflection.connect(self.select)
        self.looking_back.show_day.connect(
            lambda day: self.filter_bar.set_selection(ReflectionFilter(date_from=day, date_to=day))
        )
        self.editor.pages.currentChanged.connect(lambda page: page == 0 and self.refresh_looking_back())
        self.filter_bar.calendar_toggle.toggled.connect(self.show_calendar)
        self.journal_changed.connect(self.refresh_calendar)
        self.editor.template_chooser.use(store)  # the leader's own templates, from the journal
        self.retranslate()
        self.refresh_choices()
        self.model.reload()
        self.refresh_looking_back()

    # -- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.delegate.language = language
        for part in (self.filter_bar, self.editor, self.prompt_panel, self.calendar):
            if part is not None:
                part.set_language(language)
        self.list.viewport().update()

    def retranslate(self) -> None:
        self.model.retitle(self.tr("(untitled)"), word(ui_language(), "reflection.starred").lower())
        self.delegate.private_mark = self.tr("private")
        self.list.setAccessibleName(self.tr("Reflections"))
        self._show_count(self.model.total)
        if self.list.isVisible():  # else there is nothing to repaint
            # Not at start: PySide finds the first viewport()'s class among every widget class,
            # which creates their enums, 10 ms.
            self.list.viewport().update()

    # -- the list ----------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Tags and own criteria for the pickers and filters, as they are now in the store."""
        tags = [tag for tag, _ in self.store.tags()]
        self._known_tags = set(tags)
        own = self.store.own_criteria()
        offered = {c.id for c in self.store.personal_framework().own_criteria if c.active}
        self.filter_bar.set_choices(own, tags, earlier_in_use(self.store, self.framework))
        self.editor.set_known_tags(tags)
        self.editor.set_own_criteria(own, offered)
        self.editor.template_chooser.refresh()  # an import may have brought templates

    def apply_filter(self, selection: ReflectionFilter) -> None:
        self.flush()
        self.refresh_calendar()
        self.delegate.query = selection.text
        self.model.set_filter(selection)
        if self.model.counting:  # not the last filter's number meanwhile
            self.filter_bar.show_count(None, self.store.count())
        self.editor.highlight(selection.text)
        self._reselect(self.editor.current_uuid)

    # -- the month calendar ------------------------------------------------------------------

    def show_calendar(self, shown: bool) -> None:
        self.filter_bar.calendar_toggle.setChecked(shown)
        if shown and self.calendar is None:
            from .calendar_panel import CalendarPanel

            self.calendar = CalendarPanel(self.framework)
            self.calendar.month_shown.connect(lambda *_: self.refresh_calendar())
            self.calendar.day_chosen.connect(self.show_day)
            self._left_layout.insertWidget(self._left_layout.indexOf(self.list), self.calendar)
        if self.calendar is not None:
            self.calendar.setVisible(shown)
        self.refresh_calendar()

    def calendar_shown(self) -> bool:
        return self.calendar is not None and self.calendar.isVisibleTo(self)

    def refresh_calendar(self) -> None:
        """Mark the month shown as the filters (not their dates) find it; nothing while hidden."""
        if not self.calendar_shown():
            return
        selection = self.filter_bar.selection()
        try:
            days = self.store.days_with_reflections(selection, *self.calendar.month())
        except JournalError:
            return  # the journal cannot be read now: the rest of the window says so
        self.calendar.show_days(days)
        if selection.date_from and selection.date_from == selection.date_to:
            self.calendar.setSelectedDate(selection.date_from)

    def show_day(self, day) -> None:
        """The list of ``day``'s reflections (the other filters kept); the same day again: all days."""
        selection = self.filter_bar.selection()
        if selection.date_from == selection.date_to == day:
            day = None
        self.filter_bar.set_selection(replace(selection, date_from=day, date_to=day), reveal=False)

    def refresh_looking_back(self) -> None:
        """On this day, as the journal is now (shown while no reflection is open)."""
        from ..memories import looking_back

        today = self.clock.today()  # once: the panel and what it shows agree, even at midnight
        try:
            back = looking_back(self.store, today)
        except JournalError:
            return  # the journal cannot be read now: the rest of the window says so
        self.looking_back.show_back(back, today)

    def reload(self, select: str | None = None) -> None:
        self.model.reload()
        self._reselect(select or self.editor.current_uuid)
        self.refresh_choices()
        self.prompt_panel.refresh()
        self.refresh_looking_back()
        self.journal_changed.emit()

    def _reselect(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid) if uuid else None
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)
        selection.blockSignals(False)
        if uuid and row is not None and self.editor.current_uuid != uuid:
            self.open(uuid)

    def _show_count(self, total: int) -> None:
        everything = total if self.model.selection.is_empty else self.store.count()
        self.filter_bar.show_count(total, everything)
        if self.model.selection.is_empty:
            self.list.set_empty_text(
                self.tr(
                    "No reflections yet.\n\nPress %1 to write the first one, or start from the question below."
                ).replace("%1", keys_text(NEW_KEYS))
            )
        else:
            self.list.set_empty_text(
                self.tr(
                    "No reflection matches the search and the filters.\n\nClear them (%1) to see every reflection."
                ).replace("%1", keys_text(CLEAR_FILTER_KEYS))
            )

    def _selection_changed(self) -> None:
        """Open the reflection the leader selected. Not on the current row alone: the list makes
        its first row current when Tab brings the focus to it, and that must open nothing."""
        rows = self.list.selectionModel().selectedRows()
        uuid = self.model.summary(rows[0].row()).uuid if rows else None
        if uuid and uuid != self.editor.current_uuid:
            self.open(uuid)

    # -- opening, writing, saving ----------------------------------------------------------------

    def open(self, uuid: str) -> None:
        self.flush()
        self.editor.load(self.store.get(uuid))
        self.editor.highlight(self.model.selection.text)
        self._suggesting.start()

    def suggest(self) -> None:
        """Offer themes, success criteria and a context for what the open reflection says
        (journal.suggestions), each added with one click; nothing for one in the Trash."""
        from ..suggestions import suggest_for

        current = self.editor.reflection()
        if current is None or current.deleted:
            return
        try:
            found = suggest_for(self.store, self.framework, current)
        except JournalError:
            return  # a journal that cannot be read now: no suggestions, and the editor goes on
        language, words = self.language, ui_language()
        own = {c.id: c.text for c in self.store.own_criteria()} if found.criteria else {}

        def criterion(key: str) -> str:
            return self.framework.criterion(key).text.get(language) if self.framework.has_criterion(key) else own[key]

        # A reflection with a theme already is offered another only on strong evidence: most
        # reflections are about one or two themes, and each button more is one more to read.
        themes = [s for s in found.themes if not current.theme_ids or s.score >= ANOTHER_THEME_SCORE]
        shown = [("theme", s.id, self.framework.theme(s.id).name.get(language), s.explained(words)) for s in themes]
        shown += [("criterion", s.id, criterion(s.id), s.explained(words)) for s in found.criteria]
        if found.context is not None:
            label = self.framework.context(found.context.id).label.get(language)
            shown.append(("context", found.context.id, label, found.context.explained(words)))
        self.editor.suggestions.show_suggestions(shown)

    def select(self, uuid: str) -> None:
        """Open ``uuid`` and show it selected in the list (if the filter lets it be listed)."""
        self.open(uuid)
        self._reselect(uuid)

    def new_reflection(self, prompt: Prompt | None = None, template: str = "") -> None:
        """Start a new reflection now; it is saved once something is written in it. ``template``:
        the id of the template to write it in (journal.templates; the default of Settings), but
        not when it starts from a question."""
        self.flush()
        draft = Reflection(entry_at=self.clock.now())
        if template and prompt is None:
            draft = start_in(draft, template, self.editor.template_chooser.templates())
        if prompt is not None:
            draft = replace(
                draft,
                body=f"> {prompt.text.get(self.language)}\n\n",
                theme_ids=(prompt.theme_id,) if prompt.theme_id else (),
            )
        self.list.selectionModel().clearSelection()
        self.editor.load(draft)
        if prompt is not None:
            self.editor.focus_body_end()
        else:
            self.editor.focus_title()

    @property
    def dirty(self) -> bool:
        return self.saving.dirty

    def flush(self) -> bool:
        """Save what the editor holds if it changed. False if saving failed (the text stays)."""
        return self.saving.flush()  # what it saved is shown in the list at once (_show_pending)

    def _show_pending(self) -> None:
        """The list after a save, whether the timer or a flush made it: a title or a star
        changed shows within a second of typing, not when the leader next moves on."""
        if self._saved is not None:
            current, is_new = self._saved
            self._saved = None
            self._show_saved(current, is_new)

    def _save_current(self) -> bool:
        """The editor's reflection into the store (for Autosave); False while a new one is blank."""
        current = self.editor.reflection()
        if current is None:
            return True
        is_new = not self.store.exists(current.uuid)
        if is_new and self.editor.is_blank():
            return False  # nothing written yet: no empty entries in the journal
        self.store.save(current)
        self._saved = (current, is_new)
        return True

    def _show_saved(self, current: Reflection, is_new: bool) -> None:
        """The list after a save: the row's new words, or the list again for a new reflection."""
        summary = self.store.summary(current.uuid)
        if is_new or not self.model.update_summary(summary):
            self.reload(select=current.uuid)
        else:
            if not self._known_tags.issuperset(current.tags):  # a new tag: offer it from now on
                self.refresh_choices()
            self.journal_changed.emit()
        return True

    def stop_saving(self) -> None:
        """The window closes (its text given up after asking): no save is tried again later, on a
        journal that may be closed by then."""
        self.saving.stop()

    def tell_no_saving(self, error: JournalError) -> None:
        """Nothing can be saved (the journal was found damaged after the start, or its folder is
        read-only): the red note says so at once, not only at the next save; what is in the
        editor stays there."""
        self.saving.tell(error)

    # -- deleting --------------------------------------------------------------------------------

    def delete_current(self) -> None:
        """Move the open reflection to the Trash (undo brings it back)."""
        current = self.editor.reflection()
        if current is None:
            return
        if not self.store.exists(current.uuid):  # a draft never saved: just drop it
            self.saving.dirty = False
            self.editor.load(None)
            return
        self.flush()
        title = current.title or self.tr("(untitled)")
        self.undo_stack.push(_DeleteCommand(self, current.uuid, self.tr("Delete “%1”").replace("%1", title)))
        self.message.emit(self.tr("“%1” moved to the Trash. Undo with Ctrl+Z.").replace("%1", title))

    def after_delete(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if self.editor.current_uuid == uuid:
            self.saving.dirty = False
            self.editor.load(None)
        self.reload()
        if row is not None and self.model.rowCount():
            neighbour = self.model.summary(min(row, self.model.rowCount() - 1)).uuid
            self.select(neighbour)

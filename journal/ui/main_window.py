"""The main window: navigation between the views, menus and toolbar, and the journal's state in
the status bar. It remembers its geometry, splitters and the last view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from .. import APP_NAME, __version__, build_date, dates
from ..backup import backup, list_backups
from ..clock import Clock
from ..errors import JournalError, NotFoundError
from ..paths import choose_data_dir
from ..store import Store, is_encrypted
from .actions import CLEAR_FILTER_KEYS, VIEWS, Actions, keys_text
from .appearance import Appearance
from .dialogs.confirm import Confirm
from .errors import show_error
from .i18n import Retranslating, Translator
from .journal_view import JournalView
from .lock import IdleTimer, LockPage
from .reminder import ReminderBanner, Reminders, anchored
from .settings import Settings
from .spelling import SpellChecking
from .style import styled

STATUS_MESSAGE_MS = 6000
DEFAULT_SIZE = QSize(1280, 840)  # on a screen with room for it
TEXT_STEPS = 8  # Ctrl++ and Ctrl+- go at most this many steps from the usual size
DECORATION = QSize(8, 36)  # a window manager's title bar and borders, until the window is shown

# The dialogs are imported where they are opened: most starts open none of them, and exporting
# alone pulls in Markdown, HTML and the report (50 ms the leader would wait for at every start).


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        store: Store,
        framework: Framework,
        settings: Settings,
        translator: Translator,
        appearance: Appearance | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.clock = clock or Clock()
        self.store = store
        self.framework = framework
        self.settings = settings
        self.translator = translator
        self.appearance = appearance
        self.demo = demo
        self.pending_restore: Path | None = None  # a backup to put in place once the window has closed
        # ("encrypt", new passphrase) or ("decrypt", passphrase): done once the window has closed
        self.pending_encryption: tuple[str, str] | None = None
        # (name, marker or None to delete the reflections): a person forgotten once the window has closed
        self.pending_erasure: tuple[str, str | None] | None = None
        self.pending_reopen = False  # another organisation framework taken into use: every part built anew
        self.encrypted = not demo and store.path is not None and is_encrypted(store.path)
        self.setObjectName("mainWindow")
        language = translator.language

        self.journal = JournalView(store, framework, language, self.clock)
        # The other views are built the first time they are shown: the window opens sooner.
        self._views: dict[str, QWidget] = {"journal": self.journal}
        self.stack = QStackedWidget()
        for name in VIEWS:
            self.stack.addWidget(self.journal if name == "journal" else QWidget())
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        styled(self.nav, "navigation")
        for _ in VIEWS:
            self.nav.addItem(QListWidgetItem())
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        # The reminder, where no tray shows it, above every view: seen whichever is open.
        self.reminder_banner = ReminderBanner()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reminder_banner)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)
        # The window's two faces: the journal, and (locked) only the page that asks for the passphrase.
        self.faces = QStackedWidget()
        self.faces.addWidget(body)
        self.lock_page: LockPage | None = None
        self.idle: IdleTimer | None = None
        self.setCentralWidget(self.faces)
        self._status = QLabel()
        self._status.setObjectName("journalStatus")
        self.statusBar().addPermanentWidget(self._status)

        self.actions_ = Actions(self)
        # One choice for every Markdown preview, shown or not, remembered as a preference.
        self.actions_.preview.setChecked(settings.get("preview") == "true")
        self.actions_.preview.toggled.connect(lambda shown: settings.set("preview", "true" if shown else "false"))
        self.journal.editor.show_preview_with(self.actions_.preview)
        # The leader's reminder, and the tray it lives in (started by journal.app once the window is up).
        self.reminders = Reminders(settings, store, framework, language, self.clock, self, remember=not demo)
        self._quitting = False  # Quit (or the session's end): closing the window ends the app, tray or not
        self._when_shown: list[Callable[[], None]] = []  # what waits for the window to be seen (start_hidden)
        self._build_menus()
        self._connect()
        self._count = 0
        self.actions_.refresh_icons(self.palette())
        self.retranslate()
        self.refresh_status()
        self._restore_state()
        self.actions_.lock.setEnabled(self.encrypted)
        if self.encrypted:
            self.lock_page = LockPage(store.path.parent)
            self.lock_page.unlocked.connect(self.unlock)
            self.faces.addWidget(self.lock_page)
            self.idle = IdleTimer(settings.lock_minutes, self)
            self.idle.idle.connect(self.lock)
        if store.read_only:  # a folder that cannot be written: say so before the first save
            from ..errors import ReadOnlyError

            self.journal.tell_no_saving(ReadOnlyError(store.path, store.read_only))

    # -- building ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            a.new,
            a.save,
            None,
            a.print_,
            a.export_framework,
            a.export,
            None,
            a.import_file,
            a.import_folder,
            a.use_framework,
            None,
            a.trash,
            a.backups,
            a.people,
            None,
            a.settings,
            None,
            a.lock,
            a.quit,
        ):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (a.undo, a.redo, None, a.delete, a.star, None, a.find):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in a.view_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.preview)
        self.view_menu.addSeparator()
        for action in (a.focus, a.text_bigger, a.text_smaller, a.text_normal, a.spelling):
            self.view_menu.addAction(action)
        self.language_menu = self.view_menu.addMenu("")
        for action in a.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.welcome)
        self.help_menu.addAction(a.shortcuts)
        self.help_menu.addAction(a.about)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (a.new, a.save, a.delete, None, a.undo, a.redo, None, a.find, a.print_, a.settings):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_reflection)
        a.save.triggered.connect(self.save_now)
        a.export.triggered.connect(self.export)
        a.print_.triggered.connect(self.export_or_print)
        a.import_file.triggered.connect(lambda: self.import_(folder=False))
        a.import_folder.triggered.connect(lambda: self.import_(folder=True))
        a.export_framework.triggered.connect(self.export_framework)
        a.use_framework.triggered.connect(lambda: self.use_another_framework())
        a.use_framework.setEnabled(not self.demo)
        a.trash.triggered.connect(self.show_trash)
        a.backups.triggered.connect(self.show_backups)
        a.people.triggered.connect(self.show_people)
        a.settings.triggered.connect(self.show_settings)
        a.quit.triggered.connect(self.quit_app)
        a.lock.triggered.connect(self.lock)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.delete.triggered.connect(self.delete_reflection)
        a.star.triggered.connect(self.journal.editor.toggle_star)
        a.text_bigger.triggered.connect(lambda: self.step_text_size(+1))
        a.text_smaller.triggered.connect(lambda: self.step_text_size(-1))
        a.text_normal.triggered.connect(lambda: self.step_text_size(None))
        a.focus.toggled.connect(self.set_focus_mode)
        a.leave_focus.triggered.connect(lambda: a.focus.setChecked(False))
        self.journal.editor.set_text_size(self.settings.text_size)
        editor = self.journal.editor
        self.spelling = SpellChecking(
            [editor.body, *editor.template_edits.values()],
            [w for w in self.settings.get("own_words").splitlines() if w.strip()],
            lambda words: self.settings.set("own_words", "\n".join(words)),
        )
        chosen = self.settings.get("spelling")
        a.spelling.setEnabled(SpellChecking.available())
        a.spelling.setChecked(
            SpellChecking.available() and (chosen == "on" or (chosen == "auto" and self.translator.language == "da"))
        )
        self.spelling.set_on(a.spelling.isChecked())
        a.spelling.toggled.connect(self.spelling.set_on)
        a.spelling.toggled.connect(lambda on: self.settings.set("spelling", "on" if on else "off"))
        a.find.triggered.connect(self.focus_search)
        for name, action in a.view_actions.items():
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
        for code, action in a.language_actions.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            action.setChecked(code == self.translator.language)
        a.welcome.triggered.connect(self.show_welcome)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        self.nav.currentRowChanged.connect(lambda row: self.show_view(VIEWS[row]) if row >= 0 else None)
        self.translator.changed.connect(self._language_changed)
        self.journal.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self.journal.journal_changed.connect(self.refresh_status)
        self.reminders.open_window.connect(self.come_forward)
        self.reminders.new_reflection.connect(self.new_from_tray)
        self.reminders.write_about.connect(self.write_about)
        self.reminders.quit.connect(self.quit_app)
        self.reminders.in_window.connect(self.show_reminder_in_window)
        self.reminder_banner.write.connect(self.write_about)
        app = QApplication.instance()
        if app is not None:  # the session ends (log out, shut down): quit, rather than hide and keep it waiting
            app.commitDataRequest.connect(self._session_ends)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME + (" – " + self.tr("demo journal") if self.demo else ""))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.reminders.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.nav.setAccessibleName(self.tr("Views"))
        for row, name in enumerate(VIEWS):
            action = self.actions_.view_actions[name]
            item = self.nav.item(row)
            item.setText(action.text().replace("&", ""))
            item.setToolTip(action.toolTip())
            item.setIcon(action.icon())
        self._show_status()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.actions_.refresh_icons(self.palette())
            for row, name in enumerate(VIEWS):
                self.nav.item(row).setIcon(self.actions_.view_actions[name].icon())
        elif event.type() == QEvent.Type.WindowStateChange:
            self._run_when_shown()  # brought up from the taskbar after a start minimised
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_when_shown()

    # -- status --------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Count the journal again (after it changed) and show it."""
        self._count = self.store.count()
        self._show_status()

    def _show_status(self) -> None:
        self._status.setText(self.tr("%n reflection(s) in %1", "", self._count).replace("%1", self._journal_place()))

    def _journal_place(self) -> str:
        if self.store.path is None:
            return ""
        if self.demo:
            return self.tr("a throwaway demo journal")
        try:
            return "~/" + self.store.path.relative_to(Path.home()).as_posix()
        except ValueError:
            return str(self.store.path)

    def _update_actions(self) -> None:
        journal_shown = self.stack.currentWidget() is self.journal
        for action in (self.actions_.save, self.actions_.delete, self.actions_.star):
            action.setEnabled(journal_shown)
        texts = {  # what Ctrl+P exports or prints follows the view; its one home
            "journal": (
                self.tr("Export or &print the reflection…"),
                self.tr("The reflection you are reading, as PDF, HTML or Markdown, or on paper"),
            ),
            "personal": (self.actions_.export_framework.text(), self.actions_.export_framework.statusTip()),
            "patterns": (self.tr("&Period report…"), self.tr("The patterns of the period as PDF or HTML")),
        }
        view = self.current_view()
        text, tip = texts.get(view, texts["journal"])
        self.actions_.print_.setText(text)
        self.actions_.print_.setIconText(self.tr("Export or print"))  # the toolbar's, short in every view
        self.actions_.print_.setStatusTip(tip)
        keys = self.actions_.print_.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.actions_.print_.setToolTip(f"{tip} ({keys})")
        self.actions_.print_.setEnabled(view in texts)

    # -- views -----------------------------------------------------------------------------------

    def view(self, name: str) -> QWidget:
        """The view ``name``, built now if it has not been shown yet."""
        if name not in self._views:
            language, message = self.translator.language, self.statusBar().showMessage
            if name == "personal":
                from .personal_view import PersonalView

                view = PersonalView(self.store, self.framework, language, self.clock)
                view.message.connect(lambda text: message(text, STATUS_MESSAGE_MS))
                view.saved.connect(self.journal.refresh_choices)
            elif name == "patterns":
                from .patterns_view import PatternsView

                view = PatternsView(self.store, self.framework, language, self.clock)
                view.show_in_journal.connect(self.show_in_journal)
                view.open_reflection.connect(self.open_in_journal)
                view.start_reflection.connect(self.start_from_prompt)
                view.message.connect(lambda text: message(text, STATUS_MESSAGE_MS))
            else:
                from .framework_view import FrameworkView

                view = FrameworkView(self.framework, language, can_change=not self.demo)
                view.use_another.connect(lambda: self.use_another_framework())
                view.edit.connect(self.edit_framework)
            if name == "personal":
                view.show_preview_with(self.actions_.preview)
            index = VIEWS.index(name)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._views[name] = view
            self._restore_splitters(view)
        return self._views[name]

    @property
    def personal_view(self):
        return self.view("personal")

    @property
    def patterns_view(self):
        return self.view("patterns")

    @property
    def framework_view(self):
        return self.view("framework")

    def _flush(self) -> bool:
        """Save what the journal and (if open) the personal framework hold. False if it failed."""
        saved = self.journal.flush()
        if "personal" in self._views:
            saved = self._views["personal"].flush() and saved
        return saved

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_view(self, name: str) -> None:
        if name != self.current_view():
            self._flush()
        self.view(name)
        index = VIEWS.index(name)
        self.stack.setCurrentIndex(index)
        if name == "patterns":
            self.patterns_view.refresh()  # the journal may have changed since it was last shown
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.actions_.view_actions[name].setChecked(True)
        self._update_actions()

    # -- commands --------------------------------------------------------------------------------

    def new_reflection(self) -> None:
        self.show_view("journal")
        self.journal.new_reflection(template=self.settings.get("template"))

    def save_now(self) -> None:
        if self.journal.flush():
            self.statusBar().showMessage(self.tr("Saved."), STATUS_MESSAGE_MS)

    def delete_reflection(self) -> None:
        if self.current_view() == "journal":
            self.journal.delete_current()

    def focus_search(self) -> None:
        self.show_view("journal")
        self.journal.filter_bar.search.setFocus()
        self.journal.filter_bar.search.selectAll()

    def undo(self) -> None:
        """Undo typing where the cursor is; otherwise undo the last delete."""
        focus = QApplication.focusWidget()
        if (isinstance(focus, QLineEdit) and focus.isUndoAvailable()) or (
            isinstance(focus, (QPlainTextEdit, QTextEdit)) and focus.document().isUndoAvailable()
        ):
            focus.undo()
        else:
            self.journal.undo_stack.undo()

    def redo(self) -> None:
        focus = QApplication.focusWidget()
        if (isinstance(focus, QLineEdit) and focus.isRedoAvailable()) or (
            isinstance(focus, (QPlainTextEdit, QTextEdit)) and focus.document().isRedoAvailable()
        ):
            focus.redo()
        else:
            self.journal.undo_stack.redo()

    def export(self) -> None:
        from .dialogs.export import SaveFile, export_journal, suggested_name

        self.journal.flush()
        target = SaveFile.ask(
            self, self.tr("Export the journal"), suggested_name(self.clock.today()), self.tr("JSON files (*.json)")
        )
        if target is None:
            return
        try:
            export_journal(self.store, target, self)
        except JournalError as error:
            show_error(error, self)
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(target)), STATUS_MESSAGE_MS)

    def export_or_print(self) -> None:
        """Ctrl+P: export or print what the view shows."""
        view = self.current_view()
        if view == "personal":
            self.personal_view.export()
        elif view == "patterns":
            self.patterns_view.export_report()
        elif view == "journal":
            if not self.journal.flush():
                return  # the red note in the editor says why; nothing half-saved goes out
            uuid = self.journal.editor.current_uuid
            if uuid is None or not self.store.exists(uuid):
                self.statusBar().showMessage(
                    self.tr("Open or write a reflection to export or print it."), STATUS_MESSAGE_MS
                )
                return
            from .dialogs.reflection_export import ReflectionExportDialog

            written = ReflectionExportDialog.show_for(
                self, self.store, self.framework, uuid, self.translator.language, self.clock
            )
            if written is not None:
                self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)), STATUS_MESSAGE_MS)

    def show_in_journal(self, selection) -> None:
        """The reflections behind a chart's bar, cell or day, in the journal."""
        self.show_view("journal")
        self.journal.filter_bar.set_selection(selection)

    def open_in_journal(self, uuid: str) -> None:
        self.show_view("journal")
        self.journal.filter_bar.clear()
        self.journal.select(uuid)

    def start_from_prompt(self, prompt) -> None:
        self.show_view("journal")
        self.journal.new_reflection(prompt)

    def import_(self, folder: bool) -> None:
        """Read the file, show what it holds and let the leader map its tags, then import it whole."""
        self._flush()
        from ..importers import import_data, read_file
        from .dialogs.import_dialog import ImportDialog, ImportSource

        source = ImportSource.ask(self, folder)
        if source is None:
            return
        try:
            data = read_file(source)
        except JournalError as error:
            show_error(error, self)
            return
        mapping = ImportDialog.ask(data, self.store, self.framework, self.translator.language, source, self)
        if mapping is None:
            return
        try:
            result = import_data(self.store, data, mapping)
        except JournalError as error:
            show_error(error, self)
            return
        self.journal.reload()
        if "personal" in self._views:
            self._views["personal"].reload()
        self.statusBar().showMessage(
            self.tr("Imported: %1 new, %2 updated, %3 already there.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)),
            STATUS_MESSAGE_MS,
        )

    def export_framework(self) -> None:
        self.show_view("personal")
        self.personal_view.export()

    def show_backups(self) -> None:
        """Back up now, or restore a backup (the journal is closed, replaced, and opened again)."""
        if self.demo or self.store.path is None:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr(
                    "The demo journal is thrown away when you quit, so it is not backed up. Your own journal is "
                    "backed up once a day, and here you can back it up now or restore a backup."
                ),
            )
            return
        from .dialogs.backups import BackupsDialog

        self._flush()
        folder = self.store.path.parent
        dialog = BackupsDialog(list_backups(folder), folder, self)
        if not dialog.exec():
            return
        if dialog.back_up_now:
            try:
                made = backup(self.store, folder, self.settings.backups_kept)
            except JournalError as error:
                show_error(error, self)
                return
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(made)), STATUS_MESSAGE_MS)
        elif dialog.restore_path is not None:
            self.pending_restore = dialog.restore_path
            self.close()

    def use_another_framework(self, path: str | Path | None = None) -> None:
        """Check a framework file handed out by the organisation, show it, and, if the leader
        decides so, make it the journal's; the window then opens again, every part following it."""
        from .dialogs.framework_choice import choose

        choice = choose(self, self.framework, self.translator.language, path)
        if choice is not None:
            self._take_into_use(choice)

    def edit_framework(self, new: bool = False) -> None:
        """The framework editor, on this framework's text or on a new one's start; what it saves
        is a file to hand out, and it can take the framework into this journal too."""
        from framework.markdown_form import to_markdown

        from .dialogs.framework_editor import FrameworkEditor, new_framework_text

        language = self.translator.language
        text = new_framework_text(self.framework.organisation.get(language)) if new else to_markdown(self.framework)
        editor = FrameworkEditor(text, language, parent=self)
        if editor.exec() and editor.chosen is not None:
            if editor.chosen.framework == self.framework:
                return
            self._take_into_use(editor.chosen)

    def _take_into_use(self, choice) -> None:
        """Make ``choice`` the journal's framework, re-tagging what the leader accepts of a
        revision's suggestions; the window then opens again on it."""
        from .. import organisation
        from .dialogs.framework_choice import RetagDialog

        language = self.translator.language
        old = organisation.replaced_by(self.store, choice.framework)
        moves = organisation.moves(self.store, old, choice.framework) if old is not None else []
        retag = RetagDialog.ask(moves, old, choice.framework, language, self) if moves else {}
        if retag is None or not self._flush():
            return
        try:
            organisation.use(self.store, choice)
            if any(retag.values()):
                self._retag(retag)
        except JournalError as error:
            show_error(error, self)
            return
        self.pending_reopen = True
        self.close()

    def _retag(self, retag: dict[str, dict[str, str]]) -> None:
        """Re-tag in a thread, through a connection of its own, with a busy bar: a third of a
        journal of 100,000 reflections takes seconds, and the window must not stand still."""
        from .. import organisation
        from ..store import Store
        from .dialogs.upgrade import BusyDialog, in_thread

        def work() -> int:
            with Store.open(self.store.path, check_before_writing=False) as store:
                return organisation.retag(store, retag)

        in_thread(
            work,
            BusyDialog(
                self.tr("Re-tagging reflections"),
                self.tr("Your reflections get the revised framework's themes and criteria you chose."),
                self,
            ),
        )

    def show_people(self) -> None:
        """A person in the journal: their mentions, an export of them, or forgetting them (done
        once the window has closed the journal: the file is rebuilt, which no open view may read)."""
        from .dialogs.people import PeopleDialog

        self._flush()
        dialog = PeopleDialog(self.store, self.framework, self)
        dialog.open_reflection.connect(self._open_mention)
        dialog.exec()
        if dialog.forget_request is not None:
            if self.demo:
                self.statusBar().showMessage(
                    self.tr("The demo journal is thrown away when you quit."), STATUS_MESSAGE_MS
                )
                return
            self.pending_erasure = dialog.forget_request
            self.close()

    def _open_mention(self, uuid: str) -> None:
        self.show_view("journal")
        self.journal.select(uuid)

    def show_trash(self) -> None:
        from .dialogs.trash import TrashDialog

        self.journal.flush()
        dialog = TrashDialog(self.store, self.framework, self)
        dialog.changed.connect(lambda: self.journal.reload())
        dialog.exec()

    def lock(self) -> None:
        """Hide every text until the passphrase is given: what is being written is saved first,
        and open dialogs are closed."""
        if self.lock_page is None or self.is_locked():
            return
        self._flush()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, QMenu) and widget.isVisible():  # the templates' menu, with her own
                widget.close()
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menu.close()
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self._enabled_before_lock = {action: action.isEnabled() for action in self.actions_.all()}
        for action in self._enabled_before_lock:
            action.setEnabled(False)  # no shortcut reaches the journal behind the page
        self.statusBar().hide()
        self.faces.setCurrentWidget(self.lock_page)
        self.lock_page.start()

    def is_locked(self) -> bool:
        return self.lock_page is not None and self.faces.currentWidget() is self.lock_page

    def unlock(self) -> None:
        self.faces.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        for action, enabled in self._enabled_before_lock.items():
            action.setEnabled(enabled)
        self.statusBar().show()
        if self.idle is not None:
            self.idle.timer.start()
        self.journal.setFocus()

    def show_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog
        from .templates import template_choices

        folder = self.store.path.parent if self.store.path else None
        chosen = SettingsDialog.ask(
            self.settings,
            folder,
            self,
            None if self.demo or folder is None else self.encrypted,
            template_choices(self.store),
            self.clock,
        )
        if chosen is None:
            return
        if chosen.get("template", "") != self.settings.get("template"):
            self.settings.set("template", chosen["template"])
        self._apply_reminder_choices(chosen)
        minutes = chosen.get("lock_minutes", self.settings.lock_minutes)
        if minutes != self.settings.lock_minutes:
            self.settings.set("lock_minutes", str(minutes))
            if self.idle is not None:
                self.idle.set_minutes(minutes)
        years = chosen.get("retention_years", self.settings.retention_years)
        if years != self.settings.retention_years:
            self.settings.set("retention_years", str(years))
            QTimer.singleShot(0, self.maybe_retention)
        if chosen.get("encryption"):
            self.change_encryption(chosen["encryption"])
            return
        if chosen["appearance"] != self.settings.get("appearance"):
            self.settings.set("appearance", chosen["appearance"])
            if self.appearance is not None:
                self.appearance.apply(chosen["appearance"])
        if chosen["backups_kept"] != self.settings.backups_kept:
            self.settings.set("backups_kept", str(chosen["backups_kept"]))
        if chosen["data_folder"] is not None and self.store.path and chosen["data_folder"] != self.store.path.parent:
            choose_data_dir(chosen["data_folder"])
            QMessageBox.information(
                self,
                self.tr("Another folder"),
                self.tr(
                    "From the next start, Ledelsesjournal uses the journal in %1 (and starts a new one there if "
                    "there is none). This journal stays where it is."
                ).replace("%1", str(chosen["data_folder"])),
            )
        if chosen["language"] != self.translator.language:
            self.set_language(chosen["language"])

    def _apply_reminder_choices(self, chosen: dict) -> None:
        """The reminder's schedule, the tray and starting at login, as the settings chose them."""
        if "reminder" in chosen:
            self.choose_reminder(chosen["reminder"])
        keep = chosen.get("keep_in_tray", self.settings.keep_in_tray)
        if keep != self.settings.keep_in_tray:
            self.settings.set("keep_in_tray", "true" if keep else "false")
            self.reminders.update_tray()
        if "starts_at_login" in chosen:
            self.start_at_login(chosen["starts_at_login"])

    def choose_reminder(self, schedule) -> None:
        """Take the leader's schedule ("every other week" counted from the coming one: anchored)."""
        old = self.reminders.schedule
        if replace(schedule, anchor=old.anchor) != old:
            self.reminders.set_schedule(anchored(schedule, old, self.clock.now()))

    def start_at_login(self, wanted: bool) -> None:
        """Start the app at login, minimised, or no longer; said in words if the system refuses."""
        from .. import autostart

        try:
            if wanted and not autostart.is_enabled():
                autostart.enable()
                self.statusBar().showMessage(
                    self.tr("Ledelsesjournal starts when you log in, in the background."), STATUS_MESSAGE_MS
                )
            elif not wanted and autostart.disable():
                self.statusBar().showMessage(
                    self.tr("Ledelsesjournal no longer starts when you log in."), STATUS_MESSAGE_MS
                )
        except JournalError as error:  # AutostartError: another's entry is there, and left alone
            show_error(error, self)

    def change_encryption(self, request: str) -> None:
        """Encrypt, decrypt (both once the window has closed, the journal with it) or change the
        passphrase (at once: only the key file changes)."""
        from .. import encryption
        from .dialogs.encryption import NewPassphraseDialog

        folder = self.store.path.parent
        if request == "encrypt":
            answer = NewPassphraseDialog.ask(self.tr("Encrypt the journal"), current=False, parent=self)
            if answer is not None:
                self.pending_encryption = ("encrypt", answer[1])
                self.close()
        elif request == "passphrase":
            answer = NewPassphraseDialog.ask(self.tr("Change the passphrase"), current=True, parent=self)
            if answer is None:
                return
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                encryption.change_passphrase(folder, *answer)
            except JournalError as error:
                QApplication.restoreOverrideCursor()
                show_error(error, self)
                return
            QApplication.restoreOverrideCursor()
            self.statusBar().showMessage(
                self.tr("The passphrase was changed. The recovery key still opens the journal."), STATUS_MESSAGE_MS
            )
        elif request == "decrypt":
            secret, given = QInputDialog.getText(
                self,
                self.tr("Decrypt the journal"),
                self.tr(
                    "Without encryption, anyone who can read this computer's files can read the journal and its "
                    "backups. Enter the passphrase (or recovery key) to decrypt:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return
            try:
                encryption.verify(folder, secret)
            except JournalError as error:
                show_error(error, self)
                return
            self.pending_encryption = ("decrypt", secret)
            self.close()

    def set_language(self, language: str) -> None:
        """Switch the interface now and remember the choice. Nothing typed is lost."""
        self.settings.language = language
        self.translator.use(language)

    def _language_changed(self, language: str) -> None:
        # Widgets also get a (posted) LanguageChange event; the window's own texts change at once.
        self.actions_.retranslate()
        self.retranslate()
        self.actions_.language_actions.get(language, self.actions_.language_actions["en"]).setChecked(True)
        for view in self._views.values():
            view.set_language(language)
        self.reminders.set_language(language)

    def show_welcome(self, first: bool = False) -> None:
        """The welcome; ``first``: at the first start, where the reminder is offered ticked (Friday
        at 13:00) unless one was chosen before."""
        from .dialogs.welcome import WelcomeDialog

        can_encrypt = not self.demo and self.store.path is not None and not self.encrypted
        organisation = self.framework.organisation.get(self.translator.language)
        offered = self.reminders.schedule
        if first and not self.settings.reminder_chosen:
            offered = replace(offered, enabled=True)
        choice = WelcomeDialog.ask(
            organisation, self, can_encrypt=can_encrypt, reminder=offered, remind=self.choose_reminder
        )
        if choice == WelcomeDialog.ENCRYPT:
            self.change_encryption("encrypt")
        elif choice == WelcomeDialog.REFLECTION:
            self.new_reflection()
        elif choice == WelcomeDialog.FRAMEWORK:
            self.show_view("personal")

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        a = self.actions_
        groups = [
            (
                self.file_menu.title().replace("&", ""),
                [
                    a.new,
                    a.save,
                    a.print_,
                    a.import_file,
                    a.import_folder,
                    a.export,
                    a.export_framework,
                    a.trash,
                    a.backups,
                    a.people,
                    a.settings,
                    a.lock,
                    a.quit,
                ],
            ),
            (self.edit_menu.title().replace("&", ""), [a.undo, a.redo, a.delete, a.star, a.find]),
            (
                self.view_menu.title().replace("&", ""),
                [
                    *a.view_actions.values(),
                    a.preview,
                    a.focus,
                    a.text_bigger,
                    a.text_smaller,
                    a.text_normal,
                    a.spelling,
                ],
            ),
            (self.tr("Writing"), list(self.journal.editor.body.actions_by_name.values())),
            (self.help_menu.title().replace("&", ""), [a.shortcuts]),
        ]
        notes = [
            (self.tr("From the title to the text"), self.tr("Enter")),
            (self.tr("The next or the previous field"), self.tr("Tab, Shift+Tab")),
            (self.tr("Clear the search and the filters"), keys_text(CLEAR_FILTER_KEYS)),
            (self.tr("Close a dialog, a list or a calendar"), self.tr("Esc")),
        ]
        ShortcutsDialog(groups, notes, self).exec()

    def tell_damaged(self, error: JournalError) -> None:
        """The check made after the start found the journal damaged: nothing more is written to
        it, and the journal view says so (the text being written stays in the editor)."""
        from ..errors import CorruptDatabaseError

        if isinstance(error, CorruptDatabaseError) and self.store.path is not None:
            self.store.refuse_writing(error)
        for view in (self.journal, self._views.get("personal")):
            if view is not None:
                view.tell_no_saving(error)

    def tell_backup_failed(self, problem: str) -> None:
        """The daily backup could not be made: say so, without keeping the leader from writing."""
        self.statusBar().showMessage(self.tr("The daily backup failed: %1").replace("%1", problem))

    def maybe_retention(self) -> None:
        """Once a year, with the retention rule on: the reflections older than it, deleted if the
        leader confirms (journal.retention)."""
        from .. import retention

        years = self.settings.retention_years
        today = self.clock.today()
        if self.demo or not retention.time_to_ask(years, self.settings.event_date("retention_asked"), today):
            return
        old = retention.due(self.store, years, today)
        if not old:
            return
        from .dialogs.retention import RetentionDialog

        answer = RetentionDialog.ask(old, years, self)
        if answer is None:
            return  # asked again at the next start
        self.settings.set_event_date("retention_asked", today)
        if answer:
            self.journal.flush()
            try:
                deleted = retention.apply(self.store, old)
            except JournalError as error:
                show_error(error, self)
                return
            self.journal.reload()
            self.refresh_status()
            self.statusBar().showMessage(self.tr("%n old reflection(s) deleted.", "", deleted), STATUS_MESSAGE_MS)

    def maybe_welcome(self) -> None:
        """On the first start with an empty journal, explain the idea once."""
        if self.demo or self.settings.flag("welcomed") or self.store.count():
            return
        self.show_welcome(first=True)
        self.settings.set_flag("welcomed")  # once closed: a crash while it is open shows it again

    def _version_shown(self) -> str:
        """The version, with the day it was built for a standalone build, in the window's language."""
        built = build_date()
        if not built:
            return __version__
        day = dates.long_date(date.fromisoformat(built), self.translator.language)
        return self.tr("%1 (built %2)").replace("%1", __version__).replace("%2", day)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Ledelsesjournal"),
            self.tr(
                "<h3>Ledelsesjournal %1</h3><p>A reflection journal for leaders, built on %2's "
                "leadership framework.</p><p>Everything is stored on this computer, in %3. Nothing "
                "leaves it unless you export it.</p>"
            )
            .replace("%1", self._version_shown())
            .replace("%2", self.framework.organisation.get(self.translator.language))
            .replace("%3", str(self.store.path.parent if self.store.path else "")),
        )

    def come_forward_on(self, request: Path) -> None:
        """Show this window when another copy of the app touches ``request`` (see journal.instance)."""
        self._show_request = request
        self._watcher = QFileSystemWatcher([str(request.parent)], self)
        self._watcher.directoryChanged.connect(lambda _: self._maybe_come_forward())
        self._last_request = request.stat().st_mtime_ns if request.exists() else 0

    def _maybe_come_forward(self) -> None:
        if not self._show_request.exists():
            return
        stamp = self._show_request.stat().st_mtime_ns
        if stamp != self._last_request:
            self._last_request = stamp
            self.come_forward()

    # -- the reminder and the tray ------------------------------------------------------------------

    def come_forward(self) -> None:
        """Show the window, from the tray, the taskbar or behind others, and raise it."""
        if self.reminders.hidden_in_tray:
            self.reminders.hidden_in_tray = False
            QApplication.setQuitOnLastWindowClosed(True)
            self.reminders.update_tray()
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def start_hidden(self) -> None:
        """``--minimized`` (as at login): in the tray where there is one, else minimised in the taskbar."""
        if self.reminders.tray_available():
            self._hide_in_tray()
        else:
            self.showMinimized()

    def _hide_in_tray(self) -> None:
        self.reminders.hidden_in_tray = True
        # A dialog closed while the window is hidden would otherwise end the app with it.
        QApplication.setQuitOnLastWindowClosed(False)
        self.reminders.update_tray()
        self.hide()

    def when_shown(self, call: Callable[[], None]) -> None:
        """Call ``call`` once the leader can see the window: now, or when it comes out of the tray
        or the taskbar (a welcome or a question never waits, unseen, behind a hidden window)."""
        self._when_shown.append(call)
        self._run_when_shown()

    def _run_when_shown(self) -> None:
        if self._when_shown and self.isVisible() and not self.isMinimized():
            waiting, self._when_shown = self._when_shown, []
            for call in waiting:
                QTimer.singleShot(0, call)

    def quit_app(self) -> None:
        """Quit (Ctrl+Q, the File menu, the tray): the journal saved and closed, tray or not."""
        self._quitting = True
        if not self.close():
            self._quitting = False  # the leader chose to stay: the unsaved text was kept

    def _session_ends(self, _manager=None) -> None:
        """The session ends: Qt closes the visible windows itself, and this one then closes for
        good; hidden in the tray, its journal is saved and closed here."""
        self._quitting = True
        if self.reminders.hidden_in_tray:
            self.close()

    def new_from_tray(self) -> None:
        self.come_forward()
        if not self.is_locked():
            self.new_reflection()

    def write_about(self, prompt) -> None:
        """The reminder was clicked (or its note's Write about it): a new reflection on its
        question, the window shown and raised. A locked window keeps the note until unlocked."""
        self.come_forward()
        if self.is_locked():
            if self.reminders.notice is not None:
                self.reminder_banner.show_notice(self.reminders.notice)
            return
        self.reminder_banner.hide()
        if prompt is None:
            self.new_reflection()
        else:
            self.start_from_prompt(prompt)

    def show_reminder_in_window(self, notice) -> None:
        """No tray shows the reminder: the note above the views, and the taskbar entry flashes."""
        self.reminder_banner.show_notice(notice)
        QApplication.alert(self)

    def _keeps_running_on_close(self) -> bool:
        """Whether closing the window hides it in the tray: the leader chose so, there is a tray,
        and nothing asked for the window to close for good (Quit, a restore, a re-encryption, …)."""
        asked_to_end = (
            self._quitting
            or self.pending_restore is not None
            or self.pending_encryption is not None
            or self.pending_erasure is not None
            or self.pending_reopen
        )
        return not asked_to_end and self.reminders.can_keep_running()

    # -- state -------------------------------------------------------------------------------------

    def _splitters(self, within: QWidget | None = None) -> dict[str, QSplitter]:
        """The named splitters of the views built so far (or of one of them)."""
        views = [within] if within is not None else self._views.values()
        return {s.objectName(): s for view in views for s in view.findChildren(QSplitter) if s.objectName()}

    def _restore_splitters(self, within: QWidget | None = None) -> None:
        for name, splitter in self._splitters(within).items():
            saved = self.settings.window_state(name)
            if saved is not None:
                splitter.restoreState(saved)

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
            self.fit_to_screen(centre=True)
        else:
            self.fit_to_screen()
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        self._restore_splitters()
        self.journal.show_calendar(self.settings.window_value("calendar") == "shown")
        last = self.settings.window_value("view")
        self.show_view(last if last in VIEWS else "journal")
        reading = None if self.demo else self.settings.window_value("reflection")
        if reading and self._in_journal(reading):  # the reflection open at the last quit, open again
            self.journal.select(reading)

    # -- a calm place to write ----------------------------------------------------------------

    def step_text_size(self, step: int | None) -> None:
        """A step larger or smaller (None: the usual size), for every reflection, remembered."""
        steps = 0 if step is None else max(-TEXT_STEPS, min(TEXT_STEPS, self.settings.text_size + step))
        self.settings.set("text_size", str(steps))
        self.journal.editor.set_text_size(steps)

    def set_focus_mode(self, on: bool) -> None:
        """The open reflection alone, full screen, in a column of comfortable width; Esc (or F11
        again) brings the window back as it was."""
        if on and self.journal.editor.current_uuid is None and self.journal.editor.reflection() is None:
            self.journal.new_reflection()  # nothing open: focus mode starts a new one
        if on:
            self.show_view("journal")
            self._before_focus = self.isMaximized(), self.isFullScreen()
        for widget in (self.nav, self.toolbar, self.menuBar(), self.statusBar(), self.journal.split.widget(0)):
            widget.setVisible(not on)
        self.journal.editor.set_focus_mode(on)
        self.actions_.leave_focus.setEnabled(on)
        if on:
            self.showFullScreen()
            self.journal.editor.body.setFocus()
        else:
            maximised, full = getattr(self, "_before_focus", (False, False))
            if full:
                self.showFullScreen()
            elif maximised:
                self.showMaximized()
            else:
                self.showNormal()

    def _in_journal(self, uuid: str) -> bool:
        """Saved, and not in the Trash."""
        try:
            return self.store.summary(uuid).deleted_at is None
        except NotFoundError:
            return False

    def fit_to_screen(self, screen: QScreen | None = None, centre: bool = False) -> None:
        """Keep the whole window, title bar included, within the free area of the screen it is on
        (or ``screen``): the first window on a small laptop, and a window last closed on a monitor
        that is no longer there or was larger."""
        if screen is None:
            screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        free = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        extra = QSize(frame.width() - self.width(), frame.height() - self.height())
        if not self.isVisible():  # no frame yet: leave room for the one the window manager adds
            extra = extra.expandedTo(DECORATION)
        size = self.size().boundedTo(QSize(free.width() - extra.width(), free.height() - extra.height()))
        self.resize(size.expandedTo(self.minimumSizeHint().boundedTo(free.size())))
        outer = QRect(self.pos(), self.size() + extra)
        if centre or not free.intersects(outer):
            outer.moveCenter(free.center())
        outer.moveLeft(max(free.left(), min(outer.left(), free.right() - outer.width() + 1)))
        outer.moveTop(max(free.top(), min(outer.top(), free.bottom() - outer.height() + 1)))
        self.move(outer.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keeps_running_on_close():
            # Saved first, as a close saves; a save that fails keeps its text in the editor and its
            # red note, and is tried again: the window lives on, hidden in the tray.
            self._flush()
            self._save_state()
            self._hide_in_tray()
            event.ignore()
            return
        if not self._flush() and not Confirm.ask(
            self,
            self.tr("Not saved"),
            self.tr("Your last changes could not be saved (see the message in the window). Quit anyway and lose them?"),
            self.tr("Quit without saving"),
        ):
            event.ignore()
            return
        for view in (self.journal, self._views.get("personal")):  # a failed save is not tried again
            if view is not None:
                view.stop_saving()
        self._save_state()
        self.journal.model.stop()  # its connections close before the journal does
        hidden = self.reminders.hidden_in_tray
        self.reminders.stop()
        QApplication.setQuitOnLastWindowClosed(True)
        super().closeEvent(event)
        if hidden:  # no window was visible to close: Qt would not end the app on its own
            QApplication.quit()

    def _save_state(self) -> None:
        """The window's size, dividers, view and open reflection, for the next start."""
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        for name, splitter in self._splitters().items():
            self.settings.set_window_state(name, splitter.saveState())
        self.settings.set_window_value("view", self.current_view())
        self.settings.set_window_value("calendar", "shown" if self.journal.calendar_shown() else "")
        reading = self.journal.editor.current_uuid
        if not self.demo:  # the demo's reflections are gone at the next start; the leader's own one stays
            self.settings.set_window_value("reflection", reading if reading and self._in_journal(reading) else "")
        self.settings.sync()

"""Every command of the window as a QAction, with its shortcut, icon and translated text.

Menus and the toolbar show the same actions, so a shortcut works wherever the command is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QWidget

from .assets import icon

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated
VIEWS = ("journal", "personal", "patterns", "framework")

Key = QKeySequence.StandardKey
# Keys named in sentences as well as bound (made when asked: a standard key needs the application).
NEW_KEYS = Key.New
CLEAR_FILTER_KEYS = "Ctrl+Shift+X"  # the filter bar's Clear filters


def keys_text(keys) -> str:
    """Keys as the platform writes them, for a sentence that tells the leader which to press."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Actions(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

        def make(name: str, keys=(), icon_name: str | None = None, checkable: bool = False) -> QAction:
            action = QAction(window)
            action.setObjectName(f"action-{name}")
            shortcuts = [QKeySequence(k) for k in (keys if isinstance(keys, (list, tuple)) else [keys])]
            # Platform standard keys may be empty (Preferences on Linux); the first one is shown.
            unique = {k.toString(): k for k in shortcuts if not k.isEmpty()}
            action.setShortcuts(list(unique.values()))
            action.setCheckable(checkable)
            action.setData(icon_name)
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            return action

        self.new = make("new", Key.New, "new")
        self.save = make("save", Key.Save, "save")
        # Not Ctrl+I: that is italic while writing (tests/ui/test_keyboard.py keeps keys apart).
        self.import_file = make("import-file", "Ctrl+O")
        self.import_folder = make("import-folder", "Ctrl+Shift+O")
        # Ctrl+P exports or prints what the view shows: the reflection being read, the personal
        # framework, or the period's report. The whole journal as JSON is a backup, in the File menu.
        self.print_ = make("print", Key.Print, "export")
        self.export = make("export", "Ctrl+E")
        self.export_framework = make("export-framework", "Ctrl+Shift+E")
        self.trash = make("trash", "Ctrl+Shift+T", "trash")
        self.backups = make("backups", "Ctrl+Shift+B")
        self.people = make("people")  # a person in the journal: access and erasure (GDPR)
        self.use_framework = make("use-framework")  # an organisation framework handed out
        self.settings = make("settings", ["Ctrl+,", Key.Preferences], "settings")
        self.lock = make("lock", "Ctrl+L")  # an encrypted journal's window, until the passphrase is given
        self.quit = make("quit", ["Ctrl+Q", Key.Quit])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.undo = make("undo", Key.Undo, "undo")
        self.redo = make("redo", [Key.Redo, "Ctrl+Y"], "redo")
        self.delete = make("delete", "Ctrl+Del", "delete")
        self.star = make("star", "Ctrl+D")  # the open reflection a favourite, or no longer
        self.find = make("find", Key.Find, "search")
        self.preview = make("preview", "Ctrl+Shift+P", checkable=True)  # the Markdown previews, shown or not
        self.text_bigger = make("text-bigger", [Key.ZoomIn, "Ctrl+="])  # the text written and read, remembered
        self.text_smaller = make("text-smaller", Key.ZoomOut)
        self.text_normal = make("text-normal", "Ctrl+0")
        self.spelling = make("spelling", "F7", checkable=True)  # Danish spell checking, remembered
        self.focus = make("focus", "F11", checkable=True)  # the editor alone, full screen; Esc leaves
        self.leave_focus = make("leave-focus", "Esc")  # only while in focus mode
        self.leave_focus.setEnabled(False)
        self.views = QActionGroup(window)
        self.view_actions: dict[str, QAction] = {}
        for number, name in enumerate(VIEWS, start=1):
            action = make(
                f"view-{name}",
                f"Ctrl+{number}",
                {"journal": "journal", "personal": "personal", "patterns": "patterns", "framework": "framework"}[name],
                checkable=True,
            )
            self.views.addAction(action)
            self.view_actions[name] = action
        self.languages = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = make(f"language-{code}", checkable=True)
            action.setText(name)
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.welcome = make("welcome")
        self.shortcuts = make("shortcuts", Key.HelpContents)
        self.about = make("about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [a for a in self.window.actions() if isinstance(a, QAction)]

    def refresh_icons(self, palette: QPalette) -> None:
        """Draw the icons in the palette's text colour (after a light/dark change)."""
        colour = palette.color(QPalette.ColorRole.WindowText)
        for action in self.all():
            if action.data():
                action.setIcon(icon(action.data(), colour))

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("&New reflection"), self.tr("Write a new reflection")),
            self.save: (self.tr("&Save now"), self.tr("Save now (reflections are also saved as you write)")),
            self.import_file: (
                self.tr("&Import a file…"),
                self.tr("Reflections from another journal: Ledelsesjournal, jrnl or Day One"),
            ),
            self.import_folder: (
                self.tr("Import a folder of &Markdown…"),
                self.tr("A folder of Markdown files, one reflection each"),
            ),
            self.export: (
                self.tr("Export the whole journal as a &backup (JSON)…"),
                self.tr("Every reflection and your framework in one file, to import again"),
            ),
            self.export_framework: (
                self.tr("Export or &print my leadership framework…"),
                self.tr("My leadership framework as PDF, ODT, HTML or Markdown, or on paper"),
            ),
            self.use_framework: (
                self.tr("Use another leadership &framework…"),
                self.tr("A leadership framework handed out by your organisation, written as Markdown"),
            ),
            self.trash: (self.tr("&Trash…"), self.tr("Deleted reflections: restore them or delete them for good")),
            self.backups: (self.tr("&Backups…"), self.tr("Back up the journal now, or restore a backup")),
            self.people: (
                self.tr("A &person in the journal…"),
                self.tr("Everything the journal holds about a person: see it, export it or forget it"),
            ),
            self.settings: (self.tr("S&ettings…"), self.tr("Language, appearance, the reminder and the data folder")),
            self.lock: (self.tr("&Lock"), self.tr("Hide the journal until the passphrase is given")),
            self.quit: (self.tr("&Quit"), self.tr("Quit Ledelsesjournal")),
            self.undo: (self.tr("&Undo"), self.tr("Undo")),
            self.redo: (self.tr("&Redo"), self.tr("Redo")),
            self.delete: (self.tr("&Delete reflection"), self.tr("Move the open reflection to the Trash")),
            self.star: (self.tr("S&tar or unstar"), self.tr("Mark the open reflection as a favourite, or no longer")),
            self.find: (self.tr("&Search"), self.tr("Search the journal")),
            self.preview: (self.tr("Preview"), self.tr("Show or hide the preview")),
            self.text_bigger: (self.tr("&Larger text"), self.tr("The text you write and read, larger")),
            self.text_smaller: (self.tr("S&maller text"), self.tr("The text you write and read, smaller")),
            self.text_normal: (self.tr("&Normal text size"), self.tr("The text you write and read, at its usual size")),
            self.focus: (self.tr("&Focus mode"), self.tr("The text alone, full screen (Esc leaves)")),
            self.spelling: (
                self.tr("&Spell checking (Danish)"),
                self.tr("Underline misspelt words; a right click suggests what they might be"),
            ),
            self.leave_focus: (self.tr("Leave focus mode"), self.tr("Leave focus mode")),
            self.view_actions["journal"]: (self.tr("&Journal"), self.tr("Your reflections")),
            self.view_actions["personal"]: (
                self.tr("&My leadership framework"),
                self.tr("Your personal leadership framework"),
            ),
            self.view_actions["patterns"]: (self.tr("&Patterns"), self.tr("Patterns over time")),
            self.view_actions["framework"]: (
                self.tr("&Ledelsesgrundlag"),
                self.tr("The organisation's leadership framework"),
            ),
            self.welcome: (self.tr("&Welcome…"), self.tr("What Ledelsesjournal is for")),
            self.shortcuts: (self.tr("&Keyboard shortcuts…"), self.tr("Every command and its keys")),
            self.about: (self.tr("&About Ledelsesjournal"), self.tr("About Ledelsesjournal")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)

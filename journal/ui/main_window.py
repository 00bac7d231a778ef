"""The main window: menus, the current view, and the journal's state in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from framework import Framework

from .. import APP_NAME, __version__
from ..store import Store
from .framework_view import FrameworkView
from .i18n import Translator
from .settings import Settings

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


class MainWindow(QMainWindow):
    def __init__(self, store: Store, framework: Framework, settings: Settings, translator: Translator,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.framework = framework
        self.settings = settings
        self.translator = translator
        self.setObjectName("mainWindow")

        self.framework_view = FrameworkView(framework, translator.language)
        self.setCentralWidget(self.framework_view)
        self._status = QLabel()
        self._status.setObjectName("journalStatus")
        self.statusBar().addPermanentWidget(self._status)
        self._build_actions()
        translator.changed.connect(self._language_changed)
        self._count = 0
        self.retranslate()
        self.refresh_status()
        self._restore_state()

    # -- actions and menus ------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.translator.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Ledelsesjournal"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_status(self) -> None:
        """Count the journal again (after it changed) and show it."""
        self._count = self.store.count()
        self._show_status()

    def _show_status(self) -> None:
        self._status.setText(self.tr("%n reflection(s) in %1", "", self._count).replace("%1", self._journal_place()))

    def _journal_place(self) -> str:
        if self.store.path is None:
            return ""
        try:
            return "~/" + self.store.path.relative_to(Path.home()).as_posix()
        except ValueError:
            return str(self.store.path)

    # -- language -----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface now and remember the choice."""
        self.settings.language = language
        self.translator.use(language)

    def _language_changed(self, language: str) -> None:
        # Widgets also get a (posted) LanguageChange event; the window's own texts change at once.
        self.retranslate()
        self.language_actions.get(language, self.language_actions["en"]).setChecked(True)
        self.framework_view.set_language(language)

    # -- about, state -------------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Ledelsesjournal"),
            self.tr("<h3>Ledelsesjournal %1</h3><p>A reflection journal for leaders, built on %2's "
                    "leadership framework.</p><p>Everything is stored on this computer, in %3. Nothing "
                    "leaves it unless you export it.</p>")
            .replace("%1", __version__)
            .replace("%2", self.framework.organisation.get(self.translator.language))
            .replace("%3", str(self.store.path.parent if self.store.path else "")),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 820)
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)

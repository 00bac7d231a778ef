"""The one place that builds the QApplication, the Store and the MainWindow and wires them."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from framework import load_bundled

from .errors import JournalError
from .paths import database_path, ensure_private_dir, resolve_data_dir
from .store import Store
from .ui.assets import app_icon_path
from .ui.errors import show_error
from .ui.i18n import Translator
from .ui.main_window import MainWindow
from .ui.settings import Settings

ORGANISATION = "Ledelsesjournal"
APPLICATION = "ledelsesjournal"


def open_store(data_dir: str | None) -> Store:
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    return Store.open(database_path(folder))


def run_app(args: argparse.Namespace) -> int:
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(app_icon_path())))
    settings = Settings(QSettings())
    translator = Translator(app)
    # --lang is for this run only; the saved choice changes in the window's Language menu.
    translator.use(getattr(args, "lang", None) or settings.language)
    try:
        try:
            store = open_store(getattr(args, "data_dir", None))
        except OSError as error:
            show_error(JournalError(str(error)))
            return 1
        except JournalError as error:
            show_error(error)
            return 1
        try:
            window = MainWindow(store, load_bundled(), settings, translator)
            window.show()
            return app.exec()
        finally:
            store.close()
    finally:
        translator.uninstall()

"""The one place that builds the QApplication, the Store and the MainWindow and wires them."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from framework import load_bundled

from .demo import build_demo_journal
from .errors import JournalError
from .instance import InstanceLock
from .paths import database_path, ensure_private_dir, resolve_data_dir
from .store import Store
from .ui.appearance import Appearance
from .ui.assets import app_icon_path
from .ui.errors import AlreadyOpen, show_error
from .ui.i18n import Translator
from .ui.main_window import MainWindow
from .ui.settings import Settings

ORGANISATION = "Ledelsesjournal"
APPLICATION = "ledelsesjournal"


def open_demo_store(folder: Path) -> Store:
    """A journal filled with a year of sample reflections, in a throwaway folder."""
    store = Store.open(database_path(ensure_private_dir(folder)))
    build_demo_journal(store, load_bundled())
    return store


def run_app(args: argparse.Namespace) -> int:
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(app_icon_path())))
    settings = Settings(QSettings())
    appearance = Appearance(app)
    appearance.apply(settings.get("appearance"))
    translator = Translator(app)
    # --lang is for this run only; the saved choice changes in the window's Language menu.
    translator.use(getattr(args, "lang", None) or settings.language)
    demo = bool(getattr(args, "demo", False))
    scratch = Path(tempfile.mkdtemp(prefix="ledelsesjournal-demo-")) if demo else None
    lock: InstanceLock | None = None
    try:
        try:
            if scratch is None:
                folder = ensure_private_dir(resolve_data_dir(getattr(args, "data_dir", None)))
                lock = InstanceLock(folder)
                if not lock.acquire():
                    lock.ask_to_show()
                    lock = None
                    AlreadyOpen.tell(folder)
                    return 0
                store = Store.open(database_path(folder))
            else:
                store = open_demo_store(scratch)
        except OSError as error:
            show_error(JournalError(str(error)))
            return 1
        except JournalError as error:
            show_error(error)
            return 1
        try:
            window = MainWindow(store, load_bundled(), settings, translator, appearance, demo=demo)
            if lock is not None:
                window.come_forward_on(lock.show_request)
            window.show()
            QTimer.singleShot(0, window.maybe_welcome)
            return app.exec()
        finally:
            store.close()
    finally:
        translator.uninstall()
        if lock is not None:
            lock.release()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

"""The one place that builds the QApplication, the Store and the MainWindow and wires them."""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from framework import load_bundled

from . import encryption
from .backup import backup_due, backup_if_due, list_backups
from .clock import Clock
from .errors import JournalError
from .instance import InstanceLock
from .organisation import framework_of
from .paths import choose_data_dir, database_path, ensure_private_dir, resolve_data_dir
from .store import Store, find_damage, needs_upgrade
from .ui.appearance import Appearance
from .ui.assets import app_icon_path
from .ui.errors import AlreadyOpen, show_error
from .ui.i18n import Translator
from .ui.main_window import MainWindow
from .ui.settings import Settings

ORGANISATION = "Ledelsesjournal"
APPLICATION = "ledelsesjournal"


def open_demo_store(folder: Path, clock: Clock | None = None) -> Store:
    """A journal filled with a year of sample reflections up to the clock's today, in a throwaway folder."""
    from .demo import build_demo_journal

    store = Store.open(database_path(ensure_private_dir(folder)))
    build_demo_journal(store, load_bundled(), today=(clock or Clock()).today())
    return store


class Journal:
    """The journal the window works on: its folder, held by this copy of the app alone."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.lock = InstanceLock(folder)

    def take(self) -> bool:
        """Hold the journal; False (after asking the other copy to show itself) if it is open."""
        if self.lock.acquire():
            return True
        self.lock.ask_to_show()
        AlreadyOpen.tell(self.folder)
        return False

    def release(self) -> None:
        self.lock.release()

    def open(self) -> Store | None:
        """Open the store; when it cannot be, let the leader restore a backup, choose another
        folder, try again or stop (None). Nothing is ever repaired or overwritten silently.

        Its pages are not checked here (a check reads the whole file: see Store): JournalCheck
        does that once the window is shown."""
        while True:
            path = database_path(self.folder)
            if encryption.needs_unlocking(self.folder):
                from .ui.dialogs.encryption import UnlockDialog

                if not UnlockDialog.ask(self.folder):
                    return None
            try:
                if needs_upgrade(path):
                    from .ui.dialogs.upgrade import upgrade

                    upgrade(self.folder)  # checked before it is upgraded
                return Store.open(path, check_before_writing=False)
            except JournalError as error:
                if not self.offer_remedies(error):
                    return None

    def offer_remedies(self, error: JournalError) -> bool:
        """The journal cannot be used: the leader restores a backup, chooses another folder or
        tries again (True: open it again), or stops (False)."""
        from .ui.dialogs.backups import JournalProblemDialog, Restored, restore_showing_progress

        choice, path = JournalProblemDialog.ask(error, list_backups(self.folder))
        if choice == JournalProblemDialog.RESTORE and path is not None:
            try:
                Restored.tell(None, restore_showing_progress(self.folder, path))
            except JournalError as error:
                show_error(error)
        elif choice == JournalProblemDialog.FOLDER and path is not None:
            other = Journal(ensure_private_dir(path))
            if not other.take():
                return False
            self.release()
            self.folder, self.lock = other.folder, other.lock
            choose_data_dir(self.folder)
        elif choice != JournalProblemDialog.RETRY:
            return False
        return True


class JournalCheck(QObject):
    """Once the window is shown, in a thread of its own: every page of the journal is checked
    (``PRAGMA quick_check``: 8 ms at 1,000 reflections, 0.7 s at 100,000, five times that when
    the file is not in the disk cache: far too long to keep the window waiting), then the daily
    backup is made on the first start of a day (seconds for a journal of years). An encrypted
    journal is checked only on that first start of a day (see _run).

    Damage found is told (``damaged``), the window then writes no more, and no backup is made:
    a copy of a damaged journal would push a whole one out of the ten kept. A backup that fails
    is told too (``failed``); neither is fatal."""

    damaged = Signal(object)  # the CorruptDatabaseError
    failed = Signal(str)

    def __init__(self, folder: Path, keep: int):
        super().__init__()
        self._thread = threading.Thread(target=self._run, args=(folder, keep), name="journal-check")

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Until the check and the backup are done (before the journal is closed, replaced or
        the app ends)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self, folder: Path, keep: int) -> None:
        # An encrypted journal is checked once a day, before its backup, not at every start:
        # SQLCipher authenticates every page it reads (a damaged page is refused the moment it is
        # read), and the whole check decrypts every page, about 10 s of a processor core at
        # 100,000 reflections (1 s unencrypted), beside the window the leader is working in.
        if encryption.is_encrypted(folder) and not backup_due(folder):
            return
        try:
            damage = find_damage(database_path(folder))
        except JournalError:
            damage = None  # not checked (the window's own connection says what is wrong); backed up all the same
        if damage is not None:
            self.damaged.emit(damage)
            return
        try:
            backup_if_due(folder, keep)
        except JournalError as error:  # a backup that fails must not keep the leader out
            self.failed.emit(str(error))


def keep_what_the_start_made() -> None:
    """Once the window is up: the modules, classes and widgets made so far live as long as the
    app, so the garbage collector's full passes need not walk them again. Walking them took 10 to
    25 ms each time, which the leader saw as a stall while scrolling (a pass runs in whichever
    thread allocates, and holds the others).

    The youngest are looked at first. A tuple of untracked values is untracked once a pass has
    looked at it, but one frozen unlooked-at stays tracked for good, and so would every row of the
    list that holds it (its set of themes, shared by thousands of rows): 20 ms passes again."""
    gc.collect(0)
    gc.freeze()


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
    try:
        minimized = bool(getattr(args, "minimized", False))
        if getattr(args, "demo", False):
            return _run_demo(app, settings, translator, appearance, minimized)
        try:
            journal = Journal(ensure_private_dir(resolve_data_dir(getattr(args, "data_dir", None))))
        except OSError as error:
            show_error(JournalError(str(error)))
            return 1
        if not journal.take():
            return 0
        try:
            return _run_journal(
                app, journal, settings, translator, appearance, getattr(args, "framework", None), minimized
            )
        finally:
            journal.release()
    finally:
        translator.uninstall()


def _run_journal(
    app: QApplication,
    journal: Journal,
    settings: Settings,
    translator: Translator,
    appearance: Appearance,
    offered_framework: str | None = None,
    minimized: bool = False,
) -> int:
    """Open the window on the journal; again after a restore (and the like) asked for in the
    window. ``offered_framework``: a framework file to offer once the window is up;
    ``minimized``: start in the tray (or minimised), as at login."""
    while True:
        store = journal.open()
        if store is None:
            return 1
        check = JournalCheck(journal.folder, settings.backups_kept)
        try:
            try:
                window = _build_window(store, settings, translator, appearance)
            except JournalError as error:  # damage the first page of the list reads, say
                store.close()
                if journal.offer_remedies(error):
                    continue
                return 1
            window.come_forward_on(journal.lock.show_request)
            check.damaged.connect(window.tell_damaged)
            check.failed.connect(window.tell_backup_failed)
            _show(window, minimized)
            minimized = False  # a window opened again (after a restore, say) is the leader's, in sight
            check.start()
            # What asks the leader something waits until the window is seen (not in the tray at login).
            window.when_shown(window.maybe_welcome)
            window.when_shown(window.maybe_retention)
            if offered_framework:
                window.when_shown(lambda w=window, f=offered_framework: w.use_another_framework(f))
                offered_framework = None
            window.reminders.start()
            QTimer.singleShot(0, keep_what_the_start_made)
            code = app.exec()
            wanted = window.pending_restore
            change = window.pending_encryption
            erasure = window.pending_erasure
            reopen = window.pending_reopen
        finally:
            check.wait()
            store.close()
        if change is not None:
            _change_encryption(journal.folder, *change)
            continue
        if erasure is not None:
            _forget(journal.folder, *erasure)
            continue
        if reopen:
            continue
        if wanted is None:
            return code
        from .ui.dialogs.backups import Restored, restore_showing_progress

        try:
            Restored.tell(None, restore_showing_progress(journal.folder, wanted))
        except JournalError as error:
            show_error(error)


def _show(window: MainWindow, minimized: bool) -> None:
    if minimized:
        window.start_hidden()
    else:
        window.show()


def _change_encryption(folder: Path, request: str, secret: str) -> None:
    """Encrypt or decrypt the folder, the journal closed; the window opens again after."""
    from .ui.dialogs.encryption import RecoveryKeyDialog, decrypt_folder, encrypt_folder

    try:
        if request == "encrypt":
            RecoveryKeyDialog(encrypt_folder(folder, secret)).exec()
        else:
            decrypt_folder(folder, secret)
    except JournalError as error:
        show_error(error)


def _forget(folder: Path, name: str, marker: str | None) -> None:
    """Forget a person in the journal and every backup, the window closed (it opens again after),
    then check that no file of the data folder holds the name, and say what was done."""
    from PySide6.QtWidgets import QMessageBox

    from . import people
    from .backup import open_journal
    from .ui.dates import ui_language
    from .ui.dialogs.upgrade import BusyDialog, in_thread
    from .words import word

    def work():
        with open_journal(folder) as store:
            done, rewritten = people.forget_everywhere(folder, store, name, marker)
        return done, rewritten, people.traces(folder, name)  # read with the journal closed

    dialog = BusyDialog(
        QApplication.translate("People", "Forgetting %1").replace("%1", name),
        QApplication.translate("People", "The journal and every backup are being rewritten without the name."),
    )
    try:
        done, rewritten, left = in_thread(work, dialog)
    except JournalError as error:
        show_error(error)
        return
    language = ui_language()
    text = word(
        language,
        "cli.forget.done",
        changed=done.reflections_changed,
        deleted=done.reflections_deleted,
        revisions=done.revisions_changed,
        backups=len(rewritten),
    )
    if left:
        text += "\n\n" + word(language, "cli.forget.left", count=len(left)) + "\n" + "\n".join(map(str, left))
    else:
        text += "\n\n" + word(language, "cli.forget.clean", folder=folder)
    QMessageBox.information(None, QApplication.translate("People", "Forgotten"), text)


def _build_window(store: Store, settings: Settings, translator: Translator, appearance: Appearance) -> MainWindow:
    """The main window. One whose building fails half-way (the store meets damage while the first
    page of the list is read) is deleted at once: left to the garbage collector, the half-built
    window would go on receiving events (a change of language) it cannot handle."""
    window = MainWindow.__new__(MainWindow)
    try:
        window.__init__(store, framework_of(store), settings, translator, appearance)
    except BaseException:
        if shiboken6.isValid(window):
            shiboken6.delete(window)
        raise
    return window


def _run_demo(
    app: QApplication, settings: Settings, translator: Translator, appearance: Appearance, minimized: bool = False
) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="ledelsesjournal-demo-"))
    try:
        clock = Clock()
        store = open_demo_store(scratch, clock)
        try:
            window = MainWindow(store, load_bundled(), settings, translator, appearance, demo=True, clock=clock)
            _show(window, minimized)
            window.reminders.start()
            QTimer.singleShot(0, keep_what_the_start_made)
            return app.exec()
        finally:
            store.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

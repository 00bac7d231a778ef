"""Encryption in the window: the passphrase at start, the lock (Ctrl+L and idle), and encrypting
from the settings, with the recovery key shown once."""

from __future__ import annotations

import argparse

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextEdit

from framework import load_bundled
from journal import app as app_module
from journal import encryption, keys
from journal.backup import open_journal
from journal.store import lock_folder
from journal.ui.dialogs.encryption import RecoveryKeyDialog, UnlockDialog
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from tests.factories import reflection

PASSPHRASE = "korrekt hest batteri hæfteklamme"


pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with open_journal(data) as store:
        store.create(reflection(title="Samtale med Birthe", body="Hemmeligt: qzxsecret"))
    encryption.encrypt(data, PASSPHRASE)
    lock_folder(data)
    yield data
    lock_folder(data)


def shown_texts(window) -> str:
    """Every text a visible widget of the window shows."""
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(window):
            texts.append(widget.text() if isinstance(widget, QLabel) else widget.toPlainText())
    return "\n".join(texts)


def test_the_start_asks_for_the_passphrase_and_a_wrong_one_is_told(qtbot, folder, tmp_path):
    tries = iter(["forkert forkert", PASSPHRASE])
    seen = []

    def answer():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        if dialog.problem.isVisible():
            seen.append(dialog.problem.text())
        dialog.secret.setText(next(tries))
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        if dialog.isVisible():
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    journal = app_module.Journal(folder)
    store = journal.open()
    try:
        assert store is not None
        assert [s.title for s in store.list()] == ["Samtale med Birthe"]
    finally:
        store.close()
    assert seen == ["That is not the passphrase or the recovery key. Nothing was changed."]


def test_stopping_at_the_passphrase_stops_the_app(qapp, folder, monkeypatch):
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, folder, parent=None: False))
    assert app_module.run_app(argparse.Namespace(data_dir=str(folder), lang="en", command=None)) == 1


def make_window(qtbot, folder, qsettings, translator) -> MainWindow:
    encryption.unlock(folder, PASSPHRASE)
    store = open_journal(folder)
    translator.use("en")
    window = MainWindow(store, load_bundled(), Settings(qsettings), translator)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.journal.select(store.list()[0].uuid)
    return window


def test_ctrl_l_hides_every_text_until_the_passphrase_is_given(qtbot, folder, qsettings, translator):
    window = make_window(qtbot, folder, qsettings, translator)
    store = window.store
    try:
        assert "qzxsecret" in shown_texts(window)
        window.journal.editor.body.setFocus()  # writing: the key still locks
        qtbot.keyClick(window.journal.editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.is_locked()
        assert "qzxsecret" not in shown_texts(window) and "Birthe" not in shown_texts(window)
        assert not window.actions_.new.isEnabled() and not window.menuBar().isEnabled()
        page = window.lock_page
        page.secret.setText("forkert forkert")
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
        assert window.is_locked() and page.problem.isVisible()
        page.secret.setText(PASSPHRASE)
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)
        assert not window.is_locked() and "qzxsecret" in shown_texts(window)
        assert window.actions_.new.isEnabled() and window.menuBar().isEnabled()
    finally:
        window.close()
        shiboken6.delete(window)
        store.close()


def test_the_window_locks_itself_when_untouched(qtbot, folder, qsettings, translator):
    window = make_window(qtbot, folder, qsettings, translator)
    store = window.store
    try:
        assert window.idle is not None and window.idle.timer.interval() == 10 * 60_000  # the default
        window.idle.timer.start(50)
        qtbot.waitUntil(window.is_locked, timeout=3000)
    finally:
        window.close()
        shiboken6.delete(window)
        store.close()


def test_a_plain_journal_has_no_lock(make_window):
    window = make_window("en")
    assert window.lock_page is None and not window.actions_.lock.isEnabled()
    window.lock()
    assert not window.is_locked()


def test_the_recovery_key_dialog_closes_only_once_the_key_is_written_down(qtbot):
    dialog = RecoveryKeyDialog("ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.written.setChecked(True)
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_encrypting_from_the_settings_shows_the_recovery_key(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "plain"
    data.mkdir(mode=0o700)
    with open_journal(data) as store:
        store.create(reflection(title="Før", body="qzxplain"))
    shown = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: shown.append(self.key.text()) or 1)
    app_module._change_encryption(data, "encrypt", PASSPHRASE)
    assert len(shown) == 1 and keys.looks_like_recovery_key(shown[0])
    assert encryption.is_encrypted(data)
    assert not any(b"qzxplain" in p.read_bytes() for p in data.rglob("*") if p.is_file())
    lock_folder(data)
    encryption.unlock(data, shown[0])
    with open_journal(data) as store:
        assert [r.title for r in store.list()] == ["Før"]
    app_module._change_encryption(data, "decrypt", PASSPHRASE)
    assert not encryption.is_encrypted(data)
    assert any(b"qzxplain" in p.read_bytes() for p in data.rglob("*") if p.is_file())


def test_the_welcome_offers_to_encrypt_a_plain_journal(make_window, monkeypatch):
    from journal.ui.dialogs import encryption as dialogs
    from journal.ui.dialogs.welcome import WelcomeDialog

    window = make_window("en")
    offered = WelcomeDialog("Næstved Kommune", window, can_encrypt=True)
    assert offered.encrypt_button is not None and "Encrypt" in offered.encrypt_button.text()
    assert WelcomeDialog("Næstved Kommune", window).encrypt_button is None
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, org, parent, can_encrypt, **reminder: cls.ENCRYPT)
    )
    monkeypatch.setattr(
        dialogs.NewPassphraseDialog, "ask", classmethod(lambda cls, title, current, parent: ("", PASSPHRASE))
    )
    window.show_welcome()
    assert window.pending_encryption == ("encrypt", PASSPHRASE)

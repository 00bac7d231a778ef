"""The reminder in the window: due once on a fake clock, a click opens a reflection on the most
neglected theme's question, a missed week shown once at the start, the note in the window where
there is no tray, the tray that keeps the app when the window closes, --minimized, and the
settings and the welcome that set it (with starting at login)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

from journal import autostart
from journal.clock import FixedClock
from journal.errors import AutostartError
from journal.organisation import framework_of
from journal.reminders import CHECK_AT_MOST_MS, DAILY, ReminderState, Schedule, notice_for
from journal.ui.dialogs.settings_dialog import SettingsDialog
from journal.ui.dialogs.welcome import WelcomeDialog
from journal.ui.main_window import MainWindow
from journal.ui.reminder import Reminders
from journal.ui.settings import UNCHOSEN_REMINDER, Settings
from tests.factories import reflection

FRIDAY_13 = Schedule(weekday=4, at=time(13, 0))
THURSDAY = datetime(2026, 12, 3, 9, 0)  # naive: the machine's own time, as the window's clock gives it


def local(*args) -> datetime:
    return datetime(*args).astimezone()


class FakeTray(QObject):
    """What the reminder uses of a QSystemTrayIcon (the offscreen platform has no tray)."""

    messageClicked = Signal()
    activated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self.visible = False
        self.menu = None
        self.tip = ""

    def setContextMenu(self, menu):
        self.menu = menu

    def setVisible(self, visible):
        self.visible = visible

    def hide(self):
        self.visible = False

    def isVisible(self):
        return self.visible

    def setToolTip(self, tip):
        self.tip = tip

    def showMessage(self, title, body, *_):
        self.messages.append((title, body))


@pytest.fixture
def trays(monkeypatch):
    """A desktop with a system tray: the trays the window makes."""
    made: list[FakeTray] = []
    monkeypatch.setattr(Reminders, "tray_available", staticmethod(lambda: True))
    monkeypatch.setattr(Reminders, "tray_shows_messages", staticmethod(lambda: True))
    monkeypatch.setattr(Reminders, "_new_tray", lambda self: made.append(FakeTray(self)) or made[-1])
    return made


@pytest.fixture
def no_tray(monkeypatch):
    monkeypatch.setattr(Reminders, "tray_available", staticmethod(lambda: False))


@pytest.fixture
def window_at(qtbot, store, qsettings, translator):
    """The window on the test's journal with the clock given (Danish, as by default)."""
    made = []

    def make(clock: FixedClock) -> MainWindow:
        translator.use("da")
        window = MainWindow(store, framework_of(store), Settings(qsettings), translator, clock=clock)
        made.append(window)
        return window

    yield make
    for window in made:
        window.quit_app()
        shiboken6.delete(window)
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def lately(store):
    """Reflections of the last weeks on two themes: the third, samarbejde, is the neglected one."""
    for day in (20, 24, 27):
        store.save(reflection(entry_at=local(2026, 11, day, 10), theme_ids=("borgere", "styring")))
    return "samarbejde"


def draft_prompt_of(window: MainWindow):
    draft = window.journal.editor.reflection()
    return draft.body, draft.theme_ids


# -- due, once, and a click -----------------------------------------------------------------------


def test_a_due_reminder_is_shown_once_and_a_click_opens_a_reflection_on_the_neglected_theme(
    window_at, trays, store, lately, qsettings
):
    clock = FixedClock(THURSDAY)
    window = window_at(clock)
    window.show()
    window.reminders.start()
    window.reminders.set_schedule(FRIDAY_13)  # chosen on the Thursday
    assert Settings(qsettings).reminder == FRIDAY_13
    assert Settings(qsettings).reminder_state.since == clock.now()
    tray = trays[0]
    assert tray.visible and "fredag 4. december 2026 kl. 13.00" in tray.tip
    window.reminders.check()
    assert tray.messages == [] and window.reminders.timer.remainingTime() > CHECK_AT_MOST_MS - 1000

    clock.moment = local(2026, 12, 4, 13, 0, 20)  # the timer fires on the Friday
    window.reminders.check()
    expected = notice_for(store, window.framework, "da", clock.today())
    assert expected.prompt.theme_id == lately
    assert tray.messages == [(expected.title, expected.body)]
    assert expected.title == "Tid til refleksion: Samarbejde og relationer"
    for minutes in (0, 1, 30):  # checks after it, the same day: nothing more
        clock.moment = local(2026, 12, 4, 13, 1) + timedelta(minutes=minutes)
        window.reminders.check()
    assert len(tray.messages) == 1

    window.showMinimized()  # the leader is elsewhere
    tray.messageClicked.emit()
    assert window.isVisible() and not window.isMinimized()
    assert window.current_view() == "journal"
    body, themes = draft_prompt_of(window)
    assert body.startswith("> " + expected.prompt.text.get("da")) and themes == (lately,)
    assert window.journal.editor.current_uuid is not None and not store.exists(window.journal.editor.current_uuid)

    clock.moment = local(2026, 12, 11, 13, 0)  # a week on: the next one
    window.reminders.check()
    assert len(tray.messages) == 2


def test_a_week_missed_while_the_computer_was_off_is_shown_once_at_the_next_start(
    window_at, trays, qsettings, qtbot, lately
):
    settings = Settings(qsettings)
    settings.reminder = FRIDAY_13
    settings.reminder_state = ReminderState(last_shown=local(2026, 11, 13, 13, 5))  # three Fridays ago
    monday = FixedClock(datetime(2026, 12, 7, 8, 30))
    window = window_at(monday)
    window.show()
    window.reminders.start(delay_ms=0)
    qtbot.waitUntil(lambda: bool(trays[0].messages), timeout=3000)
    window.reminders.check()
    assert len(trays[0].messages) == 1
    assert Settings(qsettings).reminder_state.last_shown == monday.now()
    window.quit_app()

    again = window_at(FixedClock(datetime(2026, 12, 7, 9, 30)))  # started again an hour later
    again.show()
    again.reminders.start(delay_ms=0)
    qtbot.wait(50)
    again.reminders.check()
    assert trays[1].messages == []


def test_without_a_tray_the_reminder_is_a_note_in_the_window_with_write_about_it(
    window_at, no_tray, qsettings, qtbot, lately, store
):
    settings = Settings(qsettings)
    settings.reminder = FRIDAY_13
    settings.reminder_state = ReminderState(last_shown=local(2026, 11, 27, 13, 5))
    clock = FixedClock(datetime(2026, 12, 7, 8, 30))  # the Friday between was missed
    window = window_at(clock)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("patterns")  # seen from every view, not only the journal's
    window.reminders.start(delay_ms=0)
    banner = window.reminder_banner
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    expected = notice_for(store, window.framework, "da", clock.today())
    assert expected.title in banner.text.text() and expected.body in banner.text.text()
    assert window.reminders.tray is None

    QTest.mouseClick(banner.write_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and window.current_view() == "journal"
    body, themes = draft_prompt_of(window)
    assert body.startswith("> " + expected.prompt.text.get("da")) and themes == (lately,)

    window.reminders.check()  # shown once: not again at the next check
    assert not banner.isVisible()
    clock.moment = local(2026, 12, 11, 13, 0)
    window.reminders.check()
    assert banner.isVisible()
    QTest.mouseClick(banner.later_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_demo_keeps_no_reminder_state(store, qsettings, translator, trays):
    settings = Settings(qsettings)
    settings.reminder = FRIDAY_13
    window = MainWindow(store, framework_of(store), settings, translator, demo=True, clock=FixedClock(THURSDAY))
    try:
        window.reminders.check()
        assert window.reminders.state.since is not None
        assert Settings(qsettings).reminder_state == ReminderState()
    finally:
        window.quit_app()
        shiboken6.delete(window)


# -- the tray keeps the app, Quit ends it -----------------------------------------------------------


def test_closing_the_window_keeps_it_in_the_tray_saved_and_quit_ends_it(window_at, trays, qsettings, store, qtbot):
    Settings(qsettings).set("keep_in_tray", "true")
    window = window_at(FixedClock(THURSDAY))
    window.show()
    window.reminders.start()
    window.new_reflection()
    qtbot.keyClicks(window.journal.editor.title, "Skrevet inden lukning")
    window.close()
    assert not window.isVisible() and trays[0].visible
    assert [s.title for s in store.list()] == ["Skrevet inden lukning"]  # saved, as a close saves
    assert not QApplication.quitOnLastWindowClosed()  # a dialog closed meanwhile must not end the app
    assert window.reminders.timer.isActive()

    trays[0].activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    assert window.isVisible() and QApplication.quitOnLastWindowClosed()

    window.close()  # hidden again, then Quit from the tray's menu
    quits = []
    import journal.ui.main_window as main_window

    original = main_window.QApplication.quit
    main_window.QApplication.quit = lambda: quits.append(True)
    try:
        trays[0].menu.actions()[-1].trigger()
    finally:
        main_window.QApplication.quit = original
    assert quits == [True]  # no window was visible: the app is ended on purpose
    assert not trays[0].visible and not window.reminders.timer.isActive()


def test_ctrl_q_quits_even_with_keep_in_tray(window_at, trays, qsettings):
    Settings(qsettings).set("keep_in_tray", "true")
    window = window_at(FixedClock(THURSDAY))
    window.show()
    window.reminders.start()
    window.actions_.quit.trigger()
    assert not window.isVisible() and not trays[0].visible


def test_without_a_tray_closing_the_window_ends_the_app(window_at, no_tray, qsettings):
    Settings(qsettings).set("keep_in_tray", "true")  # chosen on another desktop, say
    window = window_at(FixedClock(THURSDAY))
    window.show()
    window.close()
    assert not window.isVisible() and QApplication.quitOnLastWindowClosed()
    assert not window.reminders.can_keep_running()


def test_the_tray_menu_opens_writes_and_follows_the_language(window_at, trays, qsettings):
    Settings(qsettings).reminder = FRIDAY_13
    window = window_at(FixedClock(THURSDAY))
    window.reminders.start()
    menu = trays[0].menu

    def texts():
        return [a.text() for a in menu.actions() if not a.isSeparator()]

    assert texts() == ["&Åbn Ledelsesjournal", "&Ny refleksion", "&Afslut"]
    menu.actions()[1].trigger()
    assert window.isVisible() and window.journal.editor.current_uuid is not None
    window.set_language("en")
    assert texts() == ["&Open Ledelsesjournal", "&New reflection", "&Quit"]
    assert "Friday 4 December 2026 at 13:00" in trays[0].tip


# -- --minimized ------------------------------------------------------------------------------------


def test_minimized_starts_hidden_in_the_tray_and_waits_with_its_questions(window_at, trays, qtbot):
    window = window_at(FixedClock(THURSDAY))
    asked = []
    window.start_hidden()
    window.when_shown(lambda: asked.append("welcome"))
    qtbot.wait(20)
    assert not window.isVisible() and trays[0].visible and asked == []
    trays[0].menu.actions()[0].trigger()  # Open
    assert window.isVisible()
    qtbot.waitUntil(lambda: asked == ["welcome"], timeout=1000)


def test_minimized_without_a_tray_starts_minimised(window_at, no_tray, qtbot):
    window = window_at(FixedClock(THURSDAY))
    asked = []
    window.start_hidden()
    window.when_shown(lambda: asked.append("welcome"))
    qtbot.wait(20)
    assert window.isMinimized() and asked == []
    window.showNormal()
    qtbot.waitUntil(lambda: asked == ["welcome"], timeout=1000)


def test_run_app_with_minimized_starts_minimised_where_there_is_no_tray(qapp, tmp_path, no_tray):
    from journal import app as app_module

    seen = []

    def look():
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.append(windows[0].isMinimized())
            windows[0].quit_app()

    poll = QTimer(interval=50)
    poll.timeout.connect(look)
    poll.start()
    code = app_module.run_app(argparse.Namespace(data_dir=str(tmp_path), lang="da", command=None, minimized=True))
    poll.stop()
    assert code == 0 and seen[:1] == [True]


# -- the settings ---------------------------------------------------------------------------------


def test_the_settings_set_the_reminder_from_now_the_tray_and_start_at_login(
    window_at, trays, qsettings, monkeypatch, private_home
):
    clock = FixedClock(THURSDAY)
    window = window_at(clock)
    chosen = {
        "language": "da",
        "appearance": "system",
        "backups_kept": 10,
        "data_folder": None,
        "reminder": Schedule(weekday=0, at=time(8, 30), weeks=2),
        "keep_in_tray": True,
        "starts_at_login": True,
    }
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, *a, **k: chosen))
    window.actions_.settings.trigger()
    settings = Settings(qsettings)
    monday = date(2026, 12, 7)  # the coming Monday, then every other week
    assert settings.reminder == Schedule(weekday=0, at=time(8, 30), weeks=2, anchor=monday)
    assert settings.reminder_state.since == clock.now() and settings.keep_in_tray
    entry = private_home / ".config" / "autostart" / "ledelsesjournal.desktop"
    assert autostart.is_enabled() and "--minimized" in entry.read_text(encoding="utf-8")

    chosen.update(starts_at_login=False, keep_in_tray=False)
    window.actions_.settings.trigger()
    assert not entry.exists() and not Settings(qsettings).keep_in_tray
    assert "ikke længere" in window.statusBar().currentMessage()


def test_start_at_login_refused_is_told_in_words(window_at, no_tray, monkeypatch, private_home):
    from journal.ui import main_window

    theirs = private_home / ".config" / "autostart" / "ledelsesjournal.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nType=Application\nExec=ledelsesjournal\n", encoding="utf-8")
    told = []
    monkeypatch.setattr(main_window, "show_error", lambda error, parent=None: told.append(error))
    window = window_at(FixedClock(THURSDAY))
    window.start_at_login(True)
    assert isinstance(told[0], AutostartError)
    title, text = told[0].explained("da")
    assert title == "Start ved login blev ikke slået til" and str(theirs) in text
    assert theirs.read_text(encoding="utf-8").startswith("[Desktop Entry]\nType=Application\nExec=ledelsesjournal")


def test_the_settings_dialog_shows_the_reminder_and_closes_on_escape(qtbot, qsettings, translator):
    translator.use("da")
    settings = Settings(qsettings)
    settings.reminder = FRIDAY_13
    dialog = SettingsDialog(settings, None, clock=FixedClock(THURSDAY), tray=False, starts_at_login=False)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.reminder
    assert fields.enabled.isChecked() and fields.weekday.currentText() == "fredag"
    assert dialog.next_reminder.text() == "Næste påmindelse: fredag 4. december 2026 kl. 13.00"
    assert not dialog.keep_in_tray.isEnabled()
    assert dialog.findChild(type(dialog.next_reminder), "noTray").isVisible()
    fields.often.setCurrentIndex(fields.often.findData(DAILY))
    assert not fields.weekday.isEnabled()
    assert dialog.chosen()["reminder"] == replace(FRIDAY_13, every=DAILY)
    assert dialog.next_reminder.text() == "Næste påmindelse: torsdag 3. december 2026 kl. 13.00"
    fields.enabled.setChecked(False)
    assert not fields.often.isEnabled() and not dialog.next_reminder.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_every_other_week_and_a_tray_in_the_settings_dialog(qtbot, qsettings, translator):
    translator.use("da")
    clock = FixedClock(THURSDAY)
    dialog = SettingsDialog(Settings(qsettings), None, clock=clock, tray=True, starts_at_login=True)
    qtbot.addWidget(dialog)
    assert not dialog.reminder.enabled.isChecked()  # none chosen yet: off
    assert dialog.keep_in_tray.isEnabled() and dialog.starts_at_login.isChecked()
    assert dialog.findChild(type(dialog.next_reminder), "noTray") is None
    dialog.reminder.enabled.setChecked(True)
    dialog.reminder.often.setCurrentIndex(dialog.reminder.often.findData(2))
    dialog.reminder.weekday.setCurrentIndex(2)
    dialog.reminder.at.set_time(time(15, 45))
    # chosen on a Thursday: the coming Wednesday, then every other week
    wednesday = date(2026, 12, 9)
    assert dialog.chosen()["reminder"] == Schedule(weekday=2, at=time(15, 45), weeks=2, anchor=wednesday)
    assert dialog.next_reminder.text() == "Næste påmindelse: onsdag 9. december 2026 kl. 15.45"


# -- the welcome ----------------------------------------------------------------------------------


def test_the_first_welcome_offers_the_reminder_ticked_and_takes_what_is_left(
    window_at, no_tray, qsettings, monkeypatch
):
    def close_at_once(dialog):
        dialog.reminder.weekday.setCurrentIndex(3)  # Thursday
        dialog.reminder.at.set_time(time(8, 0))
        return 0

    monkeypatch.setattr(WelcomeDialog, "exec", close_at_once)
    window = window_at(FixedClock(THURSDAY))
    window.maybe_welcome()
    settings = Settings(qsettings)
    assert settings.reminder_chosen and settings.reminder == Schedule(weekday=3, at=time(8, 0))
    assert settings.reminder_state.since == FixedClock(THURSDAY).now()


def test_a_reminder_unticked_in_the_welcome_stays_off(window_at, no_tray, qsettings, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: dialog.reminder.enabled.setChecked(False) or 0)
    window = window_at(FixedClock(THURSDAY))
    window.maybe_welcome()
    assert Settings(qsettings).reminder == UNCHOSEN_REMINDER


def test_the_welcome_line_keeps_a_daily_reminder_it_does_not_change(qtbot, translator):
    translator.use("en")
    daily = Schedule(every=DAILY, at=time(9, 0))
    dialog = WelcomeDialog("Næstved Kommune", reminder=daily)
    qtbot.addWidget(dialog)
    assert dialog.reminder.enabled.text() == "&Remind me to reflect every"
    assert dialog.reminder.schedule() == daily
    dialog.reminder.weekday.setCurrentIndex(0)
    assert dialog.reminder.schedule() == Schedule(weekday=0, at=time(9, 0))


# -- kept in the settings -------------------------------------------------------------------------


def test_the_schedule_and_state_are_kept_as_json_and_a_bad_one_falls_back(qsettings, tmp_path):
    settings = Settings(qsettings)
    assert settings.reminder == UNCHOSEN_REMINDER and not settings.reminder_chosen
    schedule = Schedule(every=DAILY, at=time(7, 45), weeks=3, anchor=date(2026, 9, 17))
    state = ReminderState(last_shown=local(2026, 12, 4, 13), since=local(2026, 12, 1, 9))
    settings.reminder, settings.reminder_state = schedule, state
    from PySide6.QtCore import QSettings

    again = Settings(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.reminder == schedule and again.reminder_state == state
    assert '"every": "day"' in str(qsettings.value("preferences/reminder"))  # JSON text, readable in the file

    qsettings.setValue("preferences/reminder", '{"weekday": "fredag"}')
    qsettings.setValue("state/reminder", "not json")
    assert Settings(qsettings).reminder == Schedule()  # refused: the default, as journal.reminders says
    assert Settings(qsettings).reminder_state == ReminderState()


def test_every_other_week_counts_from_the_week_it_next_falls_in_and_keeps_it_when_moved_in_time():
    from journal.ui.reminder import anchored

    now = local(2026, 12, 3, 9)  # a Thursday
    other_friday = anchored(replace(FRIDAY_13, weeks=2), FRIDAY_13, now)
    assert other_friday.anchor == date(2026, 12, 4)  # tomorrow, then every other Friday
    other_wednesday = anchored(replace(FRIDAY_13, weekday=2, weeks=2), FRIDAY_13, now)
    assert other_wednesday.anchor == date(2026, 12, 9)  # this week's is past: the coming one
    later = replace(other_friday, at=time(14, 0), anchor=date(2026, 1, 1))
    assert anchored(later, other_friday, now) == later  # only the time moved: its weeks stay
    assert anchored(replace(FRIDAY_13, every=DAILY), FRIDAY_13, now) == replace(FRIDAY_13, every=DAILY)

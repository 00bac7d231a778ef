"""The reminder in the window: its timer, the system tray and its notification, the note in the
window where there is no tray, and the fields that set the schedule.

journal.reminders decides (when one is due, a missed one shown once, what it says); this module
only asks it and shows the answer:

- :class:`Reminders` owns one single-shot timer, set from :func:`journal.reminders.decide` at each
  check (``next_check_ms``), so that a computer that sleeps or a clock that changes costs at most
  one late check. Its clock is the window's (tests give a ``FixedClock`` and move it on). The
  schedule and the state are kept as JSON through :class:`journal.ui.settings.Settings`; the
  demo's state is kept in memory only, so that the demo never silences a reminder of the
  leader's own journal.
- Where the desktop has a system tray, an icon there (Open, New reflection, Quit) shows the
  notification; a click on it opens a new reflection on the notice's question, the window shown
  and raised. The icon is there while it is of use: the reminder on, the window kept in the tray
  when closed, or the app started hidden in it.
- Where there is no tray (or it cannot show messages), the notice is shown in the window, as a
  note above the views with *Write about it*, which stays until used or put away, and the
  window asks for attention (its taskbar entry flashes): nothing is lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from framework import Framework

from .. import APP_NAME, dates
from ..clock import Clock
from ..errors import JournalError
from ..reminders import (
    DAILY,
    WEEKLY,
    Notice,
    ReminderState,
    Schedule,
    decide,
    next_due,
    notice,
    notice_for,
)
from ..store import Store
from .assets import app_icon_path
from .dates import TimeEdit
from .i18n import Retranslating
from .settings import Settings
from .style import styled
from .widgets import Combo

START_DELAY_MS = 1500  # the first check waits for the tray icon to be registered (its first message is lost otherwise)
MESSAGE_MS = 15_000  # how long a notification stays, where the system lets the app say


class Reminders(QObject):
    """The reminder while the app runs: see the module's notes. The window connects the signals."""

    open_window = Signal()  # the tray's Open, or a click on its icon
    new_reflection = Signal()  # the tray's New reflection
    write_about = Signal(object)  # a click on the notification: a new reflection on this Prompt (None: none)
    quit = Signal()  # the tray's Quit
    in_window = Signal(object)  # a Notice to show in the window: there is no tray to show it

    def __init__(
        self,
        settings: Settings,
        store: Store,
        framework: Framework,
        language: str,
        clock: Clock | None = None,
        parent: QObject | None = None,
        remember: bool = True,
        zone: tzinfo | None = None,
    ):
        """``remember``: keep the state in the settings (not for the demo); ``zone``: the time
        zone of the wall clock (None: the machine's)."""
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.framework = framework
        self.language = language
        self.clock = clock or Clock()
        self.zone = zone
        self.remember = remember
        self.schedule = settings.reminder
        self.state = settings.reminder_state if remember else ReminderState()
        self.notice: Notice | None = None  # the last one shown, until it is written about
        self.tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.hidden_in_tray = False  # the window is hidden, the app lives on in the tray
        self.started = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    # -- the tray ---------------------------------------------------------------------------------

    @staticmethod
    def tray_available() -> bool:
        """Whether the desktop has a system tray (tests replace this)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @staticmethod
    def tray_shows_messages() -> bool:
        """Whether the tray can show a notification (tests replace this)."""
        return QSystemTrayIcon.supportsMessages()

    def _new_tray(self) -> QSystemTrayIcon:
        """The tray icon (tests replace this: the offscreen platform has no tray)."""
        return QSystemTrayIcon(QIcon(str(app_icon_path())), self)

    def can_keep_running(self) -> bool:
        """Whether closing the window should leave the app in the tray: the leader chose so, and
        there is a tray to find it in again."""
        return self.settings.keep_in_tray and self.tray_available()

    def update_tray(self) -> None:
        """Show the tray icon while it is of use (see the module's notes), hide it otherwise."""
        wanted = (self.schedule.enabled or self.settings.keep_in_tray or self.hidden_in_tray) and self.tray_available()
        if wanted and self.tray is None:
            self.tray = self._new_tray()
            self.menu = QMenu()
            self.open_action = self.menu.addAction("", self.open_window.emit)
            self.new_action = self.menu.addAction("", self.new_reflection.emit)
            self.menu.addSeparator()
            self.quit_action = self.menu.addAction("", self.quit.emit)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.open_notice)
            self.retranslate()
        if self.tray is not None:
            self.tray.setVisible(wanted)
            if wanted:
                self.tray.setToolTip(self.tooltip())

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()

    def tray_shown(self) -> bool:
        return self.tray is not None and self.tray.isVisible()

    def tooltip(self) -> str:
        """The app's name, and when the next reminder comes."""
        if not self.schedule.enabled:
            return APP_NAME
        return f"{APP_NAME}\n{next_reminder_text(self.schedule, self.clock.now(), self.language, self.zone)}"

    def retranslate(self) -> None:
        if self.menu is not None:
            self.open_action.setText(self.tr("&Open Ledelsesjournal"))
            self.new_action.setText(self.tr("&New reflection"))
            self.quit_action.setText(self.tr("&Quit"))
        if self.tray_shown():
            self.tray.setToolTip(self.tooltip())

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def stop(self) -> None:
        """The window closes for good: no more checks, and the icon leaves the tray."""
        self.timer.stop()
        self.started = False
        if self.tray is not None:
            self.tray.hide()

    # -- checking ---------------------------------------------------------------------------------

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Once the window is up: the icon in the tray, and the first check (a reminder missed
        while the computer was off is shown then) a moment later."""
        self.started = True
        self.update_tray()
        self.timer.start(delay_ms)

    def check(self) -> None:
        """Ask journal.reminders whether a reminder is due now; show it if so, and set the timer
        for the next check."""
        decision = decide(self.schedule, self.state, self.clock, self.zone)
        if decision.state != self.state:
            self._keep(decision.state)
        if decision.show:
            self.remind()
        self.update_tray()  # a tray that came up since (a panel started after the app, at login)
        if decision.next_check_ms is None:
            self.timer.stop()
        else:
            self.timer.start(decision.next_check_ms)

    def remind(self) -> None:
        """Show the reminder: a notification from the tray, or the note in the window."""
        try:
            self.notice = notice_for(self.store, self.framework, self.language, self.clock.today())
        except JournalError:  # the journal cannot be read just now: remind without the counts
            self.notice = notice(self.framework, {}, self.language)
        if self.tray_shown() and self.tray_shows_messages():
            self.tray.showMessage(self.notice.title, self.notice.body, QIcon(str(app_icon_path())), MESSAGE_MS)
        else:
            self.in_window.emit(self.notice)

    def open_notice(self) -> None:
        """The notification was clicked: a new reflection on its question."""
        self.write_about.emit(self.notice.prompt if self.notice is not None else None)

    def set_schedule(self, schedule: Schedule) -> None:
        """The leader chose another schedule (or switched it on or off): kept, counted from now
        (a due time just passed is not a missed one), and checked again."""
        if schedule == self.schedule:
            return
        self.schedule = schedule
        self.settings.reminder = schedule
        self._keep(self.state.restarted(self.clock.now()))
        self.update_tray()
        if self.started:
            self.check()

    def _keep(self, state: ReminderState) -> None:
        self.state = state
        if self.remember:
            self.settings.reminder_state = state


def next_reminder_text(schedule: Schedule, now: datetime, language: str, zone: tzinfo | None = None) -> str:
    """'Next reminder: Friday 4 December 2026 at 13:00', the date and time as journal.dates
    writes them in ``language``, the words in the interface's."""
    due = next_due(schedule, now, zone)
    return (
        QCoreApplication.translate("Reminders", "Next reminder: %1 at %2")
        .replace("%1", dates.long_weekday_date(due.date(), language))
        .replace("%2", dates.time_of_day(due, language))
    )


def anchored(chosen: Schedule, given: Schedule, now: datetime, zone: tzinfo | None = None) -> Schedule:
    """``chosen``, its weeks counted from the one it next falls in, when it counts weeks (every
    other week, …) and its weeks, day or frequency are not those of ``given``: "every other
    Wednesday", chosen on a Thursday, comes the coming Wednesday, then every other week. Switched
    on or off, or moved to another time, it keeps its own count (13:00 moved to 14:00 stays in its
    weeks)."""
    changed = (chosen.every, chosen.weeks, chosen.weekday) != (given.every, given.weeks, given.weekday)
    if chosen.every != DAILY and chosen.weeks > 1 and changed:
        coming = next_due(replace(chosen, weeks=1), now, zone)
        return replace(chosen, anchor=coming.date())
    return chosen


class ReminderBanner(Retranslating, QFrame):
    """The reminder inside the window, where no tray shows it: its title and question, *Write
    about it*, and *Not now*. It stays until one of them is pressed (not modal)."""

    write = Signal(object)  # the Prompt (or None): a new reflection on it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        styled(self, "reminder")
        self.notice: Notice | None = None
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.write_button = QPushButton()
        self.write_button.setObjectName("reminderWrite")
        self.write_button.clicked.connect(self._write)
        self.later_button = QPushButton()
        self.later_button.setObjectName("reminderLater")
        self.later_button.setFlat(True)
        self.later_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.write_button.setText(self.tr("Write about it"))
        self.write_button.setAccessibleName(self.tr("Write a reflection on the reminder's question"))
        self.later_button.setText(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Put the reminder away"))

    def show_notice(self, shown: Notice) -> None:
        self.notice = shown
        self.text.setText(f"<b>{escape(shown.title)}</b><br>{escape(shown.body)}")
        self.show()

    def _write(self) -> None:
        self.hide()
        self.write.emit(self.notice.prompt if self.notice is not None else None)


class ScheduleFields(Retranslating, QWidget):
    """The reminder's schedule as the settings show it: on or off, how often, the weekday and the
    time. :meth:`schedule` gives what is chosen, its weeks counted anew if they changed
    (:func:`anchored`, from ``now``)."""

    WEEKS = (1, 2, 3, 4)  # the choices beside every day; another number stored is offered too
    changed = Signal()

    def __init__(self, schedule: Schedule, language: str, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.given = schedule
        self.language = language
        self.now = now
        self.enabled = QCheckBox()
        self.enabled.setObjectName("reminderEnabled")
        self.enabled.setChecked(schedule.enabled)
        self.often = Combo(10)
        self.often.setObjectName("reminderOften")
        self.weekday = Combo(8)
        self.weekday.setObjectName("reminderWeekday")
        self.at = TimeEdit(schedule.at)
        self.at.setObjectName("reminderTime")
        self.when_label = QLabel()
        self.when_label.setBuddy(self.often)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.when_label)
        when.addWidget(self.often, 1)
        when.addWidget(self.weekday, 1)
        when.addWidget(self.at)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addLayout(when)
        self.retranslate()
        self._select(schedule)
        self.enabled.toggled.connect(self._follow)
        self.often.currentIndexChanged.connect(self._follow)
        self._follow()
        for signal in (self.enabled.toggled, self.often.currentIndexChanged, self.weekday.currentIndexChanged):
            signal.connect(self.changed)
        self.at.timeChanged.connect(self.changed)

    def retranslate(self) -> None:
        often = self.often.currentData()
        weekday = self.weekday.currentIndex()
        self.enabled.setText(self.tr("&Remind me to reflect"))
        self.when_label.setText(self.tr("W&hen"))
        for combo in (self.often, self.weekday):  # filled anew: no choice is "changed" meanwhile
            combo.blockSignals(True)
            combo.clear()
        self.often.addItem(self.tr("Every day"), DAILY)
        names = {
            1: self.tr("Every week"),
            2: self.tr("Every other week"),
            3: self.tr("Every third week"),
            4: self.tr("Every fourth week"),
        }
        for weeks in sorted({*self.WEEKS, self.given.weeks}):
            self.often.addItem(names.get(weeks) or self.tr("Every %n week(s)", "", weeks), weeks)
        for name in dates.WEEKDAYS["da" if self.language == "da" else "en"]:
            self.weekday.addItem(name)
        if often is not None:
            self.often.setCurrentIndex(self.often.findData(often))
        if weekday >= 0:
            self.weekday.setCurrentIndex(weekday)
        for combo in (self.often, self.weekday):
            combo.blockSignals(False)
        self.often.setAccessibleName(self.tr("How often"))
        self.weekday.setAccessibleName(self.tr("On which day"))
        self.at.setAccessibleName(self.tr("At what time"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def _select(self, schedule: Schedule) -> None:
        self.often.setCurrentIndex(self.often.findData(DAILY if schedule.every == DAILY else schedule.weeks))
        self.weekday.setCurrentIndex(schedule.weekday)
        self.at.set_time(schedule.at)

    def _follow(self) -> None:
        """The fields of a reminder switched off are greyed; a daily one has no weekday."""
        on = self.enabled.isChecked()
        for field in (self.often, self.at, self.when_label):
            field.setEnabled(on)
        self.weekday.setEnabled(on and self.often.currentData() != DAILY)

    def schedule(self) -> Schedule:
        often = self.often.currentData()
        chosen = replace(
            self.given,
            enabled=self.enabled.isChecked(),
            every=DAILY if often == DAILY else WEEKLY,
            weeks=self.given.weeks if often == DAILY else often,
            weekday=self.weekday.currentIndex(),
            at=self.at.value(),
        )
        return anchored(chosen, self.given, self.now)


class WelcomeReminder(Retranslating, QWidget):
    """The welcome's one line: "[x] Remind me every [Friday] at [13:00]"; the rest of the schedule
    (every day, every other week) is in the settings."""

    def __init__(self, schedule: Schedule, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.given = schedule
        self.language = language
        self.enabled = QCheckBox()
        self.enabled.setObjectName("welcomeReminder")
        self.enabled.setChecked(schedule.enabled)
        self.weekday = Combo(8)
        self.weekday.setObjectName("welcomeWeekday")
        for name in dates.WEEKDAYS["da" if language == "da" else "en"]:
            self.weekday.addItem(name)
        self.weekday.setCurrentIndex(schedule.weekday)
        self.at_label = QLabel()
        self.at = TimeEdit(schedule.at)
        self.at.setObjectName("welcomeTime")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("welcomeReminderNote")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.weekday)
        row.addWidget(self.at_label)
        row.addWidget(self.at)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.enabled.toggled.connect(lambda on: (self.weekday.setEnabled(on), self.at.setEnabled(on)))
        self.weekday.setEnabled(schedule.enabled)
        self.at.setEnabled(schedule.enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.enabled.setText(self.tr("&Remind me to reflect every"))
        self.at_label.setText(self.tr("at"))
        self.weekday.setAccessibleName(self.tr("On which day"))
        self.at.setAccessibleName(self.tr("At what time"))
        self.note.setText(
            self.tr(
                "A reminder the computer was off for comes at the next start. Change it, or choose every day "
                "or every other week, in the settings."
            )
        )

    def schedule(self) -> Schedule:
        """The schedule chosen: the one given if nothing was changed here (a daily one stays
        daily), else a weekly one on the day and at the time shown."""
        chosen = replace(self.given, enabled=self.enabled.isChecked())
        if self.weekday.currentIndex() != self.given.weekday or self.at.value() != self.given.at:
            chosen = replace(chosen, every=WEEKLY, weekday=self.weekday.currentIndex(), at=self.at.value())
        return chosen

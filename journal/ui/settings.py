"""User preferences and window state, kept apart (as ReText does).

Defaults are declared once, in :data:`DEFAULTS`; only values that differ are written, so a
changed default reaches everyone who never chose otherwise. Tests pass their own QSettings.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QSettings

from framework import DEFAULT_LANGUAGE, LANGUAGES

from ..backup import DEFAULT_KEEP
from ..reminders import DEFAULT, ReminderState, Schedule, ScheduleError

DEFAULTS: dict[str, str] = {
    "language": DEFAULT_LANGUAGE,
    "appearance": "system",  # system | light | dark
    "backups_kept": str(DEFAULT_KEEP),  # daily backups kept in the data folder
    "preview": "false",  # the Markdown preview beside the text; writing gets the room until asked for
    "lock_minutes": "10",  # an encrypted journal's window locks itself after this long untouched
    "retention_years": "0",  # reflections older than this are deleted after a yearly confirmation; 0: never
    "text_size": "0",  # steps of Ctrl++ / Ctrl+- from the text's own size (journal.ui.editor.TEXT_STEP)
    "spelling": "auto",  # Danish spell checking: auto (on while the window is in Danish), on, off
    "own_words": "",  # words the leader added to the dictionary, one a line
    "template": "",  # the template a new reflection starts in (journal.templates; "model": the reflection model)
    "keep_in_tray": "false",  # closing the window leaves the app running in the system tray (for the reminder)
}
CHOICES: dict[str, tuple[str, ...]] = {
    "language": LANGUAGES,
    "appearance": ("system", "light", "dark"),
    "preview": ("true", "false"),
    "spelling": ("auto", "on", "off"),
    "keep_in_tray": ("true", "false"),
}
# The reminder no one has chosen yet: Friday at 13:00, switched off. A reminder is the leader's own
# choice (the welcome offers it, ticked); an upgrade does not start reminding anyone unasked.
UNCHOSEN_REMINDER = replace(DEFAULT, enabled=False)


class Settings:
    def __init__(self, store: QSettings):
        self._store = store

    def get(self, key: str) -> str:
        value = str(self._store.value(f"preferences/{key}", DEFAULTS[key]))
        return value if value in CHOICES.get(key, (value,)) else DEFAULTS[key]

    def set(self, key: str, value: str) -> None:
        if key in CHOICES and value not in CHOICES[key]:
            raise ValueError(f"{value!r} is not a choice for {key}")
        if value == DEFAULTS[key]:
            self._store.remove(f"preferences/{key}")
        else:
            self._store.setValue(f"preferences/{key}", value)
        self._store.sync()

    @property
    def text_size(self) -> int:
        try:
            return int(self.get("text_size"))
        except ValueError:
            return 0

    @property
    def lock_minutes(self) -> int:
        value = self.get("lock_minutes")
        return int(value) if value.isdigit() and 0 < int(value) <= 24 * 60 else int(DEFAULTS["lock_minutes"])

    @property
    def retention_years(self) -> int:
        value = self.get("retention_years")
        return int(value) if value.isdigit() and int(value) <= 100 else 0

    def event_date(self, name: str) -> date | None:
        """When a yearly event last happened (the retention list shown), or None."""
        try:
            return date.fromisoformat(str(self._store.value(f"state/{name}", "")))
        except ValueError:
            return None

    def set_event_date(self, name: str, day: date) -> None:
        self._store.setValue(f"state/{name}", day.isoformat())
        self._store.sync()

    @property
    def backups_kept(self) -> int:
        value = self.get("backups_kept")
        return int(value) if value.isdigit() and int(value) > 0 else int(DEFAULTS["backups_kept"])

    @property
    def keep_in_tray(self) -> bool:
        return self.get("keep_in_tray") == "true"

    @property
    def reminder(self) -> Schedule:
        """The reminder's schedule, kept as JSON (journal.reminders). None chosen yet: the unchosen
        one (off); one that cannot be read (edited by hand, say): the default, as the core says."""
        text = self._text("preferences/reminder")
        if text is None:
            return UNCHOSEN_REMINDER
        try:
            return Schedule.from_json(text)
        except ScheduleError:
            return DEFAULT

    @reminder.setter
    def reminder(self, schedule: Schedule) -> None:
        self._store.setValue("preferences/reminder", schedule.to_json())
        self._store.sync()

    @property
    def reminder_chosen(self) -> bool:
        """Whether the leader has ever chosen a reminder (on or off)."""
        return self._text("preferences/reminder") is not None

    @property
    def reminder_state(self) -> ReminderState:
        """When a reminder was last shown and since when the schedule runs (journal.reminders);
        nothing kept, or what cannot be read: a fresh state (the next check starts counting)."""
        text = self._text("state/reminder")
        if text is None:
            return ReminderState()
        try:
            return ReminderState.from_dict(json.loads(text))
        except (ValueError, TypeError):  # ScheduleError is a ValueError, and so is bad JSON
            return ReminderState()

    @reminder_state.setter
    def reminder_state(self, state: ReminderState) -> None:
        self._store.setValue("state/reminder", json.dumps(state.to_dict(), sort_keys=True))
        self._store.sync()

    def _text(self, key: str) -> str | None:
        """A value kept as text. QSettings reads an unquoted value with commas (a JSON text put in
        the file by hand) as a list: it is joined again."""
        value = self._store.value(key)
        if value is None:
            return None
        if isinstance(value, list):
            return ", ".join(str(part) for part in value)
        return str(value)

    @property
    def language(self) -> str:
        return self.get("language")

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value)

    def flag(self, name: str) -> bool:
        """A one-time event the app remembers (such as "welcomed"), kept apart from preferences."""
        return str(self._store.value(f"state/{name}", "false")).lower() == "true"

    def set_flag(self, name: str) -> None:
        self._store.setValue(f"state/{name}", "true")
        self._store.sync()

    def window_value(self, name: str) -> str | None:
        value = self._store.value(f"window/{name}")
        return str(value) if value is not None else None

    def set_window_value(self, name: str, value: str) -> None:
        self._store.setValue(f"window/{name}", value)

    def window_state(self, name: str) -> QByteArray | None:
        value = self._store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._store.sync()

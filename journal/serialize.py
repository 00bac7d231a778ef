"""Reflections as plain JSON-able data and back: one mapping used by export, import and the CLI.

Reading is strict: every problem raises :class:`journal.errors.ImportFileError` naming the
file and the place (for example ``reflections[12].entry_at``), so a bad file changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .errors import ImportFileError
from .model import NextStep, Reflection

REFLECTION_KEYS = (
    "uuid",
    "entry_at",
    "title",
    "body",
    "template",
    "situation",
    "action",
    "outcome",
    "learning",
    "context_id",
    "private",
    "starred",
    "theme_ids",
    "criterion_ids",
    "stakeholders",
    "tags",
    "next_steps",
    "created_at",
    "updated_at",
    "deleted_at",
)


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def reflection_to_dict(reflection: Reflection) -> dict[str, Any]:
    return {
        "uuid": reflection.uuid,
        "entry_at": reflection.entry_at.isoformat(),
        "title": reflection.title,
        "body": reflection.body,
        "template": reflection.template,
        "situation": reflection.situation,
        "action": reflection.action,
        "outcome": reflection.outcome,
        "learning": reflection.learning,
        "context_id": reflection.context_id,
        "private": reflection.private,
        "starred": reflection.starred,
        "theme_ids": list(reflection.theme_ids),
        "criterion_ids": list(reflection.criterion_ids),
        "stakeholders": list(reflection.stakeholders),
        "tags": list(reflection.tags),
        "next_steps": [
            {"id": step.id, "text": step.text, "due": _iso(step.due), "done_at": _iso(step.done_at)}
            for step in reflection.next_steps
        ],
        "created_at": _iso(reflection.created_at),
        "updated_at": _iso(reflection.updated_at),
        "deleted_at": _iso(reflection.deleted_at),
    }


class Fields:
    """Typed access to one JSON object, with errors that say where they are."""

    def __init__(self, data: Any, file: str, place: str, known: tuple[str, ...], required: tuple[str, ...] = ()):
        self.file, self.place = file, place
        if not isinstance(data, dict):
            raise self.error("", "expected an object")
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise self.error(unknown[0], "unknown field")
        missing = [key for key in required if key not in data]
        if missing:
            raise self.error("", f'missing field "{missing[0]}"')
        self.data = data

    def error(self, key: str, problem: str) -> ImportFileError:
        place = f"{self.place}.{key}" if key and self.place else key or self.place
        return ImportFileError(self.file, place, problem)

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.error(key, "expected text")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        return None if value is None else self.text(key)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.error(key, "expected true or false")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, "expected a list of texts")
        return tuple(value)

    def moment(self, key: str, *, required: bool = False, aware: bool = True) -> datetime | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(key, "missing date and time")
            return None
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None:
            raise self.error(key, f"not a date and time: {value!r}")
        if aware and moment.tzinfo is None:
            raise self.error(key, f"date and time without a time zone: {value!r}")
        return moment

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            raise self.error(key, f"not a date (YYYY-MM-DD): {value!r}") from None

    def items(self, key: str) -> list:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.error(key, "expected a list")
        return value


def reflection_from_dict(data: Any, file: str, place: str) -> Reflection:
    fields = Fields(data, file, place, REFLECTION_KEYS, required=("uuid", "entry_at"))
    steps = []
    for index, item in enumerate(fields.items("next_steps")):
        step = Fields(item, file, f"{place}.next_steps[{index}]", ("id", "text", "due", "done_at"), ("id", "text"))
        steps.append(NextStep(step.text("text"), step.day("due"), step.moment("done_at"), step.text("id")))
    uuid = fields.text("uuid")
    if not uuid.strip():
        raise fields.error("uuid", "must not be empty")
    return Reflection(
        uuid=uuid,
        entry_at=fields.moment("entry_at", required=True),
        title=fields.text("title"),
        body=fields.text("body"),
        template=fields.flag("template"),
        situation=fields.text("situation"),
        action=fields.text("action"),
        outcome=fields.text("outcome"),
        learning=fields.text("learning"),
        context_id=fields.optional_text("context_id"),
        private=fields.flag("private"),
        starred=fields.flag("starred"),
        theme_ids=fields.texts("theme_ids"),
        criterion_ids=fields.texts("criterion_ids"),
        stakeholders=fields.texts("stakeholders"),
        tags=fields.texts("tags"),
        next_steps=tuple(steps),
        created_at=fields.moment("created_at"),
        updated_at=fields.moment("updated_at"),
        deleted_at=fields.moment("deleted_at"),
    )

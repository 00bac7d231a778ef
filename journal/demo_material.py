"""What the demo journal's leader writes: read from ``journal/data/demo-borgerservice.json``.

The file holds all of the demo's Danish prose (the situations with their texts, the closing
thoughts, the own success criteria and the personal framework's two revisions); :mod:`journal.demo`
holds only the code that decides when each situation happens. Its shape follows the dataclasses
below key for key, so that a situation in the file reads like one in code. A file that does not fit
ends in one :class:`DemoMaterialError` naming the file, the place (such as
``everyday[3].models[0].action``, or a line and column for a syntax error) and what is wrong.
Whether the ids it uses exist in the framework is checked when the demo is built, against the
framework it is built for.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from framework.personal import BalanceError, TargetBalance, part_template

FILE = "demo-borgerservice.json"
FORMAT_VERSION = 1

T = TypeVar("T")


class DemoMaterialError(ValueError):
    """A demo material file that cannot be used; the message says where and why."""

    def __init__(self, file: str, place: str, problem: str):
        self.file = file
        self.place = place
        self.problem = problem
        where = f"{file}: {place}" if place else file
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Model:
    """A reflection written with the reflection model; read in one go, it is also a plain entry."""

    situation: str
    action: str
    outcome: str
    learning: str

    def as_prose(self) -> str:
        return " ".join((self.situation, self.action, self.outcome, self.learning))


@dataclass(frozen=True)
class Situation:
    """Something that happens to the leader, with what it is tagged with and ways to write it up.

    Each text is used once; a ``recurring`` situation (a weekly meeting, say) may come back
    sooner and is chosen more readily than a one-off. ``on`` pins an annual event to a month and
    day, and ``days_ago`` a step of the year's storyline; everyday situations go where the
    cadence has room, within ``months`` and ``ago`` (days before today; None: any day).
    """

    title: str
    themes: tuple[str, ...]
    bodies: tuple[str, ...] = ()
    models: tuple[Model, ...] = ()
    criteria: tuple[str, ...] = ()
    context: str | None = None
    people: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    prompt: str | None = None  # a framework prompt id, shown as the entry's heading
    own: str | None = None  # key of the own success criterion it supports, while that is active
    introduces: str | None = None  # own criterion the leader writes in on this day
    retires: str | None = None
    recurring: bool = False
    private: bool = False
    months: tuple[int, ...] = ()
    ago: range | None = None
    on: tuple[int, int] | None = None
    days_ago: int | None = None

    @property
    def texts(self) -> int:
        return len(self.bodies) + len(self.models)


@dataclass(frozen=True)
class Version:
    """One revision of the personal framework: the parts and theme texts it sets, which own
    criteria it holds (by key) and the balance it aims for."""

    revision: str
    parts: Mapping[str, str]
    theme_texts: Mapping[str, str]
    own_criteria: tuple[str, ...]
    target: TargetBalance


@dataclass(frozen=True)
class Material:
    """Everything the demo's leader writes, in the file's order (the order the demo draws in)."""

    own_criteria: Mapping[str, tuple[str, str]]  # key: (theme id, text), in the order they are drawn
    closing_thoughts: Mapping[str, tuple[str, ...]]  # by a situation's first theme
    everyday: tuple[Situation, ...]
    annual: tuple[Situation, ...]
    story: tuple[Situation, ...]
    name: str
    unit: str
    current: Version
    draft: Version  # only where the first draft read differently from the current text

    @property
    def situations(self) -> tuple[Situation, ...]:
        return self.everyday + self.annual + self.story


def material_path() -> Path:
    return Path(str(resources.files("journal") / "data" / FILE))


@functools.cache
def bundled_material() -> Material:
    """The material shipped with the app, read once per run."""
    return load_material(material_path())


def load_material(path: str | Path) -> Material:
    name = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as error:
        raise DemoMaterialError(name, "", f"cannot read the file ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise DemoMaterialError(name, f"byte {error.start}", "the file is not UTF-8 text") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}"
        raise DemoMaterialError(name, place, f"not valid JSON: {error.msg}") from error
    return _Reader(name).material(data)


# Keys a situation may have in each part of the file, besides "title" and "themes".
_SITUATION_KEYS = frozenset(
    {
        "bodies",
        "models",
        "criteria",
        "context",
        "people",
        "tags",
        "steps",
        "prompt",
        "own",
        "private",
    }
)
_SECTION_KEYS = {
    "everyday": (frozenset(), frozenset({"months", "ago", "recurring"})),
    "annual": (frozenset({"on"}), frozenset()),
    "story": (frozenset({"days_ago"}), frozenset({"introduces", "retires"})),
}


class _Reader:
    """Walks the parsed JSON, keeping the path so that errors can say where they are."""

    def __init__(self, name: str):
        self.name = name
        self.own_keys: tuple[str, ...] = ()
        self.closing_themes: tuple[str, ...] = ()

    def fail(self, place: str, problem: str) -> DemoMaterialError:
        return DemoMaterialError(self.name, place or "(top level)", problem)

    def obj(self, value: Any, place: str, required: frozenset[str], optional: frozenset[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(place, f"expected an object, found {_kind(value)}")
        unknown = sorted(set(value) - required - optional)
        if unknown:
            allowed = ", ".join(sorted(required | optional))
            raise self.fail(_join(place, unknown[0]), f"unknown key (allowed here: {allowed})")
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(place, f'missing key "{missing[0]}"')
        return value

    def mapping(self, value: Any, place: str, read: Callable[[Any, str], T]) -> dict[str, T]:
        """An object whose keys are names of the reader's choosing, in the file's order."""
        if not isinstance(value, dict):
            raise self.fail(place, f"expected an object, found {_kind(value)}")
        if not value:
            raise self.fail(place, "the object is empty")
        return {key: read(item, _join(place, key)) for key, item in value.items()}

    def items(self, value: Any, place: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise self.fail(place, f"expected a list, found {_kind(value)}")
        if not value:
            raise self.fail(place, "the list is empty")
        return tuple(read(item, f"{place}[{index}]") for index, item in enumerate(value))

    def string(self, value: Any, place: str) -> str:
        if not isinstance(value, str):
            raise self.fail(place, f"expected text, found {_kind(value)}")
        if not value.strip():
            raise self.fail(place, "must not be empty")
        return value

    def strings(self, value: Any, place: str) -> tuple[str, ...]:
        return self.items(value, place, self.string)

    def number(self, value: Any, place: str, low: int, high: int | None = None) -> int:
        if type(value) is not int:
            raise self.fail(place, f"expected a whole number, found {_kind(value)}")
        if value < low or (high is not None and value > high):
            raise self.fail(place, f"{value} is not from {low} to {high}" if high else f"{value} is less than {low}")
        return value

    def flag(self, value: Any, place: str) -> bool:
        if type(value) is not bool:
            raise self.fail(place, f"expected true or false, found {_kind(value)}")
        return value

    def own_key(self, value: Any, place: str) -> str:
        key = self.string(value, place)
        if key not in self.own_keys:
            raise self.fail(place, f'"{key}" is not one of own_criteria ({", ".join(self.own_keys)})')
        return key

    # -- the document ------------------------------------------------------------------

    def material(self, data: Any) -> Material:
        sections = frozenset(_SECTION_KEYS)
        data = self.obj(
            data,
            "",
            sections | {"format", "own_criteria", "closing_thoughts", "personal_framework"},
            frozenset({"about"}),
        )
        if type(data["format"]) is not int or data["format"] != FORMAT_VERSION:
            raise self.fail("format", f"format {data['format']!r} is not supported (this app reads {FORMAT_VERSION})")
        if "about" in data:
            self.strings(data["about"], "about")  # a note for whoever edits the file
        own = self.mapping(data["own_criteria"], "own_criteria", self.own_criterion)
        self.own_keys = tuple(own)
        closing = self.mapping(data["closing_thoughts"], "closing_thoughts", self.strings)
        self.closing_themes = tuple(closing)
        everyday, annual, story = (self.items(data[key], key, self.situation_reader(key)) for key in _SECTION_KEYS)
        introduced = {s.introduces for s in story}
        for key in own:
            if key not in introduced:
                raise self.fail(_join("own_criteria", key), "no situation in story introduces it")
        personal = self.obj(
            data["personal_framework"], "personal_framework", frozenset({"name", "unit", "current", "draft"})
        )
        return Material(
            own_criteria=own,
            closing_thoughts=closing,
            everyday=everyday,
            annual=annual,
            story=story,
            name=self.string(personal["name"], "personal_framework.name"),
            unit=self.string(personal["unit"], "personal_framework.unit"),
            current=self.version(personal["current"], "personal_framework.current"),
            draft=self.version(personal["draft"], "personal_framework.draft"),
        )

    def own_criterion(self, value: Any, place: str) -> tuple[str, str]:
        mapping = self.obj(value, place, frozenset({"theme", "text"}))
        return self.string(mapping["theme"], f"{place}.theme"), self.string(mapping["text"], f"{place}.text")

    def situation_reader(self, section: str) -> Callable[[Any, str], Situation]:
        required, optional = _SECTION_KEYS[section]

        def read(value: Any, place: str) -> Situation:
            mapping = self.obj(value, place, required | {"title", "themes"}, optional | _SITUATION_KEYS)
            fields: dict[str, Any] = {}
            for key, item in mapping.items():
                where = f"{place}.{key}"
                if key in ("title", "context", "prompt"):
                    fields[key] = self.string(item, where)
                elif key in ("themes", "bodies", "criteria", "people", "tags", "steps"):
                    fields[key] = self.strings(item, where)
                elif key in ("own", "introduces", "retires"):
                    fields[key] = self.own_key(item, where)
                elif key in ("recurring", "private"):
                    fields[key] = self.flag(item, where)
                elif key == "models":
                    fields[key] = self.items(item, where, self.model)
                elif key == "months":
                    fields[key] = self.items(item, where, lambda month, at: self.number(month, at, 1, 12))
                elif key == "ago":
                    fields[key] = self.ago(item, where)
                elif key == "on":
                    fields[key] = self.month_day(item, where)
                elif key == "days_ago":
                    fields[key] = self.number(item, where, 1)
            if fields["themes"][0] not in self.closing_themes:
                raise self.fail(f"{place}.themes[0]", f'closing_thoughts has no entry for "{fields["themes"][0]}"')
            if not fields.get("bodies") and not fields.get("models"):
                raise self.fail(place, 'a situation needs a text: "bodies" or "models"')
            return Situation(**fields)

        return read

    def model(self, value: Any, place: str) -> Model:
        keys = ("situation", "action", "outcome", "learning")
        mapping = self.obj(value, place, frozenset(keys))
        return Model(*(self.string(mapping[key], f"{place}.{key}") for key in keys))

    def ago(self, value: Any, place: str) -> range:
        """[first, last] days before today, both included."""
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(place, "expected [first, last] days before today")
        first, last = (self.number(item, f"{place}[{index}]", 0) for index, item in enumerate(value))
        if last < first:
            raise self.fail(place, f"the last day ({last}) comes before the first ({first})")
        return range(first, last + 1)

    def month_day(self, value: Any, place: str) -> tuple[int, int]:
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(place, "expected [month, day]")
        month, day = (self.number(item, f"{place}[{index}]", 1) for index, item in enumerate(value))
        try:
            date(2001, month, day)  # not a leap year: the event must fall every year
        except ValueError:
            raise self.fail(place, f"[{month}, {day}] is not a day that every year has") from None
        return month, day

    def version(self, value: Any, place: str) -> Version:
        mapping = self.obj(value, place, frozenset({"revision", "parts", "theme_texts", "own_criteria", "target"}))
        parts = self.mapping(mapping["parts"], f"{place}.parts", self.string)
        unknown = [key for key in parts if part_template(key) is None]
        if unknown:
            raise self.fail(_join(f"{place}.parts", unknown[0]), "not a part of the personal framework")
        target = self.mapping(mapping["target"], f"{place}.target", lambda share, at: self.number(share, at, 0, 100))
        try:
            balance = TargetBalance.of(target)
        except BalanceError as error:
            raise self.fail(f"{place}.target", str(error)) from None
        return Version(
            revision=self.string(mapping["revision"], f"{place}.revision"),
            parts=parts,
            theme_texts=self.mapping(mapping["theme_texts"], f"{place}.theme_texts", self.string),
            own_criteria=self.items(mapping["own_criteria"], f"{place}.own_criteria", self.own_key),
            target=balance,
        )


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )

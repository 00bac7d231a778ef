"""Read and validate a framework definition file (JSON).

Every problem ends in one :class:`FrameworkError` that names the file, the place in it (a path
such as ``themes[1].success_criteria[0].text.en``, or a line and column for a syntax error) and
what is wrong, so that whoever edits the file can fix it without reading code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from .model import (
    NO_TEXT,
    Foundation,
    Framework,
    Headings,
    LocalText,
    Prompt,
    Section,
    Statement,
    Theme,
    UsageContext,
)

FORMAT_VERSION = 1
BUNDLED = "naestved-2019.json"
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

T = TypeVar("T")


class FrameworkError(ValueError):
    """A framework file that cannot be used; the message says where and why."""

    def __init__(self, file: str, place: str, problem: str):
        self.file = file
        self.place = place
        self.problem = problem
        where = f"{file}: {place}" if place else file
        super().__init__(f"{where}: {problem}")


def bundled_path() -> Path:
    beside = Path(__file__).with_name("data") / BUNDLED  # installed, or frozen: importlib.resources costs 10 ms
    if beside.is_file():
        return beside
    from importlib import resources

    return Path(str(resources.files("framework") / "data" / BUNDLED))


def load_bundled() -> Framework:
    """The organisation's framework shipped with the app (Næstved Kommune, 2019)."""
    return load_framework(bundled_path())


def load_framework(path: str | Path) -> Framework:
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FrameworkError(name, "", f"cannot read the file ({error.strerror or error})") from error
    if path.suffix.lower() != ".json":  # the bundled one is JSON: no Markdown reader (6 ms) for it
        from .markdown_form import looks_like_markdown, read_markdown  # which imports this module

        if looks_like_markdown(raw):
            return read_markdown(raw, name)
    return parse_framework(raw, name)


def parse_framework(raw: bytes | str, name: str = "<framework>") -> Framework:
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FrameworkError(name, f"byte {error.start}", "the file is not UTF-8 text") from error
    else:
        text = raw
    if not text.strip():
        raise FrameworkError(name, "", "the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FrameworkError(
            name, f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}"
        ) from error
    return _Reader(name).framework(data)


class _Reader:
    """Walks the parsed JSON, keeping the path so that errors can say where they are."""

    def __init__(self, name: str):
        self.name = name
        self.languages: tuple[str, ...] = ()
        self.seen_ids: dict[str, str] = {}
        self.section_headings: tuple[LocalText, LocalText] = (NO_TEXT, NO_TEXT)

    def fail(self, place: str, problem: str) -> FrameworkError:
        return FrameworkError(self.name, place or "(top level)", problem)

    # -- primitive readers -------------------------------------------------------------

    def obj(self, value: Any, place: str, required: set[str], optional: frozenset[str] = frozenset()) -> dict:
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

    def string(self, value: Any, place: str) -> str:
        if not isinstance(value, str):
            raise self.fail(place, f"expected text, found {_kind(value)}")
        if not value.strip():
            raise self.fail(place, "must not be empty")
        return value

    def items(self, value: Any, place: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise self.fail(place, f"expected a list, found {_kind(value)}")
        if not value:
            raise self.fail(place, "the list is empty")
        return tuple(read(item, f"{place}[{index}]") for index, item in enumerate(value))

    def text(self, value: Any, place: str) -> LocalText:
        mapping = self.obj(value, place, set(self.languages))
        return LocalText(tuple((lang, self.string(mapping[lang], f"{place}.{lang}")) for lang in self.languages))

    def ident(self, value: Any, place: str) -> str:
        ident = self.string(value, place)
        if not _ID.match(ident):
            raise self.fail(place, f"id \"{ident}\" may only use a-z, 0-9, '.', '_' and '-'")
        if ident in self.seen_ids:
            raise self.fail(place, f'duplicate id "{ident}" (first used at {self.seen_ids[ident]})')
        self.seen_ids[ident] = place
        return ident

    # -- the document ------------------------------------------------------------------

    def framework(self, data: Any) -> Framework:
        keys = {
            "format",
            "id",
            "languages",
            "name",
            "organisation",
            "date",
            "signature",
            "vision",
            "headings",
            "introduction",
            "themes",
            "usage",
            "foundations",
        }
        data = self.obj(data, "", keys, frozenset({"review_prompts"}))
        version = data["format"]
        if type(version) is not int:
            raise self.fail("format", f"expected a whole number, found {_kind(version)}")
        if version != FORMAT_VERSION:
            raise self.fail(
                "format", f"format {version} is not supported (this version of the app reads format {FORMAT_VERSION})"
            )
        self.languages = self.items(data["languages"], "languages", self.language)
        if len(set(self.languages)) != len(self.languages):
            raise self.fail("languages", "a language is listed twice")
        framework_id = self.ident(data["id"], "id")
        prompts = data.get("review_prompts")
        audience, contexts = self.usage(data["usage"])
        self.section_headings = self.section_heading_texts(data["headings"], "headings")
        return Framework(
            id=framework_id,
            languages=self.languages,
            name=self.text(data["name"], "name"),
            organisation=self.text(data["organisation"], "organisation"),
            date=self.iso_date(data["date"], "date"),
            signature=self.text(data["signature"], "signature"),
            vision=self.text(data["vision"], "vision"),
            headings=self.headings(data["headings"], "headings"),
            introduction=self.items(data["introduction"], "introduction", self.text),
            themes=self.items(data["themes"], "themes", self.theme),
            usage_audience=audience,
            usage_contexts=contexts,
            foundations=self.items(data["foundations"], "foundations", self.foundation),
            review_prompts=() if prompts is None else self.items(prompts, "review_prompts", self.prompt_reader(None)),
        )

    def language(self, value: Any, place: str) -> str:
        code = self.string(value, place)
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise self.fail(place, f'"{code}" is not a language code such as "da" or "en"')
        return code

    def iso_date(self, value: Any, place: str) -> date:
        try:
            return date.fromisoformat(self.string(value, place))
        except ValueError:
            raise self.fail(place, f'"{value}" is not a date (YYYY-MM-DD)') from None

    _HEADINGS = frozenset({"introduction", "why", "success_criteria", "usage", "usage_contexts", "foundations"})

    def headings(self, value: Any, place: str) -> Headings:
        mapping = self.obj(value, place, self._HEADINGS)
        own = self._HEADINGS - {"why", "success_criteria"}  # the themes' sections carry those
        return Headings(**{key: self.text(mapping[key], f"{place}.{key}") for key in sorted(own)})

    def section_heading_texts(self, value: Any, place: str) -> tuple[LocalText, LocalText]:
        """The headings of every theme's why and success criteria, which this format gives once."""
        mapping = self.obj(value, place, self._HEADINGS)
        return self.text(mapping["why"], f"{place}.why"), self.text(
            mapping["success_criteria"], f"{place}.success_criteria"
        )

    def theme(self, value: Any, place: str) -> Theme:
        mapping = self.obj(
            value, place, {"id", "name", "colour", "statements", "why", "success_criteria"}, frozenset({"prompts"})
        )
        theme_id = self.ident(mapping["id"], f"{place}.id")
        colour = self.string(mapping["colour"], f"{place}.colour")
        if not _COLOUR.match(colour):
            raise self.fail(f"{place}.colour", f'"{colour}" is not a colour of the form #rrggbb')

        def statement(item: Any, where: str) -> Statement:
            entry = self.obj(item, where, {"id", "text"})
            return Statement(self.ident(entry["id"], f"{where}.id"), self.text(entry["text"], f"{where}.text"))

        prompts = mapping.get("prompts")
        why_heading, criteria_heading = self.section_headings
        return Theme(
            id=theme_id,
            name=self.text(mapping["name"], f"{place}.name"),
            colour=colour.lower(),
            sections=(
                Section(NO_TEXT, points=self.items(mapping["statements"], f"{place}.statements", statement)),
                Section(why_heading, paragraphs=self.items(mapping["why"], f"{place}.why", self.text)),
                Section(
                    criteria_heading,
                    points=self.items(mapping["success_criteria"], f"{place}.success_criteria", statement),
                    criteria=True,
                ),
            ),
            prompts=() if prompts is None else self.items(prompts, f"{place}.prompts", self.prompt_reader(theme_id)),
        )

    def prompt_reader(self, theme_id: str | None) -> Callable[[Any, str], Prompt]:
        def prompt(item: Any, where: str) -> Prompt:
            entry = self.obj(item, where, {"id", "text"})
            return Prompt(self.ident(entry["id"], f"{where}.id"), theme_id, self.text(entry["text"], f"{where}.text"))

        return prompt

    def usage(self, value: Any) -> tuple[LocalText, tuple[UsageContext, ...]]:
        mapping = self.obj(value, "usage", {"audience", "contexts"})

        def context(item: Any, where: str) -> UsageContext:
            entry = self.obj(item, where, {"id", "label", "text"})
            return UsageContext(
                self.ident(entry["id"], f"{where}.id"),
                self.text(entry["label"], f"{where}.label"),
                self.text(entry["text"], f"{where}.text"),
            )

        return (
            self.text(mapping["audience"], "usage.audience"),
            self.items(mapping["contexts"], "usage.contexts", context),
        )

    def foundation(self, value: Any, place: str) -> Foundation:
        entry = self.obj(value, place, {"id", "text"})
        return Foundation(self.ident(entry["id"], f"{place}.id"), self.text(entry["text"], f"{place}.text"))


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__

"""Reads the app's own JSON export (see :mod:`journal.export.journal_json`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import TypeVar

from framework.personal import OwnCriterion, PersonalFramework, Revision

from ..errors import ImportFileError
from ..export.journal_json import FORMAT_NAME, FORMAT_VERSION
from ..model import Reflection
from ..serialize import Fields, reflection_from_dict
from ..templates import template_from_dict
from .base import ImportData, Importer, Reflections, Sample
from .common import JsonStream, unstorable

T = TypeVar("T")
_TOP = (
    "format",
    "version",
    "app_version",
    "exported_at",
    "personal_framework",
    "personal_framework_updated_at",
    "own_criteria",
    "revisions",
    "templates",
    "reflections",
)


def detect(sample: Sample) -> bool:
    head = sample.head.lstrip(b"\xef\xbb\xbf")
    return sample.kind == "file" and re.search(rb'^\s*\{\s*"format"\s*:\s*"ledelsesjournal"', head) is not None


def _framework(value: object, file: str, place: str) -> PersonalFramework:
    if not isinstance(value, dict):
        raise ImportFileError(file, place, "expected an object")
    try:
        return PersonalFramework.from_dict(value)
    except ValueError as error:
        raise ImportFileError(file, place, str(error)) from error


def _storable(value: T, file: str, place: str) -> T:
    """``value`` (a reflection, a framework, a revision, ...), if the store can save every text
    and moment in it (see :func:`unstorable`); else an error naming the place."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            _storable(item, file, f"{place}[{index}]")
    elif is_dataclass(value):
        for item in fields(value):
            _storable(getattr(value, item.name), file, f"{place}.{item.name}")
    elif problem := unstorable(value):
        raise ImportFileError(file, place, problem)
    return value


def read(path: Path) -> ImportData:
    """The header (format, personal framework, revisions, own criteria, own templates) read and checked now; the
    reflections a piece at a time whenever they are gone through (see common.JsonStream), so that
    the export of a large journal is never in memory whole."""
    file = str(path)
    stream = JsonStream(path, "reflections")
    for _ in stream.items():  # to the end, for the members around the reflections
        pass
    data = stream.others
    top = Fields(data, file, "", _TOP, required=("format", "version", "reflections"))
    if data["format"] != FORMAT_NAME:
        raise top.error("format", f'expected "{FORMAT_NAME}", found {data["format"]!r}')
    if data["version"] != FORMAT_VERSION:
        raise top.error(
            "version",
            f"version {data['version']!r} is not supported (this app reads {FORMAT_VERSION}); "
            "it may come from a newer Ledelsesjournal",
        )
    top.items("reflections")  # a list (its items are read below)
    revisions = []
    for index, item in enumerate(top.items("revisions")):
        place = f"revisions[{index}]"
        entry = Fields(
            item, file, place, ("uuid", "name", "created_at", "framework"), ("uuid", "created_at", "framework")
        )
        revisions.append(
            _storable(
                Revision(
                    entry.text("uuid"),
                    entry.text("name"),
                    entry.moment("created_at", required=True),
                    _framework(item["framework"], file, f"{place}.framework"),
                ),
                file,
                place,
            )
        )
    register = []
    for index, item in enumerate(top.items("own_criteria")):
        place = f"own_criteria[{index}]"
        entry = Fields(
            item,
            file,
            place,
            ("id", "theme_id", "text", "created_at", "retired_at"),
            ("id", "theme_id", "text", "created_at"),
        )
        register.append(
            _storable(
                OwnCriterion(
                    entry.text("id"),
                    entry.text("theme_id"),
                    entry.text("text"),
                    entry.moment("created_at", required=True),
                    entry.moment("retired_at"),
                ),
                file,
                place,
            )
        )
    templates, seen = [], {}
    for index, item in enumerate(top.items("templates")):
        place = f"templates[{index}]"
        template = _storable(template_from_dict(item, file, place), file, place)
        if template.id in seen:
            raise ImportFileError(file, f"{place}.id", f"the same id as templates[{seen[template.id]}]")
        seen[template.id] = index
        templates.append(template)
    framework = data.get("personal_framework")
    return ImportData(
        reflections=Reflections(lambda: _reflections(path)),
        framework=None
        if framework is None
        else _storable(_framework(framework, file, "personal_framework"), file, "personal_framework"),
        framework_updated_at=top.moment("personal_framework_updated_at"),
        revisions=revisions,
        own_criteria=register,
        templates=templates,
    )


def _reflections(path: Path) -> Iterator[Reflection]:
    file = str(path)
    seen: dict[str, int] = {}
    for index, item in enumerate(JsonStream(path, "reflections").items()):
        place = f"reflections[{index}]"
        reflection = _storable(reflection_from_dict(item, file, place), file, place)
        if reflection.uuid in seen:
            raise ImportFileError(file, f"{place}.uuid", f"the same uuid as reflections[{seen[reflection.uuid]}]")
        seen[reflection.uuid] = index
        yield reflection


IMPORTER = Importer(name="json", detect=detect, read=read)

"""Reads the app's own JSON export (see :mod:`journal.export.journal_json`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from framework.personal import OwnCriterion, PersonalFramework, Revision

from ..errors import ImportFileError
from ..export.journal_json import FORMAT_NAME, FORMAT_VERSION
from ..serialize import Fields, reflection_from_dict
from . import ImportData, Importer

_TOP = (
    "format", "version", "app_version", "exported_at", "personal_framework",
    "personal_framework_updated_at", "own_criteria", "revisions", "reflections",
)


def detect(head: bytes) -> bool:
    return re.search(rb'^\s*\{\s*"format"\s*:\s*"ledelsesjournal"', head.lstrip(b"\xef\xbb\xbf")) is not None


def _framework(value: object, file: str, place: str) -> PersonalFramework:
    if not isinstance(value, dict):
        raise ImportFileError(file, place, "expected an object")
    try:
        return PersonalFramework.from_dict(value)
    except ValueError as error:
        raise ImportFileError(file, place, str(error)) from error


def read(path: Path) -> ImportData:
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(file, "", f"cannot read the file ({error.strerror or error})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(file, f"byte {error.start}", "the file is not UTF-8 text") from error
    if not text.strip():
        raise ImportFileError(file, "", "the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(file, f"line {error.lineno}, column {error.colno}", f"not valid JSON ({error.msg}); "
                              "the file may be cut short or damaged") from error
    top = Fields(data, file, "", _TOP, required=("format", "version", "reflections"))
    if data["format"] != FORMAT_NAME:
        raise top.error("format", f"expected \"{FORMAT_NAME}\", found {data['format']!r}")
    if data["version"] != FORMAT_VERSION:
        raise top.error("version", f"version {data['version']!r} is not supported (this app reads {FORMAT_VERSION}); "
                        "it may come from a newer Ledelsesjournal")
    reflections = [
        reflection_from_dict(item, file, f"reflections[{index}]") for index, item in enumerate(top.items("reflections"))
    ]
    seen: dict[str, int] = {}
    for index, reflection in enumerate(reflections):
        if reflection.uuid in seen:
            raise ImportFileError(file, f"reflections[{index}].uuid",
                                  f"the same uuid as reflections[{seen[reflection.uuid]}]")
        seen[reflection.uuid] = index
    revisions = []
    for index, item in enumerate(top.items("revisions")):
        place = f"revisions[{index}]"
        fields = Fields(item, file, place, ("uuid", "name", "created_at", "framework"), ("uuid", "created_at", "framework"))
        revisions.append(
            Revision(fields.text("uuid"), fields.text("name"), fields.moment("created_at", required=True),
                     _framework(item["framework"], file, f"{place}.framework"))
        )
    register = []
    for index, item in enumerate(top.items("own_criteria")):
        fields = Fields(item, file, f"own_criteria[{index}]", ("id", "theme_id", "text", "created_at", "retired_at"),
                        ("id", "theme_id", "text", "created_at"))
        register.append(OwnCriterion(fields.text("id"), fields.text("theme_id"), fields.text("text"),
                                     fields.moment("created_at", required=True), fields.moment("retired_at")))
    framework = data.get("personal_framework")
    return ImportData(
        reflections=reflections,
        framework=None if framework is None else _framework(framework, file, "personal_framework"),
        framework_updated_at=top.moment("personal_framework_updated_at"),
        revisions=revisions,
        own_criteria=register,
    )


IMPORTER = Importer(name="json", detect=detect, read=read)

"""What the importers share: reading files and JSON with errors that say where, the fields of
other apps' exports, local times, titles from headings, and the stable ids that make a second
import of the same source add nothing."""

from __future__ import annotations

import json
import os
import re
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from ..serialize import Fields

# Never change this: the ids of imported entries derive from it, and a new one would make every
# earlier import come in a second time.
NAMESPACE = uuid.UUID("1767734f-70df-49e5-9aed-c9362b4b0b93")

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive with members, an empty archive
# zipfile reports a damaged, cut short or unsupported archive with any of these (RuntimeError:
# an encrypted member, NotImplementedError: an unknown compression).
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
              ValueError)


def stable_uuid(source: str, identity: str) -> str:
    """The same entry of the same source gets the same uuid on every import."""
    return str(uuid.uuid5(NAMESPACE, f"{source}:{identity}"))


def cannot_read(file: str, error: OSError) -> ImportFileError:
    return ImportFileError(file, "", f"cannot read the file ({error.strerror or error})")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise cannot_read(str(path), error) from error


def decode(raw: bytes, file: str, place: str = "") -> str:
    """UTF-8 text (a byte order mark is allowed); ``place`` names a member of an archive."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(file, _within(place, f"byte {error.start}"), "the file is not UTF-8 text") from error


def parse_json(raw: bytes, file: str, place: str = "") -> Any:
    text = decode(raw, file, place)
    if not text.strip():
        raise ImportFileError(file, place, "the file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(file, _within(place, f"line {error.lineno}, column {error.colno}"),
                              f"not valid JSON ({error.msg}); the file may be cut short or damaged") from error
    except (ValueError, RecursionError) as error:  # a number of thousands of digits, nesting thousands deep
        raise ImportFileError(file, place, f"not JSON this app can read ({type(error).__name__})") from error


def _within(member: str, place: str) -> str:
    return f"{member}: {place}" if member else place


def folder_files(folder: Path) -> Iterator[str]:
    """The files in a folder and its subfolders, as "/"-separated relative paths in a fixed
    order, leaving out hidden ones (.obsidian, .git, .DS_Store): what an import of a folder sees."""

    def refuse(error: OSError) -> None:  # os.walk would skip an unreadable folder without a word
        raise ImportFileError(error.filename or str(folder), "", f"cannot read the folder ({error.strerror or error})")

    for root, folders, files in os.walk(folder, onerror=refuse):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        base = Path(root).relative_to(folder)
        for name in sorted(files):
            if not name.startswith("."):
                yield (base / name).as_posix()


class Lenient(Fields):
    """An object in another app's export: fields we do not use are ignored, not refused, since
    those apps add fields from version to version, and a null counts as absent. What the store
    could not save is refused (see :func:`unstorable`)."""

    def __init__(self, data: Any, file: str, place: str, required: tuple[str, ...] = ()):
        if isinstance(data, dict):
            data = {key: value for key, value in data.items() if value is not None}
        super().__init__(data, file, place, tuple(data) if isinstance(data, dict) else (), required)

    def _storable(self, key: str, value: Any) -> Any:
        problem = unstorable(value)
        if problem:
            raise self.error(key, problem)
        return value

    def text(self, key: str, default: str = "") -> str:
        return self._storable(key, super().text(key, default))

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(self._storable(f"{key}[{index}]", value) for index, value in enumerate(super().texts(key)))

    def moment(self, key: str, *, required: bool = False, aware: bool = True) -> datetime | None:
        return self._storable(key, super().moment(key, required=required, aware=aware))


def unstorable(value: object) -> str | None:
    """Why the store could not save this value, if it could not: checked while reading, where
    the place is known, rather than halfway through the merge."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, from a JSON escape such as \ud800
            return "contains a character that is not text (a lone surrogate)"
    elif isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value.astimezone(timezone.utc)
        except OverflowError:  # the store keeps every moment in UTC too
            return f"the date is out of range: {value.isoformat()}"
    return None


def local_time(naive: datetime) -> datetime:
    """A date and time written without a zone, read as the machine's local time on that date
    (with that date's summer or winter offset), the way the app that wrote it meant it."""
    try:
        return naive.astimezone()
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"the date is out of range: {naive:%Y-%m-%d}") from None


_HEADING = re.compile(r"#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def heading_title(text: str) -> tuple[str, str]:
    """(title, body): a first line formatted as a top heading is the title; the rest is the body."""
    lines = text.lstrip("\n").split("\n")
    match = _HEADING.fullmatch(lines[0])
    if match is None or not match.group(1).strip():
        return "", trim(text)
    return match.group(1).strip(), trim("\n".join(lines[1:]))


def trim(body: str) -> str:
    """Without blank lines before and white space after (but a first line's indent kept)."""
    return re.sub(r"\A(?:[ \t]*\n)+", "", body).rstrip()

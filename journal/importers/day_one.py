"""Reads Day One's JSON export: the .zip Day One makes, or a journal's .json from inside it.

- Day One stores the moment an entry was written in UTC (``creationDate``) with the name of the
  time zone it was written in (``timeZone``): the entry keeps that zone's offset on that date
  (the machine's zone if the name is missing).
- Day One's entry ``uuid`` makes a second import add nothing, and its ``modifiedDate`` lets an
  entry edited in Day One since replace the copy imported before.
- The text is Markdown (``richText`` says the same with styling and is not needed). A first
  line formatted as a heading is the title, without Day One's backslash escapes (``\\.``); the
  body keeps them, since Markdown shows them right. Photos, location and weather are not
  imported, so the photo placeholders (``![](dayone-moment://…)``) are left out of the body.
- Tags are Day One's tags; a starred entry is starred.
"""

from __future__ import annotations

import os
import re
import zipfile
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from ..errors import ImportFileError
from ..model import Reflection
from . import common
from .base import ImportData, Importer, Sample
from .common import (
    ZIP_ERRORS,
    ZIP_MAGIC,
    Lenient,
    heading_title,
    open_file,
    parse_json,
    read_all,
    read_members,
    stable_uuid,
)

SOURCE = "dayone"
_PHOTO = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation


def detect(sample: Sample) -> bool:
    head = sample.head.lstrip(b"\xef\xbb\xbf")
    return (
        sample.kind in ("file", "zip")
        and re.match(rb"\s*\{", head) is not None
        and re.search(rb'"(metadata|creationDate)"\s*:', head) is not None
    )


def _journals(path: Path) -> list[tuple[str, bytes]]:
    """(member name, its bytes) for each journal in the export; ("", the file) for a bare .json.
    Only the journals are read from a zip archive, never its photos, and only after what the
    archive says of them is checked (see :func:`common.read_members`)."""
    file = str(path)
    with open_file(path) as handle:
        try:
            if handle.read(4) not in ZIP_MAGIC:
                handle.seek(0)
                return [("", read_all(handle, file, os.fstat(handle.fileno()).st_size, common.MAX_TEXT_BYTES))]
            handle.seek(0)
            with zipfile.ZipFile(handle) as archive:
                names = sorted(
                    name
                    for name in archive.namelist()
                    if "/" not in name and not name.startswith(".") and name.lower().endswith(".json")
                )
                journals = read_members(archive, names, file)
        except OSError as error:
            raise common.cannot_read(file, error) from error
        except ZIP_ERRORS as error:
            raise ImportFileError(file, "", f"the zip archive is damaged or cut short ({error})") from error
    if not journals:
        raise ImportFileError(file, "", "no Day One journal (a .json file) in the zip archive")
    return journals


@lru_cache(maxsize=64)
def _zone(name: str):
    """The time zone named ``name``. zoneinfo is imported here, as a Day One file is read: it costs
    every command 8 ms to import."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _entry_at(created: datetime, entry: Lenient) -> datetime:
    name = entry.optional_text("timeZone")
    try:
        zone = _zone(name) if name is not None else None
    except (KeyError, ValueError, OSError):  # zoneinfo's ways of saying "no such zone"
        raise entry.error("timeZone", f"unknown time zone {name!r}") from None
    try:
        local = created.astimezone(zone)
    except (OverflowError, OSError):
        raise entry.error("creationDate", f"the date is out of range: {created.isoformat()}") from None
    return local.replace(tzinfo=timezone(local.utcoffset()))


def _reflection(entry: Lenient) -> Reflection:
    created = entry.moment("creationDate", required=True)
    text = entry.text("text")
    if _PHOTO.search(text):
        text = re.sub(r"\n{3,}", "\n\n", _PHOTO.sub("", text))
    title, body = heading_title(text)
    return Reflection(
        uuid=stable_uuid(SOURCE, entry.data["uuid"]),
        entry_at=_entry_at(created, entry),
        title=_ESCAPE.sub(r"\1", title),
        body=body,
        tags=entry.texts("tags"),
        starred=entry.flag("starred"),
        created_at=created,
        updated_at=entry.moment("modifiedDate") or created,
    )


def read(path: Path) -> ImportData:
    file = str(path)
    reflections = []
    seen: dict[str, str] = {}
    for member, raw in _journals(path):
        within = f"{member}: " if member else ""
        data = parse_json(raw, file, member)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ImportFileError(file, f"{within}entries", "expected the list of entries of a Day One export")
        for index, item in enumerate(data["entries"]):
            place = f"{within}entries[{index}]"
            entry = Lenient(item, file, place, required=("uuid", "creationDate"))
            own_id = entry.text("uuid")
            if not own_id.strip():
                raise entry.error("uuid", "must not be empty")
            if own_id in seen:
                raise entry.error("uuid", f"the same uuid as {seen[own_id]}")
            seen[own_id] = place
            reflections.append(_reflection(entry))
    return ImportData(reflections=reflections)


IMPORTER = Importer(name="dayone", detect=detect, read=read)

"""Reads jrnl's JSON export (``jrnl --format json``): ``{"tags": {...}, "entries": [...]}``.

- jrnl writes an entry's local date and time without a zone: they are read as the machine's
  local time on that date (its summer or winter offset).
- jrnl keeps no ids, so an entry is known by its date, time, title and body (an identical second
  entry by its place among the identical ones; an entry from a Day One backed journal by its
  uuid). The entry's time is also its created and updated time, so importing the same export
  again changes nothing; an entry edited in jrnl since comes in as a new one.
- Tags are jrnl's tags without their symbol (``@budget`` and ``#budget`` are both ``budget``);
  the body keeps them as written. A starred entry is starred.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

from ..model import Reflection
from .base import ImportData, Importer, Reflections, Sample
from .common import JsonStream, Lenient, local_time, stable_uuid

SOURCE = "jrnl"


def detect(sample: Sample) -> bool:
    """jrnl's exporter always writes its tag counts first, then the entries."""
    head = sample.head.lstrip(b"\xef\xbb\xbf")
    return sample.kind == "file" and re.match(rb'\s*\{\s*"tags"\s*:\s*\{', head) is not None


def _tag(tag: str) -> str:
    """Without jrnl's tag symbol, whichever the user configured (``@``, ``#``, ``+``...)."""
    return re.sub(r"^\W+", "", tag)


def _entry_at(entry: Lenient) -> datetime:
    day = entry.day("date")
    if day is None:  # not text
        raise entry.error("date", f"not a date (YYYY-MM-DD): {entry.data['date']!r}")
    clock = entry.text("time")
    try:
        moment = time.fromisoformat(clock)
    except ValueError:
        raise entry.error("time", f"not a time (HH:MM): {clock!r}") from None
    if moment.tzinfo is not None:
        raise entry.error("time", f"not a time (HH:MM): {clock!r}")
    try:
        return local_time(datetime.combine(day, moment))
    except ValueError as error:
        raise entry.error("date", str(error)) from None


def read(path: Path) -> ImportData:
    """The entries, read from the file a piece at a time whenever they are gone through."""
    return ImportData(reflections=Reflections(lambda: _entries(path)))


def _entries(path: Path) -> Iterator[Reflection]:
    file = str(path)
    stream = JsonStream(path, "entries")
    seen: Counter[str] = Counter()  # by the identity's uuid: 36 characters, not the whole entry
    for index, item in enumerate(stream.items()):
        place = f"entries[{index}]"
        entry = Lenient(item, file, place, required=("date", "time", "title"))
        title, body = entry.text("title"), entry.text("body")
        entry_at = _entry_at(entry)
        own_id = entry.text("uuid")
        identity = f"uuid {own_id}" if own_id else f"{entry.data['date']} {entry.data['time']}\n{title}\n{body}"
        uuid = stable_uuid(SOURCE, identity)
        seen[uuid] += 1
        if seen[uuid] > 1:
            uuid = stable_uuid(SOURCE, f"{identity}\n#{seen[uuid]}")
        tags = [_tag(tag) for tag in entry.texts("tags")]
        yield Reflection(
            uuid=uuid,
            entry_at=entry_at,
            title=title.strip(),
            body=body,
            tags=tuple(tags),
            starred=entry.flag("starred"),
            created_at=entry_at,
            updated_at=entry_at,
        )
    Lenient(stream.others, file, "", required=("entries",)).items("entries")  # the file's shape, once read


IMPORTER = Importer(name="jrnl", detect=detect, read=read)

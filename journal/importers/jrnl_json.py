"""Reads jrnl's JSON export (``jrnl --format json``): ``{"tags": {...}, "entries": [...]}``.

- jrnl writes an entry's local date and time without a zone: they are read as the machine's
  local time on that date (its summer or winter offset).
- jrnl keeps no ids, so an entry is known by its date, time, title and body (an identical second
  entry by its place among the identical ones; an entry from a Day One backed journal by its
  uuid). The entry's time is also its created and updated time, so importing the same export
  again changes nothing; an entry edited in jrnl since comes in as a new one.
- Tags are jrnl's tags without their symbol (``@budget`` and ``#budget`` are both ``budget``);
  the body keeps them as written. A starred entry gets STARRED_TAG.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, time
from pathlib import Path

from ..model import Reflection
from .base import STARRED_TAG, ImportData, Importer, Sample
from .common import Lenient, local_time, parse_json, read_bytes, stable_uuid

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
    file = str(path)
    top = Lenient(parse_json(read_bytes(path), file), file, "", required=("entries",))
    seen: Counter[str] = Counter()
    reflections = []
    for index, item in enumerate(top.items("entries")):
        place = f"entries[{index}]"
        entry = Lenient(item, file, place, required=("date", "time", "title"))
        title, body = entry.text("title"), entry.text("body")
        entry_at = _entry_at(entry)
        own_id = entry.text("uuid")
        identity = f"uuid {own_id}" if own_id else f"{entry.data['date']} {entry.data['time']}\n{title}\n{body}"
        seen[identity] += 1
        if seen[identity] > 1:
            identity += f"\n#{seen[identity]}"
        tags = [_tag(tag) for tag in entry.texts("tags")] + ([STARRED_TAG] if entry.flag("starred") else [])
        reflections.append(
            Reflection(
                uuid=stable_uuid(SOURCE, identity),
                entry_at=entry_at,
                title=title.strip(),
                body=body,
                tags=tuple(tags),
                created_at=entry_at,
                updated_at=entry_at,
            )
        )
    return ImportData(reflections=reflections)


IMPORTER = Importer(name="jrnl", detect=detect, read=read)

"""Reads a folder of Markdown files, one entry per file (notes from Obsidian, iA Writer, a blog...).

- Front matter between ``---`` lines may give ``title``, ``date``, ``tags``, ``private``,
  ``created`` and ``updated``; other keys are ignored. It is read as the simple ``key: value``
  lines, ``[a, b]`` lists and ``- item`` lists such files use, not as full YAML, which would
  need a dependency for little gain; anything else under a key we use is an error.
- The date is the front matter's ``date``, else a file name starting with YYYY-MM-DD, else the
  file's modification time. A date without a time is noon; a time without a zone is local.
- The title is the front matter's ``title``, else a first line ``# heading``, else the file
  name (without its date).
- An entry is known by its path within the folder, so the same folder imported again adds
  nothing, and its ``updated`` (else the file's modification time) decides whether a file
  edited since replaces the copy imported before.
- Only the folder's own regular files are read (:func:`common.folder_files`): a link, to a
  file or a folder, and a named pipe are skipped, and ``ImportData.skipped`` names those with a
  Markdown name, and links to folders. A file over MAX_NOTE_BYTES, or files over MAX_TEXT_BYTES
  together, are refused before any is read.
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import UTC, date, datetime, time
from pathlib import Path

from ..errors import ImportFileError
from ..model import Reflection
from . import common
from .base import ImportData, Importer, Sample
from .common import (
    cannot_read,
    decode,
    folder_files,
    heading_title,
    local_time,
    no_markdown,
    read_bytes,
    stable_uuid,
    too_large,
    trim,
    unstorable,
)

SOURCE = "markdown"
SUFFIXES = (".md", ".markdown")
KNOWN = ("title", "date", "tags", "private", "created", "updated")
NOON = time(12, 0)

_KEY = re.compile(r"([^\W\d][\w .-]*?)[ \t]*:(?:[ \t]+(.*))?")
_ITEM = re.compile(r"[ \t]*-(?:[ \t]+(.*))?")
_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?![\d])")


def detect(sample: Sample) -> bool:
    return sample.kind == "folder" and any(name.lower().endswith(SUFFIXES) for name in sample.names)


def _unquoted(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _front_matter(text: str, file: str) -> tuple[dict[str, tuple[int, str | list[str]]], str]:
    """({key: (line number, text or list of texts)}, the text after the front matter)."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise ImportFileError(file, "line 1", "the front matter that starts here is not closed with a --- line")
    meta: dict[str, tuple[int, str | list[str]]] = {}
    owner = None  # the key the indented lines and list items below belong to
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.fullmatch(line)
        if item or line[0] in " \t":
            if owner is None:
                raise ImportFileError(file, f"line {number}", "belongs to no key of the front matter")
            if owner in KNOWN:
                value = meta[owner][1]
                if not (item and isinstance(value, list)):
                    raise ImportFileError(file, f"line {number}", f"{owner}: expected one value on the line of the key")
                value.append(_unquoted(item.group(1) or ""))
            continue
        pair = _KEY.fullmatch(line)
        if pair is None:
            raise ImportFileError(file, f"line {number}", "not a 'key: value' line of the front matter")
        owner, value = pair.group(1).lower(), (pair.group(2) or "").strip()
        if not value:
            meta[owner] = (number, [])
        elif value.startswith("["):
            if not value.endswith("]"):
                raise ImportFileError(file, f"line {number}", f"{owner}: a list that is not closed with ]")
            meta[owner] = (number, [_unquoted(part) for part in value[1:-1].split(",")])
        else:
            meta[owner] = (number, _unquoted(value))
    return meta, "\n".join(lines[end + 1 :])


class _Meta:
    """The known front matter values, typed, with errors naming the line."""

    def __init__(self, meta: dict[str, tuple[int, str | list[str]]], file: str):
        self.meta, self.file = meta, file

    def error(self, key: str, problem: str) -> ImportFileError:
        return ImportFileError(self.file, f"line {self.meta[key][0]}", f"{key}: {problem}")

    def text(self, key: str) -> str | None:
        if key not in self.meta:
            return None
        value = self.meta[key][1]
        if isinstance(value, list):  # "key:" with nothing after it is empty, as in YAML
            if value:
                raise self.error(key, "expected one value, not a list")
            return ""
        return value

    def texts(self, key: str) -> list[str]:
        """A list, or one value with commas between its items."""
        value = self.meta.get(key, (0, []))[1]
        return value if isinstance(value, list) else value.split(",")

    def flag(self, key: str) -> bool:
        value = (self.text(key) or "false").lower()
        if value not in ("true", "false", "yes", "no"):
            raise self.error(key, f"expected true or false, not {value!r}")
        return value in ("true", "yes")

    def moment(self, key: str) -> datetime | None:
        value = self.text(key)
        if not value:
            return None
        try:
            return _moment(value)
        except ValueError as error:
            raise self.error(key, str(error)) from None


def _moment(value: str) -> datetime:
    """'2026-03-02' (noon), '2026-03-02 09:15' (local time) or ISO 8601 with an offset."""
    try:
        moment = (
            datetime.combine(date.fromisoformat(value), NOON) if len(value) == 10 else datetime.fromisoformat(value)
        )
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD or YYYY-MM-DD HH:MM)") from None
    if moment.tzinfo is None:
        return local_time(moment)
    if problem := unstorable(moment):
        raise ValueError(problem)
    return moment


def _from_name(name: str, file: str) -> tuple[datetime | None, str]:
    """The date a file name starts with (at noon), and the rest of the name as a title."""
    stem = Path(name).stem
    match = _DATED_NAME.match(stem)
    if match is None:
        return None, stem.strip()
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        raise ImportFileError(file, "file name", f"starts with {match.group(1)}, which is not a date") from None
    rest = re.sub(r"[-_\s]+", " ", stem[match.end() :]).strip()
    try:
        return local_time(datetime.combine(day, NOON)), rest
    except ValueError as error:
        raise ImportFileError(file, "file name", str(error)) from None


def _reflection(folder: Path, name: str, found: os.stat_result) -> Reflection:
    path = folder / name
    file = str(path)
    try:
        modified = datetime.fromtimestamp(found.st_mtime, UTC)
    except (OSError, OverflowError, ValueError) as error:
        raise ImportFileError(file, "", f"cannot read the file's modification time ({error})") from error
    raw = read_bytes(
        path,
        common.MAX_NOTE_BYTES,
        follow=False,
        reads="an import reads of one Markdown file",
        why="no reflection is that long",
    )
    text = decode(raw, file).replace("\r\n", "\n").replace("\r", "\n")
    meta_lines, rest = _front_matter(text, file)
    meta = _Meta(meta_lines, file)
    named_at, named_title = _from_name(name, file)
    entry_at = meta.moment("date") or named_at or modified.astimezone().replace(microsecond=0)
    heading, body = heading_title(rest)
    title = meta.text("title") or heading or named_title
    if heading and heading != title:
        body = trim(rest)  # the heading is not the title: it stays in the body
    return Reflection(
        uuid=stable_uuid(SOURCE, unicodedata.normalize("NFC", name)),
        entry_at=entry_at,
        title=title.strip(),
        body=body,
        private=meta.flag("private"),
        tags=tuple(meta.texts("tags")),
        created_at=meta.moment("created") or entry_at,
        updated_at=meta.moment("updated") or modified,
    )


def _noted(name: str) -> bool:
    """Whether a skipped file is worth naming: one that would have been read, or a folder."""
    return name.endswith("/") or name.lower().endswith(SUFFIXES)


def read(path: Path) -> ImportData:
    if not path.is_dir():
        raise ImportFileError(str(path), "", "not a folder (a Markdown import reads a folder of .md files)")
    skipped: list[tuple[str, str]] = []
    names = [name for name in folder_files(path, skipped) if name.lower().endswith(SUFFIXES)]
    if not names:
        raise ImportFileError(str(path), "", no_markdown(len(skipped)))
    found = {}
    for name in names:  # every size first: too much is refused before anything is read
        try:
            found[name] = (path / name).lstat()
        except OSError as error:
            raise cannot_read(str(path / name), error) from error
        if found[name].st_size > common.MAX_NOTE_BYTES:
            raise too_large(
                str(path / name),
                "",
                found[name].st_size,
                common.MAX_NOTE_BYTES,
                reads="an import reads of one Markdown file",
                why="no reflection is that long",
            )
    total = sum(size.st_size for size in found.values())
    if total > common.MAX_TEXT_BYTES:
        raise too_large(str(path), "", total, common.MAX_TEXT_BYTES, subject="together, the Markdown files come to")
    return ImportData(
        reflections=[_reflection(path, name, found[name]) for name in names],
        skipped=tuple(entry for entry in skipped if _noted(entry[0])),
    )


IMPORTER = Importer(name="markdown", detect=detect, read=read)

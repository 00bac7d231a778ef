"""What the importers share: reading files and JSON with errors that say where, the fields of
other apps' exports, local times, titles from headings, and the stable ids that make a second
import of the same source add nothing.

An import reads only regular files, and no more of them than a journal can be (see the limits
below): a named pipe, a device, a link out of the chosen folder or a zip bomb is refused before
it is read, or, in a folder, skipped and reported.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from ..errors import ImportFileError
from ..serialize import Fields

# Never change this: the ids of imported entries derive from it, and a new one would make every
# earlier import come in a second time.
NAMESPACE = uuid.UUID("1767734f-70df-49e5-9aed-c9362b4b0b93")

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive with members, an empty archive
# zipfile reports a damaged, cut short or unsupported archive with any of these (RuntimeError:
# an encrypted member, NotImplementedError: an unknown compression).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


def stable_uuid(source: str, identity: str) -> str:
    """The same entry of the same source gets the same uuid on every import."""
    return str(uuid.uuid5(NAMESPACE, f"{source}:{identity}"))


# -- how much an import reads -----------------------------------------------------------------
#
# An import reads its whole source before anything changes (all or nothing), and parsing JSON
# holds it in memory several times over: a 1.5 GB file took 3 GB and a minute. What no journal
# export can be is refused before it is read, by the size the file system or the zip archive
# gives, and what is then read stops at that size all the same, since an archive can say less
# than it holds. Looked up when used, so that a test can lower them.

MAX_TEXT_BYTES = 512 * 2**20
"""One import's text: a JSON file, the journals of a zip archive together, or the Markdown files
of a folder together. The app's own export of 100,000 reflections (the largest journal it is
measured with) is about 210 MB; a jrnl or Day One export of years of writing, a few tens of MB."""

MAX_NOTE_BYTES = 8 * 2**20
"""One Markdown file, which is one reflection: a few kB as a rule; 8 MB is over a million words."""

MAX_ZIP_RATIO = 100
"""How many times its packed size a journal in a zip archive may unpack to. JSON packs to about a
fifth (4.9 times for the app's own export); a zip bomb a thousand times."""
RATIO_FROM = 2**20  # below 1 MB unpacked, the ratio is not asked: a small file of spaces packs well and harms nobody

_NOT_REGULAR = (
    (stat.S_ISLNK, "a link"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def size_text(size: int) -> str:
    """'2 GB', '1.4 GB', '512 MB', '9 kB': as the limits are written in the messages."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def cannot_read(file: str, error: OSError) -> ImportFileError:
    return ImportFileError(file, "", f"cannot read the file ({error.strerror or error})")


def _not_regular(file: str, mode: int) -> ImportFileError:
    kind = next((name for test, name in _NOT_REGULAR if test(mode)), "")
    return ImportFileError(
        file, "", f"not a regular file ({kind}), so it is not read" if kind else "not a regular file, so it is not read"
    )


def open_file(path: Path, *, follow: bool = True) -> IO[bytes]:
    """A regular file, open for reading. Anything else is refused before it is opened: opening a
    named pipe waits for a writer, and a device such as /dev/zero never ends. With ``follow``
    False a link is refused too (one put in after its folder was listed)."""
    file = str(path)
    try:
        mode = (os.stat if follow else os.lstat)(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(file, mode)
        # Not blocking: should a pipe be put in its place meanwhile, opening it does not wait.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(path, flags if follow else flags | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        raise cannot_read(file, error) from error
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(file, mode)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def too_large(
    file: str,
    place: str,
    size: int,
    limit: int,
    *,
    subject: str = "the file is",
    reads: str = "an import reads",
    why: str = "no journal export is that large",
) -> ImportFileError:
    return ImportFileError(file, place, f"{subject} {size_text(size)}, more than {reads} ({size_text(limit)}): {why}")


def read_all(handle: IO[bytes], file: str, size: int, limit: int, place: str = "", **words: str) -> bytes:
    """What ``handle`` holds, ``size`` bytes by what it says: refused unread if that is more than
    ``limit``, and read no further than ``limit`` if it holds more than it said."""
    if size > limit:
        raise too_large(file, place, size, limit, **words)
    try:
        data = handle.read(size + 1)  # one byte more, to see that it is all
        if len(data) > size:  # it grew, or said too little: read on, in pieces, up to the limit
            pieces, total = [data], len(data)
            while total <= limit and (piece := handle.read(min(2**20, limit + 1 - total))):
                pieces.append(piece)
                total += len(piece)
            if total > limit:
                raise ImportFileError(
                    file,
                    place,
                    f"holds more than it said, more than an import reads ({size_text(limit)}), so it is not read",
                )
            data = b"".join(pieces)
    except OSError as error:
        raise cannot_read(file, error) from error
    return data


def read_bytes(path: Path, limit: int | None = None, *, follow: bool = True, **words: str) -> bytes:
    """A regular file, whole, if it is no larger than ``limit`` (default MAX_TEXT_BYTES)."""
    with open_file(path, follow=follow) as handle:
        size = os.fstat(handle.fileno()).st_size
        return read_all(handle, str(path), size, MAX_TEXT_BYTES if limit is None else limit, **words)


def read_members(archive: zipfile.ZipFile, names: list[str], file: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of these members of the archive. What the archive says of them is checked
    first, so that a bomb is refused before it is unpacked: each one's size and how tightly it is
    packed, then all of them together; then each is read no further than its size."""
    members = [archive.getinfo(name) for name in names]
    for member in members:
        if member.file_size > MAX_TEXT_BYTES:
            raise too_large(file, member.filename, member.file_size, MAX_TEXT_BYTES, subject="unpacks to")
        if member.file_size > RATIO_FROM and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
            raise ImportFileError(
                file,
                member.filename,
                f"unpacks to {size_text(member.file_size)}, "
                f"{member.file_size // max(member.compress_size, 1)} times its packed size: "
                "no journal export packs that tightly, so it is not unpacked",
            )
    total = sum(member.file_size for member in members)
    if total > MAX_TEXT_BYTES:
        raise too_large(file, "", total, MAX_TEXT_BYTES, subject="together, the journals in the zip archive unpack to")
    read = []
    for member in members:
        with archive.open(member) as opened:
            read.append(
                (
                    member.filename,
                    read_all(opened, file, member.file_size, member.file_size, member.filename, subject="unpacks to"),
                )
            )
    return read


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
        raise _not_json(file, _within(place, f"line {error.lineno}, column {error.colno}"), error.msg) from error
    except (ValueError, RecursionError) as error:  # a number of thousands of digits, nesting thousands deep
        raise _unreadable_json(file, place, error) from error


def _not_json(file: str, place: str, problem: str) -> ImportFileError:
    return ImportFileError(file, place, f"not valid JSON ({problem}); the file may be cut short or damaged")


def _unreadable_json(file: str, place: str, error: Exception) -> ImportFileError:
    return ImportFileError(file, place, f"not JSON this app can read ({type(error).__name__})")


def _within(member: str, place: str) -> str:
    return f"{member}: {place}" if member else place


def folder_files(folder: Path, skipped: list[tuple[str, str]] | None = None) -> Iterator[str]:
    """The regular files in a folder and its subfolders, as "/"-separated relative paths in a fixed
    order (a folder's files by name, then its subfolders in turn), leaving out hidden ones
    (.obsidian, .git, .DS_Store): what an import of a folder sees.

    Links are not followed, to files or to folders: one may lead out of the folder the leader
    chose (to /etc/passwd, say), back into a folder that holds it (a loop), or to a file that is
    read under its own name anyway. Named pipes, devices and sockets are not read either: opening
    a pipe waits for a writer. Each of these goes into ``skipped`` as (path, "link") or (path,
    "special"), the path of a link to a folder ending in "/"."""

    def skip(name: str, reason: str) -> None:
        if skipped is not None:
            skipped.append((name, reason))

    seen: set[tuple[int, int]] = set()  # folders already walked, should a junction or mount loop back
    folders = [""]
    while folders:
        base = folders.pop()
        where = folder / base
        try:
            identity = os.stat(where)
            with os.scandir(where) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:  # os.walk would skip an unreadable folder without a word
            raise ImportFileError(
                error.filename or str(where), "", f"cannot read the folder ({error.strerror or error})"
            ) from error
        if identity.st_ino and (identity.st_dev, identity.st_ino) in seen:
            skip(base, "link")
            continue
        seen.add((identity.st_dev, identity.st_ino))
        inside = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = base + entry.name
            try:
                if entry.is_symlink():
                    skip(name + "/" if entry.is_dir() else name, "link")
                elif entry.is_dir(follow_symlinks=False):
                    inside.append(name + "/")
                elif entry.is_file(follow_symlinks=False):
                    yield name
                else:
                    skip(name, "special")
            except OSError as error:
                raise cannot_read(str(where / entry.name), error) from error
        folders += reversed(inside)


def no_markdown(skipped: int) -> str:
    """Why a folder gives nothing to import, ``skipped`` files not read (see :func:`folder_files`)."""
    hint = " (links and files that are not regular files are skipped)" if skipped else ""
    return f"no Markdown files (.md) in the folder{hint}"


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
            value.astimezone(UTC)
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


# -- a large JSON file, an item at a time ------------------------------------------------------


class _Syntax(Exception):
    """Where a streamed JSON file stops being JSON (as json.JSONDecodeError says it)."""

    def __init__(self, message: str, position: int):
        super().__init__(message)
        self.message, self.position = message, position


class JsonStream:
    """The JSON file at ``path``, an object holding one large list (``key``: jrnl's "entries"),
    read a piece at a time so that memory stays flat however long the list is: :meth:`items`
    gives each of the list's items in turn, then the object's other members are in
    :attr:`others`. The file is read anew by each call. What is wrong with it (not UTF-8, not
    JSON, cut short, empty, too large) raises the ImportFileError :func:`parse_json` raises for
    the same file, with the same place (byte, or line and column), when the reading gets there."""

    CHUNK = 2**20

    def __init__(self, path: Path, key: str):
        self.path, self.file, self.key = path, str(path), key
        self.others: dict[str, Any] = {}

    def items(self) -> Iterator[Any]:
        with open_file(self.path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_TEXT_BYTES:
                raise too_large(self.file, "", size, MAX_TEXT_BYTES)
            reader = _Reader(handle, self.file)
            try:
                yield from self._object(reader)
            except _Syntax as error:
                raise reader.problem(error) from None
            except (ValueError, RecursionError) as error:  # as parse_json: digits by the thousand, deep nesting
                raise _unreadable_json(self.file, "", error) from error

    def _object(self, reader: _Reader) -> Iterator[Any]:
        self.others = {}
        if reader.next_char() is None:
            raise ImportFileError(self.file, "", "the file is empty")
        if reader.peek() != "{":  # not an object: read whole, for the reader's own "expected an object"
            self.others = reader.value()
            reader.end()
            return
        reader.take("{")
        seen = False
        if reader.next_char() == "}":  # {}
            reader.take("}")
            reader.end()
            return
        while True:
            if reader.next_char() != '"':
                raise _Syntax("Expecting property name enclosed in double quotes", reader.position)
            key = reader.value()
            reader.expect(":", "Expecting ':' delimiter")
            if key == self.key and reader.next_char() == "[":
                if seen:
                    raise ImportFileError(self.file, "", f'the file has "{key}" twice')
                seen = True
                reader.take("[")
                if reader.next_char() == "]":
                    reader.take("]")
                else:
                    while True:
                        yield reader.value()
                        if reader.expect(",]", "Expecting ',' delimiter") == "]":
                            break
                self.others[key] = []
            else:
                self.others[key] = reader.value()
            if reader.expect(",}", "Expecting ',' delimiter") == "}":
                break
        reader.end()


class _Reader:
    """UTF-8 text read in pieces, as JSON values: a window onto the file that keeps the line and
    column of each place, for messages."""

    _decode = json.JSONDecoder().raw_decode

    def __init__(self, handle: IO[bytes], file: str):
        self.handle, self.file = handle, file
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text, self.at = "", 0  # the window, and the place in it
        self.read_bytes = 0
        self.before = 0  # characters before the window
        self.lines_before, self.line_start = 0, 0  # newlines before it; where the last line begins
        self.done = False

    @property
    def position(self) -> int:
        return self.before + self.at

    def _more(self) -> bool:
        if self.done:
            return False
        try:
            raw = self.handle.read(JsonStream.CHUNK)
        except OSError as error:
            raise cannot_read(self.file, error) from error
        pending = len(self.decoder.getstate()[0])  # the end of the last piece, not yet a character
        try:
            piece = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as error:
            place = f"byte {self.read_bytes - pending + error.start}"
            raise ImportFileError(self.file, place, "the file is not UTF-8 text") from error
        self.read_bytes += len(raw)
        self.done = not raw
        kept = self.text[self.at :]  # what is read is let go: memory stays a window's
        dropped = self.text[: self.at]
        newlines = dropped.count("\n")
        if newlines:
            self.line_start = self.before + dropped.rfind("\n") + 1
        self.lines_before += newlines
        self.before += self.at
        self.text, self.at = kept + piece, 0
        return True

    def next_char(self) -> str | None:
        """The next character that is not white space, not taken; None at the end."""
        while True:
            while self.at < len(self.text) and self.text[self.at] in " \t\n\r":
                self.at += 1
            if self.at < len(self.text):
                return self.text[self.at]
            if not self._more():
                return None

    def peek(self) -> str:
        return self.text[self.at]

    def take(self, char: str) -> None:
        assert self.text[self.at] == char
        self.at += 1

    def expect(self, chars: str, message: str) -> str:
        found = self.next_char()
        if found is None or found not in chars:
            raise _Syntax(message, self.position)
        self.at += 1
        return found

    def value(self) -> Any:
        """The next JSON value. Tried on what is read, and again with more while it might be cut
        short by the window's end (or ends right at it, or a number might go on past it)."""
        if self.next_char() is None:
            raise _Syntax("Expecting value", self.position)
        while True:
            try:
                value, end = self._decode(self.text, self.at)
            except json.JSONDecodeError as error:
                if self._more():
                    continue
                raise _Syntax(error.msg, self.before + error.pos) from None
            if (end < len(self.text) and not self._may_go_on(value, end)) or not self._more():
                self.at = end
                return value

    def _may_go_on(self, value: Any, end: int) -> bool:
        """Whether a number read may go on past the window ("0" of "0.5" read as far as "0.")."""
        return isinstance(value, int | float) and not isinstance(value, bool) and self.text[end] in ".eE+-0123456789"

    def end(self) -> None:
        if self.next_char() is not None:
            raise _Syntax("Extra data", self.position)

    def problem(self, error: _Syntax) -> ImportFileError:
        """parse_json's words for ``error``, at its line and column in the whole file."""
        inside = error.position - self.before
        if 0 <= inside <= len(self.text):
            newlines = self.text.count("\n", 0, inside)
            line = self.lines_before + newlines + 1
            start = self.before + self.text.rfind("\n", 0, inside) + 1 if newlines else self.line_start
        else:  # not in the window (never so, as the reading goes): the line is not known
            line, start = self.lines_before + 1, self.line_start
        return _not_json(self.file, f"line {line}, column {error.position - start + 1}", error.message)

"""The journal database: the only module that speaks SQL.

Returns model objects, never rows. Every write runs in one transaction (:meth:`Store._writing`),
so a crash leaves either all of it or none. The connection is in autocommit mode: nothing is ever
left in a transaction Python's sqlite3 opened on its own. The schema is built by sqlite-utils
migrations (see migrations.py).
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from framework.personal import OWN_CRITERION_PREFIX, OwnCriterion, PersonalFramework, Revision

from . import migrations
from .errors import (
    ConflictError,
    CorruptDatabaseError,
    DamagedJournalError,
    DatabaseError,
    DiskFullError,
    EncryptionUnavailableError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAJournalError,
    NotFoundError,
    PassphraseNeededError,
    ReadOnlyError,
    WriteError,
)
from .keys import CIPHERS, PageFormat, page_format, read_keyfile
from .model import (
    NextStep,
    PeriodCounts,
    Reflection,
    ReflectionFilter,
    ReflectionSummary,
    new_uuid,
    now_utc,
)
from .search import any_of, fts_query, has_words, holds, telling_words, words_in
from .templates import Template, cleaned, sections_from_json, sections_to_json

BUSY_TIMEOUT_MS = 5000
_BATCH = 500
# Tables holding a reflection's sets, and the column that holds the value.
_LINKS = (
    ("reflection_themes", "theme_id", "theme_ids"),
    ("reflection_criteria", "criterion_id", "criterion_ids"),
    ("reflection_stakeholders", "stakeholder", "stakeholders"),
    ("reflection_tags", "tag", "tags"),
)
_COLUMNS = (
    "id, uuid, entry_at, created_at, updated_at, title, body, template, situation, action, "
    "outcome, learning, context_id, private, starred, deleted_at"
)


# A reflection as serialize.reflection_to_dict has it, field for field and in its order: the
# timestamps as stored (written by isoformat, so read back unchanged), the flags as true and
# false, no context as null, each set sorted (SQLite's binary order of UTF-8 is Python's order of
# strings) and the next steps in their order. See Store.reflections_as_json.
_FLAG = "json(CASE WHEN r.{0} THEN 'true' ELSE 'false' END)"
_SORTED_SET = "(SELECT json_group_array({1}) FROM (SELECT {1} FROM {0} WHERE reflection_id = r.id ORDER BY {1}))"
_AS_JSON = (
    "SELECT r.id, json_object('uuid', r.uuid, 'entry_at', r.entry_at, 'title', r.title, 'body', r.body, "
    f"'template', {_FLAG.format('template')}, 'situation', r.situation, 'action', r.action, "
    "'outcome', r.outcome, 'learning', r.learning, 'context_id', nullif(r.context_id, ''), "
    f"'private', {_FLAG.format('private')}, 'starred', {_FLAG.format('starred')}, "
    + "".join(f"'{attribute}', {_SORTED_SET.format(table, column)}, " for table, column, attribute in _LINKS)
    + "'next_steps', (SELECT json_group_array(json_object('id', id, 'text', text, 'due', due, 'done_at', done_at)) "
    "FROM (SELECT id, text, due, done_at FROM next_steps WHERE reflection_id = r.id ORDER BY position)), "
    "'created_at', r.created_at, 'updated_at', r.updated_at, 'deleted_at', r.deleted_at) "
    f"FROM reflections r WHERE r.id > ? ORDER BY r.id LIMIT {_BATCH}"
)


@dataclass(frozen=True)
class MergeResult:
    """What an import did: reflections added, updated (newer in the file) and left as they were."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    revisions_added: int = 0
    templates_added: int = 0  # the leader's own templates, new to this journal


class SimilarReflection(NamedTuple):
    """A reflection like a given text (:meth:`Store.similar`), with what it is tagged with."""

    sort_key: int  # its time_key: its place in the journal's order
    uuid: str
    score: float  # the search index's bm25, turned positive: the higher, the more alike
    theme_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    context_id: str | None


# How a text is compared with the journal (Store.similar). The cost of a ranked query is the
# matches of its words, every one of which is scored: "og" alone is 100,000 at 100,000
# reflections, and 30 words of a reflection, each in a few percent of them, took 60 to 140 ms.
# So the words asked are the rarest, within a bound on their matches; bm25 gives a word in many
# reflections little weight anyway (in a third of them: a seventh of the weight of one in 1 %).
SIMILAR_WORDS_COUNTED = 40  # of a text's words (the longest), whose reflections are counted
SIMILAR_PROBE = 500  # counted up to this many at first: a word in more is asked only ...
SIMILAR_WORDS_AT_LEAST = 8  # ... when the rarer ones are fewer than this
SIMILAR_WORDS_ASKED = 30  # at most, the rarest
SIMILAR_COMMON = 2000  # a word in this many reflections or more is left out
SIMILAR_MATCHES_AT_MOST = 2500  # the words asked may have this many matches in all (bm25: 6 µs each)


SUMMARY_LINE_MAX = 120  # a list shows one line of it; 100,000 of them are kept while scrolling


_LINE_MARKS = frozenset("#-*+>0123456789")  # what a heading, list or quote line starts with
_INLINE_MARKS = frozenset("*_`~[")  # what emphasis, code and links are made of


def _words_of(r: Reflection) -> set[str]:
    """The words the search index holds of a reflection (what the vocabulary must know)."""
    return words_in("\n".join(getattr(r, column) for column in migrations.FTS_COLUMNS))


_SEARCHED = ", ".join(f"r.{column}" for column in migrations.FTS_COLUMNS)  # search_holds' fields
# The rows that travel whole in a sync (Store.sync_object): kind -> table, key column, columns.
_SYNCED_ROWS = {
    "framework": ("personal_framework", "id", ("data", "updated_at")),
    "criterion": ("own_criteria", "id", ("theme_id", "text", "created_at", "retired_at")),
    "revision": ("framework_revisions", "uuid", ("name", "created_at", "data")),
    "template": ("own_templates", "id", ("name", "sections", "created_at", "updated_at", "deleted_at")),
}
_SEARCHED_COLUMNS = ", ".join(migrations.FTS_COLUMNS)
_FTS_INSERT = "reflections_fts_insert"  # the trigger that indexes a new reflection for search
# A next step not done, on a reflection not in the Trash: told by the Trash's own small index,
# without reading the reflection's row (see Store.open_next_steps).
_OPEN_STEP = (
    "s.done_at IS NULL AND s.reflection_id NOT IN "
    "(SELECT id FROM reflections INDEXED BY reflections_trash WHERE deleted_at IS NOT NULL)"
)
# A merge reads the words of what it inserted row by row while they are fewer than this share of
# the journal (one in eight); more, and it reads the index's list of words (Store._learn_merged).
_WORDS_BY_ROW_AT_MOST = 8


def first_line(markdown: str) -> str:
    """The first line with words in it, as plain text: no Markdown marks for headings, lists,
    quotes, emphasis, code or links."""
    for line in markdown.splitlines():
        plain = line.strip()
        if not plain:
            continue
        if plain[0] not in _LINE_MARKS and _INLINE_MARKS.isdisjoint(plain):
            return plain  # most lines: nothing to take away (and no pattern to compile at start)
        words = re.sub(r"^\s*(?:#{1,6}\s+|[-*+>]\s+|\d+[.)]\s+)*", "", line)
        words = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", words)  # [text](url) -> text
        words = re.sub(r"(\*\*|\*|`|~~)(?=\S)(.+?)(?<=\S)\1", r"\2", words)
        words = re.sub(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2", words).strip()  # not in snake_case
        if words:
            return words
    return ""


def _at_most(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _utc_key(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


# A reflection's place in the journal's order as one integer (``time_key``, a column since
# migration 0007, which computes it in SQL as this does): the second of its time in UTC, shifted
# by this, plus its id (below 2**22, four million reflections) for those written in the same second.
TIME_KEY_SHIFT = 22


def _time_key_at(day: date) -> int:
    """The ``time_key`` of the first moment of ``day`` in UTC (see migration 0007)."""
    seconds = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    return seconds << TIME_KEY_SHIFT


def _time_key_before(moment: datetime | None) -> int:
    """The ``time_key`` that every reflection written before ``moment`` (to the second) is below;
    for None, one above them all."""
    if moment is None:
        return 1 << 62  # above every time key (SQLite's integers have 63 bits and a sign)
    return int(moment.timestamp()) << TIME_KEY_SHIFT


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# A list of 100,000 summaries holds 100,000 times a handful of values: each time zone and each
# set of themes once, not once a row (about 150 bytes a row).
_ZONES: dict[timedelta | None, tzinfo | None] = {}
_THEME_SETS: dict[str, tuple[str, ...]] = {}


def _shared_moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    zone = _ZONES.setdefault(moment.utcoffset(), moment.tzinfo)
    return moment if zone is moment.tzinfo else moment.replace(tzinfo=zone)


def _theme_set(themes: str | None) -> tuple[str, ...]:
    if not themes:
        return ()
    found = _THEME_SETS.get(themes)
    if found is None:
        found = tuple(sorted(sys.intern(theme) for theme in themes.split()))
        if len(_THEME_SETS) < 1000:  # ids come from the framework: a few dozen combinations
            _THEME_SETS[themes] = found
    return found


def _batches(ids: Sequence) -> Iterator[tuple[str, Sequence]]:
    """``ids`` in batches of _BATCH, each with its SQL parameter marks ("?,?,?")."""
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        yield ",".join("?" * len(batch)), batch


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- encrypted journals ------------------------------------------------------------------------
#
# An encrypted journal is opened through SQLCipher (the ``sqlcipher3`` package, which bundles it),
# a plain one through Python's own sqlite3; both speak the same DB-API. Which one a file needs is
# decided by the folder it is in, never by reading the file (see inspect_database for why this
# process must not open a journal's file but through SQLite): a data folder whose journal is
# encrypted holds the key file (journal.keys), and once unlocked (:func:`unlock_folder`), every
# database file in it and below it (the backups) is opened, and every new one written, with its key.

KEYFILE_NAME = "journal.keys"
_KEYS: dict[Path, bytes] = {}  # data folder -> the key of its journal, while unlocked


def encryption_available() -> bool:
    return _sqlcipher() is not None


def _sqlcipher():
    """SQLCipher's DB-API module, or None on a system without its wheel (plain journals only).
    Imported on first use (6 ms that a plain journal's start does without); its errors then join
    SQLITE_ERRORS, which every ``except`` reads as it runs."""
    global SQLITE_ERRORS, _cipher_module
    if _cipher_module is False:
        try:
            from sqlcipher3 import dbapi2
        except ImportError:
            _cipher_module = None
        else:
            _cipher_module = dbapi2
            SQLITE_ERRORS = (*SQLITE_ERRORS, dbapi2.Error)
            # SQLCipher writes its own complaints (a page that does not decrypt) to stderr, over the
            # command line's one clear line; the error raised says it all.
            with closing(dbapi2.connect(":memory:")) as quiet:
                quiet.execute("PRAGMA cipher_log_level = NONE")
    return _cipher_module


_cipher_module = False  # not looked for yet


def unlock_folder(folder: Path, key: bytes) -> None:
    """Open (and write) the database files in ``folder`` and below with ``key`` from now on."""
    if _sqlcipher() is None:
        raise EncryptionUnavailableError(None)
    _KEYS[Path(folder).resolve()] = bytes(key)


def is_unlocked(folder: Path) -> bool:
    return Path(folder).resolve() in _KEYS


def lock_folder(folder: Path) -> None:
    """Forget the key of ``folder`` (the window is locked, or the journal was decrypted)."""
    _KEYS.pop(Path(folder).resolve(), None)


def _folder_of(path: Path) -> tuple[Path | None, bytes | None]:
    """The encrypted data folder ``path`` is in (the journal's, or a backups folder below it) and
    its key if unlocked; (None, None) for a file in no encrypted folder."""
    resolved = Path(path).resolve()
    for folder in list(resolved.parents)[:2]:
        if (folder / KEYFILE_NAME).exists():
            return folder, _KEYS.get(folder)
        _KEYS.pop(folder, None)  # decrypted (by another program, perhaps) since it was unlocked
    return None, None


def _page_format(path: Path) -> PageFormat:
    """How the pages of the encrypted database file at ``path`` are laid out and checked: as its
    folder's key file says (see journal.keys), read at each connection as the key file may change
    under a long-running window (the journal decrypted and encrypted again)."""
    folder = _folder_of(path)[0]
    return page_format(read_keyfile(folder / KEYFILE_NAME)) if folder is not None else CIPHERS["sqlcipher4"]


def is_encrypted(path: Path) -> bool:
    """Whether the database file at ``path`` is in an encrypted data folder."""
    return _folder_of(path)[0] is not None


BY_FOLDER = b"by folder"  # _connect's default: the key of the file's folder, if it is encrypted


def folder_key(path: Path) -> bytes | None:
    """The key the database files at ``path`` (a file or a folder in a data folder) are written
    with: the data folder's if it is encrypted, else None. Raises PassphraseNeededError for an
    encrypted folder that is locked."""
    folder, key = _folder_of(Path(path) / "_")
    if folder is not None and key is None:
        raise PassphraseNeededError(Path(path))
    return key


def _connect(target: str | Path, path: Path | None = None, uri: bool = False, key: bytes | None = BY_FOLDER, **options):
    """A connection to ``target`` (a file name, or a URI naming ``path``), keyed if its folder is
    encrypted (or with ``key``; None: plain, whatever the folder). Raises PassphraseNeededError for
    an encrypted folder that is locked."""
    if key is BY_FOLDER:
        folder, key = _folder_of(Path(path if path is not None else target))
        if folder is not None and key is None:
            raise PassphraseNeededError(Path(path if path is not None else target))
    if key is None:
        return sqlite3.connect(target, uri=uri, **options)
    cipher = _sqlcipher()
    if cipher is None:
        raise EncryptionUnavailableError(path)
    pages = _page_format(Path(path if path is not None else target))
    connection = cipher.connect(str(target), uri=uri, **options)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # a raw key: no derivation at every open
    for pragma in pages.pragmas():
        connection.execute(pragma)
    # A page read from the file is decrypted and checked (AES-256, HMAC) each time SQLite
    # reads it, where a plain journal's page comes from the system's file cache. A larger cache of
    # decrypted pages (32 MB a connection instead of SQLite's 2 MB) was measured at 100,000
    # reflections: the patterns' sums became as quick as unencrypted, the first read of a search
    # or filter did not, and the window's peak memory grew by 100 MB. Left at SQLite's default.
    return connection


# What a query can raise: SQLite's errors (and SQLCipher's, once loaded: see _sqlcipher), and the one
# Python raises instead when SQLite's message quotes bytes that are not UTF-8, as it does when the
# text of a damaged schema is at fault. Read it as ``store.SQLITE_ERRORS``, never imported by name.
SQLITE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, UnicodeDecodeError)
_UNREADABLE_SCHEMA = "its schema is damaged: SQLite's words about it are not even text"
RESTORE_OR_MOVE = (
    "Restore it from a backup ('ledelsesjournal restore latest --yes', or in the app) or choose another data folder."
)


def damaged(path: Path | None, what: str, readable: bool = False) -> CorruptDatabaseError:
    """The one message for a journal damaged in any way, with what is damaged in brackets;
    ``readable``: damage inside a journal that can still be read (and so is only not written)."""
    where = str(path) if path else "the journal"
    if readable:
        return DamagedJournalError(
            path,
            f"{where} is damaged ({what}). Nothing was written to it, so that the "
            "damage does not spread; what can be read can still be read and exported. " + RESTORE_OR_MOVE,
        )
    return CorruptDatabaseError(
        path, f"{where} is damaged or is not a database ({what}). It was not changed. " + RESTORE_OR_MOVE
    )


def _damage_in(connection: sqlite3.Connection, path: Path | None, full: bool = False) -> str | None:
    """What ``PRAGMA quick_check`` (``integrity_check`` if ``full``) finds wrong, or None."""
    try:
        found = [row[0] for row in connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
    except SQLITE_ERRORS as error:
        explained = explain_sqlite_error(error, path)
        if isinstance(explained, CorruptDatabaseError):
            return _UNREADABLE_SCHEMA if isinstance(error, UnicodeDecodeError) else str(error).splitlines()[0][:200]
        raise explained from error
    if found == ["ok"]:
        return None
    first = " ".join(found[0].split())  # SQLite's first problem may take two lines
    more = f", and {len(found) - 1} more" if len(found) > 1 else ""
    return f"{first[:200]}{more}"


def read_only_reason(path: Path) -> str | None:
    """Why the journal at ``path`` cannot be written (its folder or the file is read-only), with
    what to do; None if it can be. Reading it works all the same (see :func:`connect_to_read`)."""
    if not os.access(path.parent, os.W_OK):
        return (
            f"{path} cannot be written: the folder {path.parent} is read-only. Reading it works; to write, "
            "make the folder writable for you, or copy the journal into a folder you can write to and give "
            "that folder with --data-dir. Nothing was changed."
        )
    if path.exists() and not os.access(path, os.W_OK):
        return (
            f"{path} cannot be written: the file is read-only. Reading it works; to write, make the file "
            "writable for you, or copy the journal into a folder you can write to and give that folder with "
            "--data-dir. Nothing was changed."
        )
    return None


def connect_to_read(path: Path) -> sqlite3.Connection:
    """A connection that only reads, and leaves no file beside the journal.

    SQLite's read-only mode creates a journal's -wal and -shm files where they are missing (a
    journal in write-ahead-log mode needs them to be read), and, being read-only, cannot remove
    them when it closes: every refused journal, and every journal a restore kept that was
    restored in its turn, kept two empty files beside it. So where they are not there, an
    ordinary connection reads, and SQLite removes them again as it closes, if no other program
    has the journal open; where they are (the journal is open, or a crash left its log), the
    read-only mode reads. In a folder that cannot be written, neither can be made, and none is
    needed: nothing can write to a journal there, which is read as an unchanging file."""
    path = Path(path)
    uri = path.resolve().as_uri()
    if path.with_name(path.name + "-wal").exists():
        uri += "?mode=ro"
    elif read_only_reason(path) is not None:
        uri += "?mode=ro&immutable=1"
    else:
        uri += "?mode=rw"
    return _connect(uri, path, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def find_damage(path: Path, full: bool = False) -> DamagedJournalError | None:
    """Check the whole journal at ``path`` through a read-only connection of its own (so that it
    can run in a thread beside the window); the damage found, or None. See :class:`Store` for
    what this costs and when it runs."""
    try:
        connection = connect_to_read(Path(path))
    except SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, path) from error
    try:
        what = _damage_in(connection, path, full)
    finally:
        connection.close()
    return None if what is None else damaged(path, what, readable=True)


def explain_sqlite_error(error: sqlite3.Error | UnicodeDecodeError, path: Path | None) -> DatabaseError:
    """Turn SQLite's terse errors into messages that say what to do."""
    if isinstance(error, UnicodeDecodeError):
        return damaged(path, _UNREADABLE_SCHEMA)
    text = str(error).lower()
    where = str(path) if path else "the journal"
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(path)
    if "full" in text:
        return DiskFullError(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(path)
    if "constraint failed" in text:
        return ConflictError(path, detail=str(error))
    # "could not decode": a text value (or a name in the schema) that is not text; "vtable
    # constructor failed": the search index's own pages cannot be read (an encrypted journal's
    # page that fails its check is met so when the index is opened).
    if any(
        sign in text
        for sign in ("not a database", "malformed", "corrupt", "could not decode to utf-8", "vtable constructor failed")
    ):
        return damaged(path, str(error).splitlines()[0][:200])
    return DatabaseError(path, f"{where} could not be used: {error}")


_NOT_OURS = re.compile(
    r"sqlite_(?:sequence|stat\d)|_sqlite_migrations|idx__sqlite_migrations_\w*"
    r"|reflections_fts_(?:data|idx|content|docsize|config)"
)


def schema_outline(connection: sqlite3.Connection) -> dict[str, str]:
    """The journal's tables, their columns, indexes and triggers, as SQLite understood its
    schema: what :data:`migrations.OUTLINE` says this version builds.

    Read from SQLite's parse (``PRAGMA table_xinfo``), not from the schema's text, so that how a
    version of SQLite writes the text down cannot matter. Left out: the tables sqlite-utils keeps
    its record of steps in, and those the search index keeps its data in, which are theirs."""
    outline = {}
    for kind, name, table in connection.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall():
        if _NOT_OURS.fullmatch(name) or _NOT_OURS.fullmatch(table):
            continue
        if kind != "table":
            outline[name] = f"{kind} on {table}"
            continue
        outline[name] = ", ".join(
            " ".join(
                part
                for part in (
                    column,
                    declared,
                    "not null" if not_null else "",
                    "" if default is None else f"default {default}",
                    "key" if key else "",
                    f"hidden {hidden}" if hidden else "",
                )
                if part
            )
            for _, column, declared, not_null, default, key, hidden in connection.execute(
                f"PRAGMA table_xinfo('{name}')"
            )
        )
    return dict(sorted(outline.items()))


def check_schema(connection: sqlite3.Connection, path: Path | None) -> None:
    """Refuse a journal whose schema is not the one this version builds (bytes flipped in its
    text, say): a column whose name or type changed fails only the first query that uses it, or
    reads another column's values without a word."""
    try:
        found = schema_outline(connection)
    except SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, path) from error
    if found != migrations.OUTLINE:
        names = sorted(
            name for name in found.keys() | migrations.OUTLINE.keys() if found.get(name) != migrations.OUTLINE.get(name)
        )
        raise damaged(path, f"its schema is not as Ledelsesjournal wrote it: {', '.join(names)}")


def inspect_database(path: Path) -> int:
    """Refuse a file we must not open for writing, without writing to it; its schema version
    (0 for a new journal).

    An empty or missing file is fine (a new journal). Anything else must be an SQLite database
    that is either empty or ours, and not newer than this app.

    The file is only ever opened through SQLite, never by Python itself: closing any handle on
    a database file ends every lock this process holds on it (POSIX locks belong to the process,
    not to the handle), those of connections still open included. A window whose background
    queries opened the journal a second time then held it without a lock; another program that
    closed the journal took itself for the last one and removed the log the window was still
    writing to, and the window's next saves were lost. SQLite's own check of the header says the
    same as reading it did ("file is not a database").
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    if not os.access(path, os.R_OK):
        raise DatabaseError(path, f"{path} cannot be read (permission denied). Check its permissions.")
    try:
        conn = connect_to_read(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, path) from error
    if application_id != migrations.APPLICATION_ID and (tables or application_id):
        raise NotAJournalError(
            path,
            f"{path} is a database of another program, not a Ledelsesjournal journal. "
            "It was not changed. Choose another data folder.",
        )
    if version > migrations.schema_version():
        raise NewerDatabaseError(
            path,
            f"{path} was written by a newer version of Ledelsesjournal (schema {version}; this "
            f"version knows {migrations.schema_version()}). It was not changed. Install the newer "
            "version to open it.",
        )
    return version


def needs_upgrade(path: Path) -> bool:
    """Whether opening the journal at ``path`` will first bring it up to this version's schema
    (which can take a while: see migrations.py). Raises as ``inspect_database`` does."""
    return 0 < inspect_database(path) < migrations.schema_version()


# -- database files other than the open journal (backups; the journal beside the window) -----


def check_whole_journal(path: Path) -> None:
    """Refuse the database file at ``path`` (a backup to restore) unless it is a whole, undamaged
    Ledelsesjournal journal of a schema this version knows (``PRAGMA integrity_check``), without
    writing to it. An older schema is fine: it is checked once opening it has upgraded it.

    Raises as :func:`inspect_database` does, NotAJournalError for an SQLite database without the
    journal's application id, CorruptDatabaseError for what the check finds."""
    version = inspect_database(path)  # not SQLite, another program's, or newer
    try:
        with closing(connect_to_read(path)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if (
                application_id == migrations.APPLICATION_ID
                and problems == ["ok"]
                and version == migrations.schema_version()
            ):
                check_schema(connection, path)  # an older one is checked once it is upgraded
    except SQLITE_ERRORS as error:
        raise explain_sqlite_error(error, path) from error
    if application_id != migrations.APPLICATION_ID:
        raise NotAJournalError(path, "an SQLite database without the journal's application id")
    if problems != ["ok"]:
        raise CorruptDatabaseError(path, "\n".join(problems))


def live_reflections_in(path: Path) -> int | None:
    """How many reflections not in the Trash the database file at ``path`` (a backup) holds; None
    if it cannot be read. Cheap enough to show beside every backup. Read as immutable (a backup
    never changes once made), so that looking leaves no -wal and -shm files behind; unless a -wal
    is there (a journal kept by a restore after a crash), which only a normal read takes in."""
    immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro{immutable}"
        with closing(_connect(uri, path, uri=True)) as connection:
            return connection.execute("SELECT count(*) FROM reflections WHERE deleted_at IS NULL").fetchone()[0]
    except SQLITE_ERRORS:  # a damaged schema's complaint may not even be text
        return None


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of a database (the open journal, or one opened by :func:`connect_to_read`),
    as one self-contained file at ``target``. SQLite's errors are left to the caller, who knows
    what the copy is for.

    Through SQLite, not the file system: the copy is of one moment even while the source is
    written, and takes in a write-ahead log the source may have. The copy would keep the source's
    write-ahead mode; switched back, it opens read-only without leaving -wal and -shm files behind.
    """
    with closing(_connect(target)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")


def convert_database(source: Path, target: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """Write the whole database at ``source`` into the new file ``target``, encrypted with
    ``target_key`` (None: plain), reading ``source`` with ``source_key`` (None: plain). Through
    SQLCipher's ``sqlcipher_export``, which copies the schema and every row; the header's version
    and application id, which it leaves out, are copied after. The caller has made sure nothing
    else writes ``source``, and puts ``target`` in place. SQLite's errors are left to the caller."""
    cipher = _sqlcipher()
    if cipher is None:
        raise EncryptionUnavailableError(source)
    pages = _page_format(target)  # both are in the same folder
    with closing(cipher.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
        connection.isolation_level = None
        if source_key is not None:
            connection.execute(f"PRAGMA key = \"x'{source_key.hex()}'\"")
            for pragma in pages.pragmas():
                connection.execute(pragma)
        key = f"x'{target_key.hex()}'" if target_key is not None else ""
        connection.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), key))
        try:
            if target_key is not None:
                for pragma in pages.pragmas("target."):
                    connection.execute(pragma)
            connection.execute("SELECT sqlcipher_export('target')")
            for pragma in ("user_version", "application_id"):
                value = int(connection.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                connection.execute(f"PRAGMA target.{pragma} = {value}")
        finally:
            connection.execute("DETACH DATABASE target")


def copy_into_encrypted_folder(source: Path, target: Path) -> None:
    """Copy the plain database at ``source`` (a backup kept outside the data folder) into the new
    file ``target`` in an encrypted, unlocked folder, encrypted with the folder's key: SQLite's
    online copy cannot go from a plain connection to an encrypted one."""
    folder, key = _folder_of(target)
    if folder is None or key is None:
        raise PassphraseNeededError(target)
    convert_database(source, target, None, key)


# -- the rows of a journal, as a backup keeps them (journal.packs) --------------------------


@dataclass(frozen=True)
class KeptTable:
    """A table whose rows a backup keeps: all but SQLite's own, the virtual tables and those a
    virtual table keeps for itself (the search index, which is built again from the rows).
    ``columns``: its own, not the generated ones, which SQLite computes again as rows are written."""

    name: str
    columns: tuple[str, ...]
    rowid: bool  # False: WITHOUT ROWID, its rows in its key's order


def _kept_tables(connection: sqlite3.Connection) -> list[KeptTable]:
    schema = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for _, name, sql in schema if _is_virtual(sql)]
    return [
        KeptTable(
            name,
            tuple(row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')),
            "WITHOUT ROWID" not in (sql or "").upper(),
        )
        for _, name, sql in schema
        if not (name.startswith("sqlite_") or _is_virtual(sql) or any(name.startswith(f"{v}_") for v in virtual))
    ]


def _is_virtual(sql: str | None) -> bool:
    return (sql or "").upper().startswith("CREATE VIRTUAL TABLE")


@contextmanager
def kept_rows(connection: sqlite3.Connection) -> Iterator[tuple[dict, list[tuple[KeptTable, Iterator[tuple]]]]]:
    """The journal ``connection`` reads, as one moment (a read transaction for the block): its
    header (``user_version``, ``application_id``, ``reflections``: those not in the Trash) and
    each kept table with its rows (the rowid first, in rowid order, where it has one). SQLite's
    errors are left to the caller."""
    connection.execute("BEGIN")
    try:
        header = {p: int(connection.execute(f"PRAGMA {p}").fetchone()[0]) for p in ("user_version", "application_id")}
        header["reflections"] = connection.execute(
            "SELECT count(*) FROM reflections WHERE deleted_at IS NULL"
        ).fetchone()[0]
        tables = []
        for table in _kept_tables(connection):
            listed = ", ".join(f'"{column}"' for column in table.columns)
            select = (
                f'SELECT rowid, {listed} FROM "{table.name}" ORDER BY rowid'
                if table.rowid
                else f'SELECT {listed} FROM "{table.name}"'
            )
            tables.append((table, connection.execute(select)))
        yield header, tables
    finally:
        connection.execute("ROLLBACK")


def write_kept_rows(
    target: Path,
    key: bytes | None,
    version: int,
    tables: Iterable[tuple[str, tuple[str, ...], bool, Iterable[list]]],
    refuse: Callable[[str], Exception],
) -> None:
    """Make the new database file ``target`` (encrypted with ``key``, None: plain) a journal of
    schema ``version`` holding ``tables``' rows: (name, columns, has rowid, batches of rows as
    :func:`kept_rows` gave them). The schema is the one the migrations build for that version; a
    table or column it does not have, or a row that does not fit, raises ``refuse(what)``. The
    search index is built from the rows at the end. The caller removes ``target`` if this raises."""
    with closing(_connect(Path(target), key=key, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
        migrations.apply(connection, upto=version)  # as that version of the app made a journal
        connection.isolation_level = None
        kept = {table.name: table for table in _kept_tables(connection)}
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        triggers = [(name, sql) for kind, name, sql in schema if kind == "trigger"]
        virtual = [name for kind, name, sql in schema if kind == "table" and _is_virtual(sql)]
        connection.execute("BEGIN")
        for name, _ in triggers:  # the search index is built once at the end, not row by row
            connection.execute(f'DROP TRIGGER "{name}"')
        for name in kept:
            connection.execute(f'DELETE FROM "{name}"')  # what the steps wrote: the rows given have it all
        for name, columns, rowid, batches in tables:
            if name not in kept or rowid != kept[name].rowid:
                raise refuse(f"a table {name!r} this version does not have")
            if not set(columns) <= set(kept[name].columns):
                raise refuse(f"columns {sorted(set(columns) - set(kept[name].columns))} in {name}")
            listed = (["rowid"] if rowid else []) + list(columns)
            quoted = ", ".join(f'"{column}"' for column in listed)
            insert = f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join("?" * len(listed))})'
            for rows in batches:
                if any(not isinstance(row, list) or len(row) != len(listed) for row in rows):
                    raise refuse(f"rows of {name} that do not fit it")
                connection.executemany(insert, rows)
        for name in virtual:
            connection.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'rebuild\')')
        for _, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")


def fold_write_ahead_log(path: Path, key: bytes | None = BY_FOLDER) -> None:
    """Fold the -wal of the journal at ``path`` into the journal and empty it, through a connection
    of its own (``PRAGMA wal_checkpoint(TRUNCATE)``); SQLite removes the -wal as that connection
    closes, unless another program has the journal open. ``key``: as for a connection (the
    folder's, unless told; None for a plain file in a folder being encrypted). SQLite's errors are
    left to the caller."""
    with closing(_connect(path, key=key, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _into_write_ahead_log(connection: sqlite3.Connection) -> str:
    """Switch a journal into write-ahead-log mode (a new one, or one a restore put in place); the
    mode it is in then.

    Switching reads the file's header, then writes it, and SQLite refuses a reader's wish to write
    at once, without waiting, when another program holds the file too (as two programs opening a
    restored or an older journal together do): tried again until the busy timeout is up."""
    if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return "wal"  # as every journal is after its first opening: nothing to switch
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except SQLITE_ERRORS as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


# What one live reflection adds to daily_stats: one row per (kind, key) it counts towards.
# ``{which...}`` select the reflections (one by id, or all); ``{sign}`` is 1 or -1. Migration
# 0003 filled daily_stats with its own copy of this as it was then (without the tags, which 0004
# added); a kind added here needs a step that counts it in the journals already written.
_CONTRIBUTIONS = """
SELECT r.entry_date AS entry_date, c.kind AS kind, c.key AS key, {sign} AS n
FROM reflections r JOIN (
    SELECT r2.id AS rid, 'all' AS kind, '' AS key FROM reflections r2 WHERE {which2}
    UNION ALL SELECT reflection_id, 'theme', theme_id FROM reflection_themes WHERE {which_link}
    UNION ALL SELECT reflection_id, 'criterion', criterion_id FROM reflection_criteria WHERE {which_link}
    UNION ALL SELECT reflection_id, 'stakeholder', stakeholder FROM reflection_stakeholders WHERE {which_link}
    UNION ALL SELECT r3.id, 'context', r3.context_id FROM reflections r3 WHERE r3.context_id IS NOT NULL AND {which3}
    UNION ALL SELECT a.reflection_id, 'theme_pair', a.theme_id || '+' || b.theme_id
        FROM reflection_themes a
        JOIN reflection_themes b ON b.reflection_id = a.reflection_id AND a.theme_id < b.theme_id
        WHERE {which_a}
    UNION ALL SELECT t.reflection_id, 'theme_criterion', t.theme_id || '>' || c.criterion_id
        FROM reflection_themes t JOIN reflection_criteria c ON c.reflection_id = t.reflection_id WHERE {which_t}
    UNION ALL SELECT t.reflection_id, 'theme_context', t.theme_id || '>' || r4.context_id
        FROM reflection_themes t JOIN reflections r4 ON r4.id = t.reflection_id
        WHERE r4.context_id IS NOT NULL AND {which_t}
    UNION ALL SELECT t.reflection_id, 'theme_stakeholder', t.theme_id || '>' || s.stakeholder
        FROM reflection_themes t JOIN reflection_stakeholders s ON s.reflection_id = t.reflection_id WHERE {which_t}
    UNION ALL SELECT reflection_id, 'tag', tag FROM reflection_tags WHERE {which_link}
) c ON c.rid = r.id
WHERE r.deleted_at IS NULL
"""


def contributions(sign: int, one: bool, among: str | None = None) -> str:
    """The SELECT above for one reflection (its id as the named parameter ``:rid``), for those
    whose ids the table ``among`` holds (a column ``id``), or for all."""
    if among is not None:
        ids = f"IN (SELECT id FROM {among})"
        conditions = {
            "which2": f"r2.id {ids}",
            "which_link": f"reflection_id {ids}",
            "which3": f"r3.id {ids}",
            "which_a": f"a.reflection_id {ids}",
            "which_t": f"t.reflection_id {ids}",
        }
    elif one:
        conditions = {
            "which2": "r2.id = :rid",
            "which_link": "reflection_id = :rid",
            "which3": "r3.id = :rid",
            "which_a": "a.reflection_id = :rid",
            "which_t": "t.reflection_id = :rid",
        }
    else:
        conditions = dict.fromkeys(("which2", "which_link", "which3", "which_a", "which_t"), "1")
    return _CONTRIBUTIONS.format(sign=sign, **conditions)


SEARCH_WALK = 100  # the newest reflections a search tests directly first (Store._found) ...
SEARCH_WALK_S = 0.012  # ... and more while those promise to fill the page within this time (s)


def _walk_index(selection: ReflectionFilter) -> str:
    """The index a page of live reflections walks newest first: the one that holds, in the
    journal's order, only rows of the filter's context or privacy when it asks for one (migration
    0010), so that no row is read only to be skipped; else that of every live reflection
    (migration 0009), which answers "not in the Trash" without reading each row."""
    if len(selection.context_ids) == 1:
        return "reflections_live_context"
    if selection.private is not None:
        return "reflections_live_private"
    if selection.starred:
        return "reflections_live_starred"
    return "reflections_live_by_time_key"


class Store:
    """The journal of one leader. Open with :meth:`open` (a file) or :meth:`memory` (tests).

    A damaged journal is never written to: a write into a damaged tree of pages can spread the
    damage, and SQLite itself notices damage only on the pages a statement reads (with one page
    of a journal overwritten, ``add`` went on in six places of six). Reading goes on, so that
    what can be read can be read, exported and backed up.

    Opening checks what is cheap: the header, that the schema parses and is the one this version
    builds (0.2 ms). The pages themselves are checked with ``PRAGMA quick_check``, which reads
    every page of the file. Measured on the benchmark's journals (2 cores, SQLite 3.40), from the
    file cache and from disk: 0.69 s and 5.3 s at 100,000 reflections (900 MB), 85 ms and 0.59 s
    at 10,000 (100 MB), 8 ms and 63 ms at 1,000 (12 MB). ``integrity_check``, which also compares
    every index with its table, takes 1.6 times as long from the cache (1.1 s at 100,000). So:

    - the command line (``check_before_writing``, the default) runs ``quick_check`` once, before
      its first write, and before an upgrade: a write command on a journal of 100,000 waits
      that long once, every other command not at all;
    - the window, whose start must stay within 20 ms of a bare window, opens without it, and
      ``journal.app`` runs ``quick_check`` in a thread once the window is shown, before the daily
      backup (which is not made of a damaged journal); damage found then stops every later write
      (:meth:`refuse_writing`), and the window says so, keeping the text being written. A save
      in the seconds before the check ends is not held back: the check reads beside the window;
    - any statement that meets damage (SQLite says "malformed") stops later writes as well;
    - an encrypted journal is not checked whole before a command's first write, as SQLCipher
      authenticates each page as it reads it (a damaged page is refused, which stops later writes
      as above), and the whole check decrypts every page (10 s at 100,000 reflections); the
      window checks it whole once a day, before its backup.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        check_before_writing: bool = True,
        read_only: str | None = None,
    ):
        """``read_only``: the connection only reads (the folder or the file cannot be written),
        and every write fails with this reason."""
        self.path = path
        self.conn = connection
        self.damage: CorruptDatabaseError | None = None  # found: no more writes
        self.read_only = read_only
        self._new_words: set[str] = set()  # learnt by this transaction's writes (see _vocabulary)
        check_first = check_before_writing and path is not None and read_only is None
        # An encrypted journal is not checked whole before a command's first write: SQLCipher
        # authenticates every page as it is read (a damaged one is refused, and refuses later
        # writes as below), and the whole check decrypts every page, 10 s at 100,000 reflections
        # before `add` could write. The window checks it whole once a day (journal.app).
        self._unchecked = check_first and not is_encrypted(path)
        connection.isolation_level = None  # transactions only where _writing() opens one
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        # A row replaced by INSERT OR REPLACE fires its delete triggers (the full-text index's).
        connection.execute("PRAGMA recursive_triggers = ON")
        # The search's rules, for testing the newest reflections directly (list()).
        connection.create_function("search_holds", 1 + len(migrations.FTS_COLUMNS), holds, deterministic=True)
        if check_first and (
            connection.execute("PRAGMA user_version").fetchone()[0] < migrations.schema_version()
            or connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
        ):
            # An upgrade writes the whole search index anew; WAL, the header. Refused, the journal
            # cannot be opened at all (this version reads only its own schema).
            what = _damage_in(connection, path)
            if what is not None:
                raise damaged(path, what)
            self._unchecked = False
        if read_only is not None:
            if connection.execute("PRAGMA user_version").fetchone()[0] < migrations.schema_version():
                raise ReadOnlyError(
                    path,
                    f"{read_only} (It was written by an older version of Ledelsesjournal, "
                    "and must be brought up to date, which writes to it.)",
                )
        elif path is not None:
            mode = _into_write_ahead_log(connection)
            if mode.lower() != "wal":
                raise DatabaseError(path, f"{path} could not be switched to write-ahead logging ({mode}).")
            # Every commit flushes the log to the disk: a power cut costs what was typed since the last
            # autosave, never a saved reflection (the README's "What a power cut can cost"). The price
            # is one fsync a save: 0.5 ms a save instead of 0.25 on the benchmark's machine (500 saves),
            # more on a disk slow to flush. NORMAL loses the saves the system had not yet written.
            connection.execute("PRAGMA synchronous = FULL")
        migrations.apply(connection)
        check_schema(connection, path)

    @classmethod
    def open(cls, path: str | os.PathLike, check_before_writing: bool = True) -> Store:
        """``check_before_writing``: check every page before the first write (see the class);
        False when the caller checks in a thread of its own and calls :meth:`refuse_writing`."""
        path = Path(path)
        inspect_database(path)
        reason = read_only_reason(path)
        if reason is not None and path.exists() and path.stat().st_size > 0:
            try:
                connection = connect_to_read(path)
            except SQLITE_ERRORS as error:
                raise explain_sqlite_error(error, path) from error
            try:
                return cls(connection, path, read_only=reason)
            except SQLITE_ERRORS as error:
                connection.close()
                raise explain_sqlite_error(error, path) from error
            except BaseException:
                connection.close()
                raise
        if not path.exists():
            # Create the file private before SQLite does; its -wal and -shm files inherit the mode.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError as error:
                raise WriteError(
                    path,
                    f"{path} cannot be created ({error.strerror}). "
                    "Check the folder's permissions or choose another data folder.",
                ) from error
        try:
            connection = _connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        except SQLITE_ERRORS as error:
            raise explain_sqlite_error(error, path) from error
        try:
            return cls(connection, path, check_before_writing)
        except SQLITE_ERRORS as error:
            connection.close()
            raise explain_sqlite_error(error, path) from error
        except BaseException:
            connection.close()
            raise

    @classmethod
    def memory(cls) -> Store:
        return cls(sqlite3.connect(":memory:"), None)

    def close(self) -> None:
        self.conn.close()

    def interrupt(self) -> None:
        """Stop the query running now (from another thread); it fails with a DatabaseError."""
        self.conn.interrupt()

    def copy_to(self, target: Path) -> None:
        """Copy the journal as it is now into the new file ``target`` (a backup), while it stays
        open (see :func:`copy_database`)."""
        copy_database(self.conn, target)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refuse_writing(self, damage: CorruptDatabaseError) -> None:
        """From now on every write fails with ``damage`` (found by a check in another thread)."""
        self.damage = damage

    def _check_before_writing(self) -> None:
        what = _damage_in(self.conn, self.path)
        self._unchecked = False
        if what is not None:
            self.damage = damaged(self.path, what, readable=True)
            raise self.damage

    def _met(self, error: sqlite3.Error | UnicodeDecodeError) -> DatabaseError:
        """``error`` explained; damage met on the way stops later writes."""
        explained = explain_sqlite_error(error, self.path)
        if isinstance(explained, CorruptDatabaseError) and self.damage is None:
            what = _UNREADABLE_SCHEMA if isinstance(error, UnicodeDecodeError) else str(error).splitlines()[0][:200]
            self.damage = damaged(self.path, what, readable=True)
        return explained

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction (a savepoint within one already open), undone whole if anything in it
        fails; SQLite's errors become ones the user can act on.

        It takes the write lock as it begins (``BEGIN IMMEDIATE``), waiting up to the busy
        timeout for another program's write to end. A plain ``BEGIN`` takes it only at the first
        write, after a read (and preparing a statement that touches the search index reads its
        settings); in write-ahead-log mode SQLite refuses such a reader's wish to write at once,
        without waiting, when another program is writing: three programs adding reflections
        together had one add in three refused in a millisecond. Everything a write reads before
        it writes is read inside this transaction, so nothing can change between the two."""
        conn = self.conn
        nested = conn.in_transaction
        if not nested:
            if self.read_only is not None:
                raise ReadOnlyError(self.path, self.read_only)
            if self.damage is not None:
                raise type(self.damage)(self.damage.path, str(self.damage))
            if self._unchecked:
                self._check_before_writing()
        try:
            conn.execute("SAVEPOINT writing" if nested else "BEGIN IMMEDIATE")
            try:
                yield
                if not nested:
                    self._learn_words()
                conn.execute("RELEASE writing" if nested else "COMMIT")
            except BaseException:
                if not nested:
                    self._new_words.clear()
                if conn.in_transaction:  # an error may have ended the transaction already
                    conn.execute("ROLLBACK TO writing" if nested else "ROLLBACK")
                    if nested:
                        conn.execute("RELEASE writing")
                raise
        except SQLITE_ERRORS as error:
            raise self._met(error) from error

    # -- the search's vocabulary ---------------------------------------------------------
    #
    # A search finds a word inside longer ones (journal.search): it asks the vocabulary, every word
    # the search index holds, which of them a typed word matches, and searches for those. Scanning
    # the vocabulary of the benchmark's 100,000 reflections (28,000 words) takes 3 ms; the index
    # needs no prefix tables for it (migration 0012). Each write adds its words as it commits; the
    # words of deleted or changed text stay until the index is merged (scrub, erase), when the
    # vocabulary is read again from the index itself, as it was first filled.

    def _vocabulary(self, typed: str, inside: bool) -> list[str]:
        if inside:
            rows = self._query("SELECT word FROM search_words WHERE instr(word, ?) > 0", (typed,))
        else:  # the words starting with it: a range of the table's key
            rows = self._query(
                "SELECT word FROM search_words WHERE word >= ? AND word < ?", (typed, typed + "\U0010ffff")
            )
        return [word for (word,) in rows]

    def _learn_words(self) -> None:
        if self._new_words:
            self.conn.executemany(
                "INSERT OR IGNORE INTO search_words (word) VALUES (?)", ((word,) for word in self._new_words)
            )
            self._new_words.clear()

    def _learn_merged(self, added: int) -> None:
        """Learn the words of the reflections a merge inserted (their ids in temp.merged): read
        from their rows, or, when they are many against the journal (an import into a young
        journal), from the search index's own list of words, which is quicker then: 0.7 s for the
        whole index at 100,000 reflections against 50 µs a reflection read one by one."""
        if added * _WORDS_BY_ROW_AT_MOST < self.conn.execute("SELECT count(*) FROM reflections").fetchone()[0]:
            for row in self._query(f"SELECT {_SEARCHED} FROM reflections r WHERE r.id IN (SELECT id FROM temp.merged)"):
                self._new_words |= words_in("\n".join(row))
            return
        self._index_words()
        self.conn.execute("INSERT OR IGNORE INTO search_words (word) SELECT term FROM temp.search_index_words")

    def _index_words(self) -> None:
        """temp.search_index_words: the search index's own list of its words (fts5vocab), its
        column ``term``."""
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_words USING fts5vocab(main, reflections_fts, 'row')"
        )

    def _merge_index(self) -> None:
        """The search index merged into one fresh segment (FTS5 keeps a deleted row's words in
        older segments until merged), and the vocabulary read anew from it: the words no text
        holds any longer leave it (after an erasure, no trace of them may stay)."""
        with self._writing():
            self.conn.execute("INSERT INTO reflections_fts(reflections_fts) VALUES ('optimize')")
            self._relearn_words()

    def _relearn_words(self) -> None:
        self._index_words()
        self.conn.execute("CREATE TEMP TABLE indexed_words (word TEXT PRIMARY KEY) WITHOUT ROWID")
        try:
            self.conn.execute("INSERT INTO temp.indexed_words SELECT term FROM temp.search_index_words")
            self.conn.execute("DELETE FROM search_words WHERE word NOT IN (SELECT word FROM temp.indexed_words)")
            self.conn.execute("INSERT OR IGNORE INTO search_words (word) SELECT word FROM temp.indexed_words")
        finally:
            self.conn.execute("DROP TABLE temp.indexed_words")

    def _search_query(self, text: str, counting: bool = False) -> str | None:
        """The full-text query for what was typed (journal.search): "" for no words, None when a
        word of it is in no text of the journal."""
        return fts_query(text, self._vocabulary, counting)

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except SQLITE_ERRORS as error:
            raise self._met(error) from error

    # -- reflections: writing ------------------------------------------------------------

    def create(self, reflection: Reflection) -> Reflection:
        """Add a new reflection; created/updated times are set now."""
        moment = now_utc()
        stamped = replace(reflection, created_at=moment, updated_at=moment, deleted_at=None)
        with self._writing():
            self._insert(stamped)
        return stamped

    def update(self, reflection: Reflection) -> Reflection:
        """Replace the stored content of an existing reflection; ``updated_at`` becomes now."""
        with self._writing():
            row = self._query("SELECT id, created_at, deleted_at FROM reflections WHERE uuid = ?", (reflection.uuid,))
            if not row:
                raise NotFoundError(f"no reflection {reflection.uuid}")
            row_id, created_at, deleted_at = row[0]
            stamped = replace(
                reflection, created_at=_moment(created_at), updated_at=now_utc(), deleted_at=_moment(deleted_at)
            )
            self._write_row(row_id, stamped)
        return stamped

    def save(self, reflection: Reflection) -> Reflection:
        """Create or update, whichever applies (what autosave needs), in one transaction."""
        with self._writing():
            if self.exists(reflection.uuid):
                return self.update(reflection)
            return self.create(reflection)

    def exists(self, uuid: str) -> bool:
        return bool(self._query("SELECT 1 FROM reflections WHERE uuid = ?", (uuid,)))

    _FIELDS = (
        "entry_at",
        "entry_utc",
        "entry_date",
        "created_at",
        "updated_at",
        "title",
        "body",
        "template",
        "situation",
        "action",
        "outcome",
        "learning",
        "context_id",
        "private",
        "starred",
        "deleted_at",
    )

    @staticmethod
    def _values(r: Reflection) -> tuple:
        return (
            r.entry_at.isoformat(),
            _utc_key(r.entry_at),
            r.entry_at.date().isoformat(),
            _iso(r.created_at),
            _iso(r.updated_at),
            r.title,
            r.body,
            int(r.template),
            r.situation,
            r.action,
            r.outcome,
            r.learning,
            r.context_id,
            int(r.private),
            int(r.starred),
            _iso(r.deleted_at),
        )

    def _insert(self, reflection: Reflection, one: bool = True) -> int:
        """Insert a new reflection; its row id. ``one``: also count it in daily_stats and learn
        its words now; a merge of many does both once for all it inserted (:meth:`merge`)."""
        cursor = self.conn.execute(
            f"INSERT INTO reflections (uuid, {', '.join(self._FIELDS)}) VALUES (?{', ?' * len(self._FIELDS)})",
            (reflection.uuid, *self._values(reflection)),
        )
        self._write_sets(cursor.lastrowid, reflection)
        if one:
            self._count(cursor.lastrowid, +1)
            self._new_words |= _words_of(reflection)
        return cursor.lastrowid

    def _count(self, row_id: int, sign: int) -> None:
        """Add (or take away) one reflection's part of daily_stats; a reflection in the Trash
        has none. Every write calls this before (-1) and after (+1) it changes a reflection."""
        self.conn.execute(
            "INSERT INTO daily_stats (entry_date, kind, key, count) "
            f"SELECT entry_date, kind, key, n FROM ({contributions(sign, one=True)}) WHERE true "
            "ON CONFLICT (kind, entry_date, key) DO UPDATE SET count = count + excluded.count",
            {"rid": row_id},
        )
        if sign < 0:
            self.conn.execute(
                "DELETE FROM daily_stats WHERE count <= 0 AND entry_date = (SELECT entry_date FROM reflections "
                "WHERE id = ?)",
                (row_id,),
            )

    def _write_row(self, row_id: int, reflection: Reflection) -> None:
        self._count(row_id, -1)
        self.conn.execute(
            f"UPDATE reflections SET {', '.join(f'{name} = ?' for name in self._FIELDS)} WHERE id = ?",
            (*self._values(reflection), row_id),
        )
        self.conn.execute("DELETE FROM next_steps WHERE reflection_id = ?", (row_id,))
        for table, _, _ in _LINKS:
            self.conn.execute(f"DELETE FROM {table} WHERE reflection_id = ?", (row_id,))
        self._write_sets(row_id, reflection)
        self._count(row_id, +1)
        self._new_words |= _words_of(reflection)

    def _write_sets(self, row_id: int, r: Reflection) -> None:
        for table, column, attribute in _LINKS:
            self.conn.executemany(
                f"INSERT INTO {table} (reflection_id, {column}) VALUES (?, ?)",
                [(row_id, value) for value in getattr(r, attribute)],
            )
        self.conn.executemany(
            "INSERT INTO next_steps (id, reflection_id, position, text, due, done_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (step.id, row_id, position, step.text, _iso(step.due), _iso(step.done_at))
                for position, step in enumerate(r.next_steps)
            ],
        )

    def delete(self, uuid: str) -> None:
        """Move to the Trash (soft delete); :meth:`restore` brings it back."""
        self._set_deleted(uuid, _iso(now_utc()))

    def restore(self, uuid: str) -> None:
        self._set_deleted(uuid, None)

    def _row_id(self, uuid: str) -> int:
        rows = self._query("SELECT id FROM reflections WHERE uuid = ?", (uuid,))
        if not rows:
            raise NotFoundError(f"no reflection {uuid}")
        return rows[0][0]

    def _set_deleted(self, uuid: str, deleted_at: str | None) -> None:
        with self._writing():
            row_id = self._row_id(uuid)
            self._count(row_id, -1)
            self.conn.execute("UPDATE reflections SET deleted_at = ? WHERE id = ?", (deleted_at, row_id))
            self._count(row_id, +1)

    def purge(self, uuid: str) -> None:
        """Delete for good. The caller has asked the user first."""
        with self._writing():
            row_id = self._row_id(uuid)
            self._count(row_id, -1)
            self.conn.execute("DELETE FROM reflections WHERE id = ?", (row_id,))

    def empty_trash(self) -> int:
        with self._writing():
            return self.conn.execute("DELETE FROM reflections WHERE deleted_at IS NOT NULL").rowcount

    # -- reflections: reading ------------------------------------------------------------

    def get(self, uuid: str) -> Reflection:
        rows = self._query(f"SELECT {_COLUMNS} FROM reflections WHERE uuid = ?", (uuid,))
        if not rows:
            raise NotFoundError(f"no reflection {uuid}")
        return self._reflections(rows)[0]

    def resolve(self, prefix: str) -> str:
        """The full uuid of the one reflection whose uuid starts with ``prefix``."""
        prefix = prefix.strip().lower()
        if not re.fullmatch(r"[0-9a-f-]{4,36}", prefix):
            raise NotFoundError(f"'{prefix}' is not a reflection id (give at least 4 of its first characters)")
        rows = self._query(
            "SELECT uuid FROM reflections WHERE uuid >= ? AND uuid < ? ORDER BY uuid LIMIT 2", (prefix, prefix + "~")
        )
        if not rows:
            raise NotFoundError(f"no reflection with id {prefix}")
        if len(rows) > 1:
            raise NotFoundError(f"more than one reflection has an id starting with {prefix}; give more of it")
        return rows[0][0]

    def _reflections(self, rows: list[tuple]) -> list[Reflection]:
        """Whole reflections for rows of ``_COLUMNS``, loading their sets in a few queries."""
        ids = [row[0] for row in rows]
        marks = ",".join("?" * len(ids))
        sets: dict[str, dict[int, list[str]]] = {}
        for table, column, attribute in _LINKS:
            found: dict[int, list[str]] = {}
            for row_id, value in self._query(
                f"SELECT reflection_id, {column} FROM {table} WHERE reflection_id IN ({marks})", ids
            ):
                found.setdefault(row_id, []).append(value)
            sets[attribute] = found
        steps: dict[int, list[NextStep]] = {}
        for row_id, step_id, text, due, done_at in self._query(
            f"SELECT reflection_id, id, text, due, done_at FROM next_steps WHERE reflection_id IN ({marks}) "
            "ORDER BY reflection_id, position",
            ids,
        ):
            steps.setdefault(row_id, []).append(NextStep(text, _day(due), _moment(done_at), step_id))
        result = []
        for (
            row_id,
            uuid,
            entry_at,
            created_at,
            updated_at,
            title,
            body,
            template,
            situation,
            action,
            outcome,
            learning,
            context_id,
            private,
            starred,
            deleted_at,
        ) in rows:
            result.append(
                Reflection(
                    uuid=uuid,
                    entry_at=datetime.fromisoformat(entry_at),
                    title=title,
                    body=body,
                    template=bool(template),
                    situation=situation,
                    action=action,
                    outcome=outcome,
                    learning=learning,
                    context_id=context_id,
                    private=bool(private),
                    starred=bool(starred),
                    next_steps=tuple(steps.get(row_id, ())),
                    created_at=_moment(created_at),
                    updated_at=_moment(updated_at),
                    deleted_at=_moment(deleted_at),
                    **{attribute: tuple(found.get(row_id, ())) for attribute, found in sets.items()},
                )
            )
        return result

    def _where(self, selection: ReflectionFilter, counting: bool = False) -> tuple[str, list]:
        """SQL conditions on ``reflections r`` for a filter.

        A page of the list walks the time index newest first and tests each row (``EXISTS``), so
        it stops after one page whatever the journal's size. A count must visit every match, so
        there the sets are looked up from their own indexes (``IN``) instead.
        """
        clauses = ["r.deleted_at IS NOT NULL" if selection.deleted else "r.deleted_at IS NULL"]
        params: list = []
        query = self._search_query(selection.text, counting)
        if query is None:
            clauses.append("false")
        elif query:  # the search index is keyed by time_key (see migration 0007)
            clauses.append("r.time_key IN (SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ?)")
            params.append(query)
        for (table, column, _), values in zip(
            _LINKS, (selection.theme_ids, selection.criterion_ids, selection.stakeholders, selection.tags), strict=True
        ):
            if values:
                marks = ",".join("?" * len(values))
                clauses.append(
                    f"r.id IN (SELECT reflection_id FROM {table} WHERE {column} IN ({marks}))"
                    if counting
                    else f"EXISTS (SELECT 1 FROM {table} x WHERE x.reflection_id = r.id AND x.{column} IN ({marks}))"
                )
                params.extend(values)
        if selection.context_ids:
            clauses.append(f"r.context_id IN ({','.join('?' * len(selection.context_ids))})")
            params.extend(selection.context_ids)
        if selection.private is not None:
            clauses.append("r.private = ?")
            params.append(int(selection.private))
        if selection.starred:
            clauses.append("r.starred")
        # Dates are the entry's local date; the looser bounds on the time (no offset exceeds 14
        # hours) let the list's walk in time order jump to the period instead of walking to it.
        if selection.date_from:
            clauses.append("r.entry_date >= ? AND r.time_key >= ?")
            params += [selection.date_from.isoformat(), _time_key_at(selection.date_from - timedelta(days=1))]
        if selection.date_to:
            clauses.append("r.entry_date <= ? AND r.time_key < ?")
            params += [selection.date_to.isoformat(), _time_key_at(selection.date_to + timedelta(days=2))]
        return " AND ".join(clauses), params

    def list(
        self,
        selection: ReflectionFilter = ReflectionFilter(),
        limit: int = 50,
        after: int | None = None,
    ) -> list[ReflectionSummary]:
        """A page of reflections, newest first (by ``time_key``: the time, then the id). Pass the
        last one's ``sort_key`` as ``after`` for the next page: keyset paging walks an index in
        that order, so page 2,000 is as quick as page 1.

        Left to itself, SQLite may read every match of a filter and sort them all (0.6 s for a
        word in each of 100,000 reflections). So a page walks the journal's order and stops when
        it is full: a search walks its own index, which is keyed in that order, and joins each
        match to its reflection; any other filter walks the time index and tests each row."""
        if not selection.deleted and has_words(selection.text):
            return self._found(selection, limit, after)
        where, params = self._where(replace(selection, text=""))
        table = "reflections r" if selection.deleted else f"reflections r INDEXED BY {_walk_index(selection)}"
        if after is not None:
            where += " AND r.time_key < ?"
            params.append(after)
        return self._summaries(f"{where} ORDER BY r.time_key DESC LIMIT ?", [*params, limit], table=table)

    def _found(self, selection: ReflectionFilter, limit: int, after: int | None) -> list[ReflectionSummary]:
        """A page of a search, newest first. The newest reflections are tested directly with the
        search's rules (journal.search.holds), as long as they promise to fill the page soon; the
        index is asked for the rest. A word most reflections hold fills its page from the first
        hundred or two, where the index would first look up every word of the journal it matches
        (600 for "økonomi" at 100,000 reflections): 1 to 4 ms instead of 8 to 40, and a fraction
        of the pages an encrypted journal decrypts. A rarer word is asked of the index once the
        reflections tested so far promise to fill the page only after SEARCH_WALK_S: testing one
        reads its text (about 30 µs), and one the other filters leave out costs a tenth of that.
        Either way the page is the same; only the time differs."""
        where, params = self._where(replace(selection, text=""))
        page: list[ReflectionSummary] = []
        boundary, walked, chunk = after, 0, SEARCH_WALK
        started = time.perf_counter()
        while chunk:
            before, first = ("", []) if boundary is None else (" AND r.time_key < ?", [boundary])
            # Where this stretch ends: the oldest of the next `chunk` reflections (an index's keys only).
            oldest, count = self._query(
                "SELECT min(time_key), count(*) FROM (SELECT r.time_key FROM reflections r INDEXED BY "
                f"reflections_live_by_time_key WHERE r.deleted_at IS NULL{before} ORDER BY r.time_key DESC LIMIT ?)",
                [*first, chunk],
            )[0]
            if not count:
                return page
            page += self._summaries(
                f"{where} AND r.time_key >= ?{before} AND search_holds(?, {_SEARCHED}) "
                "ORDER BY r.time_key DESC LIMIT ?",
                [*params, oldest, *first, selection.text, limit - len(page)],
                table="reflections r INDEXED BY reflections_live_by_time_key",
            )
            if len(page) == limit or count < chunk:
                return page
            boundary, walked = oldest, walked + count
            # As many more as the matches so far promise to fill the page with, if soon enough.
            needed = (limit - len(page)) * walked / len(page) if page else math.inf
            soon = needed * (time.perf_counter() - started) / walked <= SEARCH_WALK_S
            chunk = round(needed * 1.25) + 1 if soon else 0
        query = self._search_query(selection.text)
        if not query:
            return page
        return page + self._summaries(
            f"f.reflections_fts MATCH ? AND {where} AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ?",
            [query, *params, boundary, limit - len(page)],
            table="reflections_fts f CROSS JOIN reflections r ON r.time_key = f.rowid",
        )

    def summary(self, uuid: str) -> ReflectionSummary:
        """The list's view of one reflection (after saving it, say)."""
        found = self._summaries("r.uuid = ?", [uuid])
        if not found:
            raise NotFoundError(f"no reflection {uuid}")
        return found[0]

    def _summaries(self, condition: str, params: Sequence, table: str = "reflections r") -> list[ReflectionSummary]:
        rows = self._query(
            "SELECT r.time_key, r.uuid, r.entry_at, r.title, substr(r.body, 1, 400), "
            "substr(r.situation, 1, 400), r.private, r.deleted_at, r.starred, "
            "(SELECT group_concat(theme_id, ' ') FROM reflection_themes t WHERE t.reflection_id = r.id) "
            f"FROM {table} WHERE {condition}",
            params,
        )
        return [
            ReflectionSummary(
                # A reflection written in the template may have no body: its situation comes first.
                uuid=uuid,
                entry_at=_shared_moment(entry_at),
                title=title,
                first_line=_at_most(first_line(body) or first_line(situation), SUMMARY_LINE_MAX),
                theme_ids=_theme_set(themes),
                private=bool(private),
                deleted_at=_moment(deleted_at),
                sort_key=time_key,
                starred=bool(starred),
            )
            for time_key, uuid, entry_at, title, body, situation, private, deleted_at, starred, themes in rows
        ]

    def counts_quickly(self, selection: ReflectionFilter) -> bool:
        """Whether ``count(selection)`` is a sum over days, whatever the journal's size: every
        live reflection is counted per day in daily_stats. Other counts read every match."""
        return not selection.deleted and replace(selection, date_from=None, date_to=None).is_empty

    def count(self, selection: ReflectionFilter = ReflectionFilter()) -> int:
        if self.counts_quickly(selection):
            return self.stats_totals("all", selection.date_from, selection.date_to).get("", 0)
        if selection.text and not selection.deleted and replace(selection, text="").is_empty:
            return self._count_found(selection.text)
        where, params = self._where(selection, counting=True)
        return self._query(f"SELECT count(*) FROM reflections r WHERE {where}", params)[0][0]

    def _count_found(self, text: str) -> int:
        """How many reflections a search alone finds: what the index finds, less those of it in the
        Trash (tested directly, as they are few). Looking each match up to see whether it is in the
        Trash took 60 ms for a word in each of 100,000 reflections (380 the first time, from disk);
        the index counts them in 10."""
        query = self._search_query(text, counting=True)
        if not query:
            return 0
        found = self._query("SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH ?", (query,))[0][0]
        trashed = self._query(
            "SELECT count(*) FROM reflections r INDEXED BY reflections_trash "
            f"WHERE r.deleted_at IS NOT NULL AND search_holds(?, {_SEARCHED})",
            (text,),
        )[0][0]
        return found - trashed

    def search(
        self, text: str, selection: ReflectionFilter = ReflectionFilter(), limit: int = 50
    ) -> list[ReflectionSummary]:
        return self.list(replace(selection, text=text), limit=limit)

    def reflections_with_words(self, text: str, word_test: Callable[[str], bool]) -> Iterator[Reflection]:
        """Every reflection (the Trash included) whose indexed text has the words of ``text`` as the
        search finds them, or a tag or next step for which ``word_test`` is true: the candidates
        that journal.people then checks whole. The search index answers for the text; tags and
        next steps, which it does not hold, are few enough to test one by one."""
        query = self._search_query(text, counting=True)
        sql = (
            "SELECT r.id FROM reflections_fts f JOIN reflections r ON r.time_key = f.rowid "
            "WHERE reflections_fts MATCH ?"
        )
        ids = {row[0] for row in self._query(sql, (query,))} if query else set()
        ids |= {rid for rid, tag in self._query("SELECT reflection_id, tag FROM reflection_tags") if word_test(tag)}
        ids |= {rid for rid, step in self._query("SELECT reflection_id, text FROM next_steps") if word_test(step)}
        for marks, batch in _batches(sorted(ids)):
            yield from self._reflections(
                self._query(f"SELECT {_COLUMNS} FROM reflections WHERE id IN ({marks}) ORDER BY id", batch)
            )

    def similar(
        self, text: str, limit: int = 20, *, before: datetime | None = None, exclude_uuid: str | None = None
    ) -> list[SimilarReflection]:
        """The reflections most like ``text`` (up to ``limit``, the most alike first), by the search
        index's bm25 over the rarest of its words (journal.search.telling_words; see SIMILAR_…):
        only those tagged with a theme, a success criterion or a usage context, not in the Trash,
        not ``exclude_uuid`` (the reflection being written), and written before ``before`` (a
        moment; None: any time). What the suggestions learn from (journal.suggestions). Reads only.

        Each word is counted first (its reflections up to a bound: a quick walk of its part of
        the index), so that the ranked query asks the rarest, within SIMILAR_MATCHES_AT_MOST."""
        words = telling_words(text, SIMILAR_WORDS_COUNTED)
        if not words or limit <= 0:
            return []
        bound = _time_key_before(before)
        rare, frequent = [], []
        for word in words:
            found = self._matches_of(word, bound, SIMILAR_PROBE)
            if found:
                (rare if found < SIMILAR_PROBE else frequent).append((found, -len(word), word))
        # Too few rare words: the others counted further (else they are left out).
        if len(rare) < SIMILAR_WORDS_AT_LEAST:
            rare += [(self._matches_of(word, bound, SIMILAR_COMMON), length, word) for _, length, word in frequent]
        asked, matches = [], 0
        for found, _, word in sorted(rare):  # the rarest first
            if (
                len(asked) == SIMILAR_WORDS_ASKED
                or found >= SIMILAR_COMMON
                or matches + found > SIMILAR_MATCHES_AT_MOST
            ):
                break
            asked.append(word)
            matches += found
        if not asked:
            return []
        # The index ranks its matches; a page of the best is then joined to the reflections, and
        # a longer one asked while the Trash, the excluded one and untagged ones leave it short.
        page = limit * 2
        while True:
            rows = self._query(
                "SELECT f.rowid, r.id, r.uuid, r.context_id, -f.score, r.deleted_at IS NULL FROM (SELECT rowid, "
                "rank AS score FROM reflections_fts WHERE reflections_fts MATCH ? AND rowid < ? ORDER BY rank "
                "LIMIT ?) f JOIN reflections r ON r.time_key = f.rowid ORDER BY f.score",
                (any_of(asked), bound, page),
            )
            found = self._similar([row[:5] for row in rows if row[5] and row[2] != exclude_uuid])[:limit]
            if len(found) == limit or len(rows) < page or page >= limit * 16:
                return found
            page *= 4

    def _matches_of(self, word: str, bound: int, at_most: int) -> int:
        """How many reflections (before ``bound``, the Trash too) hold ``word``, counted up to ``at_most``."""
        return self._query(
            "SELECT count(*) FROM (SELECT 1 FROM reflections_fts WHERE reflections_fts MATCH ? AND rowid < ? LIMIT ?)",
            (any_of([word]), bound, at_most),
        )[0][0]

    def _similar(self, rows: list[tuple]) -> list[SimilarReflection]:
        """SimilarReflection for rows of (time_key, id, uuid, context_id, score), in their order:
        those tagged with anything."""
        ids = [row[1] for row in rows]
        sets: dict[str, dict[int, list[str]]] = {}
        for table, column, attribute in _LINKS[:2]:
            sets[attribute] = {}
            for marks, batch in _batches(ids):
                for row_id, value in self._query(
                    f"SELECT reflection_id, {column} FROM {table} WHERE reflection_id IN ({marks}) "
                    f"ORDER BY reflection_id, {column}",
                    batch,
                ):
                    sets[attribute].setdefault(row_id, []).append(value)
        found = []
        for time_key, row_id, uuid, context_id, score in rows:
            themes = tuple(sets["theme_ids"].get(row_id, ()))
            criteria = tuple(sets["criterion_ids"].get(row_id, ()))
            if themes or criteria or context_id:
                found.append(SimilarReflection(time_key, uuid, score, themes, criteria, context_id or None))
        return found

    def tagged_count(self, at_most: int, before: datetime | None = None) -> int:
        """How many reflections not in the Trash (written before ``before``) have a theme, counted
        up to ``at_most``: whether the journal has enough of them to learn from."""
        return self._query(
            "SELECT count(*) FROM (SELECT DISTINCT t.reflection_id FROM reflection_themes t "
            "JOIN reflections r ON r.id = t.reflection_id WHERE r.deleted_at IS NULL AND r.time_key < ? LIMIT ?)",
            (_time_key_before(before), at_most),
        )[0][0]

    def iter_reflections(self, include_deleted: bool = True) -> Iterator[Reflection]:
        """Every reflection, oldest first, loaded in batches so memory stays flat."""
        last = 0
        condition = "" if include_deleted else "AND deleted_at IS NULL"
        while True:
            rows = self._query(
                f"SELECT {_COLUMNS} FROM reflections WHERE id > ? {condition} ORDER BY id LIMIT {_BATCH}", (last,)
            )
            if not rows:
                return
            yield from self._reflections(rows)
            last = rows[-1][0]

    def reflections_as_json(self) -> Iterator[list[str]]:
        """Every reflection (the Trash too), oldest first, in batches: each reflection as the JSON
        text of the object :func:`journal.serialize.reflection_to_dict` makes of it, written by
        SQLite's ``json_object`` straight from the rows. The journal's JSON export (its backup)
        writes 100,000 reflections so in 2.5 s instead of 6.6, building no Reflection on the way. The
        two must stay one form: tests/core/test_journal_json.py compares them on random journals."""
        last = 0
        while True:
            rows = self._query(_AS_JSON, (last,))
            if not rows:
                return
            yield [text for _, text in rows]
            last = rows[-1][0]

    def tags(self) -> list[tuple[str, int]]:
        """Tags in use (on reflections not in the Trash), most used first."""
        return self._query(
            "SELECT key, sum(count) AS n FROM daily_stats INDEXED BY daily_stats_tags WHERE kind = 'tag' "
            "GROUP BY key ORDER BY n DESC, key"
        )

    def days_with_reflections(
        self, selection: ReflectionFilter, first: date, last: date
    ) -> dict[date, tuple[str, ...]]:
        """The days from ``first`` to ``last`` (inclusive) with reflections that ``selection``
        finds (its own dates left aside), each with the themes those reflections have: what a
        month calendar marks. A day whose reflections have no theme has ``()``."""
        # A month's reflections are few: each is tested, a search's words too (search_holds, as a
        # page of a search tests the newest), rather than every match of the filter gathered first
        # (at 100,000 reflections, a theme's month: 6 ms instead of 95; 'sygefravær' 30 instead of 84).
        where, params = self._where(replace(selection, text="", date_from=first, date_to=last))
        if has_words(selection.text):
            where += f" AND search_holds(?, {_SEARCHED})"
            params.append(selection.text)
        days: dict[date, set[str]] = {}
        for day, theme in self._query(
            "SELECT r.entry_date, t.theme_id FROM reflections r "
            f"LEFT JOIN reflection_themes t ON t.reflection_id = r.id WHERE {where} GROUP BY r.entry_date, t.theme_id",
            params,
        ):
            themes = days.setdefault(date.fromisoformat(day), set())
            if theme is not None:
                themes.add(theme)
        return {day: tuple(sorted(themes)) for day, themes in sorted(days.items())}

    def period_counts(self, date_from: date | None = None, date_to: date | None = None) -> PeriodCounts:
        """Reflections per theme and success criterion between two local dates (inclusive)."""
        where, params = self._where(ReflectionFilter(date_from=date_from, date_to=date_to))
        total = self._query(f"SELECT count(*) FROM reflections r WHERE {where}", params)[0][0]
        per: dict[str, dict[str, int]] = {}
        for table, column, attribute in _LINKS[:2]:
            per[attribute] = dict(
                self._query(
                    f"SELECT x.{column}, count(*) FROM {table} x JOIN reflections r ON r.id = x.reflection_id "
                    f"WHERE {where} GROUP BY x.{column}",
                    params,
                )
            )
        return PeriodCounts(date_from, date_to, total, per["theme_ids"], per["criterion_ids"])

    # -- counts for the patterns (see daily_stats in migrations.py) ----------------------------

    def stats_by_day(
        self, kind: str, start: date | None = None, end: date | None = None
    ) -> list[tuple[date, str, int]]:
        """(day, key, count) of one kind (theme, criterion, ...) between two dates, inclusive."""
        return [
            (date.fromisoformat(day), key, count)
            for day, key, count in self._query(
                "SELECT entry_date, key, count FROM daily_stats WHERE kind = ? AND entry_date BETWEEN ? AND ? "
                "ORDER BY entry_date, key",
                (kind, (start or date.min).isoformat(), (end or date.max).isoformat()),
            )
        ]

    def stats_by_month(
        self, kind: str, start: date | None = None, end: date | None = None
    ) -> list[tuple[date, str, int]]:
        """(first day of the month, key, count) of one kind between two dates, inclusive."""
        return [
            (date.fromisoformat(month + "-01"), key, count)
            for month, key, count in self._query(
                "SELECT substr(entry_date, 1, 7) AS month, key, sum(count) FROM daily_stats "
                "WHERE kind = ? AND entry_date BETWEEN ? AND ? GROUP BY month, key ORDER BY month, key",
                (kind, (start or date.min).isoformat(), (end or date.max).isoformat()),
            )
        ]

    def stats_totals(self, kind: str, start: date | None = None, end: date | None = None) -> dict[str, int]:
        return dict(
            self._query(
                "SELECT key, sum(count) FROM daily_stats WHERE kind = ? AND entry_date BETWEEN ? AND ? GROUP BY key",
                (kind, (start or date.min).isoformat(), (end or date.max).isoformat()),
            )
        )

    def stats_last_days(self, kind: str, end: date | None = None) -> dict[str, date]:
        """The last day (up to ``end``) each key of a kind was reflected on."""
        return {
            key: date.fromisoformat(day)
            for key, day in self._query(
                "SELECT key, max(entry_date) FROM daily_stats WHERE kind = ? AND entry_date <= ? GROUP BY key",
                (kind, (end or date.max).isoformat()),
            )
        }

    def open_next_steps(
        self, limit: int | None = None, due_by: date | None = None
    ) -> list[tuple[NextStep, ReflectionSummary]]:
        """Next steps not done, on reflections not in the Trash, with the reflection each belongs
        to: those with the earliest due date first and those without one last, the steps due the
        same day in their reflections' order in time (the first ``limit`` of them, or all).

        Read from next_steps alone, its reflections' times only for the steps that need them: a
        reflection's row is large, and each read of one in an encrypted journal decrypts its page
        (6,000 open steps at 100,000 reflections: 100 ms encrypted, 13 plain, read through rows)."""
        due, bound = "", []
        if due_by is not None:  # only those due by then; with a limit, read no further than its last day
            bound = [due_by.isoformat()]
            if limit is not None:
                last = self._query(
                    f"SELECT s.due FROM next_steps s WHERE {_OPEN_STEP} AND s.due <= ? ORDER BY s.due LIMIT 1 OFFSET ?",
                    [due_by.isoformat(), limit - 1],
                )
                bound = [last[0][0]] if last else bound
            due = " AND s.due <= ?"
        steps = self._query(
            "SELECT s.id, s.text, s.due, s.reflection_id, s.position FROM next_steps s "
            f"WHERE {_OPEN_STEP}{due} ORDER BY s.due IS NULL, s.due",
            bound,
        )
        if limit is not None and len(steps) > limit:  # and the steps due the same day as the last one shown
            last = steps[limit - 1][2]
            steps = [step for index, step in enumerate(steps) if index < limit or step[2] == last]
        reflections = {  # id: (entry_utc, uuid)
            row_id: (entry_utc, uuid)
            for marks, batch in _batches(sorted({step[3] for step in steps}))
            for row_id, entry_utc, uuid in self._query(
                f"SELECT id, entry_utc, uuid FROM reflections WHERE id IN ({marks})", batch
            )
        }
        steps = [step for step in steps if step[3] in reflections]  # purged meanwhile, by another program
        steps.sort(key=lambda step: (step[2] is None, step[2] or "", reflections[step[3]][0], step[4]))
        steps = steps if limit is None else steps[:limit]
        summaries = {
            summary.uuid: summary
            for marks, batch in _batches(sorted({step[3] for step in steps}))
            for summary in self._summaries(f"r.id IN ({marks})", batch)
        }
        return [
            (NextStep(text, _day(due), None, step_id), summaries[reflections[row_id][1]])
            for step_id, text, due, row_id, _ in steps
            if reflections[row_id][1] in summaries
        ]

    def open_next_step_counts(self, overdue_before: date, due_until: date) -> tuple[int, int, int]:
        """How many next steps are open: in all, due before ``overdue_before``, and due from then
        until ``due_until`` (inclusive). From next_steps alone (see :meth:`open_next_steps`)."""
        total, overdue, due = self._query(
            "SELECT count(*), count(s.due < ? OR NULL), count(s.due BETWEEN ? AND ? OR NULL) "
            f"FROM next_steps s WHERE {_OPEN_STEP}",
            (overdue_before.isoformat(), overdue_before.isoformat(), due_until.isoformat()),
        )[0]
        return total, overdue, due

    # -- the personal framework ----------------------------------------------------------
    #
    # The personal framework is one document (parts, theme texts, own success criteria, target
    # balance), saved whole. Own criteria are also kept in a register that never forgets them:
    # reflections point at criteria by id, and an old reflection must keep its criterion's words
    # after the criterion is retired, or left out of a framework restored from an older revision.

    def personal_framework(self) -> PersonalFramework:
        rows = self._query("SELECT data FROM personal_framework WHERE id = 1")
        return PersonalFramework.from_dict(json.loads(rows[0][0])) if rows else PersonalFramework()

    def save_personal_framework(self, framework: PersonalFramework) -> None:
        with self._writing():
            self._put_personal_framework(framework, now_utc())

    def _put_personal_framework(self, framework: PersonalFramework, updated_at: datetime) -> None:
        self.conn.execute(
            "INSERT INTO personal_framework (id, data, updated_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            (json.dumps(framework.to_dict(), ensure_ascii=False), _iso(updated_at)),
        )
        for criterion in framework.own_criteria:
            self._register(criterion)

    def own_criteria(self) -> list[OwnCriterion]:
        """Every own criterion the leader has written (the register), current or not."""
        return [
            OwnCriterion(cid, theme_id, text, datetime.fromisoformat(created_at), _moment(retired_at))
            for cid, theme_id, text, created_at, retired_at in self._query(
                "SELECT id, theme_id, text, created_at, retired_at FROM own_criteria ORDER BY position"
            )
        ]

    def add_own_criterion(self, theme_id: str, text: str) -> OwnCriterion:
        """A new own criterion, added to the current personal framework."""
        criterion = OwnCriterion(OWN_CRITERION_PREFIX + new_uuid()[:8], theme_id, text.strip(), now_utc())
        with self._writing():
            framework = self.personal_framework()
            self._put_personal_framework(
                replace(framework, own_criteria=framework.own_criteria + (criterion,)), now_utc()
            )
        return criterion

    def update_own_criterion(self, criterion: OwnCriterion) -> None:
        """Change (or retire, with ``retired_at``) an own criterion of the current framework."""
        with self._writing():
            framework = self.personal_framework()
            if all(c.id != criterion.id for c in framework.own_criteria):
                raise NotFoundError(f"no own success criterion {criterion.id} in the personal framework")
            own = tuple(criterion if c.id == criterion.id else c for c in framework.own_criteria)
            self._put_personal_framework(replace(framework, own_criteria=own), now_utc())

    def _register(self, criterion: OwnCriterion) -> None:
        self.conn.execute(
            "INSERT INTO own_criteria (id, position, theme_id, text, created_at, retired_at) "
            "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM own_criteria), ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET theme_id = excluded.theme_id, text = excluded.text, "
            "created_at = excluded.created_at, retired_at = excluded.retired_at",
            (criterion.id, criterion.theme_id, criterion.text, _iso(criterion.created_at), _iso(criterion.retired_at)),
        )

    def save_revision(self, name: str) -> Revision:
        """Keep the current personal framework as a dated, named revision."""
        with self._writing():
            revision = Revision(new_uuid(), name.strip(), now_utc(), self.personal_framework())
            self._insert_revision(revision)
        return revision

    def _insert_revision(self, revision: Revision) -> None:
        self.conn.execute(
            "INSERT INTO framework_revisions (uuid, name, created_at, data) VALUES (?, ?, ?, ?)",
            (
                revision.uuid,
                revision.name,
                _iso(revision.created_at),
                json.dumps(revision.framework.to_dict(), ensure_ascii=False),
            ),
        )
        for criterion in revision.framework.own_criteria:
            if not self._query("SELECT 1 FROM own_criteria WHERE id = ?", (criterion.id,)):
                self._register(criterion)

    # -- erasure (journal.people.forget) -------------------------------------------------------

    @contextmanager
    def erasing(self) -> Iterator[None]:
        """One transaction for an erasure, with SQLite overwriting what it deletes (``secure_delete``)."""
        self.conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._writing():
                yield
        finally:
            self.conn.execute("PRAGMA secure_delete = OFF")

    def rewrite(self, reflection: Reflection) -> None:
        """Replace a reflection's content for an erasure: as :meth:`update`, the Trash included."""
        self.update(reflection)

    def rewrite_own_criterion(self, criterion: OwnCriterion) -> None:
        """Change the words of an own criterion in the register (retired ones too), for an erasure."""
        with self._writing():
            self._register(criterion)

    def rewrite_revision(self, revision: Revision) -> None:
        """Rewrite a saved revision, for an erasure: revisions are otherwise never changed."""
        with self._writing():
            found = self.conn.execute(
                "UPDATE framework_revisions SET name = ?, data = ? WHERE uuid = ?",
                (revision.name, json.dumps(revision.framework.to_dict(), ensure_ascii=False), revision.uuid),
            ).rowcount
            if not found:
                raise NotFoundError(f"no revision {revision.uuid}")

    def written_before(self, day: date) -> list[ReflectionSummary]:
        """Every reflection dated before ``day``, the Trash included, oldest first (the retention
        rule's list: journal.retention)."""
        return self._summaries("r.entry_date < ? ORDER BY r.time_key", [day.isoformat()])

    def erase(self, uuids: Iterable[str]) -> int:
        """Delete these reflections for good, what they held overwritten in the file
        (``secure_delete``) and dropped from the search index; how many. Unlike :meth:`scrub`, it
        does not rebuild the file, so the window may do it with its views open."""
        count = 0
        with self.erasing():
            for uuid in uuids:
                self.purge(uuid)
                count += 1
        self._merge_search_index()
        return count

    def _merge_search_index(self) -> None:
        try:
            self.conn.execute("PRAGMA secure_delete = ON")
            self._merge_index()
        finally:
            self.conn.execute("PRAGMA secure_delete = OFF")

    def scrub(self) -> None:
        """Leave no trace of deleted words in the file or its log: the search index merged into one
        fresh segment (FTS5 keeps a deleted row's words in older segments until merged), the file
        rebuilt with no free pages (``VACUUM``, with ``secure_delete`` zeroing what it frees), and
        the write-ahead log folded in and cut to nothing."""
        if self.read_only is not None:
            raise ReadOnlyError(self.path, self.read_only)
        try:
            self.conn.execute("PRAGMA secure_delete = ON")
            self._merge_index()
            self.conn.execute("VACUUM")
            if self.path is not None:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLITE_ERRORS as error:
            raise self._met(error) from error
        finally:
            self.conn.execute("PRAGMA secure_delete = OFF")

    def revision(self, uuid: str) -> Revision:
        for revision in self.revisions():
            if revision.uuid == uuid:
                return revision
        raise NotFoundError(f"no revision {uuid}")

    def restore_revision(self, uuid: str, name: str, before_name: str) -> Revision:
        """Make an old revision the current personal framework again, as a new revision named
        ``name``. Nothing is overwritten: if the current text differs from every revision, it is
        first kept as a revision named ``before_name``."""
        with self._writing():
            old = self.revision(uuid)
            current = self.personal_framework()
            kept = {json.dumps(r.framework.to_dict(), sort_keys=True) for r in self.revisions()}
            if not current.is_empty() and json.dumps(current.to_dict(), sort_keys=True) not in kept:
                self._insert_revision(Revision(new_uuid(), before_name, now_utc(), current))
            self._put_personal_framework(old.framework, now_utc())
            restored = Revision(new_uuid(), name, now_utc(), old.framework)
            self._insert_revision(restored)
        return restored

    def revisions(self) -> list[Revision]:
        """Every saved revision, oldest first."""
        return [
            Revision(uuid, name, datetime.fromisoformat(created_at), PersonalFramework.from_dict(json.loads(data)))
            for uuid, name, created_at, data in self._query(
                "SELECT uuid, name, created_at, data FROM framework_revisions ORDER BY created_at, id"
            )
        ]

    # -- the organisation's framework --------------------------------------------------

    def organisation_frameworks(self) -> list[tuple[str, str, datetime]]:
        """The organisation frameworks this journal has used, oldest first: (framework id, its
        Markdown source, when it was taken into use). An empty source: the bundled one of that
        id. The last is the one in use; none: the bundled one."""
        return [
            (framework_id, source, datetime.fromisoformat(used_from))
            for framework_id, source, used_from in self._query(
                "SELECT framework_id, source, used_from FROM organisation_frameworks ORDER BY id"
            )
        ]

    def organisation_framework_in_use(self) -> tuple[str, str] | None:
        """(framework id, Markdown source) of the framework in use; None: the bundled one."""
        rows = self._query("SELECT framework_id, source FROM organisation_frameworks ORDER BY id DESC LIMIT 1")
        return (rows[0][0], rows[0][1]) if rows else None

    def use_organisation_framework(self, framework_id: str, source: str) -> None:
        """Make a framework the journal's (``source`` empty: the bundled one of that id)."""
        with self._writing():
            self.conn.execute(
                "INSERT INTO organisation_frameworks (framework_id, source, used_from) VALUES (?, ?, ?)",
                (framework_id, source, _iso(now_utc())),
            )

    def retag(
        self,
        themes: Mapping[str, str] | None = None,
        criteria: Mapping[str, str] | None = None,
        contexts: Mapping[str, str] | None = None,
    ) -> int:
        """Give every reflection tagged with an old id (the keys) the new one (the values): a
        revised framework's mapping the leader accepted. All or nothing, in one transaction; the
        daily counts follow. The number of reflections changed (each counts as edited now)."""
        themes, criteria, contexts = themes or {}, criteria or {}, contexts or {}
        if not (themes or criteria or contexts):
            return 0
        with self._writing():
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS retagged (id INTEGER PRIMARY KEY)")
            self.conn.execute("DELETE FROM temp.retagged")
            for table, column, mapping in (
                ("reflection_themes", "theme_id", themes),
                ("reflection_criteria", "criterion_id", criteria),
            ):
                self.conn.executemany(
                    f"INSERT OR IGNORE INTO temp.retagged SELECT reflection_id FROM {table} WHERE {column} = ?",
                    [(old,) for old in mapping],
                )
            self.conn.executemany(
                "INSERT OR IGNORE INTO temp.retagged SELECT id FROM reflections WHERE context_id = ?",
                [(old,) for old in contexts],
            )
            changed = self.conn.execute("SELECT count(*) FROM temp.retagged").fetchone()[0]
            self._count_among("temp.retagged", -1)
            for table, column, mapping in (
                ("reflection_themes", "theme_id", themes),
                ("reflection_criteria", "criterion_id", criteria),
            ):
                for old, new in mapping.items():  # a reflection that has both keeps one
                    self.conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (new, old))
                    self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (old,))
            for old, new in contexts.items():
                self.conn.execute("UPDATE reflections SET context_id = ? WHERE context_id = ?", (new, old))
            self.conn.execute(
                "UPDATE reflections SET updated_at = ? WHERE id IN (SELECT id FROM temp.retagged)", (_iso(now_utc()),)
            )
            self._count_among("temp.retagged", +1)
            self.conn.execute("DELETE FROM temp.retagged")
        return changed

    def _count_among(self, table: str, sign: int) -> None:
        """:meth:`_count` for every reflection whose id the table ``table`` holds, at once."""
        self.conn.execute(
            "INSERT INTO daily_stats (entry_date, kind, key, count) "
            f"SELECT entry_date, kind, key, sum(n) FROM ({contributions(sign, one=False, among=table)}) "
            "WHERE true GROUP BY entry_date, kind, key "
            "ON CONFLICT (kind, entry_date, key) DO UPDATE SET count = count + excluded.count"
        )
        if sign < 0:
            self.conn.execute("DELETE FROM daily_stats WHERE count <= 0")

    def personal_framework_updated_at(self) -> datetime | None:
        rows = self._query("SELECT updated_at FROM personal_framework WHERE id = 1")
        return _moment(rows[0][0]) if rows else None

    # -- the leader's own templates (journal.templates) -------------------------------------

    def own_templates(self, deleted: bool = False) -> list[Template]:
        """The leader's own templates by name; ``deleted``: with those deleted (no words, their
        id and when), as the JSON export carries them."""
        rows = self._query(
            "SELECT id, name, sections, created_at, updated_at, deleted_at FROM own_templates"
            + ("" if deleted else " WHERE deleted_at IS NULL")
        )
        found = [
            Template(
                id=tid,
                name=name,
                sections=sections_from_json(sections),
                own=True,
                created_at=datetime.fromisoformat(created_at),
                updated_at=datetime.fromisoformat(updated_at),
                deleted_at=_moment(deleted_at),
            )
            for tid, name, sections, created_at, updated_at, deleted_at in rows
        ]
        return sorted(found, key=lambda t: (t.deleted_at is not None, t.name.casefold(), t.name, t.id))

    def own_template(self, template_id: str) -> Template:
        for template in self.own_templates():
            if template.id == template_id:
                return template
        raise NotFoundError(f"no template {template_id}")

    def save_template(self, template: Template) -> Template:
        """Add or change one of the leader's own templates (its texts cleaned, see
        :func:`journal.templates.cleaned`); as saved."""
        template = cleaned(template)
        now = now_utc()
        with self._writing():
            rows = self._query("SELECT created_at FROM own_templates WHERE id = ?", (template.id,))
            created = _moment(rows[0][0]) if rows else (template.created_at or now)
            saved = replace(template, created_at=created, updated_at=now, deleted_at=None)
            self._put_template(saved)
        return saved

    def delete_template(self, template_id: str) -> None:
        """Delete an own template: its words go, its id and the moment stay (see the table).
        Reflections written in it keep their headings."""
        now = _iso(now_utc())
        with self._writing():
            found = self.conn.execute(
                "UPDATE own_templates SET name = '', sections = '[]', updated_at = ?, deleted_at = ? "
                "WHERE id = ? AND deleted_at IS NULL",
                (now, now, template_id),
            ).rowcount
            if not found:
                raise NotFoundError(f"no template {template_id}")

    def _put_template(self, template: Template) -> None:
        self.conn.execute(
            "INSERT INTO own_templates (id, name, sections, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "sections = excluded.sections, created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "deleted_at = excluded.deleted_at",
            (
                template.id,
                template.name,
                sections_to_json(template.sections),
                _iso(template.created_at),
                _iso(template.updated_at),
                _iso(template.deleted_at),
            ),
        )

    # -- sync (journal.sync) -------------------------------------------------------------
    #
    # What travels is named by an object id: 'r:' and a reflection's uuid, 'framework' (the
    # personal framework), 'criterion:', 'revision:' or 'template:' and the row's id, and
    # 'organisation' (the organisation framework in use). Triggers (migration 0015) name each one
    # a write changes in sync_dirty, once this journal has a device (sync_state 'device').

    def sync_state(self) -> dict[str, str]:
        return dict(self._query("SELECT key, value FROM sync_state"))

    def set_sync_state(self, values: Mapping[str, str | None]) -> None:
        """Set (``None``: remove) this machine's sync values, in the current transaction or one of
        its own."""
        with self._writing():
            for key, value in values.items():
                if value is None:
                    self.conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
                else:
                    self.conn.execute(
                        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )

    def sync_mark_all(self) -> None:
        """Name everything that travels as changed: a journal's first sync sends all of it."""
        with self._writing():
            self.conn.execute("INSERT OR IGNORE INTO sync_dirty (object) SELECT 'r:' || uuid FROM reflections")
            self.conn.execute(
                "INSERT OR IGNORE INTO sync_dirty (object) SELECT 'framework' FROM personal_framework "
                "UNION ALL SELECT 'criterion:' || id FROM own_criteria "
                "UNION ALL SELECT 'revision:' || uuid FROM framework_revisions "
                "UNION ALL SELECT 'template:' || id FROM own_templates "
                "UNION ALL SELECT 'organisation' FROM organisation_frameworks LIMIT -1"
            )

    def sync_forget_all(self) -> None:
        """This journal syncs no more: its sync tables are emptied (the folder is left as it is)."""
        with self._writing():
            for table in ("sync_state", "sync_dirty", "sync_docs", "sync_outbox", "sync_conflicts"):
                self.conn.execute(f"DELETE FROM {table}")

    def sync_dirty(self, limit: int) -> list[str]:
        return [row[0] for row in self._query("SELECT object FROM sync_dirty LIMIT ?", (limit,))]

    def sync_dirty_count(self) -> int:
        return self._query("SELECT count(*) FROM sync_dirty")[0][0]

    def sync_is_dirty(self, obj: str) -> bool:
        return bool(self._query("SELECT 1 FROM sync_dirty WHERE object = ?", (obj,)))

    def sync_doc(self, obj: str) -> bytes | None:
        rows = self._query("SELECT state FROM sync_docs WHERE object = ?", (obj,))
        return rows[0][0] if rows else None

    def sync_keep(self, obj: str, state: bytes, change: bytes | None = None) -> None:
        """Keep an object's merge state, with the change made here (for the outbox) if any; the
        object is no longer changed since the last sync. Inside :meth:`sync_writing`."""
        self.conn.execute(
            "INSERT INTO sync_docs (object, state) VALUES (?, ?) "
            "ON CONFLICT (object) DO UPDATE SET state = excluded.state",
            (obj, state),
        )
        if change is not None:
            self.conn.execute("INSERT INTO sync_outbox (object, change) VALUES (?, ?)", (obj, change))
        self.conn.execute("DELETE FROM sync_dirty WHERE object = ?", (obj,))

    def sync_writing(self):
        """One transaction for a part of a sync round."""
        return self._writing()

    def sync_assign(self, number: int, at_most: int) -> int:
        """Give up to ``at_most`` changes not yet in a file the change file ``number``."""
        with self._writing():
            return self.conn.execute(
                "UPDATE sync_outbox SET file = ? WHERE id IN "
                "(SELECT id FROM sync_outbox WHERE file IS NULL ORDER BY id LIMIT ?)",
                (number, at_most),
            ).rowcount

    def sync_unsent_files(self) -> list[int]:
        return [
            row[0] for row in self._query("SELECT DISTINCT file FROM sync_outbox WHERE file IS NOT NULL ORDER BY 1")
        ]

    def sync_outbox(self, number: int) -> list[tuple[str, bytes]]:
        return self._query("SELECT object, change FROM sync_outbox WHERE file = ? ORDER BY id", (number,))

    def sync_sent(self, number: int) -> None:
        with self._writing():
            self.conn.execute("DELETE FROM sync_outbox WHERE file = ?", (number,))

    def sync_forget_outbox(self) -> None:
        with self._writing():
            self.conn.execute("DELETE FROM sync_outbox")

    def sync_conflict(self, obj: str, field_name: str, mine: str, theirs: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_conflicts (object, field, mine, theirs, merged_at) VALUES (?, ?, ?, ?, ?)",
            (obj, field_name, mine, theirs, _iso(now_utc())),
        )

    def sync_conflicts(self) -> list[tuple[int, str, str, str, str, datetime]]:
        """The texts changed on two machines at once: (id, object, field, mine, theirs, when)."""
        return [
            (cid, obj, name, mine, theirs, datetime.fromisoformat(at))
            for cid, obj, name, mine, theirs, at in self._query(
                "SELECT id, object, field, mine, theirs, merged_at FROM sync_conflicts ORDER BY id"
            )
        ]

    def sync_resolve(self, conflict_id: int) -> None:
        with self._writing():
            self.conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))

    def sync_object(self, obj: str) -> Any:
        """What an object holds now: a reflection (Trash included), a row's values as stored, the
        organisation framework in use; ``None`` when there is none."""
        kind, _, key = obj.partition(":")
        if kind == "r":
            rows = self._query(f"SELECT {_COLUMNS} FROM reflections WHERE uuid = ?", (key,))
            return self._reflections(rows)[0] if rows else None
        if kind == "organisation":
            used = self.organisation_framework_in_use()
            return list(used) if used else None
        table, column, columns = _SYNCED_ROWS[kind]
        rows = self._query(f"SELECT {', '.join(columns)} FROM {table} WHERE {column} = ?", (key or 1,))
        return dict(zip(columns, rows[0], strict=True)) if rows else None

    def sync_put(self, obj: str, value: Any) -> None:
        """Make an object hold what another device wrote (:meth:`sync_object`'s form), timestamps
        as they came. Inside :meth:`sync_writing`."""
        kind, _, key = obj.partition(":")
        if kind == "r":
            rows = self._query("SELECT id FROM reflections WHERE uuid = ?", (key,))
            if value is None:
                if rows:
                    self._count(rows[0][0], -1)
                    self.conn.execute("DELETE FROM reflections WHERE id = ?", (rows[0][0],))
            elif rows:
                self._write_row(rows[0][0], value)
            else:
                self._insert(value)
            return
        if kind == "organisation":
            if value is not None and list(self.organisation_framework_in_use() or ()) != list(value):
                self.use_organisation_framework(str(value[0]), str(value[1]))
            return
        table, column, columns = _SYNCED_ROWS[kind]
        if value is None:
            self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (key or 1,))
            return
        names = [column, *columns]
        values = [key or 1, *(value.get(name) for name in columns)]
        extra = ""
        if table == "own_criteria":
            names.append("position")
            extra = ", (SELECT coalesce(max(position), 0) + 1 FROM own_criteria)"
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(values))}{extra}) "
            f"ON CONFLICT ({column}) DO UPDATE SET {', '.join(f'{name} = excluded.{name}' for name in columns)}",
            values,
        )

    # -- import ------------------------------------------------------------------------

    def merge(
        self,
        reflections: Iterable[Reflection],
        framework: PersonalFramework | None = None,
        framework_updated_at: datetime | None = None,
        revisions: Iterable[Revision] = (),
        own_criteria: Iterable[OwnCriterion] = (),
        templates: Iterable[Template] = (),
    ) -> MergeResult:
        """Bring in reflections and personal-framework data from elsewhere, all or nothing.

        A reflection with a uuid we already have is replaced only if the incoming copy was
        updated later, so importing the same file twice changes nothing the second time.
        Timestamps are kept as they are in the source (full fidelity). The leader's own templates
        merge the same way, by id (a deletion is a change like any other).
        """
        added = updated = unchanged = revisions_added = templates_added = 0
        with self._writing():
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS merged (id INTEGER PRIMARY KEY)")
            self.conn.execute("DELETE FROM temp.merged")
            # The search index takes the inserted reflections in one statement at the end, not one
            # by one from its trigger: an import of 20,000 in 4.5 s instead of 7.8. The trigger is
            # put back, as it was, in the same transaction (rolled back with it if this fails).
            trigger = self._query("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_INSERT,))
            if trigger:
                self.conn.execute(f"DROP TRIGGER {_FTS_INSERT}")
            inserted: list[tuple[int]] = []
            for incoming in reflections:
                if incoming.created_at is None or incoming.updated_at is None:
                    moment = now_utc()
                    incoming = replace(
                        incoming, created_at=incoming.created_at or moment, updated_at=incoming.updated_at or moment
                    )
                rows = self._query("SELECT id, updated_at FROM reflections WHERE uuid = ?", (incoming.uuid,))
                if not rows:
                    inserted.append((self._insert(incoming, one=False),))
                    added += 1
                    if len(inserted) == _BATCH:
                        self.conn.executemany("INSERT INTO temp.merged (id) VALUES (?)", inserted)
                        inserted.clear()
                elif _moment(rows[0][1]) < incoming.updated_at:
                    self._write_row(rows[0][0], incoming)
                    updated += 1
                else:
                    unchanged += 1
            self.conn.executemany("INSERT INTO temp.merged (id) VALUES (?)", inserted)
            if trigger:
                self.conn.execute(
                    f"INSERT INTO reflections_fts (rowid, {_SEARCHED_COLUMNS}) SELECT time_key, {_SEARCHED_COLUMNS} "
                    "FROM reflections WHERE id IN (SELECT id FROM temp.merged) ORDER BY time_key"
                )
                self.conn.execute(trigger[0][0])
            if added:
                self._count_among("temp.merged", +1)
                self._learn_merged(added)
            self.conn.execute("DELETE FROM temp.merged")
            for criterion in own_criteria:
                if not self._query("SELECT 1 FROM own_criteria WHERE id = ?", (criterion.id,)):
                    self._register(criterion)
            if framework is not None:
                # The framework's text is taken only if it was saved later than ours.
                current = self.personal_framework_updated_at()
                if framework_updated_at is not None and (current is None or framework_updated_at > current):
                    self._put_personal_framework(framework, framework_updated_at)
            for revision in revisions:
                if not self._query("SELECT 1 FROM framework_revisions WHERE uuid = ?", (revision.uuid,)):
                    self._insert_revision(revision)
                    revisions_added += 1
            for template in templates:
                rows = self._query("SELECT updated_at FROM own_templates WHERE id = ?", (template.id,))
                if not rows or _moment(rows[0][0]) < template.updated_at:
                    self._put_template(template)
                    templates_added += not rows and template.deleted_at is None
        return MergeResult(added, updated, unchanged, revisions_added, templates_added)

"""The journal's values: reflections and what they are tagged with.

Model objects are immutable; change one with ``dataclasses.replace`` and give it back to the store.
Sets (themes, criteria, stakeholders, tags) are kept sorted and without duplicates, so that two
equal reflections always compare (and export) equal.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import NamedTuple

# Who a reflection concerns. Stored as these keys; the interface translates them.
STAKEHOLDERS: tuple[str, ...] = ("citizens", "staff", "peers", "manager", "politicians", "partners")


def now_local() -> datetime:
    """Now, in the machine's local time zone, to the second (what a leader sees on a clock)."""
    return datetime.now().astimezone().replace(microsecond=0)


def now_utc() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


@lru_cache(maxsize=4096)  # a journal uses few tags, read again for every reflection
def normalise_tag(tag: str) -> str:
    """Tags are matched as typed but without case, a leading '#' or extra spaces."""
    return re.sub(r"\s+", " ", tag.strip().lstrip("#").strip()).lower()


def _sorted_unique(values) -> tuple[str, ...]:
    return tuple(sorted({value for value in values if value}))


@dataclass(frozen=True)
class NextStep:
    """Something the leader means to do, optionally by a date; closed when done."""

    text: str
    due: date | None = None
    done_at: datetime | None = None
    id: str = field(default_factory=new_uuid)

    @property
    def open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class Reflection:
    uuid: str = field(default_factory=new_uuid)
    entry_at: datetime = field(default_factory=now_local)  # aware: local time with its offset
    title: str = ""
    body: str = ""  # Markdown
    # The optional reflection model (situation -> what I did -> what happened -> what I learn).
    template: bool = False
    situation: str = ""
    action: str = ""
    outcome: str = ""
    learning: str = ""
    context_id: str | None = None
    private: bool = False
    starred: bool = False  # a favourite: the leader marks it to find it again
    theme_ids: tuple[str, ...] = ()
    criterion_ids: tuple[str, ...] = ()
    stakeholders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    # Kept by the store: set on create/update, preserved by import.
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.entry_at.tzinfo is None:
            raise ValueError("entry_at needs a time zone")
        object.__setattr__(self, "theme_ids", _sorted_unique(self.theme_ids))
        object.__setattr__(self, "criterion_ids", _sorted_unique(self.criterion_ids))
        object.__setattr__(self, "stakeholders", _sorted_unique(self.stakeholders))
        object.__setattr__(self, "tags", _sorted_unique(normalise_tag(t) for t in self.tags))
        object.__setattr__(self, "next_steps", tuple(self.next_steps))
        object.__setattr__(self, "context_id", self.context_id or None)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def entry_date(self) -> date:
        return self.entry_at.date()


class ReflectionSummary(NamedTuple):
    """What a list shows of a reflection, without loading its whole body.

    A tuple of plain values, not a dataclass: a list may hold 100,000 of them, and a tuple is
    smaller and is left alone by Python's garbage collector, whose full passes would otherwise
    walk every one of them (a stall of up to 100 ms while scrolling).
    """

    uuid: str
    entry_at: datetime
    title: str
    first_line: str
    theme_ids: tuple[str, ...]
    private: bool
    deleted_at: datetime | None = None
    # Its place in the journal's order, for keyset paging: pass to ``Store.list(after=...)``.
    sort_key: int = 0
    starred: bool = False


@dataclass(frozen=True)
class ReflectionFilter:
    """Which reflections to show. Within one kind, any value matches; kinds combine with AND."""

    text: str = ""  # full-text search
    theme_ids: tuple[str, ...] = ()
    criterion_ids: tuple[str, ...] = ()
    context_ids: tuple[str, ...] = ()
    stakeholders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    private: bool | None = None  # None: both
    starred: bool = False  # True: only the starred (favourites)
    date_from: date | None = None  # inclusive, local date of the entry
    date_to: date | None = None  # inclusive
    deleted: bool = False  # True: the Trash

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", tuple(normalise_tag(t) for t in self.tags))

    @property
    def is_empty(self) -> bool:
        return self == ReflectionFilter(deleted=self.deleted)


@dataclass(frozen=True)
class PeriodCounts:
    """How many reflections in a period touch each theme and success criterion."""

    date_from: date | None
    date_to: date | None
    total: int
    themes: dict[str, int]
    criteria: dict[str, int]

"""The values an import passes from step to step, and the importer type the format modules
build. They import these from here, never from the package, so that the package can import
every format module at its top without a cycle (see :mod:`journal.importers`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from framework.personal import OwnCriterion, PersonalFramework, Revision

from ..model import Reflection, normalise_tag
from ..templates import Template
from .targets import KINDS, Target

# What imports made of a starred jrnl or Day One entry before the journal had favourites: an
# entry with this tag, from any source, is starred instead (see importers.read_file).
STARRED_TAG = "stjerne"

# Why a file of a folder was not read (see common.folder_files), in the order the preview names them.
SKIP_REASONS = ("link", "special")  # a symbolic link (to a file or folder); a named pipe, device or socket


class Reflections:
    """The reflections an import brings, read from their source each time they are gone through,
    so that a large export is never in memory whole (see common.JsonStream): ``read`` gives them
    anew at each call. A file's damage is found as the reading reaches it; a merge that meets it
    is undone whole (the store writes all or nothing). Counted, indexed and compared as a list
    is, by reading them (tests do; the import itself goes through them once)."""

    def __init__(self, read: Callable[[], Iterator[Reflection]]):
        self._read = read
        self._count: int | None = None

    def __iter__(self) -> Iterator[Reflection]:
        count = 0
        for reflection in self._read():
            count += 1
            yield reflection
        self._count = count

    def __len__(self) -> int:
        if self._count is None:
            for _ in self:
                pass
        assert self._count is not None
        return self._count

    def __getitem__(self, index: int) -> Reflection:
        return list(self)[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, list | Reflections) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Reflections({self._count if self._count is not None else '?'} read)"


@dataclass
class ImportData:
    reflections: list[Reflection] | Reflections = field(default_factory=list)
    framework: PersonalFramework | None = None
    framework_updated_at: datetime | None = None
    revisions: list[Revision] = field(default_factory=list)
    own_criteria: list[OwnCriterion] = field(default_factory=list)  # the register (see Store)
    templates: list[Template] = field(default_factory=list)  # the leader's own (the app's own export)
    format: str = ""  # the importer's name, set by read_file
    # Files of a folder that were not read: (path in the folder, one of SKIP_REASONS); a folder's path ends in "/".
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Sample:
    """What detection sees of a path, read once and shown to every importer in turn."""

    kind: str  # "file", "zip" or "folder"
    head: bytes = b""  # a file's first bytes; for a zip, those of its first top-level .json member
    names: tuple[str, ...] = ()  # a zip's members, or a folder's files ("/"-separated, relative)
    skipped: int = 0  # how many of a folder's files were not looked at (links, named pipes...)


@dataclass(frozen=True)
class Importer:
    name: str  # the --format value
    detect: Callable[[Sample], bool]  # does this look like the format?
    read: Callable[[Path], ImportData]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would bring, shown before anything changes."""

    format: str
    entries: int
    first: date | None  # the earliest entry's own (local) date
    last: date | None
    tags: tuple[tuple[str, int], ...]  # each tag found, with how many entries carry it; most used first
    framework: bool = False  # a personal leadership framework (the app's own export)
    revisions: int = 0  # saved revisions of it
    # Given the store: entries not in the journal yet; in it but changed later in the file (they
    # will be replaced); in it already (left as they are). None without a store.
    new: int | None = None
    updated: int | None = None
    unchanged: int | None = None
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (reason, the files) for each of SKIP_REASONS found


def _by_tag(ids: Mapping[str, tuple[str, ...] | list[str]]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for tag, values in ids.items():
        key = normalise_tag(tag)
        if key:
            merged[key] = tuple(dict.fromkeys(merged.get(key, ()) + tuple(values)))
    return merged


def _one_by_tag(ids: Mapping[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for tag, value in ids.items():
        key = normalise_tag(tag)
        if key and value:
            merged.setdefault(key, value)  # "#LUS" and "lus" are one tag: the first given wins
    return merged


@dataclass(frozen=True)
class TagMapping:
    """The themes, success criteria and usage contexts the user chose for imported tags.

    An entry carrying a mapped tag gets its themes and criteria. A reflection has at most one
    usage context, so: a context it already has is kept; otherwise it gets the context of the
    first of its tags in the mapping's order (the order of ``--map`` options; in the dialog, top
    to bottom) that has one. With ``keep_tags`` False a mapped tag itself is then left off, unless
    its context was not the one given: then the tag stays, so that nothing it said is lost
    (unmapped tags always stay). Tags are matched as the journal matches them (without case or
    '#'). The ids are not checked here: the caller offers or resolves only ids the journal knows.
    """

    themes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # tag -> theme ids
    criteria: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # tag -> success-criterion ids
    contexts: Mapping[str, str] = field(default_factory=dict)  # tag -> one usage-context id, in priority order
    keep_tags: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "themes", _by_tag(self.themes))
        object.__setattr__(self, "criteria", _by_tag(self.criteria))
        object.__setattr__(self, "contexts", _one_by_tag(self.contexts))

    @classmethod
    def of(cls, targets: Mapping[str, Iterable[Target]], keep_tags: bool = True) -> TagMapping:
        """From each tag's chosen targets, in order (a tag's first context wins)."""
        chosen: dict[str, dict[str, list[str]]] = {kind: {} for kind in KINDS}
        for tag, wanted in targets.items():
            for target in wanted:
                chosen[target.kind].setdefault(tag, []).append(target.id)
        return cls(
            themes=chosen["theme"],
            criteria=chosen["criterion"],
            contexts={tag: ids[0] for tag, ids in chosen["context"].items()},
            keep_tags=keep_tags,
        )

    @property
    def tags(self) -> frozenset[str]:
        return frozenset(self.themes) | frozenset(self.criteria) | frozenset(self.contexts)

    def context_for(self, reflection: Reflection) -> str | None:
        """The context the rule above gives the reflection."""
        if reflection.context_id:
            return reflection.context_id
        tags = set(reflection.tags)
        return next((context for tag, context in self.contexts.items() if tag in tags), None)

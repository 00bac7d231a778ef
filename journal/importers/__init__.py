"""Importers, one module per format, collected in one explicit tuple.

One way in, whatever the format:

1. ``read_file`` recognises the format from the content (or is told it); the importer reads and
   checks the whole source before anything else happens, so a bad or cut-short file raises
   :class:`journal.errors.ImportFileError` naming the file and the place;
2. ``preview`` sums up what was read (and, given the store, what is new);
3. ``apply_mapping`` adds the themes, success criteria and usage contexts the user chose for
   imported tags (``suggest`` proposes them for tags that are a theme's or a context's name);
4. ``import_data`` hands it to the store, which merges in one transaction: all or nothing.

``import_file`` does 1, 3 and 4 in one call. Every importer gives an entry the same uuid and the
same timestamps on every run, and the store replaces an entry only by a copy changed later, so
importing the same source twice adds nothing the second time.

Only regular files are read, and no more than a journal can be (:mod:`.common` has the limits
and why): a source that is not one, or too large, is refused before it is read. In a folder, a
link or a named pipe is skipped instead, and ``ImportData.skipped`` says which, so that the
preview can tell the leader.

The values passed between the steps, and the :class:`Importer` type, live in :mod:`.base`; the
format modules import them from there (never from this package), so this package imports every
format module at its top, with no cycle to dodge. :mod:`.common` holds what the format modules
share in reading a source; :mod:`.targets` what a tag can be mapped onto.
"""

from __future__ import annotations

import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ImportFileError
from . import day_one, journal_json, jrnl_json, markdown_folder
from .base import SKIP_REASONS, STARRED_TAG, ImportData, Importer, ImportPreview, Reflections, Sample, TagMapping
from .common import ZIP_ERRORS, ZIP_MAGIC, cannot_read, folder_files, no_markdown, open_file
from .targets import KINDS, Target, suggest

if TYPE_CHECKING:
    from ..model import Reflection
    from ..store import MergeResult, Store

__all__ = [
    "IMPORTERS",
    "KINDS",
    "SKIP_REASONS",
    "STARRED_TAG",
    "ImportData",
    "ImportPreview",
    "Importer",
    "Reflections",
    "Sample",
    "TagMapping",
    "Target",
    "apply_mapping",
    "context_conflicts",
    "detect_importer",
    "get_importer",
    "import_data",
    "import_file",
    "preview",
    "read_file",
    "skipped_by_reason",
    "suggest",
]

# The order is the order of detection: the most specific signs first.
IMPORTERS: tuple[Importer, ...] = (
    journal_json.IMPORTER,
    jrnl_json.IMPORTER,
    day_one.IMPORTER,
    markdown_folder.IMPORTER,
)

HEAD_SIZE = 64 * 1024  # Day One writes its keys in no fixed order: look far enough in
NAMES_SEEN = 1000  # how many of a folder's files detection looks at


def get_importer(name: str) -> Importer:
    for importer in IMPORTERS:
        if importer.name == name:
            return importer
    raise KeyError(f"unknown import format {name!r} (choose from: {', '.join(i.name for i in IMPORTERS)})")


def sample(path: Path) -> Sample:
    file = str(path)
    if path.is_dir():
        skipped: list[tuple[str, str]] = []
        names = tuple(islice(folder_files(path, skipped), NAMES_SEEN))
        return Sample("folder", names=names, skipped=len(skipped))
    try:
        with open_file(path) as handle:
            head = handle.read(HEAD_SIZE)
            if head[:4] not in ZIP_MAGIC:
                return Sample("file", head)
            handle.seek(0)
            with zipfile.ZipFile(handle) as archive:
                names = tuple(archive.namelist())
                first = min((n for n in names if "/" not in n and n.lower().endswith(".json")), default=None)
                if first is not None:
                    with archive.open(first) as member:
                        head = member.read(HEAD_SIZE)  # no more, whatever the member says it holds
                return Sample("zip", head if first else b"", names)
    except OSError as error:
        raise cannot_read(file, error) from error
    except ZIP_ERRORS as error:
        raise ImportFileError(file, "", f"the zip archive is damaged or cut short ({error})") from error


def detect_importer(path: Path) -> Importer:
    seen = sample(path)
    for importer in IMPORTERS:
        if importer.detect(seen):
            return importer
    if seen.kind == "folder":
        raise ImportFileError(str(path), "", no_markdown(seen.skipped))
    raise ImportFileError(
        str(path), "", f"not a format Ledelsesjournal can import (known: {', '.join(i.name for i in IMPORTERS)})"
    )


def read_file(path: str | os.PathLike, format: str | None = None, check: bool = True) -> ImportData:
    """Everything in the file (or folder), checked; ``format`` (an importer's name) skips detection.

    A JSON export (jrnl's or the app's own, which grow largest) is read a piece at a time: read
    through once here to check it (``check``), and again by whatever goes through it next. An
    import straight away may leave the check out: the merge meets any damage in its one reading
    and is undone."""
    path = Path(path)
    importer = get_importer(format) if format else detect_importer(path)
    data = _each(replace(importer.read(path), format=importer.name), _starred_by_tag)
    if check and isinstance(data.reflections, Reflections):
        len(data.reflections)  # read through: raises ImportFileError for what is wrong
    return data


# -- preview -------------------------------------------------------------------------------


def preview(data: ImportData, store: Store | None = None) -> ImportPreview:
    """Counts as the store's merge would decide them: by uuid, the later ``updated_at`` winning."""
    first = last = None
    entries = 0
    counts: Counter[str] = Counter()
    outcome: dict[str, int | None] = dict.fromkeys(("new", "updated", "unchanged"))
    if store is not None:
        outcome = dict.fromkeys(outcome, 0)
    for reflection in data.reflections:  # once: a large file is read a piece at a time
        entries += 1
        day = reflection.entry_date
        first = day if first is None else min(first, day)
        last = day if last is None else max(last, day)
        counts.update(reflection.tags)
        if store is not None:
            if not store.exists(reflection.uuid):
                outcome["new"] += 1
            elif reflection.updated_at is None or store.get(reflection.uuid).updated_at < reflection.updated_at:
                outcome["updated"] += 1
            else:
                outcome["unchanged"] += 1
    return ImportPreview(
        format=data.format,
        entries=entries,
        first=first,
        last=last,
        tags=tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
        framework=data.framework is not None,
        revisions=len(data.revisions),
        skipped=skipped_by_reason(data.skipped),
        **outcome,
    )


def skipped_by_reason(skipped: Iterable[tuple[str, str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    found = list(skipped)
    grouped = ((reason, tuple(name for name, why in found if why == reason)) for reason in SKIP_REASONS)
    return tuple((reason, names) for reason, names in grouped if names)


# -- tags onto themes, success criteria and usage contexts -----------------------------------


def apply_mapping(data: ImportData, mapping: TagMapping) -> ImportData:
    """The same data with the mapping applied; ``updated_at`` stays, so that importing again
    with the same mapping still adds nothing (and an entry already imported is not re-mapped)."""
    mapped = mapping.tags

    def apply(reflection: Reflection) -> Reflection:
        hits = [tag for tag in reflection.tags if tag in mapped]
        if not hits:
            return reflection
        context = mapping.context_for(reflection)
        dropped = set() if mapping.keep_tags else {tag for tag in hits if mapping.contexts.get(tag, context) == context}
        return replace(
            reflection,
            theme_ids=reflection.theme_ids + tuple(i for tag in hits for i in mapping.themes.get(tag, ())),
            criterion_ids=reflection.criterion_ids + tuple(i for tag in hits for i in mapping.criteria.get(tag, ())),
            context_id=context,
            tags=tuple(t for t in reflection.tags if t not in dropped),
        )

    return _each(data, apply)


def _each(data: ImportData, change: Callable[[Reflection], Reflection]) -> ImportData:
    """The same data with ``change`` made to every reflection, read as lazily as before."""
    if isinstance(data.reflections, Reflections):
        return replace(data, reflections=Reflections(lambda: map(change, data.reflections)))
    return replace(data, reflections=[change(reflection) for reflection in data.reflections])


def _starred_by_tag(reflection: Reflection) -> Reflection:
    """A reflection tagged STARRED_TAG (a Markdown note's front matter, a jrnl tag, an export made
    before favourites, when imports marked starred entries so) is starred instead."""
    if STARRED_TAG not in reflection.tags:
        return reflection
    return replace(reflection, starred=True, tags=tuple(tag for tag in reflection.tags if tag != STARRED_TAG))


def context_conflicts(data: ImportData, mapping: TagMapping) -> int:
    """How many reflections the one-context rule leaves without a context one of their tags maps to."""
    return sum(
        1
        for reflection in data.reflections
        if any(
            mapping.contexts.get(tag, mapping.context_for(reflection)) != mapping.context_for(reflection)
            for tag in reflection.tags
        )
    )


# -- into the journal --------------------------------------------------------------------------


def import_data(store: Store, data: ImportData, mapping: TagMapping | None = None) -> MergeResult:
    """Merge what ``read_file`` gave (after the preview), all or nothing."""
    if mapping is not None:
        data = apply_mapping(data, mapping)
    return store.merge(
        data.reflections,
        data.framework,
        data.framework_updated_at,
        data.revisions,
        data.own_criteria,
        data.templates,
    )


def import_file(
    store: Store,
    path: str | os.PathLike,
    format: str | None = None,
    mapping: TagMapping | None = None,
    check: bool = True,
) -> MergeResult:
    return import_data(store, read_file(path, format, check), mapping)

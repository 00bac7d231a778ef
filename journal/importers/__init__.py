"""Importers, one module per format, collected in one explicit tuple.

Each importer reads and checks the whole file first (a bad file raises
:class:`journal.errors.ImportFileError` naming the place), then the store merges the result in
one transaction: all or nothing, and importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from framework.personal import OwnCriterion, PersonalFramework, Revision

from ..errors import ImportFileError
from ..model import Reflection

if TYPE_CHECKING:
    from ..store import MergeResult, Store


@dataclass
class ImportData:
    reflections: list[Reflection] = field(default_factory=list)
    framework: PersonalFramework | None = None
    framework_updated_at: datetime | None = None
    revisions: list[Revision] = field(default_factory=list)
    own_criteria: list[OwnCriterion] = field(default_factory=list)  # the register (see Store)


@dataclass(frozen=True)
class Importer:
    name: str  # the --format value
    detect: Callable[[bytes], bool]  # does the start of a file look like this format?
    read: Callable[[Path], ImportData]


def _importers() -> tuple[Importer, ...]:
    from . import journal_json

    return (journal_json.IMPORTER,)


IMPORTERS: tuple[Importer, ...] = _importers()


def get_importer(name: str) -> Importer:
    for importer in IMPORTERS:
        if importer.name == name:
            return importer
    raise KeyError(f"unknown import format {name!r} (choose from: {', '.join(i.name for i in IMPORTERS)})")


def detect_importer(path: Path) -> Importer:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ImportFileError(str(path), "", f"cannot read the file ({error.strerror or error})") from error
    for importer in IMPORTERS:
        if importer.detect(head):
            return importer
    raise ImportFileError(
        str(path), "", f"not a format Ledelsesjournal can import (known: {', '.join(i.name for i in IMPORTERS)})"
    )


def read_file(path: str | os.PathLike, format: str | None = None) -> ImportData:
    path = Path(path)
    importer = get_importer(format) if format else detect_importer(path)
    return importer.read(path)


def import_file(store: "Store", path: str | os.PathLike, format: str | None = None) -> "MergeResult":
    data = read_file(path, format)
    return store.merge(data.reflections, data.framework, data.framework_updated_at, data.revisions,
                       data.own_criteria)

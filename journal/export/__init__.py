"""Exporters, one module per format, collected in one explicit tuple.

The command line (and later the export dialog) read :data:`EXPORTERS`; adding a format means
adding a module and one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Exporter:
    name: str  # the --format value
    subject: str  # what it exports: "journal", later "framework" and "report"
    suffix: str
    binary: bool
    write: Callable[["Store", IO], None]


def _exporters() -> tuple[Exporter, ...]:
    from . import journal_json

    return (journal_json.EXPORTER,)


EXPORTERS: tuple[Exporter, ...] = _exporters()


def get_exporter(subject: str, name: str) -> Exporter:
    for exporter in EXPORTERS:
        if exporter.subject == subject and exporter.name == name:
            return exporter
    known = ", ".join(e.name for e in EXPORTERS if e.subject == subject)
    raise KeyError(f"no {name!r} export for the {subject} (choose from: {known})")


def formats(subject: str) -> list[str]:
    return [e.name for e in EXPORTERS if e.subject == subject]

"""Exporters, one module per format, collected in one explicit tuple.

The command line and the export dialog read :data:`EXPORTERS`; adding a format means adding a
module and one line here. Every exporter is called the same way, ``write(store, out, options)``,
with one :class:`ExportOptions` (each takes from it what applies to its subject).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from .framework_doc import ExportOptions

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "formats", "get_exporter"]


@dataclass(frozen=True)
class Exporter:
    name: str  # the --format value
    subject: str  # what it exports: "journal", "framework", "report" (the period report) or "reflection" (one)
    suffix: str
    binary: bool  # True: ``out`` is opened in binary mode, and the CLI needs a file (-o)
    write: Callable[["Store", IO, ExportOptions], None]


def _drawn_by_qt(function: str) -> Callable[["Store", IO, ExportOptions], None]:
    """PDF and ODT need Qt's document classes: import them only when one is written, so every
    other export (and every other command) stays free of Qt."""

    def write(store: "Store", out: IO, options: ExportOptions) -> None:
        from . import qt_documents

        getattr(qt_documents, function)(store, out, options)

    return write


def _exporters() -> tuple[Exporter, ...]:
    from . import framework_html, framework_markdown, journal_json, reflection_html, reflection_markdown, report_html

    return (
        journal_json.EXPORTER,
        framework_markdown.EXPORTER,
        framework_html.EXPORTER,
        Exporter(name="pdf", subject="framework", suffix=".pdf", binary=True, write=_drawn_by_qt("write_pdf")),
        Exporter(name="odt", subject="framework", suffix=".odt", binary=True, write=_drawn_by_qt("write_odt")),
        report_html.EXPORTER,
        Exporter(name="pdf", subject="report", suffix=".pdf", binary=True, write=_drawn_by_qt("write_report_pdf")),
        reflection_markdown.EXPORTER,
        reflection_html.EXPORTER,
        Exporter(name="pdf", subject="reflection", suffix=".pdf", binary=True,
                 write=_drawn_by_qt("write_reflection_pdf")),
    )


EXPORTERS: tuple[Exporter, ...] = _exporters()


def get_exporter(subject: str, name: str) -> Exporter:
    for exporter in EXPORTERS:
        if exporter.subject == subject and exporter.name == name:
            return exporter
    known = ", ".join(e.name for e in EXPORTERS if e.subject == subject)
    raise KeyError(f"no {name!r} export for the {subject} (choose from: {known})")


def formats(subject: str) -> list[str]:
    return [e.name for e in EXPORTERS if e.subject == subject]

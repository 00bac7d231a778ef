"""Exporters, one module per format, collected in one explicit tuple.

The command line and the export dialogs read :data:`EXPORTERS`; adding a format means adding a
module and one line here. Every exporter is called the same way, ``write(store, out, options)``,
with one :class:`ExportOptions` (each takes from it what applies to its subject), and an export
file is written by :meth:`Exporter.write_file`. Those types live in :mod:`.base`, which the
format modules import (never this package), so every format module is imported here at the top,
with no cycle to dodge. PDF and ODT alone are not: Qt lays them out, and :func:`_drawn_by_qt`
imports :mod:`.qt_documents` only when one of them is written, so the command line never loads Qt.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from . import (
    framework_html,
    framework_markdown,
    journal_json,
    person_doc,
    reflection_html,
    reflection_markdown,
    report_html,
)
from .base import Exporter, ExportOptions, Write

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "formats", "get_exporter"]


def _drawn_by_qt(function: str) -> Write:
    """The write function of an export that Qt's document classes lay out (PDF, ODT): ``function``
    of :mod:`.qt_documents`, imported only when one of them is written, so that every other
    export, and every command, stays free of Qt. This deferred import is about Qt, not a cycle."""

    def write(store: Store, out: IO, options: ExportOptions) -> None:
        from . import qt_documents

        getattr(qt_documents, function)(store, out, options)

    return write


EXPORTERS: tuple[Exporter, ...] = (
    journal_json.EXPORTER,
    framework_markdown.EXPORTER,
    framework_html.EXPORTER,
    Exporter(name="pdf", subject="framework", suffix=".pdf", binary=True, write=_drawn_by_qt("write_pdf")),
    Exporter(name="odt", subject="framework", suffix=".odt", binary=True, write=_drawn_by_qt("write_odt")),
    report_html.EXPORTER,
    Exporter(name="pdf", subject="report", suffix=".pdf", binary=True, write=_drawn_by_qt("write_report_pdf")),
    reflection_markdown.EXPORTER,
    reflection_html.EXPORTER,
    Exporter(name="pdf", subject="reflection", suffix=".pdf", binary=True, write=_drawn_by_qt("write_reflection_pdf")),
    person_doc.MARKDOWN,
    person_doc.JSON,
    Exporter(name="pdf", subject="person", suffix=".pdf", binary=True, write=_drawn_by_qt("write_person_pdf")),
)


def get_exporter(subject: str, name: str) -> Exporter:
    for exporter in EXPORTERS:
        if exporter.subject == subject and exporter.name == name:
            return exporter
    known = ", ".join(e.name for e in EXPORTERS if e.subject == subject)
    raise KeyError(f"no {name!r} export for the {subject} (choose from: {known})")


def formats(subject: str) -> list[str]:
    return [e.name for e in EXPORTERS if e.subject == subject]

"""Exporters, one module per format, collected in one explicit tuple.

The command line and the export dialogs read :data:`EXPORTERS`; adding a format means adding a
module and one line here. Every exporter is called the same way, ``write(store, out, options)``,
with one :class:`ExportOptions` (each takes from it what applies to its subject), and an export
file is written by :meth:`Exporter.write_file`. Those types live in :mod:`.base`, which the
format modules import (never this package).

This tuple names each format's module and function rather than importing them: a format's module
is imported when a file in that format is written (:func:`_written_by`). So every command starts
without loading every exporter (which took 60 ms of the command line's start), and PDF and ODT,
which Qt lays out (:mod:`.qt_documents`), never load Qt unless one of them is written.
"""

from __future__ import annotations

from importlib import import_module
from typing import IO, TYPE_CHECKING

from .base import Exporter, ExportOptions, Write

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "formats", "get_exporter"]


def _written_by(module: str, function: str) -> Write:
    """The write function ``function`` of the format module ``module`` (in this package),
    imported the first time a file is written with it."""

    def write(store: Store, out: IO, options: ExportOptions) -> None:
        getattr(import_module(f"{__name__}.{module}"), function)(store, out, options)

    write.__qualname__ = f"{module}.{function}"
    return write


def _exporter(name: str, subject: str, suffix: str, module: str, function: str, binary: bool = False) -> Exporter:
    return Exporter(name=name, subject=subject, suffix=suffix, binary=binary, write=_written_by(module, function))


EXPORTERS: tuple[Exporter, ...] = (
    _exporter("json", "journal", ".json", "journal_json", "write_journal"),
    _exporter("md", "framework", ".md", "framework_markdown", "write_markdown"),
    _exporter("html", "framework", ".html", "framework_html", "write_html"),
    _exporter("pdf", "framework", ".pdf", "qt_documents", "write_pdf", binary=True),
    _exporter("odt", "framework", ".odt", "qt_documents", "write_odt", binary=True),
    _exporter("html", "report", ".html", "report_html", "write_report_html"),
    _exporter("pdf", "report", ".pdf", "qt_documents", "write_report_pdf", binary=True),
    _exporter("md", "reflection", ".md", "reflection_markdown", "write_markdown"),
    _exporter("html", "reflection", ".html", "reflection_html", "write_html"),
    _exporter("pdf", "reflection", ".pdf", "qt_documents", "write_reflection_pdf", binary=True),
    _exporter("md", "person", ".md", "person_doc", "write_markdown"),
    _exporter("json", "person", ".json", "person_doc", "write_json"),
    _exporter("pdf", "person", ".pdf", "qt_documents", "write_person_pdf", binary=True),
)


def get_exporter(subject: str, name: str) -> Exporter:
    for exporter in EXPORTERS:
        if exporter.subject == subject and exporter.name == name:
            return exporter
    known = ", ".join(e.name for e in EXPORTERS if e.subject == subject)
    raise KeyError(f"no {name!r} export for the {subject} (choose from: {known})")


def formats(subject: str) -> list[str]:
    return [e.name for e in EXPORTERS if e.subject == subject]

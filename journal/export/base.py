"""What every export shares: the exporter type, its options, and the one way an export file is
written. The format modules import these from here, never from the package, so that the
package can import every format module at its top without a cycle (see :mod:`journal.export`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING

from framework import DEFAULT_LANGUAGE, Framework

from ..fileio import atomic_write

if TYPE_CHECKING:
    from ..analytics import Period
    from ..store import Store


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """What an export includes. One value for every exporter; the journal backup ignores it,
    because a backup is always whole. ``organisation`` is required by the framework, report and
    reflection exports; ``period`` and ``reflections`` are the report's, ``reflection`` the
    reflection export's."""

    organisation: Framework | None = None
    revision: str | None = None  # a revision's full uuid; None for the current framework
    include_organisation: bool = False
    include_own_criteria: bool = True
    include_private: bool = False
    language: str = DEFAULT_LANGUAGE
    today: date | None = None  # the export date (default: today); tests fix it
    period: Period | None = None  # None: the whole journal up to today
    # The reflections (full uuids) quoted in the report: choosing one is what lets a private one in.
    reflections: tuple[str, ...] = ()
    # The one reflection to export (a full uuid): the one the leader is reading, private or not.
    reflection: str | None = None
    # The person whose mentions are exported (an access request): everything, private and Trash too.
    person: str | None = None


Write = Callable[["Store", IO, ExportOptions], None]


@dataclass(frozen=True)
class Exporter:
    name: str  # the --format value
    subject: str  # what it exports: "journal", "framework", "report" (the period report) or "reflection" (one)
    suffix: str
    binary: bool  # True: ``out`` is opened in binary mode, and the CLI needs a file (-o)
    write: Write

    def write_file(self, store: Store, target: str | os.PathLike, options: ExportOptions) -> None:
        """Write the export at ``target`` whole or not at all: through a temporary file put in
        place when complete, so a failure or a killed process leaves no half file (see
        :func:`journal.fileio.atomic_write`). The one way the command line and the window write an
        export file; raises :class:`journal.errors.JournalError` with what went wrong."""
        with atomic_write(target, binary=self.binary) as handle:
            self.write(store, handle, options)

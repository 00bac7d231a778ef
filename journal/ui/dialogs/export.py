"""Exporting from the window: choose a file, and write it whole or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...export import get_exporter
from ...fileio import atomic_write
from ...store import Store


class SaveFile:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None


def export_journal(store: Store, target: Path) -> None:
    """The whole journal as JSON at ``target`` (raises JournalError with a clear message)."""
    exporter = get_exporter("journal", "json")
    with atomic_write(target, binary=exporter.binary) as handle:
        exporter.write(store, handle)


def suggested_name(folder: Path | None = None) -> Path:
    return (folder or Path.home()) / f"ledelsesjournal-{date.today().isoformat()}.json"

"""Files shipped in ``resources/`` (installed as the package ``journal.resources``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def asset(*parts: str) -> Path:
    return Path(str(resources.files("journal.resources").joinpath(*parts)))


def translations_dir() -> Path:
    return asset("translations")


def app_icon_path() -> Path:
    return asset("icons", "ledelsesjournal.svg")

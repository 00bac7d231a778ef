"""Files shipped in ``resources/`` (installed as the package ``journal.resources``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def asset(*parts: str) -> Path:
    """A file of ``resources/``. One part at a time: where the folder is a namespace package (a
    standalone build), Python 3.11's MultiplexedPath.joinpath takes one part only."""
    path = resources.files("journal.resources")
    for part in parts:
        path = path / part
    return Path(str(path))


def translations_dir() -> Path:
    return asset("translations")


def app_icon_path() -> Path:
    return asset("icons", "ledelsesjournal.svg")


@cache
def _svg(name: str) -> str:
    return asset("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: QColor) -> QIcon:
    """A line icon from resources/icons drawn in ``colour`` (the palette's text colour), so it
    reads in light and dark appearance alike."""
    svg = _svg(name).replace("#000000", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result

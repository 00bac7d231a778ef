"""The personal framework, the period report and one reflection on paper: PDF (A4, page numbers;
a title page for the two long ones) and, for the framework, ODT; on a printer too.

The one corner of export that needs Qt: its document classes lay out and paginate the HTML of
:func:`framework_html.print_body_html`, :func:`report_html.report_body_html` and
:func:`reflection_html.reflection_body_html`; :func:`paint_pages` draws the first two after a
title page, :func:`paint_body` the reflection from the top of its first page. Only QtGui is
used (no widgets), and Qt is imported only when one of these formats is asked for, so the rest
of the command line stays Qt-free; the import-linter contract names this module as the exception.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import IO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)

from .. import dates
from ..render import markdown_html
from ..store import Store
from ..words import word
from .base import ExportOptions
from .framework_doc import build_document
from .framework_html import TitlePage, print_body_html, print_title_page
from .framework_markdown import render_markdown
from .reflection_doc import build_reflection
from .reflection_html import reflection_body_html
from .report_doc import build_report
from .report_html import report_body_html, report_title_page

FONT_FAMILY = "DejaVu Sans"  # has æ, ø, å everywhere Qt runs; Qt falls back if it is missing
BODY_POINTS = 10.5
MARGINS_MM = QMarginsF(22, 20, 22, 18)
_app: QGuiApplication | None = None


def _ensure_gui() -> None:
    """Qt's fonts and documents need a QGuiApplication; the command line has none, and no screen."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["ledelsesjournal", "-platform", "offscreen"])


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    # No "ff"/"fi" ligatures: text copied or searched in the PDF must read "træffer", not "træﬀer".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _body_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def _draw_title_page(painter: QPainter, page: QRectF, title: TitlePage, colours: Sequence[str]) -> None:
    band = page.height() * 0.012
    for number, colour in enumerate(colours):
        width = page.width() / len(colours)
        painter.fillRect(QRectF(page.left() + number * width, page.top(), width, band), QColor(colour))
    y = page.top() + page.height() * 0.28

    def line(text: str, font: QFont, colour: str = "#1d2327", gap: float = 0.4) -> None:
        nonlocal y
        if not text:
            return
        painter.setFont(font)
        painter.setPen(QColor(colour))
        metrics = QFontMetricsF(font, painter.device())
        rect = QRectF(page.left(), y, page.width(), page.height())
        bounds = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        y += bounds.height() + metrics.height() * gap

    line(title.title, _font(30, bold=True), gap=1.2)
    line(title.leader, _font(17, bold=True), gap=0.2)
    line(title.unit, _font(14), gap=1.0)
    line(title.date, _font(12), "#4b5560", gap=0.2)
    line(title.revision, _font(12), "#4b5560", gap=1.0)
    line(title.based_on, _font(11), "#4b5560", gap=0.2)
    line(title.vision, _font(11), "#4b5560")
    painter.setFont(_font(8.5))
    painter.setPen(QColor("#6b7580"))
    painter.drawText(
        QRectF(page.left(), page.bottom() - band * 4, page.width(), band * 4),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        title.footer,
    )


def _prepare(device: QPagedPaintDevice, title: str) -> QRectF:
    """A4 portrait with the house's margins; the page's paint area, from (0, 0)."""
    _ensure_gui()
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    if isinstance(device, QPdfWriter):
        device.setTitle(title)
    page = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
    page.moveTo(0, 0)
    return page


class _Body:
    """The body laid out in the page's area above a footer line, ready to draw page by page."""

    def __init__(self, device: QPagedPaintDevice, page: QRectF, html: str):
        self.page = page
        self.document = _body_document(html, device)
        self.footer_height = QFontMetricsF(_font(8.5), device).height() * 2.2
        self.area = QSizeF(page.width(), page.height() - self.footer_height)
        self.document.setPageSize(self.area)
        self.pages = self.document.pageCount()

    def draw(self, painter: QPainter, number: int, left: str, right: str) -> None:
        """Draw body page ``number`` (from 0) and a footer with ``left`` and ``right`` on it."""
        area = self.area
        painter.save()
        painter.translate(0, -number * area.height())
        visible = QRectF(0, number * area.height(), area.width(), area.height())
        painter.setClipRect(visible)
        self.document.drawContents(painter, visible)
        painter.restore()
        painter.setFont(_font(8.5))
        painter.setPen(QColor("#6b7580"))
        footer = QRectF(0, self.page.height() - self.footer_height * 0.6, self.page.width(), self.footer_height * 0.6)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)


def paint_pages(
    device: QPagedPaintDevice, title: TitlePage, body_html: str, colours: Sequence[str], language: str
) -> int:
    """Draw a title page (a band in ``colours``) and the body on ``device`` (a PDF writer or a
    printer), A4 portrait, each body page with a footer and its number. Returns the page count."""
    page = _prepare(device, title.title)
    body = _Body(device, page, body_html)
    total = body.pages + 1
    who = " · ".join(part for part in (title.title, title.leader) if part)
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_title_page(painter, page, title, colours)
        for number in range(body.pages):
            device.newPage()
            body.draw(painter, number, who, word(language, "export.page", number=number + 2, total=total))
    finally:
        painter.end()
    return total


def paint_body(device: QPagedPaintDevice, title: str, body_html: str, footer: str, language: str) -> int:
    """Draw ``body_html`` on ``device`` from the first page, no title page: a short document
    (one reflection) starts with its own heading. Every page has ``footer`` and its number."""
    page = _prepare(device, title)
    body = _Body(device, page, body_html)
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number in range(body.pages):
            if number:
                device.newPage()
            body.draw(painter, number, footer, word(language, "export.page", number=number + 1, total=body.pages))
    finally:
        painter.end()
    return body.pages


def _colours(options: ExportOptions) -> list[str]:
    return [theme.colour for theme in options.organisation.themes] if options.organisation else ["#2f6db5"]


def paint_framework(device: QPagedPaintDevice, store: Store, options: ExportOptions) -> int:
    """The personal framework on ``device``; returns the number of pages."""
    document = build_document(store, options)
    return paint_pages(
        device, print_title_page(document), print_body_html(document), _colours(options), document.language
    )


def paint_report(device: QPagedPaintDevice, store: Store, options: ExportOptions) -> int:
    """The period report on ``device``; returns the number of pages."""
    report = build_report(store, options)
    return paint_pages(device, report_title_page(report), report_body_html(report), _colours(options), report.language)


def paint_reflection(device: QPagedPaintDevice, store: Store, options: ExportOptions) -> int:
    """The reflection ``options.reflection`` on ``device``; returns the number of pages."""
    doc = build_reflection(store, options)
    return paint_body(device, doc.title, reflection_body_html(doc), doc.footer, doc.language)


def paint_person(device: QPagedPaintDevice, store: Store, options: ExportOptions) -> int:
    """Everything about ``options.person`` on ``device``; returns the number of pages."""
    from .person_doc import body_html, build_person

    doc = build_person(store, options)
    footer = doc.word("export.exported", date=dates.long_date(doc.exported_on, doc.language))
    return paint_body(device, doc.title, body_html(doc), footer, doc.language)


def _write_pdf(out: IO[bytes], paint: Callable[[QPagedPaintDevice], int]) -> None:
    _ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator("Ledelsesjournal")
    paint(writer)
    del writer  # finishes the PDF in the buffer
    buffer.close()
    out.write(bytes(buffer.data()))


def write_pdf(store: Store, out: IO[bytes], options: ExportOptions) -> None:
    _write_pdf(out, lambda device: paint_framework(device, store, options))


def write_report_pdf(store: Store, out: IO[bytes], options: ExportOptions) -> None:
    _write_pdf(out, lambda device: paint_report(device, store, options))


def write_reflection_pdf(store: Store, out: IO[bytes], options: ExportOptions) -> None:
    _write_pdf(out, lambda device: paint_reflection(device, store, options))


def write_person_pdf(store: Store, out: IO[bytes], options: ExportOptions) -> None:
    _write_pdf(out, lambda device: paint_person(device, store, options))


def _odt_html(markdown: str) -> str:
    """The Markdown export as plain, linear HTML with explicit sizes. Qt's ODF writer flattens
    nested tables (LibreOffice then shows half of each row) and drops the sizes of headings,
    so the word processor gets one column of headings, paragraphs and lists."""
    sizes = {"h1": 22, "h2": 16, "h3": 13, "h4": 11.5}
    html = markdown_html(markdown)
    for tag, points in sizes.items():
        html = html.replace(f"<{tag}>", f"<{tag} style='font-size:{points}pt; font-weight:600'>")
    return html


def write_odt(store: Store, out: IO[bytes], options: ExportOptions) -> None:
    """An OpenDocument text that LibreOffice and Word open, with the same text as the Markdown."""
    _ensure_gui()
    document = QTextDocument()
    document.setDefaultFont(_font(BODY_POINTS))
    document.setHtml(_odt_html(render_markdown(build_document(store, options))))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError("Qt could not write the OpenDocument file")
    buffer.close()
    out.write(bytes(data))

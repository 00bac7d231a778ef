"""The personal leadership framework as HTML, in two shapes from one document model.

- :func:`render_html`: one standalone page for a browser (embedded CSS, printable, no scripts,
  nothing loaded from elsewhere); the "html" exporter writes it.
- :func:`print_title_page` and :func:`print_body_html`: for the PDF and ODT exports, which draw
  their own title page and render the body with Qt's QTextDocument. That body keeps to Qt's
  rich-text subset: tables for columns, inline ``style`` colours, no CSS layout, no scripts.

Every text is escaped; the leader's Markdown goes through :func:`journal.render.markdown_html`,
so a ``<script>`` typed in a part arrives as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import IO, TYPE_CHECKING

from ..dates import long_date as format_date
from ..render import markdown_html, shift_headings
from .base import ExportOptions
from .framework_doc import FrameworkDocument, Section, ThemeSection, build_document

if TYPE_CHECKING:
    from ..store import Store

_TEXT = "#1d2327"
_SHADE = "#f1f4f6"  # the organisation's column: light enough for any printer


def shifted_markdown(text: str, levels: int) -> str:
    """The leader's Markdown as safe HTML, its headings ``levels`` below the document's own."""
    return shift_headings(markdown_html(text), levels)


def _list(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


# -- the standalone page --------------------------------------------------------------------

_CSS = """
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
       line-height: 1.55; color: #1d2327; background: #ffffff; max-width: 46rem; margin: 3rem auto;
       padding: 0 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; margin: 2.6rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid #d5dbe0; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 .5rem; }
.theme > h3 { margin-top: 0; color: var(--theme); }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
header p { margin: .15rem 0; }
.leader { font-size: 1.15rem; }
.muted { color: #5f6b73; }
.vision { margin: 1.2rem 0 0; padding-left: 1rem; border-left: 3px solid #d5dbe0; }
.theme { margin: 1.8rem 0; padding-left: 1rem; border-left: .35rem solid var(--theme); }
.beside { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.organisation { background: #f4f6f8; padding: .2rem 1rem .6rem; border-radius: 4px; font-size: .95rem; }
.label { margin: 1rem 0 .3rem; font-size: .78rem; font-weight: 600; letter-spacing: .06em;
         text-transform: uppercase; color: var(--theme); }
.note { margin: 2rem 0 0; padding: .6rem 1rem; background: #f4f6f8; border-radius: 4px; }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid #d5dbe0; font-size: .85rem; color: #5f6b73; }
blockquote { margin: 0 0 0 1rem; padding-left: .8rem; border-left: 3px solid #d5dbe0; color: #5f6b73; }
table { border-collapse: collapse; } th, td { border: 1px solid #d5dbe0; padding: .25rem .5rem; }
@media (max-width: 40rem) { .beside { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 2cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2, h3, .label { break-after: avoid; }
  .theme { break-inside: avoid-page; }
  .organisation { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
"""


def render_html(doc: FrameworkDocument) -> str:
    """The whole document as one standalone HTML page."""
    e = escape
    title = " – ".join(filter(None, (doc.title, doc.leader)))
    who = (f"<p class='leader'>{e(doc.leader)}</p>" if doc.leader else "") + (
        f"<p>{e(doc.unit)}</p>" if doc.unit else ""
    )
    dated = format_date(doc.date, doc.language)
    when = (
        f"{e(doc.word('framework.revision'))}: {e(doc.revision_name)} · {e(dated)}" if doc.revision_name else e(dated)
    )
    vision = (
        f"<p class='vision'><em>{e(doc.vision)}</em><br><span class='muted'>{e(doc.signature)}</span></p>"
        if doc.vision
        else ""
    )
    return (
        f"<!DOCTYPE html>\n<html lang='{e(doc.language)}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{e(doc.title)}</h1>\n{who}<p class='muted'>{when}</p>\n"
        f"<p class='muted'>{e(doc.based_on)}</p>\n{vision}</header>\n"
        + _page_note(doc.opening_note)
        + "".join(_page_section(doc, section) for section in doc.sections)
        + _page_note(doc.closing_note)
        + f"<footer>{e(doc.footer)}</footer>\n</body>\n</html>\n"
    )


def _page_note(note: str) -> str:
    return f"<p class='note'>{escape(note)}</p>\n" if note else ""


def _page_section(doc: FrameworkDocument, section: Section) -> str:
    body = shifted_markdown(section.body, 2) if section.body else ""
    themes = "".join(_page_theme(doc, theme) for theme in section.themes)
    return f"<section>\n<h2>{escape(section.title)}</h2>\n{body}{themes}</section>\n"


def _page_theme(doc: FrameworkDocument, theme: ThemeSection) -> str:
    def label(text: str) -> str:
        return f"<p class='label'>{escape(text)}</p>"

    own = _own_words(doc, theme, label)
    if theme.has_organisation and own:
        own = (
            f"<div class='beside'><div class='organisation'>{_organisation(doc, theme, label)}</div>"
            f"<div>{own}</div></div>"
        )
    elif theme.has_organisation:  # nothing of hers beside it: the organisation's text takes the whole width
        own = f"<div class='organisation'>{_organisation(doc, theme, label)}</div>"
    return (
        f"<div class='theme' style='--theme: {escape(theme.colour)}'>\n<h3>{escape(theme.name)}</h3>\n{own}\n</div>\n"
    )


def _own_words(doc: FrameworkDocument, theme: ThemeSection, label: Callable[[str], str]) -> str:
    """The leader's text, own success criteria and target share for a theme (both shapes)."""
    html = ""
    if theme.text:
        html += (label(doc.word("framework.own_text")) if theme.has_organisation else "") + shifted_markdown(
            theme.text, 3
        )
    if theme.own_criteria:
        html += label(doc.word("framework.own_criteria")) + _list(theme.own_criteria)
    if theme.share is not None:
        html += (
            f"<p style='margin-top:12px'><b>{escape(doc.word('framework.target'))}:</b> "
            f"{escape(doc.share_line(theme.share))}</p>"
        )
    return html


def _organisation(doc: FrameworkDocument, theme: ThemeSection, label: Callable[[str], str]) -> str:
    """The organisation's sections of a theme, as written (both shapes)."""
    html = ""
    for part in theme.organisation:
        html += label(part.heading) if part.heading else ""
        html += "".join(f"<p>{escape(p)}</p>" for p in part.paragraphs)
        if part.lead:
            html += "".join(f"<p><b>{escape(s)}</b></p>" for s in part.points)
        elif part.points:
            html += _list(part.points)
    return html


def write_html(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_html(build_document(store, options)))


# -- for Qt's QTextDocument: the PDF and ODT exports ---------------------------------------------


@dataclass(frozen=True)
class TitlePage:
    """What the PDF/ODT title page shows, as plain text (escape it if you put it in HTML).
    Empty strings are facts the leader has not given; leave their line out."""

    title: str  # "Mit ledelsesgrundlag"
    leader: str
    unit: str
    date: str  # "2. marts 2026": the revision's date, or the export date
    revision: str  # under the date: "Revision: Forår 2026" ("" for the current framework), a report's count
    based_on: str  # "Bygger på Ledelsesgrundlag, Næstved Kommune"
    vision: str  # the organisation's vision, only when its text is included
    footer: str  # "Eksporteret fra Ledelsesjournal 2. marts 2026": title page or page footers


def print_title_page(doc: FrameworkDocument) -> TitlePage:
    """The facts for the title page that the PDF/ODT export draws itself."""
    return TitlePage(
        title=doc.title,
        leader=doc.leader,
        unit=doc.unit,
        date=format_date(doc.date, doc.language),
        revision=f"{doc.word('framework.revision')}: {doc.revision_name}" if doc.revision_name else "",
        based_on=doc.based_on,
        vision=doc.vision,
        footer=doc.footer,
    )


def print_body_html(doc: FrameworkDocument) -> str:
    """Everything after the title page, as an HTML fragment for ``QTextDocument.setHtml``.

    Sections (h2) in the leader's order; in "How I lead", each theme under a band in its colour,
    the organisation's text (when included) in a shaded column beside the leader's own words, or
    across the page where she wrote none. The document's notes on unwritten parts are shaded too.
    Meant for A4 (QPdfWriter) and for QTextDocumentWriter's ODT; the title page and the footer
    are not in it (see :func:`print_title_page`)."""
    sections = "".join(_print_section(doc, section) for section in doc.sections)
    return f"<div style='color:{_TEXT}'>{_print_note(doc.opening_note)}{sections}{_print_note(doc.closing_note)}</div>"


def _print_note(note: str) -> str:
    """A plain note in a shaded box: a one-cell table, for the padding a paragraph lacks in Qt's rich text."""
    if not note:
        return ""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' style='margin-top:18px'><tr>"
        f"<td bgcolor='{_SHADE}'>{escape(note)}</td></tr></table>"
    )


def _print_section(doc: FrameworkDocument, section: Section) -> str:
    body = shifted_markdown(section.body, 2) if section.body else ""
    themes = "".join(_print_theme(doc, theme) for theme in section.themes)
    return f"<h2 style='margin-top:18px; margin-bottom:8px'>{escape(section.title)}</h2>{body}{themes}"


def _print_theme(doc: FrameworkDocument, theme: ThemeSection) -> str:
    colour = escape(theme.colour)

    def label(text: str) -> str:
        return (
            f"<p style='margin:10px 0 4px 0; color:{colour}; font-size:9pt; font-weight:600'>{escape(text.upper())}</p>"
        )

    own = _own_words(doc, theme, label)
    if theme.has_organisation and own:
        own = (
            f"<table width='100%' cellspacing='0' cellpadding='8'><tr>"
            f"<td width='50%' valign='top' bgcolor='{_SHADE}'>{_organisation(doc, theme, label)}</td>"
            f"<td width='50%' valign='top'>{own}</td></tr></table>"
        )
    elif theme.has_organisation:  # nothing of hers beside it: no empty column
        own = (
            f"<table width='100%' cellspacing='0' cellpadding='8'><tr>"
            f"<td valign='top' bgcolor='{_SHADE}'>{_organisation(doc, theme, label)}</td></tr></table>"
        )
    band = (
        f"<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:14px'><tr>"
        f"<td bgcolor='{colour}' style='color:#ffffff; font-size:13pt; font-weight:600'>{escape(theme.name)}</td>"
        "</tr></table>"
    )
    return band + own

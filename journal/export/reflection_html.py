"""One reflection as HTML: a standalone page for a browser, and the body the PDF lays out.

Both are the same markup, in Qt's rich-text subset (tables, inline styles; see
:mod:`report_html`), so the page and the PDF agree. Every text is escaped, and the leader's
Markdown (the body and the reflection model's steps) goes through
:func:`journal.render.markdown_html`, its headings moved below the document's own, so a
``<script>`` she typed arrives as text.
"""

from __future__ import annotations

from html import escape
from typing import IO, TYPE_CHECKING

from .base import ExportOptions
from .framework_html import shifted_markdown
from .reflection_doc import ReflectionDocument, build_reflection
from .report_charts import MUTED, RULE

if TYPE_CHECKING:
    from ..store import Store

TEXT = "#1d2327"
PRIVATE = "#a4262c"  # the "Privat" mark: dark enough to read in white on it, and on grey paper
DONE = "#1f7a4d"

_CSS = """
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
       line-height: 1.55; color: #1d2327; background: #ffffff; max-width: 44rem; margin: 3rem auto;
       padding: 0 1.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; }
h2 { font-size: 1.2rem; }
td { vertical-align: top; }
hr { border: 0; border-top: 1px solid #d5dbe0; margin: 1.6rem 0; }
blockquote { margin: 0 0 0 1rem; padding-left: .8rem; border-left: 3px solid #d5dbe0; color: #5f6b73; }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid #d5dbe0; font-size: .85rem; color: #5f6b73; }
@media print {
  @page { size: A4; margin: 2cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  span, td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def render_html(doc: ReflectionDocument) -> str:
    """The reflection as one standalone HTML page."""
    return (
        f"<!DOCTYPE html>\n<html lang='{escape(doc.language)}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{escape(doc.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{reflection_body_html(doc)}\n<footer>{escape(doc.footer)}</footer>\n</body>\n</html>\n"
    )


def reflection_body_html(doc: ReflectionDocument) -> str:
    """Title, facts, the model's steps, the text and the next steps, as an HTML fragment (for
    ``QTextDocument.setHtml`` or a page body); the PDF adds the footers."""
    when = escape(doc.when)
    if doc.private:
        when += (
            f" &nbsp; <span style='background-color:{PRIVATE}; color:#ffffff; font-weight:600'>"
            f"&nbsp;{escape(doc.word('reflection.private'))}&nbsp;</span>"
        )
    steps = "".join(f"{_heading(heading)}{shifted_markdown(text, 2)}" for heading, text in doc.steps)
    body = shifted_markdown(doc.body, 2) if doc.body else ""
    if steps and body:
        body = "<hr>" + body  # her own text after the model's last step, not part of it
    elif body:
        body = f"<div style='margin-top:14px'>{body}</div>"  # a little air below the facts
    return (
        f"<div style='color:{TEXT}'>"
        f"<h1 style='margin-bottom:4px'>{escape(doc.title)}</h1>"
        f"<p style='color:{MUTED}; margin-top:0'>{when}</p>"
        f"{_facts(doc)}{steps}{body}{_next_steps(doc)}"
        "</div>"
    )


def _heading(text: str) -> str:
    return f"<h2 style='margin-top:18px; margin-bottom:6px'>{escape(text)}</h2>"


def _facts(doc: ReflectionDocument) -> str:
    """Themes in their colours, success criteria with a dot in their theme's, then the rest."""
    rows = []
    if doc.themes:
        rows.append(
            (
                doc.word("reflection.themes"),
                ", ".join(
                    f"<span style='color:{escape(colour)}; font-weight:600'>{escape(name)}</span>"
                    for name, colour in doc.themes
                ),
            )
        )
    if doc.criteria:  # a table of its own, so a long criterion wraps under its text, not under the dot
        rows.append(
            (
                doc.word("reflection.criteria"),
                "<table cellspacing='0' cellpadding='0'>"
                + "".join(
                    f"<tr><td valign='top' style='color:{escape(c.colour or MUTED)}; padding-right:6px'>&#9679;</td>"
                    f"<td valign='top' style='padding-bottom:2px'>{escape(c.text)}"
                    + (f" <span style='color:{MUTED}'>({escape(doc.word('common.own'))})</span>" if c.own else "")
                    + "</td></tr>"
                    for c in doc.criteria
                )
                + "</table>",
            )
        )
    rows += [(label, escape(text)) for label, text in doc.facts]
    if not rows:
        return ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:6px; margin-bottom:6px'>"
        + "".join(
            f"<tr><td width='22%' valign='top' style='color:{MUTED}'>{escape(label)}</td>"
            f"<td valign='top'>{html}</td></tr>"
            for label, html in rows
        )
        + "</table>"
    )


def _next_steps(doc: ReflectionDocument) -> str:
    if not doc.next_steps:
        return ""
    rows = []
    for step in doc.next_steps:
        mark, colour = ("&#9745;", DONE) if step.done else ("&#9744;", TEXT)
        rows.append(
            f"<tr><td width='5%' valign='top' style='color:{colour}; border-bottom:1px solid {RULE}'>{mark}</td>"
            f"<td valign='top' style='border-bottom:1px solid {RULE}'>{escape(step.text)}</td>"
            f"<td width='30%' valign='top' style='color:{MUTED}; border-bottom:1px solid {RULE}'>"
            f"{escape(doc.step_note(step))}</td></tr>"
        )
    return (
        _heading(doc.word("reflection.next_steps"))
        + f"<table width='100%' cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"
    )


def write_html(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_html(build_reflection(store, options)))

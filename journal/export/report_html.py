"""The period report as HTML: one standalone page for a browser, and the body the PDF lays out.

Both are made of the same sections, written in Qt's rich-text subset (tables, inline styles, no
CSS layout, no scripts; see :mod:`report_charts`), so the browser page and the PDF agree. The page
adds a header, a footer and a little embedded CSS; the PDF draws its own title page and footers
from :func:`report_title_page`. Every text is escaped and the quoted reflections go through
:func:`journal.render.markdown_html`, so a ``<script>`` typed by the leader arrives as text.
"""

from __future__ import annotations

from html import escape
from typing import IO

from ..analytics import DUE, OVERDUE, WEEK
from ..readings import percent
from ..store import Store
from .base import ExportOptions
from .framework_html import TitlePage, shifted_markdown
from .report_charts import MUTED, NEVER, RULE, balance_chart, coverage_table, trend_chart
from .report_doc import Excerpt, ReportDocument, build_report

TEXT = "#1d2327"
DUE_SOON = "#9a6700"

_CSS = """
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
       line-height: 1.5; color: #1d2327; background: #ffffff; max-width: 50rem; margin: 3rem auto;
       padding: 0 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
header p { margin: .15rem 0; }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid #d5dbe0; font-size: .85rem; color: #5f6b73; }
td, th { vertical-align: top; }
@media print {
  @page { size: A4; margin: 2cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; }
  table { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def render_report_html(doc: ReportDocument) -> str:
    """The whole report as one standalone HTML page."""
    e = escape
    title = " – ".join(filter(None, (doc.title, doc.leader)))
    who = "".join(f"<p>{e(text)}</p>" for text in (doc.leader, doc.unit) if text)
    return (
        f"<!DOCTYPE html>\n<html lang='{e(doc.language)}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{e(doc.title)}</h1>\n{who}<p><b>{e(doc.period_words)}</b> · {e(doc.reflections_words)}</p>\n"
        f"<p style='color:{MUTED}'>{e(doc.based_on)}</p>\n</header>\n"
        f"{report_body_html(doc)}\n<footer>{e(doc.footer)}</footer>\n</body>\n</html>\n"
    )


def report_title_page(doc: ReportDocument) -> TitlePage:
    """The facts for the title page that the PDF draws itself."""
    return TitlePage(
        title=doc.title,
        leader=doc.leader,
        unit=doc.unit,
        date=doc.period_words,
        revision=doc.reflections_words,
        based_on=doc.based_on,
        vision="",
        footer=doc.footer,
    )


def report_body_html(doc: ReportDocument) -> str:
    """Everything after the title: readings, charts, tables, excerpts, next steps and the
    framework in brief, as an HTML fragment (for ``QTextDocument.setHtml`` or a page body)."""
    per = doc.word("report.per_week" if doc.trend_unit == WEEK else "report.per_month")
    sections = [
        (doc.word("report.in_short"), "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in doc.readings) + "</ul>"),
        (doc.word("report.balance"), balance_chart(doc.themes, doc.language)),
        (doc.word("report.trend"), _subtitle(per) + trend_chart(doc.trend, doc.themes)),
        (
            doc.word("report.coverage"),
            coverage_table(doc.coverage_columns, doc.coverage_years, doc.coverage, doc.themes, doc.language),
        ),
        (doc.word("report.excerpts"), "".join(_excerpt(doc, excerpt) for excerpt in doc.excerpts)),
        (doc.word("report.steps"), _steps(doc)),
        (doc.word("report.framework"), _framework(doc)),
    ]
    return (
        f"<div style='color:{TEXT}'>"
        + "".join(
            f"<h2 style='margin-top:20px; margin-bottom:8px'>{escape(heading)}</h2>{html}"
            for heading, html in sections
            if html
        )
        + "</div>"
    )


def _subtitle(text: str) -> str:
    return f"<p style='color:{MUTED}; margin-top:0'>{escape(text)}</p>"


def _excerpt(doc: ReportDocument, excerpt: Excerpt) -> str:
    about = [doc.format_date(excerpt.day), ", ".join(excerpt.themes)]
    if excerpt.private:
        about.append(doc.word("report.private"))
    return (
        f"<h3 style='margin-top:14px; margin-bottom:2px'>{escape(excerpt.title or '…')}</h3>"
        f"<p style='color:{MUTED}; margin-top:0'>{escape(' · '.join(filter(None, about)))}</p>"
        f"<div style='margin-left:12px'>{shifted_markdown(excerpt.markdown, 3)}</div>"
    )


def _steps(doc: ReportDocument) -> str:
    rows = []
    for step in doc.next_steps:
        marks = {OVERDUE: (NEVER, doc.word("report.overdue")), DUE: (DUE_SOON, doc.word("report.due_soon"))}
        colour, mark = marks.get(step.status, (MUTED, ""))
        due = doc.word("common.due", date=doc.format_date(step.due)) if step.due else ""
        source = doc.word("report.from", title=step.reflection_title or "…", date=doc.format_date(step.reflection_day))
        rows.append(
            f"<tr><td width='17%' style='color:{colour}; border-bottom:1px solid {RULE}'><b>{escape(mark)}</b></td>"
            f"<td style='border-bottom:1px solid {RULE}'>{escape(step.text)}"
            f"<br><span style='color:{MUTED}; font-size:8pt'>{escape(source)}</span></td>"
            f"<td width='22%' style='color:{colour}; border-bottom:1px solid {RULE}'>{escape(due)}</td></tr>"
        )
    return f"<table width='100%' cellspacing='0' cellpadding='4'>{''.join(rows)}</table>" if rows else ""


def _framework(doc: ReportDocument) -> str:
    """The personal framework's parts by their first lines, the target balance, own criteria."""
    html = "".join(f"<p><b>{escape(title)}:</b> {escape(line)}</p>" for title, line in doc.parts)
    if doc.has_target:
        shares = " · ".join(
            f"{escape(t.name)} {escape(percent(t.target / 100, doc.language))}"
            for t in doc.themes
            if t.target is not None
        )
        html += f"<p><b>{escape(doc.word('framework.target'))}:</b> {shares}</p>"
    if doc.own_criteria:
        html += (
            f"<p><b>{escape(doc.word('framework.own_criteria'))}:</b></p><ul>"
            + "".join(
                f"<li>{escape(text)} <span style='color:{MUTED}'>({escape(theme)})</span></li>"
                for theme, text in doc.own_criteria
            )
            + "</ul>"
        )
    return html


def write_report_html(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_report_html(build_report(store, options)))

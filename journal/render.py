"""HTML for the window and for exports: the organisation's framework, and the leader's Markdown.

Written for Qt's rich-text subset as well as for browsers: tables for columns, no CSS layout.
Every text from a file is escaped, and Markdown is sanitised (no script, no images, no remote
anything). Colours come in as arguments so the window can pass its palette; no Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

import nh3

from framework import Framework, Section, Theme

if TYPE_CHECKING:
    import markdown as markdown_lib

# What a reflection's Markdown may become. No <img>: nothing may load from anywhere.
_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "mark",
    "sup",
    "sub",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "ol": {"start"}}
_EXTENSIONS = ["sane_lists", "tables", "fenced_code"]
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")


def _converter() -> markdown_lib.Markdown:
    import markdown as markdown_lib  # 20 ms to import: not at start, when no reflection is shown yet

    converter = markdown_lib.Markdown(extensions=_EXTENSIONS, output_format="html")
    # HTML typed into a reflection is text the leader wrote, not markup: show it, escaped.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


def markdown_html(text: str) -> str:
    """The leader's Markdown as safe HTML: a typed ``<script>`` arrives as text, never as markup.

    nh3 then removes anything unsafe that Markdown itself produced (``javascript:`` links,
    images, which would load from elsewhere)."""
    html = _converter().convert(text)
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer",
    )


def shift_headings(html: str, levels: int) -> str:
    """``html`` (from :func:`markdown_html`) with its headings ``levels`` lower, so that a leader's
    "# heading" sits below the headings of the page it is shown in (never below h6)."""
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + levels, 6)}>", html)


@dataclass(frozen=True)
class Palette:
    text: str = "#1d2327"
    muted: str = "#5f6b73"
    card: str = "#ffffff"
    border: str = "#d5dbe0"
    accent: str = "#2f6db5"


def _theme_card(framework: Framework, theme: Theme, lang: str, palette: Palette) -> str:
    def label(text: str) -> str:
        return f"<p style='margin:10px 0 6px 0; color:{theme.colour}; font-weight:600'>{escape(text.upper())}</p>"

    def points(section: Section) -> str:
        if not section.heading:  # the lines under the theme's name: its statements
            return "".join(f"<p style='margin:0 0 8px 0'><b>{escape(p.text.get(lang))}</b></p>" for p in section.points)
        rows = "".join(
            "<tr>"
            f"<td valign='top' style='color:{theme.colour}; padding:0 8px 8px 0'>&#9679;</td>"
            f"<td valign='top' style='padding:0 0 8px 0'>{escape(p.text.get(lang))}</td>"
            "</tr>"
            for p in section.points
        )
        return f"<table cellspacing='0' cellpadding='0'>{rows}</table>" if rows else ""

    body = "".join(
        (label(section.heading.get(lang)) if section.heading else "")
        + "".join(f"<p style='margin:0 0 8px 0'>{escape(p.get(lang))}</p>" for p in section.paragraphs)
        + points(section)
        for section in theme.sections
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='12' bgcolor='{palette.card}' "
        f"style='border:1px solid {palette.border}; border-collapse:collapse'>"
        f"<tr><td bgcolor='{theme.colour}' style='color:#ffffff; font-size:14pt; font-weight:600'>"
        f"{escape(theme.name.get(lang))}</td></tr>"
        f"<tr><td valign='top'>{body}</td></tr>"
        "</table>"
    )


def framework_html(framework: Framework, lang: str, palette: Palette = Palette(), columns: int | None = None) -> str:
    """The whole framework as one HTML fragment (a <body> body); the parts a framework leaves out
    (vision, introduction, contexts, foundations) are left out. ``columns``: how many theme cards
    stand side by side (all of them if None); the others follow in rows below."""
    e = escape
    intro = "".join(f"<p>{e(p.get(lang))}</p>" for p in framework.introduction)
    per_row = max(1, min(columns or len(framework.themes), len(framework.themes)))
    width = f"{100 // per_row}%"
    rows = [framework.themes[start : start + per_row] for start in range(0, len(framework.themes), per_row)]
    cards = "".join(
        "<tr>"
        + "".join(
            f"<td width='{width}' valign='top'>{_theme_card(framework, theme, lang, palette)}</td>" for theme in row
        )
        + "".join(f"<td width='{width}'></td>" for _ in range(per_row - len(row)))
        + "</tr>"
        for row in rows
    )
    half = (len(framework.usage_contexts) + 1) // 2
    columns = [framework.usage_contexts[:half], framework.usage_contexts[half:]]
    contexts = "".join(
        "<td width='50%' valign='top'>"
        + "".join(f"<p style='margin:0 0 6px 0'>&#8226;&nbsp; {e(c.text.get(lang))}</p>" for c in column)
        + "</td>"
        for column in columns
    )
    foundations = "".join(
        f"<td width='{100 // len(framework.foundations)}%' align='center' "
        f"style='border:1px solid {palette.border}; padding:10px'>{e(f.text.get(lang))}</td>"
        for f in framework.foundations
    )
    byline = " · ".join(e(t.get(lang)) for t in (framework.organisation, framework.signature) if t)
    parts = [
        f"<h1 style='margin-bottom:0'>{e(framework.name.get(lang))}</h1>",
        f"<p style='color:{palette.muted}; margin-top:2px'>{byline}</p>",
    ]
    if framework.vision:
        parts.append(f"<p style='font-size:13pt; font-style:italic'>{e(framework.vision.get(lang))}</p>")
    if intro:
        heading = framework.headings.introduction
        parts.append((f"<h2>{e(heading.get(lang))}</h2>" if heading else "") + intro)
    parts.append(f"<table width='100%' cellspacing='10' cellpadding='0' style='margin-top:8px'>{cards}</table>")
    if framework.usage_audience or framework.usage_contexts:
        parts += [
            f"<h2>{e(framework.headings.usage.get(lang))}</h2>" if framework.headings.usage else "",
            f"<p>{e(framework.usage_audience.get(lang))}</p>" if framework.usage_audience else "",
        ]
    if framework.usage_contexts:
        parts += [
            f"<p><b>{e(framework.headings.usage_contexts.get(lang))}</b></p>"
            if framework.headings.usage_contexts
            else "",
            f"<table width='100%' cellspacing='0' cellpadding='4'><tr>{contexts}</tr></table>",
        ]
    if framework.foundations:
        parts += [
            f"<h3>{e(framework.headings.foundations.get(lang))}</h3>" if framework.headings.foundations else "",
            f"<table width='100%' cellspacing='8' cellpadding='8'><tr>{foundations}</tr></table>",
        ]
    return f"<div style='color:{palette.text}'>" + "".join(parts) + "</div>"

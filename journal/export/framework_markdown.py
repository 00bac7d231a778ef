"""The personal leadership framework as one Markdown file (UTF-8, æ/ø/å as themselves).

The leader's text is Markdown already and goes out as written, except that its headings move
below the document's own, so that a "# Heading" typed in a part does not outrank the part.
Everything else (her name and unit, the parts' titles, her success criteria, the organisation's
words, the document's own) is plain text and goes through :func:`markdown_text.plain`, so that a
``<script>`` or a ``# `` in a name stays text when the file is rendered.
"""

from __future__ import annotations

import re
from typing import IO, TYPE_CHECKING

from ..dates import long_date as format_date
from .base import ExportOptions
from .framework_doc import FrameworkDocument, Section, ThemeSection, build_document
from .markdown_text import plain

if TYPE_CHECKING:
    from ..store import Store

_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def demote_headings(markdown: str, levels: int) -> str:
    """``markdown`` with every ATX heading ``levels`` deeper (at most h6); code blocks untouched."""
    lines, fence = [], ""
    for line in markdown.splitlines():
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
        elif opening:
            fence = opening.group(1)
        else:
            line = _HEADING.sub(lambda m: m.group(1) + "#" * min(len(m.group(2)) + levels, 6), line)
        lines.append(line)
    return "\n".join(lines)


def render_markdown(doc: FrameworkDocument) -> str:
    blocks = [f"# {plain(doc.title)}"]
    who = ", ".join(filter(None, (f"**{plain(doc.leader)}**" if doc.leader else "", plain(doc.unit))))
    if who:
        blocks.append(who)
    dated = format_date(doc.date, doc.language)
    # One plain line: "27. november" is no list starting at 27.
    revision = f"{doc.word('framework.revision')}: {doc.revision_name} · {dated}"
    blocks.append(plain(revision if doc.revision_name else dated))
    blocks.append(plain(doc.based_on))
    if doc.vision:
        blocks.append(f"> *{plain(doc.vision)}*  \n> {plain(doc.signature)}")
    if doc.opening_note:
        blocks.append(plain(doc.opening_note))
    for section in doc.sections:
        blocks += _section(doc, section)
    if doc.closing_note:
        blocks.append(plain(doc.closing_note))
    blocks += ["---", f"*{plain(doc.footer)}*"]
    return "\n\n".join(blocks) + "\n"


def _section(doc: FrameworkDocument, section: Section) -> list[str]:
    blocks = [f"## {plain(section.title)}"]
    if section.body:
        blocks.append(demote_headings(section.body, 2))
    for theme in section.themes:
        blocks += _theme(doc, theme)
    return blocks


def _label(doc: FrameworkDocument, key: str) -> str:
    return f"**{plain(doc.word(key))}**"


def _theme(doc: FrameworkDocument, theme: ThemeSection) -> list[str]:
    blocks = [f"### {plain(theme.name)}"]
    for part in theme.organisation:
        blocks += [f"**{plain(part.heading)}**"] if part.heading else []
        blocks += [*map(plain, part.paragraphs)]
        blocks += [_bullets(part.points)] if part.points else []
    if theme.text:
        if theme.has_organisation:
            blocks.append(_label(doc, "framework.own_text"))
        blocks.append(demote_headings(theme.text, 3))
    if theme.own_criteria:
        blocks += [_label(doc, "framework.own_criteria"), _bullets(theme.own_criteria)]
    if theme.share is not None:
        blocks.append(f"**{plain(doc.word('framework.target'))}:** {plain(doc.share_line(theme.share))}")
    return blocks


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {plain(item)}" for item in items)


def write_markdown(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_markdown(build_document(store, options)))

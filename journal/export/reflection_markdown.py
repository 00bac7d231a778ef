"""One reflection as a Markdown file (UTF-8, æ/ø/å as themselves): the leader's text as she
wrote it, its headings moved below the document's own, and the facts as a short list. The title,
the facts and the next steps are plain text (:func:`markdown_text.plain`): a ``<script>`` in a
title or a tag stays text when the file is rendered."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from .base import ExportOptions
from .framework_markdown import demote_headings
from .markdown_text import plain
from .reflection_doc import ReflectionDocument, build_reflection

if TYPE_CHECKING:
    from ..store import Store


def render_markdown(doc: ReflectionDocument) -> str:
    when = plain(doc.when)  # "2. december" is no list starting at 2
    private = doc.word("reflection.private")
    blocks = [f"# {plain(doc.title)}", f"{when} · **{plain(private)}**" if doc.private else when]
    facts = []
    if doc.themes:
        facts.append(
            f"- **{plain(doc.word('reflection.themes'))}:** " + ", ".join(plain(name) for name, _ in doc.themes)
        )
    if doc.criteria:
        facts.append(f"- **{plain(doc.word('reflection.criteria'))}:**")
        own = doc.word("common.own")
        facts += [f"  - {plain(c.text)}" + (f" ({plain(own)})" if c.own else "") for c in doc.criteria]
    facts += [f"- **{plain(label)}:** {plain(text)}" for label, text in doc.facts]
    if facts:
        blocks.append("\n".join(facts))
    for heading, text in doc.steps:
        blocks += [f"## {plain(heading)}", demote_headings(text, 2)]
    if doc.body:
        if doc.steps:
            blocks.append("---")  # her own text after the model's last step, not part of it
        blocks.append(demote_headings(doc.body, 2))
    if doc.next_steps:
        blocks += [
            f"## {plain(doc.word('reflection.next_steps'))}",
            "\n".join(
                f"- [{'x' if step.done else ' '}] {plain(step.text)}"
                + (f" ({plain(note)})" if (note := doc.step_note(step)) else "")
                for step in doc.next_steps
            ),
        ]
    blocks += ["---", f"*{plain(doc.footer)}*"]
    return "\n\n".join(blocks) + "\n"


def write_markdown(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_markdown(build_reflection(store, options)))

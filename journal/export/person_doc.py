"""Everything the journal holds about one person, for an access request (GDPR article 15): each
reflection that mentions them (the Trash and private ones included), and the parts of the personal
framework and of its saved revisions that do. Built once here; Markdown, JSON and PDF render it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING

from .. import dates, words
from ..people import Found, field_name, find, framework_texts
from ..serialize import reflection_to_dict
from .base import ExportOptions
from .markdown_text import plain
from .reflection_doc import ReflectionDocument, build_reflection
from .reflection_markdown import render_markdown as reflection_markdown

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Passage:
    where: str  # "Mit ledelsesgrundlag · part:why", "Revision: Efter LUS (2. marts 2026)"
    text: str


@dataclass(frozen=True)
class PersonDocument:
    language: str
    name: str
    found: Found
    reflections: tuple[tuple[ReflectionDocument, bool], ...]  # (document, in the Trash)
    passages: tuple[Passage, ...]
    exported_on: date

    def word(self, key: str, **values: object) -> str:
        return words.word(self.language, key, **values)

    @property
    def title(self) -> str:
        return self.word("person.title", name=self.name)

    @property
    def summary(self) -> str:
        return self.word(
            "person.summary",
            count=self.found.count,
            reflections=len(self.reflections),
            other=len(self.passages),
            date=dates.long_date(self.exported_on, self.language),
        )


def build_person(store: Store, options: ExportOptions) -> PersonDocument:
    if not options.person:
        raise ValueError("the person export needs a name (ExportOptions.person)")
    found = find(store, options.person)
    language = options.language
    reflections = []
    passages = []
    for mention in found.mentions:
        if mention.kind == "reflection":
            doc = build_reflection(store, _one(options, mention.key), from_trash=True)
            reflections.append((doc, mention.in_trash))
        elif mention.kind == "personal_framework":
            texts = framework_texts(store.personal_framework()) | {
                f"criterion:{c.id}": c.text for c in store.own_criteria()
            }
            label = words.word(language, "person.framework")
            passages += [Passage(f"{label} · {field_name(field, language)}", texts[field]) for field in mention.fields]
        else:
            revision = store.revision(mention.key)
            texts = framework_texts(revision.framework) | {"revision_name": revision.name}
            label = words.word(
                language,
                "person.revision",
                name=revision.name,
                date=dates.long_date(revision.created_at.astimezone().date(), language),
            )
            passages += [Passage(f"{label} · {field_name(field, language)}", texts[field]) for field in mention.fields]
    return PersonDocument(
        language, options.person, found, tuple(reflections), tuple(passages), options.today or date.today()
    )


def _one(options: ExportOptions, uuid: str) -> ExportOptions:
    from dataclasses import replace

    return replace(options, reflection=uuid)


def render_markdown(doc: PersonDocument) -> str:
    blocks = [f"# {plain(doc.title)}", plain(doc.summary)]
    for reflection, in_trash in doc.reflections:
        text = reflection_markdown(reflection).replace("\n# ", "\n## ")
        text = "#" + text if text.startswith("# ") else text
        if in_trash:
            text += f"\n*{plain(doc.word('person.in_trash'))}*\n"
        blocks.append(text.strip())
    for passage in doc.passages:
        blocks += [f"## {plain(passage.where)}", passage.text.strip()]
    return "\n\n".join(blocks) + "\n"


def write_markdown(store: Store, out: IO[str], options: ExportOptions) -> None:
    out.write(render_markdown(build_person(store, options)))


def write_json(store: Store, out: IO[str], options: ExportOptions) -> None:
    import json

    doc = build_person(store, options)
    found = doc.found
    content = {
        "person": doc.name,
        "exported_on": doc.exported_on.isoformat(),
        "mentions": found.count,
        "reflections": [
            {**reflection_to_dict(store.get(m.key)), "in_trash": m.in_trash, "fields": list(m.fields), "count": m.count}
            for m in found.reflections()
        ],
        "framework": [{"where": p.where, "text": p.text} for p in doc.passages],
    }
    json.dump(content, out, ensure_ascii=False, indent=2)
    out.write("\n")


def body_html(doc: PersonDocument) -> str:
    """Everything as one HTML fragment for the PDF."""
    from html import escape

    from .reflection_html import reflection_body_html

    parts = [f"<h1>{escape(doc.title)}</h1><p>{escape(doc.summary)}</p>"]
    for reflection, in_trash in doc.reflections:
        parts.append("<hr>" + reflection_body_html(reflection))
        if in_trash:
            parts.append(f"<p><i>{escape(doc.word('person.in_trash'))}</i></p>")
    for passage in doc.passages:
        text = "<br>".join(escape(line) for line in passage.text.strip().splitlines())
        parts.append(f"<hr><h2>{escape(passage.where)}</h2><p>{text}</p>")
    return "".join(parts)

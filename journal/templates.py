"""Templates: writing a reflection in a known structure, Gibbs' reflective cycle, Kolb's learning
cycle, Rolfe's What? So what? Now what?, or one the leader made.

A template is a name and its sections in order, each a heading and a guiding question.

Decisions, and why:

- **The structure lives in the body, as Markdown headings** (``## Beskrivelse``), not in fields
  of its own. The body is what every part already carries whole: the Markdown, HTML and PDF
  exports, the JSON export and import, the search, the backups, an older version of the app, and
  any program that reads Markdown. So a reflection keeps its structure everywhere without a new
  column or a new export format, and keeps it when its template is renamed or deleted. Which
  template a reflection was written in is not stored: its headings say it, and the editor's
  chooser recognises them (:func:`recognise`).
- **The guiding questions are never written into the text.** The editor draws each question in
  the empty line under its heading, greyed like a placeholder, and it goes away as the leader
  writes there. An export leaves out a heading with nothing written under it
  (:func:`drop_empty_sections`): a section the leader skipped leaves no empty heading and no
  unanswered question in what she hands on.
- **Built-ins in core data** (``journal/data/templates.json``), in Danish and English, read once;
  the leader's own in the journal (the table ``own_templates``, migration step 0014), so that
  they travel with it: its backups, the whole-journal JSON export, and an import, which merges
  them by id, the later change winning, so that importing twice adds nothing. Deleting one keeps
  its id and the moment, with no words, so that importing an older export does not bring it back;
  the reflections written in it keep their headings. The leader's own are in one language, hers.
- **The reflection model** (situation, what I did, what happened, what I learn: the four fields
  of :class:`journal.model.Reflection` and its ``template`` flag) stays as it was, so reflections
  written in it keep working. It is offered in the same chooser as the others, under the id
  :data:`REFLECTION_MODEL`, rather than as a second control beside it.
- **Choosing a template never replaces text**: for a reflection with nothing written (a new one,
  or one with only another template's empty headings) the body becomes the template's headings;
  otherwise the sections it lacks are added at the end (:func:`with_template`). The window and
  ``ledelsesjournal add --template`` do the same.
- The default template for new reflections is a preference of the window (``journal.ui.settings``,
  like the preview), not of the journal: it says how the leader likes to start writing on this
  computer. A default that no longer exists (deleted, or another journal) means none.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Reflection, new_uuid
from .serialize import Fields
from .words import word

if TYPE_CHECKING:
    from .store import Store

REFLECTION_MODEL = "model"  # the id that chooses the reflection model's four fields
NAME_MAX = 120  # characters of a template's name
HEADING_MAX = 120  # of a section's heading
QUESTION_MAX = 300  # of its guiding question
SECTIONS_MAX = 20
FILE = "templates.json"


@dataclass(frozen=True)
class Section:
    heading: str
    question: str = ""


@dataclass(frozen=True)
class Template:
    """A built-in template in one language, or one of the leader's own (``own``: with its times)."""

    id: str
    name: str
    sections: tuple[Section, ...] = ()
    short: str = ""  # what the chooser's button shows: "Gibbs"; the name for an own one
    own: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None  # deleted: no name and no sections are kept
    source: str = field(default="", compare=False)  # a built-in's origin, for the curious

    @property
    def label(self) -> str:
        return self.short or self.name


# -- the templates -----------------------------------------------------------------------------


def _path() -> Path:
    beside = Path(__file__).with_name("data") / FILE
    if beside.is_file():
        return beside
    from importlib import resources

    return Path(str(resources.files("journal") / "data" / FILE))


@functools.cache
def _built_in_data() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(_path().read_text(encoding="utf-8"))["templates"])


@functools.cache
def built_in(language: str) -> tuple[Template, ...]:
    """Gibbs, Kolb and Rolfe, in ``language`` ("da" or "en")."""
    return tuple(
        Template(
            id=data["id"],
            name=data["name"][language],
            short=data["short"][language],
            source=data["source"],
            sections=tuple(
                Section(section["heading"][language], section["question"][language]) for section in data["sections"]
            ),
        )
        for data in _built_in_data()
    )


def model_name(language: str) -> str:
    """'Refleksionsmodel (situation → handling → resultat → læring)'."""
    return word(language, "template.model")


def available(store: Store, language: str) -> list[Template]:
    """Every template a reflection can be written in: the built-ins, then the leader's own by name."""
    return [*built_in(language), *store.own_templates()]


def find(templates: Iterable[Template], key: str) -> Template | None:
    """The template ``key`` names: its id, the first characters of an own one's id (at least
    four, and one only), or its name or short name in any case. None if none does."""
    wanted = _folded(key)
    if not wanted:
        return None
    listed = list(templates)
    for template in listed:
        if template.id == key.strip() or wanted in (_folded(template.name), _folded(template.short)):
            return template
    starting = [t for t in listed if t.own and len(key.strip()) >= 4 and t.id.startswith(key.strip())]
    return starting[0] if len(starting) == 1 else None


def start_in(reflection: Reflection, key: str, templates: Iterable[Template]) -> Reflection:
    """``reflection`` written in the template ``key`` (the reflection model's fields for
    :data:`REFLECTION_MODEL`); as it is for a key that names none."""
    if key == REFLECTION_MODEL:
        return replace(reflection, template=True)
    template = find(templates, key) if key else None
    return reflection if template is None else replace(reflection, body=with_template(reflection.body, template))


# -- the leader's own ----------------------------------------------------------------------------


def _line(text: str, limit: int) -> str:
    return re.sub(r"\s+", " ", text).strip()[:limit].strip()


def cleaned(template: Template) -> Template:
    """As the store keeps it: each text on one line without extra spaces, within its length, a
    heading without the ``#`` of Markdown, sections without a heading left out."""
    sections = []
    for section in template.sections:
        heading = _line(_line(section.heading, HEADING_MAX).lstrip("#"), HEADING_MAX)
        if heading:
            sections.append(Section(heading, _line(section.question, QUESTION_MAX)))
    return replace(template, name=_line(template.name, NAME_MAX), sections=tuple(sections[:SECTIONS_MAX]), own=True)


def new_own(name: str, sections: Sequence[Section] = ()) -> Template:
    """A new template of the leader's own (saved with :meth:`journal.store.Store.save_template`)."""
    return cleaned(Template(id=new_uuid(), name=name, sections=tuple(sections), own=True))


def sections_to_json(sections: Iterable[Section]) -> str:
    return json.dumps([{"heading": s.heading, "question": s.question} for s in sections], ensure_ascii=False)


def sections_from_json(text: str) -> tuple[Section, ...]:
    return tuple(Section(item["heading"], item.get("question", "")) for item in json.loads(text))


def template_to_dict(template: Template) -> dict[str, Any]:
    """An own template as the whole-journal JSON export writes it."""
    return {
        "id": template.id,
        "name": template.name,
        "sections": [{"heading": s.heading, "question": s.question} for s in template.sections],
        "created_at": template.created_at.isoformat() if template.created_at else None,
        "updated_at": template.updated_at.isoformat() if template.updated_at else None,
        "deleted_at": template.deleted_at.isoformat() if template.deleted_at else None,
    }


def template_from_dict(data: Any, file: str, place: str) -> Template:
    """Read strictly: a problem raises ImportFileError naming the place (``templates[2].name``)."""
    fields = Fields(
        data,
        file,
        place,
        ("id", "name", "sections", "created_at", "updated_at", "deleted_at"),
        ("id", "name", "sections", "created_at", "updated_at"),
    )
    if not fields.text("id").strip():
        raise fields.error("id", "must not be empty")
    sections = []
    for index, item in enumerate(fields.items("sections")):
        section = Fields(item, file, f"{place}.sections[{index}]", ("heading", "question"), ("heading",))
        sections.append(Section(section.text("heading"), section.text("question")))
    deleted_at = fields.moment("deleted_at")
    template = Template(
        id=fields.text("id"),
        name=fields.text("name"),
        sections=tuple(sections),
        own=True,
        created_at=fields.moment("created_at", required=True),
        updated_at=fields.moment("updated_at", required=True),
        deleted_at=deleted_at,
    )
    return replace(template, name="", sections=()) if deleted_at else cleaned(template)


# -- the structure in the text ---------------------------------------------------------------------

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def _lines(markdown: str) -> list[tuple[str, int, str]]:
    """Each line as (kind, heading level, heading text): kind "heading", "blank", "code" (in
    or around a fenced block, where a '#' is no heading) or "text"."""
    found, fence = [], None
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and line.strip().startswith(fence):
                fence = None
            found.append(("code", 0, ""))
        elif opening:
            fence = opening.group(1)
            found.append(("code", 0, ""))
        elif not line.strip():
            found.append(("blank", 0, ""))
        elif heading := _HEADING.fullmatch(line):
            found.append(("heading", len(heading.group(1)), heading.group(2).strip()))
        else:
            found.append(("text", 0, ""))
    return found


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def headings(markdown: str) -> list[str]:
    """The text of every heading in ``markdown``, in order (not those in code)."""
    return [text for kind, _, text in _lines(markdown) if kind == "heading"]


def has_writing(markdown: str) -> bool:
    """Anything written but headings: a new reflection holding only a template's is not kept."""
    return any(kind in ("text", "code") for kind, _, _ in _lines(markdown))


def body_of(template: Template) -> str:
    """The template's headings, each with an empty line to write in and one between."""
    return "\n\n".join(f"## {section.heading}\n" for section in template.sections)


def with_template(body: str, template: Template) -> str:
    """``body`` written in ``template``: its headings alone if nothing is written yet, else the
    text as it is with the sections it lacks added at the end (nothing is ever replaced)."""
    if not has_writing(body):
        return body_of(template)
    present = {_folded(text) for text in headings(body)}
    missing = tuple(s for s in template.sections if _folded(s.heading) not in present)
    if not missing:
        return body
    return body.rstrip("\n") + "\n\n" + body_of(replace(template, sections=missing))


def first_empty_section(markdown: str) -> int | None:
    """Where the leader begins to write: the position of the empty line under the first heading
    with nothing written under it, or None when there is none."""
    lines = _lines(markdown)
    position = 0
    texts = markdown.split("\n")
    for index, (kind, _, _) in enumerate(lines):
        position += len(texts[index]) + 1
        if kind == "heading" and index + 1 < len(lines) and lines[index + 1][0] == "blank":
            after = next((k for k, _, _ in lines[index + 1 :] if k != "blank"), "heading")
            if after == "heading":
                return position
    return None


def recognise(markdown: str, templates: Iterable[Template]) -> Template | None:
    """The template ``markdown`` is written in: of those whose every heading it has, the one with
    the most sections (an own copy of Gibbs with a section more before Gibbs)."""
    present = {_folded(text) for text in headings(markdown)}
    if not present:
        return None
    best: Template | None = None
    for template in templates:
        whole = template.sections and all(_folded(s.heading) in present for s in template.sections)
        if whole and (best is None or len(template.sections) > len(best.sections)):
            best = template
    return best


def questions(templates: Iterable[Template]) -> dict[str, str]:
    """Each heading (folded) with its guiding question, the first template's where two share one."""
    found: dict[str, str] = {}
    for template in templates:
        for section in template.sections:
            if section.question:
                found.setdefault(_folded(section.heading), section.question)
    return found


def is_heading(line: str) -> bool:
    """``## Følelser`` is; ``#hashtag`` and text are not."""
    return _HEADING.fullmatch(line) is not None


def question_for(heading_line: str, asked: dict[str, str]) -> str | None:
    """The guiding question of a heading line (``## Følelser``), if ``asked`` has one."""
    heading = _HEADING.fullmatch(heading_line)
    return asked.get(_folded(heading.group(2))) if heading else None


def drop_empty_sections(markdown: str) -> str:
    """``markdown`` without the headings that have nothing under them: no text before the next
    heading of the same or a higher level, or before the end. What an export shows of a section
    the leader left empty: nothing. A text without such a heading is returned as it is."""
    lines = _lines(markdown)
    keep = [True] * len(lines)
    below: int | None = 0  # the level of the next heading kept below (0: the end); None: text
    for index in range(len(lines) - 1, -1, -1):
        kind, level, _ = lines[index]
        if kind == "heading":
            if below is not None and below <= level:
                keep[index] = False
                continue
            below = level
        elif kind != "blank":
            below = None
    if all(keep):
        return markdown
    kept: list[str] = []
    for index, text in enumerate(markdown.split("\n")):
        if not keep[index]:
            continue
        if lines[index][0] == "blank" and kept and not kept[-1].strip():
            continue  # one blank line where the headings left out stood (never in code)
        kept.append(text)
    return "\n".join(kept).strip("\n")

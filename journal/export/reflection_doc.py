"""One reflection as a document to export, before any format: the one the leader is reading, to
print, to bring to a conversation, or to keep as a file.

Every fact is resolved here, once, to the chosen language (dates by :mod:`journal.dates`, the
success criteria by :func:`journal.readings.criterion_text`, the headings by :mod:`journal.words`),
and the Markdown, HTML and PDF exports all render this one model. A private reflection goes out
when it is the one asked for (the leader chose it by name), and the document then says "Privat" /
"Private" where a reader sees it first. A reflection that is gone, or in the Trash, is refused with a NotFoundError.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .. import dates, words
from ..errors import JournalError, NotFoundError
from ..model import STAKEHOLDERS, Reflection
from ..readings import criterion_text, stakeholder_name
from ..templates import drop_empty_sections
from .base import ExportOptions

if TYPE_CHECKING:
    from ..store import Store

# The reflection model's steps, in the order the leader writes them (and the window shows them).
MODEL_STEPS = ("situation", "action", "outcome", "learning")
SLUG_CHARACTERS = 50  # of the title, in a suggested file name


def model_steps(reflection: Reflection, language: str) -> tuple[tuple[str, str], ...]:
    """The reflection model's written steps as (heading, text), in the model's order."""
    return tuple(
        (words.word(language, f"reflection.step.{key}"), getattr(reflection, key).strip())
        for key in MODEL_STEPS
        if getattr(reflection, key).strip()
    )


@dataclass(frozen=True)
class CriterionLine:
    text: str
    colour: str  # its theme's
    own: bool  # the leader's own criterion, not the organisation's


@dataclass(frozen=True)
class StepLine:
    """A next step: open with its due date (if any), or done (with the day it was done)."""

    text: str
    due: date | None
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class ReflectionDocument:
    language: str
    uuid: str
    title: str  # never empty: "(uden titel)" stands in
    when: str  # "2. december 2026 kl. 14.30"
    day: date
    private: bool
    themes: tuple[tuple[str, str], ...]  # (name, colour), in the organisation's order
    criteria: tuple[CriterionLine, ...]  # the organisation's in its order, then her own
    context: str
    stakeholders: str  # "Medarbejdere, chef": one line, in the app's order
    tags: tuple[str, ...]
    steps: tuple[tuple[str, str], ...]  # (heading, Markdown): the reflection model's, when it is used
    body: str  # Markdown
    next_steps: tuple[StepLine, ...]
    exported_on: date

    def word(self, key: str, **values: object) -> str:
        return words.word(self.language, key, **values)

    def format_date(self, day: date) -> str:
        return dates.long_date(day, self.language)

    def step_note(self, step: StepLine) -> str:
        """'frist 9. december 2026', 'udført 3. december 2026', or '' for an open step without a date."""
        if step.done_on is not None:
            return self.word("reflection.done_on", date=self.format_date(step.done_on))
        return self.word("common.due", date=self.format_date(step.due)) if step.due else ""

    @property
    def facts(self) -> tuple[tuple[str, str], ...]:
        """The plain one-line facts under the title, as (label, text); themes and criteria aside."""
        rows = (
            ("reflection.context", self.context),
            ("reflection.stakeholders", self.stakeholders),
            ("reflection.tags", ", ".join(self.tags)),
        )
        return tuple((self.word(key), text) for key, text in rows if text)

    @property
    def footer(self) -> str:
        """'Eksporteret fra Ledelsesjournal 5. december 2026', after 'Privat · ' for a private one."""
        exported = self.word("export.exported", date=self.format_date(self.exported_on))
        return f"{self.word('reflection.private')} · {exported}" if self.private else exported


def build_reflection(store: Store, options: ExportOptions, from_trash: bool = False) -> ReflectionDocument:
    """The reflection ``options.reflection`` (a full uuid) as an export document.

    Raises JournalError when none is given, NotFoundError when it is not in the journal or is in
    the Trash (restoring it first is the way to export it), unless ``from_trash`` (everything
    about a person is handed over, the Trash included)."""
    organisation = options.organisation
    if organisation is None:
        raise ValueError("the reflection export needs the organisation's framework (ExportOptions.organisation)")
    if not options.reflection:
        raise JournalError("no reflection chosen: say which reflection to export")
    uuid, lang = options.reflection, options.language
    try:
        reflection = store.get(uuid)
    except NotFoundError:
        raise NotFoundError(f"reflection {uuid[:8]} is not in the journal: it may have been deleted for good") from None
    if reflection.deleted and not from_trash:
        raise NotFoundError(f"reflection {uuid[:8]} is in the Trash; restore it to export it")
    themes = tuple((t.name.get(lang), t.colour) for t in organisation.themes if t.id in reflection.theme_ids)
    register = store.own_criteria()  # retired own criteria keep their words here
    own = {c.id: c for c in register}
    organisations = [c.id for c in organisation.criteria() if c.id in reflection.criterion_ids]
    owns = [c.id for c in register if c.id in reflection.criterion_ids]
    criteria = []
    for criterion_id in organisations + owns:
        theme_id = (
            organisation.criterion(criterion_id).theme_id
            if criterion_id in organisations
            else own[criterion_id].theme_id
        )
        colour = organisation.theme(theme_id).colour if organisation.has_theme(theme_id) else ""
        criteria.append(
            CriterionLine(criterion_text(criterion_id, organisation, register, lang), colour, criterion_id in own)
        )
    context = ""
    if reflection.context_id:
        context = (
            organisation.context(reflection.context_id).label.get(lang)
            if organisation.has_context(reflection.context_id)
            else reflection.context_id
        )
    stakeholders = ", ".join(stakeholder_name(key, lang) for key in STAKEHOLDERS if key in reflection.stakeholders)
    return ReflectionDocument(
        language=lang,
        uuid=reflection.uuid,
        title=reflection.title.strip() or words.word(lang, "reflection.untitled"),
        when=dates.date_and_time(reflection.entry_at, lang, short=False),
        day=reflection.entry_date,
        private=reflection.private,
        themes=themes,
        criteria=tuple(criteria),
        context=context,
        stakeholders=words.capitalised(stakeholders),
        tags=reflection.tags,
        # Steps written and then switched off are hidden in the window: the document agrees.
        steps=model_steps(reflection, lang) if reflection.template else (),
        # Written in a template: its headings stay, those of a section left empty go (journal.templates).
        body=drop_empty_sections(reflection.body).strip(),
        next_steps=tuple(
            StepLine(step.text.strip(), step.due, step.done_at.astimezone().date() if step.done_at else None)
            for step in reflection.next_steps
            if step.text.strip()
        ),
        exported_on=options.today or date.today(),
    )


def file_name(reflection: Reflection, language: str, suffix: str) -> str:
    """'refleksion-2026-12-02-moede-med-henrik.pdf': the date and the title's first words, in
    letters any file system and mail program takes (æ, ø, å written as ae, oe, aa)."""
    stem = f"{words.word(language, 'reflection.file')}-{reflection.entry_date.isoformat()}"
    slug = _slug(reflection.title)
    return f"{stem}-{slug}{suffix}" if slug else f"{stem}{suffix}"


def _slug(text: str) -> str:
    text = text.lower()
    for letter, spelt in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(letter, spelt)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > SLUG_CHARACTERS:
        cut = slug[: SLUG_CHARACTERS + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:SLUG_CHARACTERS]
    return slug.strip("-")

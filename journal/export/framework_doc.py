"""The personal leadership framework as a document to export, before any format.

Every choice (which revision, the organisation's text or not, own criteria, the private part) is
made here, once, and every word is resolved to one language; the leader's text stays Markdown.
The Markdown, HTML, PDF and ODT exports all render this one model, so they cannot disagree about
what goes out, above all about the private part.

A part the leader has not written gets no heading with nothing under it. When nothing at all is
written, one plain note near the start says so (and, asked for, the organisation's themes still
follow); when only some parts are empty, they are named in one short note at the end, after what
she did write, so a shared framework opens with her words and still says plainly what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from framework import Framework, Theme
from framework.personal import Part, PersonalFramework, TargetBalance

from .. import words
from ..dates import long_date as format_date
from .base import ExportOptions

if TYPE_CHECKING:
    from ..store import Store

LEADERSHIP_PART = "leadership"


@dataclass(frozen=True)
class OrganisationPart:
    """A section of one of the organisation's themes, as written: its heading (for the lines under
    the theme's name and for the success criteria, the export's own words for them), paragraphs
    and points; ``lead``: the lines under the theme's name, shown in bold."""

    heading: str
    paragraphs: tuple[str, ...]
    points: tuple[str, ...]
    lead: bool = False


@dataclass(frozen=True)
class ThemeSection:
    """One of the organisation's themes in the "How I lead" part. The organisation's parts are
    empty unless asked for; ``share`` is None when no target balance is set."""

    theme_id: str
    name: str
    colour: str
    organisation: tuple[OrganisationPart, ...]
    text: str  # the leader's Markdown
    own_criteria: tuple[str, ...]
    share: int | None

    @property
    def has_organisation(self) -> bool:
        return bool(self.organisation)


@dataclass(frozen=True)
class Section:
    """One part of the leader's framework; only the leadership part has themes."""

    key: str
    title: str
    body: str  # Markdown
    themes: tuple[ThemeSection, ...] = ()


@dataclass(frozen=True)
class FrameworkDocument:
    language: str
    title: str
    leader: str
    unit: str
    date: date  # the revision's date, or the export date for the current framework
    revision_name: str
    organisation: str  # "Næstved Kommune"
    framework_name: str  # "Ledelsesgrundlag"
    vision: str  # the organisation's vision and signature: empty unless include_organisation
    signature: str
    sections: tuple[Section, ...]
    exported_on: date
    nothing_written: bool = False  # the leader has written nothing in any part, the private one included
    unwritten: tuple[str, ...] = ()  # the titles of the exported parts she has written nothing in, in her order

    def word(self, key: str, **values: object) -> str:
        return words.word(self.language, key, **values)

    @property
    def based_on(self) -> str:
        return self.word("framework.based_on", framework=self.framework_name, organisation=self.organisation)

    @property
    def footer(self) -> str:
        return self.word("export.exported", date=format_date(self.exported_on, self.language))

    def share_line(self, share: int) -> str:
        return self.word("framework.share", share=share)

    @property
    def opening_note(self) -> str:
        """Near the start, when the leader has written nothing: so the document is never a bare title."""
        return self.word("framework.nothing_written") if self.nothing_written else ""

    @property
    def closing_note(self) -> str:
        """At the end, when some of the exported parts are empty: which ones, instead of empty headings."""
        if self.nothing_written or not self.unwritten:
            return ""
        return self.word("framework.unwritten", parts=", ".join(self.unwritten))


def build_document(store: Store, options: ExportOptions) -> FrameworkDocument:
    """The leader's framework (current, or the revision asked for) as an export document.

    Raises NotFoundError for an unknown revision."""
    organisation = options.organisation
    if organisation is None:
        raise ValueError("the framework export needs the organisation's framework (ExportOptions.organisation)")
    lang = options.language
    exported_on = options.today or date.today()
    if options.revision is None:
        personal, day, revision_name = store.personal_framework(), exported_on, ""
    else:
        revision = store.revision(options.revision)
        personal, day, revision_name = revision.framework, revision.created_at.astimezone().date(), revision.name
    parts = personal.parts
    if personal.part(LEADERSHIP_PART) is None:
        # The per-theme words belong to the leadership part; keep them even if the part was dropped.
        parts += (Part(LEADERSHIP_PART),)
    with_organisation = options.include_organisation
    sections, unwritten = [], []
    for part in parts:
        if part.private and not options.include_private:
            continue
        themes = _themes(personal, organisation, options) if part.key == LEADERSHIP_PART else ()
        # Asked for, the organisation's themes are shown even beside nothing of the leader's own.
        if part.body.strip() or any(_has_own_words(theme) for theme in themes) or (themes and with_organisation):
            sections.append(Section(part.key, part.display_title(lang), part.body.strip(), themes))
        if part in personal.parts and not _written(part, personal, organisation):
            unwritten.append(part.display_title(lang))  # a part she removed is no unwritten part
    return FrameworkDocument(
        language=lang,
        title=words.word(lang, "framework.title"),
        leader=personal.name.strip(),
        unit=personal.unit.strip(),
        date=day,
        revision_name=revision_name,
        organisation=organisation.organisation.get(lang),
        framework_name=organisation.name.get(lang),
        vision=organisation.vision.get(lang) if with_organisation else "",
        signature=organisation.signature.get(lang) if with_organisation else "",
        sections=tuple(sections),
        exported_on=exported_on,
        nothing_written=not any(_written(part, personal, organisation) for part in parts),
        unwritten=tuple(unwritten),
    )


def _written(part: Part, personal: PersonalFramework, organisation: Framework) -> bool:
    """Whether the leader wrote anything in ``part``, whatever the export leaves out: words she
    chose to keep out (own criteria, the private part) are not words she has yet to write. The
    leadership part also holds her words, criteria and balance under the organisation's themes."""
    if part.body.strip():
        return True
    if part.key != LEADERSHIP_PART:
        return False
    themes = {theme.id for theme in organisation.themes}
    return (
        personal.target is not None
        or any(personal.theme_text(theme_id).strip() for theme_id in themes)
        or any(c.theme_id in themes and c.active and c.text.strip() for c in personal.own_criteria)
    )


def _has_own_words(theme: ThemeSection) -> bool:
    return bool(theme.text or theme.own_criteria or theme.share is not None)


def _themes(personal: PersonalFramework, organisation: Framework, options: ExportOptions) -> tuple[ThemeSection, ...]:
    """The themes in the organisation's order: all of them beside the organisation's text, else
    only those the leader wrote something for. Words for a theme the organisation does not have
    are left out: there is nothing to stand beside."""
    target = personal.target if personal.target and personal.target.fits(organisation.theme_ids) else None
    sections = (_theme(theme, personal, options, target) for theme in organisation.themes)
    return tuple(s for s in sections if options.include_organisation or _has_own_words(s))


def _theme(
    theme: Theme, personal: PersonalFramework, options: ExportOptions, target: TargetBalance | None
) -> ThemeSection:
    lang, with_organisation = options.language, options.include_organisation
    own = (
        tuple(c.text.strip() for c in personal.own_criteria if c.theme_id == theme.id and c.active and c.text.strip())
        if options.include_own_criteria
        else ()
    )
    return ThemeSection(
        theme_id=theme.id,
        name=theme.name.get(lang),
        colour=theme.colour,
        organisation=tuple(_organisation_parts(theme, lang)) if with_organisation else (),
        text=personal.theme_text(theme.id).strip(),
        own_criteria=own,
        share=target.share(theme.id) if target else None,
    )


def _organisation_parts(theme: Theme, lang: str) -> Iterator[OrganisationPart]:
    for section in theme.sections:
        paragraphs = tuple(p.get(lang) for p in section.paragraphs)
        points = tuple(p.text.get(lang) for p in section.points)
        if not (paragraphs or points):
            continue
        if section.criteria:
            heading = words.word(lang, "framework.criteria")
        elif not section.heading:
            heading = words.word(lang, "framework.statements") if points else ""
        else:
            heading = section.heading.get(lang)
        yield OrganisationPart(heading, paragraphs, points, lead=not section.heading and not section.criteria)

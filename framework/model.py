"""The domain of a leadership framework: immutable values with stable string ids.

Nothing here knows about Qt or SQLite. Ids are the contract with stored journals: a later
framework file may reword a text, but must keep its ids, so that old reflections still point at
the right theme or success criterion.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

DEFAULT_LANGUAGE = "da"
LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class LocalText:
    """One text in several languages, e.g. ``{"da": "Hvorfor?", "en": "Why?"}``."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> LocalText:
        return cls(tuple(mapping.items()))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``language``, falling back to Danish, then to any language."""
        by_language = dict(self.values)
        for candidate in (language, DEFAULT_LANGUAGE):
            if by_language.get(candidate):
                return by_language[candidate]
        return next((text for _, text in self.values if text), "")

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)

    def __bool__(self) -> bool:
        """Whether there is any text (an optional part a framework may leave out is empty)."""
        return any(text for _, text in self.values)

    def __str__(self) -> str:
        return self.get()


NO_TEXT = LocalText(())


@dataclass(frozen=True)
class Statement:
    id: str
    text: LocalText


@dataclass(frozen=True)
class SuccessCriterion:
    id: str
    theme_id: str
    text: LocalText


@dataclass(frozen=True)
class Prompt:
    """A question that starts a reflection; ``theme_id`` is None for a periodic review prompt."""

    id: str
    theme_id: str | None
    text: LocalText


@dataclass(frozen=True)
class Section:
    """A part of a theme as the organisation wrote it, shown as written: a heading (none for the
    lines under the theme's name, such as Næstved's statements), paragraphs and points. The
    points of a ``criteria`` section are the theme's success criteria (their ids are the
    criteria's); other points are statements, behaviours, values, as the heading says."""

    heading: LocalText
    paragraphs: tuple[LocalText, ...] = ()
    points: tuple[Statement, ...] = ()
    criteria: bool = False


@dataclass(frozen=True)
class Theme:
    id: str
    name: LocalText
    colour: str  # "#rrggbb"
    sections: tuple[Section, ...]
    prompts: tuple[Prompt, ...] = ()

    @cached_property
    def success_criteria(self) -> tuple[SuccessCriterion, ...]:
        """What reflections are tagged with and the patterns cover: the points of the criteria
        sections, in order. A theme may have none."""
        return tuple(
            SuccessCriterion(point.id, self.id, point.text)
            for section in self.sections
            if section.criteria
            for point in section.points
        )

    @property
    def lead(self) -> Section | None:
        """The lines under the theme's name, before its first heading (None if there are none)."""
        first = self.sections[0] if self.sections else None
        return first if first is not None and not first.heading else None

    @property
    def statements(self) -> tuple[Statement, ...]:
        """The points under the theme's name: what the theme says in short (Næstved's
        statements), as a tooltip or summary shows it."""
        return self.lead.points if self.lead else ()


@dataclass(frozen=True)
class UsageContext:
    """A situation the framework is used in; ``label`` is a short name for pickers."""

    id: str
    label: LocalText
    text: LocalText


@dataclass(frozen=True)
class Foundation:
    id: str
    text: LocalText


@dataclass(frozen=True)
class Headings:
    """The headings of the framework's own parts (a theme's sections carry their own)."""

    introduction: LocalText
    usage: LocalText
    usage_contexts: LocalText
    foundations: LocalText


@dataclass(frozen=True)
class Framework:
    """An organisation's leadership framework. Only its id, names, languages and themes are
    required; every other part is empty (``NO_TEXT``, ``()``) where a framework has none."""

    id: str
    languages: tuple[str, ...]
    name: LocalText
    organisation: LocalText
    date: date | None
    signature: LocalText
    vision: LocalText
    headings: Headings
    introduction: tuple[LocalText, ...]
    themes: tuple[Theme, ...]
    usage_audience: LocalText
    usage_contexts: tuple[UsageContext, ...]
    foundations: tuple[Foundation, ...]
    review_prompts: tuple[Prompt, ...] = field(default=())
    replaces: str | None = None  # the id of the framework this one revises

    # Lookups are derived once; cached_property writes to __dict__, which frozen allows.
    @cached_property
    def _themes_by_id(self) -> dict[str, Theme]:
        return {theme.id: theme for theme in self.themes}

    @cached_property
    def _criteria_by_id(self) -> dict[str, SuccessCriterion]:
        return {c.id: c for theme in self.themes for c in theme.success_criteria}

    @cached_property
    def _contexts_by_id(self) -> dict[str, UsageContext]:
        return {context.id: context for context in self.usage_contexts}

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    def theme(self, theme_id: str) -> Theme:
        """The theme with ``theme_id``; KeyError if this framework has none."""
        return self._themes_by_id[theme_id]

    def has_theme(self, theme_id: str) -> bool:
        return theme_id in self._themes_by_id

    def criterion(self, criterion_id: str) -> SuccessCriterion:
        return self._criteria_by_id[criterion_id]

    def has_criterion(self, criterion_id: str) -> bool:
        return criterion_id in self._criteria_by_id

    def context(self, context_id: str) -> UsageContext:
        return self._contexts_by_id[context_id]

    def has_context(self, context_id: str) -> bool:
        return context_id in self._contexts_by_id

    def criteria(self) -> Iterator[SuccessCriterion]:
        for theme in self.themes:
            yield from theme.success_criteria

    def prompts(self) -> Iterator[Prompt]:
        for theme in self.themes:
            yield from theme.prompts
        yield from self.review_prompts

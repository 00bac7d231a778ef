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

    def __str__(self) -> str:
        return self.get()


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
class Theme:
    id: str
    name: LocalText
    colour: str  # "#rrggbb"
    statements: tuple[Statement, ...]
    why: tuple[LocalText, ...]  # paragraphs
    success_criteria: tuple[SuccessCriterion, ...]
    prompts: tuple[Prompt, ...] = ()


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
    introduction: LocalText
    why: LocalText
    success_criteria: LocalText
    usage: LocalText
    usage_contexts: LocalText
    foundations: LocalText


@dataclass(frozen=True)
class Framework:
    id: str
    languages: tuple[str, ...]
    name: LocalText
    organisation: LocalText
    date: date
    signature: LocalText
    vision: LocalText
    headings: Headings
    introduction: tuple[LocalText, ...]
    themes: tuple[Theme, ...]
    usage_audience: LocalText
    usage_contexts: tuple[UsageContext, ...]
    foundations: tuple[Foundation, ...]
    review_prompts: tuple[Prompt, ...] = field(default=())

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

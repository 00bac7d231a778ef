"""The personal leadership framework (personligt ledelsesgrundlag) a leader writes on top of the
organisation's, as immutable values that the store saves and revisions snapshot.

The parts follow the domain guide; each is optional, can be renamed and reordered, and one is
private (never exported unless the leader asks). Part titles and hints are framework content, so
they are translated here, beside the text, not in the interface's translation files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from .model import LocalText

OWN_CRITERION_PREFIX = "own:"


@dataclass(frozen=True)
class PartTemplate:
    key: str
    title: LocalText
    hint: LocalText
    private: bool = False


def _t(da: str, en: str) -> LocalText:
    return LocalText.of({"da": da, "en": en})


PART_TEMPLATES: tuple[PartTemplate, ...] = (
    PartTemplate(
        "task",
        _t("Min opgave og kontekst", "My task and context"),
        _t(
            "Din rolle, din enhed, jeres kerneopgave og hvem I er til for.",
            "Your role, your unit, its core task and whom you serve.",
        ),
    ),
    PartTemplate(
        "values",
        _t("Værdier", "Values"),
        _t(
            "Tre til fem værdier, hver med \u201cdet betyder, at jeg \u2026\u201d.",
            "Three to five values, each with \u201cthis means that I \u2026\u201d.",
        ),
    ),
    PartTemplate(
        "leadership",
        _t("Sådan leder jeg", "How I lead"),
        _t(
            "Hvordan du omsætter temaerne til din egen adfærd; skriv også under hvert tema.",
            "How you turn the themes into your own behaviour; also write under each theme.",
        ),
    ),
    PartTemplate(
        "expect_of_me",
        _t("Det kan du forvente af mig", "What you can expect of me"),
        _t(
            "Hvad medarbejdere, kolleger, din chef og samarbejdspartnere kan regne med.",
            "What staff, peers, your manager and partners can count on.",
        ),
    ),
    PartTemplate(
        "expect_of_you",
        _t("Det forventer jeg af dig", "What I expect of you"),
        _t(
            "Hvad du forventer af dem, du leder og arbejder sammen med.",
            "What you expect of the people you lead and work with.",
        ),
    ),
    PartTemplate(
        "decisions",
        _t("Beslutninger og inddragelse", "Decisions and involvement"),
        _t(
            "Hvilke beslutninger du selv træffer, og hvornår og hvordan andre inddrages.",
            "Which decisions you make yourself, and when and how others are involved.",
        ),
    ),
    PartTemplate(
        "development",
        _t("Styrker og udvikling", "Strengths and development"),
        _t(
            "Dine styrker, hvad du vil udvikle, og hvordan andre kan hjælpe dig.",
            "Your strengths, what you want to develop, and how others can help you.",
        ),
    ),
    PartTemplate(
        "follow_up",
        _t("Opfølgning", "Follow-up"),
        _t(
            "Hvordan du følger op: 3-i-1-måling, LUS, feedback og næste revision.",
            "How you follow up: the 3-in-1 survey, development conversation, feedback, next revision.",
        ),
    ),
    PartTemplate(
        "private",
        _t("Privat del", "Private part"),
        _t(
            "Kun til dig selv. Kommer aldrig med i en eksport, medmindre du beder om det.",
            "For you only. Never exported unless you ask for it.",
        ),
        private=True,
    ),
)
_TEMPLATES_BY_KEY = {template.key: template for template in PART_TEMPLATES}


def part_template(key: str) -> PartTemplate | None:
    return _TEMPLATES_BY_KEY.get(key)


@dataclass(frozen=True)
class Part:
    """One part of the personal framework. An empty ``title`` means the template's title."""

    key: str
    body: str = ""
    title: str = ""
    private: bool = False

    def display_title(self, language: str) -> str:
        if self.title.strip():
            return self.title
        template = part_template(self.key)
        return template.title.get(language) if template else self.key


@dataclass(frozen=True)
class ThemeText:
    """The leader's own words under one of the organisation's themes."""

    theme_id: str
    text: str = ""


@dataclass(frozen=True)
class OwnCriterion:
    """A success criterion the leader adds to a theme. Retired ones stay on old reflections."""

    id: str  # "own:<hex>"
    theme_id: str
    text: str
    created_at: datetime
    retired_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.retired_at is None


class BalanceError(ValueError):
    pass


@dataclass(frozen=True)
class TargetBalance:
    """The balance the leader aims for across the themes, in whole percent summing to 100: each
    theme's share of the theme tags on their reflections (a reflection on two themes counts for
    both), which is how the Patterns view measures the balance reached."""

    shares: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, shares: Mapping[str, int]) -> TargetBalance:
        for theme_id, share in shares.items():
            if type(share) is not int or not 0 <= share <= 100:
                raise BalanceError(f"the share for {theme_id} must be a whole percent from 0 to 100")
        total = sum(shares.values())
        if total != 100:
            raise BalanceError(f"the shares must add up to 100 %, not {total} %")
        return cls(tuple(shares.items()))

    @classmethod
    def even(cls, theme_ids: tuple[str, ...]) -> TargetBalance:
        base, rest = divmod(100, len(theme_ids))
        return cls(tuple((tid, base + (1 if i < rest else 0)) for i, tid in enumerate(theme_ids)))

    def share(self, theme_id: str) -> int:
        return dict(self.shares).get(theme_id, 0)

    def fits(self, theme_ids: tuple[str, ...]) -> bool:
        """Whether this target was set for exactly these themes (a framework's)."""
        return {theme_id for theme_id, _ in self.shares} == set(theme_ids)


def default_parts() -> tuple[Part, ...]:
    return tuple(Part(t.key, private=t.private) for t in PART_TEMPLATES)


@dataclass(frozen=True)
class PersonalFramework:
    """The leader's current personal framework (also the content of a saved revision)."""

    name: str = ""
    unit: str = ""
    parts: tuple[Part, ...] = field(default_factory=default_parts)
    theme_texts: tuple[ThemeText, ...] = ()
    own_criteria: tuple[OwnCriterion, ...] = ()
    target: TargetBalance | None = None

    def part(self, key: str) -> Part | None:
        return next((part for part in self.parts if part.key == key), None)

    def theme_text(self, theme_id: str) -> str:
        return next((t.text for t in self.theme_texts if t.theme_id == theme_id), "")

    def with_part(self, key: str, **changes: Any) -> PersonalFramework:
        """A copy with one part changed (added at the end if it is not there yet)."""
        if self.part(key) is None:
            return replace(self, parts=self.parts + (Part(key, **changes),))
        return replace(self, parts=tuple(replace(p, **changes) if p.key == key else p for p in self.parts))

    def with_theme_text(self, theme_id: str, text: str) -> PersonalFramework:
        others = tuple(t for t in self.theme_texts if t.theme_id != theme_id)
        return replace(self, theme_texts=others + (ThemeText(theme_id, text),))

    def is_empty(self) -> bool:
        return not (
            self.name.strip()
            or self.unit.strip()
            or any(p.body.strip() for p in self.parts)
            or any(t.text.strip() for t in self.theme_texts)
            or self.own_criteria
            or self.target
        )

    # -- plain data, for the store and for JSON export ----------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "parts": [{"key": p.key, "title": p.title, "body": p.body, "private": p.private} for p in self.parts],
            "theme_texts": [{"theme_id": t.theme_id, "text": t.text} for t in self.theme_texts],
            "own_criteria": [
                {
                    "id": c.id,
                    "theme_id": c.theme_id,
                    "text": c.text,
                    "created_at": c.created_at.isoformat(),
                    "retired_at": c.retired_at.isoformat() if c.retired_at else None,
                }
                for c in self.own_criteria
            ],
            "target": dict(self.target.shares) if self.target else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonalFramework:
        """Inverse of :meth:`to_dict`. Raises ValueError (with the field) on malformed data."""
        try:
            target = data.get("target")
            return cls(
                name=_str(data.get("name", "")),
                unit=_str(data.get("unit", "")),
                parts=tuple(
                    Part(
                        _str(p["key"]), _str(p.get("body", "")), _str(p.get("title", "")), bool(p.get("private", False))
                    )
                    for p in data.get("parts", [])
                ),
                theme_texts=tuple(
                    ThemeText(_str(t["theme_id"]), _str(t.get("text", ""))) for t in data.get("theme_texts", [])
                ),
                own_criteria=tuple(
                    OwnCriterion(
                        _str(c["id"]),
                        _str(c["theme_id"]),
                        _str(c["text"]),
                        datetime.fromisoformat(c["created_at"]),
                        datetime.fromisoformat(c["retired_at"]) if c.get("retired_at") else None,
                    )
                    for c in data.get("own_criteria", [])
                ),
                target=TargetBalance.of(target) if target else None,
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"malformed personal framework: {error!r}") from error


@dataclass(frozen=True)
class Revision:
    """A dated, named copy of the personal framework. Revisions are never changed."""

    uuid: str
    name: str
    created_at: datetime
    framework: PersonalFramework


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value

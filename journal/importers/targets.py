"""What an imported tag can become (a theme, a success criterion, a usage context), and which of
them a tag suggests by being its name.

The one rule for suggestions lives here, in :func:`suggest`; the import dialog and the command
line's ``import --preview`` both ask it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from framework import Framework

KINDS = ("theme", "criterion", "context")


@dataclass(frozen=True)
class Target:
    """A theme, success criterion or usage context by id; written ``kind:id``, as ``--map`` takes it."""

    kind: str  # one of KINDS
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Target | None:
        """``theme:borgere``, ``criterion:styring.k3``, ``context:lus``; None for anything else
        (``own:…``, an own criterion's id, is no kind: it stays a plain id)."""
        kind, colon, rest = text.partition(":")
        kind = kind.strip().lower()
        return cls(kind, rest.strip()) if colon and kind in KINDS and rest.strip() else None


def fold(text: str) -> str:
    """A name as a tag may spell it: without case, '#', accents or the difference between a space,
    '_' and '-'. æ and ø become ae and oe, å loses its ring, as in the framework's ids
    (tvaergaende is "Tværgående")."""
    text = unicodedata.normalize("NFC", text.strip().lstrip("#")).casefold()
    text = text.replace("æ", "ae").replace("ø", "oe")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s_\-–]+", "-", text).strip("-")


_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def _spellings(name: str) -> set[str]:
    """A name, and for a label like "Lederudviklingssamtale (LUS)" also "LUS" and
    "Lederudviklingssamtale" alone."""
    names = {name, _BRACKETS.sub("", name)} | set(_BRACKETS.findall(name))
    return {fold(n) for n in names} - {""}


def suggest(tag: str, framework: Framework) -> Target | None:
    """The theme or usage context a tag is literally the name of, else None.

    A tag matches a theme by its id or its name, and a usage context by its id, its label, or the
    label's parts inside and outside brackets ("LUS", "3-i-1", "Lederudviklingssamtale"), in any
    of the framework's languages, compared as :func:`fold` spells them. A success criterion
    matches only by its id ("styring.k3"): its text is a sentence, not a tag. No prefixes and no
    near misses: "borger" suggests nothing. An id match wins over a name match; if more than one
    target matches equally, nothing is suggested, since a guess the leader might not notice is
    worse than none.
    """
    wanted = fold(tag)
    if not wanted:
        return None
    by_id: list[Target] = []
    by_name: list[Target] = []
    for theme in framework.themes:
        if fold(theme.id) == wanted:
            by_id.append(Target("theme", theme.id))
        elif any(wanted in _spellings(name) for _, name in theme.name.values):
            by_name.append(Target("theme", theme.id))
        by_id.extend(Target("criterion", c.id) for c in theme.success_criteria if c.id.casefold() == wanted)
    for context in framework.usage_contexts:
        if fold(context.id) == wanted:
            by_id.append(Target("context", context.id))
        elif any(wanted in _spellings(label) for _, label in context.label.values):
            by_name.append(Target("context", context.id))
    for found in (by_id, by_name):
        if found:
            return found[0] if len(set(found)) == 1 else None
    return None

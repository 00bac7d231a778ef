"""Which question to offer a leader next: one from the theme they have reflected on least lately.

"Least" is measured against the balance the leader aims for when there is one (a theme aimed at
40 % and reached at 10 % is more neglected than one aimed at 20 % and reached at 15 %), and by
plain counts otherwise. Pure functions: the caller passes the counts.
"""

from __future__ import annotations

from collections.abc import Mapping

from framework import Framework, LocalText, Prompt
from framework.personal import TargetBalance

from .words import word

LATELY_DAYS = 30
GENERAL_PROMPTS = ("first", "second", "third")  # prompt.general.… in the core's catalogue


def theme_prompts(framework: Framework, theme_id: str) -> tuple[Prompt, ...]:
    """The questions that start a reflection on a theme: the framework's own, or, for a framework
    that gives none (most do not), general ones made from the theme's name and criteria."""
    theme = framework.theme(theme_id)
    if theme.prompts:
        return theme.prompts
    criteria = theme.success_criteria
    prompts = []
    for which in GENERAL_PROMPTS:
        if which == "second" and not criteria:
            continue  # the question about a criterion needs one

        def text(lang: str, which: str = which) -> str:
            criterion = criteria[0].text.get(lang) if criteria else ""
            return word(lang, f"prompt.general.{which}", theme=theme.name.get(lang), criterion=criterion)

        prompts.append(
            Prompt(f"{theme_id}.general-{which}", theme_id, LocalText.of({"da": text("da"), "en": text("en")}))
        )
    return tuple(prompts)


def neglect_order(framework: Framework, counts: Mapping[str, int], target: TargetBalance | None = None) -> list[str]:
    """Theme ids, the most neglected first (framework order breaks ties)."""
    total = sum(counts.get(theme_id, 0) for theme_id in framework.theme_ids)
    if target is not None and not target.fits(framework.theme_ids):
        target = None  # set for another framework's themes

    def shortfall(position_and_id: tuple[int, str]) -> tuple[float, int]:
        position, theme_id = position_and_id
        count = counts.get(theme_id, 0)
        if target is not None:
            share = count / total if total else 0.0
            return (share - target.share(theme_id) / 100, position)
        return (count, position)

    return [theme_id for _, theme_id in sorted(enumerate(framework.theme_ids), key=shortfall)]


def suggest_prompt(
    framework: Framework, counts: Mapping[str, int], target: TargetBalance | None = None, turn: int = 0
) -> Prompt | None:
    """The ``turn``-th question to offer: all prompts of the most neglected theme first, then the
    next theme's, and so on round; asking again ("another question") moves one turn on."""
    ordered = [
        prompt for theme_id in neglect_order(framework, counts, target) for prompt in theme_prompts(framework, theme_id)
    ]
    return ordered[turn % len(ordered)] if ordered else None

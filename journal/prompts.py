"""Which question to offer a leader next: one from the theme they have reflected on least lately.

"Least" is measured against the balance the leader aims for when there is one (a theme aimed at
40 % and reached at 10 % is more neglected than one aimed at 20 % and reached at 15 %), and by
plain counts otherwise. Pure functions: the caller passes the counts.
"""

from __future__ import annotations

from collections.abc import Mapping

from framework import Framework, Prompt
from framework.personal import TargetBalance

LATELY_DAYS = 30


def neglect_order(framework: Framework, counts: Mapping[str, int], target: TargetBalance | None = None) -> list[str]:
    """Theme ids, the most neglected first (framework order breaks ties)."""
    total = sum(counts.get(theme_id, 0) for theme_id in framework.theme_ids)

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
        prompt for theme_id in neglect_order(framework, counts, target) for prompt in framework.theme(theme_id).prompts
    ]
    return ordered[turn % len(ordered)] if ordered else None

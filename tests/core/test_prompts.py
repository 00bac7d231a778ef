"""The prompt offered comes from the theme reflected on least lately."""

from __future__ import annotations

from framework import load_bundled
from framework.personal import TargetBalance
from journal.prompts import neglect_order, suggest_prompt

FW = load_bundled()


def test_least_reflected_theme_comes_first():
    assert neglect_order(FW, {"borgere": 5, "samarbejde": 1, "styring": 3}) == ["samarbejde", "styring", "borgere"]
    assert suggest_prompt(FW, {"borgere": 5, "samarbejde": 1, "styring": 3}).theme_id == "samarbejde"


def test_an_empty_journal_starts_with_the_first_theme():
    assert suggest_prompt(FW, {}).id == "borgere.p1"


def test_the_target_balance_decides_what_is_neglected():
    counts = {"borgere": 4, "samarbejde": 3, "styring": 3}  # 40 / 30 / 30 %
    assert neglect_order(FW, counts)[0] == "samarbejde"  # by counts
    target = TargetBalance.of({"borgere": 60, "samarbejde": 20, "styring": 20})
    assert neglect_order(FW, counts, target)[0] == "borgere"  # 40 % of an aimed 60 %


def test_another_question_walks_through_every_prompt():
    counts = {"borgere": 2, "samarbejde": 0, "styring": 1}
    seen = [suggest_prompt(FW, counts, turn=turn).id for turn in range(10)]
    assert seen[:3] == ["samarbejde.p1", "samarbejde.p2", "samarbejde.p3"]
    assert seen[3] == "styring.p1" and seen[9] == seen[0]

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


def test_a_framework_without_questions_gets_general_ones_from_its_themes():
    from framework.markdown_form import read_markdown
    from journal.prompts import theme_prompts
    from tests.core.test_framework_markdown import VALUES

    values = read_markdown(VALUES)
    asked = theme_prompts(values, "tillid")
    assert [p.text.get("da") for p in asked][:2] == [
        "Hvornår i den seneste tid gjorde du en forskel for „Tillid“? "
        "Hvad gjorde du konkret, og hvad kom der ud af det?",
        "Hvilket konkret eksempel har du fra den seneste tid på „vise tillid før kontrol“ – eller hvorfor intet?",
    ]
    assert asked[0].text.get("en").startswith("When lately did you make a difference for ‘Trust’?")
    assert len(theme_prompts(values, "ansvar")) == 2  # no criterion to ask about
    assert suggest_prompt(values, {"tillid": 3}).theme_id == "aabenhed"  # the most neglected theme's

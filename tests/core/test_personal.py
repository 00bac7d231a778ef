"""The personal framework model: parts, own criteria and the target balance."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from framework.personal import (
    PART_TEMPLATES,
    BalanceError,
    OwnCriterion,
    PersonalFramework,
    TargetBalance,
)


def test_default_parts_follow_the_domain_guide():
    framework = PersonalFramework()
    assert [p.key for p in framework.parts] == [t.key for t in PART_TEMPLATES]
    assert len(framework.parts) == 9
    assert [p.key for p in framework.parts if p.private] == ["private"]
    assert framework.part("values").display_title("da") == "Værdier"
    assert framework.part("values").display_title("en") == "Values"
    assert framework.is_empty()


def test_parts_can_be_renamed_and_changed():
    framework = PersonalFramework().with_part("values", title="Det står jeg for", body="Tillid")
    assert framework.part("values").display_title("en") == "Det står jeg for"
    assert not framework.is_empty()
    added = framework.with_part("custom-1", title="Min egen del", body="x")
    assert added.parts[-1].key == "custom-1"


def test_round_trip_through_plain_data():
    framework = (
        PersonalFramework(
            name="Mette Hansen",
            unit="Skoleafdelingen",
            own_criteria=(
                OwnCriterion(
                    "own:1",
                    "borgere",
                    "Kendt af borgerne",
                    datetime(2026, 1, 1, tzinfo=UTC),
                    datetime(2026, 6, 1, tzinfo=UTC),
                ),
            ),
            target=TargetBalance.of({"borgere": 40, "samarbejde": 30, "styring": 30}),
        )
        .with_theme_text("borgere", "Jeg går ud i lokalsamfundet.")
        .with_part("private", body="Kun til mig")
    )
    assert PersonalFramework.from_dict(framework.to_dict()) == framework


@pytest.mark.parametrize(
    "shares,problem",
    [
        ({"a": 50, "b": 40}, "add up to 100 %, not 90 %"),
        ({"a": 120, "b": -20}, "whole percent from 0 to 100"),
        ({"a": 50.5, "b": 49.5}, "whole percent"),
    ],
)
def test_target_balance_must_be_whole_percent_summing_to_100(shares, problem):
    with pytest.raises(BalanceError, match=problem):
        TargetBalance.of(shares)


def test_even_balance():
    assert TargetBalance.even(("a", "b", "c")).shares == (("a", 34), ("b", 33), ("c", 33))


def test_malformed_data_is_a_value_error():
    with pytest.raises(ValueError, match="malformed"):
        PersonalFramework.from_dict({"parts": [{"body": "no key"}]})

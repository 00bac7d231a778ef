"""A bad framework file ends in one clear error naming the file, the place and the problem."""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framework import FrameworkError, load_bundled, load_framework, parse_framework
from framework.loader import bundled_path


@pytest.fixture(scope="module")
def good() -> dict:
    return json.loads(bundled_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="framework.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def error_for(tmp_path, data) -> FrameworkError:
    path = write(tmp_path, data)
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert str(caught.value).startswith(path + ": ")
    return caught.value


def test_bundled_framework_loads():
    framework = load_bundled()
    assert framework.id == "naestved-2019"
    assert framework.theme("samarbejde").name.get("en") == "Collaboration and relations"
    assert framework.criterion("styring.k3").theme_id == "styring"
    assert framework.has_context("lus") and not framework.has_context("nope")


def test_missing_file_names_it(tmp_path):
    path = tmp_path / "absent.json"
    with pytest.raises(FrameworkError, match=re.escape("absent.json: cannot read the file")):
        load_framework(path)


def test_unreadable_file(tmp_path):
    with pytest.raises(FrameworkError, match="cannot read the file"):
        load_framework(tmp_path)  # a folder cannot be read as a file, even by root


def test_empty_file(tmp_path):
    assert error_for(tmp_path, "  \n").problem == "the file is empty"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Næstved"}'.encode("latin-1"))
    with pytest.raises(FrameworkError, match="not UTF-8"):
        load_framework(path)


def test_invalid_json_gives_line_and_column(tmp_path, good):
    text = json.dumps(good, indent=2).replace('"themes": [', '"themes": [,', 1)
    error = error_for(tmp_path, text)
    line = text[: text.index('"themes": [,')].count("\n") + 1
    assert error.place.startswith(f"line {line}, column ")
    assert "not valid JSON" in error.problem


def test_missing_id(tmp_path, good):
    data = copy.deepcopy(good)
    del data["themes"][1]["success_criteria"][2]["id"]
    error = error_for(tmp_path, data)
    assert error.place == "themes[1].success_criteria[2]"
    assert error.problem == 'missing key "id"'


def test_duplicate_id_names_both_places(tmp_path, good):
    data = copy.deepcopy(good)
    data["themes"][2]["success_criteria"][0]["id"] = "borgere.k1"
    error = error_for(tmp_path, data)
    assert error.place == "themes[2].success_criteria[0].id"
    assert error.problem == 'duplicate id "borgere.k1" (first used at themes[0].success_criteria[0].id)'


def test_wrong_type(tmp_path, good):
    data = copy.deepcopy(good)
    data["themes"][0]["statements"] = "Vi skaber værdi"
    error = error_for(tmp_path, data)
    assert (error.place, error.problem) == ("themes[0].statements", "expected a list, found text")


def test_wrong_type_of_text(tmp_path, good):
    data = copy.deepcopy(good)
    data["usage"]["contexts"][3]["text"]["en"] = 3
    error = error_for(tmp_path, data)
    assert (error.place, error.problem) == ("usage.contexts[3].text.en", "expected text, found a number")


def test_unknown_key(tmp_path, good):
    data = copy.deepcopy(good)
    data["themes"][0]["colur"] = "#ffffff"
    error = error_for(tmp_path, data)
    assert error.place == "themes[0].colur"
    assert error.problem.startswith("unknown key (allowed here: ")


def test_missing_translation(tmp_path, good):
    data = copy.deepcopy(good)
    del data["foundations"][1]["text"]["en"]
    error = error_for(tmp_path, data)
    assert (error.place, error.problem) == ("foundations[1].text", 'missing key "en"')


def test_empty_list_and_empty_text(tmp_path, good):
    data = copy.deepcopy(good)
    data["themes"] = []
    assert error_for(tmp_path, data).problem == "the list is empty"
    data = copy.deepcopy(good)
    data["vision"]["da"] = "   "
    error = error_for(tmp_path, data)
    assert (error.place, error.problem) == ("vision.da", "must not be empty")


def test_bad_colour_date_id_and_format(tmp_path, good):
    cases = [
        (("themes", 0, "colour"), "green", "themes[0].colour", "not a colour"),
        (("date",), "februar 2019", "date", "is not a date"),
        (("themes", 0, "id"), "Borgere og samfund", "themes[0].id", "may only use"),
        (("format",), 2, "format", "format 2 is not supported"),
    ]
    for keys, value, place, problem in cases:
        data = copy.deepcopy(good)
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        error = error_for(tmp_path, data)
        assert error.place == place and problem in error.problem


def test_top_level_must_be_an_object(tmp_path):
    error = error_for(tmp_path, "[1, 2]")
    assert (error.place, error.problem) == ("(top level)", "expected an object, found a list")


def _mutations(good: dict):
    """Paths into the document, to replace with junk one at a time."""
    paths = []

    def walk(value, path):
        paths.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + (index,))

    walk(good, ())
    return paths


GOOD = json.loads(bundled_path().read_text(encoding="utf-8"))
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(path=st.sampled_from(_mutations(GOOD)), junk=JUNK)
def test_any_damaged_document_gives_a_clear_error_or_a_framework(path, junk):
    data = copy.deepcopy(GOOD)
    if not path:
        data = junk
    else:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = junk
    try:
        framework = parse_framework(json.dumps(data), "damaged.json")
    except FrameworkError as error:
        assert str(error).startswith("damaged.json: ")
        assert error.problem
    else:
        assert framework.themes


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(json.dumps(GOOD)) - 1))
def test_truncated_document_is_a_clear_error(cut):
    with pytest.raises(FrameworkError) as caught:
        parse_framework(json.dumps(GOOD)[:cut], "cut.json")
    assert caught.value.problem in ("the file is empty",) or "not valid JSON" in caught.value.problem

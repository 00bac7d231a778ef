"""The demo's material file: found where the package is installed, and a broken one is named precisely."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from journal.demo_material import DemoMaterialError, bundled_material, load_material, material_path

BUNDLED = json.loads(material_path().read_text(encoding="utf-8"))


def write(folder: Path, data) -> Path:
    path = folder / "demo.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_bundled_material_lies_in_the_journal_package_and_reads():
    assert material_path().parent == Path(__import__("journal").__file__).parent / "data"
    material = bundled_material()
    assert len(material.everyday) > 50 and material.annual and material.story
    assert all(situation.texts for situation in material.situations)
    assert material.draft.revision and material.current.revision
    assert "æ" in material_path().read_text(encoding="utf-8")  # Danish letters as themselves, not \u00e6


def mutate(path: str, value) -> dict:
    """A copy of the bundled data with the value at ``path`` (dots and [index]) replaced; None deletes it."""
    data = copy.deepcopy(BUNDLED)
    *parents, last = path.replace("[", ".").replace("]", "").split(".")
    target = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    key = int(last) if last.isdigit() else last
    if value is None:
        del target[key]
    else:
        target[key] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "place", "problem"),
    [
        ("format", 2, "format", "not supported"),
        ("everyday[3].models[0].action", None, "everyday[3].models[0]", 'missing key "action"'),
        ("everyday[0].tittel", "Formiddag", "everyday[0].tittel", "unknown key"),
        ("everyday[0].on", [1, 2], "everyday[0].on", "unknown key"),  # only annual events have a day
        ("everyday[2].bodies[1]", 42, "everyday[2].bodies[1]", "expected text, found a number"),
        ("everyday[2].bodies[1]", "  ", "everyday[2].bodies[1]", "must not be empty"),
        ("everyday[0].months", [4, 13], "everyday[0].months[1]", "13 is not from 1 to 12"),
        ("everyday[0].ago", [30, 10], "everyday[0].ago", "comes before"),
        ("everyday[0].recurring", "yes", "everyday[0].recurring", "expected true or false"),
        ("everyday[0].themes", ["ledelse"], "everyday[0].themes[0]", 'closing_thoughts has no entry for "ledelse"'),
        ("everyday[0].own", "telefon", "everyday[0].own", '"telefon" is not one of own_criteria'),
        ("annual[0].on", [2, 29], "annual[0].on", "not a day that every year has"),
        ("annual[0].on", None, "annual[0]", 'missing key "on"'),
        ("story[0].days_ago", 0, "story[0].days_ago", "0 is less than 1"),
        ("story[0].introduces", None, "own_criteria.phone", "no situation in story introduces it"),
        (
            "personal_framework.current.parts.vision",
            "Tekst",
            "personal_framework.current.parts.vision",
            "not a part of the personal framework",
        ),
        ("personal_framework.draft.target.styring", 10, "personal_framework.draft.target", "add up to 100"),
        ("personal_framework.draft.own_criteria", [], "personal_framework.draft.own_criteria", "the list is empty"),
        ("closing_thoughts", [], "closing_thoughts", "expected an object, found a list"),
    ],
)
def test_a_broken_file_names_the_file_the_place_and_the_problem(tmp_path, path, value, place, problem):
    broken = write(tmp_path, mutate(path, value))
    with pytest.raises(DemoMaterialError) as caught:
        load_material(broken)
    assert caught.value.file == str(broken)
    assert caught.value.place == place
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{broken}: {place}: ")


def test_a_situation_without_a_text_is_refused(tmp_path):
    data = mutate("annual[1].models", None)  # "Forberedelse til LUS" has only a model
    with pytest.raises(DemoMaterialError, match=r"annual\[1\]: a situation needs a text"):
        load_material(write(tmp_path, data))


def test_broken_json_is_named_by_line_and_column(tmp_path):
    path = tmp_path / "demo.json"
    path.write_text('{\n  "format": 1,\n  "everyday": [,]\n}\n', encoding="utf-8")
    with pytest.raises(DemoMaterialError, match=r"demo\.json: line 3, column 16: not valid JSON"):
        load_material(path)


def test_a_file_that_is_not_utf8_or_not_there_is_named(tmp_path):
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"about": ["Næstved"]}'.encode("latin-1"))
    with pytest.raises(DemoMaterialError, match=re.escape("latin1.json: byte 13: the file is not UTF-8 text")):
        load_material(latin1)
    with pytest.raises(DemoMaterialError, match=re.escape("missing.json: cannot read the file")):
        load_material(tmp_path / "missing.json")


def test_the_loaded_material_matches_the_file_unchanged(tmp_path):
    """A copy of the bundled file reads to the same material: nothing depends on where it lies."""
    assert load_material(write(tmp_path, BUNDLED)) == bundled_material()

"""The core's catalogue of words (journal/data/words/*.json): both languages whole and alike, every
word used, every word used there."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest

from journal import words
from journal.words import LANGUAGES, capitalised, word

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "journal" / "data" / "words"
KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")
PREFIX = re.compile(r"[a-z_]+\.(?:[a-z_]+\.)*")  # the start of a key built at run time


def catalogue(language: str) -> dict[str, str]:
    return json.loads((FILES / f"{language}.json").read_text(encoding="utf-8"))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def code_strings() -> tuple[set[str], set[str]]:
    """Every string constant in journal's code, and the literal heads of f-strings that build a
    key at run time (``f"reflection.step.{step}"`` gives ``reflection.step.``)."""
    constants, prefixes = set(), set()
    for path in (ROOT / "journal").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                if PREFIX.fullmatch(node.values[0].value):
                    prefixes.add(node.values[0].value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
    return constants, prefixes


KEYS = set(catalogue("da")) | set(catalogue("en"))
NAMESPACES = {key.split(".")[0] for key in KEYS}


def test_the_files_are_the_languages():
    assert sorted(path.stem for path in FILES.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_is_in_every_language(language):
    missing = sorted(KEYS - set(catalogue(language)))
    assert not missing, f"journal/data/words/{language}.json lacks {missing}"


def test_a_word_has_the_same_placeholders_in_every_language():
    first, *others = LANGUAGES
    differ = [
        (key, language)
        for language in others
        for key in KEYS
        if placeholders(catalogue(first).get(key, "")) != placeholders(catalogue(language).get(key, ""))
    ]
    assert not differ, f"placeholders differ between the languages: {differ}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keys_are_dotted_names_in_order(language):
    """Sorted, so that the two files read side by side and a new word has one place to go."""
    keys = list(catalogue(language))
    assert [key for key in keys if not KEY.fullmatch(key)] == []
    assert keys == sorted(keys)


def test_every_key_the_code_uses_is_in_the_catalogue():
    """A string in the code that looks like a key of the catalogue's namespaces is one; a key
    built at run time starts like at least one."""
    constants, prefixes = code_strings()
    unknown = sorted(
        text for text in constants if KEY.fullmatch(text) and text.split(".")[0] in NAMESPACES and text not in KEYS
    )
    assert not unknown, f"used in the code, missing in journal/data/words: {unknown}"
    empty = sorted(
        prefix
        for prefix in prefixes
        if prefix.split(".")[0] in NAMESPACES and not any(key.startswith(prefix) for key in KEYS)
    )
    assert not empty, f"keys built in the code from these beginnings, none in journal/data/words: {empty}"


def test_every_word_in_the_catalogue_is_used():
    constants, prefixes = code_strings()
    dead = sorted(key for key in KEYS if key not in constants and not key.startswith(tuple(prefixes)))
    assert not dead, f"in journal/data/words, used nowhere in the code: {dead}"


def test_word_fills_the_placeholders():
    assert word("da", "common.due", date="9. december 2026") == "frist 9. december 2026"
    assert word("en", "reflection.step.action") == "What I did"


def test_a_missing_value_fails_instead_of_printing_braces():
    with pytest.raises(KeyError):
        word("da", "common.due")


def test_an_unknown_word_names_the_file():
    with pytest.raises(KeyError, match=r"journal/data/words/en\.json"):
        word("en", "no.such.word")


def test_an_unknown_language_is_refused():
    with pytest.raises(KeyError, match="'de'"):
        word("de", "reflection.step.action")


def test_the_catalogue_is_read_once_and_cannot_be_changed():
    assert words.words("da") is words.words("da")
    with pytest.raises(TypeError):
        words.words("da")["reflection.step.action"] = "x"  # type: ignore[index]


def test_a_label_is_the_word_with_a_capital():
    assert capitalised(word("da", "stakeholder.staff")) == "Medarbejdere"
    assert capitalised("") == ""

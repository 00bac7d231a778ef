"""The core's words in Danish and English: one catalogue per language, one home for each word.

The command line, the exports (framework, reflection, period report), the revision comparison
and the patterns' one-line readings all take their words from here, and the window reads the
same catalogue for the words it shares with them (the reflection model's steps, a reflection's
field names, the stakeholders), so "What I did" / "Hvad jeg gjorde" is written once. The window's
own texts stay in Qt's translation files (``resources/translations``).

Decisions, and why:

- A JSON file per language, ``journal/data/words/da.json`` and ``en.json``: a flat object of
  dotted keys to texts, sorted by key, so the two files read side by side. JSON rather than
  gettext: no compile step and no dependency, and both languages are whole catalogues (gettext
  would make the English text the key, and "What I did" would again be written in the code).
- Keys are namespaced by who uses them: ``cli.…``, ``compare.…``, ``framework.…`` (the personal
  framework and its export), ``reflection.…`` (a reflection's fields and its export), ``report.…``,
  ``reading.…``, ``export.…`` (every exported document). A word several of them use, with the
  same meaning, is there once: under its owner (``reflection.step.action``,
  ``framework.own_criteria``) or, if it has none, under ``common.…``.
- Texts are ``str.format`` templates (``"frist {date}"``); :func:`word` always formats, so a
  template called without its values fails loudly instead of printing braces.
- Counted nouns are ``count.<noun>.one`` and ``count.<noun>.other`` (Danish adjectives agree:
  "1 åbent næste skridt", "2 åbne næste skridt"); :func:`journal.readings.counted` joins them.
- A stakeholder has one entry, the form used in a sentence ("medarbejdere"). A label (a button,
  a list) is the same word with a capital first letter, :func:`capitalised`, which holds in both
  languages; a language where it did not would get ``stakeholder.<key>.label`` entries.
- A key built at run time is written as an f-string whose literal part ends in a dot
  (``f"reflection.step.{step}"``), so that tests/core/test_words.py, which checks that every key
  is used somewhere and every key used exists, can count the whole family as used.
- Dates stay in :mod:`journal.dates`, and numbers ("12 %" / "12%") in :mod:`journal.readings`:
  they are tables indexed by a month's or a weekday's number plus rules of order, not words looked
  up by name, and every part already takes them from there.

The files are read on first use, once per language (the command line's start does not pay for
them), through importlib.resources, so an installed wheel finds them as an editable install does.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

LANGUAGES = ("da", "en")


def _path(language: str):
    beside = Path(__file__).with_name("data") / "words" / f"{language}.json"
    if beside.is_file():  # installed, or frozen: importlib.resources costs 10 ms of every command's start
        return beside
    from importlib import resources

    return resources.files("journal") / "data" / "words" / f"{language}.json"


@functools.cache
def words(language: str) -> Mapping[str, str]:
    """The whole catalogue of ``language`` ("da" or "en"), read once."""
    if language not in LANGUAGES:
        raise KeyError(f"no words for the language {language!r} (known: {', '.join(LANGUAGES)})")
    path = _path(language)
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(catalogue, dict) or not all(isinstance(v, str) for v in catalogue.values()):
        raise ValueError(f"{path}: expected one JSON object of keys to texts")
    return MappingProxyType(catalogue)


def word(language: str, key: str, **values: object) -> str:
    """The text of ``key`` in ``language``, with ``values`` filled into its placeholders."""
    try:
        text = words(language)[key]
    except KeyError:
        if language not in LANGUAGES:
            raise
        raise KeyError(f"no word {key!r} in journal/data/words/{language}.json") from None
    return text.format(**values)


def capitalised(text: str) -> str:
    """'medarbejdere' as a label: 'Medarbejdere' (only the first letter changes)."""
    return text[:1].upper() + text[1:]

"""Danish spell checking: which words of a text are misspelt, and what they might have been.

Hunspell (the ``chunspell`` package, whose wheels carry the library for Linux, Windows and macOS)
with the Danish dictionary of Stavekontrolden (resources/spelling/, version 2.7.026, 2022, the
one LibreOffice ships; used under the MPL 1.1 of its three licences, its notice beside it).
Hunspell reads Danish compounds through the dictionary's compounding rules: "sygefravær",
"medarbejdertrivsel" and "borgerservice" pass, "sygefravr" does not. Measured here: the
dictionary loads in 0.25 to 0.4 s (so the window loads it after its start, in a thread), a word
is checked in under a millisecond, and a paragraph of 300 words in 12 to 25 ms; suggestions take
25 ms to a second, so they are asked for only when the leader asks (a right click).

Left alone: words of one letter, words in capitals (APV, MED, LUS), words with digits, and web and
mail addresses. The leader's own words (names, local terms) are added for the session by
:meth:`Speller.add`; keeping them is the caller's (the window keeps them with its preferences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

DICTIONARY = "da_DK"
SUGGESTIONS = 6  # at most, in the order Hunspell gives them
# A word: letters, joined by a hyphen or an apostrophe inside it ("MED-udvalget", "Birthe's").
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Addresses and links are not words to check: http(s)://…, www.…, and mail addresses.
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\]\([^)]*\)")


def available() -> bool:
    """Whether Hunspell can be loaded here (no chunspell wheel for Intel Macs)."""
    from importlib.util import find_spec

    return find_spec("hunspell") is not None  # not imported: its library loads when first used


def dictionary_folder() -> Path:
    """resources/spelling, installed as journal/resources/spelling (as the icons are)."""
    from importlib import resources

    return Path(str(resources.files("journal.resources") / "spelling"))


class Speller:
    """One loaded dictionary (0.25 to 0.4 s to load: make one, and keep it)."""

    def __init__(self, folder: Path | None = None, own_words: Iterable[str] = ()):
        from hunspell import Hunspell

        folder = folder or dictionary_folder()
        if not (folder / f"{DICTIONARY}.dic").is_file():
            raise FileNotFoundError(folder / f"{DICTIONARY}.dic")
        self._hunspell = Hunspell(DICTIONARY, hunspell_data_dir=str(folder))
        self.own: set[str] = set()
        self._known = lru_cache(maxsize=50_000)(self._spelt)
        for word in own_words:
            self.add(word)

    def _spelt(self, word: str) -> bool:
        return bool(self._hunspell.spell(word))

    def correct(self, word: str) -> bool:
        """Whether ``word`` is spelt right, or left alone (see the module's notes)."""
        if len(word) < 2 or word.isupper() or word in self.own:
            return True
        return self._known(word)

    def misspelt(self, text: str) -> Iterator[tuple[int, int]]:
        """The (start, end) of each misspelt word of ``text``."""
        skipped = [match.span() for match in _NOT_PROSE.finditer(text)]
        for match in WORD.finditer(text):
            if any(start <= match.start() < end for start, end in skipped):
                continue
            if not self.correct(match.group()):
                yield match.span()

    def suggest(self, word: str) -> list[str]:
        """What ``word`` might have been, the likeliest first (25 ms to a second: ask on demand)."""
        return list(self._hunspell.suggest(word))[:SUGGESTIONS]

    def add(self, word: str) -> None:
        """Take ``word`` as spelt right from now on (a name, a local term)."""
        word = word.strip()
        if word:
            self.own.add(word)
            self._hunspell.add(word)
            self._known.cache_clear()

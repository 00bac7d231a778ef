"""How what a leader types into a search becomes a search, and what it marks in the text.

The one home of the search rules. The store asks it for the full-text query, the list and the
editor ask it where to highlight, and the command line asks whether there is anything to search for:
so that what is found and what is marked cannot disagree.

The rules, which follow how the full-text index (SQLite FTS5, ``unicode61``, accents kept) cuts text:

- A word is a run of letters and digits. Everything else (spaces, punctuation, "_") separates words.
- What is typed is split at white space into terms, and every term must occur.
- A term is the words in it, in order, with only separators between them: "3-i-1" is the three words
  3, i and 1 next to each other, and finds "3-i-1" or "3 i 1" but not an "i" on its own.
- The last word of a term may be the start of a longer word ("møde" finds "møder"); the words before
  it are whole words. Case does not matter; accents do ("å" is not "a").
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 keeps as a token


def terms(text: str) -> tuple[tuple[str, ...], ...]:
    """The terms of ``text``: for each white-space-separated part, the words in it."""
    found = []
    for part in text.split():
        words = tuple(_WORD.findall(part))
        if words:
            found.append(words)
    return tuple(found)


def has_words(text: str) -> bool:
    """Whether ``text`` holds anything to search for (not only spaces and punctuation)."""
    return bool(terms(text))


def fts_query(text: str) -> str:
    """The FTS5 query for ``text``: every term a quoted phrase with a prefix on its last word, all
    of them required. Quoting every term means no typed character can break the query syntax."""
    return " AND ".join('"' + " ".join(words) + '"*' for words in terms(text))


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the terms of ``query`` occur in ``text`` as the search finds them, for highlighting:
    sorted, non-overlapping (start, end) pairs. A longer term is preferred where two start at
    the same place."""
    if not text:
        return []
    pattern = _pattern(query)
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []


@lru_cache(maxsize=16)  # the list paints many rows with the same query
def _pattern(query: str) -> re.Pattern[str] | None:
    found = terms(query)
    if not found:
        return None

    def term(words: tuple[str, ...]) -> str:
        return r"[\W_]+".join(re.escape(word) for word in words) + r"[^\W_]*"

    longest_first = sorted(set(found), key=lambda words: (len(words), sum(map(len, words))), reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(term(words) for words in longest_first) + ")", re.IGNORECASE)

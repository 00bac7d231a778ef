"""How what a leader types into a search becomes a search, and what it marks in the text.

The one home of the search rules. The store asks it for the full-text query, the list and the
editor ask it where to highlight, and the command line asks whether there is anything to search for:
so that what is found and what is marked cannot disagree.

The rules, which follow how the full-text index (SQLite FTS5, ``unicode61``, accents kept) cuts text:

- A word is a run of letters and digits. Everything else (spaces, punctuation, "_") separates words.
- What is typed is split at white space into terms, and every term must occur.
- A term of one word of three letters or more is found anywhere inside a word: Danish writes in
  compounds, so "fravær" finds "sygefravær" and "fraværet", "borger" finds "medborger" and
  "borgerservice". A shorter one is found at the start of a word ("og" finds "også", not "dog").
- A term of several words is those words in order, with only separators between them: "3-i-1" is
  the three words 3, i and 1 next to each other, and finds "3-i-1" or "3 i 1" but not an "i" on its
  own. Its last word may be the start of a longer word ("3-i-1" finds "3-i-1-målingen"); the words
  before it are whole words.
- Case does not matter; accents do ("å" is not "a").
- What is marked is what was typed, where it sits: the "fravær" in "sygefraværet".

How a word is found inside others: the journal keeps its vocabulary (every word its index holds,
a few tens of thousands), and a term becomes the words of the vocabulary it matches. The index then
needs no prefix tables, which made it five times as large.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 keeps as a token
INSIDE_FROM = 3  # a typed word of this many letters or more is found inside longer words

# The journal's words a typed word matches: (the word in lower case, whether it may sit inside a
# word rather than at its start) -> the vocabulary's words.
Vocabulary = Callable[[str, bool], Iterable[str]]


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


def words_in(text: str) -> set[str]:
    """The words of ``text`` as the index holds them (in lower case): what the vocabulary learns."""
    return set(_WORD.findall(text.lower()))


def finds_inside(word: str) -> bool:
    """Whether a typed one-word term is found inside longer words, or only at their start."""
    return len(word) >= INSIDE_FROM


def fts_query(text: str, vocabulary: Vocabulary, counting: bool = False) -> str | None:
    """The FTS5 query for ``text``: "" when it holds no words, None when one of its terms matches
    no word of the journal (so nothing can be found). A one-word term is the vocabulary's words it
    matches, any of them; a longer term a quoted phrase with a prefix on its last word; all terms
    required. Every word is quoted, so that no typed character can break the query syntax.

    ``counting``: for reading every match rather than the newest. A term that matches many words
    asks for the shortest of them as prefixes ("sygefravær"* for sygefravær, sygefraværet, ...),
    which the index merges in one pass: a count of "fravær" (1,100 words at 100,000 reflections)
    takes 57 ms instead of 250. For a page, each word on its own finds the newest sooner."""
    parts = []
    for words in terms(text):
        if len(words) == 1:
            typed = words[0].lower()
            found = sorted(set(vocabulary(typed, finds_inside(typed))))
            if not found:
                return None
            asked = _as_prefixes(found) if counting and len(found) > PREFIXES_FROM else [_quoted(w) for w in found]
            parts.append("(" + " OR ".join(asked) + ")")
        else:
            parts.append(_quoted(" ".join(words)) + "*")
    return " AND ".join(parts)


PREFIXES_FROM = 20  # a term matching more words than this is counted through prefixes


def _as_prefixes(found: list[str]) -> list[str]:
    """``found`` (sorted, and every word the index holds that starts with one of it) as the fewest
    words and prefixes that match the same: a word that others start with becomes a prefix."""
    kept: list[list] = []
    for word in found:
        if kept and word.startswith(kept[-1][0]):
            kept[-1][1] = True
        else:
            kept.append([word, False])
    return [_quoted(word) + ("*" if prefix else "") for word, prefix in kept]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# Words too common to tell one reflection from another (Danish and English function words):
# left out of what a text is compared by (telling_words), and by the suggestions.
_STOP_WORDS = """
    af alle alt anden andet andre at bag bare blev bliver blive da dag de dem den denne dens der deres
    derfor det dette dig din dine disse dit dog du efter egen eget eller ellers en end endnu ene eneste
    enhver er et fik fordi for fra få gik gør gøre gjorde godt ham han hans har havde have hele hen
    hende her hos hun hvad hvem hver hvilke hvilken hvis hvor hvordan hvorfor hvornår ikke ind ingen
    intet jeg jer jeres jo kan kom kommer kun kunne lidt lige man mange måske med meget men mere mig min
    mine mit mod må måtte ned noget nogen nogle nok nu når og også om op os over på sagde se selv sig sin
    sine sit skal skulle som så stadig syntes thi til ud uden udover under var ved vi vil ville vor vores
    være været
    a about after all also an and any are as at be because been but by can could did do does for from
    had has have he her here him his how i if in into is it its just me more most my no not now of on
    one only or our out she so some than that the their them then there these they this to up us was we
    were what when which who why will with would you your
    """
STOP_WORDS = frozenset(_STOP_WORDS.split())
TELLING_FROM = 3  # letters: a shorter word tells little (and most are function words) ...
TELLING_UP_TO = 40  # ... and a longer one is no word (Danish compounds stay well within it)


def telling_words(text: str, at_most: int) -> list[str]:
    """The words of ``text`` that may tell it apart from other texts, for comparing texts (the
    suggestions): as the index holds them (lower case), each once, of TELLING_FROM to TELLING_UP_TO
    letters, not in STOP_WORDS, at most ``at_most`` of them, the longest first: in Danish a long word is
    mostly a rarer one (a compound), and so tells more."""
    seen = dict.fromkeys(word for word in _WORD.findall(text.lower()) if TELLING_FROM <= len(word) <= TELLING_UP_TO)
    found = [word for word in seen if word not in STOP_WORDS]
    return sorted(found, key=len, reverse=True)[:at_most]  # stable: of equal length, the first written first


def any_of(words: Iterable[str]) -> str:
    """The FTS5 query that any of ``words`` matches (ranked by the index's bm25, a reflection that
    holds more and rarer of them first). Each word is a quoted string, so that nothing in a text
    (quotes, NEAR, *, brackets, AND or OR) can be read as the query's syntax."""
    return " OR ".join(_quoted(word) for word in words)


def matches(word: str, typed: str) -> bool:
    """Whether the vocabulary's ``word`` is one the typed one-word term finds (both lower case):
    the rule :data:`Vocabulary` answers, for a vocabulary kept in memory."""
    return typed in word if finds_inside(typed) else word.startswith(typed)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the terms of ``query`` occur in ``text`` as the search finds them, for highlighting:
    sorted, non-overlapping (start, end) pairs. A longer term is preferred where two start at
    the same place."""
    if not text:
        return []
    pattern = _pattern_of(query)
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []


def holds(query: str, *fields: str) -> bool:
    """Whether a reflection whose indexed fields (title, body, ...) are ``fields`` is one the
    search for ``query`` finds: every term in one of them, as the index finds it. The list tests
    the newest reflections so, which is quicker than asking the index when most of them match."""
    patterns = _each_term(query)
    return bool(patterns) and all(any(pattern.search(field) for field in fields if field) for pattern in patterns)


@lru_cache(maxsize=16)  # asked for every reflection the list tests
def _each_term(query: str) -> tuple[re.Pattern[str], ...]:
    return tuple(_pattern((words,)) for words in terms(query))


def _pattern_of(query: str) -> re.Pattern[str] | None:
    found = terms(query)
    return _pattern(tuple(sorted(set(found)))) if found else None


@lru_cache(maxsize=64)  # the list paints many rows with the same query
def _pattern(found: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    def term(words: tuple[str, ...]) -> str:
        written = r"[\W_]+".join(re.escape(word) for word in words)
        return written if len(words) == 1 and finds_inside(words[0]) else r"(?<![^\W_])" + written

    longest_first = sorted(found, key=lambda words: (len(words), sum(map(len, words))), reverse=True)
    return re.compile("|".join(term(words) for words in longest_first), re.IGNORECASE)

"""Suggestions while writing: which themes, success criteria and usage context a text being written
is about, for the leader to accept with one click. Nothing here tags anything: it only proposes.

Two sources, blended:

- **The leader's own reflections**: the tagged reflections most like the text, by the search
  index's bm25 over the text's rarest words (:meth:`journal.store.Store.similar`), vote with what
  they are tagged with, each as much as it is alike (a k-nearest-neighbours vote). This learns
  how this leader tags, in their own words.
- **The framework's own words**: the text's words against each theme's name, statements, "why",
  questions (prompts) and criteria, and each criterion's text (the leader's own criteria too),
  in both languages, stemmed lightly (:func:`stem`) and matched also as a part of a compound
  ("fravær" in "sygefravær", "økonomi" in "økonomistyring"), each word weighed by where it
  stands (a theme's name more than a paragraph) and by how few themes (criteria) have it. This
  needs no journal at all. A usage context is not suggested from them: the framework names its
  situations with everyday words ("opgaver", "samtale", "forventninger"), and on the demo
  journal most such suggestions were wrong.

The reflections count for a share that grows with the journal's reflections with a theme, up to
REFLECTIONS_SHARE from YOUNG of them on; the framework's words for the rest (all of it in a new
journal, or where no similar reflection is found), so that a theme the leader has never tagged
can still come up in a grown journal.

What the reflection already has (``themes``, ``criteria``, ``context``) is never suggested: the
caller passes it, and shows what comes back as it is. Only the framework's themes, criteria and
contexts and the leader's active own criteria are suggested. Scores are from 0 to 1; below
MIN_SCORE (a context: CONTEXT_MIN_SCORE) nothing is suggested.

Measured on the demo journal and the benchmark's 100,000 reflections by
``python -m tests.benchmarks.suggestions``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from framework.model import Framework, LocalText
from framework.personal import OwnCriterion

from .model import Reflection
from .search import STOP_WORDS, telling_words
from .store import SimilarReflection, Store
from .words import word

# Where a suggestion comes from: the reason shown beside it (suggestion.reason.… in the catalogue).
FROM_REFLECTIONS = "reflections"
FROM_FRAMEWORK = "framework"
FROM_BOTH = "both"
SOURCES = (FROM_REFLECTIONS, FROM_FRAMEWORK)

NEIGHBOURS = 20  # similar reflections that vote
YOUNG = 20  # reflections with a theme, below which the framework's words count for more
REFLECTIONS_SHARE = 0.8  # of a grown journal's suggestion: the rest is the framework's words
MIN_SCORE = 0.12  # a suggestion weaker than this is not shown ...
CONTEXT_MIN_SCORE = 0.4  # ... nor a context weaker than this: most reflections have none
FRAMEWORK_DOUBT = 2.0  # framework scores are shares of their sum plus this: one weak match is no certainty
THEME_IN_CRITERION = 0.5  # a criterion's theme's words count this much towards the criterion
BOTH_FROM = 0.25  # each source gives at least this share of a suggestion's score: "both"
WORDS_SHOWN = 3  # the text's words that matched the framework's, shown as the reason
TEXT_WORDS_AT_MOST = 300  # of a long text, the longest words are matched against the framework's
STEM_INSIDE_FROM = 5  # letters: a stem this long matches at the start or end of a longer one

# A word's weight in what it comes from: a theme's name says more than a paragraph about it.
_NAME, _STATEMENT, _TEXT = 3.0, 2.0, 1.0


@dataclass(frozen=True)
class Suggestion:
    """One theme, criterion or context to offer, with how strongly and why."""

    id: str
    score: float  # 0 to 1: the share of the (weighted) evidence that points at it
    reason: str  # FROM_REFLECTIONS, FROM_FRAMEWORK or FROM_BOTH
    similar: int = 0  # how many of the similar reflections have it
    words: tuple[str, ...] = ()  # the text's words that matched the framework's words for it

    def explained(self, language: str) -> str:
        """The reason in words, e.g. "Fra dine egne refleksioner (4 lignende)"."""
        return word(language, f"suggestion.reason.{self.reason}", count=self.similar, words=", ".join(self.words))


@dataclass(frozen=True)
class Suggestions:
    """What to offer for a text, each kind ranked, the strongest first."""

    themes: tuple[Suggestion, ...] = ()
    criteria: tuple[Suggestion, ...] = ()
    context: Suggestion | None = None
    learnt_from: int = field(default=0, compare=False)  # similar reflections that voted

    def __bool__(self) -> bool:
        return bool(self.themes or self.criteria or self.context)


def suggest(
    store: Store,
    framework: Framework,
    title: str,
    body: str,
    *,
    exclude_uuid: str | None = None,
    themes: Collection[str] = (),
    criteria: Collection[str] = (),
    context: str | None = None,
    before: datetime | None = None,
    limit_themes: int = 2,
    limit_criteria: int = 3,
    sources: Collection[str] = SOURCES,
) -> Suggestions:
    """Themes, success criteria and a usage context for the text being written (``title`` and
    ``body``; for a reflection written with the reflection model, pass its steps as the body).

    ``exclude_uuid``: the reflection being written, which must not learn from itself (its saved
    text would be the most similar). ``themes``, ``criteria``, ``context``: what it has already,
    never suggested. ``before``: learn only from reflections written before this moment (the
    benchmark's split by time; the window passes None). ``sources``: both by default; one of
    them alone to measure it. Reads the store; never raises on what the text holds (quotes,
    operators of the search, nothing but common words, 100 kB)."""
    text = f"{title}\n{body}"
    allowed_criteria = {c.id for c in framework.criteria()}
    own = [c for c in store.personal_framework().own_criteria if c.active]
    allowed_criteria |= {c.id for c in own}
    neighbours: list[SimilarReflection] = []
    reflections_share = 0.0
    if FROM_REFLECTIONS in sources:
        neighbours = store.similar(text, NEIGHBOURS, before=before, exclude_uuid=exclude_uuid)
        if neighbours:
            grown = 1.0 if FROM_FRAMEWORK not in sources else min(1.0, store.tagged_count(YOUNG, before) / YOUNG)
            reflections_share = grown * (1.0 if FROM_FRAMEWORK not in sources else REFLECTIONS_SHARE)
    votes = _votes(neighbours)
    matched = _framework_words(framework, own).match(text) if FROM_FRAMEWORK in sources else _Matched()

    def ranked(kind: str, allowed, have: Collection[str], limit: int, share: float) -> tuple[Suggestion, ...]:
        found = []
        for key in set(votes[kind]) | set(matched.scores[kind]):
            if key in have or not allowed(key):
                continue
            mine = share * votes[kind].get(key, 0.0)
            theirs = (1.0 - share) * matched.scores[kind].get(key, 0.0)
            score = mine + theirs
            if score < MIN_SCORE:
                continue
            if mine >= BOTH_FROM * score and theirs >= BOTH_FROM * score:
                reason = FROM_BOTH
            else:
                reason = FROM_REFLECTIONS if mine > theirs else FROM_FRAMEWORK
            count = votes["count"].get((kind, key), 0) if reason != FROM_FRAMEWORK else 0
            shown = matched.words[kind].get(key, ()) if reason != FROM_REFLECTIONS else ()
            found.append(Suggestion(key, round(score, 4), reason, count, shown))
        found.sort(key=lambda s: (-s.score, s.id))
        return tuple(found[:limit])

    # A context comes from the reflections alone: the framework's words for the situations it is
    # used in ("opgaver", "samtale", "forventninger") are everyday words, and were mostly wrong.
    have_context = {context} if context else set()
    contexts = ranked("context", framework.has_context, have_context, 1, 1.0 if neighbours else 0.0)
    return Suggestions(
        themes=ranked("theme", framework.has_theme, set(themes), limit_themes, reflections_share),
        criteria=ranked("criterion", allowed_criteria.__contains__, set(criteria), limit_criteria, reflections_share),
        context=next((s for s in contexts if s.score >= CONTEXT_MIN_SCORE), None),
        learnt_from=len(neighbours) if reflections_share else 0,
    )


def suggest_for(store: Store, framework: Framework, reflection: Reflection, **options) -> Suggestions:
    """:func:`suggest` for a reflection as it stands in the editor: its title and all its text
    (body and the reflection model's steps), never itself, and not what it has already."""
    body = "\n".join(
        part
        for part in (reflection.body, reflection.situation, reflection.action, reflection.outcome, reflection.learning)
        if part
    )
    options.setdefault("exclude_uuid", reflection.uuid)
    options.setdefault("themes", reflection.theme_ids)
    options.setdefault("criteria", reflection.criterion_ids)
    options.setdefault("context", reflection.context_id)
    return suggest(store, framework, reflection.title, body, **options)


# -- the leader's reflections --------------------------------------------------------------


def _votes(neighbours: Sequence[SimilarReflection]) -> dict:
    """Each theme's (criterion's, context's) share of the neighbours' weight, a neighbour
    weighing its similarity; and how many neighbours have each."""
    votes: dict = {"theme": {}, "criterion": {}, "context": {}, "count": {}}
    total = sum(n.score for n in neighbours)
    if total <= 0:
        return votes
    for n in neighbours:
        for kind, keys in (("theme", n.theme_ids), ("criterion", n.criterion_ids), ("context", (n.context_id,))):
            for key in keys:
                if key:
                    votes[kind][key] = votes[kind].get(key, 0.0) + n.score / total
                    votes["count"][kind, key] = votes["count"].get((kind, key), 0) + 1
    return votes


# -- the framework's words -----------------------------------------------------------------

_VOWELS = frozenset("aeiouyæøå")
# Snowball's Danish stemmer, its first and last steps: the endings of inflection, longest first.
_SNOWBALL_ENDINGS = (
    "hed ethed ered e erede ende erende ene erne ere en heden eren er heder erer heds es endes erendes "
    "enes ernes eres ens hedens erens ers ets erets et eret"
)
_ENDINGS = tuple(sorted(_SNOWBALL_ENDINGS.split(), key=len, reverse=True))
_S_ENDING_AFTER = frozenset("abcdfghjklmnoprtvyzå")


def stem(word: str) -> str:
    """A lower-case word without its Danish inflection, as Snowball's Danish stemmer takes it off
    (its first and last steps): "borgerne", "borgere" and "borger" are all "borg", "sygefraværet"
    is "sygefravær". Light: derivations ("-lig", "-hed" of an adjective) stay."""
    start = _region(word)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= start:
            word = word[: -len(ending)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= start and len(word) > 1 and word[-2] in _S_ENDING_AFTER:
            word = word[:-1]
    if len(word) - 2 >= start and word[-2:] in ("gd", "dt", "gt", "kt"):
        word = word[:-1]
    if len(word) - 2 >= start and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]  # undoubled: "budgett" (of "budgettet") is "budget"
    return word


def _region(word: str) -> int:
    """Snowball's R1: after the first consonant that follows a vowel, and at least 3 letters in."""
    for index in range(1, len(word)):
        if word[index] not in _VOWELS and word[index - 1] in _VOWELS:
            return max(index + 1, 3)
    return len(word)


@dataclass
class _Matched:
    """Scores of the framework's words for one text: kind -> id -> score (0 to 1), and the
    text's words behind each."""

    scores: dict[str, dict[str, float]] = field(default_factory=lambda: {"theme": {}, "criterion": {}, "context": {}})
    words: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=lambda: {"theme": {}, "criterion": {}, "context": {}}
    )


class _FrameworkWords:
    """The stems of a framework's texts, for matching a text against them: for each stem, the
    themes (criteria, contexts) it occurs in, weighed by where (a name more than a paragraph) and
    by how few of them have it."""

    def __init__(self, framework: Framework, own: Iterable[OwnCriterion] = ()):
        self.theme_of: dict[str, str] = {}
        documents: dict[str, dict[str, dict[str, float]]] = {"theme": {}, "criterion": {}, "context": {}}

        def add(kind: str, key: str, texts: Iterable[LocalText | str], weight: float) -> None:
            stems = documents[kind].setdefault(key, {})
            for text in texts:
                values = [text] if isinstance(text, str) else [value for _, value in text.values]
                for value in values:
                    for found in _stems_of(value, at_most=None):
                        stems[found] = max(stems.get(found, 0.0), weight)

        for theme in framework.themes:
            add("theme", theme.id, [theme.name], _NAME)
            add("theme", theme.id, [s.text for s in theme.statements], _STATEMENT)
            add("theme", theme.id, [c.text for c in theme.success_criteria], _STATEMENT)
            for section in theme.sections:
                if section is not theme.lead and not section.criteria:
                    add("theme", theme.id, list(section.paragraphs) + [p.text for p in section.points], _TEXT)
            add("theme", theme.id, [p.text for p in theme.prompts], _TEXT)
            for criterion in theme.success_criteria:
                add("criterion", criterion.id, [criterion.text], _STATEMENT)
                self.theme_of[criterion.id] = theme.id
        for criterion in own:
            add("criterion", criterion.id, [criterion.text], _STATEMENT)
            self.theme_of[criterion.id] = criterion.theme_id
        # stem -> [(kind, id, weight × rarity)], and every beginning and end of a long stem.
        self.postings: dict[str, list[tuple[str, str, float]]] = {}
        for kind, by_key in documents.items():
            # How many of them have a stem, each as much as it stresses it: "borger" in the name of
            # one theme and in a paragraph of two others is still that one theme's word.
            having: dict[str, float] = {}
            for stems in by_key.values():
                for found, weight in stems.items():
                    having[found] = having.get(found, 0.0) + weight / _NAME
            for key, stems in by_key.items():
                for found, weight in stems.items():
                    rarity = math.log((len(by_key) + 1) / having[found])
                    self.postings.setdefault(found, []).append((kind, key, weight * rarity))
        self.ends: dict[str, set[str]] = {}
        for found in self.postings:
            for piece in _ends(found):
                self.ends.setdefault(piece, set()).add(found)
        self._cache: dict[str, list[tuple[str, str, float]]] = {}

    def _postings_of(self, text_stem: str) -> list[tuple[str, str, float]]:
        """What a stem of the text matches: the same stem, a longer one that starts or ends with
        it, or a shorter one that it starts or ends with (both of STEM_INSIDE_FROM letters or
        more): so "fravær" and "sygefravær", "økonomi" and "økonomisk" match. Of several stems
        of one theme matched, the best counts."""
        cached = self._cache.get(text_stem)
        if cached is not None:
            return cached
        stems = {text_stem} if text_stem in self.postings else set()
        stems |= self.ends.get(text_stem, set())
        stems |= {piece for piece in _ends(text_stem) if piece in self.postings}
        best: dict[tuple[str, str], float] = {}
        for found in stems:
            for kind, key, weight in self.postings[found]:
                best[kind, key] = max(best.get((kind, key), 0.0), weight)
        result = [(kind, key, weight) for (kind, key), weight in best.items()]
        if len(self._cache) > 100_000:  # a session of writing uses far fewer words
            self._cache.clear()
        self._cache[text_stem] = result
        return result

    def match(self, text: str) -> _Matched:
        raw: dict[str, dict[str, float]] = {"theme": {}, "criterion": {}, "context": {}}
        behind: dict[tuple[str, str], dict[str, float]] = {}
        for written, text_stem in _words_and_stems(text):
            for kind, key, weight in self._postings_of(text_stem):
                raw[kind][key] = raw[kind].get(key, 0.0) + weight
                words = behind.setdefault((kind, key), {})
                words[written] = max(words.get(written, 0.0), weight)
        # A criterion also speaks of its theme: its theme's words count for it, less.
        for key, theme_id in self.theme_of.items():
            score = raw["criterion"].get(key, 0.0) + THEME_IN_CRITERION * raw["theme"].get(theme_id, 0.0)
            if score:
                raw["criterion"][key] = score
        matched = _Matched()
        for kind, scores in raw.items():
            total = sum(scores.values()) + FRAMEWORK_DOUBT
            matched.scores[kind] = {key: score / total for key, score in scores.items() if score > 0}
        for kind in raw:
            for key in matched.scores[kind]:
                words = dict(behind.get((kind, key), {}))
                if kind == "criterion":  # its theme's words, when it has none of its own
                    for written, weight in behind.get(("theme", self.theme_of.get(key, "")), {}).items():
                        words.setdefault(written, weight * THEME_IN_CRITERION)
                strongest = sorted(words.items(), key=lambda item: (-item[1], item[0]))[:WORDS_SHOWN]
                matched.words[kind][key] = tuple(written for written, _ in strongest)
        return matched


def _ends(text_stem: str) -> set[str]:
    """The beginnings and ends of a stem of STEM_INSIDE_FROM letters or more (not itself)."""
    return {
        piece
        for length in range(STEM_INSIDE_FROM, len(text_stem))
        for piece in (text_stem[:length], text_stem[-length:])
    }


def _stems_of(text: str, at_most: int | None) -> set[str]:
    return {text_stem for _, text_stem in _words_and_stems(text, at_most)}


# Words of every kind of text, which say nothing about what a text is about: left out of the
# comparison with the framework's words (besides journal.search.STOP_WORDS), in all their forms.
# Without them, "bedre", "bruge" and "tid" in a theme's "why" decided many a suggestion.
_GENERAL = """
    alene altid aldrig allerede anden andet andre arbejdsdag bedre bedst bedste begge blive bliver blev
    blevet bruge bruger brugte brugt både dag dage dagen del dele deler delt finde finder fandt fundet
    flere flest forskellige første gang gange gav give giver givet gjorde gjort god gode går gik gået gør
    gøre hel hele helt hinanden holde holder holdt hurtigt igennem kan komme kommer kommet kort kræve
    kræver krævede lang lange langt lave laver lavede lavet lige længe længere mange mellem mene mener mente
    mere mest mindre mindst måde måder nok ny nye nyt næste omkring rigtig rigtigt samme sammen ser set
    sidste sige siger sagt spørge spurgte stor store større største står stod sådan tage tager taget tog
    tale taler talte tid tiden tider time timer tænke tænker tænkte uge ugen uger ved vide videre vidste
    viser viste vigtig vigtige vigtigt år året
    always before best better big both day days different first get gets give go goes good great know
    last long make makes many new next right same see take takes think time times together use used way
    ways week work year
"""
_GENERAL_STEMS = frozenset(stem(general) for general in _GENERAL.split())


def _words_and_stems(text: str, at_most: int | None = TEXT_WORDS_AT_MOST) -> list[tuple[str, str]]:
    """The telling words of ``text`` (journal.search.telling_words, the longest first) with their
    stems; one whose stem is a common or general word (the "hver" of "hvert", the "brug" of
    "bruges") is left out."""
    words = telling_words(text, at_most if at_most is not None else len(text))
    found = []
    for written in words:
        text_stem = stem(written)
        if len(text_stem) >= 3 and text_stem not in STOP_WORDS and text_stem not in _GENERAL_STEMS:
            found.append((written, text_stem))
    return found


_INDEXES: dict[int, tuple[Framework, tuple[OwnCriterion, ...], _FrameworkWords]] = {}


def _framework_words(framework: Framework, own: Sequence[OwnCriterion]) -> _FrameworkWords:
    """The framework's words, made once for a framework (and the leader's own criteria)."""
    own = tuple(own)
    kept = _INDEXES.get(id(framework))
    if kept is None or kept[0] is not framework or kept[1] != own:
        if len(_INDEXES) > 8:
            _INDEXES.clear()
        kept = (framework, own, _FrameworkWords(framework, own))
        _INDEXES[id(framework)] = kept
    return kept[2]

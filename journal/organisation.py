"""Which organisation framework a journal uses, and taking another into use.

A journal uses the bundled Næstved framework until the leader chooses another: a file handed out
by the organisation (Markdown, see framework.markdown_form; the JSON form is read too). The
chosen framework is kept in the journal itself, written out as Markdown with every id and colour
given, so that it travels with the journal (a backup, another machine) and reads the same in
every later version of the app. Frameworks used before stay in the journal: reflections keep
their tags through a switch, and those tags keep the words of the framework they came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from framework import Framework, LocalText, load_bundled, load_framework

from .store import Store
from .words import word


def problem_words(language: str) -> Callable[[str, dict[str, str]], str]:
    """What a framework file's problem says, in ``language`` (FrameworkProblems.lines' translate)."""
    return lambda key, values: word(language, f"framework.problem.{key}", **values)


def bundled_ids() -> tuple[str, ...]:
    """The ids of the frameworks shipped with the app."""
    return (bundled().id,)


def framework_of(store: Store) -> Framework:
    """The organisation framework ``store``'s journal uses."""
    in_use = store.organisation_framework_in_use()
    if in_use is None or not in_use[1]:
        return bundled()
    return _read(in_use[1])


@dataclass(frozen=True)
class Choice:
    """A framework file read and checked, ready to be taken into use (what the leader is shown
    first), or the bundled one (``source`` empty)."""

    framework: Framework
    source: str


def read_choice(path_or_id: str | Path) -> Choice:
    """The framework in the file ``path_or_id``, or the bundled one of that id; raises
    FrameworkError (FrameworkProblems for a Markdown file, with every problem and its line)."""
    if str(path_or_id) in bundled_ids():
        return Choice(bundled(), "")
    from framework.markdown_form import to_markdown

    framework = load_framework(path_or_id)
    return Choice(framework, to_markdown(framework))


def use(store: Store, choice: Choice) -> Framework:
    """Make ``choice`` the journal's framework (nothing to do if it is already). Nothing else
    changes: reflections keep their tags."""
    if framework_of(store) != choice.framework:
        store.use_organisation_framework(choice.framework.id, choice.source)
    return choice.framework


def history(store: Store) -> list[Framework]:
    """Every framework the journal has used, oldest first, the one in use last. A journal starts
    with the bundled one, whether or not it was ever chosen."""
    used = [_read(source) if source else bundled() for _, source, _ in store.organisation_frameworks()]
    return used if used and used[0] == bundled() else [bundled(), *used]


KINDS = ("theme", "criterion", "context")  # what a reflection is tagged with from a framework


def words_of(framework: Framework, kind: str) -> dict[str, LocalText]:
    """A framework's themes (their names), criteria (their texts) or usage contexts (their
    labels), by id, in the framework's order: the one place that says what each kind of tag is."""
    if kind == "theme":
        return {t.id: t.name for t in framework.themes}
    if kind == "criterion":
        return {c.id: c.text for c in framework.criteria()}
    return {c.id: c.label for c in framework.usage_contexts}


def earlier_words(store: Store) -> dict[str, LocalText]:
    """The words of the themes, criteria and usage contexts of frameworks the journal used before,
    by id, for the tags of reflections written under them (the newest framework's words win)."""
    return {
        key: text
        for framework in history(store)[:-1]
        for kind in KINDS
        for key, text in words_of(framework, kind).items()
    }


def earlier_in_use(store: Store, current: Framework) -> dict[str, list[tuple[str, LocalText]]]:
    """The themes, criteria and usage contexts of earlier frameworks that live reflections are
    tagged with and the framework in use does not have, by kind, with their words: what the
    filters offer beside the current ones."""
    words = earlier_words(store)
    return {
        kind: [
            (key, words[key])
            for key in sorted(store.stats_totals(kind))
            if key in words and key not in words_of(current, kind)
        ]
        for kind in KINDS
    }


# -- a revised framework -------------------------------------------------------------------------

SUGGEST_AT = 0.6  # how alike two texts must be (difflib's ratio) for one to be suggested for the other


@dataclass(frozen=True)
class Move:
    """One theme, criterion or context of the framework being replaced that reflections are tagged
    with and the revision does not have (by id), and the new one suggested for it by its text."""

    kind: str
    old_id: str
    old_text: LocalText
    reflections: int
    suggested: str | None


def replaced_by(store: Store, new: Framework) -> Framework | None:
    """The framework ``new`` revises (its ``replaces``), if the journal has used it; else None
    (a framework of another organisation, or a first one: nothing to map)."""
    if not new.replaces:
        return None
    return next((old for old in reversed(history(store)) if old.id == new.replaces), None)


def moves(store: Store, old: Framework, new: Framework) -> list[Move]:
    """What the leader is offered when ``new`` replaces ``old``: each of the old framework's
    themes, criteria and contexts still on a reflection whose id the new one does not keep, with
    the new one whose text is most alike suggested (none below SUGGEST_AT). Ids that stay the same
    stay: their reflections need nothing."""
    from difflib import SequenceMatcher

    found = []
    for kind in KINDS:
        before, after = words_of(old, kind), words_of(new, kind)
        used = store.stats_totals(kind)
        for old_id, old_text in before.items():
            if old_id in after or not used.get(old_id):
                continue
            wanted = _plain(old_text.get(old.languages[0]))
            scored = [
                (SequenceMatcher(None, wanted, _plain(text.get(old.languages[0]))).ratio(), new_id)
                for new_id, text in after.items()
            ]
            best = max(scored, default=(0.0, None))
            found.append(Move(kind, old_id, old_text, used[old_id], best[1] if best[0] >= SUGGEST_AT else None))
    return found


def retag(store: Store, accepted: list[Move] | dict[str, dict[str, str]]) -> int:
    """Re-tag the reflections as the leader accepted: a list of moves (each to its suggestion) or,
    by kind, old id -> new id. The number of reflections changed."""
    if isinstance(accepted, list):
        by_kind: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
        for move in accepted:
            if move.suggested:
                by_kind[move.kind][move.old_id] = move.suggested
        accepted = by_kind
    return store.retag(
        themes=accepted.get("theme"), criteria=accepted.get("criterion"), contexts=accepted.get("context")
    )


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def bundled() -> Framework:
    """The framework a journal uses until the leader chooses another."""
    return load_bundled()


@lru_cache(maxsize=8)
def _read(source: str) -> Framework:
    from framework.markdown_form import read_markdown  # a framework the leader chose; the bundled one is JSON

    return read_markdown(source, "the journal's organisation framework")

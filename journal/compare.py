"""What changed between two versions of the personal framework, for the revision history.

Pure functions from two :class:`PersonalFramework` values (two revisions, or a revision and the
current text) to a :class:`Comparison`: per part, per theme text, per own success criterion and
for the target balance, whether it was added, removed, changed (or retired) or left as it was,
with a word-level diff as HTML; :func:`compare_html` renders the whole of it for the view. The
HTML keeps to what QTextBrowser shows: spans with inline styles (no ``<ins>``/``<del>``, which
Qt's rich text does not know), every user text escaped.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from html import escape

from framework import Framework
from framework.personal import OwnCriterion, Part, PersonalFramework, TargetBalance

# Explicit text colours too, so the marks read the same on a light and a dark palette.
INSERTED_STYLE = "background-color:#d4f5dc; color:#0d4a1f"
DELETED_STYLE = "background-color:#fbdede; color:#8a1616; text-decoration:line-through"
MUTED_STYLE = "color:#5f6b73"
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")

# The comparison's own words; the core has no Qt translations (the exports keep theirs the same way).
WORDS = {
    "da": {
        "added": "tilføjet", "removed": "fjernet", "changed": "ændret", "retired": "udgået",
        "renamed": "hed før \u201c{title}\u201d", "themes": "Mine ord under temaerne",
        "own_criteria": "Mine succeskriterier", "target": "Den balance, jeg sigter efter",
        "none": "Ingen ændringer.",
    },
    "en": {
        "added": "added", "removed": "removed", "changed": "changed", "retired": "retired",
        "renamed": "was \u201c{title}\u201d", "themes": "My words under the themes",
        "own_criteria": "My success criteria", "target": "The balance I aim for",
        "none": "No changes.",
    },
}


class Status(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    RETIRED = "retired"  # own success criteria only: still there, no longer in use
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Change:
    """One thing compared. ``title`` is the heading to show it under: the part's title, the
    theme's name, for an own criterion the name of its theme, or "The balance I aim for".
    ``diff_html`` shows the text with its changes marked."""

    key: str  # the part key, theme id, own criterion id, or "target"
    title: str
    status: Status
    diff_html: str
    renamed_from: str = ""  # a part's earlier title, when the leader renamed it


@dataclass(frozen=True)
class Comparison:
    parts: tuple[Change, ...]
    themes: tuple[Change, ...]
    own_criteria: tuple[Change, ...]
    target: Change

    def changes(self) -> tuple[Change, ...]:
        """Everything that is not unchanged, in the order the view lists it."""
        return tuple(c for c in (*self.parts, *self.themes, *self.own_criteria, self.target)
                     if c.status is not Status.UNCHANGED)


def compare(old: PersonalFramework, new: PersonalFramework, organisation: Framework, language: str) -> Comparison:
    """``old`` against ``new``. Text that is empty counts as absent: writing a part that was
    empty is "added", emptying one is "removed"."""
    return Comparison(
        parts=_parts(old, new, language),
        themes=tuple(
            _text_change(theme.id, theme.name.get(language), old.theme_text(theme.id), new.theme_text(theme.id))
            for theme in organisation.themes
        ),
        own_criteria=_own_criteria(old.own_criteria, new.own_criteria, organisation, language),
        target=_text_change("target", WORDS[language]["target"], _balance_text(old.target, organisation, language),
                            _balance_text(new.target, organisation, language)),
    )


def compare_html(old: PersonalFramework, new: PersonalFramework, organisation: Framework, language: str,
                 heading: str) -> str:
    """The comparison as one HTML fragment for the history view: ``heading`` (the view's own
    words, such as which two versions these are), then only what changed, each under its title
    with its status and its text marked."""
    comparison = compare(old, new, organisation, language)
    words = WORDS[language]
    html = [f"<h3>{escape(heading)}</h3>"]
    if not comparison.changes():
        html.append(f"<p style='{MUTED_STYLE}'>{words['none']}</p>")
    groups = (("", comparison.parts), (words["themes"], comparison.themes),
              (words["own_criteria"], comparison.own_criteria), ("", (comparison.target,)))
    for group, changes in groups:
        changed = [c for c in changes if c.status is not Status.UNCHANGED]
        if group and changed:
            html.append(f"<h4>{escape(group)}</h4>")
        for change in changed:
            status = words[change.status.value]
            if change.renamed_from:
                status += ", " + words["renamed"].format(title=escape(change.renamed_from))
            html.append(f"<p style='margin-bottom:2px'><b>{escape(change.title)}</b> "
                        f"<span style='{MUTED_STYLE}'>({status})</span></p><p>{change.diff_html}</p>")
    return "".join(html)


def word_diff_html(old: str, new: str) -> str:
    """``new`` as HTML, with words only in ``old`` struck through and words only in ``new``
    highlighted. Line breaks become ``<br>``."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    html = []
    for tag, a_text, b_text in _merged_opcodes(a, b):
        if tag == "equal":
            html.append(_escaped(a_text))
        else:
            # A space between the struck words and the new ones, so that neither run together
            # (on screen, and when the comparison is read aloud or copied).
            between = " " if a_text.strip() and b_text.strip() else ""
            html.append(_marked(a_text, DELETED_STYLE) + between + _marked(b_text, INSERTED_STYLE))
    return "".join(html)


def _merged_opcodes(a: list[str], b: list[str]) -> list[tuple[str, str, str]]:
    """difflib's opcodes as text, with a lone space between two changes folded into them, so
    that a rewritten phrase reads as one struck phrase and one new one, not word by word."""
    merged: list[tuple[str, str, str]] = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        a_text, b_text = "".join(a[i1:i2]), "".join(b[j1:j2])
        between_changes = 0 < index < len(opcodes) - 1 and not a_text.strip()
        if tag == "equal" and not between_changes:
            merged.append(("equal", a_text, b_text))
        elif merged and merged[-1][0] == "change":
            _, old_text, new_text = merged.pop()
            merged.append(("change", old_text + a_text, new_text + b_text))
        else:
            merged.append(("change", a_text, b_text))
    return merged


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _marked(text: str, style: str) -> str:
    return f"<span style='{style}'>{_escaped(text)}</span>" if text else ""


def _text_status(old: str, new: str) -> Status:
    if old == new:
        return Status.UNCHANGED
    if not old:
        return Status.ADDED
    return Status.REMOVED if not new else Status.CHANGED


def _text_change(key: str, title: str, old: str, new: str) -> Change:
    old, new = old.strip(), new.strip()
    return Change(key, title, _text_status(old, new), word_diff_html(old, new))


def _parts(old: PersonalFramework, new: PersonalFramework, language: str) -> tuple[Change, ...]:
    """By key, in the new order, then the parts only the old one had."""
    keys = [p.key for p in new.parts] + [p.key for p in old.parts if new.part(p.key) is None]
    return tuple(_part_change(old.part(key), new.part(key), language) for key in keys)


def _part_change(old: Part | None, new: Part | None, language: str) -> Change:
    old_title = old.display_title(language) if old else ""
    title = new.display_title(language) if new else old_title
    change = _text_change((new or old).key, title, old.body if old else "", new.body if new else "")
    if old is None or new is None:
        return change
    renamed = old_title if old_title != title else ""
    if change.status is Status.UNCHANGED and (renamed or old.private != new.private):
        change = replace(change, status=Status.CHANGED)
    return replace(change, renamed_from=renamed)


def _own_criteria(old: tuple[OwnCriterion, ...], new: tuple[OwnCriterion, ...], organisation: Framework,
                  language: str) -> tuple[Change, ...]:
    """By id, in the new order, then the ones only the old one had. Retiring one is "retired"
    (a text changed at the same time still shows in the diff); bringing one back is "changed"."""
    before, after = {c.id: c for c in old}, {c.id: c for c in new}
    changes = []
    for cid in list(after) + [cid for cid in before if cid not in after]:
        was, now = before.get(cid), after.get(cid)
        theme_id = (now or was).theme_id
        title = organisation.theme(theme_id).name.get(language) if organisation.has_theme(theme_id) else theme_id
        change = _text_change(cid, title, was.text if was else "", now.text if now else "")
        if now and not now.active and (was is None or was.active):
            change = replace(change, status=Status.RETIRED)
        elif was and now and (was.active != now.active or was.theme_id != now.theme_id):
            change = replace(change, status=Status.CHANGED)
        changes.append(change)
    return tuple(changes)


def _balance_text(target: TargetBalance | None, organisation: Framework, language: str) -> str:
    """The balance as one line ("Borgere og samfund 40 % · …"), so that its diff marks the shares."""
    if target is None:
        return ""
    percent = " %" if language == "da" else "%"
    return " · ".join(f"{theme.name.get(language)} {target.share(theme.id)}{percent}" for theme in organisation.themes)

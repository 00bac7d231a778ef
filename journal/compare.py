"""What changed between two versions of the personal framework, for the revision history.

Pure functions from two :class:`PersonalFramework` values (two revisions, or a revision and the
current text) to a :class:`Comparison`: per part, per theme text, per own success criterion and
for the target balance, whether it was added, removed, changed (or retired) or left as it was,
with a word-level diff as HTML; :func:`compare_html` renders the whole of it for the view. The
HTML keeps to what QTextBrowser shows: spans with inline styles (no ``<ins>``/``<del>``, which
Qt's rich text does not know), every user text escaped.

The parts and the theme texts are Markdown, and are shown rendered, as everywhere else
(:func:`markdown_diff_html`); own success criteria and the balance are plain lines
(:func:`word_diff_html`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from html import escape
from typing import TypeVar

from framework import Framework
from framework.personal import OwnCriterion, Part, PersonalFramework, TargetBalance

from .render import markdown_html, shift_headings
from .words import word

# Explicit text colours too, so the marks read the same on a light and a dark palette.
INSERTED_STYLE = "background-color:#d4f5dc; color:#0d4a1f"
DELETED_STYLE = "background-color:#fbdede; color:#8a1616; text-decoration:line-through"
MUTED_STYLE = "color:#5f6b73"
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_T = TypeVar("_T")


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
    blocks: bool = False  # diff_html is rendered Markdown (paragraphs, lists), not one line of text


@dataclass(frozen=True)
class Comparison:
    parts: tuple[Change, ...]
    themes: tuple[Change, ...]
    own_criteria: tuple[Change, ...]
    target: Change

    def changes(self) -> tuple[Change, ...]:
        """Everything that is not unchanged, in the order the view lists it."""
        return tuple(
            c for c in (*self.parts, *self.themes, *self.own_criteria, self.target) if c.status is not Status.UNCHANGED
        )


def compare(old: PersonalFramework, new: PersonalFramework, organisation: Framework, language: str) -> Comparison:
    """``old`` against ``new``. Text that is empty counts as absent: writing a part that was
    empty is "added", emptying one is "removed"."""
    return Comparison(
        parts=_parts(old, new, language),
        themes=tuple(
            _markdown_change(theme.id, theme.name.get(language), old.theme_text(theme.id), new.theme_text(theme.id))
            for theme in organisation.themes
        ),
        own_criteria=_own_criteria(old.own_criteria, new.own_criteria, organisation, language),
        target=_text_change(
            "target",
            word(language, "framework.target"),
            _balance_text(old.target, organisation, language),
            _balance_text(new.target, organisation, language),
        ),
    )


def compare_html(
    old: PersonalFramework, new: PersonalFramework, organisation: Framework, language: str, heading: str
) -> str:
    """The comparison as one HTML fragment for the history view: ``heading`` (the view's own
    words, such as which two versions these are), then only what changed, each under its title
    with its status and its text marked."""
    comparison = compare(old, new, organisation, language)
    html = [f"<h3>{escape(heading)}</h3>"]
    if not comparison.changes():
        html.append(f"<p style='{MUTED_STYLE}'>{word(language, 'compare.none')}</p>")
    groups = (
        ("", comparison.parts),
        (word(language, "compare.themes"), comparison.themes),
        (word(language, "framework.own_criteria"), comparison.own_criteria),
        ("", (comparison.target,)),
    )
    for group, changes in groups:
        changed = [c for c in changes if c.status is not Status.UNCHANGED]
        if group and changed:
            html.append(f"<h4>{escape(group)}</h4>")
        for change in changed:
            status = word(language, f"compare.status.{change.status.value}")
            if change.renamed_from:
                status += ", " + word(language, "compare.renamed", title=escape(change.renamed_from))
            body = f"<div>{change.diff_html}</div>" if change.blocks else f"<p>{change.diff_html}</p>"
            html.append(
                f"<p style='margin-bottom:2px'><b>{escape(change.title)}</b> "
                f"<span style='{MUTED_STYLE}'>({status})</span></p>{body}"
            )
    return "".join(html)


def word_diff_html(old: str, new: str) -> str:
    """``new`` as HTML, with words only in ``old`` struck through and words only in ``new``
    highlighted. Line breaks become ``<br>``. For plain lines of text; see markdown_diff_html."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    html = []
    for tag, a_tokens, b_tokens in _merged_opcodes(a, b, lambda token: not token.strip()):
        a_text, b_text = "".join(a_tokens), "".join(b_tokens)
        if tag == "equal":
            html.append(_escaped(a_text))
        else:
            # A space between the struck words and the new ones, so that neither run together
            # (on screen, and when the comparison is read aloud or copied).
            between = " " if a_text.strip() and b_text.strip() else ""
            html.append(_marked(a_text, DELETED_STYLE) + between + _marked(b_text, INSERTED_STYLE))
    return "".join(html)


def _merged_opcodes(a: list[_T], b: list[_T], is_space: Callable[[_T], bool]) -> list[tuple[str, list[_T], list[_T]]]:
    """difflib's opcodes as the tokens themselves, with a lone space between two changes folded
    into them, so that a rewritten phrase reads as one struck phrase and one new one, not word by word."""
    merged: list[tuple[str, list[_T], list[_T]]] = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        a_tokens, b_tokens = a[i1:i2], b[j1:j2]
        between_changes = 0 < index < len(opcodes) - 1 and all(is_space(token) for token in a_tokens)
        if tag == "equal" and not between_changes:
            merged.append(("equal", a_tokens, b_tokens))
        elif merged and merged[-1][0] == "change":
            _, old_tokens, new_tokens = merged.pop()
            merged.append(("change", old_tokens + a_tokens, new_tokens + b_tokens))
        else:
            merged.append(("change", a_tokens, b_tokens))
    return merged


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _marked(text: str, style: str) -> str:
    return f"<span style='{style}'>{_escaped(text)}</span>" if text else ""


# -- the leader's Markdown ---------------------------------------------------------------------
#
# Both texts are cut into tokens that are either words (letters, spaces, punctuation) or Markdown's
# own signs: a line's block marker ("- ", "## ", "1. ", "> "), emphasis ("**", "_"), code ticks,
# link brackets and addresses, line ends. Lines are matched first (so a paragraph or a list item
# added or removed stays one), then the words of the lines that changed. The merged text keeps
# every sign of the new text and none of the signs only the old one had, so that it is exactly as
# well formed as the new text; a wholly removed line keeps its own signs. Changed words are wrapped
# in private-use characters, the merged text goes through markdown_html (which escapes and
# sanitises), and only then do the characters become the marking spans.

_INS_START, _INS_END, _DEL_START, _DEL_END = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKS = re.compile("[\ue000-\ue003]")
HEADING_LEVELS = 4  # a leader's "# heading" becomes h5: below the comparison's own h3 and h4

_TEXT, _SIGN, _BLOCK, _LINE_END = "text", "sign", "block", "line end"
_WHOLE_LINE_SIGN = re.compile(
    r"[ \t]*(?:(?:`{3,}|~{3,}).*"  # a code fence
    r"|([-*_])(?:[ \t]*\1){2,}[ \t]*"  # a rule
    r"|=+[ \t]*"  # a heading's underline
    r"|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*)$"  # a table's header line
)
_BLOCK_MARKER = re.compile(r"[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]?)*")
_INLINE = re.compile(
    r"(?P<sign>\*+|(?<![^\W_])_+|_+(?![^\W_])|`+|!?\[(?=[^\]\n]*\][(\[])|\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\]\[[^\]\n]*\]|\|)"
    r"|<(?:https?|ftp|mailto):[^>\s]*>|\\[^\w\s]|&#?\w+;|[^\W_]+(?:_+[^\W_]+)*|[ \t]+|.",
)

_Token = tuple[str, str]  # (kind, text)


def markdown_diff_html(old: str, new: str) -> str:
    """``new`` rendered from Markdown, as sanitised HTML, with the words only in ``old`` struck
    through where they were and the words only in ``new`` highlighted. Formatting follows the new
    text (a word that was bold and still is shows bold, unmarked); headings are shifted below the
    comparison's own."""
    old_lines, new_lines = (_MARKS.sub("", text).replace("\r\n", "\n").split("\n") for text in (old, new))
    merged: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            merged += new_lines[j1:j2]
        elif tag == "delete":
            merged += [_whole_line(line, _DEL_START, _DEL_END) for line in old_lines[i1:i2]]
        elif tag == "insert":
            merged += [_whole_line(line, _INS_START, _INS_END) for line in new_lines[j1:j2]]
        else:
            merged.append(_changed_lines(old_lines[i1:i2], new_lines[j1:j2]))
    return _marked_spans(shift_headings(markdown_html("\n".join(merged)), HEADING_LEVELS))


def _line_tokens(line: str) -> list[_Token]:
    if _WHOLE_LINE_SIGN.fullmatch(line):
        return [(_BLOCK, line)]
    body = line.rstrip(" \t")
    marker = _BLOCK_MARKER.match(body).group()
    tokens: list[_Token] = [(_BLOCK, marker)] if marker else []
    tokens += [(_SIGN if m.lastgroup == "sign" else _TEXT, m.group()) for m in _INLINE.finditer(body, len(marker))]
    return tokens + ([(_SIGN, line[len(body) :])] if len(body) < len(line) else [])


def _whole_line(line: str, start: str, end: str) -> str:
    """A line only one side has, with all its signs (it is a paragraph, an item, a heading of its
    own), each run of words between two signs wrapped in ``start`` and ``end``."""
    out, run = [], []
    for kind, text in [*_line_tokens(line), (_SIGN, "")]:
        if kind == _TEXT:
            run.append(text)
            continue
        if run:
            out.append(start + "".join(run) + end)
            run = []
        out.append(text)
    return "".join(out)


def _changed_lines(old_lines: list[str], new_lines: list[str]) -> str:
    """Lines that were rewritten, word by word: the new text's signs, the old text's words where
    they were. Removed words never go before a line's block marker (which must start its line), and
    on a line the new text leaves blank they make a paragraph of their own (rather than joining two
    blocks into one)."""
    old_tokens, new_tokens = _joined_tokens(old_lines), _joined_tokens(new_lines)
    out: list[str] = []
    removed = ""  # struck words waiting for their place
    between = False  # a space after them, before the words that replaced them

    def at_line_start() -> bool:
        return next((piece.endswith("\n") for piece in reversed(out) if piece), True)

    def place_removed(before: str = "") -> None:
        """``before``: the kind of token that follows ("" at the end)."""
        nonlocal removed, between
        if not removed:
            return
        struck = _DEL_START + removed + _DEL_END
        if before in (_LINE_END, "") and at_line_start():
            out.append("\n" + struck + "\n")
        else:
            out.append(struck + (" " if between and before == _TEXT else ""))
        removed, between = "", False

    def put(tokens: list[_Token], start: str = "", end: str = "") -> None:
        run: list[str] = []
        for kind, text in [*tokens, (_SIGN, "")]:
            if kind == _TEXT:
                run.append(text)
                continue
            if run:
                place_removed(_TEXT if start else _SIGN)
                out.append(start + "".join(run) + end)
                run = []
            if kind != _BLOCK and text:
                place_removed(kind)
            out.append(text)

    for tag, a, b in _merged_opcodes(old_tokens, new_tokens, lambda t: t[0] == _TEXT and not t[1].strip()):
        if tag == "equal":
            put(b)
            continue
        place_removed(_SIGN)
        removed = "".join(" " if kind == _LINE_END else text for kind, text in a if kind in (_TEXT, _LINE_END))
        between = bool(removed.strip()) and any(kind == _TEXT and text.strip() for kind, text in b)
        put(b, _INS_START, _INS_END)
    place_removed()
    return "".join(out)


def _joined_tokens(lines: list[str]) -> list[_Token]:
    tokens: list[_Token] = []
    for number, line in enumerate(lines):
        if number:
            tokens.append((_LINE_END, "\n"))
        tokens += _line_tokens(line)
    return tokens


def _marked_spans(html: str) -> str:
    """The private-use marks in ``html`` as styled spans: closed before every tag and opened again
    after it, so that the spans nest whatever Markdown made of the text; no mark stays in an
    attribute (a link's address)."""
    out: list[str] = []
    style = ""  # the mark we are in
    open_span = False
    for piece in _TAG_OR_TEXT.findall(html):
        if piece.startswith("<"):
            if open_span:
                out.append("</span>")
                open_span = False
            out.append(_MARKS.sub("", piece))
            continue
        for part in _MARK_SPLIT.split(piece):
            if part in (_INS_START, _DEL_START):
                style = INSERTED_STYLE if part == _INS_START else DELETED_STYLE
            elif part in (_INS_END, _DEL_END):
                if open_span:
                    out.append("</span>")
                    open_span = False
                style = ""
            elif part:
                if style and not open_span:
                    out.append(f"<span style='{style}'>")
                    open_span = True
                out.append(part)
    if open_span:
        out.append("</span>")
    return "".join(out)


_TAG_OR_TEXT = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+|<")
_MARK_SPLIT = re.compile("([\ue000-\ue003])")


def _text_status(old: str, new: str) -> Status:
    if old == new:
        return Status.UNCHANGED
    if not old:
        return Status.ADDED
    return Status.REMOVED if not new else Status.CHANGED


def _text_change(key: str, title: str, old: str, new: str) -> Change:
    old, new = old.strip(), new.strip()
    return Change(key, title, _text_status(old, new), word_diff_html(old, new))


def _markdown_change(key: str, title: str, old: str, new: str) -> Change:
    old, new = old.strip(), new.strip()
    return Change(key, title, _text_status(old, new), markdown_diff_html(old, new), blocks=True)


def _parts(old: PersonalFramework, new: PersonalFramework, language: str) -> tuple[Change, ...]:
    """By key, in the new order, then the parts only the old one had."""
    keys = [p.key for p in new.parts] + [p.key for p in old.parts if new.part(p.key) is None]
    return tuple(_part_change(old.part(key), new.part(key), language) for key in keys)


def _part_change(old: Part | None, new: Part | None, language: str) -> Change:
    old_title = old.display_title(language) if old else ""
    title = new.display_title(language) if new else old_title
    change = _markdown_change((new or old).key, title, old.body if old else "", new.body if new else "")
    if old is None or new is None:
        return change
    renamed = old_title if old_title != title else ""
    if change.status is Status.UNCHANGED and (renamed or old.private != new.private):
        change = replace(change, status=Status.CHANGED)
    return replace(change, renamed_from=renamed)


def _own_criteria(
    old: tuple[OwnCriterion, ...], new: tuple[OwnCriterion, ...], organisation: Framework, language: str
) -> tuple[Change, ...]:
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

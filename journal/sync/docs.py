"""Each synced thing as a CRDT document (pycrdt's ``Doc``), and back.

A thing's *shape* is what the document holds, in three kinds:

- **texts** (a reflection's title, body and its model's four fields): a ``Text``. A change made
  here becomes the edits that turn the old text into the new one (line by line, then within the
  changed lines), so the same text changed in two places on two machines keeps both changes;
- **sets** (themes, criteria, stakeholders, tags): a ``Map`` whose keys are the members, valued
  by their place in the list. Adding a tag at work and another at home keeps both;
- **values** (everything else: the entry's time, the flags, the Trash, each next step, a whole
  personal framework): the last written, by the hybrid clock. Each device writes its own entry
  (``name`` + US + device) with its stamp; the value is the one of the latest stamp. No two
  devices write the same key, so the document's own rule for rival writes never decides.

Every document reaches the same state on every device from the same changes, in any order and
however often each arrives (pycrdt guarantees it for its types; the values take the latest stamp,
which is the same everywhere). Deleted text is not kept (garbage collection stays on): an erased
name leaves no trace in the document, though it does in change files written before.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from typing import Any

from ..model import Reflection
from ..serialize import reflection_from_dict, reflection_to_dict
from .clock import Stamp

TEXTS = ("title", "body", "situation", "action", "outcome", "learning")
SETS = ("theme_ids", "criterion_ids", "stakeholders", "tags")
VALUES = ("entry_at", "template", "context_id", "private", "starred", "created_at", "updated_at", "deleted_at")
STEP = "step:"
PURGED = "purged"
_SEPARATOR = "\x1f"


@dataclass
class Shape:
    texts: dict[str, str] = field(default_factory=dict)
    sets: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)


def reflection_shape(reflection: Reflection | None) -> Shape:
    """A reflection's shape; ``None``: deleted for good (its texts and sets emptied)."""
    if reflection is None:
        return Shape(dict.fromkeys(TEXTS, ""), {name: [] for name in SETS}, {PURGED: True})
    data = reflection_to_dict(reflection)
    values: dict[str, Any] = {name: data[name] for name in VALUES}
    values[PURGED] = False
    for position, step in enumerate(data["next_steps"]):
        values[STEP + step["id"]] = {"position": position, **{k: step[k] for k in ("text", "due", "done_at")}}
    return Shape({name: data[name] for name in TEXTS}, {name: list(data[name]) for name in SETS}, values)


def shape_reflection(uuid: str, shape: Shape, where: str) -> Reflection | None:
    """The reflection a shape describes; ``None`` when it was deleted for good. Raises
    :class:`journal.errors.ImportFileError` when the document is not yet whole (its first change has not
    arrived) or holds what no reflection can."""
    if shape.values.get(PURGED):
        return None
    steps = sorted(
        ((name[len(STEP) :], step) for name, step in shape.values.items() if name.startswith(STEP) and step),
        key=lambda item: (item[1].get("position", 0), item[0]),
    )
    data = {
        "uuid": uuid,
        **{name: shape.texts.get(name, "") for name in TEXTS},
        **{name: shape.sets.get(name, []) for name in SETS},
        **{name: shape.values.get(name) for name in VALUES if shape.values.get(name) is not None},
        "next_steps": [
            {"id": step_id, **{k: step.get(k) for k in ("text", "due", "done_at")}} for step_id, step in steps
        ],
    }
    return reflection_from_dict(data, where, uuid)


def value_shape(value: Any) -> Shape:
    """Anything else that travels (the personal framework, an own criterion, ...): one value;
    ``None`` when there is none."""
    return Shape(values={"value": value})


def _doc_types():
    from pycrdt import Doc, Map, Text

    return Doc, Map, Text


def new_doc(client: int, state: bytes | None = None):
    Doc, _, _ = _doc_types()
    doc = Doc(client_id=client)
    if state:
        doc.apply_update(state)
    return doc


def state_of(doc) -> bytes:
    return doc.get_update()


def read(doc) -> Shape:
    _, Map, Text = _doc_types()
    shape = Shape()
    for name in TEXTS:
        text = str(doc.get(name, type=Text))
        if text:
            shape.texts[name] = text
    for name in SETS:
        members = doc.get(name, type=Map)
        if len(members):
            shape.sets[name] = [key for _, key in sorted((position, key) for key, position in members.items())]
    latest: dict[str, tuple[str, Any]] = {}
    for key, entry in doc.get("values", type=Map).items():
        name = key.split(_SEPARATOR, 1)[0]
        stamp, value = json.loads(entry)
        if name not in latest or stamp > latest[name][0]:
            latest[name] = (stamp, value)
    shape.values = {name: value for name, (_, value) in latest.items()}
    return shape


def latest_stamp(doc) -> Stamp | None:
    _, Map, _ = _doc_types()
    stamps = [json.loads(entry)[0] for entry in doc.get("values", type=Map).values()]
    return Stamp.parse(max(stamps)) if stamps else None


def write(doc, shape: Shape, stamp: Stamp, texts_too: bool = True) -> bool:
    """Change ``doc`` to hold ``shape``, as edits made now (``stamp``) on this device; whether
    anything changed. What the shape does not name is left as it is."""
    _, Map, Text = _doc_types()
    before = read(doc)
    changed = False
    with doc.transaction():
        for name, new in shape.texts.items():
            old = before.texts.get(name, "")
            if new != old:
                _edit(doc.get(name, type=Text), old, new)
                changed = True
        for name, members in shape.sets.items():
            current = doc.get(name, type=Map)
            wanted = {member: position for position, member in enumerate(members)}
            for member in list(current.keys()):
                if member not in wanted:
                    del current[member]
                    changed = True
            for member, position in wanted.items():
                if current.get(member) != position:
                    current[member] = position
                    changed = True
        values = doc.get("values", type=Map)
        names = set(shape.values) | ({n for n in before.values if n.startswith(STEP)} if shape.values else set())
        for name in names:
            value = shape.values.get(name)
            if before.values.get(name) != value and not (value is None and name not in before.values):
                values[name + _SEPARATOR + stamp.device] = json.dumps([stamp.text(), value], ensure_ascii=False)
                changed = True
    return changed


def _edit(text, old: str, new: str) -> None:
    """The edits that turn ``old`` into ``new`` in ``text``: lines matched first, then each
    changed run of lines cut to what differs. pycrdt counts in UTF-8 bytes."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    edits = []
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a, b = old[starts[i1] : starts[i2]], "".join(new_lines[j1:j2])
        # Cut to whole words: two machines changing the same word then each replace all of it,
        # and the merge holds both words whole ("11 12"), not their letters mixed ("112").
        prefix = _word_start(a, len(_common_prefix(a, b)))
        suffix = _word_start(a[::-1], len(_common_prefix(a[prefix:][::-1], b[prefix:][::-1])))
        edits.append((starts[i1] + prefix, starts[i2] - suffix, b[prefix : len(b) - suffix]))
    for start, end, inserted in reversed(edits):
        at = len(old[:start].encode())
        if end > start:
            del text[at : at + len(old[start:end].encode())]
        if inserted:
            text.insert(at, inserted)


def _word_start(text: str, length: int) -> int:
    """``length`` moved back to where the word it ends in begins (a space or the start)."""
    if length >= len(text) or not text[length : length + 1].strip() or length == 0:
        return length
    while length > 0 and text[length - 1].strip():
        length -= 1
    return length


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


@dataclass(frozen=True)
class Overlap:
    """A text changed on two devices at once, where the changes touch: ``mine`` as it was here,
    ``theirs`` as the other device wrote it; the document holds both merged."""

    field: str
    mine: str
    theirs: str


def overlaps(mine: str, theirs: str, merged: str) -> bool:
    """Whether the two sides' changes touch in the merged text: what the merge took from the other
    side (the merged text against ``mine``) and what it kept of this side (against ``theirs``)
    meet or overlap. Changes in different paragraphs do not."""
    if merged in (mine, theirs):
        return False

    def regions(source: str) -> list[tuple[int, int]]:
        matcher = difflib.SequenceMatcher(None, source.splitlines(True), merged.splitlines(True), autojunk=False)
        return [(j1, j2) for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal"]

    from_theirs, from_mine = regions(mine), regions(theirs)
    return any(a1 <= b2 and b1 <= a2 for a1, a2 in from_theirs for b1, b2 in from_mine)

"""The people a leader writes about: finding every mention of a person (for an access request,
GDPR article 15) and forgetting them (article 17).

A person is looked for by name, as Danish writes it: "Birthe", the possessive "Birthes" (and
"Birthe's"), and for a name ending in s, x or z, "Lars'"; a name of several words ("Birthe
Hansen") as those words in a row, the possessive on the last one. Case does not matter; a name
inside another word does not count ("Birthe" is not in "Birthesen").

Everything the journal holds is looked through: every reflection (the Trash included), its
title, text, the reflection model's four steps, tags and next steps; the personal framework (its
parts, theme texts and own success criteria, retired ones included) and every saved revision.
Forgetting rewrites (or, for reflections, deletes) each place, and then has the store scrub its
file: the search index is rebuilt, freed pages are overwritten and the file is rebuilt
(``secure_delete`` and ``VACUUM``), so no trace stays in the file or in its log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framework.personal import PersonalFramework

from .model import Reflection
from .words import word

if TYPE_CHECKING:
    from .store import Store

REFLECTION_FIELDS = ("title", "body", "situation", "action", "outcome", "learning")


def name_pattern(name: str) -> re.Pattern[str]:
    """The forms of ``name`` in running text, as one case-insensitive pattern."""
    words = [re.escape(word) for word in name.split()]
    if not words or not any(ch.isalnum() for ch in name):
        raise ValueError("a name needs at least one letter")
    last = name.split()[-1]
    possessive = r"(?:'s|')?" if last[-1:].lower() in ("s", "x", "z") else r"(?:'s|s)?"
    return re.compile(r"(?<![^\W_])" + r"\s+".join(words) + possessive + r"(?![^\W_])", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """One place that names the person: ``kind`` is "reflection", "personal_framework" or
    "revision"; ``key`` the reflection's or revision's uuid ("" for the current framework);
    ``fields`` the names of the fields that mention them, and ``count`` how often in all."""

    kind: str
    key: str
    label: str
    fields: tuple[str, ...]
    count: int
    when: Any = None  # the reflection's entry time, the revision's creation time
    in_trash: bool = False
    private: bool = False


@dataclass(frozen=True)
class Found:
    name: str
    mentions: tuple[Mention, ...]

    @property
    def count(self) -> int:
        return sum(m.count for m in self.mentions)

    def reflections(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "reflection"]


def reflection_texts(reflection: Reflection) -> dict[str, str]:
    texts = {name: getattr(reflection, name) for name in REFLECTION_FIELDS}
    texts["tags"] = "\n".join(reflection.tags)
    texts["next_steps"] = "\n".join(step.text for step in reflection.next_steps)
    return texts


def field_name(field: str, language: str) -> str:
    """What a field of :class:`Mention` is called in ``language`` ("part:why" is the part "why")."""
    kind, _, which = field.partition(":")
    if kind in ("situation", "action", "outcome", "learning"):
        return word(language, f"reflection.step.{kind}")
    if kind in ("tags", "next_steps"):
        return word(language, f"reflection.{kind}")
    named = word(language, f"person.field.{kind}")
    return f"{named} {which}" if kind == "part" and which else named


def framework_texts(framework: PersonalFramework) -> dict[str, str]:
    texts = {"name": framework.name, "unit": framework.unit}
    for part in framework.parts:
        texts[f"part:{part.key}"] = f"{part.title}\n{part.body}"
    for theme_text in framework.theme_texts:
        texts[f"theme:{theme_text.theme_id}"] = theme_text.text
    for criterion in framework.own_criteria:
        texts[f"criterion:{criterion.id}"] = criterion.text
    return texts


def _counted(texts: dict[str, str], pattern: re.Pattern[str]) -> tuple[tuple[str, ...], int]:
    counts = {name: len(pattern.findall(text)) for name, text in texts.items()}
    return tuple(name for name, n in counts.items() if n), sum(counts.values())


def find(store: Store, name: str) -> Found:
    """Every place in the journal that names the person."""
    pattern = name_pattern(name)
    mentions = []
    # The search index finds the candidates (every form above is a word start it matches); each is
    # then checked whole. Reading every reflection instead took 8 to 11 s at 100,000.
    for reflection in store.reflections_with_words(name, lambda text: bool(pattern.search(text))):
        fields, count = _counted(reflection_texts(reflection), pattern)
        if count:
            mentions.append(
                Mention(
                    "reflection",
                    reflection.uuid,
                    reflection.title,
                    fields,
                    count,
                    reflection.entry_at,
                    reflection.deleted,
                    reflection.private,
                )
            )
    current = store.personal_framework()
    register = {c.id: c.text for c in store.own_criteria()}
    texts = framework_texts(current) | {f"criterion:{cid}": text for cid, text in register.items()}
    fields, count = _counted(texts, pattern)
    if count:
        mentions.append(Mention("personal_framework", "", current.name, fields, count))
    for revision in store.revisions():
        texts = framework_texts(revision.framework) | {"revision_name": revision.name}
        fields, count = _counted(texts, pattern)
        if count:
            mentions.append(Mention("revision", revision.uuid, revision.name, fields, count, revision.created_at))
    return Found(name, tuple(mentions))


# -- forgetting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Forgotten:
    reflections_changed: int = 0
    reflections_deleted: int = 0
    framework_changed: bool = False
    revisions_changed: int = 0


def forget(store: Store, name: str, marker: str | None) -> Forgotten:
    """Remove the person from the journal: every mention replaced by ``marker``, or (``marker``
    None) every reflection that mentions them deleted for good (the Trash too); the personal
    framework and its revisions are rewritten with the marker either way. Then the store's file is
    scrubbed (see the module). One transaction for the changes; the scrub after it."""
    pattern = name_pattern(name)
    found = find(store, name)
    replacement = marker if marker is not None else ""
    changed = deleted = revisions = 0
    framework_changed = False
    with store.erasing():
        for mention in found.mentions:
            if mention.kind == "reflection":
                if marker is None:
                    store.purge(mention.key)
                    deleted += 1
                else:
                    store.rewrite(_without(store.get(mention.key), pattern, replacement))
                    changed += 1
            elif mention.kind == "personal_framework":
                store.save_personal_framework(_framework_without(store.personal_framework(), pattern, replacement))
                for criterion in store.own_criteria():
                    if pattern.search(criterion.text):
                        store.rewrite_own_criterion(replace(criterion, text=pattern.sub(replacement, criterion.text)))
                framework_changed = True
            else:
                revision = store.revision(mention.key)
                store.rewrite_revision(
                    replace(
                        revision,
                        name=pattern.sub(replacement, revision.name),
                        framework=_framework_without(revision.framework, pattern, replacement),
                    )
                )
                revisions += 1
    store.scrub()
    return Forgotten(changed, deleted, framework_changed, revisions)


def _without(reflection: Reflection, pattern: re.Pattern[str], marker: str) -> Reflection:
    sub = lambda text: pattern.sub(marker, text)  # noqa: E731
    return replace(
        reflection,
        **{name: sub(getattr(reflection, name)) for name in REFLECTION_FIELDS},
        tags=tuple(tag for tag in reflection.tags if not pattern.search(tag)),  # a tag naming them goes
        next_steps=tuple(replace(s, text=sub(s.text)) for s in reflection.next_steps),
    )


def _framework_without(framework: PersonalFramework, pattern: re.Pattern[str], marker: str) -> PersonalFramework:
    data = framework.to_dict()

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(marker, value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {
                k: (v if k in ("id", "key", "theme_id", "created_at", "retired_at") else walk(v))
                for k, v in value.items()
            }
        return value

    return PersonalFramework.from_dict(walk(data))


def forget_everywhere(data_dir: Path, store: Store, name: str, marker: str | None) -> tuple[Forgotten, list[Path]]:
    """:func:`forget` in the open journal, then in every backup (each rewritten whole: see
    journal.backup.rewrite_backups); what changed in the journal, and the backups rewritten."""
    from .backup import rewrite_backups

    done = forget(store, name, marker)
    return done, rewrite_backups(data_dir, lambda backup: forget(backup, name, marker))


def traces(data_dir: Path, name: str) -> list[Path]:
    """The files in the data folder (backups included) whose bytes hold ``name`` in the clear, as
    typed, in lower or upper case or capitalised: after :func:`forget_everywhere`, none. (An
    encrypted folder holds nothing in the clear; the check then says only that.)

    Reads the files directly: call it only with the journal closed in this process, since
    closing a file ends every lock the process holds on it (see store.inspect_database)."""
    from .packs import as_stored

    forms = {form.encode("utf-8") for form in (name, name.lower(), name.upper(), name.title())}
    found = []
    for path in sorted(Path(data_dir).rglob("*")):
        if path.is_file():
            content = as_stored(path)  # a backup's chunk, decompressed
            if any(form in content for form in forms):
                found.append(path)
    return found

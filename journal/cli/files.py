"""Files and frameworks: export, import, the personal framework's revisions, and the
organisation's framework."""

from __future__ import annotations

import shlex
import sys
from contextlib import suppress
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from framework import Framework

from .. import dates
from ..errors import NotFoundError
from ..export import EXPORTERS, Exporter, ExportOptions, formats, get_exporter
from ..model import normalise_tag
from ..paths import DB_FILENAME
from ..store import Store, is_encrypted
from .base import Command, Context, UsageError

if TYPE_CHECKING:
    from ..importers import ImportData, ImportPreview, TagMapping, Target

# The names of journal.importers.IMPORTERS, for --format: the importers (17 ms of imports) are
# loaded by the import command alone (tests/core/test_cli.py keeps the two the same).
IMPORT_FORMATS = ("json", "jrnl", "dayone", "markdown")


def register(command: Command) -> dict:
    # The period report has its own command, with its period and reflections; export is for the rest.
    subjects = sorted({e.subject for e in EXPORTERS} - {"report"})
    export = command("export", "export the whole journal (a backup), your leadership framework, or one reflection")
    export.add_argument(
        "what",
        nargs="?",
        default="journal",
        choices=subjects,
        help="journal (default): everything, to import again; framework: your personal "
        "leadership framework, to read and share; reflection: the one reflection ID, "
        "to print or share (a private one too: you asked for it by its id)",
    )
    export.add_argument(
        "id",
        nargs="?",
        metavar="ID",
        help="export reflection: its id, or its first characters (see 'ledelsesjournal list')",
    )
    export.add_argument(
        "--format",
        "-f",
        choices=sorted({e.name for e in EXPORTERS if e.subject in subjects}),
        help="(default: the one the -o file's name ends in, else "
        + ", ".join(f"{formats(s)[0]} for the {s}" for s in subjects)
        + ")",
    )
    export.add_argument("--output", "-o", metavar="FILE", help="write here (default: standard output)")
    framework_only = export.add_argument_group("export framework")
    framework_only.add_argument(
        "--revision", metavar="ID", help="a saved revision, by id or its first characters (default: the current text)"
    )
    framework_only.add_argument(
        "--with-organisation", action="store_true", help="include the organisation's text beside yours"
    )
    framework_only.add_argument("--no-own-criteria", action="store_true", help="leave your own success criteria out")
    framework_only.add_argument(
        "--include-private", action="store_true", help="include the private part (never exported otherwise)"
    )

    imp = command(
        "import",
        "import this app's export, jrnl's or Day One's JSON export, or a folder of Markdown "
        "files (merges: importing twice adds nothing)",
    )
    imp.add_argument("file", metavar="PATH", help="the file, Day One .zip or folder of Markdown files to import")
    imp.add_argument("--format", "-f", choices=IMPORT_FORMATS, help="(default: recognised from the content)")
    imp.add_argument(
        "--preview",
        action="store_true",
        help="show what the import would bring, with a suggested --map for each tag that is the name "
        "of a theme or usage context, and change nothing",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="TAG=ID",
        help="give the entries tagged TAG this theme (id or name) or success criterion (id), or with "
        "context:ID this usage context (id or label; a reflection keeps the one it has, else gets "
        "the first --map's); theme:ID and criterion:ID say the kind too; repeat for more",
    )
    imp.add_argument("--drop-mapped-tags", action="store_true", help="leave the tags given with --map off the entries")
    imp.add_argument("--json", action="store_true")

    revisions = command("revisions", "list the saved revisions of your personal leadership framework")
    revisions.add_argument("--json", action="store_true")

    fw = command(
        "framework",
        "print the organisation's leadership framework; 'framework check FILE' checks a framework "
        "written as Markdown (see the README) and reports every problem with its line",
    )
    fw.add_argument(
        "action",
        nargs="?",
        choices=["check", "use"],
        help="check FILE; or use FILE: make it the journal's organisation framework ('use naestved-2019': "
        "the bundled one again)",
    )
    fw.add_argument("file", nargs="?", metavar="FILE", help="a framework file (Markdown or JSON)")
    fw.add_argument(
        "--retag",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="with 'use' of a revised framework (replaces: the one in use): give reflections tagged OLD "
        "(a theme, criterion or context id) NEW instead; 'suggested' takes every suggestion; repeat for more",
    )
    fw.add_argument("--json", action="store_true")
    return {"export": cmd_export, "import": cmd_import, "revisions": cmd_revisions, "framework": cmd_framework}


def exporter_for(subject: str, name: str | None, output: str | None) -> Exporter:
    """The exporter asked for; without --format, the one whose suffix the output file has."""
    if name is None:
        suffix = Path(output).suffix.lower() if output else ""
        name = next((e.name for e in EXPORTERS if e.subject == subject and e.suffix == suffix), formats(subject)[0])
    try:
        return get_exporter(subject, name)
    except KeyError as error:
        raise UsageError(error.args[0]) from None


def target_for(exporter: Exporter, output: str | None) -> Path | None:
    """The file to write (None: standard output), refused before anything is read or written."""
    if not output or output == "-":
        if exporter.binary:
            raise UsageError(f"the {exporter.name} export is a binary file: give one with -o FILE")
        return None
    if Path(output).is_dir():
        raise UsageError(f"{output} is a folder; give a file name")
    return Path(output)


def write_export(ctx: Context, exporter: Exporter, target: Path | None, options: ExportOptions) -> int:
    """Write the export to standard output, or to a file whole (as the window writes it too)."""
    if target is None:
        exporter.write(ctx.store, ctx.out, options)
    else:
        exporter.write_file(ctx.store, target, options)
    if ctx.store.path is not None and is_encrypted(ctx.store.path):
        sys.stderr.write(ctx.word("cli.export.plain", file=target or "-") + "\n")
    return 0


def resolve_revision(store: Store, text: str) -> str:
    """The uuid of the one saved revision whose id is or starts with ``text``."""
    wanted = text.strip().lower()
    revisions = store.revisions()
    found = [r.uuid for r in revisions if wanted and r.uuid.startswith(wanted)]
    if len(found) > 1:
        raise NotFoundError(f"more than one revision has an id starting with {wanted}; give more of it")
    if not found:
        known = ", ".join(
            f"{r.uuid[:8]} {r.name!r} {dates.short_date(r.created_at.astimezone().date(), 'en')}" for r in revisions
        )  # in the English of the errors
        raise NotFoundError(f"no revision with id {text!r} (known: {known or 'none saved yet'})")
    return found[0]


def cmd_export(ctx: Context, stdin: IO[str]) -> int:
    a = ctx.args
    exporter = exporter_for(a.what, a.format, a.output)
    if a.what == "reflection" and a.id is None:
        raise UsageError("export reflection needs the reflection's id (see 'ledelsesjournal list')")
    if a.what != "reflection" and a.id is not None:
        raise UsageError(f"a reflection id is only for 'export reflection' (not {a.id!r} after 'export {a.what}')")
    if a.what != "framework":
        given = [
            flag
            for flag, value in (
                ("--revision", a.revision is not None),
                ("--with-organisation", a.with_organisation),
                ("--no-own-criteria", a.no_own_criteria),
                ("--include-private", a.include_private),
            )
            if value
        ]
        if given:
            raise UsageError(f"{given[0]} is only for 'export framework'")
    target = target_for(exporter, a.output)
    options = ExportOptions(
        organisation=ctx.framework,
        revision=resolve_revision(ctx.store, a.revision) if a.revision is not None else None,
        include_organisation=a.with_organisation,
        include_own_criteria=not a.no_own_criteria,
        include_private=a.include_private,
        language=ctx.lang,
        reflection=ctx.store.resolve(a.id) if a.id is not None else None,
    )
    return write_export(ctx, exporter, target, options)


# What a suggested --map target is, by its kind.
KIND_WORDS = {"theme": "common.theme", "criterion": "common.criterion", "context": "reflection.context"}


def map_target(ctx: Context, text: str) -> Target:
    """What one --map value names. ``theme:ID``, ``criterion:ID`` and ``context:ID`` say which kind,
    resolved as `add --theme`, `--criterion` and `--context` do (a context also by the parts of its
    label, as suggestions match it: ``context:3-i-1``); a plain value is a success criterion or
    else a theme, as before contexts could be mapped."""
    from ..importers import Target, suggest

    explicit = Target.parse(text)
    if explicit is not None:
        resolve = {"theme": ctx.theme_id, "criterion": ctx.criterion_id, "context": ctx.context_id}[explicit.kind]
        try:
            return Target(explicit.kind, resolve(explicit.id))
        except UsageError as error:
            by_name = suggest(explicit.id, ctx.framework) if explicit.kind == "context" else None
            if by_name is not None and by_name.kind == "context":
                return by_name
            raise UsageError(f"--map: {error}") from None
    try:
        return Target("criterion", ctx.criterion_id(text))
    except UsageError:
        pass
    try:
        return Target("theme", ctx.theme_id(text))
    except UsageError:
        pass
    themes = ", ".join(theme.id for theme in ctx.framework.themes)
    try:
        hint = f"; for the usage context write context:{ctx.context_id(text)}"
    except UsageError:
        context = suggest(text, ctx.framework)
        hint = (
            f"; for the usage context write {context}"
            if context is not None and context.kind == "context"
            else " (see 'ledelsesjournal framework'); a usage context is written context:ID"
        )
    raise UsageError(f"--map: {text!r} is neither a theme ({themes}) nor a success criterion{hint}") from None


def tag_mapping(ctx: Context, data: ImportData) -> TagMapping | None:
    """The --map options as a TagMapping; a tag the file does not have is refused (a typo would
    otherwise map nothing without a word), and so is a tag given two usage contexts."""
    from ..importers import KINDS, TagMapping, preview

    a = ctx.args
    if not a.map:
        if a.drop_mapped_tags:
            raise UsageError("--drop-mapped-tags needs --map")
        return None
    found = {tag for tag, _ in preview(data).tags}
    chosen: dict[str, list[Target]] = {}
    for pair in a.map:
        tag, _, target = pair.partition("=")
        kind, colon, rest = target.partition(":")
        kind_alone = colon and kind.strip().lower() in KINDS and not rest.strip()  # "context:" and no id
        if not normalise_tag(tag) or not target.strip() or kind_alone:
            raise UsageError(f"--map expects TAG=ID, not {pair!r}")
        tag = normalise_tag(tag)
        if tag not in found:
            raise UsageError(
                f"--map: no entry in {a.file} has the tag {tag!r} (found: {', '.join(sorted(found)) or 'none'})"
            )
        chosen.setdefault(tag, []).append(map_target(ctx, target))
    for tag, targets in chosen.items():
        contexts = list(dict.fromkeys(t.id for t in targets if t.kind == "context"))
        if len(contexts) > 1:
            raise UsageError(
                f"--map: {tag!r} is mapped onto two usage contexts ({', '.join(contexts)}); a reflection has one"
            )
    return TagMapping.of(chosen, keep_tags=not a.drop_mapped_tags)


def target_name(ctx: Context, target: Target) -> str:
    if target.kind == "theme":
        return ctx.theme_name(target.id)
    if target.kind == "context":
        return ctx.context_label(target.id)
    return target.id


def print_preview(ctx: Context, data: ImportData, seen: ImportPreview, mapping: TagMapping | None) -> None:
    """The numbers, the --map given, and a suggestion for each other tag that is a theme's or a
    usage context's name (see :func:`journal.importers.suggest`), with the --map that takes it."""
    from ..importers import context_conflicts, suggest

    mapped = mapping.tags if mapping is not None else frozenset()
    suggestions = {
        tag: target
        for tag, _ in seen.tags
        if tag not in mapped
        for target in [suggest(tag, ctx.framework)]
        if target is not None
    }
    conflicts = context_conflicts(data, mapping) if mapping is not None else 0
    if ctx.args.json:
        value = asdict(seen)
        value.update(
            first=seen.first and seen.first.isoformat(),
            last=seen.last and seen.last.isoformat(),
            tags=dict(seen.tags),
            suggestions={tag: str(target) for tag, target in suggestions.items()},
            skipped={reason: list(names) for reason, names in seen.skipped},
        )
        if mapping is not None:
            value["mapping"] = {
                "themes": mapping.themes,
                "criteria": mapping.criteria,
                "contexts": mapping.contexts,
                "keep_tags": mapping.keep_tags,
                "context_conflicts": conflicts,
            }
        ctx.print_json(value)
        return
    w = ctx.word
    ctx.print(f"Format: {seen.format}")
    ctx.print(
        f"{w('common.reflections')}: {seen.entries} ({seen.new} {w('cli.import.new')}, "
        f"{seen.updated} {w('cli.import.updated')}, {seen.unchanged} {w('cli.import.unchanged')})"
    )
    ctx.print(f"{w('common.period')}: " + (f"{seen.first} – {seen.last}" if seen.entries else w("common.none")))
    ctx.print(
        f"{w('reflection.tags')}: " + (", ".join(f"{tag} ({count})" for tag, count in seen.tags) or w("common.none"))
    )
    if seen.framework:
        ctx.print(f"{w('cli.import.framework')}: {seen.revisions} {w('cli.import.revisions')}")
    if mapping is not None:
        ctx.print(f"{w('cli.import.mapping')}:")
        for tag in sorted(mapping.tags):
            names = [ctx.theme_name(i) for i in mapping.themes.get(tag, ())] + list(mapping.criteria.get(tag, ()))
            if tag in mapping.contexts:
                names.append(f"{w('reflection.context')}: {ctx.context_label(mapping.contexts[tag])}")
            dropped = "" if mapping.keep_tags else f" ({w('cli.import.dropped')})"
            ctx.print(f"  {tag} → {', '.join(names)}{dropped}")
    if suggestions:
        ctx.print(f"{w('cli.import.suggestions')}:")
        for tag, target in suggestions.items():
            ctx.print(
                f"  {tag} → {w(KIND_WORDS[target.kind])}: {target_name(ctx, target)} "
                f"(--map {shlex.quote(f'{tag}={target}')})"
            )
    if (mapping is not None and mapping.contexts) or any(t.kind == "context" for t in suggestions.values()):
        ctx.print(w("cli.import.context_rule") + (" " + w("cli.import.conflicts", n=conflicts) if conflicts else ""))
    print_skipped(ctx, seen.skipped)


SKIPPED_NAMED = 10  # the files named in a skipped line; more are "…"


def print_skipped(ctx: Context, skipped: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """A line for each reason files of a folder were not read (links, named pipes), naming them."""
    for reason, names in skipped:
        listed = ", ".join(names[:SKIPPED_NAMED]) + (", …" if len(names) > SKIPPED_NAMED else "")
        ctx.print(ctx.word(f"cli.import.skipped.{reason}", n=len(names), names=listed))


def cmd_import(ctx: Context, stdin: IO[str]) -> int:
    from ..importers import import_data, preview, read_file, skipped_by_reason

    # Straight into the journal, a file is read once, by the merge (see read_file).
    data = read_file(ctx.args.file, ctx.args.format, check=bool(ctx.args.preview or ctx.args.map))
    mapping = tag_mapping(ctx, data)
    if ctx.args.preview:
        print_preview(ctx, data, preview(data, ctx.store), mapping)
        return 0
    folder = ctx.data_dir
    made = {path: not path.exists() for path in (folder, folder / DB_FILENAME)}
    try:
        result = import_data(ctx.store, data, mapping)
    except BaseException:
        # The merge undid itself; a journal (and folder) this command made for it would stay
        # behind empty, as if something had been imported: removed again.
        ctx.close()
        if made[folder / DB_FILENAME]:
            for suffix in ("", "-wal", "-shm", "-journal"):
                (folder / f"{DB_FILENAME}{suffix}").unlink(missing_ok=True)
            if made[folder]:
                with suppress(OSError):
                    folder.rmdir()  # only if nothing else is in it
        raise
    skipped = skipped_by_reason(data.skipped)
    if ctx.args.json:
        ctx.print_json(
            result.__dict__ | ({"skipped": {reason: list(names) for reason, names in skipped}} if skipped else {})
        )
    else:
        ctx.print(ctx.word("cli.import.result", **result.__dict__))
        if result.templates_added:
            ctx.print(ctx.word("cli.import.templates_added", count=result.templates_added))
        print_skipped(ctx, skipped)
    return 0


def framework_as_dict(framework: Framework, lang: str) -> dict[str, Any]:
    return {
        "id": framework.id,
        "name": framework.name.get(lang),
        "organisation": framework.organisation.get(lang),
        "date": framework.date.isoformat() if framework.date else None,
        "signature": framework.signature.get(lang),
        "vision": framework.vision.get(lang),
        "introduction": [p.get(lang) for p in framework.introduction],
        "themes": [
            {
                "id": theme.id,
                "name": theme.name.get(lang),
                "colour": theme.colour,
                "statements": [{"id": s.id, "text": s.text.get(lang)} for s in theme.statements],
                "sections": [
                    {
                        "heading": section.heading.get(lang),
                        "paragraphs": [p.get(lang) for p in section.paragraphs],
                        "points": [{"id": p.id, "text": p.text.get(lang)} for p in section.points],
                        "criteria": section.criteria,
                    }
                    for section in theme.sections
                ],
                "success_criteria": [{"id": c.id, "text": c.text.get(lang)} for c in theme.success_criteria],
            }
            for theme in framework.themes
        ],
        "usage": framework.usage_audience.get(lang),
        "usage_contexts": [
            {"id": c.id, "label": c.label.get(lang), "text": c.text.get(lang)} for c in framework.usage_contexts
        ],
        "foundations": [{"id": f.id, "text": f.text.get(lang)} for f in framework.foundations],
    }


def cmd_revisions(ctx: Context, stdin: IO[str]) -> int:
    """Oldest first, with the id to give to `export framework --revision`."""
    revisions = ctx.store.revisions()
    if ctx.args.json:
        ctx.print_json([{"uuid": r.uuid, "name": r.name, "created_at": r.created_at.isoformat()} for r in revisions])
        return 0
    for revision in revisions:
        ctx.print(f"{dates.column(revision.created_at.astimezone(), ctx.lang)}  {revision.uuid[:8]}  {revision.name}")
    return 0


def cmd_framework(ctx: Context, stdin: IO[str]) -> int:
    if ctx.args.action in ("check", "use"):
        return _check_framework(ctx, use=ctx.args.action == "use")
    if ctx.args.file:
        raise UsageError("a FILE is given only with 'check' or 'use': 'framework check FILE'")
    fw, lang = ctx.framework, ctx.lang
    if ctx.args.json:
        ctx.print_json(framework_as_dict(fw, lang))
        return 0
    title = f"{fw.name.get(lang)} – {fw.organisation.get(lang)}"
    ctx.print(title)
    ctx.print("=" * len(title))
    if fw.introduction:
        ctx.print(f"\n{fw.headings.introduction.get(lang)}\n" if fw.headings.introduction else "")
        for paragraph in fw.introduction:
            ctx.print(paragraph.get(lang) + "\n")
    if fw.vision:
        ctx.print(f"{ctx.word('cli.vision')}: {fw.vision.get(lang)}")
    for theme in fw.themes:
        ctx.print(f"\n{theme.name.get(lang)} [{theme.id}]")
        ctx.print("-" * len(theme.name.get(lang)))
        for number, section in enumerate(theme.sections):
            if section.heading:
                ctx.print(f"\n  {section.heading.get(lang)}" if number else f"  {section.heading.get(lang)}")
            for paragraph in section.paragraphs:
                ctx.print(f"  {paragraph.get(lang)}")
            for point in section.points:
                ctx.print(
                    f"  {point.id:<14} {point.text.get(lang)}" if section.criteria else f"  {point.text.get(lang)}"
                )
    if fw.usage_audience or fw.usage_contexts:
        ctx.print(f"\n{fw.headings.usage.get(lang)}\n{fw.usage_audience.get(lang)}\n")
        ctx.print(fw.headings.usage_contexts.get(lang))
        for context in fw.usage_contexts:
            ctx.print(f"  {context.id:<22} {context.text.get(lang)}")
    if fw.foundations:
        ctx.print(f"\n{fw.headings.foundations.get(lang)}")
        for foundation in fw.foundations:
            ctx.print(f"  {foundation.text.get(lang)}")
    if fw.signature:
        ctx.print(f"\n{fw.signature.get(lang)}")
    return 0


def _check_framework(ctx: Context, use: bool) -> int:
    """Every problem of a framework file with its line (exit 1), or what it holds (exit 0); with
    ``use``, a good one becomes the journal's framework."""
    from framework import FrameworkError
    from framework.markdown_form import FrameworkProblems

    from .. import organisation

    if not ctx.args.file:
        raise UsageError(f"name the framework file: 'framework {ctx.args.action} FILE'")
    try:
        choice = organisation.read_choice(ctx.args.file)
    except FrameworkProblems as problems:
        if ctx.args.json:
            ctx.print_json(
                {
                    "ok": False,
                    "problems": [
                        {"line": p.line, "kind": p.key, "problem": p.says(organisation.problem_words(ctx.lang))}
                        for p in problems.found
                    ],
                }
            )
        else:
            for line in problems.lines(organisation.problem_words(ctx.lang)):
                ctx.print(line)
            ctx.print(ctx.word("cli.framework.problems", count=len(problems.problems)))
        return 1
    except FrameworkError as error:
        if ctx.args.json:
            ctx.print_json({"ok": False, "problems": [{"line": None, "problem": str(error)}]})
        else:
            ctx.print(str(error))
        return 1
    fw, lang = choice.framework, ctx.lang
    if ctx.args.retag and not use:
        raise UsageError("--retag goes with 'framework use FILE'")
    retagged = _use_framework(ctx, choice) if use else None
    criteria = sum(len(theme.success_criteria) for theme in fw.themes)
    if ctx.args.json:
        ctx.print_json({"ok": True, "in_use": use, "framework": framework_as_dict(fw, lang)})
        return 0
    ctx.print(f"{fw.organisation.get(lang)}: {fw.name.get(lang)} [{fw.id}]")
    ctx.print(
        ctx.word("cli.framework.summary", themes=len(fw.themes), criteria=criteria, contexts=len(fw.usage_contexts))
    )
    for theme in fw.themes:
        ctx.print(f"  {theme.name.get(lang)} [{theme.id}]: {len(theme.success_criteria)}")
    if use:
        ctx.print(ctx.word("cli.framework.in_use", folder=ctx.data_dir))
    if retagged:
        ctx.print(retagged)
    return 0


def _use_framework(ctx: Context, choice) -> str:
    """Make ``choice`` the journal's framework; for a revision of the one it replaces, re-tag as
    --retag says. What was (or could be) re-tagged, to print after the summary."""
    from .. import organisation

    old = organisation.replaced_by(ctx.store, choice.framework)
    moves = organisation.moves(ctx.store, old, choice.framework) if old is not None else []
    accepted: dict[str, dict[str, str]] = {kind: {} for kind in organisation.KINDS}
    for item in ctx.args.retag:
        if item == "suggested":
            for move in moves:
                if move.suggested:
                    accepted[move.kind][move.old_id] = move.suggested
            continue
        before, equals, after = item.partition("=")
        move = next((m for m in moves if m.old_id == before.strip()), None)
        if not equals or move is None:
            known = ", ".join(m.old_id for m in moves) or ctx.word("common.none")
            raise UsageError(f"--retag {item}: give OLD=NEW, OLD one of the ids to map ({known})")
        if after.strip() not in organisation.words_of(choice.framework, move.kind):
            raise UsageError(f"--retag {item}: the new framework has no {move.kind} '{after.strip()}'")
        accepted[move.kind][move.old_id] = after.strip()
    organisation.use(ctx.store, choice)
    if not moves:
        return ""
    lines = [ctx.word("cli.framework.revises", old=old.name.get(ctx.lang), year=old.date.year if old.date else "")]
    for move in moves:
        target = accepted[move.kind].get(move.old_id)
        shown = target or move.suggested
        arrow = f"{move.old_id} → {shown}" if shown else f"{move.old_id} → –"
        mark = "✓" if target else " "
        lines.append(f"  {mark} {arrow:<40} {move.old_text.get(ctx.lang)} ({move.reflections})")
    changed = organisation.retag(ctx.store, accepted)
    lines.append(ctx.word("cli.framework.retagged", count=changed) if changed else ctx.word("cli.framework.retag_hint"))
    return "\n".join(lines)

"""Writing and reading reflections: add, list, search, show; and the templates to write them in."""

from __future__ import annotations

from dataclasses import replace
from typing import IO, Any

from .. import dates
from ..model import STAKEHOLDERS, Reflection, ReflectionFilter, ReflectionSummary, now_local
from ..search import has_words
from ..serialize import reflection_to_dict
from ..templates import has_writing
from .base import Command, Context, UsageError, add_filters, parse_when


def register(command: Command) -> dict:
    add = command("add", "write a new reflection")
    add.add_argument("--title", "-t", default="", help="the title")
    add.add_argument("--body", "-b", help="the text (Markdown); '-' or a pipe reads it from standard input")
    add.add_argument("--date", "-d", type=parse_when, metavar="WHEN", help="when (default: now)")
    add.add_argument(
        "--theme", action="append", default=[], metavar="THEME", help="a theme (id or name); repeat for more"
    )
    add.add_argument("--criterion", action="append", default=[], metavar="ID", help="a success criterion id")
    add.add_argument("--context", metavar="CONTEXT", help="the usage context (id or name)")
    add.add_argument("--stakeholder", action="append", default=[], choices=STAKEHOLDERS)
    add.add_argument("--tag", action="append", default=[], help="a free tag; repeat for more")
    add.add_argument("--private", action="store_true", help="mark as private (left out of exports)")
    add.add_argument("--star", action="store_true", help="star it: a favourite, found again with --starred")
    add.add_argument(
        "--template",
        metavar="TEMPLATE",
        help="write it in a template (id or name, see `templates`): its headings, after the text if one is given; "
        "'model' for the reflection model",
    )
    add.add_argument("--json", action="store_true", help="print the new reflection as JSON")

    add_filters(command("list", "list reflections, newest first"))

    star = command("star", "star a reflection (a favourite), or take its star away with --off")
    star.add_argument("id", help="its id (the first few characters are enough)")
    star.add_argument("--off", action="store_true", help="take the star away")

    show = command("show", "show one reflection")
    show.add_argument("id", help="its id (the first few characters are enough)")
    show.add_argument("--json", action="store_true")

    search = command("search", "full-text search in titles and texts")
    search.add_argument(
        "query",
        nargs="+",
        help="words that must all occur (from three letters also inside words: fravær finds sygefravær)",
    )
    add_filters(search)

    tags = command("tags", "the tags in use, with how many reflections have each (the Trash left out)")
    tags.add_argument("--by-name", action="store_true", help="in alphabetical order (default: most used first)")
    tags.add_argument("--json", action="store_true")

    templates = command("templates", "the templates a reflection can be written in, with their sections")
    templates.add_argument("--json", action="store_true")
    return {
        "add": cmd_add,
        "list": cmd_list,
        "star": cmd_star,
        "show": cmd_show,
        "search": cmd_search,
        "tags": cmd_tags,
        "templates": cmd_templates,
    }


def _read_body(ctx: Context, stdin: IO[str]) -> str:
    body = ctx.args.body
    if body == "-" or (body is None and not stdin.isatty()):
        return stdin.read()
    return body or ""


def cmd_add(ctx: Context, stdin: IO[str]) -> int:
    a = ctx.args
    reflection = Reflection(
        entry_at=a.date or now_local(),
        title=a.title.strip(),
        body=_read_body(ctx, stdin),
        theme_ids=tuple(ctx.theme_id(t) for t in a.theme),
        criterion_ids=tuple(ctx.criterion_id(c) for c in a.criterion),
        context_id=ctx.context_id(a.context) if a.context else None,
        stakeholders=tuple(a.stakeholder),
        tags=tuple(a.tag),
        private=a.private,
        starred=a.star,
    )
    if a.template:
        reflection = _in_template(ctx, reflection, a.template)
    if not reflection.title and not has_writing(reflection.body):
        raise UsageError("a reflection needs a title or a text (--title, --body or standard input)")
    saved = ctx.store.create(reflection)
    if a.json:
        ctx.print_json(reflection_to_dict(saved))
    else:
        title = saved.title or ctx.word("reflection.untitled")
        ctx.print(f"{saved.uuid[:8]}  {dates.column(saved.entry_at, ctx.lang)}  {title}")
    return 0


def _in_template(ctx: Context, reflection: Reflection, key: str) -> Reflection:
    from .. import templates

    known = templates.available(ctx.store, ctx.lang)
    if key.strip() != templates.REFLECTION_MODEL and templates.find(known, key) is None:
        names = ", ".join([templates.REFLECTION_MODEL, *(t.id if not t.own else t.name for t in known)])
        raise UsageError(f"no template {key!r} (choose from: {names})")
    return templates.start_in(reflection, key.strip(), known)


def _summary_line(ctx: Context, summary: ReflectionSummary) -> str:
    themes = ", ".join(ctx.theme_name(t) for t in summary.theme_ids)
    title = summary.title or summary.first_line or ctx.word("reflection.untitled")
    private = f" {ctx.word('cli.list.private')}" if summary.private else ""
    star = "★ " if summary.starred else ""
    return f"{dates.column(summary.entry_at, ctx.lang)}  {summary.uuid[:8]}  {star}{title}{private}" + (
        f"  ({themes})" if themes else ""
    )


def _summary_json(summary: ReflectionSummary) -> dict[str, Any]:
    return {
        "uuid": summary.uuid,
        "entry_at": summary.entry_at.isoformat(),
        "title": summary.title,
        "first_line": summary.first_line,
        "theme_ids": list(summary.theme_ids),
        "private": summary.private,
        "starred": summary.starred,
        "deleted_at": summary.deleted_at.isoformat() if summary.deleted_at else None,
    }


def _print_list(ctx: Context, selection: ReflectionFilter) -> int:
    found = ctx.store.list(selection, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.print_json([_summary_json(s) for s in found])
        return 0
    for summary in found:
        ctx.print(_summary_line(ctx, summary))
    total = ctx.store.count(selection)
    if total > len(found):
        ctx.print(f"… {total - len(found)} {ctx.word('cli.list.more')}")
    return 0


def cmd_list(ctx: Context, stdin: IO[str]) -> int:
    return _print_list(ctx, ctx.selection())


def cmd_search(ctx: Context, stdin: IO[str]) -> int:
    text = " ".join(ctx.args.query)
    if not has_words(text):
        raise UsageError("search needs at least one word")
    return _print_list(ctx, ctx.selection(text))


def cmd_star(ctx: Context, stdin: IO[str]) -> int:
    reflection = ctx.store.get(ctx.store.resolve(ctx.args.id))
    starred = not ctx.args.off
    if reflection.starred != starred:
        reflection = ctx.store.update(replace(reflection, starred=starred))
    title = reflection.title or ctx.word("reflection.untitled")
    ctx.print(ctx.word("cli.star.on" if starred else "cli.star.off", title=title))
    return 0


def cmd_show(ctx: Context, stdin: IO[str]) -> int:
    from ..export.reflection_doc import model_steps

    reflection = ctx.store.get(ctx.store.resolve(ctx.args.id))
    if ctx.args.json:
        ctx.print_json(reflection_to_dict(reflection))
        return 0
    w = ctx.word
    none = w("common.none")
    rows = [
        (
            w("cli.date"),
            f"{dates.long_weekday_date(reflection.entry_at.date(), ctx.lang)}, "
            f"{dates.time_of_day(reflection.entry_at, ctx.lang)} ({reflection.entry_at:%z})",
        ),
        (w("cli.id"), reflection.uuid),
        (w("reflection.themes"), ", ".join(ctx.theme_name(t) for t in reflection.theme_ids) or none),
        (w("reflection.criteria"), "; ".join(ctx.criterion_text(c) for c in reflection.criterion_ids) or none),
        (w("reflection.context"), ctx.context_label(reflection.context_id) if reflection.context_id else none),
        (w("reflection.stakeholders"), ", ".join(reflection.stakeholders) or none),
        (w("reflection.tags"), ", ".join(reflection.tags) or none),
        (w("reflection.private"), w("cli.yes") if reflection.private else w("cli.no")),
        (w("reflection.starred"), w("cli.yes") if reflection.starred else w("cli.no")),
    ]
    if reflection.deleted_at:
        rows.append((w("cli.deleted"), dates.date_and_time(reflection.deleted_at.astimezone(), ctx.lang)))
    title = reflection.title or w("reflection.untitled")
    ctx.print(title)
    ctx.print("=" * max(len(title), 3))
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        ctx.print(f"{label + ':':<{width}} {value}")
    for heading, text in model_steps(reflection, ctx.lang):
        ctx.print(f"\n{heading}:\n{text}")
    if reflection.body.strip():
        ctx.print("\n" + reflection.body.strip())
    if reflection.next_steps:
        ctx.print(f"\n{w('reflection.next_steps')}:")
        for step in reflection.next_steps:
            due = f" ({w('cli.due')} {dates.short_date(step.due, ctx.lang)})" if step.due else ""
            ctx.print(f"  [{' ' if step.open else 'x'}] {step.text}{due}")
    return 0


def cmd_tags(ctx: Context, stdin: IO[str]) -> int:
    """Read from the daily counts the store keeps (as the Patterns view does), not from every
    reflection: a few milliseconds at 100,000 reflections, where jrnl --tags takes minutes."""
    found = ctx.store.tags()
    if ctx.args.by_name:
        found = sorted(found, key=lambda pair: (pair[0].casefold(), pair[0]))
    if ctx.args.json:
        ctx.print_json([{"tag": tag, "count": count} for tag, count in found])
        return 0
    if not found:
        ctx.print(ctx.word("cli.tags.none"))
        return 0
    width = len(str(max(count for _, count in found)))
    for tag, count in found:
        ctx.print(f"{count:>{width}}  {tag}")
    return 0


def cmd_templates(ctx: Context, stdin: IO[str]) -> int:
    """The reflection model, the built-in templates and the leader's own (by name), as the
    window's chooser lists them."""
    from .. import templates
    from ..export.reflection_doc import MODEL_STEPS

    model = [ctx.word(f"reflection.step.{step}") for step in MODEL_STEPS]
    listed = templates.available(ctx.store, ctx.lang)
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "id": templates.REFLECTION_MODEL,
                    "name": templates.model_name(ctx.lang),
                    "own": False,
                    "fields": True,  # its steps are fields of their own, not headings in the text
                    "sections": [{"heading": step, "question": ""} for step in model],
                }
            ]
            + [
                {
                    "id": t.id,
                    "name": t.name,
                    "own": t.own,
                    "fields": False,
                    "sections": [{"heading": s.heading, "question": s.question} for s in t.sections],
                }
                for t in listed
            ]
        )
        return 0
    rows = [(templates.REFLECTION_MODEL, templates.model_name(ctx.lang), "")]
    own = ctx.word("template.own")
    rows += [
        (
            t.id[:8] if t.own else t.id,
            f"{t.name} ({own})" if t.own else t.name,
            " · ".join(s.heading for s in t.sections),
        )
        for t in listed
    ]
    width = max(len(key) for key, _, _ in rows)
    for key, name, sections in rows:
        ctx.print(f"{key:<{width}}  {name}")
        if sections:
            ctx.print(f"{'':<{width}}  {sections}")
    return 0

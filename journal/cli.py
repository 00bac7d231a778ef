"""The command line: the same journal without a window.

Never imports Qt (commands must start fast and work without a screen). Human-readable output by
default, ``--json`` for scripts. A bad argument or file ends in one line on stderr and a non-zero
exit (2 for usage, 1 for anything else), and nothing is changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from framework import LANGUAGES, Framework, load_bundled

from . import __version__, analytics, readings
from .analytics import Period
from .errors import JournalError, NotFoundError
from .export import EXPORTERS, Exporter, ExportOptions, formats, get_exporter
from .fileio import atomic_write
from .importers import IMPORTERS, import_file
from .model import STAKEHOLDERS, Reflection, ReflectionFilter, ReflectionSummary, now_local
from .paths import ENV_DATA_DIR, database_path, ensure_private_dir, resolve_data_dir
from .serialize import reflection_to_dict
from .store import Store

PROG = "ledelsesjournal"

# The command line's few words of its own, in the app's two languages. Error messages are in
# English, like argparse's own.
LABELS = {
    "da": {
        "date": "Dato", "id": "Id", "themes": "Temaer", "criteria": "Succeskriterier", "context": "Kontekst",
        "stakeholders": "Interessenter", "tags": "Tags", "private": "Privat", "yes": "ja", "no": "nej",
        "next_steps": "Næste skridt", "due": "frist", "deleted": "I papirkurven siden", "period": "Periode",
        "all_time": "hele journalen", "reflections": "Refleksioner", "theme": "Tema", "count": "Antal",
        "share": "Andel", "none": "ingen", "situation": "Situation", "action": "Hvad jeg gjorde",
        "outcome": "Hvad der skete", "learning": "Hvad jeg lærer", "found": "fundet", "untitled": "(uden titel)",
        "vision": "Vision", "statements": "Udsagn", "target": "Mål", "cadence": "Rytme",
        "longest_streak": "Flest uger i træk i perioden", "never": "Ingen refleksioner i perioden",
    },
    "en": {
        "date": "Date", "id": "Id", "themes": "Themes", "criteria": "Success criteria", "context": "Context",
        "stakeholders": "Stakeholders", "tags": "Tags", "private": "Private", "yes": "yes", "no": "no",
        "next_steps": "Next steps", "due": "due", "deleted": "In the Trash since", "period": "Period",
        "all_time": "the whole journal", "reflections": "Reflections", "theme": "Theme", "count": "Count",
        "share": "Share", "none": "none", "situation": "Situation", "action": "What I did",
        "outcome": "What happened", "learning": "What I learn", "found": "found", "untitled": "(untitled)",
        "vision": "Vision", "statements": "Statements", "target": "Target", "cadence": "Rhythm",
        "longest_streak": "Most weeks in a row in the period", "never": "No reflections in the period",
    },
}


class UsageError(Exception):
    """A wrong option or value: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- argument types ---------------------------------------------------------------------


def parse_when(text: str) -> datetime:
    """'2026-11-27', '2026-11-27 14:30', ISO with an offset, 'today' or 'yesterday'."""
    value = text.strip().lower()
    today = now_local()
    if value in ("today", "i dag", "idag"):
        return today
    if value in ("yesterday", "i går", "igår"):
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        pass
    else:
        if day == today.date():
            return today
        return datetime.combine(day, time(12, 0)).astimezone()
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use YYYY-MM-DD, 'YYYY-MM-DD HH:MM' or today)"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


# Named periods, all ending today: how many days back (None: since the first reflection).
PERIODS = {"30d": 30, "quarter": 91, "year": 365, "all": None}


# -- the parser ---------------------------------------------------------------------------


def build_parser() -> _Parser:
    # Global options work before and after the command: SUPPRESS keeps a subcommand's
    # absent option from overwriting the value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"the folder holding the journal (default: ${ENV_DATA_DIR}, or your user data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the interface and of the framework's texts (default: da)")

    parser = _Parser(prog=PROG, parents=[common],
                     description="Ledelsesjournal: a reflection journal for leaders. "
                                 "Without a command, the window opens.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway journal filled with a year of sample reflections (never your own)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help: str) -> _Parser:
        return commands.add_parser(name, parents=[common], help=help, description=help)

    def filters(sub: _Parser) -> None:
        sub.add_argument("--theme", action="append", default=[], metavar="THEME",
                         help="only reflections on this theme (id or name; repeat for any of several)")
        sub.add_argument("--criterion", action="append", default=[], metavar="ID", help="only with this success criterion")
        sub.add_argument("--context", action="append", default=[], metavar="CONTEXT", help="only in this usage context")
        sub.add_argument("--stakeholder", action="append", default=[], choices=STAKEHOLDERS)
        sub.add_argument("--tag", action="append", default=[], help="only with this tag")
        sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE", help="from this date (YYYY-MM-DD)")
        sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE", help="up to and including this date")
        privacy = sub.add_mutually_exclusive_group()
        privacy.add_argument("--private", dest="private", action="store_const", const=True, help="only private ones")
        privacy.add_argument("--not-private", dest="private", action="store_const", const=False,
                             help="leave private ones out")
        sub.add_argument("--limit", type=positive, default=20, metavar="N", help="show at most N (default 20)")
        sub.add_argument("--trash", action="store_true", help="look in the Trash instead")
        sub.add_argument("--json", action="store_true", help="print JSON")

    add = command("add", "write a new reflection")
    add.add_argument("--title", "-t", default="", help="the title")
    add.add_argument("--body", "-b", help="the text (Markdown); '-' or a pipe reads it from standard input")
    add.add_argument("--date", "-d", type=parse_when, metavar="WHEN", help="when (default: now)")
    add.add_argument("--theme", action="append", default=[], metavar="THEME", help="a theme (id or name); repeat for more")
    add.add_argument("--criterion", action="append", default=[], metavar="ID", help="a success criterion id")
    add.add_argument("--context", metavar="CONTEXT", help="the usage context (id or name)")
    add.add_argument("--stakeholder", action="append", default=[], choices=STAKEHOLDERS)
    add.add_argument("--tag", action="append", default=[], help="a free tag; repeat for more")
    add.add_argument("--private", action="store_true", help="mark as private (left out of exports)")
    add.add_argument("--json", action="store_true", help="print the new reflection as JSON")

    filters(command("list", "list reflections, newest first"))

    show = command("show", "show one reflection")
    show.add_argument("id", help="its id (the first few characters are enough)")
    show.add_argument("--json", action="store_true")

    search = command("search", "full-text search in titles and texts")
    search.add_argument("query", nargs="+", help="words that must all occur (as word starts)")
    filters(search)

    def period(sub: _Parser) -> None:
        sub.add_argument("--period", choices=PERIODS,
                         help="the last 30 days, 91 days (quarter) or 365 days (year), or all since the first "
                              "reflection; ends today (not with --from/--to)")
        sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE", help="from this date (YYYY-MM-DD)")
        sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE",
                         help="up to and including this date (default: today)")

    stats = command("stats", "reflections per theme and success criterion, the balance, rhythm and next steps")
    period(stats)
    stats.add_argument("--json", action="store_true")

    # The period report has its own command, with its period and reflections; export is for the rest.
    subjects = sorted({e.subject for e in EXPORTERS} - {"report"})
    export = command("export", "export the whole journal (a backup), or your leadership framework")
    export.add_argument("what", nargs="?", default="journal", choices=subjects,
                        help="journal (default): everything, to import again; framework: your personal "
                             "leadership framework, to read and share")
    export.add_argument("--format", "-f", choices=sorted({e.name for e in EXPORTERS if e.subject in subjects}),
                        help="(default: the one the -o file's name ends in, else "
                             + ", ".join(f"{formats(s)[0]} for the {s}" for s in subjects) + ")")
    export.add_argument("--output", "-o", metavar="FILE", help="write here (default: standard output)")
    framework_only = export.add_argument_group("export framework")
    framework_only.add_argument("--revision", metavar="ID",
                                help="a saved revision, by id or its first characters (default: the current text)")
    framework_only.add_argument("--with-organisation", action="store_true",
                                help="include the organisation's text beside yours")
    framework_only.add_argument("--no-own-criteria", action="store_true", help="leave your own success criteria out")
    framework_only.add_argument("--include-private", action="store_true",
                                help="include the private part (never exported otherwise)")

    report = command("report", "a period report (balance, development, success criteria, chosen reflections, "
                               "next steps) to prepare a development conversation or a 3-i-1 follow-up")
    period(report)
    report.add_argument("--reflection", action="append", default=[], metavar="ID",
                        help="quote this reflection (its id or first characters; repeat for more). Only "
                             "reflections named here are quoted, so a private one only when named")
    report.add_argument("--format", "-f", choices=formats("report"),
                        help="(default: the one the -o file's name ends in, else html)")
    report.add_argument("--output", "-o", metavar="FILE",
                        help="write here (default: standard output; pdf needs a file)")

    imp = command("import", "import a file (merges; importing twice adds nothing)")
    imp.add_argument("file", help="the file to import")
    imp.add_argument("--format", "-f", choices=[i.name for i in IMPORTERS], help="(default: recognised from the file)")
    imp.add_argument("--json", action="store_true")

    revisions = command("revisions", "list the saved revisions of your personal leadership framework")
    revisions.add_argument("--json", action="store_true")

    fw = command("framework", "print the organisation's leadership framework")
    fw.add_argument("--json", action="store_true")
    return parser


# -- running ------------------------------------------------------------------------------


class Context:
    """What a command needs: the parsed options, the framework, and the store when opened."""

    def __init__(self, args: argparse.Namespace, out: IO[str]):
        self.args = args
        self.out = out
        self.lang: str = getattr(args, "lang", None) or "da"
        self.words = LABELS[self.lang]
        self.framework: Framework = load_bundled()
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            folder = ensure_private_dir(resolve_data_dir(getattr(self.args, "data_dir", None)))
            self._store = Store.open(database_path(folder))
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def print_json(self, value: Any) -> None:
        self.out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    # -- resolving what the user typed to framework ids ---------------------------------

    @staticmethod
    def _match(text: str, kind: str, candidates: list[tuple[str, list[str]]]) -> str:
        """The id of the candidate whose id or name is ``text``, or the one it starts uniquely."""
        wanted = text.strip().lower()
        for cid, names in candidates:
            if wanted == cid or wanted in (name.lower() for name in names):
                return cid
        starts = [cid for cid, names in candidates
                  if cid.startswith(wanted) or any(name.lower().startswith(wanted) for name in names)]
        if len(starts) == 1 and wanted:
            return starts[0]
        raise UsageError(f"unknown {kind} {text!r} (known: {', '.join(cid for cid, _ in candidates)})")

    def theme_id(self, text: str) -> str:
        return self._match(text, "theme", [(t.id, [n for _, n in t.name.values]) for t in self.framework.themes])

    def context_id(self, text: str) -> str:
        return self._match(text, "usage context",
                           [(c.id, [n for _, n in c.label.values]) for c in self.framework.usage_contexts])

    def criterion_id(self, text: str) -> str:
        wanted = text.strip()
        if self.framework.has_criterion(wanted) or any(c.id == wanted for c in self.store.own_criteria()):
            return wanted
        known = ", ".join(c.id for c in self.framework.criteria())
        raise UsageError(f"unknown success criterion {text!r} (known: {known}, or an own criterion 'own:…')")

    def selection(self, text: str = "") -> ReflectionFilter:
        a = self.args
        if a.date_from and a.date_to and a.date_from > a.date_to:
            raise UsageError("--from is after --to")
        return ReflectionFilter(
            text=text,
            theme_ids=tuple(self.theme_id(t) for t in a.theme),
            criterion_ids=tuple(self.criterion_id(c) for c in a.criterion),
            context_ids=tuple(self.context_id(c) for c in a.context),
            stakeholders=tuple(a.stakeholder),
            tags=tuple(a.tag),
            private=a.private,
            date_from=a.date_from,
            date_to=a.date_to,
            deleted=a.trash,
        )

    def period(self, today: date) -> Period | None:
        """The period of --period, or of --from/--to (up to today without --to); None if neither."""
        a = self.args
        if a.period and (a.date_from or a.date_to):
            raise UsageError("--period cannot be combined with --from or --to")
        if a.period:
            days = PERIODS[a.period]
            return Period.all_time(today) if days is None else Period.last_days(days, today)
        if not (a.date_from or a.date_to):
            return None
        end = a.date_to or today
        if a.date_from and a.date_from > end:
            raise UsageError("--from is after --to" if a.date_to else "--from is after today (give --to)")
        return Period(a.date_from, end)

    # -- names for ids -----------------------------------------------------------------------

    def theme_name(self, theme_id: str) -> str:
        return self.framework.theme(theme_id).name.get(self.lang) if self.framework.has_theme(theme_id) else theme_id

    def criterion_text(self, criterion_id: str) -> str:
        if self.framework.has_criterion(criterion_id):
            return self.framework.criterion(criterion_id).text.get(self.lang)
        own = {c.id: c.text for c in self.store.own_criteria()}
        return own.get(criterion_id, criterion_id)

    def context_label(self, context_id: str) -> str:
        return self.framework.context(context_id).label.get(self.lang) if self.framework.has_context(context_id) else context_id


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
    )
    if not reflection.title and not reflection.body.strip():
        raise UsageError("a reflection needs a title or a text (--title, --body or standard input)")
    saved = ctx.store.create(reflection)
    if a.json:
        ctx.print_json(reflection_to_dict(saved))
    else:
        ctx.print(f"{saved.uuid[:8]}  {saved.entry_at:%Y-%m-%d %H:%M}  {saved.title or ctx.words['untitled']}")
    return 0


def _summary_line(ctx: Context, summary: ReflectionSummary) -> str:
    themes = ", ".join(ctx.theme_name(t) for t in summary.theme_ids)
    title = summary.title or summary.first_line or ctx.words["untitled"]
    private = " [privat]" if summary.private and ctx.lang == "da" else " [private]" if summary.private else ""
    return f"{summary.entry_at:%Y-%m-%d %H:%M}  {summary.uuid[:8]}  {title}{private}" + (f"  ({themes})" if themes else "")


def _summary_json(summary: ReflectionSummary) -> dict[str, Any]:
    return {
        "uuid": summary.uuid, "entry_at": summary.entry_at.isoformat(), "title": summary.title,
        "first_line": summary.first_line, "theme_ids": list(summary.theme_ids), "private": summary.private,
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
        more = "flere – brug --limit" if ctx.lang == "da" else "more – use --limit"
        ctx.print(f"… {total - len(found)} {more}")
    return 0


def cmd_list(ctx: Context, stdin: IO[str]) -> int:
    return _print_list(ctx, ctx.selection())


def cmd_search(ctx: Context, stdin: IO[str]) -> int:
    text = " ".join(ctx.args.query)
    if not text.strip() or not any(ch.isalnum() for ch in text):
        raise UsageError("search needs at least one word")
    return _print_list(ctx, ctx.selection(text))


def cmd_show(ctx: Context, stdin: IO[str]) -> int:
    reflection = ctx.store.get(ctx.store.resolve(ctx.args.id))
    if ctx.args.json:
        ctx.print_json(reflection_to_dict(reflection))
        return 0
    w = ctx.words
    rows = [
        (w["date"], f"{reflection.entry_at:%Y-%m-%d %H:%M} ({reflection.entry_at:%z})"),
        (w["id"], reflection.uuid),
        (w["themes"], ", ".join(ctx.theme_name(t) for t in reflection.theme_ids) or w["none"]),
        (w["criteria"], "; ".join(ctx.criterion_text(c) for c in reflection.criterion_ids) or w["none"]),
        (w["context"], ctx.context_label(reflection.context_id) if reflection.context_id else w["none"]),
        (w["stakeholders"], ", ".join(reflection.stakeholders) or w["none"]),
        (w["tags"], ", ".join(reflection.tags) or w["none"]),
        (w["private"], w["yes"] if reflection.private else w["no"]),
    ]
    if reflection.deleted_at:
        rows.append((w["deleted"], f"{reflection.deleted_at.astimezone():%Y-%m-%d %H:%M}"))
    ctx.print(reflection.title or w["untitled"])
    ctx.print("=" * max(len(reflection.title or w["untitled"]), 3))
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        ctx.print(f"{label + ':':<{width}} {value}")
    for key in ("situation", "action", "outcome", "learning"):
        if getattr(reflection, key).strip():
            ctx.print(f"\n{w[key]}:\n{getattr(reflection, key).strip()}")
    if reflection.body.strip():
        ctx.print("\n" + reflection.body.strip())
    if reflection.next_steps:
        ctx.print(f"\n{w['next_steps']}:")
        for step in reflection.next_steps:
            due = f" ({w['due']} {step.due.isoformat()})" if step.due else ""
            ctx.print(f"  [{' ' if step.open else 'x'}] {step.text}{due}")
    return 0


def cmd_stats(ctx: Context, stdin: IO[str]) -> int:
    a = ctx.args
    today = now_local().date()
    period = ctx.period(today)
    # The counts keep the open ends they always had: without --to, every date counts.
    date_from, date_to = (period.start, period.end) if a.period else (a.date_from, a.date_to)
    counts = ctx.store.period_counts(date_from, date_to)
    own = ctx.store.own_criteria()
    criteria = [c.id for c in ctx.framework.criteria()] + [c.id for c in own]
    figures = Figures(ctx, (period or Period.all_time(today)).resolved(ctx.store), today)
    if a.json:
        ctx.print_json({
            "from": date_from.isoformat() if date_from else None,
            "to": date_to.isoformat() if date_to else None,
            "total": counts.total,
            "themes": {t.id: counts.themes.get(t.id, 0) for t in ctx.framework.themes},
            "criteria": {cid: counts.criteria.get(cid, 0) for cid in criteria},
            **figures.as_json(),
        })
        return 0
    w = ctx.words
    shown = f"{date_from or '…'} – {date_to or '…'}" if date_from or date_to else w["all_time"]
    ctx.print(f"{w['period']}: {shown}    {w['reflections']}: {counts.total}")
    tagged = sum(counts.themes.get(t.id, 0) for t in ctx.framework.themes)
    ctx.print()
    name_width = max(len(ctx.theme_name(t.id)) for t in ctx.framework.themes)
    ctx.print(f"{w['theme']:<{name_width}}  {w['count']:>6}  {w['share']:>6}  {w['target']:>6}")
    for theme in ctx.framework.themes:
        count = counts.themes.get(theme.id, 0)
        share = f"{round(100 * count / tagged)} %" if tagged else "–"
        target = figures.balance.share(theme.id).target
        aim = f"{round(100 * target)} %" if target is not None else "–"
        ctx.print(f"{ctx.theme_name(theme.id):<{name_width}}  {count:>6}  {share:>6}  {aim:>6}")
    ctx.print()
    for line in figures.lines():
        ctx.print(line)
    ctx.print(f"\n{w['criteria']}:")
    for cid in criteria:
        text = ctx.criterion_text(cid)
        ctx.print(f"  {counts.criteria.get(cid, 0):>5}  {cid:<14} {text if len(text) <= 70 else text[:69] + '…'}")
    return 0


class Figures:
    """The patterns of a period that `stats` adds to its counts: balance, rhythm, the success
    criteria left untouched and the next steps (which are open now, whatever the period)."""

    def __init__(self, ctx: Context, period: Period, today: date):
        personal = ctx.store.personal_framework()
        self.ctx = ctx
        self.period = period
        self.balance = analytics.balance(ctx.store, ctx.framework, period, personal.target)
        self.cadence = analytics.cadence(ctx.store, period)
        self.never = [c.criterion_id for c in
                      analytics.coverage(ctx.store, ctx.framework, period, personal.own_criteria).never()]
        self.steps = analytics.next_steps(ctx.store, today)

    def as_json(self) -> dict[str, Any]:
        cadence = self.cadence
        return {
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
                       "days": self.period.days},
            "balance": {s.theme_id: {"count": s.count, "share": round(s.share, 4), "target": s.target}
                        for s in self.balance.shares},
            "cadence": {"reflections": cadence.reflections, "per_week": round(cadence.per_week, 2),
                        "active_days": cadence.active_days, "current_streak_weeks": cadence.current_streak,
                        "longest_streak_weeks": cadence.longest_streak, "longest_gap_days": cadence.longest_gap},
            "never_reflected": self.never,
            "next_steps": {"open": len(self.steps.items), "due": self.steps.count(analytics.DUE),
                           "overdue": self.steps.count(analytics.OVERDUE)},
        }

    def lines(self) -> list[str]:
        w, lang = self.ctx.words, self.ctx.lang
        lines = [
            readings.balance_reading(self.balance, self.ctx.framework, lang),
            f"{w['cadence']}: {readings.cadence_reading(self.cadence, lang)}",
            f"{w['longest_streak']}: {self.cadence.longest_streak}",
            readings.next_steps_reading(self.steps, lang),
        ]
        if self.never:
            lines.append(f"{w['never']}: {', '.join(self.never)}")
        return lines


def _exporter(subject: str, name: str | None, output: str | None) -> Exporter:
    """The exporter asked for; without --format, the one whose suffix the output file has."""
    if name is None:
        suffix = Path(output).suffix.lower() if output else ""
        name = next((e.name for e in EXPORTERS if e.subject == subject and e.suffix == suffix), formats(subject)[0])
    try:
        return get_exporter(subject, name)
    except KeyError as error:
        raise UsageError(error.args[0]) from None


def _target(exporter: Exporter, output: str | None) -> Path | None:
    """The file to write (None: standard output), refused before anything is read or written."""
    if not output or output == "-":
        if exporter.binary:
            raise UsageError(f"the {exporter.name} export is a binary file: give one with -o FILE")
        return None
    if Path(output).is_dir():
        raise UsageError(f"{output} is a folder; give a file name")
    return Path(output)


def _write(ctx: Context, exporter: Exporter, target: Path | None, options: ExportOptions) -> int:
    """Write the export, to a file through a temporary one, so no half file is ever left."""
    if target is None:
        exporter.write(ctx.store, ctx.out, options)
        return 0
    with atomic_write(target, binary=exporter.binary) as handle:
        exporter.write(ctx.store, handle, options)
    return 0


def resolve_revision(store: Store, text: str) -> str:
    """The uuid of the one saved revision whose id is or starts with ``text``."""
    wanted = text.strip().lower()
    revisions = store.revisions()
    found = [r.uuid for r in revisions if wanted and r.uuid.startswith(wanted)]
    if len(found) > 1:
        raise NotFoundError(f"more than one revision has an id starting with {wanted}; give more of it")
    if not found:
        known = ", ".join(f"{r.uuid[:8]} {r.name!r} {r.created_at.astimezone():%Y-%m-%d}" for r in revisions)
        raise NotFoundError(f"no revision with id {text!r} (known: {known or 'none saved yet'})")
    return found[0]


def cmd_export(ctx: Context, stdin: IO[str]) -> int:
    a = ctx.args
    exporter = _exporter(a.what, a.format, a.output)
    if a.what != "framework":
        given = [flag for flag, value in (("--revision", a.revision is not None),
                                          ("--with-organisation", a.with_organisation),
                                          ("--no-own-criteria", a.no_own_criteria),
                                          ("--include-private", a.include_private)) if value]
        if given:
            raise UsageError(f"{given[0]} is only for 'export framework'")
    target = _target(exporter, a.output)
    options = ExportOptions(
        organisation=ctx.framework,
        revision=resolve_revision(ctx.store, a.revision) if a.revision is not None else None,
        include_organisation=a.with_organisation,
        include_own_criteria=not a.no_own_criteria,
        include_private=a.include_private,
        language=ctx.lang,
    )
    return _write(ctx, exporter, target, options)


def cmd_report(ctx: Context, stdin: IO[str]) -> int:
    """The period report; the reflections named with --reflection are the only ones quoted."""
    a = ctx.args
    exporter = _exporter("report", a.format, a.output)
    target = _target(exporter, a.output)
    today = now_local().date()
    options = ExportOptions(
        organisation=ctx.framework,
        language=ctx.lang,
        today=today,
        period=ctx.period(today),
        reflections=tuple(ctx.store.resolve(text) for text in a.reflection),
    )
    return _write(ctx, exporter, target, options)


def cmd_import(ctx: Context, stdin: IO[str]) -> int:
    result = import_file(ctx.store, ctx.args.file, ctx.args.format)
    if ctx.args.json:
        ctx.print_json(result.__dict__)
    elif ctx.lang == "da":
        ctx.print(f"{result.added} tilføjet, {result.updated} opdateret, {result.unchanged} uændret"
                  f", {result.revisions_added} revisioner tilføjet")
    else:
        ctx.print(f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged"
                  f", {result.revisions_added} revisions added")
    return 0


def framework_as_dict(framework: Framework, lang: str) -> dict[str, Any]:
    return {
        "id": framework.id,
        "name": framework.name.get(lang),
        "organisation": framework.organisation.get(lang),
        "date": framework.date.isoformat(),
        "signature": framework.signature.get(lang),
        "vision": framework.vision.get(lang),
        "introduction": [p.get(lang) for p in framework.introduction],
        "themes": [
            {
                "id": theme.id, "name": theme.name.get(lang), "colour": theme.colour,
                "statements": [{"id": s.id, "text": s.text.get(lang)} for s in theme.statements],
                "why": [p.get(lang) for p in theme.why],
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
        ctx.print(f"{revision.created_at.astimezone():%Y-%m-%d %H:%M}  {revision.uuid[:8]}  {revision.name}")
    return 0


def cmd_framework(ctx: Context, stdin: IO[str]) -> int:
    fw, lang = ctx.framework, ctx.lang
    if ctx.args.json:
        ctx.print_json(framework_as_dict(fw, lang))
        return 0
    title = f"{fw.name.get(lang)} – {fw.organisation.get(lang)}"
    ctx.print(title)
    ctx.print("=" * len(title))
    ctx.print(f"\n{fw.headings.introduction.get(lang)}\n")
    for paragraph in fw.introduction:
        ctx.print(paragraph.get(lang) + "\n")
    ctx.print(f"{ctx.words['vision']}: {fw.vision.get(lang)}")
    for theme in fw.themes:
        ctx.print(f"\n{theme.name.get(lang)} [{theme.id}]")
        ctx.print("-" * len(theme.name.get(lang)))
        for statement in theme.statements:
            ctx.print(f"  {statement.text.get(lang)}")
        ctx.print(f"\n  {fw.headings.why.get(lang)}")
        for paragraph in theme.why:
            ctx.print(f"  {paragraph.get(lang)}")
        ctx.print(f"\n  {fw.headings.success_criteria.get(lang)}")
        for criterion in theme.success_criteria:
            ctx.print(f"  {criterion.id:<14} {criterion.text.get(lang)}")
    ctx.print(f"\n{fw.headings.usage.get(lang)}\n{fw.usage_audience.get(lang)}\n")
    ctx.print(fw.headings.usage_contexts.get(lang))
    for context in fw.usage_contexts:
        ctx.print(f"  {context.id:<22} {context.text.get(lang)}")
    ctx.print(f"\n{fw.headings.foundations.get(lang)}")
    for foundation in fw.foundations:
        ctx.print(f"  {foundation.text.get(lang)}")
    ctx.print(f"\n{fw.signature.get(lang)}")
    return 0


COMMANDS = {
    "add": cmd_add, "list": cmd_list, "show": cmd_show, "search": cmd_search, "stats": cmd_stats,
    "export": cmd_export, "report": cmd_report, "import": cmd_import, "revisions": cmd_revisions,
    "framework": cmd_framework,
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; raises :class:`UsageError` for a bad option."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, out: IO[str] | None = None, err: IO[str] | None = None,
        stdin: IO[str] | None = None) -> int:
    """Run a parsed command and return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    ctx = Context(args, out)
    try:
        return COMMANDS[args.command](ctx, stdin or sys.stdin)
    except UsageError as error:
        err.write(f"{PROG} {args.command}: error: {error}\n")
        return 2
    except NotFoundError as error:
        err.write(f"{PROG} {args.command}: error: {error}\n")
        return 1
    except JournalError as error:
        err.write(f"{PROG}: error: {error}\n")
        return 1
    except BrokenPipeError:
        return 0  # e.g. `ledelsesjournal list | head`
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry for the subcommands (see ``journal.__main__`` for the window)."""
    try:
        args = parse_args(argv)
    except UsageError as error:
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 2
    return run(args)

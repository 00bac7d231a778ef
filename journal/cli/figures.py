"""The patterns in figures: `stats`, and the period `report`."""

from __future__ import annotations

from datetime import date
from typing import IO, TYPE_CHECKING, Any

from ..export import ExportOptions, formats
from ..model import now_local
from .base import Command, Context, add_period
from .files import exporter_for, target_for, write_export

if TYPE_CHECKING:
    from ..analytics import Period


def register(command: Command) -> dict:
    stats = command("stats", "reflections per theme and success criterion, the balance, rhythm and next steps")
    add_period(stats)
    stats.add_argument("--json", action="store_true")

    report = command(
        "report",
        "a period report (balance, development, success criteria, chosen reflections, "
        "next steps) to prepare a development conversation or a 3-i-1 follow-up",
    )
    add_period(report)
    report.add_argument(
        "--reflection",
        action="append",
        default=[],
        metavar="ID",
        help="quote this reflection (its id or first characters; repeat for more). Only "
        "reflections named here are quoted, so a private one only when named",
    )
    report.add_argument(
        "--format", "-f", choices=formats("report"), help="(default: the one the -o file's name ends in, else html)"
    )
    report.add_argument(
        "--output", "-o", metavar="FILE", help="write here (default: standard output; pdf needs a file)"
    )
    return {"stats": cmd_stats, "report": cmd_report}


def cmd_stats(ctx: Context, stdin: IO[str]) -> int:
    from ..analytics import Period

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
        ctx.print_json(
            {
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
                "total": counts.total,
                "themes": {t.id: counts.themes.get(t.id, 0) for t in ctx.framework.themes},
                "criteria": {cid: counts.criteria.get(cid, 0) for cid in criteria},
                **figures.as_json(),
            }
        )
        return 0
    w = ctx.word
    shown = f"{date_from or '…'} – {date_to or '…'}" if date_from or date_to else w("cli.all_time")
    ctx.print(f"{w('common.period')}: {shown}    {w('common.reflections')}: {counts.total}")
    tagged = sum(counts.themes.get(t.id, 0) for t in ctx.framework.themes)
    ctx.print()
    name_width = max(len(ctx.theme_name(t.id)) for t in ctx.framework.themes)
    ctx.print(f"{w('common.theme'):<{name_width}}  {w('cli.count'):>6}  {w('cli.share'):>6}  {w('cli.target'):>6}")
    for theme in ctx.framework.themes:
        count = counts.themes.get(theme.id, 0)
        share = f"{round(100 * count / tagged)} %" if tagged else "–"
        target = figures.balance.share(theme.id).target
        aim = f"{round(100 * target)} %" if target is not None else "–"
        ctx.print(f"{ctx.theme_name(theme.id):<{name_width}}  {count:>6}  {share:>6}  {aim:>6}")
    ctx.print()
    for line in figures.lines():
        ctx.print(line)
    ctx.print(f"\n{w('reflection.criteria')}:")
    for cid in criteria:
        text = ctx.criterion_text(cid)
        ctx.print(f"  {counts.criteria.get(cid, 0):>5}  {cid:<14} {text if len(text) <= 70 else text[:69] + '…'}")
    return 0


class Figures:
    """The patterns of a period that `stats` adds to its counts: balance, rhythm, the success
    criteria left untouched and the next steps (which are open now, whatever the period)."""

    def __init__(self, ctx: Context, period: Period, today: date):
        from .. import analytics

        personal = ctx.store.personal_framework()
        self.ctx = ctx
        self.period = period
        self.balance = analytics.balance(ctx.store, ctx.framework, period, personal.target)
        self.cadence = analytics.cadence(ctx.store, period)
        self.never = [
            c.criterion_id for c in analytics.coverage(ctx.store, ctx.framework, period, personal.own_criteria).never()
        ]
        self.steps = analytics.next_steps(ctx.store, today)

    def as_json(self) -> dict[str, Any]:
        from ..analytics import DUE, OVERDUE

        cadence = self.cadence
        return {
            "period": {
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
                "days": self.period.days,
            },
            "balance": {
                s.theme_id: {"count": s.count, "share": round(s.share, 4), "target": s.target}
                for s in self.balance.shares
            },
            "cadence": {
                "reflections": cadence.reflections,
                "per_week": round(cadence.per_week, 2),
                "active_days": cadence.active_days,
                "current_streak_weeks": cadence.current_streak,
                "longest_streak_weeks": cadence.longest_streak,
                "longest_gap_days": cadence.longest_gap,
            },
            "never_reflected": self.never,
            "next_steps": {
                "open": self.steps.total,
                "due": self.steps.count(DUE),
                "overdue": self.steps.count(OVERDUE),
            },
        }

    def lines(self) -> list[str]:
        from .. import readings

        w, lang = self.ctx.word, self.ctx.lang
        lines = [
            readings.balance_reading(self.balance, self.ctx.framework, lang),
            f"{w('cli.cadence')}: {readings.cadence_reading(self.cadence, lang)}",
            f"{w('cli.longest_streak')}: {self.cadence.longest_streak}",
            readings.next_steps_reading(self.steps, lang),
        ]
        if self.never:
            lines.append(f"{w('common.no_reflections')}: {', '.join(self.never)}")
        return lines


def cmd_report(ctx: Context, stdin: IO[str]) -> int:
    """The period report; the reflections named with --reflection are the only ones quoted."""
    a = ctx.args
    exporter = exporter_for("report", a.format, a.output)
    target = target_for(exporter, a.output)
    today = now_local().date()
    options = ExportOptions(
        organisation=ctx.framework,
        language=ctx.lang,
        today=today,
        period=ctx.period(today),
        reflections=tuple(ctx.store.resolve(text) for text in a.reflection),
    )
    return write_export(ctx, exporter, target, options)

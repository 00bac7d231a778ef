"""The period report as a document to export, before any format: what a leader brings to a
development conversation (LUS) or a 3-i-1 follow-up about a chosen period.

Every figure comes from :mod:`journal.analytics`, every sentence from :mod:`journal.readings`,
and every choice is made here, once: which reflections are quoted (only those chosen, so a
private one only when the leader picked it), which next steps are listed (none from a private
reflection that was not chosen), and never the private part of the personal framework. The HTML
page and the PDF both render this one model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from framework import Framework
from framework.personal import OwnCriterion

from .. import analytics, dates, readings, words
from ..analytics import DUE, OVERDUE, Period
from ..errors import NotFoundError
from ..model import Reflection
from ..store import Store, first_line
from ..templates import drop_empty_sections
from .base import ExportOptions
from .reflection_doc import model_steps

EXCERPT_CHARACTERS = 400
FIRST_LINE_CHARACTERS = 160  # of a part of the personal framework, in its summary
# The coverage table stays readable on A4 with up to this many columns: longer periods go by
# quarter, then by year.
MAX_COLUMNS = 13


@dataclass(frozen=True)
class ThemeBar:
    """A theme's place in the balance; shares and targets in whole percent."""

    theme_id: str
    name: str
    colour: str
    count: int
    share: int
    target: int | None


@dataclass(frozen=True)
class TrendRow:
    label: str  # "uge 12", "jan 2026"
    reflections: int
    counts: tuple[int, ...]  # per theme, in the organisation's order


@dataclass(frozen=True)
class CoverageRow:
    text: str
    theme_id: str
    colour: str
    own: bool
    retired: bool  # an own criterion no longer in use, shown because the period has reflections on it
    counts: tuple[int, ...]  # per column of the table
    last_day: date | None  # the last reflection on it up to the period's end, maybe before it
    never: bool  # in use, and no reflection on it in the period

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Excerpt:
    uuid: str
    title: str
    day: date
    themes: tuple[str, ...]  # names
    markdown: str  # the first words of the text, as the leader wrote them
    private: bool


@dataclass(frozen=True)
class StepRow:
    text: str
    due: date | None
    status: str  # analytics.OVERDUE, DUE or OPEN
    reflection_title: str
    reflection_day: date


@dataclass(frozen=True)
class ReportDocument:
    language: str
    title: str
    leader: str
    unit: str
    period: Period  # resolved: ``start`` is set
    reflections: int
    readings: tuple[str, ...]  # balance, trend, coverage, cadence, next steps
    themes: tuple[ThemeBar, ...]
    trend_unit: str  # analytics.WEEK or MONTH
    trend: tuple[TrendRow, ...]
    coverage_columns: tuple[str, ...]  # "jan", "K1", "2026"
    coverage_years: tuple[tuple[str, int], ...]  # above the columns: (year, how many columns); none for years
    coverage: tuple[CoverageRow, ...]
    excerpts: tuple[Excerpt, ...]
    next_steps: tuple[StepRow, ...]
    parts: tuple[tuple[str, str], ...]  # the personal framework's (title, first line as plain text), none private
    own_criteria: tuple[tuple[str, str], ...]  # (theme name, text), the ones in use
    based_on: str  # "Bygger på Ledelsesgrundlag, Næstved Kommune"
    exported_on: date

    def word(self, key: str, **values: object) -> str:
        return words.word(self.language, key, **values)

    @property
    def has_target(self) -> bool:
        return any(theme.target is not None for theme in self.themes)

    def format_date(self, day: date) -> str:
        return dates.long_date(day, self.language)

    @property
    def period_words(self) -> str:
        return readings.period_words(self.period, self.language)

    @property
    def reflections_words(self) -> str:
        """'38 refleksioner i perioden'."""
        reflections = readings.counted(self.reflections, "reflection", self.language)
        return self.word("report.in_period", reflections=reflections)

    @property
    def footer(self) -> str:
        return self.word("export.exported", date=self.format_date(self.exported_on))


def build_report(store: Store, options: ExportOptions) -> ReportDocument:
    """The report for ``options.period`` (the whole journal if None) as of ``options.today``.

    Raises NotFoundError for a chosen reflection that is not there or is in the Trash."""
    organisation = options.organisation
    if organisation is None:
        raise ValueError("the report needs the organisation's framework (ExportOptions.organisation)")
    lang, today = options.language, options.today or date.today()
    period = (options.period or Period.all_time(today)).resolved(store)
    personal = store.personal_framework()
    register = store.own_criteria()  # retired criteria keep their words here
    balance = analytics.balance(store, organisation, period, personal.target)
    trend = analytics.trend(store, organisation, period)
    coverage = analytics.coverage(store, organisation, period, personal.own_criteria)
    chosen = (_excerpt(store, uuid, organisation, lang) for uuid in dict.fromkeys(options.reflections))
    excerpts = tuple(sorted(chosen, key=lambda e: e.day))
    steps = _shown_steps(analytics.next_steps(store, today), {e.uuid for e in excerpts})
    themes = tuple(
        ThemeBar(
            s.theme_id,
            organisation.theme(s.theme_id).name.get(lang),
            organisation.theme(s.theme_id).colour,
            s.count,
            round(100 * s.share),
            None if s.target is None else round(100 * s.target),
        )
        for s in balance.shares
    )
    columns, years, coverage_rows = _coverage_table(coverage, organisation, register, lang)
    return ReportDocument(
        language=lang,
        title=words.word(lang, "report.title"),
        leader=personal.name.strip(),
        unit=personal.unit.strip(),
        period=period,
        reflections=balance.reflections,
        readings=(
            readings.balance_reading(balance, organisation, lang),
            readings.trend_reading(trend, organisation, lang),
            readings.coverage_reading(coverage, organisation, lang, register),
            readings.cadence_reading(analytics.cadence(store, period), lang),
            readings.next_steps_reading(steps, lang),
        ),
        themes=themes,
        trend_unit=trend.unit,
        trend=tuple(
            TrendRow(
                readings.bucket_label(b.start, trend.unit, lang),
                b.reflections,
                tuple(b.counts[t] for t in organisation.theme_ids),
            )
            for b in trend.buckets
        ),
        coverage_columns=columns,
        coverage_years=years,
        coverage=coverage_rows,
        excerpts=excerpts,
        next_steps=tuple(
            StepRow(i.step.text, i.step.due, i.status, i.reflection_title, i.reflection_day) for i in steps.items
        ),
        parts=tuple(
            (part.display_title(lang), excerpt_markdown(first_line(part.body), FIRST_LINE_CHARACTERS))
            for part in personal.parts
            if not part.private and part.body.strip()
        ),
        own_criteria=tuple(
            (organisation.theme(c.theme_id).name.get(lang), c.text.strip())
            for c in personal.own_criteria
            if c.active and c.text.strip() and organisation.has_theme(c.theme_id)
        ),
        based_on=words.word(
            lang,
            "framework.based_on",
            framework=organisation.name.get(lang),
            organisation=organisation.organisation.get(lang),
        ),
        exported_on=today,
    )


def _excerpt(store: Store, uuid: str, organisation: Framework, lang: str) -> Excerpt:
    reflection = store.get(uuid)
    if reflection.deleted:
        raise NotFoundError(f"reflection {uuid[:8]} is in the Trash; restore it to quote it")
    return Excerpt(
        uuid=reflection.uuid,
        title=reflection.title,
        day=reflection.entry_date,
        themes=tuple(organisation.theme(t).name.get(lang) for t in reflection.theme_ids if organisation.has_theme(t)),
        markdown=excerpt_markdown(_text(reflection, lang)),
        private=reflection.private,
    )


def _text(reflection: Reflection, language: str) -> str:
    """The body; for a reflection written in the reflection model, its steps first, each labelled
    (with the headings the whole reflection's export gives them)."""
    steps = [f"**{heading}:** {text}" for heading, text in model_steps(reflection, language)]
    return "\n\n".join([*steps, drop_empty_sections(reflection.body).strip()]).strip()


def excerpt_markdown(text: str, limit: int = EXCERPT_CHARACTERS) -> str:
    """The first ``limit`` characters or so, ended at a word and marked as cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return (cut[:space] if space > limit // 2 else cut).rstrip() + " …"


def _shown_steps(steps: analytics.NextSteps, chosen: set[str]) -> analytics.NextSteps:
    """Overdue first, then due soon, then the rest; none from a private reflection not chosen."""
    order = {OVERDUE: 0, DUE: 1}
    shown = [item for item in steps.items if not item.private or item.reflection_uuid in chosen]
    return analytics.NextSteps.of(sorted(shown, key=lambda item: order.get(item.status, 2)))


def _coverage_table(
    coverage: analytics.Coverage, organisation: Framework, register: list[OwnCriterion], lang: str
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...], tuple[CoverageRow, ...]]:
    """The coverage by month, or by quarter or year when months would not fit on a page:
    the columns' labels, the years above them, and a row per criterion."""
    months = coverage.months
    size = next(size for size in (1, 3, 12) if size == 12 or len({_block(m, size) for m in months}) <= MAX_COLUMNS)
    blocks = list(dict.fromkeys(_block(month, size) for month in months))
    column = [blocks.index(_block(month, size)) for month in months]
    labels = tuple(_block_label(block, size, lang) for block in blocks)
    years = (
        ()
        if size == 12
        else tuple(
            (str(year), sum(1 for y, _ in blocks if y == year)) for year in dict.fromkeys(year for year, _ in blocks)
        )
    )
    rows = []
    never = {c.criterion_id for c in coverage.never()}
    for criterion in coverage.criteria:
        counts = [0] * len(blocks)
        for position, count in enumerate(criterion.counts):
            counts[column[position]] += count
        rows.append(
            CoverageRow(
                text=readings.criterion_text(criterion.criterion_id, organisation, register, lang),
                theme_id=criterion.theme_id,
                colour=organisation.theme(criterion.theme_id).colour,
                own=criterion.own,
                retired=criterion.retired,
                counts=tuple(counts),
                last_day=criterion.last_day,
                never=criterion.criterion_id in never,
            )
        )
    return labels, years, tuple(rows)


def _block(month: date, size: int) -> tuple[int, int]:
    return month.year, (month.month - 1) // size


def _block_label(block: tuple[int, int], size: int, lang: str) -> str:
    year, number = block
    if size == 12:
        return str(year)
    if size == 3:
        return words.word(lang, "report.quarter", number=number + 1)
    return dates.month_label(date(year, number + 1, 1), lang, with_year=False)

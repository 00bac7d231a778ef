"""The period report's charts, drawn as HTML tables with coloured cells.

Qt's QTextDocument, which lays out the PDF, renders neither SVG nor scripts nor CSS layout; it does
render tables, cell widths in percent and ``bgcolor``. A bar is therefore a row of cells whose
widths are the shares, and a heatmap a table of tinted cells, which a browser shows the same way.
Every colour is inline and every text escaped; the theme colours are the organisation's.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..dates import short_date
from ..readings import counted, percent
from ..words import word
from .report_doc import CoverageRow, ThemeBar, TrendRow

MUTED = "#5f6b73"
RULE = "#d5dbe0"
EMPTY = "#eef1f3"  # the unfilled part of a bar
NEVER = "#b3261e"  # a success criterion left untouched
_BAR = "font-size:7pt; line-height:100%"


def tint(colour: str, strength: float) -> str:
    """``colour`` mixed with white: 1 is the colour itself, 0 white."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * strength):02x}" for c in (red, green, blue))


def _widths(values: Sequence[float], scale: float) -> list[int]:
    """Whole percent of ``scale`` per value; a value above nothing stays visible (1 %)."""
    return [max(1, int(100 * value / scale)) if value else 0 for value in values]


def _bar(segments: Sequence[tuple[int, str, str]], height_style: str = _BAR) -> str:
    """One bar: (width in percent, colour, text) segments from the left, the rest empty."""
    cells = "".join(
        f"<td width='{width}%' bgcolor='{colour}' align='center' style='color:#ffffff; {height_style}'>"
        f"{escape(text) or '&nbsp;'}</td>"
        for width, colour, text in segments
        if width
    )
    rest = 100 - sum(width for width, _, _ in segments)
    if rest > 0:
        cells += f"<td width='{rest}%' bgcolor='{EMPTY}' style='{height_style}'>&nbsp;</td>"
    return f"<table width='100%' cellspacing='0' cellpadding='1'><tr>{cells}</tr></table>"


def balance_chart(themes: Sequence[ThemeBar], language: str) -> str:
    """Per theme, its share of the period's reflections as a bar, and beneath it, thinner and
    lighter, the share the leader aims for."""
    rows = []
    for theme in themes:
        (width,) = _widths([theme.share], 100)
        bar = _bar([(width, theme.colour, "")])
        label = percent(theme.share / 100, language)
        if theme.target is not None:
            (aim,) = _widths([theme.target], 100)
            bar += _bar([(aim, tint(theme.colour, 0.35), "")], "font-size:3pt; line-height:100%")
            label += (
                f"<br><span style='color:{MUTED}'>"
                + escape(word(language, "report.target", share=percent(theme.target / 100, language)))
                + "</span>"
            )
        rows.append(
            f"<tr><td width='28%' valign='middle'><b style='color:{theme.colour}'>{escape(theme.name)}</b>"
            f"<br><span style='color:{MUTED}'>{counted(theme.count, 'reflection', language)}</span></td>"
            f"<td width='54%' valign='middle'>{bar}</td>"
            f"<td width='18%' valign='middle' align='right'>{label}</td></tr>"
        )
    return f"<table width='100%' cellspacing='0' cellpadding='5'>{''.join(rows)}</table>"


def legend(themes: Sequence[ThemeBar]) -> str:
    return (
        "<p>"
        + " &nbsp; ".join(
            f"<span style='color:{theme.colour}'>&#9632;</span>&nbsp;{escape(theme.name)}" for theme in themes
        )
        + "</p>"
    )


def trend_chart(rows: Sequence[TrendRow], themes: Sequence[ThemeBar]) -> str:
    """A stacked bar per week or month: its reflections per theme, on one scale for all rows."""
    largest = max((sum(row.counts) for row in rows), default=0) or 1
    lines = []
    for row in rows:
        widths = _widths(row.counts, largest)
        segments = [
            (width, theme.colour, str(count) if count else "")
            for width, theme, count in zip(widths, themes, row.counts, strict=True)
        ]
        lines.append(
            f"<tr><td width='16%' style='color:{MUTED}'>{escape(row.label)}</td>"
            f"<td width='76%'>{_bar(segments)}</td>"
            f"<td width='8%' align='right'>{row.reflections}</td></tr>"
        )
    return legend(themes) + f"<table width='100%' cellspacing='0' cellpadding='2'>{''.join(lines)}</table>"


def coverage_table(
    columns: Sequence[str],
    years: Sequence[tuple[str, int]],
    rows: Sequence[CoverageRow],
    themes: Sequence[ThemeBar],
    language: str,
) -> str:
    """Success criteria by month (or quarter, or year), each cell tinted by its count; the
    criteria with no reflection in the period are marked in red. The criteria's words get a
    fixed share of the width, so that thirteen columns still leave them readable on A4."""
    largest = max((count for row in rows for count in row.counts), default=0) or 1
    small = "font-size:8pt"
    rule = f"style='border-bottom:1px solid {RULE}; {small}'"
    width = f"{51 / max(1, len(columns)):.1f}"
    head = ""
    if years:
        head = (
            "<tr><th></th>"
            + "".join(
                f"<th colspan='{span}' align='left' style='color:{MUTED}; {small}'>{escape(year)}</th>"
                for year, span in years
            )
            + "<th></th><th></th></tr>"
        )
    head += (
        f"<tr><th width='30%' align='left' {rule}>{escape(word(language, 'common.criterion'))}</th>"
        + "".join(
            f"<th width='{width}%' style='border-bottom:1px solid {RULE}; font-size:7pt; "
            f"font-weight:normal'>{escape(label)}</th>"
            for label in columns
        )
        + f"<th width='6%' {rule}>{escape(word(language, 'report.total'))}</th>"
        f"<th width='13%' align='left' {rule}>{escape(word(language, 'report.last'))}</th></tr>"
    )
    body = []
    span = len(columns) + 3
    for theme in themes:
        body.append(
            f"<tr><td colspan='{span}' bgcolor='{theme.colour}' "
            f"style='color:#ffffff; font-weight:600'>{escape(theme.name)}</td></tr>"
        )
        for row in (r for r in rows if r.theme_id == theme.theme_id):
            counts = "".join(_heat(count, row.colour, largest) for count in row.counts)
            mark = word(language, "report.retired" if row.retired else "common.own")
            own = f" <i style='color:{MUTED}'>({escape(mark)})</i>" if row.own else ""
            latest = escape(short_date(row.last_day, language)) if row.last_day else ""
            if row.never:
                latest = f"<b style='color:{NEVER}'>{escape(word(language, 'report.never'))}</b>" + (
                    f"<br><span style='color:{MUTED}'>{latest}</span>" if latest else ""
                )
            body.append(
                f"<tr><td {rule}>{escape(row.text)}{own}</td>{counts}"
                f"<td align='center' {rule}><b>{row.total}</b></td><td {rule}>{latest}</td></tr>"
            )
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{head}{''.join(body)}</table>"


def _heat(count: int, colour: str, largest: int) -> str:
    if not count:
        return f"<td align='center' style='color:{RULE}; font-size:8pt'>·</td>"
    strength = 0.25 + 0.75 * count / largest
    text = "#ffffff" if strength > 0.55 else "#1d2327"
    return f"<td align='center' bgcolor='{tint(colour, strength)}' style='color:{text}; font-size:8pt'>{count}</td>"

"""The patterns in plain words, in Danish or English: one sentence per figure.

The period report prints these sentences and the Patterns view shows them, so the leader reads the
same words in both. Their words are in the core's catalogue (:mod:`journal.words`), not in Qt's
translations: the command line and the exports have none. Numbers are written the reader's way
("2,9" and "12 %" in Danish, "2.9" and "12%" in English).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from framework import Framework
from framework.personal import OwnCriterion

from . import dates
from .analytics import DUE, MONTH, OVERDUE, Balance, Breakdown, Cadence, Coverage, NextSteps, Period, Trend
from .model import STAKEHOLDERS
from .words import word

# Below this many percentage points, a change between the two halves of a period is noise.
STEADY_POINTS = 5

# -- numbers, dates and names ------------------------------------------------------------------


def percent_sign(language: str) -> str:
    """What follows a number of percent: ' %' in Danish (with a space), '%' in English."""
    return " %" if language == "da" else "%"


def percent(share: float, language: str) -> str:
    """A share of 0..1 as whole percent: '12 %' in Danish, '12%' in English."""
    return f"{round(100 * share)}{percent_sign(language)}"


def decimal(value: float, language: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "da" else text


def file_size(size: int, language: str) -> str:
    """A file's size in bytes as the reader writes it: '340 kB', '12,3 MB' / '12.3 MB', '2,3 GB'
    (in powers of 1000)."""
    if size < 999_500:
        return f"{max(1, round(size / 1000)) if size else 0} kB"
    megabytes = size / 1_000_000
    if round(megabytes, 1) < 1000:
        return f"{decimal(megabytes, language)} MB"
    return f"{decimal(size / 1_000_000_000, language)} GB"


def counted(number: int, noun: str, language: str) -> str:
    """'1 dag', '27 dage'."""
    form = "one" if number == 1 else "other"
    return f"{number} {word(language, f'count.{noun}.{form}')}"


def stakeholder_name(key: str, language: str) -> str:
    """'medarbejdere': a stakeholder as named in a sentence (the key itself if it is unknown)."""
    return word(language, f"stakeholder.{key}") if key in STAKEHOLDERS else key


def period_words(period: Period, language: str) -> str:
    """'1. januar – 31. marts 2026' (a resolved period)."""
    assert period.start is not None
    return dates.period_words(period.start, period.end, language)


def bucket_label(start: date, unit: str, language: str) -> str:
    """A trend bucket's name: 'jan 2026' for a month, 'uge 12' for a (ISO) week."""
    if unit == MONTH:
        return dates.month_label(start, language)
    return word(language, "reading.week", number=start.isocalendar().week)


def criterion_text(criterion_id: str, framework: Framework, own_criteria: Iterable[OwnCriterion], language: str) -> str:
    """The organisation's wording of a criterion, or the leader's own; the id if neither knows it."""
    if framework.has_criterion(criterion_id):
        return framework.criterion(criterion_id).text.get(language)
    return next((own.text for own in own_criteria if own.id == criterion_id), criterion_id)


def _shortened(text: str, words: int = 8) -> str:
    parts = text.rstrip(".").split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:–-— ") + " …"


# -- the readings ----------------------------------------------------------------------------


def balance_reading(balance: Balance, framework: Framework, language: str, theme_id: str | None = None) -> str:
    """One theme's share against its target; without ``theme_id``, the theme furthest below it
    (or, with no target, the least reflected on)."""
    earlier = " " + word(language, "reading.earlier_tags", count=balance.earlier_tags) if balance.earlier_tags else ""
    if not balance.tagged:
        return word(language, "reading.no_themes") + earlier
    share = balance.share(theme_id) if theme_id else balance.most_neglected()
    values = {"theme": framework.theme(share.theme_id).name.get(language), "share": percent(share.share, language)}
    if share.target is None:
        reading = word(language, "reading.balance_untargeted", **values)
    else:
        reading = word(language, "reading.balance", target=percent(share.target, language), **values)
    return reading + earlier


def trend_reading(trend: Trend, framework: Framework, language: str) -> str:
    """The theme whose share moved most between the first and the second half of the period."""
    half = len(trend.buckets) // 2
    halves = [trend.buckets[:half], trend.buckets[half:]]
    totals = [{t: sum(b.counts.get(t, 0) for b in part) for t in framework.theme_ids} for part in halves]
    if not half or not all(sum(counts.values()) for counts in totals):
        return word(language, "reading.trend_short")
    before, after = ({t: counts[t] / sum(counts.values()) for t in counts} for counts in totals)
    theme_id = max(framework.theme_ids, key=lambda t: abs(after[t] - before[t]))
    if abs(after[theme_id] - before[theme_id]) * 100 < STEADY_POINTS:
        return word(language, "reading.trend_steady")
    return word(
        language,
        "reading.trend",
        theme=framework.theme(theme_id).name.get(language),
        before=percent(before[theme_id], language),
        after=percent(after[theme_id], language),
    )


def coverage_reading(
    coverage: Coverage, framework: Framework, language: str, own_criteria: Iterable[OwnCriterion] = ()
) -> str:
    """The success criteria in use that no reflection in the period touched, by their first words."""
    never = coverage.never()
    if not never:
        return word(language, "reading.coverage_full")
    own = tuple(own_criteria)
    names = "; ".join(_shortened(criterion_text(c.criterion_id, framework, own, language)) for c in never)
    return word(language, "reading.coverage", count=counted(len(never), "criterion", language), names=names)


def cadence_reading(cadence: Cadence, language: str) -> str:
    """'2,9 refleksioner om ugen; længste pause 27 dage; 5 uger i træk med refleksioner'."""
    if not cadence.reflections:
        return word(language, "common.no_reflections")
    per_week = f"{decimal(cadence.per_week, language)} {word(language, 'count.reflection.other')}"
    parts = [word(language, "reading.cadence", per_week=per_week)]
    if cadence.longest_gap:
        parts.append(word(language, "reading.gap", days=counted(cadence.longest_gap, "day", language)))
    if cadence.current_streak > 1:
        parts.append(word(language, "reading.streak", weeks=counted(cadence.current_streak, "week", language)))
    return "; ".join(parts)


def _most(counts: dict[str, int], name: Callable[[str], str], language: str, top: int = 2) -> str:
    """'medarbejdere: 12 og borgere: 8': the largest counts, largest first (a colon, since some
    names end in brackets already, such as "Lederudviklingssamtale (LUS)")."""
    largest = sorted((item for item in counts.items() if item[1]), key=lambda item: (-item[1], item[0]))[:top]
    return _listed([f"{name(key)}: {count}" for key, count in largest], language)


def _listed(items: list[str], language: str) -> str:
    """'a, b og c'."""
    return word(language, "reading.and").join(filter(None, (", ".join(items[:-1]), items[-1])))


def contexts_reading(breakdown: Breakdown, framework: Framework, language: str) -> str:
    """The uses of the framework (LUS, daily collaboration, ...) most reflected on."""

    def label(context_id: str) -> str:
        return framework.context(context_id).label.get(language) if framework.has_context(context_id) else context_id

    if not any(breakdown.contexts.values()):
        return word(language, "reading.no_contexts")
    return word(language, "reading.contexts", counts=_most(dict(breakdown.contexts), label, language))


def stakeholders_reading(breakdown: Breakdown, language: str) -> str:
    """Whom the reflections are most often about, and whom never."""
    if not any(breakdown.stakeholders.values()):
        return word(language, "reading.no_stakeholders")
    counts = _most(dict(breakdown.stakeholders), lambda key: stakeholder_name(key, language), language)
    text = word(language, "reading.stakeholders", counts=counts)
    absent = [stakeholder_name(key, language) for key in STAKEHOLDERS if not breakdown.stakeholders.get(key)]
    return f"{text}; {word(language, 'reading.absent', names=_listed(absent, language))}" if absent else text


def next_steps_reading(steps: NextSteps, language: str) -> str:
    """How many next steps are open, and how many of them are overdue or due within a week."""
    if not steps.total:
        return word(language, "reading.no_steps")
    total = counted(steps.total, "open", language)
    parts = [counted(steps.count(status), status, language) for status in (OVERDUE, DUE) if steps.count(status)]
    return word(language, "reading.steps_of_which", open=total, parts=_listed(parts, language)) if parts else total

"""A year of sample reflections for ``ledelsesjournal --demo`` and the README's screenshots.

The demo journal belongs to one invented leader, Lene Kjærgaard, head of Borgerservice (the
citizen service centre) in Næstved Kommune. Everything she writes is hand-written material in
``journal/data/demo-borgerservice.json`` (read by :mod:`journal.demo_material`); this module only
decides, deterministically from a seed, which situation happens on which day, so that the journal
list, the filters, the patterns over time and the next steps all have something to show. The
material is lopsided on purpose (little about Styring og effekt, one success criterion gone quiet,
a retired own criterion): that is what the patterns view points out.

Nothing here writes to a journal that already holds something.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from framework.model import Framework
from framework.personal import OWN_CRITERION_PREFIX, OwnCriterion, PersonalFramework

from .demo_material import Material, Model, Situation, Version, bundled_material
from .model import STAKEHOLDERS, NextStep, Reflection
from .store import Store

LOCAL_ZONE: tzinfo
try:
    LOCAL_ZONE = ZoneInfo("Europe/Copenhagen")
except ZoneInfoNotFoundError:  # no time-zone database on this machine: Danish winter time all year
    LOCAL_ZONE = timezone(timedelta(hours=1))

DAYS = 365
# Share of everyday entries per primary theme: Styring og effekt is the leader's blind spot.
_THEME_MIX = {"borgere": 0.43, "samarbejde": 0.45, "styring": 0.12}
_EVERYDAY_PER_WEEK = 2.5  # besides the annual events and the storyline
_PRIVATE_SHARE = 0.10
_OVERDUE_SHARE = 0.15  # of the next steps whose date has passed
_STEP_DAYS = (2, 3, 5, 7, 7, 10, 14, 14, 21, 30)  # from an entry to its next step's due date
_RECENT_DAYS = 14
_TEMPLATE_SHARE = 0.25
_RECURRING_GAP = 7  # days between two uses of a recurring situation (a weekly meeting, say)
_ONE_OFF_GAP = 20
# Times of day an entry is written, in minutes after midnight, and how often each is chosen.
_WORKING_HOURS = ((7 * 60 + 40, 9 * 60), (11 * 60 + 30, 13 * 60), (14 * 60, 16 * 60 + 45))
_WORKING_WEIGHTS = (2, 2, 5)
_EVENING = (19 * 60 + 30, 22 * 60 + 15)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`build_demo_journal` wrote (mainly for tests)."""

    reflections: int
    private: int
    with_template: int
    open_next_steps: int
    overdue_next_steps: int
    first_entry: date
    last_entry: date


def build_demo_journal(
    store: Store, framework: Framework, *, today: date | None = None, seed: int = 2026
) -> DemoSummary:
    """Fill an empty ``store`` with a year of reflections and a personal framework.

    The entries lie in the 365 days up to ``today``, but none on ``today`` itself, so that no
    entry is in the future whatever the hour. The same ``seed`` and ``today`` always give the
    same journal. A store that already holds anything is refused: sample entries must never mix
    with real ones.
    """
    today = today or date.today()
    material = bundled_material()
    _check_material(material, framework)
    if next(store.iter_reflections(), None) is not None or not store.personal_framework().is_empty():
        raise ValueError("the demo journal can only be built in an empty journal")
    rng = random.Random(seed)
    timeline = _timeline(material, today, rng)
    own = _own_criteria(material, timeline, rng)
    reflections = _Writer(material, timeline, today, rng, framework, own).write()
    store.merge(reflections)
    draft, current = _personal_frameworks(material, own)
    store.save_personal_framework(draft)
    store.save_revision(material.draft.revision)
    store.save_personal_framework(current)
    store.save_revision(material.current.revision)
    return _summarise(reflections, today)


# -- when things happen --------------------------------------------------------------------


def _on_holiday(day: date) -> bool:
    """Summer holiday (three weeks of July) and Christmas: the journal is quiet then."""
    month_day = (day.month, day.day)
    return (7, 5) <= month_day <= (7, 27) or month_day >= (12, 22) or month_day == (1, 1)


def _school_holiday_week(day: date) -> bool:
    """Winter and autumn school holidays (weeks 7 and 42) and the week back from summer: light weeks."""
    return day.isocalendar().week in (7, 31, 42)


def _workday(day: date, first: date, last: date) -> date:
    """The nearest working day on or before ``day`` (after it, near the start of the year)."""
    step = timedelta(days=-1)
    while day.weekday() >= 5 or _on_holiday(day) or not first <= day <= last:
        if day < first:
            day, step = first, timedelta(days=1)
        else:
            day += step
    return day


def _annual(month: int, day: int, first: date, last: date) -> date:
    """The last time (month, day) fell on or before ``last``, within the year."""
    moment = date(last.year, month, day)
    if moment > last:
        moment = date(last.year - 1, month, day)
    return max(moment, first)


def _timeline(material: Material, today: date, rng: random.Random) -> list[tuple[date, Situation | None]]:
    """The days of all entries, oldest first: fixed events with their situation, everyday
    entries with None (chosen later, when the journal so far is known)."""
    first, last = today - timedelta(days=DAYS - 1), today - timedelta(days=1)
    entries: list[tuple[date, Situation | None]] = [
        (_workday(_annual(*s.on, first, last), first, last), s) for s in material.annual if s.on
    ]
    entries += [(_workday(today - timedelta(days=s.days_ago), first, last), s) for s in material.story if s.days_ago]
    monday = first - timedelta(days=first.weekday())
    workdays_so_far = everyday = 0
    while monday <= last:
        week = [monday + timedelta(days=offset) for offset in range(7)]
        workdays = [d for d in week[:5] if first <= d <= last and not _on_holiday(d)]
        workdays_so_far += len(workdays)
        wanted = rng.choices((0, 1, 2, 3, 4, 5), weights=(1, 3, 6, 6, 3, 1))[0]
        # Quiet and busy weeks, but the year as a whole keeps to its pace.
        behind = _EVERYDAY_PER_WEEK * workdays_so_far / 5 - everyday - wanted
        wanted += 1 if behind > 3 else -1 if behind < -3 else 0
        if _school_holiday_week(monday):
            wanted = min(wanted, 1)
        wanted = max(0, min(round(wanted * len(workdays) / 5), len(workdays)))
        everyday += wanted
        entries += [(day, None) for day in rng.sample(workdays, wanted)]
        sunday = week[6]
        if first <= sunday <= last and not _on_holiday(sunday) and rng.random() < 0.08:
            entries.append((sunday, None))
        monday += timedelta(days=7)
    entries.sort(key=lambda entry: entry[0])
    return entries


def _local(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=LOCAL_ZONE)


def _own_criteria(
    material: Material, timeline: list[tuple[date, Situation | None]], rng: random.Random
) -> dict[str, OwnCriterion]:
    """The leader's own success criteria, written in (and one retired) on the storyline's days,
    at seven in the morning: before anything she writes that day."""
    created: dict[str, datetime] = {}
    retired: dict[str, datetime] = {}
    for day, situation in timeline:
        if situation and situation.introduces:
            created[situation.introduces] = _local(day, 7 * 60).astimezone(UTC)
        if situation and situation.retires:
            retired[situation.retires] = _local(day, 7 * 60).astimezone(UTC)
    return {
        key: OwnCriterion(
            f"{OWN_CRITERION_PREFIX}{rng.getrandbits(32):08x}", theme_id, text, created[key], retired.get(key)
        )
        for key, (theme_id, text) in material.own_criteria.items()
    }


# -- what is written -----------------------------------------------------------------------


def _new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Writer:
    """Turns the timeline into reflections, keeping the tallies that steer the next choice:
    the theme mix, the share of entries written with the reflection model, which texts are used."""

    def __init__(
        self,
        material: Material,
        timeline: list[tuple[date, Situation | None]],
        today: date,
        rng: random.Random,
        framework: Framework,
        own: dict[str, OwnCriterion],
    ):
        self.material = material
        self.timeline = timeline
        self.today = today
        self.recent_from = timeline[-1][0] - timedelta(days=_RECENT_DAYS)
        self.rng = rng
        self.own = own
        self.prompts = {prompt.id: prompt.text.get("da") for prompt in framework.prompts()}
        self.uses: Counter[Situation] = Counter()
        self.bodies_used: Counter[Situation] = Counter()
        self.models_used: Counter[Situation] = Counter()
        self.last_used: dict[Situation, date] = {}
        self.themes: Counter[str] = Counter()
        self.written = 0
        self.templates = 0
        self.private = 0
        self.past_due = 0  # next steps whose date has passed, and how many of them are still open
        self.overdue = 0
        self.seen_bodies: set[str] = set()

    def write(self) -> list[Reflection]:
        reflections = [self._reflection(day, situation or self._choose(day)) for day, situation in self.timeline]
        return sorted(reflections, key=lambda r: r.entry_at)

    def _choose(self, day: date) -> Situation:
        """An everyday situation that fits the day, from the theme furthest behind its share."""
        days_ago = (self.today - day).days
        fitting = [
            s
            for s in self.material.everyday
            if (s.ago is None or days_ago in s.ago) and (not s.months or day.month in s.months)
        ]
        eligible = [
            s
            for s in fitting
            if self.uses[s] < s.texts
            and (day - self.last_used.get(s, date.min)).days >= (_RECURRING_GAP if s.recurring else _ONE_OFF_GAP)
        ] or fitting  # the material has run out: a text comes back, with a new closing thought
        theme = max(
            _THEME_MIX,
            key=lambda t: _THEME_MIX[t] * (self.written + 1) - self.themes[t] + self.rng.uniform(0, 1.5),
        )
        pool = [s for s in eligible if s.themes[0] == theme] or eligible
        if self.private < _PRIVATE_SHARE * (self.written + 1) - 1:
            pool = [s for s in pool if s.private] or pool
        # A recurring situation comes up more readily, but less so the more it has been used.
        weights = [(3 if s.recurring else 2) / (1 + self.uses[s]) for s in pool]
        return self.rng.choices(pool, weights)[0]

    def _reflection(self, day: date, situation: Situation) -> Reflection:
        body, model = self._text(situation)
        entry_at = self._moment(day, evening=situation.private and self.rng.random() < 0.6)
        steps = self._next_steps(situation, entry_at)
        created_at = (entry_at + timedelta(minutes=self.rng.randint(2, 25))).astimezone(UTC)
        edited = [step.done_at.astimezone(UTC) for step in steps if step.done_at]
        later = created_at + timedelta(days=self.rng.randint(1, 3), hours=self.rng.randint(0, 5))
        if self.rng.random() < 0.12 and later.astimezone(LOCAL_ZONE).date() < self.today:
            edited.append(later)  # came back and edited it a few days later
        self.uses[situation] += 1
        self.last_used[situation] = day
        self.themes[situation.themes[0]] += 1
        self.written += 1
        self.private += situation.private
        return Reflection(
            uuid=_new_id(self.rng),
            entry_at=entry_at,
            title=situation.title,
            body=body,
            template=model is not None,
            situation=model.situation if model else "",
            action=model.action if model else "",
            outcome=model.outcome if model else "",
            learning=model.learning if model else "",
            context_id=situation.context,
            private=situation.private,
            starred=self.written % 9 == 4,  # a few favourites, chosen without drawing on the random stream
            theme_ids=situation.themes,
            criterion_ids=situation.criteria + self._own_criterion(situation, entry_at),
            stakeholders=situation.people,
            tags=situation.tags,
            next_steps=steps,
            created_at=created_at,
            updated_at=max([created_at, *edited]),
        )

    def _own_criterion(self, situation: Situation, entry_at: datetime) -> tuple[str, ...]:
        """The own success criterion the situation supports, if it was in force at the time."""
        own = self.own.get(situation.own or "")
        if own is None or entry_at < own.created_at or (own.retired_at and entry_at >= own.retired_at):
            return ()
        return (own.id,)

    def _text(self, situation: Situation) -> tuple[str, Model | None]:
        """The body, and the reflection model when this entry is written with it (about a quarter
        are; their body is no more than the prompt, if any). Texts are used in turn; should a
        situation come back after using them all, one returns with a closing thought it has not
        had before."""
        heading = f"### {self.prompts[situation.prompt]}\n\n" if situation.prompt else ""
        models_left = situation.models[self.models_used[situation] :]
        if models_left and self.templates < _TEMPLATE_SHARE * (self.written + 1):
            self.models_used[situation] += 1
            self.templates += 1
            return heading.strip(), models_left[0]
        if self.bodies_used[situation] < len(situation.bodies):
            text = situation.bodies[self.bodies_used[situation]]
            self.bodies_used[situation] += 1
        elif models_left:
            text = models_left[0].as_prose()
            self.models_used[situation] += 1
        else:
            texts = situation.bodies or tuple(m.as_prose() for m in situation.models)
            text = texts[self.uses[situation] % len(texts)]
        body = heading + text
        if body in self.seen_bodies or self.rng.random() < 0.2:
            endings = [f"{body}\n\n{thought}" for thought in self.material.closing_thoughts[situation.themes[0]]]
            self.rng.shuffle(endings)
            body = next((ending for ending in endings if ending not in self.seen_bodies), endings[0])
        self.seen_bodies.add(body)
        return body, None

    def _moment(self, day: date, evening: bool) -> datetime:
        if evening or day.weekday() >= 5:
            start, end = _EVENING
        else:
            start, end = self.rng.choices(_WORKING_HOURS, _WORKING_WEIGHTS)[0]
        return _local(day, self.rng.randint(start, end))

    def _next_steps(self, situation: Situation, entry_at: datetime) -> tuple[NextStep, ...]:
        """Some entries end with a next step. Those of the latest two weeks of entries still lie
        ahead (also when the summer holiday lies between them and today); of the older ones most
        are done, and a steady few are left open past their date."""
        day = entry_at.date()
        days_ago = (self.today - day).days
        recent = day >= self.recent_from
        if not situation.steps or (not recent and self.rng.random() >= 0.45):
            return ()
        count = 2 if len(situation.steps) > 1 and self.rng.random() < 0.25 else 1
        start = self.uses[situation] % len(situation.steps)
        steps = []
        for text in (situation.steps * 2)[start : start + count]:
            days = self.rng.choice(_STEP_DAYS)
            if recent:
                days = max(days, days_ago + 2)
            due: date | None = day + timedelta(days=days)
            finished = day + timedelta(days=self.rng.randint(1, days + 4))
            if not recent and self.rng.random() < 0.1:  # "some day": no date
                due, done = None, finished < self.today and self.rng.random() < 0.6
            elif due >= self.today:
                done = False
            else:
                self.past_due += 1
                done = finished < self.today and self.overdue >= _OVERDUE_SHARE * self.past_due - 0.5
                self.overdue += not done
            done_at = self._moment(finished, evening=False) if done else None
            steps.append(NextStep(text, due, done_at, _new_id(self.rng)))
        return tuple(steps)


def _summarise(reflections: list[Reflection], today: date) -> DemoSummary:
    open_steps = [step for r in reflections for step in r.next_steps if step.open]
    return DemoSummary(
        reflections=len(reflections),
        private=sum(r.private for r in reflections),
        with_template=sum(r.template for r in reflections),
        open_next_steps=len(open_steps),
        overdue_next_steps=sum(1 for step in open_steps if step.due is not None and step.due < today),
        first_entry=min(r.entry_date for r in reflections),
        last_entry=max(r.entry_date for r in reflections),
    )


def _personal_frameworks(
    material: Material, own: dict[str, OwnCriterion]
) -> tuple[PersonalFramework, PersonalFramework]:
    """The first draft and the current text, so that comparing revisions has something to show."""
    current = _version(PersonalFramework(name=material.name, unit=material.unit), material.current, own)
    # The draft was written before any own criterion was retired: none is retired in it.
    unretired = {key: replace(criterion, retired_at=None) for key, criterion in own.items()}
    return _version(current, material.draft, unretired), current


def _version(start: PersonalFramework, version: Version, own: dict[str, OwnCriterion]) -> PersonalFramework:
    """``start`` with the parts and theme texts that ``version`` sets, its own criteria and its target."""
    framework = start
    for key, body in version.parts.items():
        framework = framework.with_part(key, body=body)
    for theme_id, text in version.theme_texts.items():
        framework = framework.with_theme_text(theme_id, text)
    return replace(
        framework,
        own_criteria=tuple(criterion for key, criterion in own.items() if key in version.own_criteria),
        target=version.target,
    )


def _check_material(material: Material, framework: Framework) -> None:
    """The material is written for the bundled framework; say so clearly if its ids have moved."""
    prompt_ids = {prompt.id for prompt in framework.prompts()}
    for situation in material.situations:
        missing = (
            [t for t in situation.themes if not framework.has_theme(t)]
            + [c for c in situation.criteria if not framework.has_criterion(c)]
            + [p for p in situation.people if p not in STAKEHOLDERS]
            + [c for c in (situation.context,) if c and not framework.has_context(c)]
            + [p for p in (situation.prompt,) if p and p not in prompt_ids]
        )
        if missing:
            raise ValueError(
                f"demo material '{situation.title}' refers to {', '.join(missing)}, "
                f"which the framework {framework.id} does not have"
            )

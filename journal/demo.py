"""A year of sample reflections for ``ledelsesjournal --demo`` and the README's screenshots.

The demo journal belongs to one invented leader, Lene Kjærgaard, head of Borgerservice (the
citizen service centre) in Næstved Kommune. Everything she writes is hand-written material at the
end of this module; the code only decides, deterministically from a seed, which situation happens
on which day, so that the journal list, the filters, the patterns over time and the next steps all
have something to show. The material is lopsided on purpose (little about Styring og effekt, one
success criterion gone quiet, a retired own criterion): that is what the patterns view points out.

Nothing here writes to a journal that already holds something.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from framework.model import Framework
from framework.personal import OWN_CRITERION_PREFIX, OwnCriterion, PersonalFramework, TargetBalance

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
    _check_material(framework)
    if next(store.iter_reflections(), None) is not None or not store.personal_framework().is_empty():
        raise ValueError("the demo journal can only be built in an empty journal")
    rng = random.Random(seed)
    timeline = _timeline(today, rng)
    own = _own_criteria(timeline, rng)
    reflections = _Writer(timeline, today, rng, framework, own).write()
    store.merge(reflections)
    draft, current = _personal_frameworks(own)
    store.save_personal_framework(draft)
    store.save_revision("Første udgave")
    store.save_personal_framework(current)
    store.save_revision("Efter LUS")
    return _summarise(reflections, today)


# -- the material's shape ------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """A reflection written with the reflection model; read in one go, it is also a plain entry."""

    situation: str
    action: str
    outcome: str
    learning: str

    def as_prose(self) -> str:
        return " ".join((self.situation, self.action, self.outcome, self.learning))


@dataclass(frozen=True)
class Situation:
    """Something that happens to the leader, with what it is tagged with and ways to write it up.

    Each text is used once; a ``recurring`` situation (a weekly meeting, say) may come back
    sooner and is chosen more readily than a one-off. ``on`` pins an annual event to a month and
    day, and ``days_ago`` a step of the year's storyline; everyday situations go where the
    cadence has room, within ``months`` and ``ago`` (days before today).
    """

    title: str
    themes: tuple[str, ...]
    bodies: tuple[str, ...] = ()
    models: tuple[Model, ...] = ()
    criteria: tuple[str, ...] = ()
    context: str | None = None
    people: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    prompt: str | None = None  # a framework prompt id, shown as the entry's heading
    own: str | None = None  # key of the own success criterion it supports, while that is active
    introduces: str | None = None  # own criterion the leader writes in on this day
    retires: str | None = None
    recurring: bool = False
    private: bool = False
    months: tuple[int, ...] = ()
    ago: range = range(DAYS + 1)
    on: tuple[int, int] | None = None
    days_ago: int | None = None

    @property
    def texts(self) -> int:
        return len(self.bodies) + len(self.models)


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


def _timeline(today: date, rng: random.Random) -> list[tuple[date, Situation | None]]:
    """The days of all entries, oldest first: fixed events with their situation, everyday
    entries with None (chosen later, when the journal so far is known)."""
    first, last = today - timedelta(days=DAYS - 1), today - timedelta(days=1)
    entries: list[tuple[date, Situation | None]] = [
        (_workday(_annual(*s.on, first, last), first, last), s) for s in _ANNUAL if s.on
    ]
    entries += [(_workday(today - timedelta(days=s.days_ago), first, last), s) for s in _STORY if s.days_ago]
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


def _own_criteria(timeline: list[tuple[date, Situation | None]], rng: random.Random) -> dict[str, OwnCriterion]:
    """The leader's own success criteria, written in (and one retired) on the storyline's days,
    at seven in the morning: before anything she writes that day."""
    created: dict[str, datetime] = {}
    retired: dict[str, datetime] = {}
    for day, situation in timeline:
        if situation and situation.introduces:
            created[situation.introduces] = _local(day, 7 * 60).astimezone(timezone.utc)
        if situation and situation.retires:
            retired[situation.retires] = _local(day, 7 * 60).astimezone(timezone.utc)
    return {
        key: OwnCriterion(
            f"{OWN_CRITERION_PREFIX}{rng.getrandbits(32):08x}", theme_id, text, created[key], retired.get(key)
        )
        for key, (theme_id, text) in _OWN_CRITERIA.items()
    }


# -- what is written -----------------------------------------------------------------------


def _new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Writer:
    """Turns the timeline into reflections, keeping the tallies that steer the next choice:
    the theme mix, the share of entries written with the reflection model, which texts are used."""

    def __init__(self, timeline: list[tuple[date, Situation | None]], today: date, rng: random.Random,
                 framework: Framework, own: dict[str, OwnCriterion]):
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
        fitting = [s for s in _EVERYDAY if days_ago in s.ago and (not s.months or day.month in s.months)]
        eligible = [
            s for s in fitting
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
        created_at = (entry_at + timedelta(minutes=self.rng.randint(2, 25))).astimezone(timezone.utc)
        edited = [step.done_at.astimezone(timezone.utc) for step in steps if step.done_at]
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
        models_left = situation.models[self.models_used[situation]:]
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
            endings = [f"{body}\n\n{thought}" for thought in _CLOSING_THOUGHTS[situation.themes[0]]]
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
        for text in (situation.steps * 2)[start:start + count]:
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


def _personal_frameworks(own: dict[str, OwnCriterion]) -> tuple[PersonalFramework, PersonalFramework]:
    """The first draft and the current text, so that comparing revisions has something to show."""
    current = PersonalFramework(name="Lene Kjærgaard", unit="Borgerservice, Næstved Kommune")
    for key, body in _PARTS.items():
        current = current.with_part(key, body=body)
    for theme_id, text in _THEME_TEXTS.items():
        current = current.with_theme_text(theme_id, text)
    current = replace(
        current,
        own_criteria=tuple(own.values()),
        target=TargetBalance.of({"borgere": 40, "samarbejde": 30, "styring": 30}),
    )
    draft = current
    for key, body in _DRAFT_PARTS.items():
        draft = draft.with_part(key, body=body)
    draft = replace(
        draft.with_theme_text("styring", _DRAFT_STYRING),
        # Written before the telephone criterion was retired and the first-contact one replaced it.
        own_criteria=tuple(replace(c, retired_at=None) for key, c in own.items() if key != "first_contact"),
        target=TargetBalance.of({"borgere": 40, "samarbejde": 40, "styring": 20}),
    )
    return draft, current


def _check_material(framework: Framework) -> None:
    """The material is written for the bundled framework; say so clearly if its ids have moved."""
    prompt_ids = {prompt.id for prompt in framework.prompts()}
    for situation in _EVERYDAY + _ANNUAL + _STORY:
        missing = (
            [t for t in situation.themes if not framework.has_theme(t)]
            + [c for c in situation.criteria if not framework.has_criterion(c)]
            + [p for p in situation.people if p not in STAKEHOLDERS]
            + [c for c in (situation.context,) if c and not framework.has_context(c)]
            + [p for p in (situation.prompt,) if p and p not in prompt_ids]
        )
        if missing:
            raise ValueError(f"demo material '{situation.title}' refers to {', '.join(missing)}, "
                             f"which the framework {framework.id} does not have")


# -- the material --------------------------------------------------------------------------
# Lene's staff: the team leaders Jonas (Team Ydelser) and, from the storyline on, Sofie (Digital
# Hjælp); Birthe and Ahmed in the teams; Henrik is her manager, Karen leads the libraries.

_OWN_CRITERIA = {
    "phone": ("styring", "80 % af opkaldene til Borgerservice bliver besvaret inden for fem minutter."),
    "one_to_one": ("samarbejde", "Alle medarbejdere har en fast 1:1-samtale med mig eller deres teamleder "
                                 "mindst hver sjette uge."),
    "first_contact": ("borgere", "Borgeren får løst sin sag ved første henvendelse – også når den er kompliceret."),
}

_CLOSING_THOUGHTS = {
    "borgere": (
        "Jeg vil spørge borgerne mere direkte, hvad de egentlig kom for.",
        "Det er de små ting, borgerne husker – både de gode og de dårlige.",
        "Vi skal se det fra borgerens side af skranken, ikke fra vores.",
        "Hvem kommer slet ikke ind ad døren, fordi de har opgivet på forhånd?",
        "Det minder mig om, hvorfor jeg søgte jobbet.",
        "Næste gang vil jeg spørge: hvad ville have gjort det lettere for dig?",
        "Den bedste løsning for borgeren er ikke altid den letteste for os.",
    ),
    "samarbejde": (
        "Jeg skal huske at spørge, før jeg foreslår.",
        "Tillid bygges i de små aftaler, der bliver holdt.",
        "Jeg skal sige tak oftere og mere konkret.",
        "Det tager jeg med til næste 1:1.",
        "Måske er det mig, der skal ændre noget først.",
        "Det tager tid at lytte, men det tager længere tid at lade være.",
        "Medarbejderne ser mere, end jeg tror, når jeg har travlt.",
    ),
    "styring": (
        "Hvad ved vi egentlig om effekten?",
        "Et tal er et spørgsmål, ikke et svar.",
        "Jeg skal blive bedre til at forklare, hvad vi vælger fra, og hvorfor.",
        "Drift først, men ikke kun drift.",
        "Kan vi ikke måle det, skal vi i det mindste kunne beskrive det.",
        "Jeg følger op om en måned og ser, om det har flyttet noget.",
    ),
}

_EVERYDAY: tuple[Situation, ...] = (
    # Borgere og samfund
    Situation(
        "Formiddag i skranken", ("borgere",), recurring=True,
        criteria=("borgere.k3",), context="dagligt-samarbejde", people=("citizens", "staff"), tags=("skranken",),
        own="first_contact",
        steps=("Tage tidsbestillingens kategorier op på ugemødet",
               "Bede Jonas om tal på, hvad borgerne reelt kommer med"),
        bodies=(
            "Stod selv i skranken fra 9 til 12. Tre ud af fire henvendelser handlede om MitID eller Digital Post, "
            "ikke om det, borgerne havde bestilt tid til. Vi bygger vores tidsbestilling på den sag, borgeren vælger "
            "på hjemmesiden – men det er ikke den sag, de kommer med.",
            "En ældre herre havde taget bussen fra Holme-Olstrup for at få hjælp til at læse et brev i Digital Post. "
            "Det tog fire minutter. Han sagde, at han havde ventet tre uger med at komme, fordi han troede, det var "
            "til besvær. Den sætning bliver hængende.",
            "Det er tydeligt, hvor meget bedre stemningen er i ventesalen, efter at en medarbejder tager imod ved "
            "døren. Folk bliver sendt det rigtige sted hen fra start, og ingen sidder en halv time i den forkerte kø. "
            "**Værtsfunktionen skal gøres fast**, også selv om den koster timer i skranken.",
            "Jeg fik en hård omgang af en borger, der var vred over gebyret for et nødpas. Min kollega ved siden af "
            "klarede det bedre end mig: hun spurgte til rejsen i stedet for at forklare gebyret. Det vil jeg lære af.",
            "Pas og kørekort fra morgenstunden. En pige på 18 skulle have sit første pas og var tydeligt stolt; hendes "
            "far stod bagved og fotograferede. Det er også Borgerservice: vi er med ved de små milepæle i folks liv.",
            "Tog skranken, mens teamet holdt møde. Systemet til sundhedskort gik ned i en halv time, og jeg måtte "
            "skrive navne og numre på en blok. Borgerne var forbløffende tålmodige, da jeg forklarede, hvad der "
            "skete. Åbenhed køber tålmodighed.",
        ),
        models=(
            Model(
                "Jeg tog en vagt i skranken, og en ung mand kom for at få et nyt sundhedskort. Det viste sig, at han "
                "var sat ud af sin lejlighed og ikke havde nogen adresse.",
                "I stedet for bare at bestille kortet tog jeg ham med ind på kontoret og ringede til en kollega i "
                "Jobcenteret, som kender reglerne om kontaktadresse.",
                "Han gik herfra med en aftale i Jobcenteret samme eftermiddag og en kontaktadresse hos os.",
                "Den sag, borgeren kommer med, er sjældent hele sagen. Vi skal have tid til at spørge én gang mere.",
            ),
            Model(
                "En travl formiddag med kø til døren, fordi to kolleger var syge.",
                "Jeg blev i skranken i stedet for at gå til mit møde og bad Jonas tage mødet for mig.",
                "Køen var væk ved frokost, og jeg hørte mere om, hvad der driller i vores systemer, end jeg har "
                "gjort i måneder.",
                "Det er ikke spild af min tid at stå i skranken. Det er den bedste kilde, jeg har, til at forstå "
                "vores drift.",
            ),
            Model(
                "En kvinde stod i skranken med en bunke breve fra kommunen, som hun ikke havde åbnet i flere måneder.",
                "Jeg satte mig med hende ved et bord i stedet for at tage dem hen over skranken, og vi åbnede dem "
                "ét for ét.",
                "To af brevene var rykkere, som vi kunne løse på stedet; et var en indkaldelse, hun havde overset. "
                "Hun græd lidt af lettelse.",
                "Nogle gange er opgaven ikke sagen, men at hjælpe et menneske med at få overblikket igen. Det skal "
                "der være plads til.",
            ),
            Model(
                "En borger bad om at tale med »en, der bestemmer«, fordi han skulle betale gebyr for et nyt "
                "sundhedskort.",
                "Jeg tog samtalen og spurgte først, hvad der var sket med det gamle kort, i stedet for at forklare "
                "gebyret.",
                "Kortet var stjålet sammen med hans pung, og med en politianmeldelse slap han for gebyret.",
                "Når borgere spørger efter lederen, er det sjældent reglerne, de er uenige i – det er, at ingen har "
                "spurgt ind.",
            ),
        ),
    ),
    Situation(
        "Eftermiddag i telefonerne", ("borgere",), recurring=True,
        criteria=("borgere.k3",), context="dagligt-samarbejde", people=("citizens", "staff"), tags=("telefoni",),
        own="first_contact",
        steps=("Tage brevene fra Udbetaling Danmark op på næste møde med dem",),
        bodies=(
            "Jeg sad med i telefonerne i to timer. Det er noget andet end skranken: borgerne er mere utålmodige, og "
            "vi har ikke ansigtet til at hjælpe os. Medarbejderne bruger meget energi på at berolige, før de kan "
            "begynde at hjælpe.",
            "Hvert tredje opkald i eftermiddag handlede om et brev fra Udbetaling Danmark, som borgerne ikke "
            "forstod. Det er ikke vores brev, men det er vores borgere.",
            "Jeg lyttede med hos en ny medarbejder. Hun var dygtig, men hun sagde »det må du desværre selv« fire "
            "gange. Ikke forkert – men der er en anden måde at sige det på, og den skal vi lære hende.",
            "Jeg lagde mærke til, hvor ofte vi siger »det kan jeg desværre ikke se herfra«. Det er rigtigt, men "
            "borgeren hører, at ingen kan. Vi skal sige, hvem der kan, og hvordan man når dem.",
            "Stille eftermiddag i telefonerne. Jeg spurgte medarbejderne, hvilke spørgsmål de helst er fri for. "
            "Svaret var enstemmigt: dem om brevene fra Udbetaling Danmark. Det er en liste, vi kan gøre noget ved.",
        ),
        models=(
            Model(
                "En ældre kvinde ringede for tredje gang på en uge om sin boligstøtte.",
                "Jeg tog opkaldet selv og bad om lov til at ringe hende op, når jeg havde talt med Udbetaling Danmark.",
                "Jeg fik et svar samme dag og ringede tilbage. Hun har ikke ringet siden.",
                "Et opkald tilbage kan spare tre opkald ind. Det er et argument for at lade medarbejderne ringe op.",
            ),
            Model(
                "En mand ringede og var sikker på, at vi havde mistet hans ansøgning om lån til ejendomsskat.",
                "I stedet for at henvise ham til selvbetjeningen slog jeg sagen op, mens han ventede, og fortalte "
                "ham præcis, hvor den lå.",
                "Ansøgningen var modtaget og lå til behandling. Han havde bare aldrig fået en kvittering.",
                "Mange opkald handler om, at borgeren ikke ved, hvad der sker. En automatisk kvittering ville spare "
                "os for en del af dem.",
            ),
            Model(
                "En pensionist ringede, fordi hun troede, hun skulle betale en regning fra »Udbetaling Danmark«. Det "
                "var et svindelforsøg.",
                "Medarbejderen, der tog opkaldet, stoppede hende og kom over til mig, så vi kunne advare de andre med "
                "det samme.",
                "Vi fik tre opkald mere om det samme den dag og kunne svare dem alle præcist.",
                "Når én medarbejder ser noget, skal alle vide det inden for en time. Vi har brug for en hurtigere måde "
                "at dele på end mail.",
            ),
        ),
    ),
    Situation(
        "En borger uden MitID", ("borgere",),
        criteria=("borgere.k3",), context="dagligt-samarbejde", people=("citizens",), tags=("mitid", "digitalisering"),
        own="first_contact",
        steps=("Aftale en makkerordning for de svære MitID-sager med teamlederne",),
        bodies=(
            "En kvinde på 84 kunne ikke få MitID, fordi hun hverken har pas eller kørekort, og hendes søn bor i "
            "Aarhus. Vi brugte en time på det, og løsningen blev en MitID-erstatning og en fuldmagt. Reglerne er "
            "lavet til dem, der kan selv; vores opgave er at være der for dem, der ikke kan.",
            "Endnu en borger, der er faldet ud af det digitale. Jeg tæller med nu: det er den sjette i denne måned, "
            "hvor vi ikke havde et standardsvar. Det må ikke være tilfældigt, hvem der får de svære sager.",
        ),
        models=(
            Model(
                "En borger på 91 kom med sin nabo, fordi hun ikke længere kunne bruge MitID-appen efter et "
                "telefonskifte.",
                "Jeg lod sagen gå til Birthe, som kender reglerne om MitID-erstatning bedst, og sad selv med de første "
                "ti minutter for at lære.",
                "Borgeren gik herfra med en kodeviser, og naboen fik vores direkte nummer.",
                "Vi har mere viden i huset, end vi bruger på tværs. Det er Birthe, der skal undervise de andre – "
                "ikke mig.",
            ),
        ),
    ),
    Situation(
        "IT-café med Ældre Sagen", ("borgere",), prompt="borgere.p2",
        criteria=("borgere.k1",), people=("partners", "citizens"), tags=("frivillige", "digitalisering"),
        steps=("Planlægge et kort kursus i Digital Post for de frivillige",),
        bodies=(
            "Anden gang, vi holdt IT-café sammen med de frivillige fra Ældre Sagen i biblioteket i Glumsø. 23 kom. "
            "De frivillige tager de enkle spørgsmål, vi tager dem, der kræver adgang til vores systemer. Det "
            "fungerer, fordi ingen af os prøver at være de andre.",
            "De frivillige bad om et kort kursus i reglerne for Digital Post, så de ikke kommer til at sige noget "
            "forkert. Godt spørgsmål. Jeg sagde ja på stedet, men har ikke regnet på tiden. Det må jeg tage med "
            "Jonas i morgen.",
            "Mødte en af de frivillige, Hanne, i Netto. Hun fortalte, at flere af deltagerne nu selv hjælper "
            "naboer. Det er den slags ringe i vandet, vi ikke kan måle, men som betyder mest.",
        ),
        models=(
            Model(
                "De frivillige fra Ældre Sagen var ved at køre trætte efter et halvt år med IT-café hver uge.",
                "Jeg holdt et møde med dem alene for at høre, hvad de havde brug for, i stedet for at komme med "
                "vores forslag.",
                "De ønskede færre, men længere caféer og en fast kontaktperson hos os. Det kan vi sagtens.",
                "Samskabelse holder kun, hvis vi passer lige så godt på de frivillige, som vi passer på borgerne.",
            ),
        ),
    ),
    Situation(
        "Ventetid på pas", ("borgere", "styring"), months=(4, 5, 6, 8),
        criteria=("borgere.k3", "styring.k3"), people=("citizens", "staff"), tags=("pas", "ventetid"),
        steps=("Åbne ekstra pastider om aftenen i de næste to uger",
               "Skrive tallene fra passæsonen ind i næste års plan"),
        bodies=(
            "Fik en skarp mail fra en far, der ikke kunne få en tid til pas til sine børn før efter sommerferien. "
            "Han har ret: vi åbnede for få tider i maj. Jeg har svaret ham selv og fundet en tid i næste uge, men "
            "det løser kun hans sag, ikke vores planlægning.",
            "Passæsonen rammer os som hvert år, og hvert år bliver vi overraskede. Vi har tallene fra sidste år – "
            "vi bruger dem bare ikke. **Næste år lægger vi ekstra tider ind i marts**, før presset kommer.",
        ),
        models=(
            Model(
                "Passæsonen toppede, og der var fire ugers ventetid på en tid. En mor skrev, at familien måtte "
                "aflyse en rejse.",
                "Jeg ringede til hende, fandt en tid dagen efter og bad teamlederne åbne ekstra tider om aftenen i "
                "to uger.",
                "Ventetiden faldt til ti dage, og de medarbejdere, der tog aftenerne, får afspadsering, når det "
                "bliver stille igen.",
                "Vi kender toppen hvert år. Det er planlægning, ikke et uheld, og det er mit ansvar.",
            ),
        ),
    ),
    Situation(
        "Vielser på rådhuset", ("borgere", "samarbejde"), months=(5, 6, 8, 9),
        people=("citizens", "staff"), tags=("vielser",),
        bodies=(
            "Tre vielser i dag, og det ene par var over 80 og havde kendt hinanden i 60 år. De medarbejdere, der "
            "står for vielserne, gør det med en varme, som ingen stillingsbeskrivelse kan fange. Jeg fortalte dem "
            "det ikke – det skal jeg huske næste gang.",
            "Vi har fået ros på Facebook for vielserne. Det er en lille ting, men det er også en del af, hvordan "
            "kommunen opleves. Jeg har sendt opslaget videre til hele huset.",
        ),
    ),
    Situation(
        "En pårørende i ventesalen", ("borgere",),
        criteria=("borgere.k3",), people=("citizens",), tags=("ældre",),
        steps=("Finde et stille rum til borgere, der har brug for ro",),
        bodies=(
            "En datter kom med sin mor, der har demens, for at flytte hendes adresse til plejecentret. Moren blev "
            "urolig i ventesalen. Vi tog dem ind på et lille kontor, og sagen var klaret på et kvarter. Vi mangler "
            "et roligt rum – det er ikke første gang.",
        ),
    ),
    Situation(
        "Tre svar på samme spørgsmål", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("sagsbehandling",),
        steps=("Lave en fælles vejledning om begravelseshjælp med Team Ydelser",),
        models=(
            Model(
                "En pårørende ringede vred, fordi hendes far havde fået tre forskellige svar om begravelseshjælp "
                "efter sin kones død.",
                "Jeg ringede selv tilbage, beklagede og gennemgik sagen med hende, mens hun var i røret.",
                "Hun fik et klart svar og en fast kontaktperson. Samtalen sluttede roligere, end den startede.",
                "Tre svar på det samme spørgsmål betyder, at vi ikke har en fælles praksis. Det er ikke "
                "medarbejdernes fejl, det er min.",
            ),
        ),
    ),
    Situation(
        "Borgerpanel om selvbetjeningen", ("borgere",),
        criteria=("borgere.k1",), people=("citizens", "peers"), tags=("digitalisering", "borgerinddragelse"),
        steps=("Sende borgerpanelets forslag til webredaktionen",),
        bodies=(
            "Vi inviterede otte borgere til at prøve den nye selvbetjeningsside, mens vi så på. Ingen af dem fandt "
            "knappen til flytning. Det havde vi aldrig opdaget selv. Det var månedens bedste time.",
            "Andet møde i borgerpanelet. De bad om, at vi skriver, hvor lang tid en ansøgning tager, i stedet for "
            "bare »vi vender tilbage«. Det er et rimeligt krav, og det tvinger os til at kende vores egne "
            "sagsbehandlingstider.",
        ),
    ),
    Situation(
        "Tolk eller ikke tolk", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("tolkning",),
        bodies=(
            "En familie, der taler arabisk, havde brug for hjælp til folkeregisteret. Vi bestilte en telefontolk og "
            "ventede 25 minutter. Ahmed, som taler arabisk, sad ved siden af, men må ikke tolke efter vores egne "
            "regler. Jeg forstår hvorfor, men det føltes forkert for familien i ventesalen.",
        ),
        models=(
            Model(
                "En ukrainsk kvinde skulle have registreret sin søn i folkeregisteret og talte hverken dansk eller "
                "engelsk.",
                "Vi bestilte en videotolk i stedet for at lade hendes tolvårige søn oversætte, selv om det tog 20 "
                "minutter ekstra.",
                "Sagen blev klaret korrekt, og drengen slap for at være voksen på sin mors vegne.",
                "Den hurtige løsning er ikke altid den rigtige. Medarbejderne skal vide, at jeg bakker op om den "
                "langsomme.",
            ),
        ),
    ),
    Situation(
        "Når Udbetaling Danmark siger nej", ("borgere", "samarbejde"),
        criteria=("borgere.k3", "samarbejde.k3"), people=("citizens", "partners"), tags=("boligstøtte",),
        steps=("Invitere kontaktpersonen fra Udbetaling Danmark til et personalemøde",),
        bodies=(
            "Udbetaling Danmark har afvist en ansøgning om boligstøtte, og borgeren kom til os, fordi han ikke "
            "kunne komme igennem på telefonen. Vi må ikke behandle sagen, men vi kan hjælpe ham med at klage. Vi er "
            "ofte det eneste ansigt, borgerne kan finde i et system, der ellers er ansigtsløst.",
            "Fik et godt svar fra vores kontaktperson i Udbetaling Danmark på et spørgsmål, vi har siddet fast i i "
            "ugevis. Vi burde bruge hende meget mere. Det er en relation, jeg selv skal pleje.",
        ),
    ),
    Situation(
        "Skolebesøg om MitID", ("borgere",), months=(2, 3, 4, 5, 9, 10, 11),
        criteria=("borgere.k2", "borgere.k1"), people=("citizens", "staff"), tags=("mitid", "digitalisering"),
        bodies=(
            "To 8. klasser fra Fensmark Skole var på besøg for at lære om MitID og Digital Post, inden de fylder 15. "
            "Det var Ahmeds idé, og han stod for det hele. Eleverne var mere interesserede, end jeg havde regnet "
            "med – især i, hvad man gør, hvis nogen prøver at snyde en.",
        ),
    ),
    Situation(
        "Udgående borgerservice på plejecentret", ("borgere",),
        criteria=("borgere.k3", "borgere.k2"), people=("citizens", "partners"), tags=("ældre", "pas"),
        steps=("Aftale næste udgående dag med plejecentrene",),
        bodies=(
            "Vi var på Plejecenter Solgården med en mobil passtation, så ti beboere kunne få fornyet pas og "
            "sundhedskort uden at blive kørt ind til byen. Personalet på plejecentret havde forberedt det hele. "
            "Det var en god dag, og den koster os næsten ingenting.",
        ),
        models=(
            Model(
                "Andet besøg med den mobile passtation, denne gang på et plejecenter, hvor personalet ikke var "
                "forberedt.",
                "Vi brugte den første time på at finde beboernes papirer sammen med personalet i stedet for at "
                "aflyse.",
                "Vi nåede seks ud af ti beboere og aftalte en ny dag til resten.",
                "Udgående service kræver en fast aftale med plejecentret på forhånd. Det er ikke nok, at vi er klar.",
            ),
        ),
    ),
    Situation(
        "Et byrådsmedlem ringer", ("borgere",),
        criteria=("borgere.k3",), people=("politicians", "citizens"), tags=("sagsbehandlingstid",),
        steps=("Give byrådsmedlemmet besked, når borgeren har fået svar",),
        bodies=(
            "Et byrådsmedlem ringede på vegne af en borger, der havde ventet seks uger på et svar. Sagen var faldet "
            "mellem to stole hos os. Jeg sagde det, som det var, og lovede et svar inden fredag. Det er ubehageligt, "
            "men ærligheden gør det lettere næste gang.",
        ),
        models=(
            Model(
                "Et byrådsmedlem skrev til mig om en borger, der i et opslag på Facebook klagede over at være blevet "
                "afvist i skranken.",
                "Jeg undersøgte sagen, før jeg svarede, og talte med den medarbejder, der havde haft borgeren.",
                "Afvisningen var korrekt, men forklaringen havde været for kort. Jeg svarede byrådsmedlemmet åbent "
                "om begge dele.",
                "Jeg skal både stå på mål for mine medarbejdere og sige, når vi kunne have gjort det bedre. Det er "
                "ikke en modsætning.",
            ),
        ),
    ),
    Situation(
        "Fritagelse for Digital Post", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("digital post", "digitalisering"),
        steps=("Evaluere tjeklisten med medarbejderne om en måned",),
        bodies=(
            "Vi har lavet en tjekliste til fritagelse for Digital Post, så det ikke er tilfældigt, hvem der får det "
            "tilbudt. Medarbejderne var bekymrede for, at den gør samtalen mekanisk. Vi prøver den i en måned og "
            "spørger både borgere og medarbejdere bagefter.",
        ),
    ),
    Situation(
        "En borger, der gik herfra i vrede", ("borgere",), prompt="borgere.p1",
        criteria=("borgere.k3",), people=("citizens",), tags=("skranken",),
        bodies=(
            "En mand smækkede med døren, fordi han ikke kunne få fornyet sit kørekort uden en lægeerklæring. "
            "Reglerne er klare, men jeg tvivler på, at han forstod hvorfor. Vi forklarer reglerne, men sjældent "
            "meningen med dem.",
        ),
        models=(
            Model(
                "En borger blev vred, da hun fik at vide, at hendes navneændring ville tage tre uger.",
                "Jeg lyttede, gentog det, hun sagde, og forklarede, hvad der skulle ske i hvilken rækkefølge – med "
                "datoer.",
                "Hun var stadig utilfreds med ventetiden, men takkede for, at hun nu vidste, hvad der skulle ske.",
                "Vrede handler ofte om uvished. Konkrete datoer er bedre end undskyldninger.",
            ),
        ),
    ),
    Situation(
        "Selvbetjening, der ikke virker", ("borgere", "styring"),
        criteria=("borgere.k3",), people=("citizens", "peers"), tags=("digitalisering",),
        steps=("Skrive til IT om passcanningen i selvbetjeningen",),
        bodies=(
            "Vores nye selvbetjening til sundhedskort kræver, at man kan scanne sit pas med telefonen. Det kan "
            "halvdelen af dem, der har brug for et sundhedskort, ikke. Vi har bygget den til de forkerte.",
        ),
    ),
    Situation(
        "De borgere, der ikke kommer", ("borgere",), months=(1, 2, 3, 4, 5, 6, 8, 9, 10, 11),
        criteria=("borgere.k1", "borgere.k3"), people=("citizens", "partners"), tags=("digital post", "unge"),
        steps=("Aftale et nyt besøg på erhvervsskolen",),
        bodies=(
            "Vi ser næsten aldrig de unge mellem 18 og 25, selv om mange af dem har problemer med Digital Post. De "
            "kommer ikke, fordi de tror, de burde kunne selv. Jeg vil prøve at tage ud på erhvervsskolen i stedet "
            "for at vente på dem.",
        ),
        models=(
            Model(
                "Jeg besøgte erhvervsskolen med to medarbejdere for at tilbyde hjælp til Digital Post og MitID i "
                "frikvarteret.",
                "Vi stillede et bord op i kantinen og lod eleverne komme til os i stedet for at holde et oplæg.",
                "Omkring 30 elever kom forbi, og flere havde ulæste breve fra kommunen og Skattestyrelsen.",
                "Vi når de unge, når vi er der, hvor de er. Det er ikke en kampagne, det er en ny måde at arbejde på.",
            ),
        ),
    ),
    Situation(
        "Ros fra en borger", ("borgere", "samarbejde"),
        criteria=("borgere.k3", "samarbejde.k1"), people=("citizens", "staff"), tags=("ros",),
        bodies=(
            "En borger skrev et håndskrevet kort til Birthe og takkede for hjælpen med sin afdøde mands papirer. "
            "Birthe blev rørt og lidt flov. Jeg hængte kortet op i frokoststuen – med hendes tilladelse.",
            "Vi fik en mail fra en borger, der roste os for at ringe tilbage, som vi havde lovet. Det er et lavt "
            "ambitionsniveau at blive rost for, men det viser, hvad borgerne er vant til.",
        ),
    ),
    Situation(
        "En fejl i folkeregisteret", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("folkeregister", "kvalitet"),
        steps=("Indføre dobbelttjek på de adresseændringer, vi laver for borgerne",),
        bodies=(
            "En borger var blevet flyttet til en forkert adresse i folkeregisteret, fordi vi havde byttet om på to "
            "husnumre. Hun havde ikke fået sin post i en måned. Fejlen tog to minutter at rette og en halv time at "
            "undskylde.",
        ),
        models=(
            Model(
                "En familie havde meldt flytning digitalt, men børnene var ikke kommet med på den nye adresse.",
                "Vi ringede familien op, da vi opdagede det, i stedet for at vente på, at de selv opdagede det.",
                "Fejlen blev rettet, før den nåede skolen og lægen.",
                "Det er ikke nok at rette fejl, når borgerne klager. Vi skal også lede efter dem.",
            ),
        ),
    ),
    Situation(
        "En sag, der ikke slipper mig", ("borgere",), private=True,
        criteria=("borgere.k3",), people=("citizens",), tags=("etik",),
        bodies=(
            "En ung mor, K., har gæld til kommunen, og vi har lige sendt hendes sag til inddrivelse. Alt er gjort "
            "efter reglerne. Alligevel tænker jeg på, om vi kunne have fanget hende tidligere, første gang hun ikke "
            "betalte.",
            "Jeg tænker stadig på den ældre mand, der kom for at melde sin kones død og ikke vidste, hvordan man "
            "betaler en regning. Vi hjalp ham i dag, men hvem hjælper ham næste måned? Jeg har ringet til "
            "hjemmeplejen. Måske var det over grænsen, men det føltes rigtigt.",
        ),
        models=(
            Model(
                "En borger, jeg kender privat, kom i skranken med en sag om begravelseshjælp.",
                "Jeg sørgede for, at en kollega tog sagen, og fortalte borgeren hvorfor.",
                "Borgeren forstod det godt og virkede lettet over ikke at skulle fortælle mig om sin økonomi.",
                "I en kommune af vores størrelse sker det igen. Jeg skal sige det højt hver gang, også når det føles "
                "akavet.",
            ),
        ),
    ),
    Situation(
        "Et kørekort og et brev, ingen forstod", ("borgere",),
        criteria=("borgere.k3", "borgere.k1"), people=("citizens",), tags=("kørekort", "ældre"),
        steps=("Få vores fem mest brugte breve læst igennem af et par borgere",),
        bodies=(
            "En mand på 82 skulle forny sit kørekort og havde taget sin datter med, fordi han var bange for at miste "
            "det. Lægen havde allerede godkendt ham; han havde bare ikke forstået vores brev. Vi skriver for svært.",
        ),
    ),
    Situation(
        "Et pas til en mand uden adresse", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "partners", "staff"), tags=("pas", "udsatte"),
        bodies=(
            "En hjemløs mand havde brug for et pas for at kunne tage et job på en båd. Han havde ingen adresse, "
            "ingen NemKonto og intet billede. Det tog tre besøg og hjælp fra gadesygeplejersken, men han fik passet. "
            "Jeg er stolt af medarbejderen, der ikke gav op.",
        ),
    ),
    Situation(
        "Nye borgere i kommunen", ("borgere", "styring"),
        criteria=("borgere.k3",), people=("citizens", "manager"), tags=("tilflyttere",),
        steps=("Tage modtagelsen af nye borgere op med Henrik",),
        bodies=(
            "En familie fra Sverige er flyttet til kommunen og skulle have CPR-numre, sundhedskort og skoleplads. De "
            "havde været fire forskellige steder hos os. Hvorfor kan vi ikke tage imod nye borgere ét sted? Det er "
            "større end Borgerservice, men jeg kan godt rejse spørgsmålet.",
        ),
    ),
    Situation(
        "Standerne i ventesalen", ("borgere", "styring"),
        criteria=("borgere.k1", "styring.k3"), people=("citizens",), tags=("digitalisering",),
        steps=("Aftale med Karen, at en af standerne flytter til biblioteket",),
        models=(
            Model(
                "Vi har haft to selvbetjeningsstandere i ventesalen i et halvt år, og de bliver næsten ikke brugt.",
                "Jeg stod ved dem en formiddag og spurgte de borgere, der gik forbi, hvorfor de ikke brugte dem.",
                "De fleste vidste ikke, hvad de kunne bruges til, og resten ville hellere tale med et menneske, når "
                "de nu var kommet.",
                "Man kommer ikke i Borgerservice for at bruge en computer. Standerne skal flyttes til biblioteket.",
            ),
        ),
    ),
    Situation(
        "Digital Hjælp i Fuglebjerg", ("borgere",), months=(8, 9, 10, 11),
        criteria=("borgere.k3",), people=("citizens", "partners"), tags=("digitalisering", "bibliotekerne"),
        steps=("Aftale med biblioteket, om Digital Hjælp kan fortsætte",),
        bodies=(
            "Første dag med Digital Hjælp i biblioteket i Fuglebjerg. Syv borgere kom, de fleste med spørgsmål om "
            "Digital Post og en enkelt om pension. Bibliotekaren havde lavet kaffe. Det er ikke mange, men det er "
            "syv, der ellers skulle have taget bussen til Næstved.",
            "Digital Hjælp i Fuglebjerg har kørt i to måneder. Flere borgere kommer igen – ikke fordi de har et nyt "
            "problem, men fordi de gerne vil vise, at de kan selv nu. Det er den bedste evaluering, vi kan få.",
        ),
    ),
    Situation(
        "Nyt navn", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("navneændring",),
        bodies=(
            "En transkønnet borger kom for at skifte navn og juridisk køn. Hun havde forberedt sig på at skulle "
            "forklare sig, men medarbejderen tog det roligt og praktisk. Bagefter sagde hun, at det var første gang, "
            "en myndighed ikke havde gjort det akavet. Jeg har sagt det videre til medarbejderen.",
        ),
    ),
    Situation(
        "Sorg ved skranken", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "staff"), tags=("skranken",),
        models=(
            Model(
                "En enke kom for at søge begravelseshjælp tre dage efter sin mands død og brød sammen ved skranken.",
                "Medarbejderen tog hende med ind på et kontor, og jeg overtog hendes næste borgere, så hun kunne "
                "blive der, så længe det var nødvendigt.",
                "Ansøgningen blev lavet, og enken gik herfra med nummeret til en sorggruppe.",
                "Vores tidsplan skal kunne rumme, at nogle sager ikke klares på et kvarter. Det kræver, at jeg er klar "
                "til at springe ind.",
            ),
        ),
    ),
    Situation(
        "En borger hjalp en anden", ("borgere",),
        criteria=("borgere.k1",), people=("citizens", "staff"), tags=("mitid",),
        bodies=(
            "I ventesalen sad en ung mand og hjalp en ældre dame med hendes MitID-app, mens de ventede. Han kendte "
            "hende ikke. Min medarbejder lod dem være og tog dem sammen bagefter. Borgerne kan mere, end vi giver "
            "dem lov til.",
        ),
    ),
    Situation(
        "Tegnsprog og tidsbestilling", ("borgere",),
        criteria=("borgere.k3",), people=("citizens", "partners"), tags=("tilgængelighed",),
        steps=("Vise tidsbestillingen til Handicaprådet",),
        models=(
            Model(
                "En døv borger kom for at få nyt pas, og vi havde ikke bestilt tegnsprogstolk, fordi "
                "tidsbestillingen ikke spørger om det.",
                "Vi skrev sammen på en skærm, og bagefter bad jeg IT om et felt til det i tidsbestillingen.",
                "Sagen blev klaret, men det tog dobbelt så lang tid, og borgeren var tydeligt træt af at skulle "
                "kæmpe for det.",
                "Tilgængelighed skal tænkes ind fra start, ikke løses ved skranken. Handicaprådet skal se vores "
                "tidsbestilling.",
            ),
        ),
    ),
    Situation(
        "En dag i Glumsø", ("borgere", "samarbejde"),
        criteria=("borgere.k3", "samarbejde.k1"), people=("citizens", "staff"), tags=("bibliotekerne",),
        bodies=(
            "Jeg var en dag i vores lille afdeling i biblioteket i Glumsø. Borgerne dér kender medarbejderen ved "
            "navn, og halvdelen af henvendelserne er en snak, der ender med en sag. Det kan man ikke lave statistik "
            "på, men det er ikke mindre vigtigt.",
        ),
        models=(
            Model(
                "Medarbejderen i Glumsø følte sig glemt, fordi hun sjældent er med til møderne i Næstved.",
                "Jeg flyttede et teammøde ud til Glumsø, så hele teamet oplevede hendes arbejdsdag.",
                "Hun viste, hvor mange ting hun løser alene, og flere kolleger bad om at komme med derud igen.",
                "Det er lettere at føle sig som en del af et team, når teamet har set, hvor man arbejder.",
            ),
        ),
    ),
    # Samarbejde og relationer
    Situation(
        "Ugemøde med teamlederne", ("samarbejde",), recurring=True,
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",),
        steps=("Spørge Jonas, hvordan han har det, på vores næste 1:1",
               "Følge op på specialistordningen for lån til ejendomsskat"),
        bodies=(
            "Kort møde i dag. Jonas havde travlt og var kort for hovedet, og jeg lod det passere. Bagefter tænker "
            "jeg, at det var forkert: han har haft meget på i flere uger, og jeg har ikke spurgt ind.",
            "Vi brugte hele mødet på vagtplanen for skranken – den samme diskussion som for en måned siden. Jeg må "
            "tage beslutningen selv i stedet for at lade den gå i ring.\n\n"
            "**Beslutning:** faste skrankehold i fire uger ad gangen, derefter rotation.",
            "Godt møde. Vi startede med, hvad der er gået godt i ugen, og det ændrede hele tonen. Det tog fem "
            "minutter og gav mere end de 25 minutter om drift bagefter.",
            "Teamlederne vil gerne have, at jeg er mere synlig i ventesalen. Jeg troede, jeg var det. En god "
            "påmindelse om, at min egen oplevelse af mig selv ikke er nok.",
            "Vi talte om, hvordan vi fordeler sagerne om lån til betaling af ejendomsskat. Jonas foreslog, at to "
            "medarbejdere bliver specialister, og at de andre kun tager de enkle sager. Jeg sagde ja, men vil følge "
            "op om tre måneder.",
            "Dagsorden:\n\n- sygefravær i Team Ydelser\n- status på tidsbestillingen\n- nye regler for kørekort\n\n"
            "Vi nåede kun det første punkt. Jeg skal blive bedre til at prioritere dagsordenen, før vi sætter os.",
        ),
        models=(
            Model(
                "Jonas og den anden teamleder var uenige om, hvilket team der skulle afgive en medarbejder til "
                "telefonerne i en travl periode.",
                "Jeg lod dem tale det igennem i stedet for at beslutte, men satte en grænse på ti minutter.",
                "De fandt selv en løsning med halve dage, som begge teams kunne leve med.",
                "Tidsgrænsen gjorde forskellen. Uden den havde de ventet på, at jeg besluttede.",
            ),
            Model(
                "Jeg kom for sent til ugemødet, fordi et møde med Henrik trak ud – for tredje gang på en måned.",
                "Jeg sagde undskyld og spurgte, hvad det betyder for dem, når jeg kommer for sent.",
                "Jonas sagde ærligt, at det sender et signal om, at deres møde er det mindst vigtige.",
                "Min kalender viser mine prioriteringer tydeligere end mine ord. Ugemødet bliver ikke flyttet mere.",
            ),
            Model(
                "Teamlederne ville have mit svar på, om vi skal indføre tidsbestilling til alt, også kørekort.",
                "Jeg spurgte i stedet, hvad de selv ville anbefale, og hvad det ville betyde for borgerne uden "
                "computer.",
                "De var uenige, og vi endte med at prøve det for pas og kørekort, men holde åbent for de andre sager.",
                "Mit svar ville have lukket diskussionen. Mit spørgsmål åbnede den – og gav en bedre løsning.",
            ),
        ),
    ),
    Situation(
        "1:1 med Henrik", ("samarbejde",), recurring=True,
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("manager",),
        steps=("Skrive tre prioriteringer ned til næste møde med Henrik",),
        bodies=(
            "Henrik spurgte, hvad jeg ville gøre, hvis jeg fik en medarbejder mere. Jeg havde ikke noget klart svar. "
            "Det skulle jeg have haft – det er ikke sidste gang, han spørger.",
            "Jeg tog sygefraværet op, og Henrik var hurtig til at tale om tiltag. Jeg havde brug for, at han lyttede "
            "først. Næste gang siger jeg fra starten, hvad jeg har brug for.",
            "Vi var uenige om, hvor meget vi kan skære i åbningstiden. Det var en god uenighed: vi lyttede begge to "
            "og endte et andet sted, end vi startede.",
            "Henrik roste, hvordan vi har klaret de travle uger. Jeg blev glad og lidt forlegen. Jeg har sendt "
            "rosen videre til medarbejderne, for det er dem, der har båret det.",
        ),
        models=(
            Model(
                "Henrik bad mig finde en besparelse på vikarbudgettet, mens sygefraværet stadig er højt.",
                "Jeg sagde, at det kunne jeg godt, men at det ville koste på ventetiden, og viste ham tallene.",
                "Vi aftalte en mindre besparelse og en plan for sygefraværet, som vi følger op på hver måned.",
                "Når jeg kommer med tal, bliver samtalen med Henrik en forhandling i stedet for en ordre.",
            ),
            Model(
                "Henrik bad mig overtage koordineringen af kommunens tolkebestillinger, oven i alt det andet.",
                "Jeg bad om en dag til at tænke og kom tilbage med, hvad jeg ville lægge fra mig, hvis jeg sagde ja.",
                "Han valgte at give opgaven til en anden afdeling. Det var ikke det, jeg havde ventet, men det var et "
                "fint svar.",
                "Et nej med et alternativ er lettere at tage imod end et ja, jeg ikke kan holde.",
            ),
        ),
    ),
    Situation(
        "Personalemøde", ("samarbejde",), recurring=True,
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("trivsel",),
        steps=("Sætte arbejdsmiljø på dagsordenen til næste personalemøde",),
        bodies=(
            "Personalemøde med hele Borgerservice. Jeg fortalte om den økonomiske situation, og der blev meget "
            "stille. Bagefter kom to medarbejdere og spurgte, om deres stillinger var i fare. Jeg må være langt mere "
            "konkret, også om det, jeg ikke ved endnu.",
            "Vi brugte halvdelen af mødet på gruppearbejde om, hvad en god dag på arbejdet er. Svarene overraskede "
            "ikke – tid til den enkelte borger, kolleger der hjælper – men det gjorde noget at sige det højt sammen.",
            "Kort personalemøde med kage for Birthes 25-års jubilæum. Hun fortalte, hvordan Borgerservice har "
            "ændret sig, fra kartotekskort til MitID. Der er meget viden i dem, der har været her længe.",
            "Jeg lod medarbejderne sætte dagsordenen. Det gav færre punkter og bedre diskussioner. Det gør vi igen.",
        ),
        models=(
            Model(
                "På personalemødet spurgte en medarbejder direkte, om det passer, at vi skal spare en stilling.",
                "Jeg svarede, at jeg ikke vidste det endnu, og sagde, hvornår jeg ville vide det, og hvad der skulle "
                "ske indtil da.",
                "Der blev stille, men stemningen var bedre bagefter, end jeg havde frygtet. Flere takkede for "
                "ærligheden.",
                "Det er bedre at sige »det ved jeg ikke endnu« med en dato end at vente, til jeg har hele svaret.",
            ),
            Model(
                "Vi skulle finde en ny fordeling af opgaverne, efter at to medarbejdere var gået på pension.",
                "Jeg satte alle opgaverne op på post-its på væggen og lod medarbejderne fordele dem selv, med "
                "teamlederne som ordstyrere.",
                "Fordelingen blev anderledes, end jeg havde forestillet mig, og der var kun to opgaver, ingen ville "
                "have.",
                "Når medarbejderne fordeler selv, bliver det synligt, hvad der er tungt. Dem tager teamlederne og jeg.",
            ),
        ),
    ),
    Situation(
        "MED-udvalget", ("samarbejde",), recurring=True,
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("med", "arbejdsmiljø"),
        steps=("Sende referatet fra MED-mødet ud til alle medarbejdere",),
        bodies=(
            "MED-mødet handlede om retningslinjerne for hjemmearbejde. Tillidsrepræsentanten ville have faste dage, "
            "jeg ville have fleksibilitet. Vi landede på en prøveperiode. Det er ikke elegant, men alle kan stå på "
            "mål for det.",
            "Arbejdsmiljørepræsentanten fremlagde tallene for registrerede episoder med trusler. De er steget. Vi "
            "skal tale om, hvordan vi passer på hinanden – ikke bare lave en ny procedure.",
        ),
        models=(
            Model(
                "I MED-udvalget foreslog tillidsrepræsentanten faste pauser i skranken på travle dage.",
                "Jeg sagde ja til at prøve det, selv om jeg var bekymret for køen, og bad om, at vi måler ventetiden "
                "imens.",
                "Ventetiden steg ikke mærkbart, og medarbejderne siger, at de er mindre trætte sidst på dagen.",
                "Jeg skal stole mere på, at medarbejderne kender deres egen arbejdsdag bedre end jeg.",
            ),
        ),
    ),
    Situation(
        "Sygefraværssamtale", ("samarbejde",), recurring=True, private=True,
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("sygefravær",),
        steps=("Følge op med M. om planen for opstart", "Aftale næste opfølgningssamtale"),
        bodies=(
            "Første fraværssamtale med M. efter tre ugers sygemelding. Hun var nervøs, jeg var for formel. Vi kom "
            "først rigtigt i gang, da jeg lagde papirerne væk. Samtalen handler om hende, ikke om skemaet.",
            "Opfølgende samtale med M. Hun vil gerne starte op på nedsat tid. Jeg er bekymret for, at det går for "
            "hurtigt, men det er hendes beslutning, og lægen bakker op. Vi mødes hver uge den første måned.",
            "Svær samtale om gentaget korttidsfravær med en medarbejder. Jeg havde forberedt mig grundigt, og det "
            "hjalp. Han sagde selv, at det handlede om forhold derhjemme. Vi fandt en løsning med andre mødetider.",
        ),
        models=(
            Model(
                "En medarbejder har haft mange korte sygedage det seneste halve år, og kollegerne er begyndt at tale "
                "om det.",
                "Jeg tog en samtale med ham alene, beskrev det, jeg havde set, og spurgte, hvad der lå bag – uden at "
                "komme med løsninger først.",
                "Han fortalte om en syg forælder. Vi aftalte midlertidigt andre mødetider, og jeg lovede at sige det "
                "til kollegerne på en måde, han kunne stå inde for.",
                "Jeg venter for længe med de svære samtaler, fordi jeg vil være sikker. Det er ikke venligt at vente "
                "– det er bare bekvemt for mig.",
            ),
            Model(
                "M. skulle tilbage efter sin sygemelding, og kollegerne var usikre på, hvad de måtte spørge om.",
                "Jeg aftalte med hende, hvad hun gerne ville have, at de andre vidste, og sagde det på morgenmødet, "
                "før hun kom.",
                "Hun blev taget godt imod, og ingen stillede de spørgsmål, hun havde frygtet.",
                "En tilbagevenden skal forberedes lige så godt som en ansættelse.",
            ),
        ),
    ),
    Situation(
        "Uro om vagtplanen", ("samarbejde",),
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("trivsel",),
        steps=("Holde et fælles møde med de to om skrankevagterne",),
        bodies=(
            "To medarbejdere i Team Pas er kørt fast i hinanden om fordelingen af skrankevagter. Jeg har hørt dem "
            "begge, hver for sig, og de har begge ret i noget. Jeg vil have dem til at mødes med mig i stedet for, "
            "at jeg beslutter hen over hovedet på dem.",
        ),
        models=(
            Model(
                "Uro i Team Pas om, hvem der tager de sene skrankevagter om torsdagen.",
                "Jeg samlede de tre, det handlede om, og bad dem selv lave et forslag inden for nogle klare rammer.",
                "De lavede en ordning, der er mere fair end den, jeg selv ville have lavet.",
                "Når jeg giver rammer i stedet for svar, tager medarbejderne ansvar. Jeg skal holde igen med at løse "
                "ting for dem.",
            ),
        ),
    ),
    Situation(
        "Kaffe med Karen fra bibliotekerne", ("samarbejde",), prompt="samarbejde.p2",
        criteria=("samarbejde.k2", "samarbejde.k3"), context="tvaergaende", people=("peers",),
        tags=("bibliotekerne", "digitalisering"),
        steps=("Sende Karen et udkast til et fælles kursus for personalet",),
        bodies=(
            "Karen og jeg drak kaffe for første gang i et halvt år. Bibliotekerne får de samme spørgsmål om Digital "
            "Post, som vi gør, bare uden adgang til systemerne. Vi burde have et fælles kursus for personalet. "
            "Hvorfor har vi ikke talt om det før?",
            "Opfølgning med Karen. Bibliotekets personale vil gerne have en fast telefonlinje til os, så de kan "
            "sende borgere videre uden at de skal stå i kø. Det koster os næsten ingenting og sparer borgerne en tur.",
        ),
    ),
    Situation(
        "Trusler ved skranken", ("samarbejde",),
        criteria=("samarbejde.k1",), people=("staff", "citizens"), tags=("vold og trusler", "arbejdsmiljø"),
        steps=("Registrere episoden i arbejdsmiljøsystemet",
               "Tage proceduren for trusler med i introduktionen af nye kolleger"),
        bodies=(
            "En borger truede Ahmed i skranken, fordi han ikke kunne få udbetalt et beløb, vi ikke har noget med at "
            "gøre. Vagten kom hurtigt, og Ahmed klarede det roligt. Jeg talte med ham lige bagefter og igen sidst "
            "på dagen. Han sagde, at det var den anden snak, der betød noget.",
            "Vi gennemgik episoden fra i sidste uge med dem, der var på arbejde. Hvad virkede, og hvad gør vi "
            "anderledes? Ingen skyld, kun læring. Jeg var imponeret over, hvor åbent de talte.",
        ),
        models=(
            Model(
                "En borger slog i skranken og råbte ad en ny medarbejder, fordi hans sag om navneændring ikke var "
                "færdig.",
                "Jeg gik derud, tog over og bad borgeren gå med ind på et kontor. Bagefter satte jeg mig med "
                "medarbejderen.",
                "Borgeren faldt til ro, og sagen blev afklaret. Medarbejderen var rystet, men blev på arbejde.",
                "Nye medarbejdere skal kende vores procedure for trusler fra den første uge – ikke efter den første "
                "episode.",
            ),
        ),
    ),
    Situation(
        "En medarbejder med en god idé", ("samarbejde", "borgere"),
        criteria=("samarbejde.k1", "borgere.k1"), people=("staff",), tags=("udvikling",),
        steps=("Sætte idéen på dagsordenen til næste teammøde",),
        bodies=(
            "Birthe foreslog, at vi sender en sms til borgerne dagen før deres tid med en liste over, hvad de skal "
            "have med. Det er så enkelt, at jeg ærgrer mig over, at vi ikke har gjort det for længst. Vi prøver det "
            "i Team Pas fra næste måned.",
            "Ahmed har lavet en lille vejledning på arabisk og ukrainsk til borgere, der skal bestille sundhedskort "
            "digitalt. Han gjorde det i en stille stund uden at spørge. Det er den slags engagement, jeg skal passe "
            "på ikke at tage for givet.",
        ),
    ),
    Situation(
        "Feedback fra teamlederne", ("samarbejde",),
        criteria=("samarbejde.k1",), context="forventninger", people=("staff",), tags=("feedback",),
        steps=("Spørge teamlederne igen om en måned, om de kan mærke en forskel",),
        bodies=(
            "Spurgte teamlederne, hvad jeg skal gøre mere af og mindre af. Mere: være til stede i huset. Mindre: "
            "skrive lange mails sent om aftenen. Begge dele er rigtige, og det sidste havde jeg slet ikke tænkt over.",
        ),
        models=(
            Model(
                "Jeg bad Jonas om ærlig feedback på, hvordan jeg havde ledet budgetprocessen.",
                "Jeg lyttede uden at forklare mig og skrev ned, hvad han sagde.",
                "Han sagde, at jeg havde inddraget for sent, og at teamlederne følte sig som budbringere frem for "
                "medspillere.",
                "Jeg inddrager, når jeg selv har overblikket. Det er for sent for dem, der skal bære beslutningen ud.",
            ),
        ),
    ),
    Situation(
        "Ledernetværket i centret", ("samarbejde",),
        criteria=("samarbejde.k2",), context="lederudvikling", people=("peers",), tags=("lederudvikling",),
        steps=("Besøge Ydelseskontoret og se deres ordning med opringning",),
        bodies=(
            "I ledernetværket fortalte lederen af Ydelseskontoret, at de har halveret ventetiden i telefonen ved at "
            "ringe borgerne op i stedet for at lade dem vente. Det vil jeg gerne låne. Jeg har aftalt at besøge dem.",
            "Netværksmødet handlede om at lede ledere. Jeg er stadig vant til at løse opgaverne selv, og det mærker "
            "teamlederne. Det var godt at høre, at de andre kæmper med det samme.",
        ),
    ),
    Situation(
        "Tvivl efter en lang uge", ("samarbejde",), private=True,
        people=("manager",), tags=("arbejdspres",),
        bodies=(
            "Jeg er træt. Det har været en uge med brandslukning fra start til slut, og jeg har ikke nået noget af "
            "det, jeg havde planlagt. Det er en del af jobbet, men jeg skal have talt med Henrik om, hvad der kan "
            "vente.",
            "Jeg tvivler på, om jeg var for hård i samtalen i går. Jeg har læst mine noter igen, og jeg tror, det "
            "var rigtigt at sige det tydeligt. Men jeg kunne have sagt det med mere varme.",
            "Det er aften, og jeg sidder igen med mailen. Jeg lovede mig selv at lade være. Fra nu af slukker jeg "
            "arbejdstelefonen fredag kl. 16 og ser, hvad der sker.",
        ),
    ),
    Situation(
        "Uenig med Henrik", ("samarbejde", "styring"), private=True,
        criteria=("styring.k1",), people=("manager",), tags=("loyalitet",),
        steps=("Tage udlånet af medarbejderen op med Henrik",),
        bodies=(
            "Henrik besluttede at låne en af mine medarbejdere ud til en anden afdeling i tre måneder uden at spørge "
            "mig først. Jeg sagde ikke noget på mødet. Det skulle jeg have gjort – roligt, men tydeligt.",
        ),
        models=(
            Model(
                "Jeg var uenig i Henriks beslutning om at samle telefonbetjeningen for hele centret i én enhed.",
                "Jeg skrev mine argumenter ned, bad om et møde og lagde dem frem uden at gøre det personligt.",
                "Beslutningen står ved magt, men vi får et halvt år til at prøve det og en evaluering, som jeg er med "
                "til at lave.",
                "Uenighed er ikke illoyalitet, når den bliver sagt det rigtige sted og på det rigtige tidspunkt.",
            ),
        ),
    ),
    Situation(
        "Telefonløsningen og IT", ("samarbejde", "styring"),
        criteria=("samarbejde.k3",), context="tvaergaende", people=("peers",), tags=("telefoni", "digitalisering"),
        steps=("Følge op med IT's projektleder om tallene for køen",),
        bodies=(
            "Den nye telefonløsning kan vise, hvor mange der lægger på i køen. IT havde ikke tænkt på, at det var "
            "det tal, vi havde brug for. Jeg tog en time med deres projektleder, og nu kommer det med i næste version.",
            "Tredje møde med IT om telefonløsningen. Vi taler forbi hinanden: de taler om licenser, vi taler om "
            "borgere, der lægger på. Jeg foreslog, at deres projektleder sidder en time med i telefonerne. Han sagde "
            "ja.",
        ),
    ),
    Situation(
        "En ny medarbejder starter", ("samarbejde",),
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("onboarding",),
        steps=("Lave en introduktion til, hvorfor vi gør, som vi gør",),
        bodies=(
            "Ny medarbejder i Team Ydelser i dag. Vi havde en plan for de første to uger og en fast makker. "
            "Alligevel stod hun alene ved kaffemaskinen, da jeg kom forbi kl. 10. Det er de små ting, der sidder fast.",
            "Opfølgning med vores nye medarbejder efter en måned. Hun savner at vide, hvorfor vi gør, som vi gør. "
            "Hun har ret: vi lærer nye at klikke, ikke at forstå.",
        ),
    ),
    Situation(
        "Snak med tillidsrepræsentanten", ("samarbejde",),
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("med",),
        steps=("Tage inddragelsen i beslutninger op på næste MED-møde",),
        bodies=(
            "Den faste månedlige snak med tillidsrepræsentanten. Hun fortalte, at flere medarbejdere oplever, at "
            "beslutningerne er truffet, før de bliver spurgt. Det gjorde ondt at høre, især fordi jeg tror, hun har "
            "ret.",
            "God snak med tillidsrepræsentanten om den nye vagtplan. Vi er ikke enige om alt, men vi har en fælles "
            "interesse i, at den holder. Hun lovede at tage snakken med de mest kritiske.",
        ),
    ),
    Situation(
        "Coaching", ("samarbejde",), private=True,
        context="lederudvikling", tags=("lederudvikling",),
        steps=("Øve mig i at sige nej på næste møde med Henrik",),
        bodies=(
            "Tredje coachingsession. Spørgsmålet, der ramte, var: »Hvad ville du gøre, hvis du ikke var bange for at "
            "skuffe nogen?« Jeg ville sige nej til flere af de opgaver, der bliver sendt videre til mig. Det skal jeg "
            "øve.",
        ),
        models=(
            Model(
                "Min coach bad mig beskrive en situation, hvor jeg havde holdt igen med at sige min mening.",
                "Jeg fortalte om mødet, hvor budgettet blev fremlagt, og hvor jeg sad stille, selv om jeg var uenig.",
                "Vi fandt ud af, at jeg holder igen, når jeg er bange for at virke illoyal over for Henrik.",
                "Loyalitet og uenighed kan godt være i samme rum. Jeg vil øve mig i at sige: »Jeg er uenig, og jeg "
                "bakker op.«",
            ),
        ),
    ),
    Situation(
        "1:1-samtaler med medarbejderne", ("samarbejde",), recurring=True, ago=range(0, 190),
        criteria=("samarbejde.k1",), context="dagligt-samarbejde", people=("staff",), tags=("trivsel",),
        own="one_to_one",
        steps=("Booke de sidste 1:1-samtaler i kalenderen",),
        bodies=(
            "Fire 1:1-samtaler i dag. Den korteste var den vigtigste: en medarbejder fortalte, at hun overvejer at "
            "søge væk, fordi hun ikke kan se, hvor hun kan udvikle sig. Det havde jeg ikke set komme.",
            "Jeg er bagud med 1:1-samtalerne, fordi økonomien har fyldt. Det er præcis den situation, jeg skrev "
            "succeskriteriet for. Jeg har booket resten af samtalerne ind, før jeg gør noget andet.",
            "1:1 med Ahmed. Han vil gerne have mere ansvar for vores arbejde med de unge. Vi aftalte, at han står "
            "for næste besøg på erhvervsskolen og selv fortæller teamet om det.",
            "Tre samtaler i træk, hvor medarbejderne talte om det samme: for mange systemer og for lidt tid til "
            "borgerne. Når det samme kommer op tre gange, er det ikke en personlig klage længere, men et mønster.",
        ),
        models=(
            Model(
                "En medarbejder brugte sin 1:1-samtale på at fortælle, at hun føler sig overset, når der bliver "
                "fordelt nye opgaver.",
                "Jeg spurgte, hvilke opgaver hun gerne ville have, i stedet for at forklare, hvordan vi fordeler dem.",
                "Hun ville gerne stå for introduktionen af nye kolleger. Det gør hun nu.",
                "De faste samtaler giver plads til det, der aldrig ville blive sagt i en travl uge.",
            ),
        ),
    ),
    Situation(
        "En borger mellem os og Jobcenteret", ("samarbejde", "borgere"),
        criteria=("samarbejde.k3",), context="tvaergaende", people=("peers", "citizens"), tags=("tværgående",),
        bodies=(
            "En borger var blevet sendt frem og tilbage mellem os og Jobcenteret tre gange. Jeg ringede til lederen "
            "af Jobcenterets modtagelse, og vi aftalte, at den, der møder borgeren først, ejer sagen, til den er "
            "afleveret personligt. Det burde være indlysende.",
        ),
    ),
    Situation(
        "Sommerafslutning", ("samarbejde",), months=(6,),
        criteria=("samarbejde.k1",), people=("staff",), tags=("trivsel",),
        bodies=(
            "Sommerafslutning på terrassen med is og en quiz om Borgerservice gennem tiderne. Jeg holdt en kort tale "
            "og nævnte tre konkrete ting, hvert team havde gjort godt i foråret. Det var det, folk talte om bagefter.",
        ),
    ),
    # Styring og effekt
    Situation(
        "Månedens tal", ("styring",), recurring=True,
        criteria=("styring.k3",), people=("staff",), tags=("data", "ventetid"), own="phone",
        steps=("Lave en kort oversigt over månedens tal til personalemødet",),
        bodies=(
            "Ventetiden i telefonen var i gennemsnit 7 minutter i sidste måned. Det er for meget, men gennemsnittet "
            "skjuler, at mandag formiddag er slem og resten af ugen fin. Vi flytter to medarbejdere til telefonerne "
            "mandag formiddag og ser, hvad det gør.",
            "Tallene viser, at 40 % af opkaldene handler om Digital Post. Det er ikke en telefonopgave, det er en "
            "informationsopgave. Vi skal have bedre svar på hjemmesiden, før vi sætter flere i telefonerne.",
            "Andelen af borgere, der ikke møder op til deres bestilte tid, er steget til 12 %. Vi sender ikke "
            "påmindelser. Det kan vi begynde på i morgen.",
            "## Tal fra måneden\n\n- Ventetid i telefonen: 4 min. i snit\n- Udeblivelser: 9 %\n"
            "- Henvendelser i skranken: 2.310\n\nFor første gang i år går alle tre den rigtige vej. Jeg siger det "
            "til medarbejderne, og jeg siger også, at det er deres fortjeneste.",
            "Jeg kigger på tal hver måned, men bruger jeg dem? Denne gang har jeg ikke ændret noget på grund af dem. "
            "Det er et tegn på, at jeg måler for mange ting.",
        ),
        models=(
            Model(
                "Tallene viste, at udeblivelserne fra bestilte tider var steget til 14 %.",
                "I stedet for at sende påmindelser til alle spurgte vi ti borgere, der var udeblevet, hvorfor.",
                "Halvdelen havde fået løst deres sag digitalt i mellemtiden og vidste ikke, at de skulle aflyse.",
                "Tallet fortalte, at noget var galt; borgerne fortalte hvad. Nu kommer der et aflysningslink i "
                "bekræftelsen.",
            ),
            Model(
                "Tallene viste, at hver tredje borger, vi hjælper med Digital Post, kommer igen inden for en måned "
                "med det samme problem.",
                "Jeg satte mig med to medarbejdere og gennemgik tyve af sagerne for at forstå hvorfor.",
                "Vi løser problemet for borgerne i stedet for at lære dem at løse det selv. Det er hurtigere i dag "
                "og langsommere i morgen.",
                "Genhenvendelser siger mere om vores kvalitet end ventetiden.",
            ),
        ),
    ),
    Situation(
        "Sagsbehandlingstider", ("styring", "borgere"),
        criteria=("styring.k3", "borgere.k3"), people=("staff",), tags=("sagsbehandlingstid", "data"),
        steps=("Bede Jonas om sagsbehandlingstiderne hver måned",),
        bodies=(
            "Vi lover borgerne svar på lån til ejendomsskat inden for fire uger. Vi holder det i 70 % af sagerne. "
            "Ingen har spurgt til det, fordi ingen har målt det. Nu har vi, og så skal vi også gøre noget ved det.",
        ),
        models=(
            Model(
                "Jeg opdagede, at vi ikke kender vores egne sagsbehandlingstider for begravelseshjælp.",
                "Jeg bad Jonas trække tallene for det seneste år og satte mig med dem selv.",
                "Gennemsnittet var fint, men hver tiende sag tog over to måneder – næsten altid, fordi vi ventede på "
                "et dokument, vi ikke havde bedt om.",
                "Gennemsnit beroliger, spredning forklarer. Jeg vil altid spørge til de sager, der tager længst tid.",
            ),
        ),
    ),
    Situation(
        "Det vælger vi fra", ("styring",), prompt="styring.p2",
        criteria=("styring.k1",), people=("staff", "manager"), tags=("prioritering",),
        steps=("Forklare fravalget på næste personalemøde",),
        bodies=(
            "Vi holder op med at printe kvitteringer for alle ekspeditioner. Det sparer ikke mange penge, men det "
            "sparer tid ved hver eneste skranke. Jeg forklarede det med tallene på personalemødet, og ingen "
            "protesterede. Det overraskede mig.",
            "Jeg har meldt fra til arbejdsgruppen om det nye intranet. Ikke fordi det er uvigtigt, men fordi jeg ikke "
            "kan give det den tid, det kræver, mens sygefraværet er højt. Henrik forstod det. Jeg skulle have sagt "
            "nej fra starten.",
        ),
    ),
    Situation(
        "De nye åbningstider", ("styring", "borgere"),
        criteria=("styring.k1",), people=("politicians", "staff", "citizens"), tags=("åbningstider",),
        steps=("Fortælle medarbejderne om de nye åbningstider, før det står i avisen",),
        bodies=(
            "Udvalget har besluttet, at Borgerservice holder lukket om fredagen fra nytår. Jeg var imod, men nu er "
            "det besluttet, og så er det min opgave at gennemføre det ordentligt. Medarbejderne skal høre det fra "
            "mig, ikke fra avisen.",
            "Første måned med de nye åbningstider. Færre klager, end jeg frygtede, og flere borgere ringer om "
            "torsdagen i stedet. Vi må flytte bemandingen efter borgerne, ikke efter vanen.",
        ),
    ),
    Situation(
        "Jobrotation mellem teamene", ("styring", "samarbejde"), ago=range(100, DAYS + 1),
        criteria=("styring.k2",), people=("staff",), tags=("jobrotation",),
        steps=("Lave en fast plan for rotation mellem teamene",),
        bodies=(
            "To medarbejdere fra Team Pas har været en uge i Team Ydelser. De kom tilbage med respekt for, hvor "
            "komplicerede ydelsessagerne er, og Team Ydelser fik et par gode idéer til, hvordan de tager imod "
            "borgerne. Det skal være fast, ikke et forsøg.",
            "Vi mangler stadig et fælles ansvar for den fælles postkasse. Den er »alles« og derfor ingens. I dag lå "
            "der breve fra sidste uge. Teamlederne laver en fast ordning på tværs af teamene.",
        ),
    ),
    Situation(
        "Budgetopfølgning", ("styring",), months=(4, 5, 6, 9, 10, 11),
        criteria=("styring.k1", "styring.k3"), people=("manager",), tags=("budget",),
        steps=("Aftale med Henrik, hvornår den ledige stilling skal besættes",),
        bodies=(
            "Halvårsregnskabet viser et merforbrug på vikarer på 180.000 kr. Det er sygefraværet, der koster. Jeg "
            "har en plan for at få det ned, men den bygger på, at færre bliver syge – og det er ikke en plan.",
            "Budgetopfølgning med økonomikonsulenten. Vi er på sporet, men kun fordi vi har holdt en stilling ledig. "
            "Jeg skal tale med Henrik om, hvor længe det kan holde.",
        ),
    ),
    Situation(
        "Kvalitetstjek på tværs", ("styring",), ago=range(100, DAYS + 1),
        criteria=("styring.k2", "styring.k3"), people=("staff",), tags=("kvalitet",),
        steps=("Planlægge næste kvalitetstjek på tværs",),
        bodies=(
            "Teamene tjekker nu et udsnit af hinandens sager hver måned. Første runde fandt fem fejl i Team Ydelser "
            "og tre i Team Pas. Det vigtigste var, at de talte sammen om dem i stedet for at forsvare sig.",
        ),
        models=(
            Model(
                "Andet kvalitetstjek på tværs af teamene fandt de samme fejl i vielsessagerne som sidst.",
                "Jeg bad de to medarbejdere, der har flest vielser, om at lave en fælles tjekliste i stedet for at "
                "rette fejlene én for én.",
                "Tjeklisten var klar på en uge, og ved næste tjek var der kun én fejl.",
                "Når en fejl gentager sig, er det processen, der skal rettes, ikke personen.",
            ),
        ),
    ),
    Situation(
        "Hvad bruger vi tiden på?", ("styring", "samarbejde"),
        criteria=("styring.k3", "samarbejde.k1"), people=("staff",), tags=("data", "trivsel"),
        steps=("Sende tidsregistreringen til IT som argument for en integration",),
        bodies=(
            "Vi har registreret, hvad vi bruger tiden på, i to uger. 22 % af tiden i Team Ydelser går med at finde "
            "oplysninger, vi allerede har i et andet system. Det er ikke et trivselsproblem, men det føles som et. "
            "Tallene gav os et sprog for noget, alle havde mærket.",
        ),
    ),
    Situation(
        "Et tal, der fik mig til at skifte kurs", ("styring",), prompt="styring.p1",
        criteria=("styring.k3",), people=("staff",), tags=("data",),
        models=(
            Model(
                "Jeg troede, at de lange køer om mandagen skyldtes for få medarbejdere i skranken.",
                "Jeg bad om tal for, hvad borgerne kom med om mandagen, før jeg flyttede flere folk derud.",
                "Over halvdelen kom med spørgsmål til breve, de havde fået i weekenden – og som en bedre hjemmeside "
                "kunne have besvaret.",
                "Jeg skal spørge til årsagen, før jeg løser problemet. Flere hænder havde gjort køen hurtigere, ikke "
                "kortere.",
            ),
        ),
    ),
    Situation(
        "En fælles beslutning skal gennemføres", ("styring",),
        criteria=("styring.k1",), people=("staff",), tags=("digitalisering",),
        models=(
            Model(
                "Direktionen har besluttet, at alle afdelinger skal bruge det samme system til tidsbestilling.",
                "Jeg brugte et personalemøde på at forklare hvorfor, også med de argumenter, jeg ikke selv var enig "
                "i, og bad om hjælp til at få det til at virke hos os.",
                "Medarbejderne fandt selv tre ting, der skal ændres, og dem har jeg sendt videre.",
                "Fælles beslutninger bliver lettere at gennemføre, når medarbejderne får lov at gøre dem til deres "
                "egne.",
            ),
        ),
    ),
    Situation(
        "Drift eller udvikling", ("styring",), prompt="styring.p3", months=(3, 4, 5, 6),
        criteria=("styring.k1",), people=("staff",), tags=("prioritering",),
        bodies=(
            "Vi har to udviklingsprojekter i gang og et sygefravær på 7 %. Jeg har besluttet at sætte det ene projekt "
            "på pause til efter sommerferien. Det er ikke let at sige til dem, der brænder for det, men driften skal "
            "kunne bære udviklingen, ellers bærer den ingenting.",
        ),
    ),
)

_ANNUAL: tuple[Situation, ...] = (
    Situation(
        "Resultataftale for det nye år", ("styring",), on=(1, 13),
        criteria=("styring.k1", "styring.k3"), context="opgaver", people=("manager",), tags=("resultataftale",),
        steps=("Lave en kvartalsoversigt over de tre mål til Henrik",),
        bodies=(
            "Henrik og jeg har aftalt tre mål for året:\n\n1. Ventetiden i telefonen skal ned\n"
            "2. Flere borgere skal have løst deres sag ved første henvendelse\n3. Sygefraværet skal under 5 %\n\n"
            "Det tredje er det sværeste, for det er det, jeg har mindst direkte indflydelse på. Henrik vil have "
            "tal hvert kvartal.",
        ),
    ),
    Situation(
        "Forberedelse til LUS", ("samarbejde", "styring"), on=(2, 18),
        context="lus", people=("manager",), tags=("lus", "lederudvikling"),
        models=(
            Model(
                "Jeg forberedte min lederudviklingssamtale med Henrik og læste sidste års udviklingsplan igen.",
                "Jeg gik mine refleksioner fra det seneste halve år igennem og talte, hvilke temaer de handlede om.",
                "Borgerne og medarbejderne fylder meget; styring og effekt næsten ingenting. Det er et mønster, ikke "
                "et tilfælde.",
                "Jeg vil bede Henrik om hjælp til netop styringen i stedet for at vise ham det, jeg allerede er god "
                "til.",
            ),
        ),
    ),
    Situation(
        "LUS med Henrik", ("samarbejde", "styring"), on=(3, 4),
        criteria=("samarbejde.k1",), context="lus", people=("manager",), tags=("lus", "lederudvikling"),
        steps=("Finde en mentor blandt lederne i centret", "Sende udviklingsplanen til Henrik"),
        bodies=(
            "### Det vigtigste fra samtalen\n\n- Henrik ser mig som stærk på borgerne og svagere på styring og tal\n"
            "- Jeg skal have en mentor blandt de andre ledere i centret\n"
            "- Næste 3-i-1 skal vise, at teamlederne oplever mere ansvar\n\n"
            "Det første gjorde lidt ondt, fordi det passer. Det er også det, mine egne refleksioner viser.",
        ),
    ),
    Situation(
        "Kvartalsrefleksion", ("samarbejde", "styring"), on=(3, 26), prompt="review.p1",
        people=("staff",), tags=("kvartal",),
        bodies=(
            "Jeg skriver mest om borgerne og om medarbejderne og næsten aldrig om tal og styring. Det er det samme "
            "mønster, Henrik pegede på til LUS. Jeg vil bryde det – ikke ved at skrive mere om budget, men ved at "
            "spørge mig selv, hvad vi faktisk ved om effekten af det, vi gør.",
        ),
    ),
    Situation(
        "Lederuddannelsen: svære samtaler", ("samarbejde",), on=(4, 22),
        criteria=("samarbejde.k1",), context="lederudvikling", people=("peers",), tags=("lederudvikling",),
        bodies=(
            "Dag to på lederuddannelsens modul om svære samtaler. Vi øvede med skuespillere, og jeg opdagede, at jeg "
            "begynder at forklare, så snart der bliver stille. **Stilheden er ikke farlig.** Det var dagens "
            "vigtigste sætning, og den kom fra en skuespiller.",
        ),
    ),
    Situation(
        "Brugerundersøgelsen er kommet", ("styring", "borgere"), on=(5, 13),
        criteria=("styring.k3", "borgere.k3"), people=("citizens", "staff"), tags=("brugerundersøgelse", "data"),
        bodies=(
            "Årets brugerundersøgelse: 88 % er tilfredse med betjeningen, men kun 61 % svarer, at de fik løst det, "
            "de kom for. Det første tal vil alle gerne tale om. Det andet er det, der betyder noget. Vi er venlige, "
            "men vi løser ikke nok i første hug.",
        ),
    ),
    Situation(
        "Borgermøde i Fuglebjerg", ("borgere",), on=(6, 10),
        criteria=("borgere.k1", "borgere.k2"), people=("citizens", "politicians"), tags=("borgermøde", "åbningstider"),
        steps=("Planlægge en ugentlig dag med Digital Hjælp i Fuglebjerg",),
        bodies=(
            "Omkring 40 borgere mødte op til borgermødet om den lokale borgerservice i biblioteket. De var vrede "
            "over de kortere åbningstider, men det, de egentlig savnede, var et sted at få hjælp uden at skulle til "
            "Næstved. Forslaget om en ugentlig dag med Digital Hjælp kom fra en af deltagerne. Vi prøver det efter "
            "sommerferien.",
        ),
    ),
    Situation(
        "Kvartalsrefleksion", ("samarbejde", "styring"), on=(6, 25), prompt="review.p2",
        tags=("kvartal",),
        bodies=(
            "Jeg har mange eksempler på, at vi arbejder for de bedste løsninger for borgerne, og en del om trivsel. "
            "Jeg har næsten ingen om fælles ansvar for fælles opgaver på tværs af teamene. Før næste 3-i-1 vil jeg "
            "gøre jobrotationen fast, så der er noget at vurdere.",
        ),
    ),
    Situation(
        "Budget: 0,8 mio. skal findes", ("styring",), on=(8, 19),
        criteria=("styring.k1",), people=("manager", "politicians", "staff"), tags=("budget",),
        steps=("Samle teamlederne om budgetforslagene", "Sende et prioriteret forslag til Henrik"),
        bodies=(
            "Borgerservice skal bidrage med 0,8 mio. kr. til næste års budget. Mulighederne, som jeg ser dem:\n\n"
            "- lukke skranken en eftermiddag om ugen\n- lade en stilling stå ubesat\n"
            "- droppe den udgående borgerservice på plejecentrene\n\n"
            "Det sidste er det letteste at regne på og det sværeste at forsvare. Teamlederne skal med, før jeg "
            "sender noget til Henrik.",
        ),
    ),
    Situation(
        "Temadag om kerneopgaven", ("samarbejde", "borgere"), on=(8, 28),
        criteria=("samarbejde.k1", "borgere.k3"), people=("staff",), tags=("trivsel",),
        bodies=(
            "Hele Borgerservice var ude af huset en dag. Vi brugte formiddagen på spørgsmålet: Hvem er vi til for, "
            "når borgerne kan det meste selv på nettet? Svaret blev: dem, der ikke kan, og det, der er for svært. "
            "En god sætning at have på væggen – og et godt argument over for udvalget.",
        ),
    ),
    Situation(
        "Fælles borgere med Jobcenteret", ("samarbejde", "borgere"), on=(9, 9),
        criteria=("samarbejde.k3", "borgere.k3"), context="tvaergaende", people=("peers",), tags=("tværgående",),
        steps=("Fjerne én overlevering mellem Borgerservice og Jobcenteret",),
        bodies=(
            "Første møde med lederne i Jobcenteret og Ydelseskontoret om de borgere, vi deler. Vi tegnede en borgers "
            "vej gennem de tre afdelinger på en tavle: ni overleveringer på fire uger. Ingen af os havde set hele "
            "vejen før. Vi mødes hver måned, og hver afdeling fjerner én overlevering til næste gang.",
        ),
    ),
    Situation(
        "Kvartalsrefleksion", ("samarbejde", "borgere"), on=(9, 24), prompt="review.p3",
        people=("staff", "peers", "manager"), tags=("kvartal",),
        bodies=(
            "Medarbejderne skal kunne mærke, at jeg beslutter hurtigere, når vi har talt en sag igennem. Kollegerne "
            "skal mærke, at jeg opsøger dem – ikke kun når jeg har brug for noget. Og Henrik skal mærke, at jeg "
            "kommer med tal, før han beder om dem.",
        ),
    ),
    Situation(
        "3-i-1-målingen er åben", ("samarbejde",), on=(10, 7),
        criteria=("samarbejde.k1",), context="forventninger", people=("staff",), tags=("3-i-1",),
        bodies=(
            "Spørgeskemaet til 3-i-1-målingen er sendt ud. Jeg har sagt til medarbejderne, at jeg især gerne vil "
            "have svar på ledelsesdelen – også selv om det bliver kritisk. Jeg mente det, da jeg sagde det. Nu "
            "mærker jeg, at jeg er nervøs.",
        ),
    ),
    Situation(
        "Ældrerådet på besøg", ("borgere",), on=(10, 28),
        criteria=("borgere.k2", "borgere.k1"), people=("partners", "citizens"), tags=("ældre",),
        steps=("Sende et forslag om telefonhjælp til Ældrerådet",),
        bodies=(
            "Ældrerådet var på besøg for at høre om vores digitale hjælp. De var skarpe: Hvad med dem, der ikke "
            "kommer ind til os? Vi talte om telefonhjælp og hjemmebesøg. Jeg lovede at komme med et forslag til "
            "deres møde i januar.",
        ),
    ),
    Situation(
        "Min 3-i-1-rapport", ("samarbejde", "styring"), on=(11, 3),
        criteria=("samarbejde.k1", "styring.k3"), context="forventninger", people=("staff",), tags=("3-i-1", "trivsel"),
        models=(
            Model(
                "Min 3-i-1-rapport kom i dag. Trivslen er høj, men ledelsesdelen er faldet på ét punkt: »Min leder "
                "inddrager mig i beslutninger, der vedrører mit arbejde.«",
                "Jeg læste kommentarerne to gange og ventede en dag med at reagere.",
                "Flere skriver, at beslutningerne om budgettet kom som en overraskelse. Det passer. Jeg troede, jeg "
                "beskyttede dem.",
                "At beskytte medarbejderne mod usikkerhed er også at tage beslutningerne fra dem. Det tager jeg op "
                "på dialogmødet.",
            ),
        ),
    ),
    Situation(
        "Dialogmøde om 3-i-1", ("samarbejde",), on=(11, 19),
        criteria=("samarbejde.k1",), context="forventninger", people=("staff",), tags=("3-i-1", "trivsel"),
        steps=("Skrive handlingsplanen færdig og sende den til MED-udvalget",),
        bodies=(
            "Dialogmødet om 3-i-1 var bedre end frygtet. Jeg startede med at sige, hvad jeg selv havde læst ud af "
            "rapporten, og hvad jeg ville gøre anderledes. Det åbnede for en ærlig snak.\n\n"
            "**Vi aftalte tre ting:**\n\n1. Budgetforslag drøftes i teamene, før de sendes videre\n"
            "2. Arbejdsmiljø er et fast punkt på personalemødet\n3. Vi følger op på handlingsplanen i marts",
        ),
    ),
    Situation(
        "Julefrokost", ("samarbejde",), on=(12, 11),
        criteria=("samarbejde.k1",), people=("staff",), tags=("trivsel",),
        bodies=(
            "Julefrokost i går. De nye medarbejdere stod for underholdningen og ramte os alle sammen præcist – "
            "især mig og mine lange mails. Det er et godt tegn, at de tør. Jeg gik hjem ved tiden og lod dem have "
            "resten af aftenen for sig selv.",
        ),
    ),
    Situation(
        "Årets sidste refleksion", ("borgere", "samarbejde", "styring"), on=(12, 18),
        people=("staff",), tags=("kvartal",),
        bodies=(
            "## Året i Borgerservice\n\n**Det er jeg stolt af:** IT-caféerne med Ældre Sagen, og at vi kom gennem "
            "passæsonen uden at aflyse tider.\n\n**Det lykkedes ikke:** at få sygefraværet under 5 % og at give "
            "styring og effekt den plads, jeg lovede mig selv.\n\n**Til næste år:** færre mål, bedre tal og flere "
            "samtaler med lederne omkring os.",
        ),
    ),
)

# The year's storyline, in days before today: a new team leader is hired, and the leader's own
# success criteria are written in – one of them retired again when it turned out to measure the
# wrong thing.
_STORY: tuple[Situation, ...] = (
    Situation(
        "Et mål for telefonerne", ("styring",), days_ago=300,
        criteria=("styring.k3",), people=("staff",), tags=("ventetid", "data", "telefoni"),
        introduces="phone", own="phone",
        bodies=(
            "Jeg har skrevet mit eget succeskriterium ind i mit ledelsesgrundlag: 80 % af opkaldene skal besvares "
            "inden for fem minutter. Det er konkret, og det kan måles hver uge. Teamlederne er skeptiske – de "
            "frygter, at vi kommer til at jagte et tal. Vi prøver det et halvt år.",
        ),
    ),
    Situation(
        "Stillingsbeskrivelse for en ny teamleder", ("samarbejde", "styring"), days_ago=262,
        criteria=("samarbejde.k2",), context="stillingsbeskrivelser", people=("manager",), tags=("rekruttering",),
        steps=("Skrive samarbejdet med bibliotekerne ind i stillingsbeskrivelsen",),
        bodies=(
            "Jeg har skrevet udkastet til stillingsbeskrivelsen for den nye teamleder for Digital Hjælp. Jeg brugte "
            "ledelsesgrundlagets tre temaer som overskrifter, og det tvang mig til at skrive noget om styring og "
            "effekt, som jeg ellers ville have sprunget over. Henrik vil have mere med om samarbejdet med "
            "bibliotekerne.",
        ),
    ),
    Situation(
        "Ansættelsessamtaler", ("samarbejde",), days_ago=236,
        context="rekruttering", people=("staff", "peers"), tags=("rekruttering",),
        models=(
            Model(
                "Første runde samtaler til teamlederstillingen med fire kandidater. I ansættelsesudvalget sad "
                "Karen fra bibliotekerne, Jonas og en medarbejderrepræsentant.",
                "Jeg bad alle kandidater fortælle om en gang, hvor de havde været uenige med deres leder, og hvad de "
                "så gjorde.",
                "To svarede med noget, de havde lært; to svarede med, hvorfor lederen tog fejl. Udvalget var enigt "
                "om, hvem der skulle videre.",
                "Ledelsesgrundlaget er et godt ansættelsesværktøj, når spørgsmålene handler om adfærd og ikke om "
                "holdninger.",
            ),
        ),
    ),
    Situation(
        "Sofie starter som teamleder", ("samarbejde",), days_ago=205,
        criteria=("samarbejde.k2", "samarbejde.k1"), people=("staff",), tags=("onboarding",),
        bodies=(
            "Sofie startede i dag som teamleder for Digital Hjælp. Jeg havde lavet en plan for hendes første "
            "måned, men det vigtigste var nok, at Jonas tog hende med til frokost og præsenterede hende for alle. "
            "Jeg lod ham gøre det i stedet for at gøre det selv.",
        ),
    ),
    Situation(
        "Faste 1:1-samtaler for alle", ("samarbejde",), days_ago=198,
        criteria=("samarbejde.k1",), people=("staff",), tags=("trivsel",),
        introduces="one_to_one", own="one_to_one",
        bodies=(
            "Efter snakken med tillidsrepræsentanten har jeg besluttet, at alle medarbejdere skal have en fast "
            "1:1-samtale med mig eller deres teamleder mindst hver sjette uge. Jeg har skrevet det ind som et af "
            "mine egne succeskriterier. Det lyder af lidt, men med 26 medarbejdere er det en rigtig forpligtelse.",
        ),
    ),
    Situation(
        "Evaluering af jobrotationen", ("styring", "samarbejde"), days_ago=168,
        criteria=("styring.k2",), people=("staff",), tags=("jobrotation",),
        bodies=(
            "Vi har evalueret jobrotationen mellem Team Pas og Team Ydelser. Alle, der har været af sted, vil "
            "anbefale det, men intet team vil afgive folk i travle perioder. Det klassiske dilemma: fælles ansvar "
            "er let at tilslutte sig og svært at betale for. Vi gør det fast to gange om året, i de stille måneder.",
        ),
    ),
    Situation(
        "Tre måneder med Sofie", ("samarbejde",), days_ago=125,
        criteria=("samarbejde.k1",), people=("staff",), tags=("onboarding",),
        bodies=(
            "Statussamtale med Sofie efter tre måneder. Hun er kommet godt i gang, men savner at vide, hvornår hun "
            "må beslutte selv, og hvornår hun skal spørge mig. Det er mit ansvar at gøre det tydeligt – ikke hendes "
            "at gætte. Vi skrev det ned sammen: drift og vagtplan er hendes; budget og personalesager tager vi sammen.",
        ),
    ),
    Situation(
        "Et nyt mål: løst ved første henvendelse", ("borgere", "styring"), days_ago=104,
        criteria=("borgere.k3", "styring.k3"), people=("citizens", "staff"), tags=("ventetid", "data"),
        introduces="first_contact", retires="phone", own="first_contact",
        bodies=(
            "Jeg har pensioneret mit mål om ventetid i telefonen. Vi nåede det i tre måneder ud af fem, men prisen "
            "var, at medarbejderne afsluttede samtalerne for hurtigt, og flere borgere ringede igen. **Vi målte det "
            "forkerte.** Det nye mål er, at borgeren får løst sin sag ved første henvendelse. Det er sværere at "
            "måle, men det er det, borgerne mærker.",
        ),
    ),
)

# -- the personal framework ----------------------------------------------------------------

_PARTS = {
    "task": (
        "Jeg er leder af Borgerservice i Næstved Kommune med 26 medarbejdere i Team Pas og Kørekort, Team Ydelser "
        "og Digital Hjælp. Vi er kommunens hoveddør: pas, kørekort, folkeregister, ydelser, vielser og hjælp til "
        "det digitale. Vi er til for alle borgere, men især for dem, der ikke kan klare sig selv på nettet. Jeg "
        "refererer til Henrik, centerchef for Kultur, Fritid og Borgerservice."
    ),
    "values": (
        "**Ordentlighed** – det betyder, at jeg behandler borgere og medarbejdere, som jeg selv ville ønske at blive "
        "behandlet, også når jeg skal sige nej.\n\n"
        "**Tillid** – det betyder, at jeg giver teamlederne ansvaret for driften og ikke tager det tilbage, når det "
        "går stærkt.\n\n"
        "**Åbenhed** – det betyder, at jeg fortæller, hvad jeg ved, og hvad jeg ikke ved endnu – også om økonomien.\n\n"
        "**Nysgerrighed** – det betyder, at jeg spørger, hvad tallene og borgerne fortæller os, før jeg konkluderer."
    ),
    "leadership": "Under hvert tema har jeg skrevet, hvad det betyder for mig i Borgerservice.",
    "expect_of_me": (
        "- Jeg er i huset og i skranken mindst en formiddag om måneden.\n"
        "- Jeg svarer på mails inden for to arbejdsdage – og ikke om aftenen.\n"
        "- Jeg siger det, når jeg er uenig, og bakker op om det, vi har besluttet.\n"
        "- Henrik kan forvente, at jeg kommer med tal, før han beder om dem."
    ),
    "development": (
        "Min styrke er mødet med borgerne og medarbejderne i hverdagen. Jeg vil udvikle min evne til at styre efter "
        "viden og data og til at tage de svære samtaler tidligere. Henrik og min mentor kan hjælpe mig ved at "
        "spørge, hvad jeg ved om effekten, når jeg fortæller om en ny idé."
    ),
    "follow_up": (
        "3-i-1-målingen hvert efterår, LUS med Henrik hvert forår og en kvartalsrefleksion her i journalen. Næste "
        "revision af mit ledelsesgrundlag: efter næste LUS."
    ),
    "private": (
        "Jeg tager de svære personalesager med hjem. Aftale med mig selv: arbejdstelefonen slukkes fredag kl. 16, og "
        "jeg går en tur, før jeg åbner computeren igen."
    ),
}
# Where the first draft, a year ago, read differently from the current text.
_DRAFT_PARTS = {
    "values": (
        "**Ordentlighed** – det betyder, at jeg behandler borgerne ens.\n\n"
        "**Tillid** – det betyder, at jeg stoler på mine medarbejdere.\n\n"
        "**Åbenhed** – det betyder, at jeg fortæller det, jeg kan."
    ),
    "expect_of_me": "- Jeg har en åben dør.\n- Jeg svarer hurtigt på mails.",
    "follow_up": "3-i-1-målingen og LUS.",
}
_DRAFT_STYRING = "Jeg holder budgettet og gennemfører de beslutninger, der bliver truffet."
_THEME_TEXTS = {
    "borgere": (
        "Borgerne skal møde en Borgerservice, der løser sagen – ikke bare ekspederer den. Jeg går selv i skranken, "
        "og jeg inddrager borgerpanelet, Ældre Sagen og bibliotekerne, når vi ændrer noget, der rammer borgerne."
    ),
    "samarbejde": (
        "Jeg leder gennem teamlederne og opsøger lederne omkring os – Jobcenteret, bibliotekerne, IT – før vi har "
        "et problem, ikke først når vi har det."
    ),
    "styring": (
        "Jeg bruger tal til at stille bedre spørgsmål: Hvad ved vi om effekten af det, vi gør? Jeg gennemfører "
        "fælles beslutninger loyalt, også dem, jeg var imod, og jeg forklarer mine fravalg."
    ),
}

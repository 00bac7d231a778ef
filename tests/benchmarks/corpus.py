"""Realistic journals for the benchmark: Danish reflections of 80 to 300 words, with themes,
success criteria, usage contexts, stakeholders and tags, spread over several years.

Words are drawn with a Zipf-like weighting, as in real text: "og", "at" and "det" are in nearly
every reflection, "sygefravær" in a few percent, "Fensmark" in a handful. Beside the common
words, the leader's own words come from a lexicon of the topical words, their inflections and
their compounds ("møde", "møderne", "borgermøde", "mødeleder", ...), ranked and drawn by Zipf's
law, so that 100,000 reflections use about as many different words as real writing does (tens
of thousands, most of them rare) and not a couple of hundred. Deterministic.
"""

from __future__ import annotations

import bisect
import itertools
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from journal.model import STAKEHOLDERS, NextStep, Reflection

COMMON = [
    "og",
    "at",
    "det",
    "i",
    "en",
    "er",
    "til",
    "på",
    "som",
    "de",
    "med",
    "for",
    "ikke",
    "der",
    "var",
    "jeg",
    "har",
    "af",
    "vi",
    "om",
    "et",
    "men",
    "kan",
    "så",
    "skal",
    "havde",
    "sig",
    "hun",
    "han",
    "hvad",
    "når",
    "fra",
    "også",
    "vil",
    "blev",
    "nu",
    "bliver",
    "meget",
    "efter",
    "mere",
    "dem",
    "over",
    "kun",
    "hvor",
    "alle",
    "under",
    "da",
    "deres",
    "hvis",
    "op",
    "ud",
    "man",
    "noget",
    "hvordan",
    "mig",
    "ham",
    "hende",
    "været",
    "få",
    "godt",
    "her",
    "igen",
    "lidt",
    "måske",
    "hele",
]
LEADERSHIP = [
    "medarbejdere",
    "borgere",
    "møde",
    "samarbejde",
    "ledelse",
    "opgave",
    "trivsel",
    "økonomi",
    "budget",
    "forandring",
    "dialog",
    "tillid",
    "ansvar",
    "beslutning",
    "team",
    "leder",
    "chef",
    "kolleger",
    "udvikling",
    "læring",
    "effekt",
    "data",
    "opfølgning",
    "plan",
    "prioritering",
    "kvalitet",
    "drift",
    "borgerservice",
    "sagsbehandling",
    "henvendelse",
    "telefon",
    "skranke",
    "ventetid",
    "sygefravær",
    "fravær",
    "arbejdsmiljø",
    "MED-udvalg",
    "3-i-1",
    "LUS",
    "tværgående",
    "samskabelse",
    "lokalsamfund",
    "forening",
    "frivillige",
    "politikere",
    "udvalg",
    "byråd",
    "direktion",
    "strategi",
    "vision",
    "retning",
    "følgeskab",
    "relationer",
    "engagement",
    "nysgerrighed",
    "eksperiment",
    "innovation",
    "digitalisering",
    "selvbetjening",
    "MitID",
    "pas",
    "kørekort",
    "folkeregister",
    "ydelser",
    "rekruttering",
    "onboarding",
    "kompetencer",
    "sparring",
    "coaching",
    "feedback",
    "konflikt",
    "forventninger",
    "rammer",
    "mål",
    "resultater",
    "måling",
    "tal",
    "nøgletal",
    "kvartal",
    "årsplan",
    "handleplan",
    "evaluering",
    "refleksion",
    "åbenhed",
    "ærlighed",
    "mod",
    "usikkerhed",
    "pres",
    "travlhed",
    "prioritere",
    "delegere",
    "lytte",
    "spørge",
    "forklare",
    "beslutte",
]
RARE = [
    "Fensmark",
    "Fuglebjerg",
    "Holme-Olstrup",
    "Karrebæksminde",
    "Glumsø",
    "Herlufmagle",
    "Mogenstrup",
    "Rønnede",
    "jubilæum",
    "julefrokost",
    "sommerferie",
    "påskeferie",
    "influenza",
    "strømsvigt",
    "it-nedbrud",
    "flytning",
    "ombygning",
    "borgerpanel",
    "ungeråd",
    "ældreråd",
    "bibliotek",
    "jobcenter",
    "plejecenter",
    "skolebestyrelse",
    "kirkegård",
    "havn",
]
TAGS = (
    "budget",
    "trivsel",
    "3-i-1",
    "lus",
    "digitalisering",
    "sygefravær",
    "borgermøde",
    "rekruttering",
    "strategi",
    "konflikt",
    "onboarding",
    "data",
    "samskabelse",
    "stjerne",
)
THEMES = ("borgere", "samarbejde", "styring")
CRITERIA = tuple(f"{theme}.k{n}" for theme in THEMES for n in (1, 2, 3))
CONTEXTS = (None, None, "dagligt-samarbejde", "lus", "forventninger", "tvaergaende", "rekruttering", "opgaver")
ZONE = ZoneInfo("Europe/Copenhagen")


ENDINGS = ("en", "er", "et", "e", "erne", "ens", "s", "ede", "ende", "ing")
JOINS = ("", "s", "e")
PARTNERS = 50  # the compounds a word makes in one leader's writing ("borgermøde", "mødeleder", ...)


def _lexicon(seed: int = 3) -> tuple[list[str], list[float]]:
    """The topical words ranked as a writer uses them (the plain words first, then their
    inflections, then compounds), with the cumulative weights of Zipf's law (exponent 1.1)."""
    rnd = random.Random(seed)
    stems = [word for word in LEADERSHIP if word.isalpha() and word.islower()]
    inflected = [stem + ending for stem in stems for ending in ENDINGS]
    compounds = [
        first + rnd.choice(JOINS) + second + ending
        for first in stems
        for second in rnd.sample([s for s in stems if s != first], PARTNERS)
        for ending in ("",) + ENDINGS[:5]
    ]
    rnd.shuffle(inflected)
    rnd.shuffle(compounds)
    ranked = list(dict.fromkeys(LEADERSHIP + inflected + compounds))  # each word once, at its first rank
    return ranked, list(itertools.accumulate(rank**-1.1 for rank in range(1, len(ranked) + 1)))


LEXICON, _LEXICON_WEIGHTS = _lexicon()


def _words(rnd: random.Random, count: int) -> list[str]:
    result = []
    total = _LEXICON_WEIGHTS[-1]
    for _ in range(count):
        pool = rnd.random()
        if pool < 0.55:
            # Zipf-like within the common words: the first are far more frequent than the last.
            index = min(int(rnd.paretovariate(1.2)) - 1, len(COMMON) - 1)
            result.append(COMMON[index] if rnd.random() < 0.6 else rnd.choice(COMMON))
        elif pool < 0.98:
            result.append(LEXICON[bisect.bisect(_LEXICON_WEIGHTS, rnd.random() * total)])
        else:
            result.append(rnd.choice(RARE))
    return result


def _sentences(words: list[str]) -> str:
    out, sentence = [], []
    for word in words:
        sentence.append(word)
        if len(sentence) >= 8 and len(sentence) % 11 == 0:
            out.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    if sentence:
        out.append(" ".join(sentence).capitalize() + ".")
    paragraphs = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
    return "\n\n".join(paragraphs)


def reflections(count: int, seed: int = 7, years: int = 5) -> list[Reflection]:
    """``count`` reflections over ``years`` years ending at the start of 2026, oldest first."""
    rnd = random.Random(seed)
    start = datetime(2026 - years, 1, 1, 8, 0, tzinfo=ZONE)
    span = timedelta(days=365 * years)
    step = span / count
    result = []
    for number in range(count):
        moment = (start + step * number + timedelta(minutes=rnd.randint(0, 600))).astimezone(ZONE)
        themes = tuple(rnd.sample(THEMES, rnd.choice((1, 1, 1, 2, 2, 3))))
        criteria = tuple(rnd.sample([c for c in CRITERIA if c.split(".")[0] in themes], rnd.randint(0, 2)))
        steps = (
            (
                NextStep(
                    " ".join(_words(rnd, 6)).capitalize(),
                    (moment + timedelta(days=rnd.randint(3, 30))).date(),
                    None if rnd.random() < 0.3 else moment + timedelta(days=2),
                ),
            )
            if rnd.random() < 0.2
            else ()
        )
        result.append(
            Reflection(
                uuid=f"{seed:08x}-0000-4000-8000-{number:012x}",
                entry_at=moment.replace(microsecond=0),
                title=" ".join(_words(rnd, rnd.randint(3, 7))).capitalize(),
                body=_sentences(_words(rnd, rnd.randint(80, 300))),
                theme_ids=themes,
                criterion_ids=criteria,
                context_id=rnd.choice(CONTEXTS),
                stakeholders=tuple(rnd.sample(STAKEHOLDERS, rnd.randint(0, 2))),
                tags=tuple(rnd.sample(TAGS, rnd.choice((0, 1, 1, 2, 3)))),
                private=rnd.random() < 0.08,
                next_steps=steps,
                created_at=moment,
                updated_at=moment,
            )
        )
    return result


def jrnl_json(count: int, seed: int = 11) -> dict:
    """The same kind of reflections as jrnl's `--format json` export writes them."""
    entries = []
    for reflection in reflections(count, seed):
        local = reflection.entry_at
        entries.append(
            {
                "title": reflection.title + ".",
                "body": reflection.body,
                "date": f"{local:%Y-%m-%d}",
                "time": f"{local:%H:%M}",
                "tags": [f"@{tag}" for tag in reflection.tags],
                "starred": "stjerne" in reflection.tags,
            }
        )
    tags: dict[str, int] = {}
    for entry in entries:
        for tag in entry["tags"]:
            tags[tag] = tags.get(tag, 0) + 1
    return {"tags": tags, "entries": entries}


def jrnl_text(items: list[Reflection]) -> str:
    """The same reflections as a jrnl journal file (its plain-text format)."""
    return "".join(f"[{r.entry_at:%Y-%m-%d %H:%M}] {r.title}.\n{r.body}\n\n" for r in items)

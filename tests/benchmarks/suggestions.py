"""Suggestions while writing (journal.suggestions), measured: how often they are right, and how
long they take. Not part of the test run.

    python -m tests.benchmarks.suggestions --work /tmp/bench      # the demo and 100,000 reflections
    python -m tests.benchmarks.suggestions --size 10000 --sample 200

A split by time, as a leader meets it: the older 80 % of a journal is what has been learnt, the
newest 20 % what is being written. For a sample of the newest, with their own tags taken off,
the suggestions may use only reflections written before the newest 20 % began (``before``):

- theme top 1: the first theme suggested is one the reflection has (of those with a theme);
- theme in top 2: one of the two shown is (the window shows two);
- criteria recall at 3: the share of a reflection's success criteria among the three suggested
  (of those with a criterion);
- context top 1: the context suggested is the reflection's (of those with a context); right when
  shown: of the contexts suggested, the share that is the reflection's (most have none);
- shown: the share of the sample given at least one theme;
- ms median and 95th percentile: one suggestion, from the text to the result.

Beside the suggestions (both sources), each source alone and a baseline that always suggests the
most frequent theme, criteria and context of the older 80 %. The journals: the demo journal
(journal.demo, built in memory) and the benchmark's corpus (tests/benchmarks/corpus.py) at its
largest size, read without writing to it. The corpus draws its themes, criteria and contexts
at random, apart from its words: its texts carry no signal about them, so only its times mean
anything there, and its accuracy is what chance gives.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from framework import load_bundled  # noqa: E402
from journal.demo import build_demo_journal  # noqa: E402
from journal.paths import database_path  # noqa: E402
from journal.store import Store, connect_to_read  # noqa: E402
from journal.suggestions import FROM_FRAMEWORK, FROM_REFLECTIONS, SOURCES, suggest_for  # noqa: E402

DEMO_TODAY = date(2026, 5, 20)  # as tests/core/test_demo.py
DEMO_SEEDS = (2026, 1, 2, 3, 4)  # five years of the demo's leader: 30 tested of each are too few alone
TRAIN_SHARE = 0.8
SAMPLE = 500  # test reflections asked, at most
FEW_WORDS = 60  # "a few sentences": the title and the first words of the text, for the times
METHODS = {
    "suggestions": SOURCES,
    "reflections alone": (FROM_REFLECTIONS,),
    "framework's words alone": (FROM_FRAMEWORK,),
}
BASELINE = "baseline: the most frequent"
FIGURES = (
    "theme top 1",
    "theme in top 2",
    "criteria recall at 3",
    "context top 1",
    "context right when shown",
    "shown",
)


def demo_store(seed: int = DEMO_SEEDS[0]) -> Store:
    store = Store.memory()
    build_demo_journal(store, load_bundled(), today=DEMO_TODAY, seed=seed)
    return store


def corpus_store(work: Path, size: int) -> Store:
    """The benchmark's journal of ``size`` reflections (built if missing), opened only to read."""
    from tests.benchmarks.run import build

    path = database_path(build(size, work))
    return Store(connect_to_read(path), path, read_only="the benchmark only reads this journal")


class Tally:
    """Each figure's outcomes, one a test reflection it applies to (pooled over journals), and
    the times; :meth:`figures` sums them up."""

    def __init__(self):
        self.outcomes: dict[str, list[float]] = {name: [] for name in FIGURES}
        self.times: dict[str, list[float]] = {"": [], ", a few sentences": []}
        self.learnt_from = self.tested = 0

    def figures(self) -> dict[str, float]:
        found = {name: _mean(values) for name, values in self.outcomes.items()}
        for what, times in self.times.items():
            if times:
                found[f"ms median{what}"] = statistics.median(times)
                found[f"ms 95th percentile{what}"] = _percentile(times, 0.95)
        found["reflections learnt from"], found["reflections tested"] = float(self.learnt_from), float(self.tested)
        return found


def evaluate(store: Store, framework, tallies: dict[str, Tally], sample: int = SAMPLE, seed: int = 1) -> None:
    """Adds each method's outcomes on ``store``, split by time (see the module), to ``tallies``."""
    total = store.count()
    newest = store.list(limit=total - round(total * TRAIN_SHARE))  # newest first
    split = newest[-1].entry_at  # the test set's first moment: only what is older is learnt from
    chosen = random.Random(seed).sample(newest, min(sample, len(newest)))
    tests = [store.get(summary.uuid) for summary in chosen]
    for name, sources in METHODS.items():
        tally = tallies.setdefault(name, Tally())
        for r in tests:
            started = time.perf_counter()
            found = suggest_for(store, framework, _bare(r), before=split, sources=sources)
            tally.times[""].append((time.perf_counter() - started) * 1000)
            context = found.context.id if found.context is not None else None
            _count(tally, r, [s.id for s in found.themes], [s.id for s in found.criteria], context)
    _baseline(store, tests, split.date() - timedelta(days=1), tallies.setdefault(BASELINE, Tally()))
    main = tallies["suggestions"]
    for r in tests:
        few = replace(_bare(r), body=" ".join(r.body.split()[:FEW_WORDS]))
        started = time.perf_counter()
        suggest_for(store, framework, few, before=split)
        main.times[", a few sentences"].append((time.perf_counter() - started) * 1000)
    main.learnt_from += total - len(newest)
    main.tested += len(tests)


def _bare(reflection):
    """The reflection without its tags, as when it was being written."""
    return replace(reflection, theme_ids=(), criterion_ids=(), context_id=None)


def _count(tally: Tally, r, themes: list[str], criteria: list[str], context_id: str | None) -> None:
    outcomes = tally.outcomes
    outcomes["shown"].append(bool(themes))
    if r.theme_ids:
        outcomes["theme top 1"].append(bool(themes) and themes[0] in r.theme_ids)
        outcomes["theme in top 2"].append(bool(set(themes[:2]) & set(r.theme_ids)))
    if r.criterion_ids:
        outcomes["criteria recall at 3"].append(len(set(criteria[:3]) & set(r.criterion_ids)) / len(r.criterion_ids))
    if r.context_id:
        outcomes["context top 1"].append(context_id == r.context_id)
    if context_id is not None:
        outcomes["context right when shown"].append(context_id == r.context_id)


def _baseline(store: Store, tests: list, last_day: date, tally: Tally) -> None:
    """Always the most frequent themes (two), criteria (three) and context before the split."""

    def most(kind: str, count: int) -> list[str]:
        totals = store.stats_totals(kind, end=last_day)
        return sorted(totals, key=lambda key: (-totals[key], key))[:count]

    themes, criteria, contexts = most("theme", 2), most("criterion", 3), most("context", 1)
    for r in tests:
        _count(tally, r, themes, criteria, contexts[0] if contexts else None)


def _mean(values: list) -> float:
    return sum(values) / len(values) if values else float("nan")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(work: Path, size: int, sample: int = SAMPLE) -> dict[str, dict[str, dict[str, float]]]:
    """The figures on the demo journal (five of its years, pooled) and on the benchmark's journal
    of ``size`` reflections: journal -> method -> figure."""
    framework = load_bundled()
    results = {}
    demo: dict[str, Tally] = {}
    for seed in DEMO_SEEDS:
        with demo_store(seed) as store:
            evaluate(store, framework, demo, sample)
    results[f"demo journal ({len(DEMO_SEEDS)} years)"] = {name: tally.figures() for name, tally in demo.items()}
    corpus: dict[str, Tally] = {}
    with corpus_store(work, size) as store:
        evaluate(store, framework, corpus, sample)
    results[f"corpus, {size:,}"] = {name: tally.figures() for name, tally in corpus.items()}
    return results


ROWS = (
    "theme top 1",
    "theme in top 2",
    "criteria recall at 3",
    "context top 1",
    "context right when shown",
    "shown",
    "ms median",
    "ms 95th percentile",
    "ms median, a few sentences",
    "ms 95th percentile, a few sentences",
)


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """One block of rows per journal: each figure, by method."""
    methods = list(METHODS) + [BASELINE]
    width = max(len(row) for row in ROWS) + 2
    heads = ["both", "reflections", "framework", "baseline"]
    lines = []
    for journal, by_method in results.items():
        main = by_method["suggestions"]
        lines.append(
            f"{journal}: {main['reflections learnt from']:,.0f} learnt from (the older "
            f"{TRAIN_SHARE:.0%}), {main['reflections tested']:,.0f} of the newest tested"
        )
        lines.append(f"{'':<{width}}" + "".join(f"{head:>13}" for head in heads))
        for row in ROWS:
            cells = "".join(f"{_shown(by_method[method].get(row), row):>13}" for method in methods)
            lines.append(f"{row:<{width}}{cells}")
        lines.append("")
    return "\n".join(lines)


def _shown(value: float | None, row: str) -> str:
    if value is None or math.isnan(value):
        return "–"
    return f"{value:.1f}" if row.startswith("ms") else f"{value:.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "ledelsesjournal-bench")
    parser.add_argument("--size", type=int, default=100_000, help="the corpus journal's size (default 100,000)")
    parser.add_argument("--sample", type=int, default=SAMPLE, help=f"test reflections asked (default {SAMPLE})")
    args = parser.parse_args()
    print(table(measure(args.work, args.size, args.sample)))


if __name__ == "__main__":
    main()

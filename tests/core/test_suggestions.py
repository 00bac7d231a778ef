"""Suggestions while writing: themes, criteria and a context for a text, learnt from the leader's
own tagged reflections and, while the journal is young, from the framework's words. Nothing
suggested is applied; nothing a leader can type breaks them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from framework import load_bundled
from framework.personal import OwnCriterion
from journal import suggestions
from journal.search import any_of, telling_words
from journal.store import Store
from journal.suggestions import FROM_BOTH, FROM_FRAMEWORK, FROM_REFLECTIONS, stem, suggest, suggest_for
from tests.factories import at, reflection

FRAMEWORK = load_bundled()

BUDGET = [
    ("Budgetmøde", "Vi gennemgik budget og regnskab. Økonomi og merforbrug på lønkontoen fylder."),
    ("Regnskabet for kvartalet", "Regnskab viser merforbrug; budget skal justeres, økonomi er stram."),
    ("Økonomi i afdelingen", "Budget, regnskab og prognose: økonomi kræver opfølgning hver måned."),
    ("Budgetopfølgning", "Merforbrug igen. Regnskab og budget drøftet med controlleren, økonomi er presset."),
]
WELLBEING = [
    ("Personalemøde", "Trivsel og arbejdsmiljø i teamet. Sygefravær er steget, stemningen er presset."),
    ("Samtale om trivsel", "Sygefravær og trivsel: en medarbejder fortalte om travlhed og arbejdsmiljø."),
    ("Arbejdsmiljø", "MED-udvalget talte om trivsel, sygefravær og arbejdsmiljø i borgerservice."),
]
CITIZENS = [
    ("Borgermøde i Fensmark", "Foreninger og frivillige i lokalsamfundet vil være med til løsningen."),
    ("Lokalsamfundet", "Frivillige, foreninger og borgerpanel: samskabelse om biblioteket i Fensmark."),
]


@pytest.fixture
def store():
    with Store.memory() as store:
        yield store


def write(store: Store, items, theme: str, criteria=(), context=None, start: int = 0, **fields) -> list:
    """Reflections of ``items`` (title, body), one a day from 2026-01-05 on (``start`` days later),
    tagged with ``theme``; the saved ones."""
    return [
        store.create(
            reflection(
                title=title,
                body=body,
                entry_at=at(2026, 1, 5) + timedelta(days=start + number),
                theme_ids=(theme,),
                criterion_ids=tuple(criteria),
                context_id=context,
                **fields,
            )
        )
        for number, (title, body) in enumerate(items)
    ]


@pytest.fixture
def grown(store):
    """A journal with more than YOUNG reflections with a theme: budgets are Styring og effekt (and
    its criterion on data), well-being Samarbejde, local community Borgere."""
    for round_ in range(3):
        write(store, BUDGET, "styring", ["styring.k3"], start=round_ * 10)
        write(store, WELLBEING, "samarbejde", ["samarbejde.k1"], "dagligt-samarbejde", start=round_ * 10 + 4)
        write(store, CITIZENS, "borgere", ["borgere.k2"], start=round_ * 10 + 7)
    assert store.tagged_count(100) > suggestions.YOUNG
    return store


NEW_BUDGET = ("Budget 2027", "Regnskab og budget igen: merforbrug, og økonomi skal i balance.")


def test_a_text_about_the_budget_gets_the_theme_the_leader_tags_budgets_with(grown):
    found = suggest(grown, FRAMEWORK, *NEW_BUDGET)
    assert found.themes[0].id == "styring"
    assert found.themes[0].reason in (FROM_REFLECTIONS, FROM_BOTH)
    assert found.themes[0].similar >= 4
    assert found.criteria[0].id == "styring.k3"
    assert all(s.id != "samarbejde" for s in found.themes)
    assert found.learnt_from > 0
    assert "lignende" in found.themes[0].explained("da") and "similar" in found.themes[0].explained("en")


def test_a_text_about_well_being_gets_its_theme_criterion_and_context(grown):
    found = suggest(grown, FRAMEWORK, "Sygefravær", "Trivsel i teamet og sygefravær: arbejdsmiljø igen på dagsordenen.")
    assert found.themes[0].id == "samarbejde"
    assert found.criteria[0].id == "samarbejde.k1"
    assert found.context is not None and found.context.id == "dagligt-samarbejde"
    assert found.context.reason == FROM_REFLECTIONS


def test_what_the_reflection_has_already_is_not_suggested(grown):
    found = suggest(grown, FRAMEWORK, *NEW_BUDGET, themes=["styring"], criteria=["styring.k3"], context="lus")
    assert "styring" not in {s.id for s in found.themes}
    assert "styring.k3" not in {s.id for s in found.criteria}
    wellbeing = suggest(grown, FRAMEWORK, "Trivsel", "Sygefravær og arbejdsmiljø.", context="dagligt-samarbejde")
    assert wellbeing.context is None


def test_suggest_for_a_reflection_leaves_out_itself_and_what_it_has(grown):
    written = grown.create(reflection(title=NEW_BUDGET[0], body=NEW_BUDGET[1], theme_ids=("styring",)))
    found = suggest_for(grown, FRAMEWORK, written)
    assert "styring" not in {s.id for s in found.themes}
    assert written.uuid not in {s.uuid for s in grown.similar(NEW_BUDGET[1], 50, exclude_uuid=written.uuid)}


def test_the_reflection_being_edited_is_not_its_own_neighbour(store):
    """Its saved text is the most similar of all: it must not vote for its own tags."""
    alone = store.create(reflection(title="Glumsø", body="Kirkegårdens ombygning i Glumsø", theme_ids=("borgere",)))
    assert [s.uuid for s in store.similar("Ombygning af kirkegården i Glumsø", 10)] == [alone.uuid]
    assert store.similar("Ombygning af kirkegården i Glumsø", 10, exclude_uuid=alone.uuid) == []
    found = suggest(store, FRAMEWORK, "Glumsø", "Kirkegårdens ombygning i Glumsø", exclude_uuid=alone.uuid)
    assert found.learnt_from == 0


def test_reflections_in_the_trash_are_not_learnt_from(grown):
    before = grown.similar("merforbrug regnskab", 50)
    assert before
    for similar in before:
        grown.delete(similar.uuid)
    assert grown.similar("merforbrug regnskab", 50) == []
    found = suggest(grown, FRAMEWORK, "Merforbrug", "Regnskab og merforbrug.")
    assert all(s.reason == FROM_FRAMEWORK for s in found.themes + found.criteria)


def test_untagged_reflections_do_not_vote(store):
    store.create(reflection(title="Havnen", body="Havnens fremtid og Karrebæksminde"))
    assert store.similar("havnens fremtid Karrebæksminde", 10) == []
    tagged = store.create(reflection(title="Havn", body="Havnens fremtid", criterion_ids=("borgere.k2",)))
    assert [s.uuid for s in store.similar("havnens fremtid Karrebæksminde", 10)] == [tagged.uuid]


def test_similar_reflections_carry_their_tags_and_are_ranked(grown):
    found = grown.similar("budget regnskab merforbrug økonomi", 5)
    assert len(found) == 5
    assert all(s.theme_ids == ("styring",) and s.criterion_ids == ("styring.k3",) for s in found)
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.score > 0 for s in found)


def test_only_reflections_written_before_the_bound_are_learnt_from(store):
    early = write(store, BUDGET[:2], "styring")
    late = write(store, BUDGET[2:], "borgere", start=30)
    bound = late[0].entry_at
    assert {s.uuid for s in store.similar("budget regnskab økonomi", 10, before=bound)} == {r.uuid for r in early}
    assert store.tagged_count(10, before=bound) == 2 and store.tagged_count(10) == 4
    found = suggest(store, FRAMEWORK, "Budget", "Budget, regnskab, økonomi.", before=bound)
    assert "borgere" not in {s.id for s in found.themes if s.reason != FROM_FRAMEWORK}


def test_a_young_journal_falls_back_on_the_framework_words(store):
    found = suggest(store, FRAMEWORK, "Trivsel", "Samarbejdsklimaet og trivsel i teamet; engagement er i top.")
    assert found.themes[0].id == "samarbejde" and found.themes[0].reason == FROM_FRAMEWORK
    assert found.criteria[0].id == "samarbejde.k1"
    assert {"samarbejdsklimaet", "engagement"} <= set(found.themes[0].words)
    assert "engagement" in found.themes[0].explained("da") and "framework" in found.themes[0].explained("en")
    assert found.context is None  # never from the framework's words
    assert found.learnt_from == 0


def test_framework_words_match_inflections_and_compounds(store):
    """Inflected, "økonomien" is "økonomi", which begins "økonomistyring" in Styring og effekt's why."""
    found = suggest(store, FRAMEWORK, "", "Økonomien og dataene fra kvartalet")
    assert found.themes[0].id == "styring"
    assert set(found.themes[0].words) >= {"økonomien", "dataene"}


def test_a_few_tagged_reflections_blend_with_the_framework_words(store):
    write(store, BUDGET * 2, "borgere", ["borgere.k1"])  # against the framework's words, on purpose
    found = suggest(store, FRAMEWORK, "Budget", "Budget og økonomi, økonomistyring og data.")
    by_id = {s.id: s for s in found.themes}
    assert set(by_id) == {"borgere", "styring"}
    assert by_id["borgere"].reason == FROM_REFLECTIONS and by_id["styring"].reason == FROM_FRAMEWORK
    only_mine = suggest(store, FRAMEWORK, "Budget", "Budget og økonomi.", sources=[FROM_REFLECTIONS])
    assert [s.id for s in only_mine.themes] == ["borgere"]


def test_own_criteria_are_suggested_while_active(store):
    own = store.add_own_criterion("styring", "Budgettet holder")
    write(store, BUDGET, "styring", [own.id])
    assert own.id in {s.id for s in suggest(store, FRAMEWORK, *NEW_BUDGET).criteria}
    store.update_own_criterion(replace(own, retired_at=own.created_at + timedelta(days=1)))
    assert own.id not in {s.id for s in suggest(store, FRAMEWORK, *NEW_BUDGET).criteria}


def test_only_the_frameworks_themes_criteria_and_contexts_are_suggested(store):
    write(store, BUDGET, "old-theme", ["old-theme.k1", "own:gone1234"], "old-context")
    found = suggest(store, FRAMEWORK, *NEW_BUDGET)
    assert not {s.id for s in found.themes + found.criteria} & {"old-theme", "old-theme.k1", "own:gone1234"}
    assert found.context is None


HOSTILE = [
    "",
    "   \n\t ",
    '"',
    '""" " "',
    "budget*",
    "* OR *",
    "NEAR(budget regnskab, 2)",
    "budget NEAR regnskab",
    "budget AND OR NOT regnskab",
    "((budget) OR (regnskab",
    ")",
    "title: budget",
    "{title body}: regnskab",
    "^budget -økonomi +regnskab",
    'budget"; DROP TABLE reflections; --',
    "\x00budget\x00",
    "og at det i en er til på som de",
    "a b c d e f g",
    "🙂 ✨ ½ x² ᾯ",
    "x" * 100_000,
    ("Budget regnskab økonomi " + "merforbrug " * 10 + '"NEAR* (AND) OR \n') * 2_500,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda text: repr(text[:20]) + f"…{len(text)}")
def test_no_text_breaks_the_suggestions(grown, text):
    reflections = grown.count()
    found = suggest(grown, FRAMEWORK, text, text)
    assert isinstance(found, suggestions.Suggestions)
    for item in found.themes + found.criteria:
        assert 0 < item.score <= 1
    assert grown.count() == reflections and grown.similar("budget", 1)  # the journal as it was


@pytest.mark.parametrize("text", ["", "   ", '"*()', "og at det i en er til på som de", "a b c"])
def test_a_text_without_telling_words_gets_nothing(grown, text):
    assert not suggest(grown, FRAMEWORK, text, text)
    assert grown.similar(text, 10) == []


def test_the_query_quotes_every_word():
    assert any_of(["budget", 'a"b', "near", "or"]) == '"budget" OR "a""b" OR "near" OR "or"'


def test_telling_words_are_the_longest_uncommon_ones_once():
    text = "Og det var budget, Budget og SYGEFRAVÆR i teamet; at i ok " + "x" * 41
    assert telling_words(text, 10) == ["sygefravær", "budget", "teamet"]
    assert telling_words(text, 1) == ["sygefravær"]


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        ("borgerne", "borg"),
        ("borgere", "borg"),
        ("borger", "borg"),
        ("sygefraværet", "sygefravær"),
        ("fravær", "fravær"),
        ("økonomien", "økonomi"),
        ("samarbejdet", "samarbejd"),
        ("samarbejde", "samarbejd"),
        ("budgettet", "budget"),
        ("data", "data"),
    ],
)
def test_stemming_takes_off_the_danish_inflection(word, stemmed):
    assert stem(word) == stemmed


def test_a_word_that_is_part_of_a_compound_matches_it():
    """The word "fravær" is the end of "sygefravær", and "budget" the start of "budgetopfølgning"."""
    words = suggestions._FrameworkWords(
        FRAMEWORK,
        [
            OwnCriterion("own:a", "samarbejde", "Sygefraværet falder", at(2026, 1, 1)),
            OwnCriterion("own:b", "styring", "Budgetopfølgning hver måned", at(2026, 1, 1)),
        ],
    )
    assert words.match("Fraværet i teamet").scores["criterion"]["own:a"] > 0
    assert words.match("Budgettet").scores["criterion"]["own:b"] > 0
    assert "own:a" not in words.match("Budgettet").scores["criterion"]

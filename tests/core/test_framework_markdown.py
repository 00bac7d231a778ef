"""A framework written as Markdown, the form an organisation hands out: read exactly, written back
exactly, every problem reported with its line."""

from __future__ import annotations

import io

import pytest

from framework import load_bundled, load_framework
from framework.markdown_form import PALETTE, FrameworkProblems, read_markdown, to_markdown
from journal.cli import parse_args, run
from journal.render import framework_html

VALUES = """\
---
organisation: Eksempel Region
name: Værdier og ledelsesadfærd
language: da
languages: [da, en]
criteria: [Ledelsesadfærden er at]
---
Vores fem værdier gælder alle ledere.
en: Our five values apply to every leader.

## Tillid
en: Trust
Tillid er grundlaget.
### Ledelsesadfærden er at
en: As leaders we
- vise tillid før kontrol
  en: show trust before control
- give plads til fejl {#tillid.fejl}

## Åbenhed {colour=#aa3355}
### Ledelsesadfærden er at
- dele viden tidligt

## Mod
### Vi bestræber os på
- at sige det, der er svært

## Respekt
### Ledelsesadfærden er at
- lytte før vi svarer

## Ansvar
"""


def problems(text: str | bytes) -> list[tuple[int, str]]:
    with pytest.raises(FrameworkProblems) as raised:
        read_markdown(text, "f.md")
    return raised.value.problems


def test_the_bundled_framework_goes_to_markdown_and_back_unchanged():
    bundled = load_bundled()
    written = to_markdown(bundled)
    assert read_markdown(written) == bundled
    assert to_markdown(read_markdown(written)) == written  # and the text is stable
    assert "## Borgere og samfund {#borgere colour=#1f8a70}" in written
    assert "### Hvorfor?\nen: Why?" in written


def test_a_framework_of_another_shape_values_with_behaviours_no_why_five_themes():
    fw = read_markdown(VALUES)
    assert [t.name.get("da") for t in fw.themes] == ["Tillid", "Åbenhed", "Mod", "Respekt", "Ansvar"]
    assert [t.id for t in fw.themes] == ["tillid", "aabenhed", "mod", "respekt", "ansvar"]
    trust = fw.themes[0]
    assert trust.name.get("en") == "Trust"
    assert [p.get("da") for p in trust.lead.paragraphs] == ["Tillid er grundlaget."]
    behaviour = trust.sections[1]
    assert behaviour.criteria and behaviour.heading.get("en") == "As leaders we"
    assert [(c.id, c.text.get("en")) for c in trust.success_criteria] == [
        ("tillid.vise-tillid-foer-kontrol", "show trust before control"),
        ("tillid.fejl", "give plads til fejl"),  # no English given: the Danish stands
    ]
    courage = fw.themes[2]
    assert courage.success_criteria == () and courage.sections[0].heading.get() == "Vi bestræber os på"
    assert fw.themes[4].sections == ()  # a theme may be a name alone
    assert fw.themes[1].colour == "#aa3355"
    assert fw.themes[0].colour == PALETTE[0] and len({t.colour for t in fw.themes}) == 5
    assert [p.get("en") for p in fw.introduction] == ["Our five values apply to every leader."]
    assert fw.usage_contexts == () and fw.foundations == () and not fw.vision and fw.date is None
    assert sum(1 for _ in fw.criteria()) == 4
    assert read_markdown(to_markdown(fw)) == fw

    html = framework_html(fw, "da")  # shown as written, without the parts it does not have
    assert "LEDELSESADFÆRDEN ER AT" in html and "vise tillid før kontrol" in html
    assert "VI BESTRÆBER OS PÅ" in html and "Hvorfor" not in html


def test_the_default_criteria_heading_is_succeskriterier_or_success_criteria():
    fw = read_markdown(
        "---\norganisation: O\nname: N\n---\n## A\n### Succeskriterier\n- en\n## B\n### Success criteria:\n- to\n"
    )
    assert [c.text.get() for c in fw.criteria()] == ["en", "to"]


def test_every_problem_is_reported_with_its_line():
    text = (
        "---\n"  # 1
        "organisation: X\n"
        "name: Y\n"
        "criteria: [Succeskriterier]\n"  # 4
        "farve: rød\n"  # 5
        "---\n"
        "## \n"  # 7
        "## Tillid {colour=#zz}\n"  # 8
        "## tillid\n"  # 9
        "- a {#tillid}\n"  # 10: the theme's id, used again
    )
    assert problems(text) == [
        (4, "no theme has a section headed 'Succeskriterier', named in 'criteria'"),
        (
            5,
            "unknown key 'farve' (known: id, organisation, name, language, languages, date, signature, vision, "
            "criteria, replaces)",
        ),
        (7, "a theme without a name: write it after '##'"),
        (8, "'#zz' is not a colour of the form #rrggbb"),
        (9, "two themes named 'tillid' (the first on line 8)"),
        (10, "the id 'tillid' is used twice (first on line 8)"),
    ]


def test_no_theme_no_front_matter_too_many_themes_and_text_that_is_not_utf8():
    assert problems("---\norganisation: X\nname: Y\n---\nKun tekst.\n") == [
        (1, "the framework has no theme: each begins with a line '## Its name'")
    ]
    assert problems("## A\n")[0] == (
        1,
        "the file must begin with front matter: a line '---', 'organisation: …', 'name: …', '---'",
    )
    nine = "---\norganisation: X\nname: Y\n---\n" + "".join(f"## T{n}\n" for n in range(9))
    assert problems(nine) == [(13, "9 themes: a framework has at most 8")]
    assert problems("---\norganisation: X\nname: Y\n---\n## Ærlighed\n".encode("latin-1")) == [
        (5, "the text is not UTF-8: save the file as UTF-8 (in Word: Save as, Plain text, UTF-8)")
    ]


def test_load_framework_reads_either_form(tmp_path):
    path = tmp_path / "vaerdier.md"
    path.write_text(VALUES, encoding="utf-8")
    assert load_framework(path) == read_markdown(VALUES)
    assert load_framework(path).organisation.get() == "Eksempel Region"


def cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run(parse_args(list(argv)), out=out, err=out), out.getvalue()


def test_framework_check_prints_a_summary_or_every_problem(tmp_path):
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text(VALUES, encoding="utf-8")
    bad.write_text("---\norganisation: X\nname: Y\n---\n## A\n## a\n", encoding="utf-8")
    status, out = cli("framework", "check", str(good))
    assert status == 0
    assert "Eksempel Region: Værdier og ledelsesadfærd" in out and "Temaer: 5 · succeskriterier: 4" in out
    status, out = cli("--lang", "en", "framework", "check", str(bad))
    assert status == 1
    assert f"{bad}:6: two themes named 'a' (the first on line 5)" in out and "Problems: 1." in out
    status, out = cli("framework", "check", str(bad), "--json")
    assert status == 1 and '"line": 6' in out
    status, out = cli("framework", "check", str(tmp_path / "missing.md"))
    assert status == 1 and "cannot read the file" in out


def test_the_readmes_complete_example_reads_as_it_says():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Another organisation's framework", 1)[1].split("```markdown\n", 1)[1].split("```", 1)[0]
    fw = read_markdown(example, "README.md")
    assert fw.organisation.get() == "Eksempel Region" and fw.name.get("en") == "Værdier og ledelsesadfærd"
    assert [t.id for t in fw.themes] == ["tillid", "aabenhed"]
    trust = fw.themes[0]
    assert [s.heading.get("en") for s in trust.sections] == ["", "Why?", "As leaders we"]
    assert [c.id for c in trust.success_criteria] == ["tillid.kontrol", "tillid.give-plads-til-fejl"]
    assert [p.text.get() for p in trust.prompts] == ["Hvornår viste du tillid i denne uge, selv om det var svært?"]
    assert [(c.id, c.label.get(), c.text.get()) for c in fw.usage_contexts] == [
        ("mus", "MUS", "Når leder og medarbejder følger op på året"),
        ("rekruttering", "Rekruttering", "Når vi ansætter nye ledere"),
    ]
    assert [f.text.get() for f in fw.foundations] == ["Regionens strategi"]
    assert len(fw.review_prompts) == 1 and fw.vision.get() == "Sammen om et sundt liv"
    assert fw.headings.introduction.get() == "En fælles ramme" and fw.date.year == 2026


def test_every_problem_is_said_in_danish_and_english_by_the_core_catalogue(tmp_path):
    from framework.markdown_form import MESSAGES
    from journal.organisation import problem_words
    from journal.words import words

    for key, english in MESSAGES.items():
        assert words("en")[f"framework.problem.{key}"] == english
        assert f"framework.problem.{key}" in words("da")
    bad = tmp_path / "bad.md"
    bad.write_text("---\norganisation: X\nname: Y\n---\n## A\n## A\n", encoding="utf-8")
    status, out = cli("framework", "check", str(bad))  # Danish by default
    assert status == 1 and f"{bad}:6: to temaer hedder 'A' (det første i linje 5)" in out
    with pytest.raises(FrameworkProblems) as raised:
        read_markdown(bad.read_bytes())
    assert raised.value.lines(problem_words("en")) == raised.value.lines()  # English is the file's own words

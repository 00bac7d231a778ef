"""The bundled Ledelsesgrundlag says, word for word, what the organisation's document says.

The seed is the text extracted from the published PDF (tests/data). Layout is not content:
words broken over lines are joined and whitespace is collapsed before comparing. Everything
else (wording, punctuation, even the document's own typos) must match exactly, both ways.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framework import load_bundled

SEED = Path(__file__).parent.parent / "data" / "ledelsesgrundlag-2019.txt"


def why(theme):
    """The paragraphs of a theme's "Hvorfor?" section."""
    return next(section.paragraphs for section in theme.sections if section.paragraphs)


def normalise(text: str) -> str:
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)  # a word broken at a line end
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" ([.,:;?!])", r"\1", text).strip()


@pytest.fixture(scope="module")
def seed() -> str:
    return normalise(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fw():
    return load_bundled()


def between(text: str, start: str, end: str, *, last: bool = False) -> str:
    begin = (text.rindex(start) if last else text.index(start)) + len(start)
    return text[begin : text.index(end, begin)].strip()


def danish(local_text) -> str:
    return local_text.get("da")


def test_structure_is_complete(fw):
    assert [t.id for t in fw.themes] == ["borgere", "samarbejde", "styring"]
    assert all(len(t.statements) == 3 and len(t.success_criteria) == 3 for t in fw.themes)
    assert len(fw.usage_contexts) == 8
    assert len(fw.foundations) == 3
    assert fw.date.isoformat() == "2019-02-01"


def test_every_text_has_danish_and_english(fw):
    texts = [fw.name, fw.organisation, fw.signature, fw.vision, fw.usage_audience, *fw.introduction]
    for theme in fw.themes:
        texts += [theme.name, *why(theme), *(s.text for s in theme.statements)]
        texts += [c.text for c in theme.success_criteria] + [p.text for p in theme.prompts]
    texts += [c.text for c in fw.usage_contexts] + [c.label for c in fw.usage_contexts]
    texts += [f.text for f in fw.foundations] + [p.text for p in fw.review_prompts]
    for text in texts:
        values = dict(text.values)
        assert values["da"].strip() and values["en"].strip()
        assert values["da"] != values["en"] or values["da"] in ("Vision",)


def test_introduction_matches(seed, fw):
    section = between(seed, "EN FÆLLES RAMME", "BORGERE OG SAMFUND")
    assert section == " ".join(danish(p) for p in fw.introduction)
    assert danish(fw.vision) in section


@pytest.mark.parametrize(
    "index,heading", [(0, "BORGERE OG SAMFUND"), (1, "SAMARBEJDE OG RELATIONER"), (2, "STYRING OG EFFEKT")]
)
def test_theme_page_matches(seed, fw, index, heading):
    theme = fw.themes[index]
    assert danish(theme.name).upper() == heading
    # The theme page (the last occurrence of its heading) holds the fuller wording.
    page = seed[seed.rindex(heading) :]
    statements = between(page, heading, "HVORFOR?")
    assert re.findall(r"[^.]+\.", statements) == [
        " " * (i > 0) + danish(s.text) for i, s in enumerate(theme.statements)
    ]
    assert between(page, "HVORFOR?", "SUCCESKRITERIER") == " ".join(danish(p) for p in why(theme))
    criteria = page[page.index("SUCCESKRITERIER") + len("SUCCESKRITERIER") :]
    found = re.findall(r"At [^.]+\.", criteria)[:3]
    assert found == [danish(c.text) for c in theme.success_criteria]


def test_theme_pages_win_over_the_summary_page(fw):
    statements = {danish(s.text) for t in fw.themes for s in t.statements}
    assert "Vi engagerer os og skaber stærke relationer og fællesskaber." in statements
    assert "Vi skaber rum for at eksperimentere og være nysgerrig." in statements
    assert "Vi skaber stærke relationer og fællesskaber." not in statements
    assert "Vi skaber rum til at eksperimentere og være nysgerrig." not in statements


def test_usage_matches(seed, fw):
    assert between(seed, "HVORDAN BRUGES LEDELSESGRUNDLAGET?", "LEDELSESGRUNDLAGET BRUGES") == danish(fw.usage_audience)
    bullets = between(seed, "FØLGENDE SAMMENHÆNGE:", "LEDELSESGRUNDLAGET BYGGER")
    assert [b.strip() for b in bullets.split("•") if b.strip()] == [danish(c.text) for c in fw.usage_contexts]


def test_foundations_match(seed, fw):
    diagram = between(seed, "FØLGENDE ELEMENTER:", danish(fw.signature))
    assert diagram == "Ledelsesgrundlag " + " ".join(danish(f.text) for f in fw.foundations)


def test_headings_match(seed, fw):
    for heading in (
        fw.headings.introduction,
        *{section.heading for theme in fw.themes for section in theme.sections if section.heading},
        fw.headings.usage,
        fw.headings.usage_contexts,
        fw.headings.foundations,
        fw.name,
    ):
        assert danish(heading).upper() in seed
    assert danish(fw.signature) in seed
    assert danish(fw.organisation) == "Næstved Kommune"


def test_prompts_cover_every_theme_and_review(fw):
    assert all(len(theme.prompts) == 3 for theme in fw.themes)
    assert len(fw.review_prompts) == 3
    ids = [p.id for p in fw.prompts()]
    assert len(ids) == len(set(ids)) == 12

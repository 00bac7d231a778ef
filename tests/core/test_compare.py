"""Comparing two versions of the personal framework: statuses per part, theme, own criterion and
target balance, and word-level diffs that QTextBrowser can show (the leader's Markdown rendered,
the changed words marked)."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework import load_bundled
from framework.personal import OwnCriterion, Part, PersonalFramework, TargetBalance
from journal.compare import (
    DELETED_STYLE,
    INSERTED_STYLE,
    MUTED_STYLE,
    Status,
    compare,
    compare_html,
    markdown_diff_html,
    word_diff_html,
)
from journal.render import markdown_html
from tests.factories import at

ORGANISATION = load_bundled()
ADDED = "<span style='" + INSERTED_STYLE + "'>{}</span>"
DELETED = "<span style='" + DELETED_STYLE + "'>{}</span>"


def criterion(cid: str, text: str, theme_id: str = "borgere", retired: bool = False) -> OwnCriterion:
    return OwnCriterion(cid, theme_id, text, at(2026, 1, 5), at(2026, 2, 1) if retired else None)


OLD = (
    PersonalFramework(
        parts=(
            Part("task", "Jeg leder skolen."),
            Part("values", "Tillid og åbenhed.", title="Det står jeg for"),
            Part("decisions", "Teamet beslutter selv vagtplanen."),
            Part("development", ""),
            Part("old-custom", "En del jeg senere fjernede.", title="Min gamle del"),
        ),
        theme_texts=(),
        own_criteria=(
            criterion("own:same", "Borgerne kender mig"),
            criterion("own:edit", "Jeg svarer hurtigt"),
            criterion("own:retire", "Jeg når alle mails"),
            criterion("own:drop", "Jeg holder møderne korte"),
            criterion("own:back", "Jeg går ture med teamet", retired=True),
            criterion("own:still-retired", "Gammelt mål", retired=True),
        ),
        target=TargetBalance.of({"borgere": 40, "samarbejde": 30, "styring": 30}),
    )
    .with_theme_text("borgere", "Jeg går ud i lokalsamfundet.")
    .with_theme_text("styring", "Jeg følger tallene.")
)

NEW = (
    PersonalFramework(
        parts=(
            Part("values", "Tillid og åbenhed.", title="Mine værdier"),
            Part("task", "Jeg leder skolerne i Fensmark."),
            Part("decisions", ""),
            Part("development", "Jeg vil blive bedre til at lytte."),
            Part("new-custom", "Noget helt nyt.", title="Min nye del"),
        ),
        own_criteria=(
            criterion("own:same", "Borgerne kender mig"),
            criterion("own:edit", "Jeg svarer hurtigt og venligt"),
            criterion("own:retire", "Jeg når alle mails", retired=True),
            criterion("own:back", "Jeg går ture med teamet"),
            criterion("own:still-retired", "Gammelt mål", retired=True),
            criterion("own:new", "Jeg kender mine tal", theme_id="styring"),
        ),
        target=TargetBalance.of({"borgere": 30, "samarbejde": 40, "styring": 30}),
    )
    .with_theme_text("borgere", "Jeg går ud i lokalsamfundet hver måned.")
    .with_theme_text("samarbejde", "Jeg spørger.")
    .with_theme_text("styring", "Jeg følger tallene.")
)


@pytest.fixture(scope="module")
def comparison():
    return compare(OLD, NEW, ORGANISATION, "da")


def statuses(changes) -> dict[str, Status]:
    return {change.key: change.status for change in changes}


def test_parts_by_key_in_the_new_order_then_the_removed_ones(comparison):
    assert statuses(comparison.parts) == {
        "values": Status.CHANGED,  # renamed only
        "task": Status.CHANGED,
        "decisions": Status.REMOVED,  # emptied
        "development": Status.ADDED,  # written for the first time
        "new-custom": Status.ADDED,
        "old-custom": Status.REMOVED,
    }
    assert [c.key for c in comparison.parts] == [
        "values",
        "task",
        "decisions",
        "development",
        "new-custom",
        "old-custom",
    ]
    values = comparison.parts[0]
    assert (values.title, values.renamed_from) == ("Mine værdier", "Det står jeg for")
    assert values.diff_html == "<p>Tillid og åbenhed.</p>"  # parts are Markdown, shown rendered
    assert comparison.parts[2].title == "Beslutninger og inddragelse"
    assert comparison.parts[-1].title == "Min gamle del"


def test_changed_text_is_marked_word_by_word(comparison):
    task = comparison.parts[1]
    assert task.diff_html == (
        "<p>Jeg leder " + DELETED.format("skolen") + " " + ADDED.format("skolerne i Fensmark") + ".</p>"
    )
    assert comparison.parts[2].diff_html == "<p>" + DELETED.format("Teamet beslutter selv vagtplanen.") + "</p>"
    assert comparison.parts[3].diff_html == "<p>" + ADDED.format("Jeg vil blive bedre til at lytte.") + "</p>"


def test_theme_texts_in_the_organisations_order(comparison):
    assert [(c.key, c.title, c.status) for c in comparison.themes] == [
        ("borgere", "Borgere og samfund", Status.CHANGED),
        ("samarbejde", "Samarbejde og relationer", Status.ADDED),
        ("styring", "Styring og effekt", Status.UNCHANGED),
    ]
    assert comparison.themes[0].diff_html == "<p>Jeg går ud i lokalsamfundet" + ADDED.format(" hver måned") + ".</p>"
    assert comparison.themes[2].diff_html == "<p>Jeg følger tallene.</p>"


def test_own_criteria_added_removed_changed_retired(comparison):
    assert statuses(comparison.own_criteria) == {
        "own:same": Status.UNCHANGED,
        "own:edit": Status.CHANGED,
        "own:retire": Status.RETIRED,
        "own:back": Status.CHANGED,  # brought back into use
        "own:still-retired": Status.UNCHANGED,
        "own:new": Status.ADDED,
        "own:drop": Status.REMOVED,
    }
    by_key = {c.key: c for c in comparison.own_criteria}
    assert by_key["own:edit"].diff_html == "Jeg svarer hurtigt" + ADDED.format(" og venligt")
    assert by_key["own:new"].title == "Styring og effekt" and by_key["own:drop"].title == "Borgere og samfund"
    assert by_key["own:drop"].diff_html == DELETED.format("Jeg holder møderne korte")


def test_a_criterion_moved_to_another_theme_is_changed():
    moved = replace(OLD, own_criteria=(criterion("own:same", "Borgerne kender mig", theme_id="samarbejde"),))
    only = replace(OLD, own_criteria=(criterion("own:same", "Borgerne kender mig"),))
    assert compare(only, moved, ORGANISATION, "da").own_criteria[0].status is Status.CHANGED


def test_the_target_balance(comparison):
    target = comparison.target
    assert (target.key, target.title, target.status) == ("target", "Den balance, jeg sigter efter", Status.CHANGED)
    assert target.diff_html == (
        "Borgere og samfund " + DELETED.format("40") + " " + ADDED.format("30") + " % · "
        "Samarbejde og relationer " + DELETED.format("30") + " " + ADDED.format("40") + " % · "
        "Styring og effekt 30 %"
    )
    unset = compare(replace(OLD, target=None), OLD, ORGANISATION, "en").target
    assert unset.status is Status.ADDED and "Citizens and community 40%" in unset.diff_html
    assert compare(OLD, replace(OLD, target=None), ORGANISATION, "da").target.status is Status.REMOVED


def test_identical_frameworks_have_no_changes():
    same = compare(NEW, NEW, ORGANISATION, "da")
    assert same.changes() == ()
    assert all(c.status is Status.UNCHANGED for c in (*same.parts, *same.themes, *same.own_criteria, same.target))


def test_changes_leave_out_the_unchanged(comparison):
    keys = [c.key for c in comparison.changes()]
    assert "styring" not in keys and "own:same" not in keys and "own:still-retired" not in keys
    assert keys[:2] == ["values", "task"] and keys[-1] == "target"


def test_titles_in_english():
    english = compare(OLD, NEW, ORGANISATION, "en")
    assert [c.title for c in english.parts][1:4] == [
        "My task and context",
        "Decisions and involvement",
        "Strengths and development",
    ]
    assert english.themes[0].title == "Citizens and community" and english.target.title == "The balance I aim for"


def test_user_text_is_escaped_and_line_breaks_kept():
    html = word_diff_html("Vi <b>skal</b>\nlytte", "Vi <b>vil</b>\nlytte & svare")
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert DELETED.format("skal") in html and ADDED.format("vil") in html
    assert html.endswith("<br>lytte" + ADDED.format(" &amp; svare"))


def test_a_rewritten_phrase_is_one_removal_and_one_addition():
    assert word_diff_html("a b c d", "a x y d") == "a " + DELETED.format("b c") + " " + ADDED.format("x y") + " d"


def test_compare_html_shows_only_what_changed():
    html = compare_html(OLD, NEW, ORGANISATION, "da", "Fra <forår> til nu")
    assert html.startswith("<h3>Fra &lt;forår&gt; til nu</h3>")
    renamed = "(ændret, hed før \u201cDet står jeg for\u201d)"
    assert f"<b>Mine værdier</b> <span style='{MUTED_STYLE}'>{renamed}</span>" in html
    assert f"<b>Min gamle del</b> <span style='{MUTED_STYLE}'>(fjernet)</span>" in html
    assert "<h4>Mine ord under temaerne</h4>" in html and "<h4>Mine succeskriterier</h4>" in html
    assert "(udgået)" in html and "Jeg følger tallene." not in html  # unchanged theme text left out
    assert "Den balance, jeg sigter efter" in html
    assert compare_html(NEW, NEW, ORGANISATION, "en", "Same").endswith("No changes.</p>")


# -- the leader's Markdown, rendered, with the changed words marked ---------------------------


def test_bold_stays_bold_and_only_the_changed_words_are_marked():
    html = markdown_diff_html("**Ordentlighed** og ro", "**Ordentlighed** og tillid")
    assert html == (
        "<p><strong>Ordentlighed</strong> og " + DELETED.format("ro") + " " + ADDED.format("tillid") + "</p>"
    )


def test_words_added_inside_bold_are_bold_and_marked():
    assert markdown_diff_html("Vi lytter.", "Vi **lytter altid**.") == (
        "<p>Vi <strong>lytter" + ADDED.format(" altid") + "</strong>.</p>"
    )


def test_lists_stay_lists():
    html = markdown_diff_html("- Tillid\n- Ro", "- Tillid\n- Ordentlighed\n- Ro")
    assert html == "<ul>\n<li>Tillid</li>\n<li>" + ADDED.format("Ordentlighed") + "</li>\n<li>Ro</li>\n</ul>"
    html = markdown_diff_html("1. Lytte\n2. Spørge", "1. Lytte\n2. Spørge igen")
    assert html == "<ol>\n<li>Lytte</li>\n<li>Spørge" + ADDED.format(" igen") + "</li>\n</ol>"


def test_a_removed_paragraph_is_its_own_struck_paragraph():
    html = markdown_diff_html("Først.\n\n**Så** det.\n\nTil sidst.", "Først.\n\nTil sidst.")
    assert html == (
        "<p>Først.</p>\n<p><strong>"
        + DELETED.format("Så")
        + "</strong>"
        + DELETED.format(" det.")
        + "</p>\n<p>Til sidst.</p>"
    )


def test_a_line_that_becomes_a_heading_or_a_list_item_keeps_its_new_form():
    html = markdown_diff_html("Mål for året", "# Mål for året")
    assert html == "<h5>Mål for året</h5>"  # below the comparison's own headings
    html = markdown_diff_html("Tidligere tekst", "- Ny tekst")
    assert html == "<ul>\n<li>" + DELETED.format("Tidligere") + " " + ADDED.format("Ny") + " tekst</li>\n</ul>"


def test_a_removed_word_at_the_start_of_a_list_item_stays_in_the_item():
    html = markdown_diff_html("Nu lytter jeg", "- lytter jeg")
    assert html == "<ul>\n<li>" + DELETED.format("Nu ") + "lytter jeg</li>\n</ul>"


def test_typed_html_is_text_and_link_addresses_are_never_marked():
    html = markdown_diff_html("Vi <b>skal</b>", "Vi <b>vil</b> <script>alert(1)</script>")
    assert "<b>" not in html and "<script>" not in html and "&lt;script&gt;" in html
    html = markdown_diff_html("[LUS](https://a.example)", "[LUS](https://b.example) nu")
    assert html == ('<p><a href="https://b.example" rel="noopener noreferrer">LUS</a>' + ADDED.format(" nu") + "</p>")


def test_the_private_marks_typed_by_a_leader_do_not_confuse_the_diff():
    html = markdown_diff_html("a \ue000 b", "a \ue001 b c")
    assert "\ue000" not in html and "\ue001" not in html and html == "<p>a  b" + ADDED.format(" c") + "</p>"


class _Letters(HTMLParser):
    """The letters of an HTML fragment (spaces left out), each with how it is marked ("ins", "del"
    or "") and how it is emphasised (the strong and em elements around it)."""

    def __init__(self):
        super().__init__()
        self.marks: list[str] = []
        self.emphasis: list[str] = []
        self.letters: list[tuple[str, str, tuple[str, ...]]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            style = dict(attrs).get("style", "")
            self.marks.append("ins" if style == INSERTED_STYLE else "del" if style == DELETED_STYLE else "")
        elif tag in ("strong", "em"):
            self.emphasis.append(tag)

    def handle_endtag(self, tag):
        if tag == "span":
            self.marks.pop()
        elif tag in ("strong", "em"):
            self.emphasis.pop()

    def handle_data(self, data):
        mark = self.marks[-1] if self.marks else ""
        self.letters += [(letter, mark, tuple(sorted(self.emphasis))) for letter in data if not letter.isspace()]


def letters(html: str) -> list[tuple[str, str, tuple[str, ...]]]:
    parser = _Letters()
    parser.feed(html)
    return parser.letters


_WORD = st.sampled_from(["tillid", "ro", "mod", "ordentlighed", "Vi", "lytter", "og", "."])
_PHRASE = st.lists(
    st.one_of(_WORD, _WORD.map(lambda w: f"**{w}**"), _WORD.map(lambda w: f"*{w}*")), min_size=1, max_size=5
).map(" ".join)
# Blocks apart, as Markdown wants them: Python-Markdown reads "- " right under a paragraph line as text.
_BLOCK = st.one_of(
    st.lists(_PHRASE, min_size=1, max_size=2).map("\n".join),
    st.lists(_PHRASE.map("- ".__add__), min_size=1, max_size=3).map("\n".join),
    _PHRASE.map("## ".__add__),
)
_MARKDOWN = st.lists(_BLOCK, max_size=4).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWN, _MARKDOWN)
def test_the_marked_words_are_exactly_the_changed_ones(old, new):
    """Read without the insertions, the comparison says the old text; without the removals, the
    new text, emphasised as the new text is. Raw emphasis never shows."""
    html = markdown_diff_html(old, new)
    shown = letters(html)
    assert "".join(c for c, mark, _ in shown if mark != "ins") == "".join(c for c, _, _ in letters(markdown_html(old)))
    assert [(c, e) for c, mark, e in shown if mark != "del"] == [(c, e) for c, _, e in letters(markdown_html(new))]
    assert "*" not in html
    if old == new:
        assert all(mark == "" for _, mark, _ in shown)


def test_compare_html_shows_parts_and_theme_texts_rendered():
    old = replace(OLD, parts=(Part("values", "**Ordentlighed** og ro"),)).with_theme_text("borgere", "- Lytte")
    new = replace(OLD, parts=(Part("values", "**Ordentlighed** og tillid"),)).with_theme_text(
        "borgere", "- Lytte\n- Spørge"
    )
    html = compare_html(old, new, ORGANISATION, "da", "Før og nu")
    assert "**" not in html and "<strong>Ordentlighed</strong> og " + DELETED.format("ro") in html
    assert "<li>" + ADDED.format("Spørge") + "</li>" in html

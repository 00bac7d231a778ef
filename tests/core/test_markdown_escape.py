"""Plain text in the Markdown exports (a name, a title, a tag, a criterion) stays text when the
.md is rendered: no tag, no link, no heading or list of its own, whatever was typed or imported.
The leader's own Markdown bodies are Markdown by intent and are not touched."""

from __future__ import annotations

import io
import re
import string
from datetime import date
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framework import load_bundled
from framework.personal import OwnCriterion, Part, PersonalFramework
from journal.export import ExportOptions, get_exporter
from journal.export.markdown_text import plain
from journal.model import NextStep
from journal.render import _EXTENSIONS
from journal.store import Store
from tests.factories import at, reflection

ORGANISATION = load_bundled()
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[klik her](javascript:alert(1))",
    "# Overskrift",
    "1. punkt",
    "- punkt",
    "> citat",
    "***",
    "`kode`",
    "<http://example.com>",
    "&lt;b&gt;",
    "~~streg~~",
    "a | b",
)


class Seen(HTMLParser):
    """The tags and the visible text of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data):
        self.text.append(data)

    @property
    def visible(self) -> str:
        return squeeze("".join(self.text))


def squeeze(text: str) -> str:
    """Text as a reader sees it: runs of white space are one space, control characters nothing."""
    text = "".join(" " if c.isspace() else c for c in text if c.isspace() or c.isprintable() or ord(c) > 0x9F)
    return re.sub(r"\s+", " ", text).strip()


def python_markdown(text: str) -> str:
    """As journal/render.py converts, but with raw HTML allowed, as most Markdown readers do."""
    return markdown.Markdown(extensions=_EXTENSIONS, output_format="html").convert(text)


RENDERERS = {"python-markdown": python_markdown}
try:  # CommonMark as GitHub, editors and other apps read it, when the library is at hand
    from markdown_it import MarkdownIt

    _commonmark = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    RENDERERS["commonmark"] = _commonmark.render
except ImportError:  # pragma: no cover - not a dependency of the app
    pass

# Where the writers put a plain text, and the only tags that may come of it.
CONTEXTS = {  # name: (the Markdown around it, the tags it may give, the visible text before it)
    "paragraph": ("{}", {"p"}, ""),
    "heading": ("## {}", {"h2"}, ""),
    "bullet": ("- {}", {"ul", "li"}, ""),
    "bold": ("**{}**", {"p", "strong"}, ""),
    "after a label": ("- **Tags:** {}", {"ul", "li", "strong"}, "Tags: "),
}
# Markdown's own characters often, with white space, control characters and letters of every kind.
TEXTS = st.text(alphabet=st.sampled_from(string.printable + "æøåÆØÅ\u00a0\u2028\x00\x02\x03"), max_size=40) | st.text(
    max_size=20
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, renderer=st.sampled_from(sorted(RENDERERS)), context=st.sampled_from(sorted(CONTEXTS)))
@example(text="<script>alert(1)</script>", renderer="python-markdown", context="paragraph")
@example(text="[x](javascript:alert(1))", renderer="python-markdown", context="bullet")
@example(text="&amp; &copy; &#65; &#x41;", renderer="python-markdown", context="paragraph")
def test_escaped_plain_text_renders_as_itself_and_nothing_more(text, renderer, context):
    pattern, allowed, before = CONTEXTS[context]
    expected = squeeze(text)
    if not expected and context != "paragraph":
        return  # no writer puts an empty text there
    seen = Seen(RENDERERS[renderer](pattern.format(plain(text))))
    assert set(seen.tags) <= allowed, (plain(text), seen.tags)
    assert seen.attributes == []
    assert seen.visible == squeeze(before + expected), plain(text)


def test_ordinary_text_is_left_readable():
    assert plain("Møde med Henrik om vagtplanen, 3 punkter") == "Møde med Henrik om vagtplanen, 3 punkter"
    assert plain("Anne-Marie (LUS)") == "Anne-Marie (LUS)"
    assert plain("27. november 2026") == "27\\. november 2026"  # no ordered list starting at 27


def test_the_framework_markdown_escapes_every_plain_text():
    own = "# Mit <b>eget</b> kriterium"
    with Store.memory() as store:
        store.save_personal_framework(
            PersonalFramework(
                name="<script>alert('navn')</script>",
                unit="<img src=x onerror=alert(1)>",
                parts=(
                    Part("task", "Min **egen** tekst.", title="[klik](javascript:alert(1))"),
                    Part("values", title="> citat"),
                ),
                own_criteria=(OwnCriterion("own:x", "borgere", own, at(2026, 1, 5)),),
            ).with_theme_text("borgere", "Med mine *ord*.")
        )
        out = io.StringIO()
        get_exporter("framework", "md").write(
            store, out, ExportOptions(organisation=ORGANISATION, today=date(2026, 5, 1), include_organisation=True)
        )
    text = out.getvalue()
    seen = Seen(python_markdown(text))
    assert not {"script", "img", "a", "b"} & set(seen.tags), seen.tags
    assert seen.tags.count("h1") == 1 and seen.tags.count("blockquote") == 1  # the title; the vision
    assert "<script>alert('navn')</script>" in seen.visible and "<img src=x onerror=alert(1)>" in seen.visible
    assert "[klik](javascript:alert(1))" in seen.visible and own in seen.visible
    assert "Ikke skrevet endnu: > citat." in seen.visible
    assert "<strong>egen</strong>" in python_markdown(text) and "<em>ord</em>" in python_markdown(text)


def test_the_reflection_markdown_escapes_every_plain_text():
    with Store.memory() as store:
        store.save_personal_framework(
            PersonalFramework(
                own_criteria=(OwnCriterion("own:x", "samarbejde", "<b>mit</b> kriterium", at(2026, 1, 5)),)
            )
        )
        store.create(
            reflection(
                uuid="12345678-0000-4000-8000-00000000abcd",
                title="# <script>alert(1)</script>",
                body="Min **tekst**.",
                tags=("<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"),
                criterion_ids=("own:x",),
                next_steps=(NextStep("<i>ring</i> til [Henrik](javascript:x)"),),
            )
        )
        out = io.StringIO()
        get_exporter("reflection", "md").write(
            store,
            out,
            ExportOptions(
                organisation=ORGANISATION, today=date(2026, 12, 5), reflection="12345678-0000-4000-8000-00000000abcd"
            ),
        )
    html = python_markdown(out.getvalue())
    seen = Seen(html)
    assert not {"script", "img", "a", "i", "b"} & set(seen.tags), seen.tags
    assert seen.tags.count("h1") == 1 and "<strong>tekst</strong>" in html
    for typed in (
        "# <script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<b>mit</b> kriterium",
        "<i>ring</i> til [Henrik](javascript:x)",
    ):
        assert typed in seen.visible, typed


@pytest.mark.parametrize("typed", HOSTILE)
def test_each_hostile_text_stays_one_paragraph_of_itself(typed):
    for render in RENDERERS.values():
        seen = Seen(render(plain(typed)))
        assert seen.tags == ["p"] and seen.visible == typed

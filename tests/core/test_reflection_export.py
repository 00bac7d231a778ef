"""Exporting the one reflection the leader is reading: every fact of it in the chosen language,
the reflection model's steps under their headings, her Markdown made safe, the next steps with
their dates, a private one marked as such, and a clear error when it is gone."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from framework import load_bundled
from framework.personal import OwnCriterion, PersonalFramework
from journal.__main__ import main
from journal.errors import JournalError, NotFoundError
from journal.export import EXPORTERS, ExportOptions, formats, get_exporter
from journal.export.reflection_doc import build_reflection, file_name
from journal.model import NextStep, Reflection
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from tests.factories import at, reflection

ORGANISATION = load_bundled()
TODAY = date(2026, 12, 5)

MEETING = "12345678-0000-4000-8000-00000000abcd"
DOUBT = "87654321-0000-4000-8000-00000000dcba"  # private
TRASHED = "77777777-0000-4000-8000-000000000007"
PLAIN = "99999999-0000-4000-8000-000000000009"  # no model, no facts

TITLE = "Møde med Henrik"
SITUATION = "Henrik kom ind på mit kontor og var vred over vagtplanen."
ACTION = "Jeg lyttede først og spurgte så, hvad han havde brug for."
OUTCOME = "Han gik roligere derfra, og vi aftalte et møde i næste uge."
LEARNING = "Tålmodighed før løsninger giver ro – også når det går stærkt."
BODY = (
    "Det var **svært** at holde igen.\n\n# Min egen overskrift\n\n- første punkt\n- andet punkt\n\n"
    "<script>alert('hej')</script> blev skrevet som tekst."
)
OWN = "Mine medarbejdere tør sige fra over for mig"
ORG_CRITERION = ORGANISATION.criterion("samarbejde.k1").text.get("da")
OPEN_STEP = "Følge op med Henrik om vagtplanen"
DONE_STEP = "Skrive til teamet om mødet"
DOUBT_BODY = "Jeg tvivler på, om jeg er den rette til at lede omstillingen."
HIDDEN_STEP = "SKJULT SITUATION fra en slået fra model"


def fill(store: Store) -> None:
    store.save_personal_framework(
        PersonalFramework(
            name="Mette Højgaard", own_criteria=(OwnCriterion("own:ro", "samarbejde", OWN, at(2026, 1, 5)),)
        )
    )
    store.create(
        Reflection(
            uuid=MEETING,
            entry_at=at(2026, 12, 2, 14, 30),
            title=TITLE,
            body=BODY,
            template=True,
            situation=SITUATION,
            action=ACTION,
            outcome=OUTCOME,
            learning=LEARNING,
            theme_ids=("samarbejde", "styring"),
            criterion_ids=("samarbejde.k1", "own:ro"),
            context_id="dagligt-samarbejde",
            stakeholders=("staff", "manager"),
            tags=("vagtplan", "konflikt"),
            next_steps=(NextStep(OPEN_STEP, due=date(2026, 12, 9)), NextStep(DONE_STEP, done_at=at(2026, 12, 3))),
        )
    )
    store.create(
        reflection(
            uuid=DOUBT,
            entry_at=at(2026, 12, 4, 21, 5),
            title="Min egen tvivl",
            body=DOUBT_BODY,
            private=True,
            situation=HIDDEN_STEP,
            theme_ids=("samarbejde",),
        )
    )
    store.create(reflection(uuid=TRASHED, title="Smidt ud"))
    store.delete(TRASHED)
    store.create(reflection(uuid=PLAIN, entry_at=at(2026, 11, 30, 8, 0), title="", body="Kun en tanke."))


@pytest.fixture
def store():
    with Store.memory() as store:
        fill(store)
        yield store


def export(store: Store, name: str, uuid: str = MEETING, **options) -> str:
    out = io.StringIO()
    get_exporter("reflection", name).write(
        store, out, ExportOptions(organisation=ORGANISATION, today=TODAY, reflection=uuid, **options)
    )
    return out.getvalue()


def positions(text: str, *needles: str) -> list[int]:
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, dict(zip(needles, found, strict=True))
    return found


@pytest.fixture(params=["md", "html"])
def name(request) -> str:
    return request.param


def test_the_registry_has_markdown_html_and_pdf_for_a_reflection():
    assert formats("reflection") == ["md", "html", "pdf"]
    assert [(e.suffix, e.binary) for e in EXPORTERS if e.subject == "reflection"] == [
        (".md", False),
        (".html", False),
        (".pdf", True),
    ]


def test_every_fact_of_the_reflection_in_order(store, name):
    text = export(store, name)
    order = positions(
        text,
        TITLE,
        " december 2026 kl. 14.30",
        "Temaer",
        "Samarbejde og relationer",
        "Styring og effekt",
        "Succeskriterier",
        ORG_CRITERION,
        OWN,
        "Kontekst",
        "Dagligt samarbejde",
        "Interessenter",
        "Medarbejdere",
        "chef",
        "Tags",
        "konflikt",
        "vagtplan",
        "Situation",
        SITUATION,
        "Hvad jeg gjorde",
        ACTION,
        "Hvad der skete",
        OUTCOME,
        "Hvad jeg lærer",
        LEARNING,
        "svært",
        "første punkt",
        "Næste skridt",
        OPEN_STEP,
        "frist 9. december 2026",
        DONE_STEP,
        "udført 3. december 2026",
        "Eksporteret fra Ledelsesjournal 5. december 2026",
    )
    assert order == sorted(order)
    assert "Privat" not in text


def test_in_english(store, name):
    text = export(store, name, language="en")
    order = positions(
        text,
        TITLE,
        "2 December 2026, 14:30",
        "Themes",
        "Collaboration and relations",
        "Success criteria",
        ORGANISATION.criterion("samarbejde.k1").text.get("en"),
        OWN,
        "Context",
        "Daily collaboration",
        "Stakeholders",
        "Staff",
        "manager",
        "Situation",
        "What I did",
        "What happened",
        "What I learn",
        "Next steps",
        "due 9 December 2026",
        "done 3 December 2026",
        "Exported from Ledelsesjournal 5 December 2026",
    )
    assert order == sorted(order)
    for danish in ("Temaer", "frist", "udført", "Hvad jeg"):
        assert danish not in text


def test_a_private_reflection_goes_out_when_asked_for_and_says_so(store, name):
    text = export(store, name, uuid=DOUBT)
    assert DOUBT_BODY in text and "Privat" in text
    assert "Private" in export(store, name, uuid=DOUBT, language="en")


def test_the_model_steps_only_when_the_model_is_used(store, name):
    """Steps written and then switched off are hidden in the window; the export agrees."""
    text = export(store, name, uuid=DOUBT)
    assert HIDDEN_STEP not in text and "Situation" not in text


def test_a_bare_reflection_has_no_empty_headings(store, name):
    text = export(store, name, uuid=PLAIN)
    assert "Kun en tanke." in text and "(uden titel)" in text
    for heading in ("Temaer", "Succeskriterier", "Kontekst", "Interessenter", "Tags", "Næste skridt", "Situation"):
        assert heading not in text, heading


def test_markdown_keeps_her_markdown_below_the_documents_headings(store):
    text = export(store, "md")
    assert text.startswith(f"# {TITLE}\n")
    assert "\n2\\. december 2026 kl. 14.30" in text  # no ordered list starting at 2
    assert "\n## Hvad jeg lærer\n" in text and "\n### Min egen overskrift\n" in text
    assert f"- [ ] {OPEN_STEP} (frist 9. december 2026)" in text
    assert f"- [x] {DONE_STEP} (udført 3. december 2026)" in text
    assert f"  - {OWN} (eget)" in text


def test_html_is_a_standalone_page_with_the_markdown_rendered_and_made_safe(store):
    page = export(store, "html")
    assert page.startswith("<!DOCTYPE html>") and "<html lang='da'>" in page
    assert f"<title>{TITLE}</title>" in page
    assert "<strong>svært</strong>" in page and "<li>første punkt</li>" in page
    assert "<script" not in page and "&lt;script&gt;alert" in page
    assert "<h3>Min egen overskrift</h3>" in page  # below the h2 of the model's steps
    for theme in ("samarbejde", "styring"):  # each theme's name in its colour
        t = ORGANISATION.theme(theme)
        assert f"<span style='color:{t.colour}; font-weight:600'>{t.name.get('da')}</span>" in page
    assert "src=" not in page


def test_typed_markup_in_the_facts_is_escaped():
    with Store.memory() as store:
        store.create(
            reflection(
                uuid=MEETING, title="<b>fed</b> & <i>mere</i>", tags=("<x>",), next_steps=(NextStep("<img src=x>"),)
            )
        )
        page = export(store, "html")
    assert "<b>fed" not in page and "&lt;b&gt;fed&lt;/b&gt; &amp;" in page
    assert "<x>" not in page and "<img" not in page


@pytest.mark.parametrize(
    "uuid,message",
    [
        ("00000000-0000-4000-8000-000000000000", "is not in the journal"),
        (TRASHED, "is in the Trash; restore it to export it"),
    ],
)
def test_a_reflection_that_is_gone_gives_a_clear_error(store, uuid, message):
    with pytest.raises(NotFoundError, match=message):
        export(store, "md", uuid=uuid)


def test_without_a_reflection_the_export_says_what_is_missing(store):
    with pytest.raises(JournalError, match="which reflection"):
        export(store, "md", uuid=None)


def test_the_document_resolves_everything_to_one_language(store):
    doc = build_reflection(
        store, ExportOptions(organisation=ORGANISATION, reflection=MEETING, language="en", today=TODAY)
    )
    assert doc.title == TITLE and doc.when == "2 December 2026, 14:30" and not doc.private
    assert [name for name, _ in doc.themes] == ["Collaboration and relations", "Governance and impact"]
    assert [(c.text, c.own) for c in doc.criteria][1] == (OWN, True)
    assert [heading for heading, _ in doc.steps] == ["Situation", "What I did", "What happened", "What I learn"]


@pytest.mark.parametrize(
    "language,expected",
    [
        ("da", "refleksion-2026-12-02-moede-med-henrik.pdf"),
        ("en", "reflection-2026-12-02-moede-med-henrik.pdf"),
    ],
)
def test_the_file_name_comes_from_the_date_and_the_title(store, language, expected):
    assert file_name(store.get(MEETING), language, ".pdf") == expected
    assert file_name(store.get(PLAIN), language, ".md") == expected.split("-moede")[0].replace("12-02", "11-30") + ".md"
    long = Reflection(entry_at=at(2026, 1, 2), title="Å ærgre sig over én lang, lang, lang overskrift " * 4)
    name = file_name(long, "da", ".html")
    assert name.startswith("refleksion-2026-01-02-aa-aergre-sig-over-en-lang") and len(name) <= 80
    assert not name[:-5].endswith("-")


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = ensure_private_dir(tmp_path / "data")
    with Store.open(database_path(folder)) as store:
        fill(store)
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(folder))
    return folder


def test_cli_exports_one_reflection_by_its_first_characters(data_dir, tmp_path, capsys):
    assert main(["export", "reflection", MEETING[:8]]) == 0  # Markdown to standard output
    out = capsys.readouterr().out
    assert out.startswith(f"# {TITLE}\n") and SITUATION in out
    assert main(["--lang", "en", "export", "reflection", MEETING[:6], "-o", str(tmp_path / "møde.html")]) == 0
    page = (tmp_path / "møde.html").read_text(encoding="utf-8")
    assert "<html lang='en'>" in page and "What I learn" in page and LEARNING in page
    assert main(["export", "reflection", DOUBT[:8], "--format", "md", "--lang", "en"]) == 0
    assert "Private" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv,code,message",
    [
        (["export", "reflection", "abcdef12"], 1, "no reflection with id abcdef12"),
        (["export", "reflection", TRASHED[:8]], 1, "is in the Trash; restore it to export it"),
        (["export", "reflection"], 2, "export reflection needs the reflection's id"),
        (["export", "reflection", MEETING[:8], "--format", "odt"], 2, "no 'odt' export for the reflection"),
        (
            ["export", "reflection", MEETING[:8], "--include-private"],
            2,
            "--include-private is only for 'export framework'",
        ),
        (["export", "framework", MEETING[:8]], 2, "a reflection id is only for 'export reflection'"),
        (["export", "reflection", MEETING[:8], "--format", "pdf"], 2, "the pdf export is a binary file"),
    ],
)
def test_cli_errors_are_one_line(data_dir, tmp_path, capsys, argv, code, message):
    assert main([*argv, *(["-o", str(tmp_path / "x.odt")] if "odt" in argv else [])]) == code
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and message in captured.err, captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_cli_export_help_names_the_reflection(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "reflection" in capsys.readouterr().out

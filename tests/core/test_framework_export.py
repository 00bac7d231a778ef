"""Exporting the personal leadership framework: what goes out, in which order, in which language,
and that the private part and the leader's typed HTML never slip through."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from framework import load_bundled
from framework.personal import OwnCriterion, Part, PersonalFramework, Revision, TargetBalance
from journal.__main__ import main
from journal.export import EXPORTERS, Exporter, ExportOptions, get_exporter
from journal.export.framework_doc import build_document
from journal.export.framework_html import print_body_html, print_title_page
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from tests.factories import at

ORGANISATION = load_bundled()
TODAY = date(2026, 5, 1)
FRAMEWORK_EXPORTERS = [e for e in EXPORTERS if e.subject == "framework" and not e.binary]
OLD_REVISION = "aaaa1111-0000-4000-8000-000000000001"

TASK = "Jeg leder Borgerservice i Næstved med syv medarbejdere."
VALUES = "Tillid betyder, at jeg giver ansvar fra mig og står på mål for det."
LEADERSHIP = "Jeg leder tæt på opgaven og går foran, når det brænder på."
BORGERE = "Jeg går ud i lokalsamfundet hver måned og lytter før jeg svarer."
STYRING = "Jeg følger økonomien månedligt sammen med mine teamledere."
DECISIONS = "Beslutninger om vagtplaner træffer teamet selv."
PRIVATE = "Kun til mig selv: jeg er bange for at miste overblikket."
OWN_ACTIVE = "Borgerne kender mit ansigt fra møder i lokalområdet"
OWN_RETIRED = "Jeg når alle mails samme dag"
OWN_OFF = "Sagsbehandlingstiden falder år for år"
STATEMENT = "Vi skaber værdi via engagement."
ORG_CRITERION = "At vi som kommune opleves som en god samarbejdspartner i lokalsamfundet."
NOTHING_WRITTEN = {
    "da": "Dine egne dele er ikke skrevet endnu. Skriv dem under Mit ledelsesgrundlag i Ledelsesjournal.",
    "en": "Your own parts are not written yet. Write them under My leadership framework in Ledelsesjournal.",
}


def personal() -> PersonalFramework:
    """The leader's current framework: reordered, one part renamed, one empty, one private."""
    parts = (
        Part("values", VALUES, title="Det står jeg for"),
        Part("task", TASK + "\n\n# Min egen overskrift\n\nOg <script>alert('hej')</script> som tekst."),
        Part("leadership", LEADERSHIP),
        Part("expect_of_me", ""),
        Part("decisions", DECISIONS),
        Part("private", PRIVATE, private=True),
    )
    own = (
        OwnCriterion("own:aktiv", "borgere", OWN_ACTIVE, at(2026, 1, 5)),
        OwnCriterion("own:pension", "styring", OWN_RETIRED, at(2026, 1, 5), retired_at=at(2026, 2, 1)),
        OwnCriterion("own:styring", "styring", OWN_OFF, at(2026, 1, 6)),
    )
    return (
        PersonalFramework(
            name="Mette Højgaard",
            unit="Borgerservice",
            parts=parts,
            own_criteria=own,
            target=TargetBalance.of({"borgere": 45, "samarbejde": 20, "styring": 35}),
        )
        .with_theme_text("borgere", BORGERE)
        .with_theme_text("styring", STYRING)
    )


def fill(store: Store) -> None:
    store.save_personal_framework(personal())
    older = PersonalFramework(
        name="Mette Højgaard", parts=(Part("values", "Ærlighed før alt andet, også når det gør ondt."),)
    )
    store.merge([], revisions=[Revision(OLD_REVISION, "Forår 2026", at(2026, 3, 2), older)])


@pytest.fixture
def store():
    with Store.memory() as store:
        fill(store)
        yield store


def export(store: Store, exporter: Exporter, **options) -> str:
    out = io.StringIO()
    exporter.write(store, out, ExportOptions(organisation=ORGANISATION, today=TODAY, **options))
    return out.getvalue()


def positions(text: str, *needles: str) -> list[int]:
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, dict(zip(needles, found, strict=True))
    return found


@pytest.fixture(params=FRAMEWORK_EXPORTERS, ids=lambda e: e.name)
def exporter(request) -> Exporter:
    return request.param


def test_the_registry_has_markdown_and_html_for_the_framework():
    assert [(e.name, e.suffix, e.binary) for e in FRAMEWORK_EXPORTERS] == [
        ("md", ".md", False),
        ("html", ".html", False),
    ]
    assert get_exporter("journal", "json").subject == "journal"


def test_every_written_part_is_there_in_the_leaders_order_with_her_titles(store, exporter):
    text = export(store, exporter)
    order = positions(
        text,
        "Det står jeg for",
        VALUES,
        "Min opgave og kontekst",
        TASK,
        "Sådan leder jeg",
        LEADERSHIP,
        "Borgere og samfund",
        BORGERE,
        "Styring og effekt",
        STYRING,
        "Beslutninger og inddragelse",
        DECISIONS,
        "Eksporteret fra Ledelsesjournal 1. maj 2026",
    )
    assert order == sorted(order)
    assert "Værdier" not in text  # renamed
    assert "## Det kan du forvente af mig" not in text and "<h2>Det kan du forvente af mig" not in text  # empty
    assert "Samarbejde og relationer" in text  # the target balance gives every theme a line
    assert text.count("Mette Højgaard") >= 1 and "Borgerservice" in text
    assert "Bygger på Ledelsesgrundlag, Næstved Kommune" in text


def test_the_private_part_only_when_asked(store, exporter):
    text = export(store, exporter)
    assert PRIVATE not in text and "Privat del" not in text
    shown = export(store, exporter, include_private=True)
    order = positions(shown, DECISIONS, "Privat del", PRIVATE)
    assert order == sorted(order)


def test_the_organisations_words_only_when_asked(store, exporter):
    text = export(store, exporter)
    for words in (STATEMENT, ORG_CRITERION, "Organisationens udsagn", "Mærk Næstved"):
        assert words not in text
    beside = export(store, exporter, include_organisation=True)
    order = positions(
        beside,
        "Mærk Næstved – sammen om fremtiden",
        "Borgere og samfund",
        "Organisationens udsagn",
        STATEMENT,
        "Hvorfor?",
        "Organisationens succeskriterier",
        ORG_CRITERION,
        "Med mine ord",
        BORGERE,
    )
    assert order == sorted(order)
    # Beside the organisation's text, every theme is shown, whatever the leader wrote.
    assert "Vi engagerer os og skaber stærke relationer og fællesskaber." in beside


def test_own_success_criteria_per_option_and_never_retired_ones(store, exporter):
    text = export(store, exporter)
    mine = positions(text, "Borgere og samfund", "Mine succeskriterier", OWN_ACTIVE, "Styring og effekt", OWN_OFF)
    assert mine == sorted(mine)
    assert OWN_RETIRED not in text
    without = export(store, exporter, include_own_criteria=False, include_organisation=True, include_private=True)
    assert OWN_ACTIVE not in without and OWN_OFF not in without and "Mine succeskriterier" not in without
    assert OWN_RETIRED not in without


def test_the_target_balance_is_a_line_per_theme(store, exporter):
    text = export(store, exporter)
    shares = positions(
        text,
        "Borgere og samfund",
        "Den balance, jeg sigter efter",
        "45 % af mine refleksioner",
        "Samarbejde og relationer",
        "20 % af mine refleksioner",
        "Styring og effekt",
        "35 % af mine refleksioner",
    )
    assert shares == sorted(shares)


def test_a_revision_exports_its_own_text(store, exporter):
    text = export(store, exporter, revision=OLD_REVISION)
    assert "Ærlighed før alt andet, også når det gør ondt." in text
    assert "Revision: Forår 2026 · 2. marts 2026" in text
    for current in (VALUES, TASK, BORGERE, OWN_ACTIVE, "Sådan leder jeg"):
        assert current not in text
    assert "Eksporteret fra Ledelsesjournal 1. maj 2026" in text


def test_english_headings(store, exporter):
    text = export(store, exporter, language="en", include_organisation=True)
    for words in (
        "My leadership framework",
        "My task and context",
        "How I lead",
        "Citizens and community",
        "My success criteria",
        "The balance I aim for",
        "45% of my reflections",
        "In my own words",
        "We create value through engagement.",
        "Builds on Leadership framework, Næstved Municipality",
        "Exported from Ledelsesjournal 1 May 2026",
    ):
        assert words in text
    for words in ("Mit ledelsesgrundlag", "Mine succeskriterier", "Den balance", "Organisationens udsagn"):
        assert words not in text
    assert "Det står jeg for" in text and BORGERE in text  # the leader's own words stay hers


def readable(text: str) -> str:
    """The text as a reader sees it: HTML's entities back to characters."""
    return unescape(text)


def organisations_words(language: str) -> list[str]:
    """Every theme's name, statements, why and success criteria, in the organisation's order."""
    return [
        words.get(language)
        for theme in ORGANISATION.themes
        for words in (
            theme.name,
            *(s.text for s in theme.statements),
            *(p for section in theme.sections for p in section.paragraphs),
            *(c.text for c in theme.success_criteria),
        )
    ]


@pytest.mark.parametrize("language", ["da", "en"])
def test_an_empty_framework_says_plainly_that_nothing_is_written(exporter, language):
    with Store.memory() as empty:
        text = readable(export(empty, exporter, language=language))
    footer = {"da": "Eksporteret fra Ledelsesjournal", "en": "Exported from Ledelsesjournal"}[language]
    assert text.count(NOTHING_WRITTEN[language]) == 1
    assert positions(text, NOTHING_WRITTEN[language], footer) == sorted(
        positions(text, NOTHING_WRITTEN[language], footer)
    )
    for heading in (
        "Sådan leder jeg",
        "Min opgave og kontekst",
        "How I lead",
        "My task and context",
        "Ikke skrevet endnu",
        "Not written yet",
    ):
        assert heading not in text  # no empty headings, and no list of every part: the one note says it
    for words in organisations_words(language):
        assert words not in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_an_empty_framework_with_the_organisation_shows_its_themes(exporter, language):
    with Store.memory() as empty:
        text = readable(export(empty, exporter, language=language, include_organisation=True))
    note, leadership = NOTHING_WRITTEN[language], {"da": "Sådan leder jeg", "en": "How I lead"}[language]
    order = positions(text, note, leadership, *organisations_words(language))
    assert order == sorted(order)
    for own in (
        "Med mine ord",
        "Mine succeskriterier",
        "In my own words",
        "My success criteria",
        "Ikke skrevet endnu",
        "Not written yet",
    ):
        assert own not in text


def test_unwritten_parts_are_named_once_at_the_end_not_as_empty_headings(store, exporter):
    text = export(store, exporter, include_private=True)
    order = positions(
        text, DECISIONS, PRIVATE, "Ikke skrevet endnu: Det kan du forvente af mig.", "Eksporteret fra Ledelsesjournal"
    )
    assert order == sorted(order)
    assert text.count("Det kan du forvente af mig") == 1  # in the note, not as a heading
    assert NOTHING_WRITTEN["da"] not in text
    english = export(store, exporter, language="en")
    assert "Not written yet: What you can expect of me." in english
    # Parts the leader removed from her framework are no unwritten parts.
    assert "Det forventer jeg af dig" not in text and "Opfølgning" not in text


def test_an_unwritten_private_part_is_named_only_when_the_private_part_is_exported(exporter):
    with Store.memory() as store:
        store.save_personal_framework(PersonalFramework(parts=(Part("task", TASK), Part("private", private=True))))
        hidden = export(store, exporter)
        shown = export(store, exporter, include_private=True)
    assert "Ikke skrevet endnu" not in hidden and "Privat del" not in hidden
    assert "Ikke skrevet endnu: Privat del." in shown


def test_words_written_only_in_the_private_part_are_not_called_unwritten(exporter):
    with Store.memory() as store:
        store.save_personal_framework(PersonalFramework(parts=(Part("task"), Part("private", PRIVATE, private=True))))
        text = export(store, exporter)
    assert PRIVATE not in text and NOTHING_WRITTEN["da"] not in text
    assert "Ikke skrevet endnu: Min opgave og kontekst." in text


def test_an_unwritten_parts_own_title_is_escaped_in_html():
    with Store.memory() as store:
        store.save_personal_framework(
            PersonalFramework(parts=(Part("task", TASK), Part("values", title="Mine <b>værdier</b>")))
        )
        page = export(store, get_exporter("framework", "html"))
    assert "Ikke skrevet endnu: Mine &lt;b&gt;værdier&lt;/b&gt;." in page and "<b>værdier" not in page


def test_markdown_keeps_the_leaders_markdown_below_the_parts():
    with Store.memory() as store:
        fill(store)
        text = export(store, get_exporter("framework", "md"))
    assert text.startswith("# Mit ledelsesgrundlag\n")
    assert "\n## Det står jeg for\n" in text and "\n### Borgere og samfund\n" in text
    assert "\n### Min egen overskrift\n" in text  # the leader's "# ..." no longer outranks the part
    assert f"- {OWN_ACTIVE}\n" in text


def test_html_is_one_standalone_page_without_scripts():
    with Store.memory() as store:
        fill(store)
        page = export(store, get_exporter("framework", "html"), include_organisation=True)
        english = export(store, get_exporter("framework", "html"), language="en")
    assert page.startswith("<!DOCTYPE html>") and "<html lang='da'>" in page and "<html lang='en'>" in english
    assert "<meta charset='utf-8'>" in page and "<style>" in page and "@media print" in page
    assert "<script" not in page.lower()
    assert "Og &lt;script&gt;alert('hej')&lt;/script&gt; som tekst." in page
    assert "<link" not in page and "src=" not in page  # nothing loaded from elsewhere
    assert "<h3>Min egen overskrift</h3>" in page
    theme = page.index("style='--theme: #1f8a70'")
    assert theme < page.index("<h3>Borgere og samfund</h3>") < page.index("style='--theme: #2f6db5'")


def test_the_print_fragment_of_an_empty_framework_is_not_empty():
    """Else the PDF's second page is blank: the note, and the organisation's text when asked."""
    with Store.memory() as empty:
        bare = print_body_html(build_document(empty, ExportOptions(organisation=ORGANISATION, today=TODAY)))
        beside = print_body_html(
            build_document(empty, ExportOptions(organisation=ORGANISATION, today=TODAY, include_organisation=True))
        )
    assert NOTHING_WRITTEN["da"] in bare and STATEMENT not in bare
    assert positions(beside, NOTHING_WRITTEN["da"], STATEMENT) == sorted(
        positions(beside, NOTHING_WRITTEN["da"], STATEMENT)
    )
    assert "width='50%'" not in beside  # no empty column beside the organisation's text


def test_the_organisations_text_takes_the_whole_width_beside_nothing_of_the_leaders():
    with Store.memory() as store:
        store.save_personal_framework(PersonalFramework().with_theme_text("borgere", BORGERE))
        page = export(store, get_exporter("framework", "html"), include_organisation=True)
        body = print_body_html(
            build_document(store, ExportOptions(organisation=ORGANISATION, today=TODAY, include_organisation=True))
        )
    assert page.count("<div class='beside'>") == 1 and page.count("<div class='organisation'>") == 3
    assert body.count("<td width='50%' valign='top' bgcolor") == 1 and body.count("<td valign='top' bgcolor") == 2


def test_the_print_fragment_for_pdf_and_odt():
    with Store.memory() as store:
        fill(store)
        doc = build_document(store, ExportOptions(organisation=ORGANISATION, revision=OLD_REVISION, today=TODAY))
        title = print_title_page(doc)
        assert (title.title, title.leader, title.date, title.revision, title.footer) == (
            "Mit ledelsesgrundlag",
            "Mette Højgaard",
            "2. marts 2026",
            "Revision: Forår 2026",
            "Eksporteret fra Ledelsesjournal 1. maj 2026",
        )
        doc = build_document(store, ExportOptions(organisation=ORGANISATION, include_organisation=True, today=TODAY))
        body = print_body_html(doc)
    assert "Mit ledelsesgrundlag" not in body and "Mette Højgaard" not in body  # the title page is drawn apart
    assert "<script" not in body.lower() and "&lt;script&gt;" in body
    assert "bgcolor='#1f8a70'" in body and "<td width='50%'" in body  # colour band, columns as a table
    for unsupported in ("<style", "display:", "class=", "<html", "var("):
        assert unsupported not in body
    assert positions(body, STATEMENT, BORGERE) == sorted(positions(body, STATEMENT, BORGERE))


def test_an_unknown_revision_is_not_found(store):
    with pytest.raises(Exception, match="no revision nope"):
        export(store, FRAMEWORK_EXPORTERS[0], revision="nope")


# -- from the command line ----------------------------------------------------------------------


@pytest.fixture
def data_dir(private_home) -> Path:
    folder = ensure_private_dir(Path(os.environ["LEDELSESJOURNAL_DATA_DIR"]))
    with Store.open(database_path(folder)) as store:
        fill(store)
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_writes_markdown_and_html_files(capsys, data_dir, tmp_path):
    markdown, page = tmp_path / "grundlag.md", tmp_path / "grundlag.html"
    assert run(capsys, "export", "framework", "--format", "md", "-o", str(markdown)) == (0, "", "")
    assert run(capsys, "export", "framework", "-o", str(page), "--with-organisation") == (0, "", "")  # from the name
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Mit ledelsesgrundlag") and VALUES in text
    assert PRIVATE not in text and STATEMENT not in text
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and STATEMENT in html and "<script" not in html.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grundlag.html", "grundlag.md"]  # no temporary files


def test_cli_exports_an_empty_framework_with_the_organisation(capsys, private_home):
    ensure_private_dir(Path(os.environ["LEDELSESJOURNAL_DATA_DIR"]))
    code, out, err = run(capsys, "export", "framework", "--with-organisation")
    assert code == 0, err
    order = positions(out, NOTHING_WRITTEN["da"], "Sådan leder jeg", STATEMENT, ORG_CRITERION)
    assert order == sorted(order)
    code, out, err = run(capsys, "--lang", "en", "export", "framework", "--format", "html")
    assert code == 0, err
    assert NOTHING_WRITTEN["en"] in out and "We create value through engagement." not in out


def test_cli_options_reach_the_export(capsys, data_dir):
    code, out, err = run(
        capsys,
        "--lang",
        "en",
        "export",
        "framework",
        "--include-private",
        "--no-own-criteria",
        "--revision",
        OLD_REVISION[:6],
    )
    assert code == 0, err
    assert out.startswith("# My leadership framework") and "Revision: Forår 2026 · 2 March 2026" in out
    assert "Ærlighed før alt andet" in out and VALUES not in out
    code, out, _ = run(capsys, "export", "framework", "--include-private", "--no-own-criteria")
    assert PRIVATE in out and OWN_ACTIVE not in out


@pytest.mark.parametrize(
    "argv,status,message",
    [
        (["export", "--include-private"], 2, "--include-private is only for 'export framework'"),
        (["export", "journal", "--revision", "aaaa"], 2, "--revision is only for 'export framework'"),
        (["export", "--with-organisation"], 2, "--with-organisation is only for 'export framework'"),
        (
            ["export", "framework", "--format", "json"],
            2,
            "no 'json' export for the framework (choose from: md, html, pdf, odt)",
        ),
        (["export", "framework", "--revision", "bbbb"], 1, "no revision with id 'bbbb' (known: aaaa1111 'Forår 2026'"),
    ],
)
def test_cli_export_errors_are_one_line(capsys, data_dir, argv, status, message):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (status, "")
    assert err.count("\n") == 1 and message in err, err


def test_cli_revision_prefix_must_be_unique(capsys, data_dir):
    with Store.open(database_path(data_dir)) as store:
        twin = replace(store.revision(OLD_REVISION), uuid="aaaa2222-0000-4000-8000-000000000002")
        store.merge([], revisions=[twin])
    code, _, err = run(capsys, "export", "framework", "--revision", "aaaa")
    assert code == 1 and "more than one revision has an id starting with aaaa" in err
    assert run(capsys, "export", "framework", "--revision", "aaaa2")[0] == 0


def test_cli_binary_formats_need_a_file_and_load_no_qt_for_others(capsys, data_dir):
    """PDF and ODT are written by Qt (tests/ui/test_framework_print.py reads them back); asking
    for one without a file is refused before anything is written."""
    for fmt in ("pdf", "odt"):
        code, out, err = run(capsys, "export", "framework", "--format", fmt)
        assert (code, out) == (2, "") and f"the {fmt} export is a binary file: give one with -o FILE" in err
    # That no other export loads Qt is checked in a fresh process: test_cli.test_commands_never_import_qt.


def test_the_date_line_in_markdown_is_not_a_numbered_list(store):
    from journal.render import markdown_html

    text = export(store, get_exporter("framework", "md"))
    assert "1\\. maj 2026" in text
    html = markdown_html(text)
    assert "<ol" not in html and "1. maj 2026" in html

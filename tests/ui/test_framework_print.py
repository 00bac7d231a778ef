"""The personal framework on paper: PDF (A4, title page, page numbers), ODT and the printer,
read back with poppler's pdftotext and as OpenDocument XML."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
from PySide6.QtPrintSupport import QPrinter

from journal.__main__ import main
from journal.export import ExportOptions, get_exporter
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from journal.ui.dialogs import export as export_dialog
from tests.core.test_framework_export import (
    BORGERE,
    DECISIONS,
    NOTHING_WRITTEN,
    ORG_CRITERION,
    ORGANISATION,
    OWN_ACTIVE,
    OWN_RETIRED,
    PRIVATE,
    STATEMENT,
    STYRING,
    TASK,
    TODAY,
    VALUES,
    fill,
    organisations_words,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


@pytest.fixture
def store():
    with Store.memory() as store:
        fill(store)
        yield store


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def write(store: Store, name: str, **options) -> bytes:
    out = io.BytesIO()
    get_exporter("framework", name).write(store, out, ExportOptions(organisation=ORGANISATION, today=TODAY, **options))
    return out.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_has_a_title_page_every_part_and_page_numbers(store, tmp_path):
    data = write(store, "pdf")
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    title_page = text.split("\f")[0]
    assert "Mit ledelsesgrundlag" in title_page and "Mette Højgaard" in title_page
    assert "Borgerservice" in title_page and "1. maj 2026" in title_page
    body = flat(text)
    for words in (TASK, VALUES, BORGERE, STYRING, DECISIONS, OWN_ACTIVE):
        assert flat(words) in body, words
    assert "Det står jeg for" in body  # the renamed part
    assert PRIVATE not in body and OWN_RETIRED not in body and STATEMENT not in body
    pages = text.count("\f")
    assert pages >= 2 and f"Side 2 af {pages}" in body
    info = subprocess.run(["pdfinfo", str(tmp_path / "out.pdf")], capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info


def test_pdf_options_private_part_organisation_and_english(store, tmp_path):
    body = flat(pdf_text(write(store, "pdf", include_private=True, include_organisation=True, language="en"), tmp_path))
    assert flat(PRIVATE) in body and "We create value through engagement." in body  # the organisation's, in English
    assert "My leadership framework" in body and "Page 2 of" in body


def test_pdf_pages_render_as_images(store, tmp_path):
    (tmp_path / "out.pdf").write_bytes(write(store, "pdf"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(tmp_path / "out.pdf"), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-2.png").stat().st_size > 5000


@pytest.mark.parametrize("language", ["da", "en"])
def test_an_empty_framework_on_paper_is_more_than_a_title_page(tmp_path, language):
    with Store.memory() as empty:
        bare = pdf_text(write(empty, "pdf", language=language), tmp_path)
        beside = pdf_text(write(empty, "pdf", language=language, include_organisation=True), tmp_path)
    pages = bare.split("\f")
    assert flat(NOTHING_WRITTEN[language]) in flat(pages[1])  # the body's first page, after the title page
    assert "Vi skaber værdi via engagement." not in bare
    # Each text by its first words: one that runs over a page break has the page's footer in it.
    body = flat(beside.split("\f", 1)[1])
    order = [
        body.find(" ".join(words.split()[:5])) for words in (NOTHING_WRITTEN[language], *organisations_words(language))
    ]
    assert -1 not in order and order == sorted(order)


@pytest.mark.parametrize("include_organisation", [False, True], ids=["alone", "with-organisation"])
def test_an_empty_framework_as_odt_says_so(include_organisation):
    with Store.memory() as empty:
        data = write(empty, "odt", include_organisation=include_organisation)
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert NOTHING_WRITTEN["da"] in content
    assert (STATEMENT in content) is include_organisation and (ORG_CRITERION in content) is include_organisation


def test_cli_writes_an_empty_framework_with_the_organisation_as_pdf(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(ensure_private_dir(tmp_path / "data")))
    assert main(["export", "framework", "--with-organisation", "-o", str(tmp_path / "tomt.pdf")]) == 0
    body = flat(pdf_text((tmp_path / "tomt.pdf").read_bytes(), tmp_path))
    assert flat(NOTHING_WRITTEN["da"]) in body and STATEMENT in body and ORG_CRITERION in body


def test_odt_opens_as_opendocument_with_the_text(store):
    data = write(store, "odt")
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    for words in ("Mit ledelsesgrundlag", "Mette Højgaard", VALUES, BORGERE):
        assert words in content, words
    assert PRIVATE not in content
    # One column of headings and paragraphs: Qt's ODF writer garbles nested tables (LibreOffice
    # showed half of each row), so the word processor gets none.
    assert "<table:table " not in content


def test_cli_writes_pdf_and_odt(tmp_path, monkeypatch, capsys):
    folder = ensure_private_dir(tmp_path / "data")
    with Store.open(database_path(folder)) as store:
        fill(store)
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(folder))
    assert main(["export", "framework", "--format", "pdf", "-o", str(tmp_path / "mit.pdf")]) == 0
    assert main(["export", "framework", "-o", str(tmp_path / "mit.odt"), "--include-private"]) == 0
    assert flat(VALUES) in flat(pdf_text((tmp_path / "mit.pdf").read_bytes(), tmp_path))
    with zipfile.ZipFile(tmp_path / "mit.odt") as odt:
        assert PRIVATE in odt.read("content.xml").decode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "mit.odt", "mit.pdf", "out.pdf"]


def test_printing_goes_through_the_print_dialog(qtbot, store, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def to_file(cls, parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(export_dialog.PrintDialog, "ask", classmethod(to_file))
    dialog = export_dialog.FrameworkExportDialog(store, ORGANISATION, "da")
    qtbot.addWidget(dialog)
    dialog.print_()
    assert flat(VALUES) in flat(pdf_text(target.read_bytes(), tmp_path))


def test_the_dialog_exports_the_chosen_format_and_revision(qtbot, store, tmp_path, monkeypatch):
    dialog = export_dialog.FrameworkExportDialog(store, ORGANISATION, "da")
    qtbot.addWidget(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["md", "html", "pdf", "odt"]
    assert not dialog.private.isChecked() and dialog.own_criteria.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.revision.setCurrentIndex(1)  # the older revision, "Forår 2026"
    monkeypatch.setattr(export_dialog.SaveFile, "ask", classmethod(lambda cls, *a: tmp_path / "forår"))
    dialog.export()
    text = (tmp_path / "forår.md").read_text(encoding="utf-8")
    assert "Ærlighed før alt andet" in text and VALUES not in text

"""The reflection the leader is reading, on paper: the PDF (A4, page numbers, the Danish
letters, a private one marked on every page), the printer, the command line and the dialog."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from journal.__main__ import main
from journal.export import ExportOptions, get_exporter, qt_documents
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from journal.ui.dialogs import export as export_dialog
from journal.ui.dialogs import reflection_export
from journal.ui.dialogs.reflection_export import ReflectionExportDialog
from tests.core.test_reflection_export import (
    ACTION,
    DONE_STEP,
    DOUBT,
    DOUBT_BODY,
    LEARNING,
    MEETING,
    OPEN_STEP,
    ORGANISATION,
    OWN,
    SITUATION,
    TITLE,
    TODAY,
    TRASHED,
    fill,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


@pytest.fixture
def store(store):
    fill(store)
    return store


def pdf(store: Store, uuid: str = MEETING, **options) -> bytes:
    out = io.BytesIO()
    get_exporter("reflection", "pdf").write(
        store, out, ExportOptions(organisation=ORGANISATION, today=TODAY, reflection=uuid, **options)
    )
    return out.getvalue()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_has_every_part_page_numbers_and_the_danish_letters(store, tmp_path):
    path = tmp_path / "refleksion.pdf"
    path.write_bytes(pdf(store))
    text = flat(pdf_text(path))
    for words in (
        TITLE,
        "2. december 2026 kl. 14.30",
        "Samarbejde og relationer",
        "Styring og effekt",
        OWN,
        "Dagligt samarbejde",
        "Medarbejdere, chef",
        "konflikt, vagtplan",
        "Situation",
        SITUATION,
        "Hvad jeg gjorde",
        ACTION,
        "Hvad jeg lærer",
        LEARNING,
        "Det var svært at holde igen.",
        "<script>alert('hej')</script> blev skrevet som tekst.",
        "Næste skridt",
        OPEN_STEP,
        "frist 9. december 2026",
        DONE_STEP,
        "udført 3. december 2026",
        "Ledelsesjournal",
        "Side 1 af 1",
    ):
        assert flat(words) in text, words
    assert "ﬀ" not in text and "Privat" not in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info and f"Title:           {TITLE}" in info and "Pages:           1" in info


def test_in_english(store, tmp_path):
    path = tmp_path / "reflection.pdf"
    path.write_bytes(pdf(store, language="en"))
    text = flat(pdf_text(path))
    assert "2 December 2026, 14:30" in text and "What I learn" in text and "Page 1 of 1" in text
    assert "Side 1" not in text and "Hvad jeg" not in text


def test_a_long_private_reflection_is_marked_on_every_page(store, tmp_path):
    doubt = store.get(DOUBT)
    store.update(replace(doubt, body="\n\n".join([DOUBT_BODY] * 120)))
    path = tmp_path / "privat.pdf"
    path.write_bytes(pdf(store, uuid=DOUBT))
    pages = pdf_text(path).rstrip("\f").split("\f")
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Privat" in page and f"Side {number} af {len(pages)}" in page


def test_the_pages_render_as_images(store, tmp_path):
    (tmp_path / "r.pdf").write_bytes(pdf(store))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(tmp_path / "r.pdf"), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_cli_writes_the_pdf_from_the_files_name(tmp_path, monkeypatch, capsys):
    folder = ensure_private_dir(tmp_path / "data")
    with Store.open(database_path(folder)) as journal:
        fill(journal)
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(folder))
    assert main(["export", "reflection", MEETING[:8], "-o", str(tmp_path / "møde.pdf")]) == 0
    assert (
        main(["--lang", "en", "export", "reflection", DOUBT[:8], "--format", "pdf", "-o", str(tmp_path / "doubt.pdf")])
        == 0
    )
    assert flat(LEARNING) in flat(pdf_text(tmp_path / "møde.pdf"))
    doubt = flat(pdf_text(tmp_path / "doubt.pdf"))
    assert DOUBT_BODY in doubt and "Private" in doubt and "Page 1 of 1" in doubt
    assert capsys.readouterr().err == ""


# -- the dialog --------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, store):
    def make(uuid: str = MEETING, language: str = "da") -> ReflectionExportDialog:
        made = ReflectionExportDialog(store, ORGANISATION, uuid, language)
        qtbot.addWidget(made)
        return made

    return make


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """SaveFile.ask answers with a file in tmp_path of the suggested name (or ``name``)."""
    asked = {}

    def ask(cls, parent, title, suggested, filters):
        asked.update(suggested=suggested, filters=filters)
        return tmp_path / asked.get("name", suggested.name)

    monkeypatch.setattr(export_dialog.SaveFile, "ask", classmethod(ask))
    return asked


def test_the_dialog_exports_a_pdf_with_a_name_from_the_date_and_title(dialog, save_to, tmp_path):
    shown = dialog()
    assert [shown.format.itemData(i) for i in range(shown.format.count())] == ["pdf", "html", "md"]
    assert shown.language.currentData() == "da" and not shown.private_note.isVisibleTo(shown)
    shown.export()
    assert save_to["suggested"].name == "refleksion-2026-12-02-moede-med-henrik.pdf"
    assert shown.written == tmp_path / "refleksion-2026-12-02-moede-med-henrik.pdf"
    assert shown.result() == QDialog.DialogCode.Accepted
    assert flat(SITUATION) in flat(pdf_text(shown.written))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_the_dialog_exports_markdown_in_english(dialog, save_to, tmp_path):
    shown = dialog(language="da")
    shown.format.setCurrentIndex(shown.format.findData("md"))
    shown.language.setCurrentIndex(shown.language.findData("en"))
    save_to["name"] = "mødet"  # no suffix typed: the format's is added
    shown.export()
    assert save_to["suggested"].name == "reflection-2026-12-02-moede-med-henrik.md"
    assert shown.written == tmp_path / "mødet.md"
    text = shown.written.read_text(encoding="utf-8")
    assert text.startswith(f"# {TITLE}\n") and "What I did" in text and "Tålmodighed før løsninger" in text


def test_a_cancelled_save_writes_nothing(dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(export_dialog.SaveFile, "ask", classmethod(lambda cls, *a: None))
    shown = dialog()
    shown.export()
    assert shown.written is None
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("journal.sqlite3")] == []


def test_a_private_reflection_is_exported_and_marked(dialog, save_to):
    shown = dialog(uuid=DOUBT)
    assert shown.private_note.isVisibleTo(shown) and shown.private_note.text()
    shown.format.setCurrentIndex(shown.format.findData("html"))
    shown.export()
    page = shown.written.read_text(encoding="utf-8")
    assert DOUBT_BODY in page and "Privat" in page


def test_printing_goes_through_the_print_dialog(dialog, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"
    asked = []

    def to_file(cls, parent, printer: QPrinter) -> bool:
        asked.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(export_dialog.PrintDialog, "ask", classmethod(to_file))
    shown = dialog(uuid=DOUBT, language="en")
    shown.print_()
    assert asked == ["Min egen tvivl"] and shown.result() == QDialog.DialogCode.Accepted
    text = flat(pdf_text(target))
    assert DOUBT_BODY in text and "Private" in text and "Page 1 of 1" in text
    assert shown.written is None  # printed, not written to a file of her choosing


def test_a_cancelled_print_dialog_prints_nothing(dialog, monkeypatch):
    monkeypatch.setattr(export_dialog.PrintDialog, "ask", classmethod(lambda cls, parent, printer: False))
    painted = []
    monkeypatch.setattr(qt_documents, "paint_reflection", lambda *a: painted.append(a))
    shown = dialog()
    shown.print_()
    assert painted == [] and shown.result() != QDialog.DialogCode.Accepted


def test_escape_closes_the_dialog(dialog, qtbot):
    shown = dialog()
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible() and shown.result() == QDialog.DialogCode.Rejected


def test_enter_exports(dialog, qtbot, save_to, tmp_path):
    """Export is the default button once the dialog is shown: Enter exports, it does not cancel."""
    shown = dialog()
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.export_button.isDefault()
    qtbot.keyClick(shown.format, Qt.Key.Key_Return)
    assert shown.written == tmp_path / "refleksion-2026-12-02-moede-med-henrik.pdf" and shown.written.exists()


def test_show_for_returns_the_written_file(qtbot, store, save_to, tmp_path, monkeypatch):
    def exec_and_export(self) -> int:
        self.export()
        return self.result()

    monkeypatch.setattr(ReflectionExportDialog, "exec", exec_and_export)
    written = ReflectionExportDialog.show_for(None, store, ORGANISATION, MEETING, "da")
    assert written == tmp_path / "refleksion-2026-12-02-moede-med-henrik.pdf" and written.exists()


def test_show_for_a_reflection_in_the_trash_says_so_and_opens_nothing(qtbot, store, monkeypatch):
    shown = []
    monkeypatch.setattr(reflection_export, "show_error", lambda error, parent=None: shown.append(str(error)))
    monkeypatch.setattr(ReflectionExportDialog, "exec", lambda self: pytest.fail("no dialog for a trashed one"))
    assert ReflectionExportDialog.show_for(None, store, ORGANISATION, TRASHED, "da") is None
    assert shown and "Trash" in shown[0]

"""The period report on paper: A4, a title page, the readings, the tables, page numbers and the
Danish letters, read back with poppler's pdftotext; on a printer through the same painting."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtPrintSupport import QPrinter

from journal.__main__ import main
from journal.cli import figures as cli_figures
from journal.export import get_exporter
from journal.export.qt_documents import paint_report
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
from tests.core.test_report import DIALOGUE, DOUBT_BODY, OWN, PRIVATE_PART, TASK, fill, options
from tests.factories import CPH

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


@pytest.fixture
def store():
    with Store.memory() as store:
        fill(store)
        yield store


def pdf(store: Store, **changes) -> bytes:
    out = io.BytesIO()
    get_exporter("report", "pdf").write(store, out, options(**changes))
    return out.getvalue()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a4_with_a_title_page_readings_and_page_numbers(store, tmp_path):
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf(store, reflections=(DIALOGUE,)))
    text = pdf_text(path)
    title_page, body = text.split("\f")[0], flat(text)
    for words in (
        "Periodeoverblik",
        "Mette Højgaard",
        "Borgerservice",
        "1. januar – 31. marts 2026",
        "5 refleksioner i perioden",
        "Eksporteret fra Ledelsesjournal 31. marts 2026",
    ):
        assert words in title_page, words
    for words in (
        "Kort fortalt",
        "Styring og effekt: 17 % af dine refleksioner – dit mål er 30 %",
        "0,4 refleksioner om ugen; længste pause 22 dage",
        "Balancen mellem temaerne",
        "mål 30 %",
        "Refleksioner pr. uge og tema",
        "uge 14",
        "Succeskriterier i perioden",
        "ingen i perioden",
        "Udvalgte refleksioner",
        "Dialogmøde i Fensmark",
        "Borgerne i Fensmark bad om mere åbenhed",
        "<script>alert('hej')",  # typed by the leader: printed as the text it is
        "Åbne næste skridt",
        "Sende tallene til teamet",
        "Mit ledelsesgrundlag kort",
        flat(TASK),
        OWN,
    ):
        assert words in body, words
    assert DOUBT_BODY not in body and PRIVATE_PART not in body
    pages = text.count("\f")
    assert pages >= 3 and f"Side 2 af {pages}" in body and f"Side {pages} af {pages}" in body
    assert "Periodeoverblik · Mette Højgaard" in body  # the footer of the body pages
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info and "Title:           Periodeoverblik" in info


def test_in_english(store, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf(store, language="en"))
    body = flat(pdf_text(path))
    assert "Period report" in body and "Governance and impact: 17% of your reflections, your target is 30%" in body
    assert "Page 2 of" in body and "Side 2" not in body


def test_the_charts_are_drawn_in_colour(store, tmp_path):
    (tmp_path / "rapport.pdf").write_bytes(pdf(store))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(tmp_path / "rapport.pdf"), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-2.png").stat().st_size > 5000


def test_printing_paints_the_same_pages(store, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(printer, store, options())
    assert pages == pdf_text(tmp_path / "printed.pdf").count("\f") and pages >= 3


def test_cli_writes_the_pdf(tmp_path, monkeypatch, capsys):
    folder = ensure_private_dir(tmp_path / "data")
    with Store.open(database_path(folder)) as store:
        fill(store)
    monkeypatch.setenv("LEDELSESJOURNAL_DATA_DIR", str(folder))
    monkeypatch.setattr(cli_figures, "now_local", lambda: datetime(2026, 3, 31, 15, 0, tzinfo=CPH))
    assert main(["report", "--from", "2026-01-01", "--format", "pdf", "-o", str(tmp_path / "lus.pdf")]) == 0
    assert main(["report", "--period", "quarter", "-o", str(tmp_path / "q.pdf")]) == 0  # pdf from the name
    assert "1. januar – 31. marts 2026" in pdf_text(tmp_path / "lus.pdf")
    assert "31. december 2025 – 31. marts 2026" in pdf_text(tmp_path / "q.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "lus.pdf", "q.pdf"]
    assert capsys.readouterr().err == ""

"""The reflection the leader is reading, on paper: the PDF (A4, page numbers, the Danish
letters, a private one marked on every page) and the command line."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pytest

from journal.__main__ import main
from journal.export import ExportOptions, get_exporter
from journal.paths import database_path, ensure_private_dir
from journal.store import Store
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
        store, out, ExportOptions(organisation=ORGANISATION, today=TODAY, reflection=uuid, **options))
    return out.getvalue()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_has_every_part_page_numbers_and_the_danish_letters(store, tmp_path):
    path = tmp_path / "refleksion.pdf"
    path.write_bytes(pdf(store))
    text = flat(pdf_text(path))
    for words in (TITLE, "2. december 2026 kl. 14.30", "Samarbejde og relationer", "Styring og effekt", OWN,
                  "Dagligt samarbejde", "Medarbejdere, chef", "konflikt, vagtplan", "Situation", SITUATION,
                  "Hvad jeg gjorde", ACTION, "Hvad jeg lærer", LEARNING, "Det var svært at holde igen.",
                  "<script>alert('hej')</script> blev skrevet som tekst.", "Næste skridt", OPEN_STEP,
                  "frist 9. december 2026", DONE_STEP, "udført 3. december 2026", "Ledelsesjournal", "Side 1 af 1"):
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
    assert main(["--lang", "en", "export", "reflection", DOUBT[:8], "--format", "pdf",
                 "-o", str(tmp_path / "doubt.pdf")]) == 0
    assert flat(LEARNING) in flat(pdf_text(tmp_path / "møde.pdf"))
    doubt = flat(pdf_text(tmp_path / "doubt.pdf"))
    assert DOUBT_BODY in doubt and "Private" in doubt and "Page 1 of 1" in doubt
    assert capsys.readouterr().err == ""

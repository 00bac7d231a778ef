"""Make the README's screenshots from the real window, offscreen.

    python tools/screenshots.py          # writes docs/screenshots/*.png

Runs with a throwaway home folder, so the user's own journal and settings are never touched.
Look at the images before committing them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)  # the most common office laptop: the window is fitted to it as at a real start


def wait(app, ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds (timers, and answers from threads)."""
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ledelsesjournal-shots-")) / "mette"
    home.mkdir()
    screens = home.parent / "screen.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": SCREEN[0],
                        "height": SCREEN[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
    )
    os.environ.pop("LEDELSESJOURNAL_DATA_DIR", None)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from framework import load_bundled
    from journal.app import open_demo_store
    from journal.ui.i18n import Translator
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    store = open_demo_store(home / "demo")
    translator = Translator(app)

    def shoot(name: str, window: MainWindow) -> None:
        for _ in range(5):  # layouts settle over several rounds of posted events, as in the event loop
            app.processEvents()
        target = OUT / name
        window.grab().save(str(target))
        print(target.relative_to(ROOT))

    for language in ("da", "en"):
        translator.use(language)
        settings = Settings(QSettings(str(home / f"{language}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(store, load_bundled(), settings, translator, demo=True)
        window.show()
        journal = window.journal
        # As the window opens: On this day beside the list, with the month calendar shown (the
        # month before when this one has hardly begun).
        journal.show_calendar(True)
        if len(journal.calendar.days) < 3:
            first, _ = journal.calendar.month()
            journal.calendar.setCurrentPage(first.year - (first.month == 1), (first.month - 2) % 12 + 1)
        shoot(f"journal-calendar-{language}.png", window)
        journal.show_calendar(False)
        # A search, with its word marked in the list and the entry; then one written in the model.
        journal.filter_bar.search.setText("borger")
        wait(app, 800)  # as typed: the search runs after a pause, and its count comes from a thread
        journal.list.setCurrentIndex(journal.model.index(2, 0))
        shoot(f"journal-{language}.png", window)
        journal.filter_bar.clear()
        wait(app, 400)  # the search field's clear button fades out
        for row in range(journal.model.rowCount()):
            uuid = journal.model.summary(row).uuid
            if store.get(uuid).template:
                journal.select(uuid)
                break
        shoot(f"journal-template-{language}.png", window)
        window.show_view("personal")
        keys = [part.key for part in window.personal_view.document.parts]
        window.personal_view.parts.setCurrentRow(keys.index("leadership"))
        shoot(f"personal-{language}.png", window)
        window.show_view("patterns")
        shoot(f"patterns-{language}.png", window)
        window.show_view("framework")
        shoot(f"framework-{language}.png", window)
        window.close()
    export_pdf_page(store, load_bundled())
    store.close()


def export_pdf_page(store, organisation) -> None:
    """The exported personal framework's second page, as the README shows it (needs pdftoppm)."""
    import shutil
    import subprocess

    from journal.export import ExportOptions, get_exporter

    pdf = OUT / "mit-ledelsesgrundlag.pdf"
    with pdf.open("wb") as out:
        get_exporter("framework", "pdf").write(
            store, out, ExportOptions(organisation=organisation, include_organisation=True)
        )
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf), str(OUT / "pdf-page")], check=True
        )
        for page in sorted(OUT.glob("pdf-page-*.png")):
            print(page.relative_to(ROOT))
    pdf.unlink()


if __name__ == "__main__":
    main()

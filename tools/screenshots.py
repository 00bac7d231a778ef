"""Make the README's screenshots from the real window, offscreen.

    python tools/screenshots.py          # writes docs/screenshots/*.png

Runs with a throwaway home folder, so the user's own journal and settings are never touched.
Look at the images before committing them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 860)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ledelsesjournal-shots-")) / "mette"
    home.mkdir()
    os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                      XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen")
    os.environ.pop("LEDELSESJOURNAL_DATA_DIR", None)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from framework import load_bundled
    from journal.app import open_store
    from journal.ui.i18n import Translator
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    store = open_store(None)
    translator = Translator(app)
    for language in ("da", "en"):
        translator.use(language)
        window = MainWindow(store, load_bundled(), Settings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat)),
                            translator)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        target = OUT / f"framework-{language}.png"
        window.grab().save(str(target))
        print(target.relative_to(ROOT))
        window.close()
    store.close()


if __name__ == "__main__":
    main()

"""Keep the interface translations up to date.

    python tools/translations.py update    # collect texts from the code into resources/translations/*.ts
    python tools/translations.py release   # compile the .ts files into the .qm files the app loads
    python tools/translations.py missing   # list texts that have no Danish translation yet
    python tools/translations.py fill da.json [da|en]  # set translations from {"English": "Dansk"}
                                               # (a list of forms for a %n text; English has only those)

Edit the Danish texts in the .ts file (by hand or with Qt Linguist: pyside6-linguist), then release.
The .qm files are committed because the app needs them at run time; a test checks they match.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# Danish holds every text; English only the plural forms (%n), since the source is English.
LANGUAGES = ("da", "en")


def sources() -> list[str]:
    files = sorted((ROOT / "journal" / "ui").rglob("*.py")) + [ROOT / "journal" / "app.py"]
    return [str(path.relative_to(ROOT)) for path in files]


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update(target: Path = TRANSLATIONS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                *(["-pluralonly"] if language == "en" else []),
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(target / f"ledelsesjournal_{language}.ts"),
            ],
            check=True,
            cwd=ROOT,
        )


def release(source: Path = TRANSLATIONS, target: Path = TRANSLATIONS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                str(source / f"ledelsesjournal_{language}.ts"),
                "-qm",
                str(target / f"ledelsesjournal_{language}.qm"),
            ],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )


def missing(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type") == "unfinished"]


def fill(path: Path, mapping: dict[str, str | list[str]]) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        value = mapping.get(message.findtext("source"))
        if value is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    language = sys.argv[3] if command == "fill" and len(sys.argv) == 4 else "da"
    danish = TRANSLATIONS / f"ledelsesjournal_{language}.ts"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        print("\n".join(missing(danish)))
    elif command == "fill" and len(sys.argv) in (3, 4):
        fill(danish, json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        update()  # normalises the file's layout
    else:
        raise SystemExit(__doc__)

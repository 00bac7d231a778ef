"""Every interface text has its Danish translation, and the shipped .qm files match the .ts."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


@pytest.fixture
def fresh(tmp_path) -> Path:
    """The .ts files updated from today's code, in a temporary folder."""
    for path in tool.TRANSLATIONS.glob("*.ts"):
        shutil.copy(path, tmp_path)
    tool.update(tmp_path)
    return tmp_path


def test_every_text_in_the_code_is_translated_to_danish(fresh):
    assert tool.missing(fresh / "ledelsesjournal_da.ts") == []


def test_english_has_every_plural_form(fresh):
    assert tool.missing(fresh / "ledelsesjournal_en.ts") == []


def test_committed_ts_files_are_up_to_date_with_the_code(fresh):
    for path in tool.TRANSLATIONS.glob("*.ts"):
        assert (fresh / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"run: python tools/translations.py update ({path.name} is out of date)"
        )


def test_shipped_qm_files_match_the_ts_files(tmp_path):
    tool.release(tool.TRANSLATIONS, tmp_path)
    for language in tool.LANGUAGES:
        name = f"ledelsesjournal_{language}.qm"
        assert (tmp_path / name).read_bytes() == (tool.TRANSLATIONS / name).read_bytes(), (
            "run: python tools/translations.py release"
        )


def test_every_context_is_a_class_so_the_translation_is_found_at_run_time():
    """lupdate files ``thing.tr(...)`` under the variable's name, but Qt looks it up under the
    class of ``thing``: such a text stays English however well it is translated."""
    import re
    import xml.etree.ElementTree as ET

    code = "".join((ROOT / path).read_text(encoding="utf-8") for path in tool.sources())
    named = set(re.findall(r"^\s*class (\w+)", code, re.M)) | set(re.findall(r"translate\(\s*\"(\w+)\"", code))
    contexts = {
        context.findtext("name")
        for context in ET.parse(tool.TRANSLATIONS / "ledelsesjournal_da.ts").getroot().iter("context")
    }
    assert contexts <= named, f"tr() called on something not self: {sorted(contexts - named)}"

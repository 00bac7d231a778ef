"""Importing in the window: the preview, the tags mapped onto themes, once and only once."""

from __future__ import annotations

from pathlib import Path

from journal.importers import read_file
from journal.model import ReflectionFilter
from journal.ui import main_window as main_window_module
from journal.ui.dialogs.import_dialog import ImportDialog, ImportSource
from tests.ui.helpers import total

DATA = Path(__file__).resolve().parents[1] / "data"
JRNL = DATA / "jrnl" / "export.json"


def test_the_preview_shows_what_the_file_holds(qtbot, store, translator):
    from framework import load_bundled

    translator.use("da")
    data = read_file(JRNL)
    dialog = ImportDialog(data, store, load_bundled(), "da", JRNL)
    qtbot.addWidget(dialog)
    facts = dialog.facts.text()
    assert "export.json" in facts and "jrnl" in facts and "7 refleksioner" in facts
    assert "7 nye" in facts
    tags = [dialog.tags.item(row, 0).text() for row in range(dialog.tags.rowCount())]
    assert "trivsel" in tags and "budget" in tags
    combo = dialog.choices["trivsel"]
    combo.setCurrentIndex(combo.findData("theme:samarbejde"))
    combo = dialog.choices["budget"]
    combo.setCurrentIndex(combo.findData("criterion:styring.k3"))
    dialog.drop.setChecked(True)
    mapping = dialog.mapping()
    assert mapping.themes == {"trivsel": ("samarbejde",)} and mapping.criteria == {"budget": ("styring.k3",)}
    assert not mapping.keep_tags
    assert dialog.import_button.text() == "&Importér 7 refleksioner"


def test_import_from_the_window_maps_tags_and_adds_nothing_the_second_time(make_window, store, monkeypatch,
                                                                            qtbot):
    from journal.importers import TagMapping

    window = make_window()
    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, parent, folder: JRNL))
    monkeypatch.setattr(ImportDialog, "ask", classmethod(
        lambda cls, *a, **k: TagMapping(themes={"trivsel": ("samarbejde",)})))
    window.actions_.import_file.trigger()
    assert store.count() == 7
    assert total(qtbot, window) == 7
    assert store.count(ReflectionFilter(theme_ids=("samarbejde",))) == 2  # the two entries tagged @trivsel
    assert "7 nye" in window.statusBar().currentMessage()
    window.actions_.import_file.trigger()
    assert store.count() == 7 and "0 nye" in window.statusBar().currentMessage()


def test_a_bad_file_is_explained_and_changes_nothing(make_window, store, monkeypatch, tmp_path):
    from journal.errors import ImportFileError
    from tests.factories import reflection

    store.create(reflection(title="Min egen"))
    bad = tmp_path / "cut.json"
    bad.write_text(JRNL.read_text(encoding="utf-8")[:300], encoding="utf-8")
    shown = []
    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, parent, folder: bad))
    monkeypatch.setattr(main_window_module, "show_error", lambda error, parent=None: shown.append(error))
    make_window().actions_.import_file.trigger()
    assert isinstance(shown[0], ImportFileError) and shown[0].file == str(bad)
    assert [s.title for s in store.list()] == ["Min egen"]

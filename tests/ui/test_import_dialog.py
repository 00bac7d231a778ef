"""Importing in the window: the preview, the tags mapped onto themes, once and only once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from framework import load_bundled
from journal.importers import ImportData, read_file
from journal.model import ReflectionFilter
from journal.ui import main_window as main_window_module
from journal.ui.dialogs.import_dialog import ImportDialog, ImportSource
from tests.factories import reflection
from tests.ui.helpers import total

DATA = Path(__file__).resolve().parents[1] / "data"
JRNL = DATA / "jrnl" / "export.json"


def test_the_preview_shows_what_the_file_holds(qtbot, store, translator):
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
    assert dialog.choices["styring"].currentData() == "theme:styring"  # the tag is the theme's id: suggested
    dialog.choices["styring"].setCurrentIndex(0)
    dialog.drop.setChecked(True)
    mapping = dialog.mapping()
    assert mapping.themes == {"trivsel": ("samarbejde",)} and mapping.criteria == {"budget": ("styring.k3",)}
    assert not mapping.keep_tags
    assert dialog.import_button.text() == "&Importér 7 refleksioner"


def test_import_from_the_window_maps_tags_and_adds_nothing_the_second_time(make_window, store, monkeypatch, qtbot):
    from journal.importers import TagMapping

    window = make_window()
    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, parent, folder: JRNL))
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda cls, *a, **k: TagMapping(themes={"trivsel": ("samarbejde",)}))
    )
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


def tagged(*tag_lists) -> ImportData:
    return ImportData(
        [reflection(title=f"Note {index}", tags=tags) for index, tags in enumerate(tag_lists)], format="jrnl"
    )


def test_tags_named_as_a_theme_or_context_are_suggested_and_marked(qtbot, store, translator):
    translator.use("en")
    data = tagged(("LUS", "budget"), ("3-i-1", "Borgere og samfund"), ("lus", "dagligt_samarbejde"))
    dialog = ImportDialog(data, store, load_bundled(), "en", JRNL)
    qtbot.addWidget(dialog)
    chosen = {tag: combo.currentData() for tag, combo in dialog.choices.items()}
    assert chosen == {
        "lus": "context:lus",
        "3-i-1": "context:forventninger",
        "borgere og samfund": "theme:borgere",
        "budget": None,
        "dagligt_samarbejde": "context:dagligt-samarbejde",
    }
    lus = dialog.choices["lus"]
    assert lus.currentText() == "Context: Leader development conversation (suggested)"
    assert lus.itemText(lus.findData("context:rekruttering")) == "Context: Recruitment"  # only the suggestion is marked
    row = next(r for r in range(dialog.tags.rowCount()) if dialog.tags.item(r, 0).text() == "lus")
    assert dialog.tags.item(row, 0).toolTip()  # the row says why
    assert not dialog.tags.item(
        next(r for r in range(dialog.tags.rowCount()) if dialog.tags.item(r, 0).text() == "budget"), 0
    ).toolTip()
    assert dialog.context_rule.text().startswith("A reflection has at most one context")
    mapping = dialog.mapping()
    assert mapping.contexts == {"lus": "lus", "3-i-1": "forventninger", "dagligt_samarbejde": "dagligt-samarbejde"}
    assert mapping.themes == {"borgere og samfund": ("borgere",)} and mapping.criteria == {}


def test_every_usage_context_can_be_chosen_and_every_item_has_its_whole_text(qtbot, store, translator):
    translator.use("da")
    framework = load_bundled()
    dialog = ImportDialog(tagged(("budget",)), store, framework, "da", JRNL)
    qtbot.addWidget(dialog)
    combo = dialog.choices["budget"]
    for context in framework.usage_contexts:
        index = combo.findData(f"context:{context.id}")
        assert index > 0 and context.label.get("da") in combo.itemText(index)
    for index in range(1, combo.count()):
        full = combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert full and combo.itemText(index).rstrip("…")[-20:].rstrip() in full, combo.itemText(index)
    k1 = framework.criterion("borgere.k1").text.get("da")
    assert k1 in combo.itemData(combo.findData("criterion:borgere.k1"), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData("context:rekruttering"))
    assert dialog.mapping().contexts == {"budget": "rekruttering"}


def test_long_texts_do_not_make_the_dialog_wider_than_a_small_screen(qtbot, store, translator):
    translator.use("da")
    long_tag = "en-meget-lang-tag-" * 4
    dialog = ImportDialog(tagged(("budget", long_tag), ("lus",)), store, load_bundled(), "da", JRNL)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().width() <= 1024 and dialog.sizeHint().width() <= 1024
    assert dialog.width() <= 1024
    for combo in dialog.choices.values():
        assert combo.sizeHint().width() < 400, combo.sizeHint()
        assert combo.minimumSizeHint().width() < 400


def test_the_suggestions_are_imported_when_the_leader_accepts(make_window, store, monkeypatch, qtbot, tmp_path):
    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, parent, folder: JRNL))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = make_window()
    window.actions_.import_file.trigger()
    assert store.count() == 7
    assert [r.title for r in store.list(ReflectionFilter(theme_ids=("styring",)))] == ["Styregruppemøde om økonomien."]
    window.actions_.import_file.trigger()
    assert store.count() == 7 and "0 nye" in window.statusBar().currentMessage()


def test_the_preview_names_the_files_of_the_folder_it_skipped(qtbot, store, translator, tmp_path):
    translator.use("en")
    folder = tmp_path / "<i>noter"
    folder.mkdir()
    (folder / "2026-01-02-a.md").write_text("# a\n", encoding="utf-8")
    (tmp_path / "hemmelig.md").write_text("# hemmelig\n", encoding="utf-8")
    try:
        (folder / "passwd.md").symlink_to(tmp_path / "hemmelig.md")
    except OSError:
        pytest.skip("cannot make symbolic links here")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "<b>rør.md")
    dialog = ImportDialog(read_file(folder), store, load_bundled(), "en", folder)
    qtbot.addWidget(dialog)
    facts = dialog.facts.text()
    assert "&lt;i&gt;noter" in facts and "<i>" not in facts  # a folder's name is text, not markup
    assert "Skipped, as links are not followed: passwd.md" in facts
    if hasattr(os, "mkfifo"):
        assert "Skipped, as they are not regular files (a named pipe, a device): &lt;b&gt;rør.md" in facts


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_chosen_as_the_file_is_explained_not_waited_for(make_window, store, monkeypatch, tmp_path):
    from journal.errors import ImportFileError

    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    shown = []
    monkeypatch.setattr(ImportSource, "ask", classmethod(lambda cls, parent, folder: pipe))
    monkeypatch.setattr(main_window_module, "show_error", lambda error, parent=None: shown.append(error))
    make_window().actions_.import_file.trigger()  # before the fix this waited for a writer, for ever
    assert isinstance(shown[0], ImportFileError) and "not a regular file (a named pipe)" in str(shown[0])
    assert store.count() == 0

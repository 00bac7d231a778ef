"""The framework editor: the Markdown form beside a live preview, problems with their lines,
themes reordered and coloured on the text, saved as the file to hand out, or used at once."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox

from framework.markdown_form import read_markdown
from journal.ui.dialogs.framework_editor import FrameworkEditor, new_framework_text
from tests.core.test_framework_markdown import VALUES


def make(qtbot, text=VALUES, **kwargs) -> FrameworkEditor:
    editor = FrameworkEditor(text, "da", **kwargs)
    qtbot.addWidget(editor)
    return editor


def names(editor) -> list[str]:
    return [editor.outline.item(row).text() for row in range(editor.outline.count())]


def test_the_preview_follows_the_text_and_problems_name_their_lines(qtbot):
    editor = make(qtbot)
    assert names(editor) == ["Tillid", "Åbenhed", "Mod", "Respekt", "Ansvar"]
    assert "vise tillid før kontrol" in editor.preview.toPlainText()
    assert editor.problems.isHidden() and editor.use_button.isEnabled()

    editor.text.setPlainText(VALUES.replace("## Mod\n", "## Tillid\n"))
    editor.check()  # what the timer does a moment after typing stops
    assert editor.problems.count() == 1 and not editor.problems.isHidden()
    assert editor.problems.item(0).text() == "Line 24: to temaer hedder 'Tillid' (det første i linje 11)"
    assert not editor.use_button.isEnabled()
    assert "vise tillid før kontrol" in editor.preview.toPlainText()  # the last good one stays
    editor.problems.itemClicked.emit(editor.problems.item(0))
    assert editor.text.textCursor().blockNumber() == 23  # line 24

    editor.text.setPlainText(VALUES.replace("- dele viden tidligt", "- dele viden tidligt og ærligt"))
    editor.check()
    assert "dele viden tidligt og ærligt" in editor.preview.toPlainText()


def test_themes_are_reordered_coloured_and_added_on_the_text(qtbot, monkeypatch):
    editor = make(qtbot)
    editor.outline.setCurrentRow(0)
    editor.down_button.click()
    assert names(editor)[:2] == ["Åbenhed", "Tillid"] and editor.outline.currentRow() == 1
    framework = read_markdown(editor.current_text())
    assert [t.name.get() for t in framework.themes][:2] == ["Åbenhed", "Tillid"]
    assert framework.themes[1].success_criteria[0].text.get() == "vise tillid før kontrol"  # moved whole

    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    editor.colour_button.click()
    assert read_markdown(editor.current_text()).themes[1].colour == "#123456"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Mod til forandring", True))
    editor.add_button.click()
    framework = read_markdown(editor.current_text())
    added = framework.themes[-1]
    assert added.name.get() == "Mod til forandring"
    assert added.sections[0].criteria and added.sections[0].heading.get() == "Ledelsesadfærden er at"

    editor.text.undo()  # each outline edit is one step back
    assert [t.name.get() for t in read_markdown(editor.current_text()).themes][-1] == "Ansvar"


def test_saved_as_the_file_to_hand_out_or_used_in_the_journal(qtbot, tmp_path, monkeypatch):
    editor = make(qtbot, new_framework_text("Eksempel Kommune"))
    assert names(editor) == ["Første tema"]
    target = tmp_path / "vores-ledelsesgrundlag"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert editor.save()
    saved = target.with_suffix(".md")
    assert saved.read_text(encoding="utf-8") == editor.current_text()
    assert read_markdown(saved.read_bytes()).organisation.get() == "Eksempel Kommune"
    editor.use_button.click()
    assert editor.chosen is not None and editor.chosen.framework.organisation.get() == "Eksempel Kommune"


def test_closing_with_unsaved_text_asks_first(qtbot, monkeypatch):
    editor = make(qtbot)
    editor.show()
    editor.text.appendPlainText("\nEn ny linje.")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Cancel)
    editor.reject()  # Escape, or Close
    assert asked and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()

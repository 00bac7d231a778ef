"""Writing in a template in the window: the chooser writes its headings (one undo step), the
questions stay out of the text, the default of Settings starts a new reflection, the leader's own
are made in the dialog and offered at once, and the exports keep the headings written under."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from framework import load_bundled
from journal import templates
from journal.export import ExportOptions, get_exporter
from journal.templates import Section
from journal.ui.dialogs.confirm import Confirm
from journal.ui.dialogs.templates import TemplatesDialog
from journal.ui.settings import Settings
from tests.factories import reflection


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_texts(chooser) -> list[str]:
    chooser.menu_.aboutToShow.emit()
    return [action.text() for action in chooser.menu_.actions() if not action.isSeparator()]


def choose(chooser, name: str) -> None:
    chooser.menu_.aboutToShow.emit()
    next(action for action in chooser.menu_.actions() if action.text() == name).trigger()


def export(store, uuid: str, name: str) -> str:
    out = io.StringIO()
    get_exporter("reflection", name).write(store, out, ExportOptions(organisation=load_bundled(), reflection=uuid))
    return out.getvalue()


def test_gibbs_chosen_for_a_new_reflection_writes_its_headings_and_they_are_exported(window, qtbot, store, tmp_path):
    window.actions_.new.trigger()
    editor = window.journal.editor
    chooser = editor.template_chooser
    assert menu_texts(chooser) == [
        "Refleksionsmodel (situation → handling → resultat → læring)",
        "Gibbs’ refleksive cyklus",
        "Kolbs læringscirkel",
        "Rolfes model: Hvad? Hvad så? Hvad nu?",
        "Administrér skabeloner…",
    ]
    choose(chooser, "Gibbs’ refleksive cyklus")
    body = editor.body.toPlainText()
    assert templates.headings(body) == ["Beskrivelse", "Følelser", "Vurdering", "Analyse", "Konklusion", "Handleplan"]
    assert "Hvad skete der?" not in body  # the question is drawn under the heading, not written
    assert editor.body.hasFocus() and editor.body.textCursor().blockNumber() == 1  # under Beskrivelse
    qtbot.waitUntil(lambda: chooser.text() == "Gibbs", timeout=2000)
    editor.body.grab()  # the questions are painted without a fault
    qtbot.wait(1500)
    assert store.count() == 0  # headings alone are nothing written: no empty reflection is kept
    qtbot.keyClicks(editor.body, "Borgermødet i Fensmark gik skævt.")
    qtbot.keyClicks(editor.title, "Borgermødet")
    assert window.journal.flush()
    saved = store.list()[0]
    markdown = export(store, saved.uuid, "md")
    assert "\n#### Beskrivelse\nBorgermødet i Fensmark gik skævt.\n" in markdown
    assert "Følelser" not in markdown and "Hvad skete der?" not in markdown  # the empty sections left out
    assert "<h4>Beskrivelse</h4>" in export(store, saved.uuid, "html")
    if shutil.which("pdftotext"):
        path = tmp_path / "r.pdf"
        out = io.BytesIO()
        get_exporter("reflection", "pdf").write(
            store, out, ExportOptions(organisation=load_bundled(), reflection=saved.uuid)
        )
        path.write_bytes(out.getvalue())
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Beskrivelse" in text and "Borgermødet i Fensmark" in text and "Handleplan" not in text


def test_a_template_chosen_for_a_written_text_adds_its_sections_and_ctrl_z_takes_them_away(window, qtbot, store):
    saved = store.create(reflection(title="Skrevet", body="Jeg skrev først."))
    window.journal.reload(select=saved.uuid)
    editor = window.journal.editor
    choose(editor.template_chooser, "Rolfes model: Hvad? Hvad så? Hvad nu?")
    assert editor.body.toPlainText().startswith("Jeg skrev først.\n\n## Hvad?\n")
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == "Jeg skrev først."


def test_ctrl_n_starts_in_the_default_template(make_window, qtbot, qsettings, store):
    Settings(qsettings).set("template", "kolb")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    editor = window.journal.editor
    window.journal.list.setFocus()
    qtbot.keyClick(window.journal.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the window's Ctrl+N
    assert templates.headings(editor.body.toPlainText())[0] == "Konkret oplevelse"
    assert QApplication.focusWidget() is editor.title
    qtbot.keyClicks(editor.title, "Ny leder i teamet")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)  # Enter: on to the first section, not the end
    assert editor.body.textCursor().blockNumber() == 1
    # The reflection model as the default: its steps shown, the text empty.
    Settings(qsettings).set("template", "model")
    window.actions_.new.trigger()
    assert editor.template.isChecked() and editor.template_box.isVisible() and editor.body.toPlainText() == ""
    # A default that is gone (another journal's own template) starts an empty text.
    Settings(qsettings).set("template", "0b7c51e2-0000-4000-8000-000000000000")
    window.actions_.new.trigger()
    assert editor.body.toPlainText() == "" and not editor.template.isChecked()


def test_the_reflection_model_is_the_chooser_s_first_choice_and_old_reflections_keep_it(window, store):
    old = store.create(reflection(title="Gammel", template=True, situation="Mødet", learning="Lyt først"))
    window.journal.reload(select=old.uuid)
    editor = window.journal.editor
    assert editor.template.isChecked() and editor.template_box.isVisible()
    assert editor.template_chooser.text() == "Refleksionsmodel"
    choose(editor.template_chooser, "Refleksionsmodel (situation → handling → resultat → læring)")
    assert not editor.template_box.isVisible() and not editor.reflection().template


def test_the_dialog_makes_a_template_that_the_chooser_offers_at_once(window, qtbot, store, monkeypatch):
    editor = window.journal.editor
    dialog = TemplatesDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert [dialog.list.item(row).text() for row in range(dialog.list.count())] == [
        "Gibbs’ refleksive cyklus (indbygget)",
        "Kolbs læringscirkel (indbygget)",
        "Rolfes model: Hvad? Hvad så? Hvad nu? (indbygget)",
    ]
    assert dialog.name.isReadOnly() and not dialog.add_button.isEnabled()  # a built-in is read, not changed
    dialog.new_button.click()
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Før MUS")  # over the selected "Ny skabelon"
    dialog.add_button.click()
    qtbot.keyClicks(QApplication.focusWidget(), "Året der gik")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    dialog.sections.setCurrentCell(0, 1)
    dialog.sections.item(0, 1).setText("Hvad er du stolt af?")
    dialog.add_button.click()
    dialog.sections.item(1, 0).setText("Næste år")
    dialog.up_button.click()
    assert [s.heading for s in store.own_templates()[0].sections] == ["Næste år", "Året der gik"]
    assert store.own_templates()[0].name == "Før MUS"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closes; everything is kept
    assert not dialog.isVisible()

    window.actions_.new.trigger()
    assert "Før MUS" in menu_texts(editor.template_chooser)
    choose(editor.template_chooser, "Før MUS")
    assert templates.headings(editor.body.toPlainText()) == ["Næste år", "Året der gik"]
    qtbot.keyClicks(editor.body, "At lede forandringen.")
    qtbot.keyClicks(editor.title, "MUS-forberedelse")
    assert window.journal.flush()

    # Copied from a built-in, then deleted: the reflection written in the first keeps its headings.
    dialog = TemplatesDialog(store, window, select=store.own_templates()[0])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    dialog.delete_button.click()
    dialog.list.setCurrentRow(0)
    dialog.copy_button.click()
    assert [t.name for t in store.own_templates()] == ["Gibbs’ refleksive cyklus (kopi)"]
    assert store.own_templates()[0].sections == templates.built_in("da")[0].sections
    editor.template_chooser.refresh()
    assert "Før MUS" not in menu_texts(editor.template_chooser)
    assert "## Næste år\nAt lede forandringen." in store.get(store.list()[0].uuid).body


def test_settings_offer_every_template_as_the_default(window, monkeypatch, store, qsettings):
    from journal.ui.dialogs.settings_dialog import SettingsDialog

    store.save_template(templates.new_own("Før MUS", [Section("Året der gik")]))
    offered = []

    def ask(cls, settings, folder, parent, encrypted, choices, clock=None):
        offered.extend(choices)
        dialog = SettingsDialog(settings, folder, parent, encrypted, choices, clock, tray=False, starts_at_login=False)
        dialog.template.setCurrentIndex(dialog.template.findText("Gibbs’ refleksive cyklus"))
        return dialog.chosen()

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    window.actions_.settings.trigger()
    assert [name for _, name in offered][:2] == ["Refleksionsmodel (situation → handling → resultat → læring)"] + [
        "Gibbs’ refleksive cyklus"
    ]
    assert offered[-1][1] == "Før MUS"
    assert Settings(qsettings).get("template") == "gibbs"


def test_the_chooser_speaks_english_too(make_window, qtbot):
    window = make_window("en")
    window.actions_.new.trigger()
    chooser = window.journal.editor.template_chooser
    assert chooser.text() == "Template" and chooser.accessibleName() == "Template"
    assert menu_texts(chooser)[:2] == [
        "Reflection model (situation → action → outcome → learning)",
        "Gibbs’ reflective cycle",
    ]
    assert menu_texts(chooser)[-1] == "Manage templates…"
    choose(chooser, "Rolfe’s model: What? So what? Now what?")
    assert templates.headings(window.journal.editor.body.toPlainText()) == ["What?", "So what?", "Now what?"]

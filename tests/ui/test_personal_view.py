"""My leadership framework: write the parts, the theme texts, own criteria and the balance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.store import Store
from journal.ui import leadership_page
from tests.factories import reflection


@pytest.fixture
def view(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.show_view("personal")
    return window.personal_view


def choose_part(view, key: str) -> None:
    keys = [view.parts.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.parts.count())]
    view.parts.setCurrentRow(keys.index(key))


def test_parts_are_written_and_saved(view, qtbot, store):
    assert view.parts.count() == 9 and view.parts.item(0).text() == "Min opgave og kontekst"
    qtbot.keyClicks(view.name, "Lene Kjærgaard")
    choose_part(view, "values")
    assert view.title.text() == "Værdier" and "det betyder, at jeg" in view.hint.text()
    qtbot.keyClicks(view.body, "Tillid: det betyder, at jeg spørger før jeg dømmer.")
    qtbot.waitUntil(lambda: store.personal_framework().part("values").body.startswith("Tillid"), timeout=3000)
    saved = store.personal_framework()
    assert saved.name == "Lene Kjærgaard"
    assert saved.part("values").body == "Tillid: det betyder, at jeg spørger før jeg dømmer."


def test_parts_can_be_renamed_reordered_and_made_private(view, store):
    choose_part(view, "values")
    item = view.parts.currentItem()
    item.setText("Det står jeg for")  # as after a double-click and typing
    view.move_part(-1)
    choose_part(view, "decisions")
    view.private.setChecked(True)
    view.flush()
    saved = store.personal_framework()
    assert [p.key for p in saved.parts][:2] == ["values", "task"]
    assert saved.part("values").title == "Det står jeg for"
    assert saved.part("values").display_title("en") == "Det står jeg for"
    assert saved.part("decisions").private
    item.setText("")  # back to the template's title
    view.flush()
    assert store.personal_framework().part("values").display_title("da") == "Værdier"


def test_theme_texts_own_criteria_and_balance(view, qtbot, store, monkeypatch):
    choose_part(view, "leadership")
    assert view.leadership.isVisibleTo(view)
    block = view.leadership.blocks["styring"]
    assert "Vi følger op på læring og effekt." in block.organisation.text()
    qtbot.keyClicks(block.text, "Jeg kigger på tallene hver mandag.")
    monkeypatch.setattr(leadership_page.CriterionText, "ask", classmethod(lambda cls, *a: "Jeg kender mine tal"))
    block.add_button.click()
    balance = view.leadership.balance
    balance.enabled.setChecked(True)
    balance.spins["borgere"].setValue(50)
    balance.spins["samarbejde"].setValue(25)
    assert "skal give 100 %" in balance.sum.text()  # 50 + 25 + 33: shown, not saved
    balance.spins["styring"].setValue(25)
    assert balance.sum.text() == "= 100 %"
    view.flush()
    saved = store.personal_framework()
    assert saved.theme_text("styring") == "Jeg kigger på tallene hver mandag."
    assert [(c.theme_id, c.text, c.active) for c in saved.own_criteria] == [("styring", "Jeg kender mine tal", True)]
    assert dict(saved.target.shares) == {"borgere": 50, "samarbejde": 25, "styring": 25}


def test_an_own_criterion_is_offered_in_reflections_and_retired_ones_stay_on_old_ones(view, store, monkeypatch):
    window = view.window()
    choose_part(view, "leadership")
    block = view.leadership.blocks["borgere"]
    monkeypatch.setattr(leadership_page.CriterionText, "ask", classmethod(lambda cls, *a: "Borgerne kender mit navn"))
    block.add_button.click()
    view.flush()
    criterion = store.personal_framework().own_criteria[0]
    picker = window.journal.editor.criteria
    window.journal.new_reflection()
    picker._fill_popup()
    offered = [
        picker.tree.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(picker.tree.topLevelItem(0).childCount())
    ]
    assert criterion.id in offered
    old = store.create(reflection(criterion_ids=(criterion.id,)))
    block.criteria.setCurrentRow(0)
    block.retire_button.click()
    view.flush()
    window.journal.reload()
    window.journal.new_reflection()
    picker._fill_popup()
    offered = [
        picker.tree.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(picker.tree.topLevelItem(0).childCount())
    ]
    assert criterion.id not in offered
    window.journal.select(old.uuid)
    assert "Borgerne kender mit navn (udgået)" in picker.summary.text()


def test_nothing_typed_is_lost_when_switching_view_or_closing(view, qtbot, store):
    choose_part(view, "development")
    qtbot.keyClicks(view.body, "Jeg vil blive bedre til at delegere.")
    view.window().show_view("journal")  # saves at once
    assert store.personal_framework().part("development").body == "Jeg vil blive bedre til at delegere."
    view.window().show_view("personal")
    qtbot.keyClicks(view.body, " Mere.")
    view.window().close()
    with Store.open(store.path) as again:
        assert again.personal_framework().part("development").body.endswith("Mere.")


def test_revisions_compare_restore_and_export_every_format(view, qtbot, store, monkeypatch, tmp_path):
    """The whole story: write, add an own criterion, save a revision, change, compare, restore,
    export each format."""
    from journal.ui.dialogs import export as export_dialog
    from journal.ui.dialogs import revisions as revisions_dialog
    from journal.ui.dialogs.confirm import Confirm

    choose_part(view, "values")
    qtbot.keyClicks(view.body, "Tillid før kontrol.")
    choose_part(view, "leadership")
    monkeypatch.setattr(leadership_page.CriterionText, "ask", classmethod(lambda cls, *a: "Jeg svarer samme dag"))
    view.leadership.blocks["samarbejde"].add_button.click()
    monkeypatch.setattr(revisions_dialog.RevisionName, "ask", classmethod(lambda cls, *a: "Før LUS 2026"))
    view.save_revision_button.click()
    assert [r.name for r in store.revisions()] == ["Før LUS 2026"]
    assert store.revisions()[0].framework.part("values").body == "Tillid før kontrol."

    choose_part(view, "values")
    view.body.selectAll()
    qtbot.keyClicks(view.body, "Mod før komfort.")
    view.flush()

    dialog = revisions_dialog.RevisionsDialog(store, view.framework, "da", view)
    qtbot.addWidget(dialog)
    dialog.list.item(1).setSelected(True)  # the revision, compared with the current text
    shown = dialog.comparison.toPlainText()
    assert "Værdier (ændret)" in shown and "Tillid Mod før kontrol komfort." in shown
    html = dialog.comparison.toHtml()
    assert "line-through" in html  # what was removed is struck through

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    dialog.restored.connect(view.reload)
    dialog.restore_selected()
    assert view.document.part("values").body == "Tillid før kontrol."
    assert store.personal_framework() == store.revisions()[0].framework
    assert [r.name for r in store.revisions()] == [
        "Før LUS 2026",
        "Før gendannelse af Før LUS 2026",
        "Gendannet: Før LUS 2026",
    ]

    for name in ("md", "html", "pdf", "odt"):
        export = export_dialog.FrameworkExportDialog(store, view.framework, "da", view)
        qtbot.addWidget(export)
        export.format.setCurrentIndex(export.format.findData(name))
        monkeypatch.setattr(export_dialog.SaveFile, "ask", classmethod(lambda cls, *a, n=name: tmp_path / f"mit.{n}"))
        export.export()
        assert (tmp_path / f"mit.{name}").stat().st_size > 200, name
    assert "Tillid før kontrol." in (tmp_path / "mit.md").read_text(encoding="utf-8")
    assert "Jeg svarer samme dag" in (tmp_path / "mit.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "da"])
def test_each_revision_is_one_labelled_row(make_window, qtbot, store, language):
    """Name and date are one row (not two items), dated as the app dates things; the current text
    is a row of its own kind."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from journal.dates import date_and_time
    from journal.ui.dialogs import revisions as revisions_dialog

    window = make_window(language)
    store.save_revision("Efter LUS")
    dialog = revisions_dialog.RevisionsDialog(store, window.personal_view.framework, language, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    saved = date_and_time(store.revisions()[0].created_at.astimezone(), language)

    row = dialog.list.item(1)
    assert row.text() == "Efter LUS"  # one line; the date is the row's second line, not an item of its own
    assert row.data(revisions_dialog.DETAIL_ROLE) == saved
    accessible = row.data(Qt.ItemDataRole.AccessibleTextRole)
    if language == "en":
        assert accessible == f"Revision Efter LUS, saved {saved}"
    assert "Efter LUS" in accessible and saved in accessible and "\n" not in accessible
    assert row.toolTip() == accessible  # a long name is elided in the row, whole here

    current = dialog.list.item(0)
    assert current.data(Qt.ItemDataRole.UserRole) == revisions_dialog.CURRENT
    assert current.data(revisions_dialog.DETAIL_ROLE) != saved
    if language == "en":
        assert (current.text(), current.data(revisions_dialog.DETAIL_ROLE)) == ("The current text", "as it is now")
        assert current.data(Qt.ItemDataRole.AccessibleTextRole) == "The current text, as it is now, not a revision"

    delegate = dialog.list.itemDelegate()
    assert isinstance(delegate, revisions_dialog.RevisionDelegate)
    option = QStyleOptionViewItem()
    option.font = dialog.list.font()
    height = delegate.sizeHint(option, dialog.list.model().index(1, 0)).height()
    assert height >= 2 * dialog.list.fontMetrics().lineSpacing()


def test_the_revisions_dialog_fits_a_small_screen_and_escape_closes_it(make_window, qtbot, store):
    from journal.ui.dialogs import revisions as revisions_dialog

    window = make_window("en")
    store.save_revision("Efter LUS")
    dialog = revisions_dialog.RevisionsDialog(store, window.personal_view.framework, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1000 and dialog.height() <= 700  # 1024 x 768, with a title bar and a panel
    dialog.list.item(1).setSelected(True)
    assert "From Efter LUS" in dialog.comparison.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

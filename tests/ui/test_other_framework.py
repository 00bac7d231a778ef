"""Another organisation's framework in the window: chosen from a file handed out, checked and
shown first, and then followed by every part of the app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from journal import organisation
from journal.ui.dialogs import framework_choice
from tests.core.test_framework_markdown import VALUES
from tests.factories import reflection


@pytest.fixture
def values_file(tmp_path):
    path = tmp_path / "vaerdier.md"
    path.write_text(VALUES, encoding="utf-8")
    return path


def test_a_framework_file_is_shown_before_it_is_used_and_the_window_opens_again(
    make_window, store, values_file, monkeypatch
):
    window = make_window()
    shown = []

    def look(dialog):
        shown.append(dialog.preview.toPlainText())
        return 0

    monkeypatch.setattr(framework_choice.FrameworkChoiceDialog, "exec", look)
    window.use_another_framework(values_file)
    assert "LEDELSESADFÆRDEN ER AT" in shown[0] and "vise tillid før kontrol" in shown[0]
    assert store.organisation_frameworks() == [] and not window.pending_reopen  # declined: nothing changed

    monkeypatch.setattr(framework_choice.FrameworkChoiceDialog, "exec", lambda dialog: 1)
    window.use_another_framework(values_file)
    assert organisation.framework_of(store).organisation.get() == "Eksempel Region"
    assert window.pending_reopen and not window.isVisible()


def test_a_file_with_problems_is_refused_with_each_line(make_window, store, tmp_path, monkeypatch):
    bad = tmp_path / "bad.md"
    bad.write_text("---\norganisation: X\nname: Y\n---\n## A\n## A\n", encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append((box.text(), box.detailedText())) or 0)
    window = make_window("en")
    window.use_another_framework(bad)
    assert "bad.md cannot be used (problems found: 1). Nothing was changed." in told[0][0]
    assert f"{bad}:6: two themes named 'A' (the first on line 5)" in told[0][1]
    assert store.organisation_frameworks() == [] and not window.pending_reopen


def test_every_part_follows_the_framework_in_use(make_window, store, values_file):
    old = store.create(reflection(title="Om borgerne", theme_ids=("borgere",), criterion_ids=("borgere.k1",)))
    organisation.use(store, organisation.read_choice(values_file))
    window = make_window()
    assert "Eksempel Region · Værdier og ledelsesadfærd" in window.framework_view.in_use.text()
    text = window.framework_view.text.toPlainText()
    assert "LEDELSESADFÆRDEN ER AT" in text.upper() and "Næstved" not in text
    # The filters offer the new themes; an old reflection keeps its tag and is still found by it.
    bar = window.journal.filter_bar
    themes = [bar.theme.itemText(i) for i in range(bar.theme.count())]
    assert themes == [
        "Alle",
        "Tillid",
        "Åbenhed",
        "Mod",
        "Respekt",
        "Ansvar",
        "Borgere og samfund (tidligere ledelsesgrundlag)",
    ]
    criteria = [bar.criterion.itemText(i) for i in range(bar.criterion.count())]
    assert criteria[1] == "Tillid: vise tillid før kontrol" and criteria[-1].endswith("(tidligere ledelsesgrundlag)")
    bar.theme.setCurrentIndex(themes.index("Borgere og samfund (tidligere ledelsesgrundlag)"))
    assert bar.selection().theme_ids == ("borgere",)
    assert [s.uuid for s in store.list(bar.selection())] == [old.uuid]
    # Writing offers the new themes and criteria.
    window.new_reflection()
    editor = window.journal.editor
    assert set(editor.themes.buttons) == {"tillid", "aabenhed", "mod", "respekt", "ansvar"}
    # The other views build on it.
    window.show_view("patterns")
    window.show_view("personal")
    window.show_view("framework")


def test_a_revision_offers_where_old_tags_go_and_re_tags_only_the_ticked(make_window, store, tmp_path, monkeypatch):
    from tests.core.test_organisation import revised_naestved

    revision = tmp_path / "naestved-2025.md"
    revision.write_text(revised_naestved(), encoding="utf-8")
    r = store.create(reflection(theme_ids=("samarbejde",), criterion_ids=("borgere.k1",)))
    window = make_window()
    monkeypatch.setattr(framework_choice.FrameworkChoiceDialog, "exec", lambda dialog: 1)
    offered = []

    def answer(dialog):
        offered.extend((move.old_id, tick.isChecked(), target.currentData()) for move, tick, target in dialog.rows)
        dialog.rows[1][1].setChecked(False)  # the leader keeps the old criterion
        return 1

    monkeypatch.setattr(framework_choice.RetagDialog, "exec", answer)
    window.use_another_framework(revision)
    assert offered == [("samarbejde", True, "samarbejde-2025"), ("borgere.k1", True, "borgere.partnere")]
    assert organisation.framework_of(store).id == "naestved-2025" and window.pending_reopen
    assert store.get(r.uuid).theme_ids == ("samarbejde-2025",)
    assert store.get(r.uuid).criterion_ids == ("borgere.k1",)

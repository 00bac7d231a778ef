"""The Journal view as a leader uses it: write, tag, find, filter, delete and undo, nothing lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from journal.errors import WriteError
from journal.model import ReflectionFilter, now_local
from journal.store import Store
from journal.ui import autosave
from journal.ui.dialogs.confirm import Confirm
from journal.ui.dialogs.trash import TrashDialog
from journal.ui.models import PAGE_SIZE, ReflectionListModel
from tests.factories import at, reflection
from tests.ui.helpers import total


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def listed(window) -> list[str]:
    model = window.journal.model
    return [model.summary(row).title for row in range(model.rowCount())]


def check_criterion(editor, criterion_id: str) -> None:
    editor.criteria.open_popup()
    tree = editor.criteria.tree
    for group in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(group)
        for child in range(parent.childCount()):
            item = parent.child(child)
            if item.data(0, Qt.ItemDataRole.UserRole) == criterion_id:
                item.setCheckState(0, Qt.CheckState.Checked)
    editor.criteria.popup.hide()


def test_write_tag_autosave_close_and_reopen(window, qtbot, store, make_window):
    assert autosave.AUTOSAVE_MS <= 1000  # what is typed is saved within a second of a pause
    window.actions_.new.trigger()
    editor = window.journal.editor
    qtbot.keyClicks(editor.title, "Svær samtale om sygefravær")
    qtbot.keyClicks(editor.body, "Jeg lyttede først. Det gav ro på mødet.")
    editor.themes.buttons["samarbejde"].click()
    check_criterion(editor, "samarbejde.k1")
    editor.context.setCurrentIndex(editor.context.findData("dagligt-samarbejde"))
    editor.stakeholders.buttons["staff"].click()
    qtbot.keyClicks(editor.tags, "trivsel, LUS")
    editor.private.click()
    editor.next_steps.add_button.click()
    row = editor.next_steps.rows[0]
    qtbot.keyClicks(row.text, "Følg op med Åse")
    row.due.setDate(QDate(2026, 12, 4))

    def saved() -> bool:
        found = store.list()
        return bool(found and store.get(found[0].uuid).next_steps and store.get(found[0].uuid).next_steps[0].due)

    qtbot.waitUntil(saved, timeout=3000)
    uuid = store.list()[0].uuid
    window.close()

    path = store.path
    with Store.open(path) as again:
        kept = again.get(uuid)
    assert kept.title == "Svær samtale om sygefravær"
    assert kept.body == "Jeg lyttede først. Det gav ro på mødet."
    assert kept.theme_ids == ("samarbejde",) and kept.criterion_ids == ("samarbejde.k1",)
    assert kept.context_id == "dagligt-samarbejde" and kept.stakeholders == ("staff",)
    assert kept.tags == ("lus", "trivsel") and kept.private
    assert [(s.text, s.due) for s in kept.next_steps] == [("Følg op med Åse", date(2026, 12, 4))]

    reopened = make_window()
    assert listed(reopened) == ["Svær samtale om sygefravær"]
    reopened.journal.list.setCurrentIndex(reopened.journal.model.index(0, 0))
    assert reopened.journal.editor.title.text() == "Svær samtale om sygefravær"
    assert reopened.journal.editor.themes.value() == ("samarbejde",)


def test_switching_entries_saves_at_once(window, qtbot, store):
    first = store.create(reflection(title="Første", entry_at=at(2026, 1, 1)))
    store.create(reflection(title="Anden", entry_at=at(2026, 1, 2)))
    window.journal.reload()
    window.journal.select(first.uuid)
    qtbot.keyClicks(window.journal.editor.title, " - ændret")  # QTest types Latin-1 only
    window.journal.list.setCurrentIndex(window.journal.model.index(0, 0))  # "Anden", before the timer
    assert store.get(first.uuid).title == "Første - ændret"
    assert window.journal.editor.title.text() == "Anden"


def test_an_empty_new_reflection_is_not_kept(window, store):
    window.actions_.new.trigger()
    window.journal.flush()
    window.show_view("framework")
    assert store.count() == 0


def test_search_finds_danish_words_and_highlights(window, qtbot, store):
    store.create(reflection(title="Møde i Fensmark", body="Borgerne savnede åbenhed om økonomien."))
    store.create(reflection(title="Budget", body="Tal og prognoser."))
    window.journal.reload()
    qtbot.keyClicks(window.journal.filter_bar.search, "åbenhed")
    qtbot.waitUntil(lambda: listed(window) == ["Møde i Fensmark"], timeout=2000)
    assert window.journal.delegate.query == "åbenhed"
    assert total(qtbot, window) == 1 and window.journal.filter_bar.count.text() == "1 af 2 refleksioner"
    window.journal.filter_bar.search.clear()
    qtbot.keyClicks(window.journal.filter_bar.search, "abenhed")
    qtbot.waitUntil(lambda: listed(window) == [], timeout=2000)
    qtbot.keyClicks(window.journal.filter_bar.search.clear() or window.journal.filter_bar.search, "økono")
    qtbot.waitUntil(lambda: listed(window) == ["Møde i Fensmark"], timeout=2000)
    window.journal.list.setCurrentIndex(window.journal.model.index(0, 0))
    marks = window.journal.editor.body.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["økono"]  # what was typed, where it sits


def test_each_filter_narrows_and_they_combine(window, store, qtbot):
    store.create(
        reflection(
            title="a",
            entry_at=at(2026, 1, 5),
            theme_ids=("borgere",),
            criterion_ids=("borgere.k1",),
            context_id="lus",
            stakeholders=("citizens",),
            tags=("budget",),
        )
    )
    store.create(
        reflection(
            title="b",
            entry_at=at(2026, 2, 5),
            theme_ids=("samarbejde", "borgere"),
            stakeholders=("staff",),
            tags=("trivsel",),
            private=True,
        )
    )
    store.create(
        reflection(
            title="c",
            entry_at=at(2026, 3, 5),
            theme_ids=("styring",),
            context_id="rekruttering",
            criterion_ids=("styring.k3",),
            tags=("budget",),
        )
    )
    window.journal.reload()
    bar = window.journal.filter_bar

    def choose(combo, value):
        combo.setCurrentIndex(combo.findData(value))
        return listed(window)

    assert listed(window) == ["c", "b", "a"]
    assert choose(bar.theme, "borgere") == ["b", "a"]
    assert total(qtbot, window) == 2
    assert bar.toggle.text() == "Filtre (1)" and bar.count.text() == "2 af 3 refleksioner"
    assert choose(bar.tag, "budget") == ["a"]  # combined with the theme
    bar.clear()
    assert listed(window) == ["c", "b", "a"] and bar.toggle.text() == "Filtre"
    assert choose(bar.criterion, "styring.k3") == ["c"]
    bar.clear()
    assert choose(bar.context, "lus") == ["a"]
    bar.clear()
    assert choose(bar.stakeholder, "staff") == ["b"]
    bar.clear()
    assert choose(bar.private, True) == ["b"]
    assert choose(bar.private, False) == ["c", "a"]
    bar.clear()
    bar.date_from.setDate(QDate(2026, 2, 1))
    assert listed(window) == ["c", "b"]
    bar.date_to.setDate(QDate(2026, 2, 28))
    assert listed(window) == ["b"]
    bar.clear()
    assert listed(window) == ["c", "b", "a"]


def test_a_favourite_is_starred_with_a_key_marked_in_the_list_and_found_with_one_click(window, store, qtbot):
    store.create(reflection(title="Almindelig", entry_at=at(2026, 1, 5)))
    chosen = store.create(reflection(title="Et godt møde", entry_at=at(2026, 1, 6)))
    window.journal.reload()
    window.journal.select(chosen.uuid)
    editor = window.journal.editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # the window's Ctrl+D
    assert editor.starred.isChecked()
    qtbot.waitUntil(lambda: store.get(chosen.uuid).starred, timeout=3000)  # saved as any edit is
    model = window.journal.model
    row = model.row_of(chosen.uuid)
    qtbot.waitUntil(lambda: model.summary(model.row_of(chosen.uuid)).starred, timeout=3000)
    index = model.index(row, 0)
    assert "★" in window.journal.delegate.when_text(model.summary(row))  # painted beside the date
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Et godt møde, stjernemarkeret"
    bar = window.journal.filter_bar
    bar.star.click()
    assert listed(window) == ["Et godt møde"] and bar.clear_button.isEnabled()
    bar.clear()
    assert not bar.star.isChecked() and listed(window) == ["Et godt møde", "Almindelig"]
    editor.starred.click()  # and away again
    qtbot.waitUntil(lambda: not store.get(chosen.uuid).starred, timeout=3000)


def test_suggestions_while_writing_are_offered_after_a_pause_and_added_with_one_click(window, store, qtbot):
    for day in range(1, 8):
        store.create(
            reflection(
                title=f"Budgetmøde {day}",
                body="Budgettet og regnskabet skred igen; økonomien i afdelingen kræver opfølgning.",
                entry_at=at(2026, 1, day),
                theme_ids=("styring",),
            )
        )
    window.journal.reload()
    window.actions_.new.trigger()
    editor = window.journal.editor
    assert not editor.suggestions.isVisible()  # nothing written, nothing offered
    qtbot.keyClicks(editor.title, "Budgettet igen")
    qtbot.keyClicks(editor.body, "Regnskabet og økonomien skred, og budgettet må følges op.")
    bar = editor.suggestions
    qtbot.waitUntil(lambda: bar.isVisible() and bool(bar.buttons), timeout=3000)  # after a pause in typing
    theme = next(b for b in bar.buttons if b.objectName() == "suggest-theme")
    assert theme.text() == "+ Styring og effekt" and "Fra dine egne refleksioner" in theme.toolTip()
    assert editor.themes.value() == ()  # offered, not applied
    theme.click()
    assert editor.themes.value() == ("styring",)
    assert all(b.text() != "+ Styring og effekt" for b in bar.buttons)  # no longer offered
    qtbot.waitUntil(lambda: store.get(store.list()[0].uuid).theme_ids == ("styring",), timeout=3000)


def test_delete_then_undo_and_redo(window, store):
    keep = store.create(reflection(title="Bliver", entry_at=at(2026, 1, 1)))
    gone = store.create(reflection(title="Slettes", entry_at=at(2026, 1, 2)))
    window.journal.reload()
    window.journal.select(gone.uuid)
    window.journal.list.setFocus()
    window.actions_.delete.trigger()
    assert store.get(gone.uuid).deleted and listed(window) == ["Bliver"]
    assert window.journal.editor.current_uuid == keep.uuid
    assert "papirkurven" in window.statusBar().currentMessage()
    window.actions_.undo.trigger()
    assert not store.get(gone.uuid).deleted and listed(window) == ["Slettes", "Bliver"]
    assert window.journal.editor.current_uuid == gone.uuid
    window.journal.list.setFocus()
    window.actions_.redo.trigger()
    assert store.get(gone.uuid).deleted


def test_undo_in_a_text_field_undoes_typing_not_a_delete(window, qtbot, store):
    gone = store.create(reflection(title="Slettes"))
    store.create(reflection(title="Anden", entry_at=at(2026, 1, 1)))
    window.journal.reload()
    window.journal.select(gone.uuid)
    window.actions_.delete.trigger()
    editor = window.journal.editor
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, "!")
    window.actions_.undo.trigger()
    assert editor.title.text() == "Anden" and store.get(gone.uuid).deleted


def test_trash_restores_and_deletes_for_good_after_confirming(window, qtbot, store, monkeypatch):
    first = store.create(reflection(title="Første"))
    second = store.create(reflection(title="Anden"))
    store.delete(first.uuid)
    store.delete(second.uuid)
    dialog = TrashDialog(store, window.framework, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    row = dialog.model.row_of(first.uuid)
    dialog.list.setCurrentIndex(dialog.model.index(row, 0))
    dialog.restore_button.click()
    assert not store.get(first.uuid).deleted and dialog.model.rowCount() == 1

    asked = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: asked.append(args[2]) or False))
    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    dialog.purge_button.click()
    assert store.get(second.uuid).deleted  # not confirmed: nothing deleted
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    dialog.empty_button.click()
    assert store.count() == 1 and dialog.model.rowCount() == 0
    assert "for altid" in asked[0]


def test_switching_language_keeps_an_unsaved_edit(window, qtbot, store):
    window.actions_.new.trigger()
    editor = window.journal.editor
    qtbot.keyClicks(editor.title, "Halvfærdig tanke")
    window.actions_.language_actions["en"].trigger()
    assert editor.title.text() == "Halvfærdig tanke"
    assert window.actions_.new.text() == "&New reflection"
    qtbot.waitUntil(lambda: store.count() == 1, timeout=3000)
    assert store.list()[0].title == "Halvfærdig tanke"


def test_the_editor_names_the_fields_as_the_exports_do_in_the_language_chosen(window, qtbot):
    """The reflection model's steps, the field names and the stakeholders are the core's words
    (journal.words), not Qt's, and still follow a change of language."""
    editor = window.journal.editor

    def shown() -> list[str]:
        return [editor.template_labels[step].text() for step in ("situation", "action", "outcome", "learning")] + [
            editor.form_labels["stakeholders"].text(),
            editor.private.text(),
            editor.stakeholders.buttons["staff"].text(),
        ]

    assert shown() == [
        "Situation",
        "Hvad jeg gjorde",
        "Hvad der skete",
        "Hvad jeg lærer",
        "Interessenter",
        "Privat",
        "Medarbejdere",
    ]
    window.actions_.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: shown()[1] == "What I did", timeout=2000)
    assert shown() == ["Situation", "What I did", "What happened", "What I learn", "Stakeholders", "Private", "Staff"]
    assert editor.template_edits["action"].accessibleName() == "What I did"


def test_a_failed_save_keeps_the_text_and_tries_again(window, qtbot, store, monkeypatch):
    saved = store.create(reflection(title="Original"))
    window.journal.reload()
    window.journal.select(saved.uuid)
    real_save = store.save

    def full_disk(_reflection):
        raise WriteError(store.path, "The disk is full.")

    monkeypatch.setattr(store, "save", full_disk)
    qtbot.keyClicks(window.journal.editor.title, " og mere")
    assert window.journal.flush() is False
    assert window.journal.banner.isVisibleTo(window) and "disken er måske fuld" in window.journal.banner.text()
    assert window.journal.editor.title.text() == "Original og mere"
    monkeypatch.setattr(store, "save", real_save)
    monkeypatch.setattr(autosave, "RETRY_MS", 10)
    window.journal.saving.timer.start(10)
    qtbot.waitUntil(lambda: store.get(saved.uuid).title == "Original og mere", timeout=3000)
    assert not window.journal.banner.isVisibleTo(window)


def test_a_journal_that_cannot_be_written_says_so_from_the_start_and_keeps_the_text(
    make_window, qtbot, store, monkeypatch
):
    """A journal in a read-only folder is opened to read (Store.read_only): the red note says at
    once that nothing will be saved, and a save keeps the text in the editor."""
    saved = store.create(reflection(title="Original"))
    store.read_only = f"{store.path} cannot be written: the folder {store.path.parent} is read-only."
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.journal.banner.isVisibleTo(window) and "mappen er skrivebeskyttet" in window.journal.banner.text()
    window.journal.select(saved.uuid)
    qtbot.keyClicks(window.journal.editor.title, " og mere")
    assert window.journal.flush() is False
    assert window.journal.editor.title.text() == "Original og mere" and store.get(saved.uuid).title == "Original"
    from journal.ui.dialogs.confirm import Confirm

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))  # quit without it, when the test ends


def test_prompt_starts_a_reflection_on_the_least_used_theme(window, store):
    store.create(reflection(theme_ids=("borgere",), entry_at=now_local()))
    store.create(reflection(theme_ids=("samarbejde",), entry_at=now_local()))
    store.create(reflection(theme_ids=("styring",), entry_at=at(2025, 1, 1)))  # long ago: not "lately"
    window.journal.prompt_panel.refresh()
    prompt = window.journal.prompt_panel.prompt
    assert prompt.theme_id == "styring"
    window.journal.prompt_panel.write.click()
    editor = window.journal.editor
    assert editor.themes.value() == ("styring",)
    assert editor.body.toPlainText().startswith("> " + prompt.text.get("da"))
    window.journal.prompt_panel.another.click()
    assert window.journal.prompt_panel.prompt != prompt


def test_a_hidden_preview_renders_nothing_until_it_is_shown(window, qtbot):
    editor = window.journal.editor
    window.actions_.preview.setChecked(False)
    window.actions_.new.trigger()
    editor.body.setPlainText("**Fed** tekst")
    qtbot.wait(400)  # longer than the preview's pause
    assert editor.preview.toPlainText() == ""  # no Markdown rendered (nor its library imported) for nothing
    window.actions_.preview.setChecked(True)
    assert editor.preview.toPlainText().strip() == "Fed tekst"


def test_typed_html_is_shown_as_text_in_the_preview(window, store):
    window.actions_.new.trigger()
    editor = window.journal.editor
    editor.body.setPlainText("**Fed** <script>alert('x')</script> <img src=https://example.org/x.png>")
    window.actions_.preview.setChecked(True)  # shown: rendered (a hidden preview waits until it is)
    editor.preview.show_markdown(editor.body.toPlainText(), at_once=True)
    assert "<script>alert('x')</script>" in editor.preview.toPlainText()
    html = editor.preview.toHtml()
    assert "<script" not in html and "example.org" in editor.preview.toPlainText()


def test_the_list_loads_lazily(qtbot, store):
    with store.conn:
        pass
    store.merge(
        [
            reflection(title=f"r{n}", entry_at=at(2025, 1 + n % 12, 1 + n % 28, n % 24))
            for n in range(PAGE_SIZE * 2 + 50)
        ]
    )
    model = ReflectionListModel(store)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.total == PAGE_SIZE * 2 + 50
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert len({model.summary(row).uuid for row in range(model.rowCount())}) == model.rowCount()


def test_list_model_passes_qtmodeltester(qtmodeltester, store):
    store.merge(
        [
            reflection(title=f"r{n}", entry_at=at(2025, 1 + n % 12, 1 + n % 28), theme_ids=("borgere",))
            for n in range(PAGE_SIZE + 20)
        ]
    )
    model = ReflectionListModel(store)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_a_full_disk_keeps_the_text_in_the_editor_and_saving_resumes(window, qtbot, store, monkeypatch):
    """Not a simulated error: SQLite is told the disk has no more room."""
    saved = store.create(reflection(title="Før"))
    window.journal.reload()
    window.journal.select(saved.uuid)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    window.journal.editor.body.setPlainText("Et langt afsnit. " * 20_000)
    assert window.journal.flush() is False
    assert window.journal.banner.isVisibleTo(window)
    assert "er fuld" in window.journal.banner.text()  # the disk, said plainly: not "may be full"
    assert window.journal.editor.body.toPlainText().startswith("Et langt afsnit.")
    assert store.get(saved.uuid).body == reflection().body  # what was saved is still there
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    monkeypatch.setattr(autosave, "RETRY_MS", 10)
    window.journal.saving.timer.start(10)
    qtbot.waitUntil(lambda: store.get(saved.uuid).body.startswith("Et langt afsnit."), timeout=5000)
    assert not window.journal.banner.isVisibleTo(window)


def test_the_count_is_right_from_the_first_frame(store, make_window, qtbot):
    """Counting every reflection is a sum over days: the window opens showing it, not a
    placeholder, and a search's count, counted in a thread, replaces it when it arrives."""
    for day in (1, 2, 3):
        store.create(reflection(title=f"Dag {day}", entry_at=at(2026, 3, day)))
    window = make_window()
    bar = window.journal.filter_bar
    assert not window.journal.model.counting and bar.count.text() == "3 refleksioner"
    bar.search.setText("Dag")
    window.journal.apply_filter(bar.selection())
    assert total(qtbot, window) == 3 and bar.count.text() == "3 refleksioner"
    bar.search.setText("")
    window.journal.apply_filter(bar.selection())
    assert not window.journal.model.counting and bar.count.text() == "3 refleksioner"


def test_a_search_never_shows_the_last_filters_count(store, make_window, qtbot, monkeypatch):
    """Matches that fit on the first page are counted at once; more are counted in a thread, and
    until then the count says it is coming instead of showing the number of the filter before."""
    from journal.ui import models

    monkeypatch.setattr(models, "PAGE_SIZE", 4)
    for day in range(1, 8):
        store.create(reflection(title=f"Møde {day}" if day <= 5 else f"Dag {day}", entry_at=at(2026, 3, day)))
    window = make_window()
    journal, bar = window.journal, window.journal.filter_bar
    journal.apply_filter(ReflectionFilter(text="Dag"))
    assert not journal.model.counting and bar.count.text() == "2 af 7 refleksioner"
    journal.apply_filter(ReflectionFilter(text="Møde"))
    assert journal.model.counting and bar.count.text() == "… af 7 refleksioner"
    qtbot.waitUntil(lambda: not journal.model.counting, timeout=5000)
    assert bar.count.text() == "5 af 7 refleksioner"


@pytest.mark.parametrize(
    "language,shown",
    [
        ("da", ["1.234 af 5.678 refleksioner", "5.678 refleksioner", "1 refleksion"]),
        ("en", ["1,234 of 5,678 reflections", "5,678 reflections", "1 reflection"]),
    ],
)
def test_counts_are_written_as_the_language_writes_numbers(make_window, language, shown):
    bar = make_window(language).journal.filter_bar
    texts = []
    for matches, everything in ((1234, 5678), (5678, 5678), (1, 1)):
        bar.show_count(matches, everything)
        texts.append(bar.count.text())
    assert texts == shown


def test_a_calm_place_to_write_words_counted_and_the_text_size_remembered(window, qtbot, make_window):
    editor = window.journal.editor
    window.actions_.new.trigger()
    qtbot.keyClicks(editor.body, "Jeg lyttede først - det gav ro på mødet med MED-udvalget.")
    assert editor.word_count.text() == "10 ord"
    usual = editor.body.font().pointSizeF()
    window.actions_.text_bigger.trigger()
    window.actions_.text_bigger.trigger()
    assert editor.body.font().pointSizeF() == usual + 2 and editor.preview.font().pointSizeF() == usual + 2
    window.close()
    again = make_window()  # remembered for every reflection, from the next start on
    assert again.journal.editor.body.font().pointSizeF() == usual + 2
    again.actions_.text_normal.trigger()
    assert again.journal.editor.body.font().pointSizeF() == usual


def test_focus_mode_shows_the_text_alone_full_screen_and_esc_leaves(window, qtbot):
    window.actions_.focus.trigger()  # F11, with nothing open: a new reflection, the editor alone
    editor = window.journal.editor
    assert editor.reflection() is not None
    assert window.isFullScreen() and not window.nav.isVisible() and not window.journal.list.isVisible()
    assert not editor.details_scroll.isVisible() and not editor.themes.isVisible()
    assert editor.body.isVisible() and editor.title.isVisible() and editor.word_count.isVisible()
    column = editor.body.width() - 2 * editor.body.viewportMargins().left()
    assert column <= 72 * editor.body.fontMetrics().averageCharWidth()  # a comfortable measure
    window.activateWindow()  # offscreen, a window made full screen is no longer the active one
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)  # Esc leaves
    assert not window.isFullScreen() and window.nav.isVisible() and editor.details_scroll.isVisible()
    assert editor.body.viewportMargins().left() == 0


def test_danish_spell_checking_underlines_a_typo_after_a_pause_and_a_right_click_corrects_it(
    window, qtbot, qsettings, make_window
):
    from journal.spelling import available

    if not available():
        pytest.skip("no Hunspell wheel on this platform")
    assert window.actions_.spelling.isChecked()  # on while the window is in Danish
    window.actions_.new.trigger()
    editor = window.journal.editor
    spelling = window.spelling
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Samtalen om sygefravr gik godt i Fensmarkhallen.")
    assert spelling.speller is None  # nothing loaded while typing ...
    qtbot.waitUntil(lambda: spelling.speller is not None, timeout=5000)  # ... but at the first pause
    block = editor.body.document().firstBlock()

    def underlined() -> list[str]:
        return [
            block.text()[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline
        ]

    qtbot.waitUntil(lambda: underlined() == ["sygefravr", "Fensmarkhallen"], timeout=3000)
    cursor = editor.body.document().find("sygefravr")
    point = editor.body.cursorRect(cursor).center()
    menu = spelling.menu(editor.body, point)
    texts = [action.text() for action in menu.actions()]
    assert "sygefravær" in texts and "Føj “sygefravr” til ordbogen" in texts
    next(action for action in menu.actions() if action.text() == "sygefravær").trigger()
    assert editor.body.toPlainText() == "Samtalen om sygefravær gik godt i Fensmarkhallen."
    cursor = editor.body.document().find("Fensmarkhallen")
    menu = spelling.menu(editor.body, editor.body.cursorRect(cursor).center())
    next(action for action in menu.actions() if action.text().startswith("Føj")).trigger()
    assert underlined() == []
    assert qsettings.value("preferences/own_words") == "Fensmarkhallen"  # kept for the next start
    window.actions_.spelling.trigger()  # off (F7): no underlines, remembered
    assert editor.body.document().firstBlock().layout().formats() == []
    assert qsettings.value("preferences/spelling") == "off"

"""The window by keyboard alone: no key that two commands both claim, popups that close on Esc
and on a click outside, a short way from the title to the text, Undo that reaches a deleted
reflection, and a name for every control a screen reader meets."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QMenu, QToolBar, QWidget

from journal.ui.actions import VIEWS
from tests.factories import at, reflection
from tests.ui.helpers import accessible_name


@pytest.fixture
def window(make_window, qtbot, store):
    store.create(reflection(title="Første", entry_at=at(2026, 3, 1)))
    store.create(reflection(title="Anden", entry_at=at(2026, 3, 2)))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    for name in VIEWS:  # every view built, with its own keys
        window.show_view(name)
    window.show_view("journal")
    return window


WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def claims(window) -> dict[str, list[tuple[str, object]]]:
    """Every key sequence, with who claims it and where: "window" for a key that works wherever
    the window has the focus, else the widget that must have the focus for it to work."""
    found: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for action in {id(a): a for a in window.findChildren(QAction)}.values():
        name = action.objectName() or action.text()
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            if action.shortcutContext() in WIDE:
                found[key.toString()].append((name, "window"))
            else:  # works while one of the widgets it was added to has the focus (menus and bars only show it)
                for widget in action.associatedObjects():
                    if isinstance(widget, QWidget) and not isinstance(widget, (QMenu, QToolBar)):
                        found[key.toString()].append((name, widget))
    for shortcut in window.findChildren(QShortcut):
        found[shortcut.key().toString()].append((shortcut.objectName(), "window"))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():  # a button's own key works wherever its window has the focus
            found[button.shortcut().toString()].append((button.text(), "window"))
    return found


def test_no_key_is_claimed_by_two_commands_that_can_both_fire(window):
    clashes = {}
    for key, owners in claims(window).items():
        wide = [name for name, where in owners if where == "window"]
        by_widget = defaultdict(list)
        for name, where in owners:
            if where != "window":
                by_widget[id(where)].append(name)
        if len(wide) > 1 or (wide and len(owners) > 1) or any(len(names) > 1 for names in by_widget.values()):
            clashes[key] = [name for name, _ in owners]
    assert not clashes, clashes
    assert "Ctrl+I" in claims(window)  # italic is there, and alone


def test_tab_from_the_title_reaches_the_text_at_once_and_enter_does_too(window, qtbot):
    window.journal.new_reflection()
    editor = window.journal.editor
    assert QApplication.focusWidget() is editor.title
    steps = 0
    while QApplication.focusWidget() is not editor.body and steps < 3:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        steps += 1
    assert QApplication.focusWidget() is editor.body, f"not there in {steps} steps"
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, "Et møde")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.body


def test_tab_into_the_list_opens_no_other_reflection(window, qtbot, store):
    journal = window.journal
    journal.new_reflection()
    journal.list.setFocus(Qt.FocusReason.TabFocusReason)
    assert journal.editor.current_uuid not in {s.uuid for s in store.list()}  # still the new one
    journal.list.setCurrentIndex(journal.model.index(1, 0))  # choosing one does open it
    assert journal.editor.reflection().title == "Første"


def test_undo_in_the_text_brings_back_a_deleted_reflection(window, qtbot, store):
    journal = window.journal
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    journal.editor.body.setFocus()
    qtbot.keyClick(journal.editor.body, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in store.list()] == ["Første"]
    assert QApplication.focusWidget() in (journal.editor.body, journal.editor.title, journal.list)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in store.list()] == ["Anden", "Første"]
    # Typing is still undone first: the key reaches the window only when the text has nothing to undo.
    journal.select(store.list()[0].uuid)
    journal.editor.body.setFocus()
    qtbot.keyClicks(journal.editor.body, "xyz")
    qtbot.keyClick(journal.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "xyz" not in journal.editor.body.toPlainText()
    assert len(store.list()) == 2


def popup_closes(qtbot, popup, open_it, how: str) -> bool:
    """Open ``popup``; then Esc, or a click beside it. True if it closed."""
    open_it()
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    if how == "escape":
        qtbot.keyClick(QApplication.focusWidget() or popup, Qt.Key.Key_Escape)
    else:  # a press outside a popup reaches the popup, which closes (Qt sends it on to what was under it)
        qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=QPoint(popup.width() + 40, popup.height() + 40))
    qtbot.wait(10)
    return not popup.isVisible()


@pytest.mark.parametrize("how", ["escape", "outside"])
def test_every_popup_closes_on_escape_and_on_a_click_outside(window, qtbot, how):
    journal = window.journal
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    editor = journal.editor
    picker = editor.criteria
    combo = editor.context
    journal.filter_bar.toggle.setChecked(True)
    day = journal.filter_bar.date_from
    popups = {
        "success criteria": (picker.popup, picker.open_popup),
        "context": (combo.view().window(), combo.showPopup),
        "templates": (
            editor.template_chooser.menu_,
            lambda: editor.template_chooser.menu_.popup(editor.template_chooser.mapToGlobal(QPoint(0, 20))),
        ),
        "calendar": (
            day.calendarWidget().window(),
            lambda: qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        ),
    }
    stayed = [name for name, (popup, open_it) in popups.items() if not popup_closes(qtbot, popup, open_it, how)]
    assert not stayed
    if how == "escape":
        picker.open_popup()
        qtbot.keyClick(picker.tree, Qt.Key.Key_Escape)
        assert window.focusWidget() is picker.button  # back where the list was opened from


def test_the_criteria_list_fits_the_screen_and_shows_every_criterion_whole(window, qtbot):
    journal = window.journal
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    picker = journal.editor.criteria
    picker.open_popup()
    popup = picker.popup
    area = picker.button.screen().availableGeometry()
    assert area.contains(popup.frameGeometry()), (popup.frameGeometry(), area)
    tree = picker.tree
    metrics = tree.fontMetrics()
    for group in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(group)
        for row in range(parent.childCount()):
            item = parent.child(row)
            rect = tree.visualItemRect(item)
            lines = max(1, round(rect.height() / metrics.lineSpacing()))
            assert metrics.horizontalAdvance(item.text(0)) <= lines * rect.width(), item.text(0)  # wrapped, not cut
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert len(picker.value()) == 1  # Space ticks the one the cursor is on
    popup.close()


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_focusable_control_has_a_name_a_screen_reader_can_say(make_window, store, qtbot, language):
    store.create(reflection(title="Første"))
    window = make_window(language)
    window.show()
    qtbot.waitExposed(window)
    unnamed = []
    for name in VIEWS:
        window.show_view(name)
        if name == "journal":
            window.journal.list.setCurrentIndex(window.journal.model.index(0, 0))
            window.journal.filter_bar.toggle.setChecked(True)
            window.journal.editor.preview_toggle.setChecked(True)
        for widget in window.findChildren(QWidget):  # the view, and the sidebar, toolbar and menus around it
            if isinstance(widget.parentWidget(), QAbstractSpinBox):
                continue  # a date or number field's own text line: the reader names the field
            focusable = widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if focusable and not accessible_name(widget).strip():
                within = type(widget.parentWidget()).__name__
                unnamed.append(f"{name}: {type(widget).__name__} {widget.objectName()} in {within}")
    assert not unnamed, "\n".join(unnamed)


def test_the_shortcuts_overview_lists_every_command_with_its_keys(window, monkeypatch):
    from journal.ui.dialogs.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()) or 0)
    window.actions_.shortcuts.trigger()
    rows = dict(shown[0])
    native = QKeySequence.SequenceFormat.NativeText
    for action in (
        window.actions_.new,
        window.actions_.delete,
        window.actions_.import_file,
        *window.journal.editor.body.actions_by_name.values(),
    ):
        assert rows[action.text().replace("&", "")].startswith(action.shortcut().toString(native))


def test_a_click_beside_the_criteria_list_gives_the_field_clicked_the_typing(window, qtbot, monkeypatch):
    """Seen on X11: the click that closed the list was not passed on, and the tags typed next went
    to wherever the focus had been before the list opened."""
    from journal.ui import fields

    journal = window.journal
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    editor = journal.editor
    tags = editor.tags
    monkeypatch.setattr(fields.QCursor, "pos", staticmethod(lambda: tags.mapToGlobal(tags.rect().center())))
    monkeypatch.setattr(fields.QApplication, "widgetAt", staticmethod(lambda point: tags))
    editor.criteria.open_popup()
    editor.criteria.popup.close()  # as a click outside closes it
    assert window.focusWidget() is tags

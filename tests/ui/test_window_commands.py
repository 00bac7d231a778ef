"""The window's other commands: welcome, settings, export, views and appearance."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtGui import QPalette

from journal.ui.appearance import Appearance
from journal.ui.dialogs.export import SaveFile
from journal.ui.dialogs.settings_dialog import SettingsDialog
from journal.ui.dialogs.welcome import WelcomeDialog
from journal.ui.settings import UNCHOSEN_REMINDER, Settings
from tests.factories import reflection


def test_the_first_start_welcomes_once(make_window, monkeypatch, qsettings):
    shown = []
    monkeypatch.setattr(
        WelcomeDialog,
        "ask",
        classmethod(
            lambda cls, organisation, parent=None, can_encrypt=False, reminder=None, remind=None: (
                shown.append(organisation) or WelcomeDialog.REFLECTION
            )
        ),
    )
    window = make_window()
    window.maybe_welcome()
    assert shown == ["Næstved Kommune"]
    assert window.current_view() == "journal" and window.journal.editor.current_uuid is not None
    assert window.journal.editor.title.hasFocus() or True  # focus needs an active window
    make_window().maybe_welcome()
    assert len(shown) == 1


def test_the_welcome_can_lead_to_the_personal_framework(make_window, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a, **k: WelcomeDialog.FRAMEWORK))
    window = make_window()
    window.maybe_welcome()
    assert window.current_view() == "personal"


def test_no_welcome_for_a_journal_in_use(make_window, monkeypatch, store):
    store.create(reflection())
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a, **k: (_ for _ in ()).throw(AssertionError)))
    make_window().maybe_welcome()


def test_settings_change_language_and_appearance(make_window, monkeypatch, qsettings, qapp):
    window = make_window()
    window.appearance = Appearance(qapp)
    monkeypatch.setattr(
        SettingsDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: {"language": "en", "appearance": "dark", "backups_kept": 4, "data_folder": None}
        ),
    )
    try:
        window.actions_.settings.trigger()
        assert Settings(qsettings).language == "en" and Settings(qsettings).get("appearance") == "dark"
        assert Settings(qsettings).backups_kept == 4
        assert window.file_menu.title() == "&File"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        window.appearance.apply("system")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_settings_dialog_shows_the_data_folder(qtbot, qsettings, tmp_path):
    dialog = SettingsDialog(Settings(qsettings), tmp_path, tray=False, starts_at_login=False)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(tmp_path) and dialog.folder.isReadOnly()
    assert dialog.chosen() == {
        "reminder": UNCHOSEN_REMINDER,
        "keep_in_tray": False,
        "starts_at_login": False,
        "language": "da",
        "appearance": "system",
        "template": "",
        "backups_kept": 10,
        "data_folder": None,
        "lock_minutes": 10,
        "retention_years": 0,
        "encryption": None,
    }


def test_choosing_another_data_folder_is_remembered_for_the_next_start(make_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from journal.paths import resolve_data_dir

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(
        SettingsDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: {
                "language": "da",
                "appearance": "system",
                "backups_kept": 10,
                "data_folder": tmp_path / "onedrive",
            }
        ),
    )
    monkeypatch.delenv("LEDELSESJOURNAL_DATA_DIR")
    make_window().actions_.settings.trigger()
    assert resolve_data_dir(None) == tmp_path / "onedrive"
    assert str(tmp_path / "onedrive") in told[0]


def test_export_writes_the_journal(make_window, monkeypatch, store, tmp_path):
    store.create(reflection(title="Til eksport æøå"))
    target = tmp_path / "ud.json"
    monkeypatch.setattr(SaveFile, "ask", classmethod(lambda cls, *a: target))
    window = make_window()
    window.actions_.export.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [r["title"] for r in data["reflections"]] == ["Til eksport æøå"]
    assert str(target) in window.statusBar().currentMessage()


def test_views_switch_by_shortcut_actions_and_navigation(make_window):
    window = make_window()
    for name in ("framework", "patterns", "personal", "journal"):
        window.actions_.view_actions[name].trigger()
        assert window.current_view() == name
        assert window.nav.currentRow() == ["journal", "personal", "patterns", "framework"].index(name)
    window.nav.setCurrentRow(3)
    assert window.current_view() == "framework"
    assert not window.actions_.delete.isEnabled()


def test_every_action_has_a_shortcut_and_danish_text(make_window):
    window = make_window()
    a = window.actions_
    for action in (
        a.new,
        a.save,
        a.export,
        a.trash,
        a.settings,
        a.quit,
        a.undo,
        a.redo,
        a.delete,
        a.find,
        *a.view_actions.values(),
    ):
        assert not action.shortcut().isEmpty(), action.objectName()
        assert action.text() and action.toolTip()
    assert a.new.text() == "&Ny refleksion" and a.trash.text() == "&Papirkurv…"


def test_controls_have_accessible_names(make_window):
    window = make_window()
    window.journal.new_reflection()
    editor = window.journal.editor
    for widget in (
        editor.title,
        editor.when,
        editor.body,
        editor.context,
        editor.tags,
        editor.criteria.button,
        window.journal.filter_bar.search,
        window.journal.list,
        window.nav,
    ):
        assert widget.accessibleName(), widget.objectName() or type(widget).__name__
    assert editor.title.accessibleName() == "Titel"


def test_ctrl_p_exports_or_prints_what_the_view_shows(make_window, store, monkeypatch):
    from journal.ui.dialogs.reflection_export import ReflectionExportDialog
    from journal.ui.patterns_view import PatternsView
    from journal.ui.personal_view import PersonalView

    opened = []
    monkeypatch.setattr(
        ReflectionExportDialog,
        "show_for",
        classmethod(lambda cls, parent, store, framework, uuid, language, clock: opened.append(uuid)),
    )
    monkeypatch.setattr(PersonalView, "export", lambda self: opened.append("framework"))
    monkeypatch.setattr(PatternsView, "export_report", lambda self: opened.append("report"))
    read = store.create(reflection(title="Den jeg læser"))
    window = make_window()
    print_ = window.actions_.print_
    assert print_.shortcut().toString() == "Ctrl+P"
    window.actions_.print_.trigger()  # nothing open yet: it says so, and opens nothing
    assert opened == [] and "refleksion" in window.statusBar().currentMessage()
    window.journal.select(read.uuid)
    window.journal.editor.title.setText("Den jeg læser, ændret")  # unsaved: saved before it goes out
    window.journal.saving.edited()
    print_.trigger()
    assert opened == [read.uuid] and store.get(read.uuid).title == "Den jeg læser, ændret"
    assert "refleksionen" in print_.text()
    window.show_view("personal")
    print_.trigger()
    assert opened[-1] == "framework" and "ledelsesgrundlag" in print_.text()
    window.show_view("patterns")
    print_.trigger()
    assert opened[-1] == "report"
    window.show_view("framework")
    assert not print_.isEnabled()


def test_enter_exports_in_every_export_dialog(make_window, store, qtbot):
    from journal.analytics import Period
    from journal.ui.dialogs.export import FrameworkExportDialog
    from journal.ui.dialogs.report import ReportDialog

    window = make_window()
    dialogs = [
        FrameworkExportDialog(store, window.framework, "da", window),
        ReportDialog(store, window.framework, Period.last_days(30, window.clock.today()), "da", window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.export_button.isDefault(), type(dialog).__name__
        dialog.close()


def test_the_welcome_comes_again_if_it_was_never_closed(make_window, monkeypatch, qsettings):
    def crash(cls, *args, **kwargs):
        raise RuntimeError("the app died while the welcome was open")

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(crash))
    window = make_window()
    try:
        window.maybe_welcome()
    except RuntimeError:
        pass
    assert not Settings(qsettings).flag("welcomed")


def test_the_reflection_open_at_quit_is_open_again(make_window, store):
    first = store.create(reflection(title="Første"))
    store.create(reflection(title="Anden"))
    window = make_window()
    assert window.journal.editor.current_uuid is None  # nothing was open before
    window.journal.select(first.uuid)
    window.close()
    again = make_window()
    assert again.journal.editor.current_uuid == first.uuid
    assert again.journal.list.selectionModel().selectedRows()[0].row() == again.journal.model.row_of(first.uuid)
    again.close()
    store.delete(first.uuid)
    assert make_window().journal.editor.current_uuid is None  # gone meanwhile: nothing is opened


def test_an_empty_journal_says_how_to_begin(make_window, store, qtbot):
    from journal.ui.actions import CLEAR_FILTER_KEYS, keys_text

    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    journal = window.journal
    assert "Ctrl+N" in journal.list.empty_text and journal.list.empty.isVisible()
    image = journal.list.grab().toImage()
    base = image.pixelColor(1, 1)
    drawn = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, min(120, image.height()), 2)
    }
    assert len(drawn - {base.name()}) > 3  # the words are painted where the rows would be
    store.create(reflection(title="Et møde"))
    journal.reload()
    journal.filter_bar.search.setText("ingenting-her")
    journal.apply_filter(journal.filter_bar.selection())
    clear_keys = keys_text(CLEAR_FILTER_KEYS)  # as the language writes them: Ctrl+Skift+X in Danish
    qtbot.waitUntil(lambda: clear_keys in journal.list.empty_text, timeout=3000)
    assert journal.list.empty.isVisible()
    journal.filter_bar.clear()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=3000)
    assert not journal.list.empty.isVisible()  # a list with rows shows them, not the words


def test_exports_take_their_date_from_the_windows_clock(store, qsettings, translator, qtbot, monkeypatch):
    """One clock for the window: the date an export is made on and the file name it suggests."""
    from datetime import date

    from framework import load_bundled
    from journal.analytics import Period
    from journal.clock import FixedClock
    from journal.ui.main_window import MainWindow

    clock = FixedClock(date(2031, 5, 6))
    suggested = []
    monkeypatch.setattr(SaveFile, "ask", classmethod(lambda cls, parent, title, path, filters: suggested.append(path)))
    read = store.create(reflection(title="Læst"))
    translator.use("da")
    window = MainWindow(store, load_bundled(), Settings(qsettings), translator, clock=clock)
    qtbot.addWidget(window)
    window.export()
    from journal.ui.dialogs.export import FrameworkExportDialog
    from journal.ui.dialogs.reflection_export import ReflectionExportDialog
    from journal.ui.dialogs.report import ReportDialog

    dialogs = [
        FrameworkExportDialog(store, window.framework, "da", window, clock),
        ReportDialog(store, window.framework, Period.last_days(30, clock.today()), "da", window, clock),
        ReflectionExportDialog(store, window.framework, read.uuid, "da", window, clock),
    ]
    for dialog in dialogs:
        assert dialog.options().today == date(2031, 5, 6), type(dialog).__name__
        dialog.export()
    assert all("2031-05-06" in path.name for path in suggested[:2]), suggested
    assert len(suggested) == 4


def test_switching_to_dark_turns_the_sidebar_dark_at_once_and_check_boxes_show(make_window, qapp, qtbot):
    """The sidebar has a style sheet of its own, and stayed white with pale icons until a restart."""
    from PySide6.QtWidgets import QCheckBox

    window = make_window()
    window.appearance = Appearance(qapp)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.appearance.apply("light")
        qtbot.wait(20)
        light = window.nav.grab().toImage().pixelColor(window.nav.width() // 2, window.nav.height() - 10)
        window.appearance.apply("dark")
        qtbot.wait(20)
        dark = window.nav.grab().toImage().pixelColor(window.nav.width() // 2, window.nav.height() - 10)
        assert light.lightness() > 200 and dark.lightness() < 60, (light.name(), dark.name())
        box = QCheckBox()  # an empty check box on the dark palette: its edge stands out from the field
        qtbot.addWidget(box)
        box.show()
        image = box.grab().toImage()
        background = image.pixelColor(image.width() - 2, image.height() // 2)
        contrast = max(
            abs(image.pixelColor(x, y).lightness() - background.lightness())
            for x in range(min(20, image.width()))
            for y in range(image.height())
        )
        assert contrast > 60, contrast
    finally:
        window.appearance.apply("system")


def test_the_retention_rule_asks_once_a_year_and_deletes_when_confirmed(make_window, store, monkeypatch):
    from journal.clock import FixedClock
    from journal.ui.dialogs.retention import RetentionDialog
    from tests.factories import at, reflection

    store.create(reflection(title="Gammel", entry_at=at(2020, 5, 1)))
    store.create(reflection(title="Ny", entry_at=at(2026, 5, 1)))
    window = make_window("en")
    window.clock = FixedClock(date(2026, 12, 2))
    asked = []
    monkeypatch.setattr(RetentionDialog, "ask", classmethod(lambda cls, old, years, parent: asked.append(old) or False))
    window.maybe_retention()
    assert asked == []  # off by default
    window.settings.set("retention_years", "3")
    window.maybe_retention()
    assert [r.title for r in asked[0]] == ["Gammel"]  # kept this year
    window.maybe_retention()
    assert len(asked) == 1  # not again within the year
    window.settings.set_event_date("retention_asked", date(2025, 11, 1))
    monkeypatch.setattr(RetentionDialog, "ask", classmethod(lambda cls, old, years, parent: True))
    window.maybe_retention()
    assert [s.title for s in store.list()] == ["Ny"]
    assert window.journal.model.rowCount() == 1

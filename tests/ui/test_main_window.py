"""The first window: the organisation's framework, in Danish by default, English on request."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from framework import load_bundled
from journal.ui.settings import Settings
from tests.factories import reflection


def view_text(window) -> str:
    return window.framework_view.text.toPlainText()


def test_danish_by_default_shows_the_whole_framework(make_window):
    window = make_window()
    framework = load_bundled()
    text = view_text(window)
    assert window.translator.language == "da"
    assert window.file_menu.title() == "&Filer"
    for theme in framework.themes:
        assert theme.name.get("da") in text
        assert theme.name.get("en") not in text
        for statement in theme.statements:
            assert statement.text.get("da") in text
        for criterion in theme.success_criteria:
            assert criterion.text.get("da") in text
        assert theme.sections[1].paragraphs[0].get("da") in text
    for context in framework.usage_contexts:
        assert context.text.get("da") in text
    assert "Mærk Næstved – sammen om fremtiden" in text


def test_themes_are_shown_in_their_colours(make_window):
    html = make_window().framework_view.text.toHtml().lower()
    for theme in load_bundled().themes:
        assert theme.colour in html


def test_switching_language_takes_effect_at_once_and_is_remembered(make_window, qsettings):
    window = make_window()
    window.actions_.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"
    assert "Collaboration and relations" in view_text(window)
    assert "Samarbejde og relationer" not in view_text(window)
    assert window.actions_.language_actions["en"].isChecked()
    assert Settings(qsettings).language == "en"
    window.actions_.language_actions["da"].trigger()
    assert window.file_menu.title() == "&Filer" and "Samarbejde og relationer" in view_text(window)
    assert qsettings.value("preferences/language") is None  # the default is not written


def test_lang_option_overrides_the_setting_for_one_run(make_window, qsettings):
    window = make_window("en")
    assert window.help_menu.title() == "&Help" and "Citizens and community" in view_text(window)
    assert Settings(qsettings).language == "da"


def test_status_bar_counts_the_journal(make_window, store):
    store.create(reflection())
    store.create(reflection())
    window = make_window()
    assert window._status.text() == f"2 refleksioner i {store.path}"
    window.set_language("en")
    assert window._status.text() == f"2 reflections in {store.path}"
    store.create(reflection())
    store.delete(store.create(reflection()).uuid)
    window.refresh_status()
    assert window._status.text().startswith("3 reflections")


def test_window_geometry_is_remembered(make_window, qtbot):
    window = make_window()
    window.resize(700, 450)  # the offscreen screen is only 800 x 600, so the width is clamped
    window.show()
    qtbot.waitExposed(window)
    window.show_view("framework")
    window.close()
    again = make_window()
    assert again.height() == 450
    assert again.current_view() == "framework"


def test_the_window_renders(make_window, qtbot, tmp_path):
    window = make_window()
    window.show_view("framework")
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    assert not image.isNull() and image.width() >= 1200
    # Not a blank window: the theme bands put their colours on screen.
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert {"#1f8a70", "#2f6db5", "#c0571c"} <= colours
    assert isinstance(image, QImage)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_view_fits_a_small_screen(make_window, store, qtbot, language):
    """A 1024-pixel screen, or a 1366-pixel laptop at 125% (1093): the window may be that narrow
    with every view built, and the rows of toggles wrap instead of being cut."""
    from journal.ui.actions import VIEWS

    store.create(reflection(title="Et langt navn på en refleksion om samarbejde og relationer"))
    window = make_window(language)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    for name in VIEWS:
        window.show_view(name)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 960, name
    window.show_view("journal")
    window.journal.list.setCurrentIndex(window.journal.model.index(0, 0))
    window.resize(900, 640)
    qtbot.wait(20)
    themes = window.journal.editor.themes
    editor = window.journal.editor
    for button in themes.buttons.values():  # each whole, inside the editor
        assert button.isVisible() and themes.rect().contains(button.geometry()), button.text()
        assert button.mapTo(editor, button.rect().bottomRight()).x() <= editor.width()
    rows = {button.y() for button in themes.buttons.values()}
    assert len(rows) > 1  # wrapped


def test_the_about_box_names_a_standalone_builds_date_in_the_windows_language(make_window, monkeypatch):
    from journal import __version__
    from journal.ui import main_window

    window = make_window()
    assert window._version_shown() == __version__  # from the source: no build date
    monkeypatch.setattr(main_window, "build_date", lambda: "2026-12-03")
    assert window._version_shown() == f"{__version__} (bygget 3. december 2026)"

"""Choosing a template while writing (journal.templates): the small "Skabelon" button in the
editor's row of facts, its menu (the reflection model, the built-ins, the leader's own, "Manage
templates…"), and what choosing one does to the text.

Everything the editor needs of templates is here, so that the editor itself holds only the
button: choosing writes the template's headings into the text as one step of its undo, the
guiding questions are drawn under the empty headings (MarkdownEdit.set_questions), and the
button names the template the text is written in, recognised from its headings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from .. import templates
from ..errors import JournalError
from ..templates import REFLECTION_MODEL, Template
from .dates import ui_language
from .i18n import Retranslating

if TYPE_CHECKING:
    from ..store import Store
    from .editor import EntryEditor

LABEL_WIDTH = 150  # pixels of the button's text at most: the row of facts fits a 1024-pixel screen
RECOGNISE_AFTER_MS = 300  # a pause in typing before the button names the template anew


def template_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every template a new reflection can start in, as Settings offers them."""
    language = ui_language()
    return [(REFLECTION_MODEL, templates.model_name(language))] + [
        (t.id, t.name) for t in templates.available(store, language)
    ]


class TemplateChooser(Retranslating, QToolButton):
    """The button and its menu. ``model_action`` is the reflection model's switch (checkable):
    the editor shows the four steps while it is on, as its checkbox did."""

    def __init__(self, editor: EntryEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.store: Store | None = None
        self.setObjectName("templateChooser")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.model_action = QAction(self)
        self.model_action.setCheckable(True)
        self.model_action.toggled.connect(self._show_label)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("templateMenu")
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        self._known: list[Template] = []  # the built-ins, then the leader's own, as last read
        self._recognised: Template | None = None
        self._later = QTimer(self, singleShot=True, interval=RECOGNISE_AFTER_MS)
        self._later.timeout.connect(self._show_label)
        self.retranslate()

    def use(self, store: Store) -> None:
        """The journal whose own templates are offered; from now on the button follows the text."""
        self.store = store
        self.editor.body.textChanged.connect(self._later.start)
        self.refresh()

    def templates(self) -> list[Template]:
        """The built-ins in the interface's language, then the leader's own as last read."""
        return [*templates.built_in(ui_language()), *(t for t in self._known if t.own)]

    def refresh(self) -> None:
        """The leader's own read anew from the journal (after an import, or a change of them); a
        journal that cannot be read now keeps those read before."""
        own = [t for t in self._known if t.own]
        if self.store is not None:
            try:
                own = self.store.own_templates()
            except JournalError:
                pass
        self._known = [*templates.built_in(ui_language()), *own]
        self._show_label()

    def retranslate(self) -> None:
        """The built-ins in the new language; the journal is not read (it may be closing)."""
        self.setAccessibleName(self.tr("Template"))
        self._known = self.templates()
        self._show_label()

    # -- the menu ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.refresh()
        self.menu_.clear()
        self.menu_.addAction(self.model_action)
        self.menu_.addSeparator()
        for template in self._known:
            action = self.menu_.addAction(template.name)
            action.setCheckable(True)
            action.setChecked(template == self._recognised)
            action.triggered.connect(lambda _=False, template=template: self.choose(template))
        self.menu_.addSeparator()
        manage = self.menu_.addAction(self.tr("Manage templates…"))
        manage.triggered.connect(self.manage)

    def choose(self, template: Template) -> None:
        """Write in ``template``: its headings in a text with nothing written yet, else the
        sections it lacks at the end; one step of the text's undo. The cursor goes to the first
        section to write in."""
        body = self.editor.body
        text = body.toPlainText()
        written = templates.with_template(text, template)
        start = 0 if not templates.has_writing(text) else len(text.rstrip("\n"))
        cursor = body.textCursor()
        if written != text:
            cursor.beginEditBlock()
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(written[start:])
            cursor.endEditBlock()
        empty = templates.first_empty_section(written[start:])
        cursor.setPosition(start + empty if empty is not None else len(written))
        body.setTextCursor(cursor)
        body.setFocus()
        self._show_label()

    def place_cursor(self) -> bool:
        """In a text of a template's empty headings, the cursor to its first section; False (and
        nothing moved) for a text with anything written in it."""
        body = self.editor.body
        text = body.toPlainText()
        empty = None if templates.has_writing(text) else templates.first_empty_section(text)
        if empty is None:
            return False
        cursor = body.textCursor()
        cursor.setPosition(empty)
        body.setTextCursor(cursor)
        return True

    def manage(self) -> None:
        from .dialogs.templates import TemplatesDialog

        if self.store is None:
            return
        TemplatesDialog(self.store, self.window(), select=self._recognised).exec()
        self.refresh()

    # -- the button's words ------------------------------------------------------------------------

    def _show_label(self) -> None:
        body = getattr(self.editor, "body", None)
        if body is None:  # the editor is still making its parts
            return
        recognised = templates.recognise(body.toPlainText(), self._known)
        self._recognised = recognised
        if recognised is not None:
            label = recognised.label
        elif self.model_action.isChecked():
            label = self.tr("Reflection model")
        else:
            label = self.tr("Template")
        self.setText(self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
        self.setToolTip(
            (recognised.name + "\n\n" if recognised else "")
            + self.tr("Write in a template: Gibbs, Kolb, Rolfe, the reflection model, or one of your own")
        )
        # The recognised template's questions first, where two templates share a heading.
        known = ([recognised] if recognised else []) + self._known
        body.set_questions(templates.questions(known))
        body.setAccessibleDescription(
            "\n".join(f"{s.heading}: {s.question}" for s in recognised.sections if s.question) if recognised else ""
        )

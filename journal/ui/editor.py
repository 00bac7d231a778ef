"""The entry editor: everything one reflection holds, with no Save button (the journal view
saves what changes, see journal_view.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framework import Framework
from framework.personal import OwnCriterion

from ..model import Reflection
from ..templates import has_writing
from ..words import word
from .actions import NEW_KEYS, keys_text
from .dates import DateTimeEdit, ui_language
from .fields import ContextCombo, CriteriaPicker, NextStepsEditor, StakeholderPicker, TagEdit, ThemeToggles
from .i18n import Retranslating
from .markdown_edit import MarkdownEdit, MarkdownPreview
from .suggestion_bar import SuggestionBar
from .templates import TemplateChooser
from .widgets import let_undo_fall_through

TEMPLATE_FIELDS = ("situation", "action", "outcome", "learning")


TEXT_SCALE = 1.1  # the text being written, this much larger than the window's: read for long at a time
TEXT_STEP = 1.0  # points a Ctrl++ or Ctrl+- adds or takes
FOCUS_MEASURE = 70  # characters a line holds in focus mode: a comfortable measure
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class EntryEditor(Retranslating, QWidget):
    changed = Signal()  # the user edited something

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        self._original: Reflection | None = None
        self._loading = False
        self._when_edited = False

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")
        # The page shown when no reflection is open: the hint, and below it what the journal view
        # puts there (On this day), the whole scrolled should it be taller than the window.
        empty = QWidget()
        self.empty_page = QVBoxLayout(empty)
        self.empty_page.addStretch(1)
        self.empty_page.addWidget(self.empty_hint)
        self.empty_page.addStretch(1)
        empty_scroll = QScrollArea()
        empty_scroll.setWidget(empty)
        empty_scroll.setWidgetResizable(True)
        empty_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages.addWidget(empty_scroll)
        page = QWidget()
        self.pages.addWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)

        # The title on a row of its own, so that it has the width to be read; below it when it
        # happened, whether it is private, the reflection model, and the themes.
        self.title = QLineEdit()
        self.title.setObjectName("titleEdit")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.title.returnPressed.connect(self.focus_body_end)  # Enter: on to the text, as in a mail
        # Beside the title, the star (a favourite): a small button, not a labelled box, so that
        # the row below still fits a 1024-pixel screen.
        self.starred = QToolButton()
        self.starred.setObjectName("starToggle")
        self.starred.setCheckable(True)
        self.starred.setAutoRaise(True)
        self.starred.setFont(font)
        self.starred.toggled.connect(self._show_star)
        self._show_star(False)
        self.word_count = QLabel()  # beside the title, where the row has room to give (and in focus mode)
        self.word_count.setObjectName("wordCount")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.word_count)
        heading.addWidget(self.starred)
        layout.addLayout(heading)
        facts = QHBoxLayout()
        self.when = DateTimeEdit()
        facts.addWidget(self.when)
        self.private = QCheckBox()
        facts.addWidget(self.private)
        # Templates (journal/ui/templates.py): the reflection model's switch is the first choice of
        # the chooser's menu; ``template`` is that switch, as the checkbox it replaced was.
        self.template_chooser = TemplateChooser(self)
        self.template = self.template_chooser.model_action
        facts.addWidget(self.template_chooser)
        facts.addStretch(1)
        layout.addLayout(facts)
        self._facts = [self.when, self.private, self.template_chooser]  # hidden in focus mode
        self.themes = ThemeToggles(framework, language)
        layout.addWidget(self.themes)
        self.suggestions = SuggestionBar()  # filled by the journal view after a pause in typing
        self.suggestions.accepted.connect(self.accept_suggestion)
        layout.addWidget(self.suggestions)

        # Body and preview, and below them the details
        self.body = MarkdownEdit()
        self.body.setObjectName("bodyEdit")
        self.preview = MarkdownPreview()
        self.preview.setObjectName("preview")
        self.format_bar = QToolBar()
        self.format_bar.setObjectName("formatBar")
        # Writing gets the room: the preview is shown when asked for, with the window's Preview
        # action (see show_preview_with), which comes first in the bar: in a narrow window the bar
        # hides its last buttons, and the formatting also has keys.
        self.preview_toggle = None
        self.preview.setVisible(False)
        self.format_bar.addSeparator()
        for action in self.body.actions_by_name.values():
            self.format_bar.addAction(action)

        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.format_bar)
        self.body_split = QSplitter(Qt.Orientation.Horizontal)
        self.body_split.setObjectName("bodySplit")
        self.body_split.addWidget(self.body)
        self.body_split.addWidget(self.preview)
        self.body_split.setChildrenCollapsible(False)
        writing_layout.addWidget(self.body_split, 1)

        self.template_box = QGroupBox()
        template_form = QFormLayout(self.template_box)
        self.template_edits: dict[str, QPlainTextEdit] = {}
        self.template_labels: dict[str, QLabel] = {}
        for name in TEMPLATE_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setObjectName(f"template-{name}")
            label = QLabel()
            label.setBuddy(edit)
            template_form.addRow(label, edit)
            self.template_edits[name] = edit
            self.template_labels[name] = label
        writing_layout.addWidget(self.template_box)

        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.criteria = CriteriaPicker(framework, language)
        self.context = ContextCombo(framework, language)
        self.stakeholders = StakeholderPicker()
        self.tags = TagEdit()
        self.next_steps = NextStepsEditor()
        self.form_labels: dict[str, QLabel] = {}
        for name, widget in (
            ("criteria", self.criteria),
            ("context", self.context),
            ("stakeholders", self.stakeholders),
            ("tags", self.tags),
            ("next_steps", self.next_steps),
        ):
            label = QLabel()
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.form_labels[name] = label
        self.details_scroll = details_scroll = QScrollArea()
        details_scroll.setWidget(details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("editorSplit")
        self.split.addWidget(writing)
        self.split.addWidget(details_scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.split, 1)

        self.template_box.setVisible(False)
        self.template.toggled.connect(self.template_box.setVisible)
        self.body.textChanged.connect(lambda: self.preview.show_markdown(self.body.toPlainText()))
        for text in (self.body, *self.template_edits.values()):
            text.textChanged.connect(self._count_words)
        self.set_text_size(0)
        self.when.dateTimeChanged.connect(self._when_changed)
        for signal in (
            self.title.textEdited,
            self.private.toggled,
            self.starred.toggled,
            self.template.toggled,
            self.themes.changed,
            self.body.textChanged,
            self.criteria.changed,
            self.context.changed,
            self.stakeholders.changed,
            self.tags.changed,
            self.next_steps.changed,
            *(edit.textChanged for edit in self.template_edits.values()),
        ):
            signal.connect(self._edited)
        self._set_tab_order()
        let_undo_fall_through(self.title, self.body, self.tags, *self.template_edits.values())
        self.retranslate()
        self.load(None)

    def _set_tab_order(self) -> None:
        """Writing first: from the title, Tab goes to the text (and the reflection model's steps),
        then to what it is tagged with, and last to the date, which takes a Tab per part."""
        order = [
            self.title,
            self.body,
            *self.template_edits.values(),
            *self.themes.buttons.values(),
            self.criteria.button,
            self.context,
            *self.stakeholders.buttons.values(),
            self.tags,
            self.next_steps.add_button,
            self.when,
            self.private,
            self.starred,
            self.template_chooser,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_preview_with(self, action: QAction) -> None:
        """The window's one Preview action, first in the format bar, shows and hides the preview."""
        self.preview_toggle = action
        self.format_bar.insertAction(self.format_bar.actions()[0], action)
        action.toggled.connect(self.preview.setVisible)
        self.preview.setVisible(action.isChecked())

    # -- language ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        for widget in (self.themes, self.criteria, self.context):
            widget.set_language(language)

    def retranslate(self) -> None:
        """The editor's own texts from Qt's translation; a reflection's field names and the
        reflection model's steps from the core's catalogue, which the exports and the command
        line use too, in the interface's language."""
        language = ui_language()
        self.empty_hint.setText(
            self.tr("No reflection is open.\n\nChoose one in the list, or press %1 to write a new one.").replace(
                "%1", keys_text(NEW_KEYS)
            )
        )
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setToolTip(self.tr("When it happened"))
        self.private.setText(word(language, "reflection.private"))
        self.private.setToolTip(
            self.tr("Private reflections are left out of exports and reports unless you include them")
        )
        self.starred.setAccessibleName(word(language, "reflection.starred"))
        self.starred.setToolTip(
            self.tr("Star it: a favourite, which the ★ beside the search shows alone (%1)").replace("%1", "Ctrl+D")
        )
        self.template.setText(word(language, "template.model"))
        self.template.setToolTip(
            self.tr("Write in steps: situation, what I did, what happened, what I learn, next step")
        )
        self.body.setPlaceholderText(self.tr("Write in Markdown: **bold**, *italic*, - lists …"))
        self.body.setAccessibleName(self.tr("Text"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.details_scroll.setAccessibleName(self.tr("What the reflection is tagged with"))
        self.template_box.setTitle(self.tr("Reflection model"))
        hints = {
            "situation": self.tr("What happened, where, and who was involved?"),
            "action": self.tr("What did you do or say, and why?"),
            "outcome": self.tr("How did it go, and how did others react?"),
            "learning": self.tr("What do you take with you? What would you do again, or differently?"),
        }
        for name, hint in hints.items():
            label = word(language, f"reflection.step.{name}")
            self.template_labels[name].setText(label)
            self.template_edits[name].setPlaceholderText(hint)
            self.template_edits[name].setAccessibleName(label)
        form = {
            "criteria": word(language, "reflection.criteria"),
            "context": word(language, "reflection.context"),
            "stakeholders": word(language, "reflection.stakeholders"),
            "tags": word(language, "reflection.tags"),
            "next_steps": word(language, "reflection.next_steps"),
        }
        for name, text in form.items():
            self.form_labels[name].setText(text)
        self.context.setAccessibleName(form["context"])
        self.tags.setAccessibleName(form["tags"])
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. budget, trivsel"))

    # -- content --------------------------------------------------------------------------

    @property
    def current_uuid(self) -> str | None:
        return self._original.uuid if self._original else None

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags.set_known_tags(tags)

    def set_own_criteria(self, criteria: list[OwnCriterion], offered: set[str]) -> None:
        self.criteria.set_own_criteria(criteria, offered)

    def load(self, reflection: Reflection | None) -> None:
        """Show ``reflection`` (None: the empty page). Emits nothing: loading is not editing."""
        self._original = reflection
        self._loading = True
        try:
            self.suggestions.show_suggestions([])  # the journal view asks anew for this one
            if reflection is None:
                self.pages.setCurrentIndex(0)
                return
            self.pages.setCurrentIndex(1)
            self.title.setText(reflection.title)
            self.when.setDateTime(QDateTime(reflection.entry_at.date(), reflection.entry_at.time()))
            self._when_edited = False
            self.private.setChecked(reflection.private)
            self.starred.setChecked(reflection.starred)
            self.themes.set_value(reflection.theme_ids)
            self.template.setChecked(reflection.template)
            self.template_box.setVisible(reflection.template)
            self.body.setPlainText(reflection.body)
            self.preview.show_markdown(reflection.body, at_once=True)
            for name, edit in self.template_edits.items():
                edit.setPlainText(getattr(reflection, name))
            self.criteria.set_value(reflection.criterion_ids)
            self.context.set_value(reflection.context_id)
            self.stakeholders.set_value(reflection.stakeholders)
            self.tags.set_value(reflection.tags)
            self.next_steps.set_value(reflection.next_steps)
        finally:
            self._loading = False

    def reflection(self) -> Reflection | None:
        """What the editor holds now, as a reflection (None if nothing is open)."""
        if self._original is None:
            return None
        entry_at = self._original.entry_at
        if self._when_edited:
            entry_at = self.when.dateTime().toPython().replace(second=0, microsecond=0).astimezone()
        return replace(
            self._original,
            entry_at=entry_at,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            private=self.private.isChecked(),
            starred=self.starred.isChecked(),
            template=self.template.isChecked(),
            theme_ids=self.themes.value(),
            criterion_ids=self.criteria.value(),
            context_id=self.context.value(),
            stakeholders=self.stakeholders.value(),
            tags=self.tags.value(),
            next_steps=self.next_steps.value(),
            **{name: edit.toPlainText() for name, edit in self.template_edits.items()},
        )

    def is_blank(self) -> bool:
        """Nothing written yet: a new reflection that is not worth keeping."""
        current = self.reflection()
        return current is None or not (
            current.title
            or has_writing(current.body)  # a template's empty headings alone are nothing written
            or any(getattr(current, n).strip() for n in TEMPLATE_FIELDS)
            or current.next_steps
        )

    def highlight(self, query: str) -> None:
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlphaF(0.35)
        self.body.highlight(query, colour)

    def focus_title(self) -> None:
        self.title.setFocus()

    # -- a calm place to write ----------------------------------------------------------------

    def _count_words(self) -> None:
        words = sum(len(_WORD.findall(edit.toPlainText())) for edit in (self.body, *self.template_edits.values()))
        self.word_count.setText(self.tr("%n word(s)", "", words))

    def set_text_size(self, steps: int) -> None:
        """The text being written and read, TEXT_STEP points larger (or smaller) a step, from a
        size a little above the window's own (Ctrl++, Ctrl+-, Ctrl+0)."""
        base = QApplication.font().pointSizeF() * TEXT_SCALE
        for widget in (self.body, self.preview, *self.template_edits.values()):
            font = QFont(widget.font())
            font.setPointSizeF(max(6.0, base + steps * TEXT_STEP))
            widget.setFont(font)
        self.body.document().setDocumentMargin(8)
        self.body.set_measure(self.body.measure)  # the column's width follows the font

    def set_focus_mode(self, on: bool) -> None:
        """The editor alone: the title and the text, in a column of about FOCUS_MEASURE
        characters; what it is tagged with comes back when focus mode ends."""
        for widget in (*self._facts, self.themes, self.details_scroll, self.format_bar):
            widget.setVisible(not on)
        self.suggestions.setVisible(not on and bool(self.suggestions.buttons))
        self.template_box.setVisible(not on and self.template.isChecked())
        self.body.set_measure(FOCUS_MEASURE if on else None)
        if not self.title.hasFocus():
            self.title.home(False)  # its start in view again in the narrower field

    def accept_suggestion(self, kind: str, key: str) -> None:
        """Add a suggested theme, success criterion or context (one click on its button)."""
        if kind == "theme":
            self.themes.set_value(tuple(sorted({*self.themes.value(), key})))
        elif kind == "criterion":
            self.criteria.set_value((*self.criteria.value(), key))
        elif kind == "context":
            self.context.set_value(key)
        self.suggestions.drop(kind, key)
        self._edited()

    def _show_star(self, on: bool) -> None:
        self.starred.setText("★" if on else "☆")

    def toggle_star(self) -> None:
        """Star the open reflection, or take its star away (Ctrl+D); saved as any change is."""
        if self._original is not None:
            self.starred.toggle()

    def focus_body_end(self) -> None:
        self.body.setFocus()
        if not self.template_chooser.place_cursor():  # a template's headings: at the first section
            self.body.moveCursor(self.body.textCursor().MoveOperation.End)

    def _when_changed(self) -> None:
        if not self._loading:
            self._when_edited = True
            self.changed.emit()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

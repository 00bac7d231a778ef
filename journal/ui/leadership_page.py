"""The "How I lead" part of the personal framework: per theme, the organisation's statements,
why and success criteria beside the leader's own words and own success criteria, and the balance
across the themes the leader aims for."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from framework import Framework, Theme
from framework.personal import OWN_CRITERION_PREFIX, OwnCriterion, PersonalFramework, TargetBalance

from ..model import new_uuid
from .flow_layout import FlowLayout
from .i18n import Retranslating
from .markdown_edit import MarkdownEdit
from .style import styled


class CriterionText:
    """Asking for the words of an own success criterion (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return value.strip() if ok and value.strip() else None


class ThemeBlock(Retranslating, QGroupBox):
    """One theme: the organisation's words on the left, the leader's on the right."""

    changed = Signal()

    def __init__(self, framework: Framework, theme: Theme, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.theme = theme
        self.language = language
        self._own: list[OwnCriterion] = []
        self.setObjectName(f"themeBlock-{theme.id}")
        styled(self, "theme-block", theme.colour)
        grid = QGridLayout(self)
        self.organisation = QLabel()
        self.organisation.setWordWrap(True)
        self.organisation.setTextFormat(Qt.TextFormat.RichText)
        self.organisation.setObjectName("organisationWords")
        self.organisation.setFrameShape(QFrame.Shape.StyledPanel)
        self.organisation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.organisation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.organisation, 0, 0, 3, 1)
        self.own_label = QLabel()
        grid.addWidget(self.own_label, 0, 1)
        self.text = MarkdownEdit()
        self.text.setObjectName(f"themeText-{theme.id}")
        self.text.setMinimumHeight(110)
        grid.addWidget(self.text, 1, 1)
        criteria_box = QVBoxLayout()
        self.criteria_label = QLabel()
        criteria_box.addWidget(self.criteria_label)
        self.criteria = QListWidget()
        self.criteria.setObjectName(f"ownCriteria-{theme.id}")
        self.criteria.setMaximumHeight(110)
        self.criteria.setWordWrap(True)
        criteria_box.addWidget(self.criteria)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.retire_button = QPushButton()
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        criteria_box.addLayout(buttons)
        grid.addLayout(criteria_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.text.textChanged.connect(self.changed)
        self.add_button.clicked.connect(self.add_criterion)
        self.edit_button.clicked.connect(self.edit_criterion)
        self.retire_button.clicked.connect(self.retire_criterion)
        self.criteria.currentRowChanged.connect(lambda _: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.theme.name.get(self.language))
        self.own_label.setText(self.tr("How I lead in this theme"))
        self.text.setAccessibleName(self.tr("My own words on %1").replace("%1", self.theme.name.get(self.language)))
        self.text.setPlaceholderText(self.tr("What do I do, concretely, in this theme? Write in the first person."))
        self.criteria_label.setText(self.tr("My own success criteria"))
        self.criteria.setAccessibleName(
            self.tr("My own success criteria for %1").replace("%1", self.theme.name.get(self.language))
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.retire_button.setText(self.tr("Retire"))
        self.retire_button.setToolTip(self.tr("No longer offered for new reflections; old reflections keep it"))
        lang = self.language
        colour = self.theme.colour

        def section(part) -> str:
            if not part.heading:  # the lines under the theme's name: its statements
                points = "".join(f"<p><b>{escape(p.text.get(lang))}</b></p>" for p in part.points)
            else:
                points = "".join(
                    f"<p><span style='color:{colour}'>&#9679;</span> {escape(p.text.get(lang))}</p>"
                    for p in part.points
                )
            return (
                (f"<p><i>{escape(part.heading.get(lang))}</i></p>" if part.heading else "")
                + "".join(f"<p>{escape(p.get(lang))}</p>" for p in part.paragraphs)
                + points
            )

        says = self.tr("The organisation says")
        self.organisation.setText(
            f"<p style='color:{colour}'>{escape(says)}</p>" + "".join(section(part) for part in self.theme.sections)
        )
        self._show_criteria()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    # -- content ------------------------------------------------------------------------------

    def load(self, text: str, own: list[OwnCriterion]) -> None:
        self.text.blockSignals(True)
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
        self.text.blockSignals(False)
        self._own = [c for c in own if c.theme_id == self.theme.id]
        self._show_criteria()

    def own_criteria(self) -> list[OwnCriterion]:
        return list(self._own)

    def _show_criteria(self) -> None:
        row = self.criteria.currentRow()
        self.criteria.clear()
        for criterion in self._own:
            if criterion.active:
                item = QListWidgetItem(criterion.text)
                item.setData(Qt.ItemDataRole.UserRole, criterion.id)
                self.criteria.addItem(item)
        self.criteria.setCurrentRow(min(row, self.criteria.count() - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.criteria.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    def _current(self) -> OwnCriterion | None:
        item = self.criteria.currentItem()
        cid = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((c for c in self._own if c.id == cid), None)

    def add_criterion(self) -> None:
        text = CriterionText.ask(
            self,
            self.tr("New success criterion"),
            self.tr("A success criterion of your own for %1:").replace("%1", self.theme.name.get(self.language)),
        )
        if text:
            self._own.append(
                OwnCriterion(OWN_CRITERION_PREFIX + new_uuid()[:8], self.theme.id, text, datetime.now(UTC))
            )
            self._show_criteria()
            self.criteria.setCurrentRow(self.criteria.count() - 1)
            self.changed.emit()

    def edit_criterion(self) -> None:
        current = self._current()
        if current is None:
            return
        text = CriterionText.ask(
            self, self.tr("Edit success criterion"), self.tr("Your success criterion:"), current.text
        )
        if text and text != current.text:
            self._own = [replace(c, text=text) if c.id == current.id else c for c in self._own]
            self._show_criteria()
            self.changed.emit()

    def retire_criterion(self) -> None:
        current = self._current()
        if current is not None:
            now = datetime.now(UTC)
            self._own = [replace(c, retired_at=now) if c.id == current.id else c for c in self._own]
            self._show_criteria()
            self.changed.emit()


class BalanceEditor(Retranslating, QWidget):
    """The share of reflections the leader aims for per theme, in whole percent summing to 100."""

    changed = Signal()

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.language = language
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        outer.addWidget(self.enabled)
        shares = QWidget()
        layout = FlowLayout(shares, spacing=12)  # each theme's share wraps onto a row of its own when narrow
        outer.addWidget(shares)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for theme in framework.themes:
            label = QLabel()
            styled(label, "theme-label", theme.colour)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setObjectName(f"balance-{theme.id}")
            label.setBuddy(spin)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(spin)
            layout.addWidget(pair)
            self.spins[theme.id] = spin
            self.labels[theme.id] = label
            spin.valueChanged.connect(lambda _: self._edited())
        self.sum = QLabel()
        self.sum.setObjectName("balanceSum")
        styled(self.sum, "balance-sum")
        self.sum.setWordWrap(True)
        layout.addWidget(self.sum)
        self.enabled.toggled.connect(lambda _: self._edited())
        self.retranslate()

    def retranslate(self) -> None:
        self.enabled.setText(self.tr("I aim for this balance:"))
        for theme in self.framework.themes:
            self.labels[theme.id].setText(theme.name.get(self.language))
            self.spins[theme.id].setAccessibleName(theme.name.get(self.language))
        self._show_sum()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def load(self, target: TargetBalance | None) -> None:
        widgets = [self.enabled, *self.spins.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.enabled.setChecked(target is not None)
        shares = target or TargetBalance.even(self.framework.theme_ids)
        for theme_id, spin in self.spins.items():
            spin.setValue(shares.share(theme_id))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_sum()

    def total(self) -> int:
        return sum(spin.value() for spin in self.spins.values())

    def value(self) -> TargetBalance | None:
        """The balance aimed for; None when switched off or while the shares do not add up."""
        if not self.enabled.isChecked() or self.total() != 100:
            return None
        return TargetBalance.of({theme_id: spin.value() for theme_id, spin in self.spins.items()})

    def _edited(self) -> None:
        self._show_sum()
        self.changed.emit()

    def _show_sum(self) -> None:
        for spin in self.spins.values():
            spin.setEnabled(self.enabled.isChecked())
        total = self.total()
        if not self.enabled.isChecked():
            self.sum.setText("")
        elif total == 100:
            self.sum.setText(self.tr("= 100 %"))
            self._mark_problem(False)
        else:
            self.sum.setText(self.tr("= %1 % – the shares must add up to 100 %").replace("%1", str(total)))
            self._mark_problem(True)

    def _mark_problem(self, problem: bool) -> None:
        """Red while the shares do not add up (resources/style.qss, balance-sum)."""
        if self.sum.property("problem") != problem:
            self.sum.setProperty("problem", problem)
            self.sum.style().unpolish(self.sum)
            self.sum.style().polish(self.sum)


class LeadershipPage(QWidget):
    """Everything under "How I lead": balance, and one block per theme."""

    changed = Signal()

    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.balance = BalanceEditor(framework, language)
        layout.addWidget(self.balance)
        self.blocks = {theme.id: ThemeBlock(framework, theme, language) for theme in framework.themes}
        for block in self.blocks.values():
            layout.addWidget(block)
            block.changed.connect(self.changed)
        self.balance.changed.connect(self.changed)
        self._last_target: TargetBalance | None = None

    def set_language(self, language: str) -> None:
        self.balance.set_language(language)
        for block in self.blocks.values():
            block.set_language(language)

    def load(self, document: PersonalFramework) -> None:
        # A target set for another framework's themes is not shown as this one's; it is kept
        # (apply leaves it) until the leader sets one for these themes.
        fits = document.target is not None and document.target.fits(self.framework.theme_ids)
        self.balance.load(document.target if fits else None)
        self._last_target = document.target
        for theme_id, block in self.blocks.items():
            block.load(document.theme_text(theme_id), list(document.own_criteria))

    def apply(self, document: PersonalFramework) -> PersonalFramework:
        """``document`` with this page's edits; a balance that does not add up keeps the last one."""
        for theme_id, block in self.blocks.items():
            document = document.with_theme_text(theme_id, block.text.toPlainText())
        ordered_ids = [c.id for c in document.own_criteria]
        edited = {c.id: c for block in self.blocks.values() for c in block.own_criteria()}
        own = [edited.get(c.id, c) for c in document.own_criteria]
        own += [c for cid, c in edited.items() if cid not in ordered_ids]
        target = self.balance.value()
        if self.balance.enabled.isChecked() and target is None:
            target = self._last_target  # being edited: keep what was valid
        elif not self.balance.enabled.isChecked():
            earlier = self._last_target is not None and not self._last_target.fits(self.framework.theme_ids)
            target = self._last_target if earlier else None  # another framework's, left as it was
        self._last_target = target
        return replace(document, own_criteria=tuple(own), target=target)

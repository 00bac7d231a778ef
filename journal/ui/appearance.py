"""Light and dark appearance: follow the system, or the leader's choice.

"system" leaves style and palette to Qt, which follows the desktop (dark mode included, where the
platform tells). "light" and "dark" use the Fusion style with an explicit palette, which looks
the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from .style import polish_again

# Fusion draws a check box's edge a shade darker than the window: on a dark window it vanishes.
_CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)
_CHECK_EDGE_FROM = QColor("#b4bac1")  # Fusion darkens this to a grey that shows on the dark palette


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#26292d",
        role.WindowText: "#e6e8ea",
        role.Base: "#1d1f22",
        role.AlternateBase: "#2b2e33",
        role.ToolTipBase: "#2b2e33",
        role.ToolTipText: "#e6e8ea",
        role.Text: "#e6e8ea",
        role.Button: "#2f3338",
        role.ButtonText: "#e6e8ea",
        role.BrightText: "#ffffff",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fb0ff",
        role.LinkVisited: "#b59cff",
        role.PlaceholderText: "#8b929a",
        role.Light: "#3a3f45",
        role.Midlight: "#33373c",
        role.Mid: "#4a5057",
        role.Dark: "#16181a",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#6c737a"))
    return palette


class DarkStyle(QProxyStyle):
    """Fusion on the dark palette, with check boxes whose edges can be seen (empty ones were
    invisible in lists, such as the success criteria, and beside "Private")."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element in _CHECKS:
            option = type(option)(option)
            option.palette.setColor(QPalette.ColorRole.Window, _CHECK_EDGE_FROM)
        super().drawPrimitive(element, option, painter, widget)


class Appearance:
    """Remembers how the app looked at start, so that "system" can go back to it."""

    def __init__(self, app: QApplication):
        self.app = app
        self._system_style = app.style().name()
        self._system_palette = QPalette(app.palette())
        self.mode = "system"

    def apply(self, mode: str) -> None:
        self.mode = mode
        if mode == "system":
            self.app.setStyle(QStyleFactory.create(self._system_style) or self._system_style)
            self.app.setPalette(self._system_palette)
        else:
            self.app.setStyle(DarkStyle() if mode == "dark" else QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette() if mode == "dark" else self.app.style().standardPalette())
        polish_again()  # a style sheet's palette(...) colours: the sidebar stayed white after a switch to dark

    def is_dark(self) -> bool:
        if self.mode == "system":
            return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.mode == "dark"

"""Light, dark, or as the system says: one palette for the whole app (View -> Theme, and the
Preferences), and the colours a price change flashes in (green up, red down; the other way round
where red means up, as in China)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_GREEN, _RED = QColor("#2e9d4a"), QColor("#d64541")


def is_dark(theme: str) -> bool:
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(app: QApplication, theme: str) -> None:
    """Set the app's palette for ``theme`` ("system", "light" or "dark")."""
    if theme == "system":
        app.styleHints().unsetColorScheme()
    else:
        scheme = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
        app.styleHints().setColorScheme(scheme)
    app.setPalette(dark_palette() if is_dark(theme) else app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e6e6e6", roles.Base: "#1e1e1e",
        roles.AlternateBase: "#262626", roles.ToolTipBase: "#3a3a3a", roles.ToolTipText: "#f0f0f0",
        roles.Text: "#e6e6e6", roles.Button: "#353535", roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b", roles.Link: "#6cb4ff", roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff", roles.PlaceholderText: "#8c8c8c",
        roles.LinkVisited: "#b48cff", roles.Mid: "#3c3c3c", roles.Dark: "#1a1a1a",
        roles.Midlight: "#444444", roles.Light: "#505050", roles.Shadow: "#000000",
    }  # fmt: skip
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def red_means_up(choice: str, locale: str) -> bool:
    """``choice`` is the preference ("auto", "green", "red": the colour of a rise)."""
    if choice == "auto":
        return locale.startswith("zh")
    return choice == "red"


def change_colours(up_is_red: bool) -> tuple[QColor, QColor]:
    """(rise, fall)."""
    return (_RED, _GREEN) if up_is_red else (_GREEN, _RED)

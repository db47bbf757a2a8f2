"""A link shown as plain text (never rich text) that opens only http(s) URLs."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QKeyEvent, QMouseEvent, QPalette, Qt
from PySide6.QtWidgets import QLabel, QWidget

from explorer.catalogue.links import is_web_url
from explorer.qt.models.display_text import tooltip


def open_web_link(url: str) -> bool:
    """Open ``url`` in the browser if, and only if, it is an http(s) link."""
    if not is_web_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))


class LinkLabel(QLabel):
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # a long link breaks (after "/", "?", …) rather than widen its pane
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._url = ""
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.setStyleSheet("LinkLabel:focus { border: 1px dotted palette(highlight); }")

    def set_link(self, url: str | None, text: str | None = None) -> None:
        self._url = url if url and is_web_url(url) else ""
        self.setText(text or url or "—")
        self.setToolTip(tooltip(self._url) or "")
        # Reachable with Tab only when there is something to open; a dotted frame shows it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self._url else Qt.FocusPolicy.NoFocus)
        self.setCursor(
            QCursor(Qt.CursorShape.PointingHandCursor if self._url else Qt.CursorShape.ArrowCursor)
        )
        font = self.font()
        font.setUnderline(bool(self._url))
        self.setFont(font)

    def url(self) -> str:
        return self._url

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """A link with the keyboard focus opens with Enter or Space, as a button would."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self._url and event.key() in keys:
            self.activated.emit(self._url)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._url and event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.activated.emit(self._url)

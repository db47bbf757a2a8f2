"""The framed place for live prices under the detail pane."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


class TickerFrame(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickerFrame")
        self.setTitle(self.tr("Live prices"))
        self.message = QLabel(self.tr("Select an exchange to see its live prices."))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_message(self, text: str) -> None:
        self.message.setText(text)

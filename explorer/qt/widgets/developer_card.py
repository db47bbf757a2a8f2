"""The developer card: what ccxt says an exchange's public API offers, its rate limit, WebSocket
support, certification, DEX or not, fees and documentation. Each value says on hover which
snapshot (ccxt release) it comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from explorer.catalogue.model import CcxtCard, Snapshot
from explorer.qt.models.display_text import tooltip
from explorer.qt.widgets.link_label import LinkLabel
from explorer.text import QT_TRANSLATE_NOOP

MAX_DOC_LINKS = 3
MAX_HOSTS_SHOWN = 4


def _tr(text: str) -> str:
    """``text`` (a literal marked where it is written) in the user's language."""
    return QCoreApplication.translate("DeveloperCard", text)


# Capability key -> its name for a person (translated where shown).
CAPABILITY_NAMES = {
    "ticker": QT_TRANSLATE_NOOP("DeveloperCard", "Ticker"),
    "tickers": QT_TRANSLATE_NOOP("DeveloperCard", "All tickers at once"),
    "ohlcv": QT_TRANSLATE_NOOP("DeveloperCard", "Candles (OHLCV)"),
    "order_book": QT_TRANSLATE_NOOP("DeveloperCard", "Order book"),
    "trades": QT_TRANSLATE_NOOP("DeveloperCard", "Recent trades"),
    "watch_ticker": QT_TRANSLATE_NOOP("DeveloperCard", "Ticker over WebSocket"),
}


def support_text(support: str) -> str:
    if support == "yes":
        return "✓ " + QCoreApplication.translate("DeveloperCard", "yes")
    if support == "emulated":
        return "✓ " + QCoreApplication.translate("DeveloperCard", "emulated (from another call)")
    return "✗ " + QCoreApplication.translate("DeveloperCard", "no")


def percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{fraction * 100:.3g} %"


def rate_limit_text(milliseconds: float | None) -> str:
    if not milliseconds:
        return "—"
    return (
        QCoreApplication.translate("DeveloperCard", "%1 ms between requests (at most %2 a second)")
        .replace("%1", f"{milliseconds:g}")
        .replace("%2", f"{1000 / milliseconds:.3g}")
    )


def snapshot_text(snapshot: Snapshot | None, key: str) -> str:
    """ "From ccxt 4.5.90 (Python package), 2026-10-23": where a value comes from."""
    if snapshot is None:
        return QCoreApplication.translate("DeveloperCard", "From %1").replace("%1", key)
    title = snapshot.title + (f", {snapshot.date}" if snapshot.date else "")
    return QCoreApplication.translate("DeveloperCard", "From %1").replace("%1", title)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class DeveloperCard(QGroupBox):
    linkActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DeveloperCard", "For developers"), parent)
        self.setObjectName("developerCard")
        self.badges = _plain()
        self.badges.setObjectName("developerBadges")
        self.capabilities: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (key, name) in enumerate(CAPABILITY_NAMES.items()):
            grid.addWidget(_plain(_tr(name)), row // 2, (row % 2) * 2)
            value = _plain()
            value.setObjectName(f"capability_{key}")
            self.capabilities[key] = value
            grid.addWidget(value, row // 2, (row % 2) * 2 + 1)
        self.rate_limit = _plain()
        self.api_version = _plain()
        self.fees = _plain()
        self.fees_page = LinkLabel()
        self.api_hosts = _plain()
        self.docs = [LinkLabel() for _ in range(MAX_DOC_LINKS)]
        for link in (self.fees_page, *self.docs):
            link.activated.connect(self.linkActivated)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeveloperCard", "Rate limit:"), self.rate_limit)
        form.addRow(QCoreApplication.translate("DeveloperCard", "API version:"), self.api_version)
        form.addRow(QCoreApplication.translate("DeveloperCard", "Trading fees:"), self.fees)
        form.addRow(QCoreApplication.translate("DeveloperCard", "Fee schedule:"), self.fees_page)
        form.addRow(QCoreApplication.translate("DeveloperCard", "API hosts:"), self.api_hosts)
        # One form row per link: wrapped labels stacked in a nested layout got the height of
        # one line each and were drawn over one another.
        self._form = form
        self._doc_rows: list[int] = []
        for number, link in enumerate(self.docs):
            label = QCoreApplication.translate("DeveloperCard", "API docs:") if number == 0 else ""
            self._doc_rows.append(form.rowCount())
            form.addRow(label, link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badges)
        layout.addWidget(
            _plain(QCoreApplication.translate("DeveloperCard", "Public data ccxt can fetch:"))
        )
        layout.addLayout(grid)
        layout.addLayout(form)

    def show_card(self, card: CcxtCard, snapshot: Snapshot | None) -> None:
        source = snapshot_text(snapshot, card.snapshot)
        self.setTitle(
            QCoreApplication.translate("DeveloperCard", "For developers — %1").replace(
                "%1", snapshot.title if snapshot else card.snapshot
            )
        )
        badges = [
            QCoreApplication.translate("DeveloperCard", "WebSocket (ccxt.pro)")
            if card.pro
            else QCoreApplication.translate("DeveloperCard", "No WebSocket in ccxt"),
            QCoreApplication.translate("DeveloperCard", "CCXT certified")
            if card.certified
            else QCoreApplication.translate("DeveloperCard", "Not certified"),
            QCoreApplication.translate("DeveloperCard", "Decentralised exchange (DEX)")
            if card.dex
            else QCoreApplication.translate("DeveloperCard", "Centralised exchange"),
        ]
        self.badges.setText("  ·  ".join(badges))
        for key, label in self.capabilities.items():
            label.setText(support_text(card.capabilities.get(key, "no")))
        self.rate_limit.setText(rate_limit_text(card.rate_limit_ms))
        self.api_version.setText(card.api_version or "—")
        self.fees.setText(
            QCoreApplication.translate("DeveloperCard", "maker %1, taker %2")
            .replace("%1", percent(card.fees.maker))
            .replace("%2", percent(card.fees.taker))
            if card.fees.maker is not None or card.fees.taker is not None
            else QCoreApplication.translate("DeveloperCard", "not given (or tiered)")
        )
        self.fees_page.set_link(card.fees.page)
        hosts = list(card.api_hosts)
        more = len(hosts) - MAX_HOSTS_SHOWN
        self.api_hosts.setText(
            ", ".join(hosts[:MAX_HOSTS_SHOWN]) + (f" (+{more})" if more > 0 else "") or "—"
        )
        self.api_hosts.setToolTip(tooltip("\n".join([*hosts, "", source])) or "")
        for link, url in zip(self.docs, [*card.docs, *[None] * MAX_DOC_LINKS], strict=False):
            link.set_link(url)
        for row, link in zip(self._doc_rows, self.docs, strict=True):
            self._form.setRowVisible(row, bool(link.url()) or link is self.docs[0])
        for widget in (self.badges, self.rate_limit, self.api_version, self.fees,
                       *self.capabilities.values()):  # fmt: skip
            widget.setToolTip(tooltip(source) or "")
        for link in (self.fees_page, *self.docs):
            if link.url():
                link.setToolTip(tooltip(f"{link.url()}\n{source}") or "")

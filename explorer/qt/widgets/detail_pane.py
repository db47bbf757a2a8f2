"""Everything the catalogue knows about one exchange. All catalogue text is plain text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Exchange
from explorer.qt.models.display_text import tooltip
from explorer.qt.widgets.flag_icons import FlagIcons
from explorer.qt.widgets.link_label import LinkLabel

LOGO_SIZE = QSize(64, 64)


def _plain_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(QWidget):
    linkActivated = Signal(str)  # noqa: N815

    def __init__(
        self, index: CatalogueIndex, flags: FlagIcons, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._flags = flags
        self.exchange: Exchange | None = None
        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = _plain_label()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.exchange_id = _plain_label()
        self.status = _plain_label()
        heading = QVBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.exchange_id)
        heading.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.website = LinkLabel()
        self.referral = _plain_label()
        self.referral.setObjectName("referralLink")
        self.docs = LinkLabel()
        for link in (self.website, self.docs):
            link.activated.connect(self.linkActivated)
        self.versions = _plain_label()
        self.countries = QListWidget()
        self.countries.setObjectName("countryList")
        self.countries.setFlow(QListWidget.Flow.LeftToRight)
        self.countries.setWrapping(True)
        self.countries.setIconSize(QSize(20, 15))
        self.countries.setMaximumHeight(64)
        self.countries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.seen = _plain_label()
        form = QFormLayout()
        form.addRow(self.tr("Website:"), self.website)
        self.referral_label = QLabel(self.tr("Referral link:"))
        form.addRow(self.referral_label, self.referral)
        form.addRow(self.tr("API docs:"), self.docs)
        form.addRow(self.tr("API version:"), self.versions)
        form.addRow(self.tr("Countries:"), self.countries)
        form.addRow(self.tr("Seen:"), self.seen)

        self.history = QTableWidget(0, 3)
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Listed"), self.tr("Countries there")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History across the ccxt documents (oldest first):")))
        layout.addWidget(self.history, 1)

    def show_exchange(self, exchange: Exchange, logo: QPixmap) -> None:
        self.exchange = exchange
        self.set_logo(logo)
        self.name.setText(exchange.name)
        self.exchange_id.setText(self.tr("ccxt id: %1").replace("%1", exchange.id))
        self.status.setText(
            self.tr("Listed in the newest ccxt document")
            if exchange.listed_in_newest
            else self.tr("No longer listed in the newest ccxt document")
        )
        self.website.set_link(exchange.website)
        has_referral = (
            bool(exchange.website_original) and exchange.website_original != exchange.website
        )
        self.referral.setText(exchange.website_original or "" if has_referral else "")
        self.referral.setVisible(has_referral)
        self.referral_label.setVisible(has_referral)
        self.referral.setToolTip(self.tr("The link as the documents give it, with a referral code"))
        self.docs.set_link(exchange.docs)
        self.versions.setText(", ".join(exchange.versions))
        self.countries.clear()
        for code in exchange.countries:
            item = QListWidgetItem(self._flags.icon(code), self._index.country_name(code))
            item.setToolTip(code)
            self.countries.addItem(item)
        self._show_history(exchange)

    def set_logo(self, logo: QPixmap) -> None:
        self.logo.setPixmap(logo)
        self.logo.setToolTip("")

    def set_logo_problem(self, reason: str) -> None:
        """The logo could not be fetched: the placeholder stays, and says why on hover."""
        self.logo.setToolTip(tooltip(self.tr("Logo unavailable: %1").replace("%1", reason)) or "")

    def _show_history(self, exchange: Exchange) -> None:
        snapshots = self._index.catalogue.snapshots
        titles = {s.key: f"{s.title} ({s.key})" for s in snapshots}
        self.seen.setText(
            self.tr("first in %1, last in %2")
            .replace("%1", titles[exchange.first_snapshot])
            .replace("%2", titles[exchange.last_snapshot])
        )
        self.history.setRowCount(len(snapshots))
        for row, snapshot in enumerate(snapshots):
            listing = exchange.snapshots.get(snapshot.key)
            countries = (
                ", ".join(self._index.country_name(c) for c in listing.countries) if listing else ""
            )
            cells = [titles[snapshot.key], self.tr("yes") if listing else self.tr("no"), countries]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

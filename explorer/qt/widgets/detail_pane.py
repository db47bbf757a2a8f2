"""Everything the catalogue knows about one exchange. All catalogue text is plain text; each
value says on hover which snapshot it comes from."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Exchange, Snapshot
from explorer.qt.models.display_text import tooltip
from explorer.qt.widgets.developer_card import DeveloperCard, snapshot_text
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


class DetailPane(QScrollArea):
    linkActivated = Signal(str)  # noqa: N815  (an http(s) link to open)
    exchangeRequested = Signal(str)  # noqa: N815  (an exchange id to select: a rename's target)

    def __init__(
        self, index: CatalogueIndex, flags: FlagIcons, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
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
        self.status.setObjectName("listingStatus")
        self.renamed = _plain_label()
        self.renamed.setObjectName("renamedTo")
        self.show_renamed = QPushButton()
        self.show_renamed.setObjectName("showRenamed")
        self.show_renamed.clicked.connect(self._show_renamed)
        renamed_row = QHBoxLayout()
        renamed_row.addWidget(self.renamed, 1)
        renamed_row.addWidget(self.show_renamed)
        self.former = _plain_label()
        self.former.setObjectName("formerIds")
        heading_box = QWidget()
        heading_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        heading = QVBoxLayout(heading_box)
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.name)
        heading.addWidget(self.exchange_id)
        heading.addWidget(self.status)
        heading.addLayout(renamed_row)
        heading.addWidget(self.former)
        logo_column = QVBoxLayout()
        logo_column.addWidget(self.logo)
        logo_column.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(logo_column)
        top.addWidget(heading_box, 1)

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

        self.card = DeveloperCard()
        self.card.linkActivated.connect(self.linkActivated)
        self.no_card = _plain_label()
        self.no_card.setObjectName("noDeveloperCard")

        self.history = QTableWidget(0, 3)

        self.history.setTabKeyNavigation(False)  # Tab leaves the table
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Snapshot"), self.tr("Listed as"), self.tr("Countries there")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMinimumHeight(220)
        self.history_label = _plain_label(selectable=False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.card)
        layout.addWidget(self.no_card)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """At least as wide as the content can be (and the vertical scroll bar beside it): a
        narrower pane would cut every row off at its right edge ("Seen:", the links, the
        developer card), to be read only by scrolling sideways. The splitters and the window's
        minimum size follow from this; the content wraps its text down to that width."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = (
            content.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), needed), hint.height())

    def show_exchange(self, exchange: Exchange, logo: QPixmap) -> None:
        self.exchange = exchange
        self.set_logo(logo)
        newest = self._index.catalogue.snapshots[-1]
        self.name.setText(exchange.name)
        self.name.setToolTip(self._from(exchange.sources.get("name")))
        self.exchange_id.setText(self.tr("ccxt id: %1").replace("%1", exchange.id))
        self._show_status(exchange, newest)
        self.website.set_link(exchange.website)
        if exchange.website:
            how = (
                self.tr("the homepage ccxt gives (urls.www)")
                if exchange.website_source == "ccxt-homepage"
                else self.tr("the document's link, without referral codes or sign-in pages")
            )
            source = self._from(exchange.sources.get("website"))
            self.website.setToolTip(tooltip(f"{exchange.website}\n{source}: {how}") or "")
        has_referral = (
            bool(exchange.website_original) and exchange.website_original != exchange.website
        )
        self.referral.setText(exchange.website_original or "" if has_referral else "")
        self.referral.setVisible(has_referral)
        self.referral_label.setVisible(has_referral)
        self.referral.setToolTip(self.tr("The link as the sources give it, with a referral code"))
        self.docs.set_link(exchange.docs)
        if exchange.docs:
            source = self._from(exchange.sources.get("docs"))
            self.docs.setToolTip(tooltip(f"{exchange.docs}\n{source}") or "")
        self.versions.setText(", ".join(exchange.versions))
        self.countries.clear()
        countries_from = self._from(exchange.sources.get("countries"))
        for code in exchange.countries:
            item = QListWidgetItem(self._flags.icon(code), self._index.country_name(code))
            item.setToolTip(tooltip(f"{code}\n{countries_from}"))
            self.countries.addItem(item)
        self._show_card(exchange)
        self._show_history(exchange)
        self.updateGeometry()  # another exchange's text: the minimum width may differ

    def set_index(self, index: CatalogueIndex) -> None:
        """Another catalogue (an update); what is shown is shown again from it."""
        self._index = index
        shown = self.exchange
        if shown is not None and shown.id in {e.id for e in index.catalogue.exchanges}:
            self.show_exchange(index.exchange(shown.id), self.logo.pixmap())

    def set_logo(self, logo: QPixmap) -> None:
        self.logo.setPixmap(logo)
        self.logo.setToolTip("")

    def set_logo_problem(self, reason: str) -> None:
        """The logo could not be fetched: the placeholder stays, and says why on hover."""
        self.logo.setToolTip(tooltip(self.tr("Logo unavailable: %1").replace("%1", reason)) or "")

    # -- parts -------------------------------------------------------------------------------
    def _snapshot(self, key: str | None) -> Snapshot | None:
        return next((s for s in self._index.catalogue.snapshots if s.key == key), None)

    def _from(self, key: str | None) -> str:
        return snapshot_text(self._snapshot(key), key) if key else ""

    def _show_status(self, exchange: Exchange, newest: Snapshot) -> None:
        if exchange.listed_in_newest:
            self.status.setText(self.tr("Listed by %1").replace("%1", newest.title))
        else:
            text = self.tr("No longer listed by ccxt")
            left = exchange.left_ccxt
            if left is not None and left.when and exchange.renamed_to is None:
                text = self.tr("Left ccxt in %1").replace("%1", left.when)
                if left.reason:
                    text += f": {left.reason}"
            self.status.setText(text)
        target = exchange.renamed_to
        if target is not None:
            renamed = self._index.exchange(target)
            when = exchange.left_ccxt.when if exchange.left_ccxt else None
            text = self.tr("Renamed to %1 (%2)").replace("%1", renamed.name).replace("%2", target)
            self.renamed.setText(text + (f", {when}" if when else ""))
            self.show_renamed.setText(self.tr("Show %1").replace("%1", renamed.name))
        self.renamed.setVisible(target is not None)
        self.show_renamed.setVisible(target is not None)
        former = ", ".join(exchange.former_ids)
        self.former.setText(self.tr("Formerly: %1").replace("%1", former) if former else "")
        self.former.setVisible(bool(former))

    def _show_renamed(self) -> None:
        if self.exchange is not None and self.exchange.renamed_to:
            self.exchangeRequested.emit(self.exchange.renamed_to)

    def _show_card(self, exchange: Exchange) -> None:
        card = exchange.ccxt
        if card is None:
            self.no_card.setText(self.tr("No developer card: ccxt no longer lists this exchange."))
        else:
            self.card.show_card(card, self._snapshot(card.snapshot))
        self.card.setVisible(card is not None)
        self.no_card.setVisible(card is None)

    def _lineage(self, exchange: Exchange) -> list[Exchange]:
        """The exchange and every id it had, oldest names first: one line of descent."""
        current = self._index.exchange(exchange.renamed_to) if exchange.renamed_to else exchange
        return [*(self._index.exchange(i) for i in current.former_ids), current]

    def _show_history(self, exchange: Exchange) -> None:
        snapshots = self._index.catalogue.snapshots
        titles = {s.key: s.title + (f" ({s.date})" if s.date else "") for s in snapshots}
        self.seen.setText(
            self.tr("first in %1, last in %2")
            .replace("%1", titles[exchange.first_snapshot])
            .replace("%2", titles[exchange.last_snapshot])
        )
        lineage = self._lineage(exchange)
        self.history_label.setText(
            self.tr("History across ccxt's documents and releases, oldest first:")
            if len(lineage) == 1
            else self.tr("History of %1 under every id it had, oldest first:").replace(
                "%1", lineage[-1].name
            )
        )
        self.history.setRowCount(len(snapshots))
        for row, snapshot in enumerate(snapshots):
            listed = [
                (e, e.snapshots[snapshot.key]) for e in lineage if snapshot.key in e.snapshots
            ]
            ids = ", ".join(e.id for e, _ in listed)
            codes = dict.fromkeys(c for _, listing in listed for c in listing.countries)
            countries = ", ".join(self._index.country_name(c) for c in codes)
            cells = [titles[snapshot.key], ids or self.tr("not listed"), countries]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(tooltip(snapshot.order_reason))
                self.history.setItem(row, column, item)

"""The main window: country tree on the left; exchange table or detail, and live prices, right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Catalogue, Exchange
from explorer.qt.models.roles import ExchangeRole
from explorer.qt.models.tree_model import CountryTreeModel
from explorer.qt.widgets.flag_icons import FlagIcons
from explorer.qt.widgets.tree_pane import TreePane
from explorer.storage import preferences as prefs
from explorer.storage.preferences import Preferences

if TYPE_CHECKING:
    from explorer.catalogue.update import UpdatePlan
    from explorer.market.all_markets import AllTickers
    from explorer.market.reachability import ReachResult
    from explorer.market.results import FetchResult
    from explorer.qt.shell.bridge import ServiceBridge
    from explorer.qt.widgets.alerts_dialog import AlertsDialog
    from explorer.qt.widgets.chart_pane import ChartPane
    from explorer.qt.widgets.compare_dialog import CompareDialog
    from explorer.qt.widgets.detail_pane import DetailPane
    from explorer.qt.widgets.markets_pane import MarketsPane
    from explorer.qt.widgets.preferences_dialog import PreferencesDialog
    from explorer.qt.widgets.reach_dialog import ReachDialog
    from explorer.qt.widgets.table_pane import ExchangeTablePane
    from explorer.qt.widgets.ticker_pane import TickerPane
    from explorer.qt.widgets.update_dialog import UpdateDialog

WELCOME, TABLE, DETAIL = range(3)


class MainWindow(QMainWindow):
    """Built and painted before the network code is loaded; ``attach`` then hands it the
    services, and only from then on does the right-hand side follow the tree's selection."""

    def __init__(self, index: CatalogueIndex, preferences: Preferences) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Exchange Explorer"))
        self.index = index
        self._bridge: ServiceBridge | None = None
        self.preferences = preferences
        self.flags = FlagIcons(device_pixel_ratio=self.devicePixelRatioF())
        self.tree_model = CountryTreeModel(index, self.flags, self)
        self.tree = TreePane(self.tree_model)
        self.welcome = QLabel(self.tr("Choose a region, a country or an exchange on the left."))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self._table: ExchangeTablePane | None = None
        self._detail: DetailPane | None = None
        self._ticker: TickerPane | None = None
        self._markets: MarketsPane | None = None
        self._chart: ChartPane | None = None
        self._chart_holder: QWidget | None = None
        self._chart_target: tuple[str, str] | None = None
        self._alerts_dialog: AlertsDialog | None = None
        self.prices: QTabWidget | None = None
        ticker_frame, self._ticker_message = _framed_message(
            QCoreApplication.translate("TickerPane", "Live prices"),
            self.tr("Select an exchange to see its live prices."),
        )
        self._compare: CompareDialog | None = None
        self._update: UpdateDialog | None = None
        self._check: ReachDialog | None = None
        self._reach_marks: dict[str, tuple[QIcon, str]] = {}
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.pages)
        self.right.addWidget(ticker_frame)  # replaced by the ticker pane on first use
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("mainSplitter")
        self.split.addWidget(self.tree)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(1, 1)
        self.setCentralWidget(self.split)
        self._build_menus()
        self._connect()
        self._restore()

    def attach(self, bridge: ServiceBridge) -> None:
        """Connect the services and show what the restored selection shows (from disk only:
        start-up makes no network request)."""
        from explorer.live.network_state import NetworkState

        self._bridge = bridge
        bridge.logoReady.connect(self._logo_ready)
        bridge.logoFailed.connect(self._logo_failed)
        self.network = NetworkState()
        self.network_label = QLabel()
        self.network_label.setObjectName("networkState")
        self.network_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.network_label)
        for signal in (bridge.tickerReceived, bridge.tickerFailed, bridge.compareReceived,
                       bridge.compareFailed):  # fmt: skip
            signal.connect(self._network_outcome)
        self._start_alerts(bridge)
        self._show_path(self.tree.selected_path(), fetch=False)

    def _start_alerts(self, bridge: ServiceBridge) -> None:
        """The user's alerts, checked from now on against every price the app receives."""
        from explorer.live.alerts import AlertBook
        from explorer.qt.shell.alert_center import AlertCenter

        book = AlertBook.load(bridge.services.dirs.alerts_file)
        names = {e.id: e.name for e in self.index.catalogue.exchanges}
        self.alerts = AlertCenter(book, names, self)
        self.alerts.set_poll_seconds(self.preferences.get(prefs.REFRESH_SECONDS))
        self.alerts.pollRequested.connect(bridge.request_alert_prices)
        for signal in (bridge.tickerReceived, bridge.compareReceived, bridge.alertTickerReceived):
            signal.connect(self.alerts.check)
        bridge.marketsReceived.connect(self.alerts.check_all)
        self.alerts.notified.connect(
            lambda title, text: self.statusBar().showMessage(f"{title} — {text}", 15_000)
        )
        QTimer.singleShot(0, self.alerts.poll)  # the watched markets' prices, once, now

    @property
    def bridge(self) -> ServiceBridge:
        if self._bridge is None:
            raise RuntimeError("the window has no services yet: call attach() first")
        return self._bridge

    # The right-hand pages are built on first use: start-up only paints the tree.
    @property
    def table(self) -> ExchangeTablePane:
        if self._table is None:
            from explorer.qt.widgets.table_pane import ExchangeTablePane

            self._table = ExchangeTablePane()
            self._table.exchangeActivated.connect(self._open_from_table)
            self._table.contextMenuRequested.connect(self._context_menu)
            self.pages.insertWidget(TABLE, self._table)
        return self._table

    @property
    def ticker(self) -> TickerPane:
        if self._ticker is None:
            from explorer.qt.widgets.ticker_pane import TickerPane

            self._ticker = TickerPane()
            self._ticker.refreshRequested.connect(self.bridge.request_tickers)
            self._ticker.stopRequested.connect(lambda: self.bridge.cancel("tickers"))
            self._ticker.watchlistChanged.connect(
                lambda exchange, symbols: self.preferences.set_watchlist(exchange, symbols)
            )
            self._ticker.marketsWanted.connect(self._markets_wanted)
            self.bridge.tickerReceived.connect(self._ticker.show_result)
            self.bridge.tickerFailed.connect(self._ticker.show_result)
            self.bridge.marketsReceived.connect(self._markets_received)
            self.prices = QTabWidget()
            self.prices.setObjectName("pricesTabs")
            self.prices.addTab(self._ticker, self.tr("&Watchlist"))
            self.prices.addTab(self.markets, self.tr("&Markets"))
            self._chart_holder = QWidget()  # the chart itself is built when first shown
            self._chart_holder.setObjectName("chartHolder")
            QVBoxLayout(self._chart_holder).setContentsMargins(0, 0, 0, 0)
            self.prices.addTab(self._chart_holder, self.tr("&Chart"))
            self.prices.currentChanged.connect(self._price_tab_changed)
            self._ticker.marketSelected.connect(self._chart_market)
            self.markets.marketSelected.connect(self._chart_market)
            placeholder = self.right.replaceWidget(1, self.prices)
            if placeholder is not None:
                placeholder.deleteLater()
            self._apply_price_preferences()
        return self._ticker

    @property
    def markets(self) -> MarketsPane:
        if self._markets is None:
            from explorer.qt.widgets.markets_pane import MarketsPane

            self._markets = MarketsPane()
            self._markets.refreshRequested.connect(self.bridge.request_markets)
            self._markets.stopRequested.connect(lambda: self.bridge.cancel("markets"))
            self._markets.watchRequested.connect(self._watch_market)
            self.bridge.marketsFailed.connect(self._markets.show_failure)
        return self._markets

    def _markets_received(self, exchange: str, answer: AllTickers) -> None:
        self.markets.show_markets(exchange, answer)
        self.ticker.set_markets(exchange, [ticker.symbol for ticker in answer.tickers])
        if self._chart is not None and self._chart.exchange == exchange:
            for ticker in answer.tickers:
                if ticker.symbol == self._chart.symbol:
                    self._chart.show_tick(ticker)
                    break

    # -- the chart -------------------------------------------------------------------------------
    @property
    def chart(self) -> ChartPane:
        if self._chart is None:
            from explorer.qt.shell.theme import change_colours, red_means_up
            from explorer.qt.widgets.chart_pane import ChartPane

            self._chart = ChartPane()
            self._chart.candlesRequested.connect(self.bridge.request_candles)
            self._chart.stopRequested.connect(lambda: self.bridge.cancel("candles"))
            self.bridge.candlesReceived.connect(self._chart.show_candles)
            self.bridge.candlesFailed.connect(self._chart.show_failure)
            self.bridge.tickerReceived.connect(self._chart.show_tick)
            up_is_red = red_means_up(self.preferences.get(prefs.UP_COLOUR), self.index.locale)
            self._chart.set_colours(*change_colours(up_is_red))
            assert self._chart_holder is not None
            layout = self._chart_holder.layout()
            assert layout is not None
            layout.addWidget(self._chart)
            self._show_chart_target()
        return self._chart

    def _price_tab_changed(self, index: int) -> None:
        if self.prices is not None and self.prices.widget(index) is self._chart_holder:
            _ = self.chart

    def _chart_market(self, exchange: str, symbol: str) -> None:
        """The market to chart: the one last selected in the watchlist or the Markets tab."""
        self._chart_target = (exchange, symbol)
        if self._chart is not None:
            self._show_chart_target()

    def _show_chart_target(self) -> None:
        from explorer.market.candles import NO_ENDPOINT, offered_timeframes
        from explorer.qt.models.error_text import detail_text

        chart = self.chart
        if self._chart_target is None:
            chart.clear(self.tr("Select a market in the watchlist or the Markets tab to chart it."))
            return
        exchange, symbol = self._chart_target
        spec = self.bridge.market_specs().spec(exchange)
        name = self._exchange_name(exchange)
        if spec is None:
            reason = self.bridge.market_specs().unavailable_reason(exchange) or ""
            chart.show_market(exchange, name, symbol, (), detail_text(reason))
            return
        reason = "" if spec.candles else detail_text(NO_ENDPOINT)
        chart.show_market(exchange, name, symbol, offered_timeframes(spec), reason)

    def _markets_wanted(self, exchange: str) -> None:
        """The watchlist's symbol field wants the market list (once per exchange)."""
        if self.markets.exchange == exchange and self.markets.model.total():
            self.ticker.set_markets(exchange, self.markets.model.symbols())
        else:
            spec = self.bridge.market_specs().spec(exchange)
            if spec is not None and spec.tickers is not None:
                self.bridge.request_markets(exchange)

    def _watch_market(self, exchange: str, symbol: str) -> None:
        if self.ticker.add_symbol(exchange, symbol):
            self.statusBar().showMessage(
                self.tr("%1 added to the watchlist").replace("%1", symbol), 4000
            )

    def _chart_cleared(self) -> None:
        self._chart_target = None
        if self._chart is not None:
            self._show_chart_target()

    def _clear_prices(self, message: str) -> None:
        if self._ticker is None:  # not built yet: the placeholder says it without loading it
            self._ticker_message.setText(message)
        else:
            self._ticker.clear(message)
            self.markets.clear(self.tr("Select an exchange to see its markets."))
            self._chart_cleared()

    @property
    def detail(self) -> DetailPane:
        if self._detail is None:
            from explorer.qt.widgets.detail_pane import DetailPane

            _ = self.table  # keeps the page order: welcome, table, detail
            self._detail = DetailPane(self.index, self.flags)
            self._detail.linkActivated.connect(self.open_link)
            self._detail.exchangeRequested.connect(self.show_exchange_by_id)
            self.pages.insertWidget(DETAIL, self._detail)
        return self._detail

    # -- wiring --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for label, file_format in ((self.tr("Export view as &CSV…"), "csv"),
                                   (self.tr("Export view as &JSON…"), "json")):  # fmt: skip
            action = file_menu.addAction(label)
            action.triggered.connect(lambda _=False, f=file_format: self._export_dialog(f))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # some platforms have none
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.tree.focus_search)
        edit_menu.addAction(find)
        self.addAction(find)
        edit_menu.addSeparator()
        settings = QAction(self.tr("&Preferences…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        if settings.shortcut().isEmpty():  # not every platform has one
            settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.open_preferences)
        edit_menu.addAction(settings)
        self.addAction(settings)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_actions = QActionGroup(self)
        current = self.preferences.get(prefs.THEME)
        for key, label in (("system", self.tr("As the &system")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):  # fmt: skip
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(key)
            action.setChecked(key == current)
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(lambda action: self.set_theme(action.data()))
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh prices"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        if refresh.shortcut().isEmpty():
            refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh_prices)
        view_menu.addAction(refresh)
        self.addAction(refresh)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        compare = QAction(self.tr("&Compare prices…"), self)
        compare.setShortcut(QKeySequence("Ctrl+K"))
        compare.triggered.connect(self.open_compare)
        tools_menu.addAction(compare)
        self.addAction(compare)
        tools_menu.addAction(self.tr("&Update catalogue…"), self.open_update)
        tools_menu.addAction(self.tr("Check &exchanges…"), self.open_check)
        alerts = QAction(self.tr("Price &alerts…"), self)
        alerts.setShortcut(QKeySequence("Ctrl+Shift+A"))
        alerts.triggered.connect(self.open_alerts)
        tools_menu.addAction(alerts)
        self.addAction(alerts)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addAction(self.tr("&About Exchange Explorer"), self._about)

    def _connect(self) -> None:
        self.tree.selectionChanged.connect(self._show_path)
        self.tree.filterChanged.connect(self._refresh_table)
        self.tree.contextMenuRequested.connect(
            lambda index, where: self._context_menu(index.data(ExchangeRole), where)
        )

    # -- selection -----------------------------------------------------------------------------
    def _show_path(self, path: list[str], fetch: bool = True) -> None:
        if self._bridge is None:
            return  # attach() shows the selection restored before it
        if len(path) == 3:
            self._show_exchange(self.index.exchange(path[2]), fetch)
        elif len(path) in (1, 2):
            self._refresh_table()
            self.pages.setCurrentIndex(TABLE)
            self._clear_prices(self.tr("Select an exchange to see its live prices."))
        else:
            hidden = self.tree.wanted_path()
            self.welcome.setText(
                self.tr("The search hides %1; clear it to see it again.").replace(
                    "%1", self._place_name(hidden)
                )
                if hidden
                else self.tr("Choose a region, a country or an exchange on the left.")
            )
            self.pages.setCurrentIndex(WELCOME)
            self._clear_prices(self.tr("Select an exchange to see its live prices."))

    def _place_name(self, path: list[str]) -> str:
        if len(path) == 3:
            return self.index.exchange(path[2]).name
        if len(path) == 2:
            return self.index.country_name(path[1])
        return self.index.region_name(path[0])

    def _refresh_table(self) -> None:
        path = self.tree.selected_path()
        if len(path) not in (1, 2):
            return
        node = self.tree_model.find(path)
        name = (self.index.region_name(path[0]) if len(path) == 1
                else self.index.country_name(path[1]))  # fmt: skip
        exchanges = self.tree_model.exchanges_under(node)
        self.table.show_exchanges(
            self.tr("%1 — %2 exchanges").replace("%1", name).replace("%2", str(len(exchanges))),
            exchanges,
        )

    def _show_exchange(self, exchange: Exchange, fetch: bool) -> None:
        from explorer.qt.widgets.detail_pane import LOGO_SIZE
        from explorer.qt.widgets.logo_images import logo_pixmap, placeholder

        logo = placeholder(exchange.id, exchange.name, LOGO_SIZE)
        if exchange.logo:
            cached = self.bridge.cached_logo(exchange.logo)
            pixmap = logo_pixmap(cached, LOGO_SIZE) if cached else None
            if cached and pixmap is None:  # on disk but Qt cannot decode it: fetch it afresh
                self.bridge.discard_logo(exchange.logo)
            if pixmap is not None:
                logo = pixmap
            elif fetch:
                self.bridge.request_logo(exchange.logo)
        self.detail.show_exchange(exchange, logo)
        self.pages.setCurrentIndex(DETAIL)
        self._show_prices(exchange, live=fetch)

    def _show_prices(self, exchange: Exchange, live: bool) -> None:
        specs = self.bridge.market_specs()
        reason = specs.unavailable_reason(exchange.id)
        spec = specs.spec(exchange.id)
        if reason or spec is None:
            from explorer.qt.models.error_text import detail_text

            self.ticker.show_unavailable(exchange.name, detail_text(reason or ""))
            self.markets.show_unavailable(exchange.name, detail_text(reason or ""))
            self._chart_cleared()
            return
        symbols = self.preferences.watchlist(exchange.id) or list(spec.default_symbols)
        if symbols:
            self._chart_market(exchange.id, symbols[0])
        else:
            self._chart_cleared()
        cached = {s: self.bridge.cached_ticker(exchange.id, s) for s in symbols}
        self.ticker.show_exchange(exchange.id, symbols, cached, spec.rate_limit, live)
        if spec.tickers is None:
            self.markets.show_unavailable(
                exchange.name, self.tr("its API has no endpoint for every market at once here")
            )
        else:
            self.markets.show_exchange(exchange.id, exchange.name, spec.rate_limit, live)

    # -- compare -------------------------------------------------------------------------------
    def open_compare(self) -> CompareDialog:
        if self._compare is None:
            from explorer.qt.widgets.compare_dialog import CompareDialog

            scopes = []
            for region in self.index.regions():  # places with listed exchanges only
                countries = [c for c in self.index.countries(region)
                             if self.index.in_place(country=c, listed_only=True)]  # fmt: skip
                if countries:
                    scopes.append((region, self.index.region_name(region)))
                    scopes += [(c, "    " + self.index.country_name(c)) for c in countries]
            self._compare = CompareDialog(scopes, self)
            self._compare.compareRequested.connect(self.compare)
            self._compare.stopRequested.connect(lambda: self.bridge.cancel("compare"))
            self.bridge.compareReceived.connect(self._compare.show_result)
            self.bridge.compareFailed.connect(self._compare.show_result)
            self.bridge.compareProgress.connect(self._compare.show_progress)
        if not self.bridge.running("compare"):  # where the user is looking
            path = self.tree.selected_path()
            self._compare.set_scope(path[1] if len(path) >= 2 else path[0] if path else "")
        self._compare.show()
        self._compare.raise_()
        return self._compare

    def compare(self, symbol: str, scope: str) -> None:
        """Fetch ``symbol`` from every priced exchange in ``scope`` ("" all, region or country)."""
        if scope in self.index.catalogue.regions:
            found = self.index.in_place(region=scope, listed_only=True)
        elif scope:
            found = self.index.in_place(country=scope, listed_only=True)
        else:
            found = self.index.in_place(listed_only=True)
        specs = self.bridge.market_specs()
        priced = [(e.id, e.name) for e in found if e.id in specs.exchanges]
        dialog = self.open_compare()
        dialog.start(priced, unavailable=len(found) - len(priced))
        self.bridge.request_compare(symbol, [exchange_id for exchange_id, _ in priced])

    def refresh_prices(self) -> None:
        """F5: the prices tab on screen fetches now."""
        if self._ticker is None:
            return
        if self.prices is not None and self.prices.currentWidget() is self._markets:
            self.markets.refresh()
        else:
            self.ticker.refresh()

    def shortcut_lines(self) -> list[str]:
        """Every shortcut: the menus' (read from their actions, so the list cannot drift) and
        the keys that work in one place."""
        lines: list[str] = []
        actions, seen = list(self.menuBar().actions()), set()
        while actions:
            action = actions.pop(0)
            if action.menu() is not None:
                actions = list(action.menu().actions()) + actions
            if id(action) in seen:
                continue
            seen.add(id(action))
            if not action.shortcut().isEmpty():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                lines.append(f"{key} — {action.text().replace('&', '')}")
        lines += [
            self.tr("Tab, Shift+Tab — move through every control"),
            self.tr("Enter or Down (in the search) — go into the tree"),
            self.tr("Escape (in the search) — clear the search"),
            self.tr("Enter or Space (on a link) — open it in the browser"),
            self.tr("Delete (in the watchlist) — remove the selected symbols"),
            self.tr("Alt+W, Alt+M, Alt+C — the Watchlist, Markets and Chart tabs"),
            self.tr("Left, Right, +, -, Home, End (in the chart) — move and zoom"),
        ]
        return lines

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(self.shortcut_lines()))
        box.show()

    # -- preferences, theme ----------------------------------------------------------------------
    def open_preferences(self) -> PreferencesDialog:
        from explorer.qt.widgets.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, sorted(self.bridge.market_specs().exchanges),
                                   self)  # fmt: skip
        dialog.applied.connect(self._preferences_applied)
        dialog.show()
        return dialog

    def _preferences_applied(self) -> None:
        self.set_theme(self.preferences.get(prefs.THEME))
        self.bridge.set_base_urls(self.preferences.base_urls())
        self.alerts.set_poll_seconds(self.preferences.get(prefs.REFRESH_SECONDS))
        if self._ticker is not None:
            self._apply_price_preferences()

    def set_theme(self, theme: str) -> None:
        from PySide6.QtWidgets import QApplication

        from explorer.qt.shell.theme import apply_theme

        self.preferences.set(prefs.THEME, theme)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _apply_price_preferences(self) -> None:
        from explorer.qt.shell.theme import change_colours, red_means_up

        ticker, seconds = self.ticker, self.preferences.get(prefs.REFRESH_SECONDS)
        for spin in (ticker.interval, self.markets.interval):  # the exchange's limit still wins
            spin.setValue(max(spin.minimum(), seconds))
        up_is_red = red_means_up(self.preferences.get(prefs.UP_COLOUR), self.index.locale)
        ticker.model.change_colours = change_colours(up_is_red)
        if self._chart is not None:
            self._chart.set_colours(*change_colours(up_is_red))

    # -- the network, at a glance -------------------------------------------------------------
    def _network_outcome(self, result: FetchResult) -> None:
        from explorer.live.network_state import Network
        from explorer.qt.models.display_text import tooltip
        from explorer.qt.models.error_text import error_text

        if not self.network.record(result):
            return
        summary = self.network.summary()
        names = [self._exchange_name(e) for e in summary.failing]
        text = {
            Network.UNKNOWN: "",
            Network.ONLINE: self.tr("● Online"),
            Network.OFFLINE: self.tr("● Offline: no exchange can be reached"),
            Network.FAILING: self.tr("● %n exchange(s) failing", "", len(summary.failing)),
        }[summary.state]
        self.network_label.setText(text)
        detail = error_text(summary.example) if summary.example is not None else ""
        self.network_label.setToolTip(tooltip("\n".join(filter(None, [detail, ", ".join(names)]))))

    def _exchange_name(self, exchange_id: str) -> str:
        from explorer.catalogue.errors import CatalogueError

        try:
            return self.index.exchange(exchange_id).name
        except CatalogueError:
            return exchange_id

    # -- reachability --------------------------------------------------------------------------
    def open_check(self) -> ReachDialog:
        """Tools -> Check exchanges: opens the table and starts a check of every live exchange
        in the catalogue."""
        if self._check is None:
            from explorer.qt.widgets.reach_dialog import ReachDialog

            names = {e.id: e.name for e in self.index.catalogue.exchanges}
            dialog = ReachDialog(names, self)
            dialog.checkRequested.connect(self._start_check)
            dialog.stopRequested.connect(lambda: self.bridge.cancel("check"))
            self.bridge.reachReceived.connect(dialog.show_result)
            self.bridge.reachReceived.connect(self._mark_reach)
            self.bridge.reachProgress.connect(dialog.show_progress)
            self._check = dialog
        self._check.show()
        self._check.raise_()
        if not self.bridge.running("check"):
            self._check.start()
        return self._check

    def open_alerts(self) -> AlertsDialog:
        """Tools -> Price alerts, its form set to the market last chosen in the window."""
        from explorer.qt.widgets.alerts_dialog import AlertsDialog

        if self._alerts_dialog is None:
            specs = self.bridge.market_specs()
            live = {e.id: e.name for e in self.index.catalogue.exchanges
                    if specs.spec(e.id) is not None}  # fmt: skip
            self._alerts_dialog = AlertsDialog(self.alerts, live, specs, self)
        if self._chart_target is not None:
            self._alerts_dialog.preset(*self._chart_target)
        self._alerts_dialog.show()
        self._alerts_dialog.raise_()
        return self._alerts_dialog

    def _start_check(self) -> None:
        specs = self.bridge.market_specs()
        live = [e.id for e in self.index.catalogue.exchanges
                if e.listed_in_newest and specs.spec(e.id) is not None]  # fmt: skip
        self._reach_marks = {}
        self.tree_model.set_marks({})
        self.bridge.request_check(live)

    def _mark_reach(self, result: ReachResult) -> None:
        from explorer.qt.models.reach_model import detail_text, dot, reach_text

        text = reach_text(result.reach)
        if result.latency_ms is not None:
            text += f", {result.latency_ms} ms"
        elif result.error is not None:
            text += f": {detail_text(result)}"
        self._reach_marks[result.exchange] = (dot(result.reach), text)
        self.tree_model.set_marks(self._reach_marks)

    # -- catalogue updates ---------------------------------------------------------------------
    def open_update(self) -> UpdateDialog:
        if self._update is None:
            from explorer.catalogue.ccxt_metadata import installed_version
            from explorer.qt.widgets.update_dialog import UpdateDialog

            dialog = UpdateDialog(installed_version(), self)
            dialog.updateRequested.connect(
                lambda source, url: self.bridge.request_catalogue_update(
                    source, self.index.catalogue, url
                )
            )
            dialog.cancelRequested.connect(lambda: self.bridge.cancel("catalogue-update"))
            dialog.applyRequested.connect(self._apply_update)
            dialog.resetRequested.connect(self._reset_catalogue)
            self.bridge.catalogueUpdateProgress.connect(dialog.show_progress)
            self.bridge.catalogueUpdatePlanned.connect(dialog.show_plan)
            self.bridge.catalogueUpdateFailed.connect(dialog.show_problem)
            self._update = dialog
        self._update.show_current(self.index.catalogue, self._user_catalogue_in_use())
        self._update.show()
        self._update.raise_()
        return self._update

    def _user_catalogue_in_use(self) -> bool:
        return self.bridge.services.dirs.user_catalogue_file.exists()

    def _apply_update(self, plan: UpdatePlan) -> None:
        try:
            catalogue = self.bridge.apply_catalogue_update(plan)
        except OSError as exc:
            if self._update is not None:
                self._update.problem.setText(
                    self.tr("Could not save the catalogue: %1").replace("%1", str(exc.strerror))
                )
            return
        self.set_catalogue(catalogue)
        if self._update is not None:
            self._update.show_applied(catalogue)
        diff = plan.diff
        self.statusBar().showMessage(
            self.tr("Catalogue updated: %1 added, %2 removed, %3 renamed, %4 with other countries")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.renamed)))
            .replace("%4", str(len(diff.countries_changed))),
            8000,
        )

    def _reset_catalogue(self) -> None:
        catalogue = self.bridge.reset_catalogue()
        self.set_catalogue(catalogue)
        if self._update is not None:
            self._update.show_current(catalogue, user_made=False)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show another catalogue (after an update): the tree is rebuilt, the search, the
        delisted toggle and, where it still exists, the selection kept."""
        path = self.tree.selected_path()
        self.index = CatalogueIndex(catalogue, locale=self.index.locale)
        self.tree_model.set_index(self.index)
        self.tree.expand_and_count()
        if self._detail is not None:
            self._detail.set_index(self.index)
        if self._compare is not None:  # its places are the old catalogue's: made again
            self._compare.close()
            self._compare.deleteLater()
            self._compare = None
        if not (path and self.tree.select_path(path)):
            self.pages.setCurrentIndex(WELCOME)

    def _logo_ready(self, url: str, data: bytes) -> None:
        from explorer.qt.widgets.detail_pane import LOGO_SIZE
        from explorer.qt.widgets.logo_images import logo_pixmap

        pixmap = logo_pixmap(data, LOGO_SIZE)
        if pixmap is None:  # downloaded but undecodable: not kept, so a later visit tries again
            self.bridge.discard_logo(url)
            return
        current = self._detail.exchange if self._detail else None
        if current is not None and current.logo == url:
            self.detail.set_logo(pixmap)

    def _logo_failed(self, url: str, reason: str) -> None:
        current = self._detail.exchange if self._detail else None
        if current is not None and current.logo == url:
            self.detail.set_logo_problem(reason)

    def show_exchange_by_id(self, exchange_id: str) -> bool:
        """Select ``exchange_id`` in the tree (under its first country), clearing the search and
        showing delisted exchanges if that is what hides it."""
        exchange = self.index.exchange(exchange_id)
        paths = [[self.index.region_of(c), c, exchange_id] for c in exchange.countries]
        for _attempt in range(2):
            if any(self.tree.select_path(path) for path in paths):
                return True
            self.tree.clear_search()
            if not exchange.listed_in_newest:
                self.tree.show_delisted.setChecked(True)
        return False

    def _open_from_table(self, exchange_id: str) -> None:
        self.tree.select_exchange(exchange_id, within=self.tree.selected_path())

    # -- actions -------------------------------------------------------------------------------
    def open_link(self, url: str) -> None:
        """Open a web link in the browser; where none opens, say so and copy the link."""
        from explorer.qt.widgets.link_label import open_web_link

        if not url or open_web_link(url):
            return
        QGuiApplication.clipboard().setText(url)
        self.statusBar().showMessage(
            self.tr("No web browser opened %1; the link is copied to the clipboard.").replace(
                "%1", url
            ),
            10000,
        )

    def _context_menu(self, exchange: Exchange | None, where: QPoint) -> None:
        if exchange is None:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        clipboard = QGuiApplication.clipboard()
        menu.addAction(self.tr("Copy id"), lambda: clipboard.setText(exchange.id))
        if exchange.website:
            menu.addAction(
                self.tr("Copy website link"), lambda: clipboard.setText(exchange.website or "")
            )
            menu.addAction(self.tr("Open website"), lambda: self.open_link(exchange.website or ""))
        if exchange.docs:
            menu.addAction(
                self.tr("Copy API docs link"), lambda: clipboard.setText(exchange.docs or "")
            )
        menu.popup(where)
        self._open_menu = menu  # keep it alive while it is shown

    def export_folder(self) -> Path:
        """Where the export dialog opens: the last folder used, else Documents (or home)."""
        from PySide6.QtCore import QStandardPaths

        last = Path(self.preferences.get(prefs.EXPORT_FOLDER) or "")
        if str(last) not in ("", ".") and last.is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def view_exchanges(self) -> list[Exchange]:
        """What the right-hand side shows: the selected exchange, the selected place's table,
        else every exchange the tree shows."""
        path = self.tree.selected_path()
        if len(path) == 3:
            return [self.index.exchange(path[2])]
        if len(path) in (1, 2):
            return self.table.model.exchanges()
        return self.tree_model.visible_exchanges()

    def export_view(self, path: Path, file_format: str) -> int:
        from explorer.catalogue.export import export_exchanges

        exchanges = self.view_exchanges()
        export_exchanges(exchanges, path, file_format)
        return len(exchanges)

    def _export_dialog(self, file_format: str) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export view"),
            str(self.export_folder() / f"exchanges.{file_format}"),
            f"{file_format.upper()} (*.{file_format})",
        )
        if not name:
            return
        self.preferences.set(prefs.EXPORT_FOLDER, str(Path(name).parent))
        try:
            count = self.export_view(Path(name), file_format)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), f"{name}: {exc.strerror}")
            return
        self.statusBar().showMessage(
            self.tr("Exported %1 exchanges to %2").replace("%1", str(count)).replace("%2", name),
            5000,
        )

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from explorer.about import library_versions

        lines = [f"{name} {value}" for name, value in library_versions().items()]
        catalogue = self.index.catalogue
        newest = catalogue.snapshots[-1]
        lines += [
            "",
            self.tr("Catalogue: %1 exchanges from %2 snapshots; the newest is %3 (%4).")
            .replace("%1", str(len(catalogue.exchanges)))
            .replace("%2", str(len(catalogue.snapshots)))
            .replace("%3", newest.title)
            .replace("%4", newest.date or self.tr("undated")),
            self.tr("Exchange data: ccxt's documentation and package metadata (MIT licence)."),
            self.tr("Flags: flag-icons by Panayiotis Lipiridis (MIT licence)."),
            self.tr("Names: Unicode CLDR via Babel; regions: UN M49."),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Exchange Explorer"),
            "\n".join(lines),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # -- settings ------------------------------------------------------------------------------
    def _restore(self) -> None:
        p = self.preferences
        if not self.restoreGeometry(QByteArray(p.get(prefs.GEOMETRY))):
            self.resize(QSize(1200, 760))
        if not self.split.restoreState(QByteArray(p.get(prefs.MAIN_SPLITTER))):
            self.split.setSizes([360, 840])
        if not self.right.restoreState(QByteArray(p.get(prefs.RIGHT_SPLITTER))):
            self.right.setSizes([480, 260])
        self.tree.show_delisted.setChecked(p.get(prefs.SHOW_DELISTED))
        order = Qt.SortOrder(p.get(prefs.SORT_ORDER))
        self.tree.restore_sort(p.get(prefs.SORT_COLUMN), order)
        path = list(p.get(prefs.SELECTION))
        if path:
            self.tree.select_path(path)  # the right-hand side follows in attach()

    def save_settings(self) -> None:
        p = self.preferences
        p.set(prefs.GEOMETRY, self.saveGeometry().data())
        p.set(prefs.MAIN_SPLITTER, self.split.saveState().data())
        p.set(prefs.RIGHT_SPLITTER, self.right.saveState().data())
        p.set(prefs.SHOW_DELISTED, self.tree.show_delisted.isChecked())
        header = self.tree.view.header()
        p.set(prefs.SORT_COLUMN, header.sortIndicatorSection())
        p.set(prefs.SORT_ORDER, header.sortIndicatorOrder().value)
        p.set(prefs.SELECTION, tuple(self.tree.wanted_path()))
        p.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        if self._compare is not None:
            self._compare.close()  # the last window closing is what quits the app
        super().closeEvent(event)


def _framed_message(title: str, message: str) -> tuple[QGroupBox, QLabel]:
    """The ticker pane's frame and message, standing in for it until an exchange is chosen
    (the pane itself costs ~35 ms of start-up)."""
    frame = QGroupBox(title)
    label = QLabel(message)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    QVBoxLayout(frame).addWidget(label)
    return frame, label

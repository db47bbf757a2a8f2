"""The window as a person uses it: select, read, search, export, restart."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.live.services import Services
from explorer.qt.shell.bridge import ServiceBridge
from explorer.qt.widgets.link_label import open_web_link
from explorer.qt.widgets.main_window import DETAIL, TABLE, WELCOME
from explorer.storage import preferences as prefs
from explorer.storage.folders import user_dirs


def test_selecting_an_exchange_shows_its_detail(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["009", "AU", "coinspot"])
    assert window.pages.currentIndex() == DETAIL
    detail = window.detail
    assert detail.name.text() == "CoinSpot"
    assert detail.website.url() == "https://www.coinspot.com.au"  # ccxt's urls.www
    assert "From ccxt 4.5.90 (Python package), 2026-10-23" in detail.website.toolTip()
    assert detail.referral.text() == "https://www.coinspot.com.au/register?code=PJURCU"
    assert not detail.referral.isHidden()
    assert detail.docs.url() == "https://www.coinspot.com.au/api"
    assert detail.versions.text() == "*"
    assert [detail.countries.item(i).text() for i in range(detail.countries.count())] == [
        "Australia"
    ]
    rows = detail.history.rowCount()
    assert rows == 6
    assert all(detail.history.item(r, 1).text() == "coinspot" for r in range(rows))
    assert detail.name.textFormat() == Qt.TextFormat.PlainText
    assert detail.status.text() == "Listed by ccxt 4.5.90 (Python package)"
    assert detail.renamed.isHidden() and detail.former.isHidden()


def test_the_developer_card(make_window) -> None:
    window = make_window()
    window.show_exchange_by_id("binance")
    card = window.detail.card
    assert not card.isHidden() and window.detail.no_card.isHidden()
    assert card.title() == "For developers — ccxt 4.5.90 (Python package)"
    assert card.badges.text() == (
        "WebSocket (ccxt.pro)  ·  CCXT certified  ·  Centralised exchange"
    )
    assert card.capabilities["ohlcv"].text() == "✓ yes"
    assert card.rate_limit.text() == "50 ms between requests (at most 20 a second)"
    assert card.fees.text() == "maker 0.1 %, taker 0.1 %"
    assert card.fees_page.url() == "https://www.binance.com/en/fee/schedule"
    assert "From ccxt 4.5.90 (Python package), 2026-10-23" in card.rate_limit.toolTip()
    assert window.detail.countries.item(0).text() == "No country given"


def test_a_renamed_exchange_links_to_its_new_id(make_window) -> None:
    window = make_window()
    window.tree.show_delisted.setChecked(True)
    assert window.tree.select_path(["142", "CN", "okex"])
    detail = window.detail
    assert detail.renamed.text() == "Renamed to OKX (okx), 2022-02"
    assert detail.card.isHidden() and not detail.no_card.isHidden()
    listed_as = [detail.history.item(r, 1).text() for r in range(detail.history.rowCount())]
    # one line of descent: okex3 and okex in the documents, okx in the newest two
    assert listed_as == ["okex", "okex", "okex, okex3", "okex, okex3", "okx", "okx"]
    detail.show_renamed.click()
    assert window.tree.selected_path()[-1] == "okx"
    assert window.detail.exchange.id == "okx"
    assert window.detail.former.text() == "Formerly: okex, okex3"


def test_following_a_rename_reveals_a_hidden_target(make_window) -> None:
    window = make_window()
    window.tree.show_delisted.setChecked(True)
    window.tree.search.setText("okcoinusd")
    assert window.tree.select_path(["019", "US", "okcoinusd"])
    window.tree.show_delisted.setChecked(False)  # okcoin, the target, is delisted too
    assert window.show_exchange_by_id("okcoin")
    assert window.tree.search.text() == "" and window.tree.show_delisted.isChecked()


def test_history_shows_where_a_delisted_exchange_was(make_window) -> None:
    window = make_window()
    window.tree.show_delisted.setChecked(True)
    assert window.tree.select_path(["142", "CN", "okex"])
    history = window.detail.history
    listed = [history.item(r, 1).text() for r in range(history.rowCount())]
    assert listed[:4] == ["okex", "okex", "okex, okex3", "okex, okex3"]
    assert window.detail.status.text() == "No longer listed by ccxt"
    assert window.detail.referral.isHidden()  # okex.com carries no referral code


def test_selecting_a_country_shows_its_table(make_window, index) -> None:
    window = make_window()
    assert window.tree.select_path(["142", "JP"])
    assert window.pages.currentIndex() == TABLE
    shown = {e.id for e in window.table.model.exchanges()}
    assert shown == {e.id for e in index.exchanges_in("JP") if e.listed_in_newest}


def test_search_field_status_and_escape(make_window, qtbot) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.tree.view.setFocus()
    assert QApplication.focusWidget() is window.tree.view
    qtbot.keyClick(window.tree.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tree.search
    qtbot.keyClicks(window.tree.search, "bitstamp")
    assert window.tree.status.text() == "1 of 104 exchanges"  # bitstamp1 is delisted
    qtbot.keyClick(window.tree.search, Qt.Key.Key_Escape)
    assert window.tree.search.text() == ""
    assert window.tree.status.text() == "104 of 104 exchanges"


def test_enter_from_search_moves_into_the_tree(make_window, qtbot) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClicks(window.tree.search, "kraken")
    qtbot.keyClick(window.tree.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.tree.view
    assert window.tree.selected_path() == ["019"]


def test_export_current_view(make_window, index, tmp_path: Path) -> None:
    window = make_window()
    window.tree.search.setText("japan")
    assert window.tree.select_path(["142", "JP", "bitflyer"])
    assert window.export_view(tmp_path / "one.csv", "csv") == 1  # the exchange shown
    (row,) = csv.DictReader((tmp_path / "one.csv").read_text(encoding="utf-8").splitlines())
    assert row["id"] == "bitflyer" and row["regions"] == "142"
    assert "supported-md: JP" in row["history"] and row["first_snapshot"]
    window.tree.search.clear()
    assert window.tree.select_path(["001", "ZZ", "binance"])
    window.export_view(tmp_path / "binance.csv", "csv")
    (row,) = csv.DictReader((tmp_path / "binance.csv").read_text(encoding="utf-8").splitlines())
    assert row["website"] == "https://www.binance.com" and "ref=" in row["referral_link"]
    window.tree.search.setText("japan")
    assert window.tree.select_path(["142", "JP"])
    in_japan = [e for e in index.exchanges_in("JP") if e.listed_in_newest]
    assert window.export_view(tmp_path / "view.csv", "csv") == len(in_japan) == 7
    rows = list(csv.DictReader((tmp_path / "view.csv").read_text(encoding="utf-8").splitlines()))
    assert sorted(row["id"] for row in rows) == sorted(e.id for e in in_japan)
    window.export_view(tmp_path / "view.json", "json")
    exported = json.loads((tmp_path / "view.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in exported] == [row["id"] for row in rows]


def test_settings_round_trip(make_window, qtbot) -> None:
    first = make_window()
    with qtbot.waitExposed(first):
        first.show()
    first.resize(780, 580)  # the offscreen screen is 800x600
    first.tree.show_delisted.setChecked(True)
    first.tree.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert first.tree.select_path(["150", "EU", "paymium"])
    first.split.setSizes([300, 600])
    sizes = first.split.sizes()
    first.close()
    second = make_window()
    with qtbot.waitExposed(second):
        second.show()
    assert (second.size().width(), second.size().height()) == (780, 580)
    assert second.tree.show_delisted.isChecked()
    assert second.tree.view.header().sortIndicatorSection() == 1
    assert second.tree.view.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.tree.selected_path() == ["150", "EU", "paymium"]
    assert second.detail.name.text() == "Paymium"
    assert second.split.sizes() == sizes


def test_restored_exchange_is_shown_from_disk_once_services_attach(make_window) -> None:
    first = make_window()
    assert first.tree.select_path(["019", "US", "kraken"])
    first.close()
    second = make_window(attach=False)  # as painted at start-up: no services, no network code
    assert second.tree.selected_path() == ["019", "US", "kraken"]
    assert second.pages.currentIndex() == WELCOME
    bridge = ServiceBridge(Services(user_dirs(), second.preferences, trust_env=False))
    second.attach(bridge)
    assert second.pages.currentIndex() == DETAIL
    assert second.detail.name.text() == "Kraken"
    assert not bridge.running("logo") and not bridge.running("tickers")  # no request at start-up


def test_only_web_links_are_opened() -> None:
    assert not open_web_link("javascript:alert(1)")
    assert not open_web_link("file:///etc/passwd")
    assert not open_web_link("")


def _png(width: int = 8) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, width, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 200, 30))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_placeholder_logo_until_the_real_one_arrives(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["019", "US", "kraken"])
    placeholder = window.detail.logo.pixmap().toImage()
    assert not placeholder.isNull()
    kraken = window.detail.exchange
    window.bridge.logoReady.emit("https://elsewhere.test/other.png", _png())  # not ours
    assert window.detail.logo.pixmap().toImage() == placeholder
    window.bridge.logoReady.emit(kraken.logo, _png())
    assert window.detail.logo.pixmap().toImage() != placeholder


def test_logo_cached_from_a_local_server_shows_offline(make_window, index, httpserver) -> None:
    """Fetch once through the real cache from a local server; later, offline, it comes from disk."""
    import dataclasses

    from explorer.catalogue.index import CatalogueIndex
    from explorer.logos import LogoCache, logo_client
    from explorer.storage.folders import user_dirs

    from ..helpers.loop import run_checked

    httpserver.expect_request("/kraken.png").respond_with_data(_png(16), content_type="image/png")
    url = httpserver.url_for("/kraken.png")

    async def fetch_once() -> None:
        async with logo_client(trust_env=False) as client:
            await LogoCache(user_dirs().logo_cache).fetch(url, client)

    run_checked(fetch_once())
    httpserver.clear()  # from here on the "network" answers nothing
    catalogue = index.catalogue
    exchanges = tuple(
        dataclasses.replace(e, logo=url) if e.id == "kraken" else e for e in catalogue.exchanges
    )
    window = make_window(
        catalogue=CatalogueIndex(dataclasses.replace(catalogue, exchanges=exchanges))
    )
    assert window.tree.select_path(["019", "US", "kraken"])
    shown = window.detail.logo.pixmap().toImage()
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2).green() == 200
    assert httpserver.log == []


def test_a_logo_that_cannot_be_fetched_says_why_on_hover(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["019", "US", "kraken"])
    kraken = window.detail.exchange
    window.bridge.logoFailed.emit(kraken.logo, "Could not connect; are you offline?")
    assert "are you offline?" in window.detail.logo.toolTip()
    assert window.detail.logo.pixmap() is not None  # the placeholder stays


def test_activating_a_table_row_selects_that_exchange_in_the_tree(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["150"])  # Europe: the table lists its exchanges
    window.table.exchangeActivated.emit("paymium")
    assert window.tree.selected_path()[-1] == "paymium"
    assert window.detail.name.text() == "Paymium"


def test_a_search_that_hides_the_selection_clears_the_right_side_and_brings_it_back(
    make_window, index
) -> None:
    window = make_window()
    japan = ["142", "JP"]
    assert window.tree.select_path(japan)
    everyone = len([e for e in index.exchanges_in("JP") if e.listed_in_newest])
    assert window.table.title.text().endswith(f"— {everyone} exchanges")

    window.tree.search.setText("zaif")  # Japan still shows, with one exchange
    assert window.pages.currentIndex() == TABLE
    assert window.table.title.text().endswith("— 1 exchanges")

    window.tree.search.setText("zzz")  # nothing matches: nothing may stay on the right
    assert window.tree.selected_path() == []
    assert window.pages.currentIndex() == WELCOME
    assert "Japan" in window.welcome.text()  # says what the search hides

    window.save_settings()  # a restart now would come back to Japan
    assert window.preferences.get(prefs.SELECTION) == tuple(japan)

    window.tree.search.setText("japan")  # the selection comes back with what it shows now
    assert window.tree.selected_path() == japan
    assert window.pages.currentIndex() == TABLE
    assert window.table.title.text().endswith(f"— {everyone} exchanges")

    assert window.tree.select_path(["142", "JP", "zaif"])
    window.tree.search.setText("kraken")  # an exchange hidden: its prices must not stay
    assert window.pages.currentIndex() == WELCOME
    assert window.ticker.exchange == ""
    window.tree.search.setText("bitflyer")  # its country shows, it does not: still nothing
    assert window.tree.selected_path() == []
    assert "Zaif" in window.welcome.text()
    window.tree.search.clear()
    assert window.tree.selected_path() == ["142", "JP", "zaif"]
    assert window.pages.currentIndex() == DETAIL


def test_opening_a_link_without_a_browser_says_so_and_copies_it(make_window, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    window = make_window()
    window.open_link("https://www.kraken.com")
    assert "https://www.kraken.com" in window.statusBar().currentMessage()
    assert QApplication.clipboard().text() == "https://www.kraken.com"


def test_sorting_by_count_starts_with_the_most(make_window, qtbot) -> None:
    from PySide6.QtCore import QPoint

    from explorer.qt.models.tree_model import COUNT

    window = make_window()
    window.show()
    header = window.tree.view.header()
    where = QPoint(header.sectionViewportPosition(COUNT) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorSection() == COUNT
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    counts = [window.tree_model.index(r, COUNT).data() for r in range(window.tree_model.rowCount())]
    assert [int(c) for c in counts] == sorted((int(c) for c in counts), reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # then fewest
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_a_saved_count_sort_comes_back_as_it_was(make_window, preferences) -> None:
    from explorer.qt.models.tree_model import COUNT

    preferences.set(prefs.SORT_COLUMN, COUNT)
    preferences.set(prefs.SORT_ORDER, Qt.SortOrder.AscendingOrder.value)
    preferences.save()  # as a previous session left it
    window = make_window()
    header = window.tree.view.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COUNT,
        Qt.SortOrder.AscendingOrder,
    )


def test_compare_starts_where_the_user_is_and_finds_places_by_typing(make_window, index) -> None:
    window = make_window()
    assert window.tree.select_path(["142", "JP", "bitflyer"])
    dialog = window.open_compare()
    assert dialog.scope_key() == "JP"  # a Japanese exchange selected: Japan
    dialog.scope.setEditText("singap")
    assert dialog.scope_key() == "SG"
    dialog.scope.setEditText("europe")
    assert dialog.scope_key() == "150"
    offered = {dialog.scope.itemData(row) for row in range(dialog.scope.count())}
    only_delisted = {
        c for c in index.catalogue.countries
        if index.exchanges_in(c) and not index.in_place(country=c, listed_only=True)
    }  # fmt: skip
    assert only_delisted and not offered & only_delisted


def test_the_export_dialog_opens_in_the_last_folder_used(make_window, tmp_path: Path) -> None:
    window = make_window()
    assert window.export_folder() != Path.cwd() or Path.cwd() == Path.home()
    window.preferences.set(prefs.EXPORT_FOLDER, str(tmp_path))
    assert window.export_folder() == tmp_path
    window.preferences.set(prefs.EXPORT_FOLDER, str(tmp_path / "gone"))
    assert window.export_folder() != tmp_path / "gone"


def test_tab_reaches_every_control_and_is_trapped_nowhere(make_window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication as App

    from explorer.qt.widgets.link_label import LinkLabel

    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.tree.select_path(["142", "JP", "bitflyer"])
    window.tree.view.setFocus()
    qtbot.waitUntil(lambda: App.focusWidget() is window.tree.view, timeout=3000)
    seen: list[object] = []
    for _ in range(60):
        focused = App.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(App.focusWidget())
    names = {getattr(w, "objectName", lambda: "")() for w in seen}
    assert {"search", "countryTree"} <= names  # round and back to the start
    assert any(isinstance(w, LinkLabel) for w in seen)  # links take focus
    pane = window.ticker
    assert {pane.add_field, pane.pause_button, pane.refresh_button} <= set(seen)
    longest = max(sum(1 for _ in group) for _, group in __import__("itertools").groupby(seen))
    assert longest == 1  # never stuck in one widget (the history table's cells)


def test_a_focused_link_opens_with_enter(qtbot) -> None:
    from explorer.qt.widgets.link_label import LinkLabel

    label = LinkLabel()
    qtbot.addWidget(label)
    label.set_link("https://www.kraken.com", "kraken.com")
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(label.activated) as opened:
        qtbot.keyClick(label, Qt.Key.Key_Return)
    assert opened.args == ["https://www.kraken.com"]
    label.set_link(None)
    assert not label.focusPolicy() & Qt.FocusPolicy.TabFocus  # nothing to open: skipped


def test_help_lists_every_shortcut_the_window_has(make_window) -> None:
    from PySide6.QtGui import QKeySequence

    window = make_window()
    text = "\n".join(window.shortcut_lines())
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    keys = [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for menu in menus for a in menu.actions() if not a.shortcut().isEmpty()]  # fmt: skip
    assert len(keys) >= 5  # find, compare, preferences, refresh, quit
    assert all(key in text for key in keys)
    assert "Delete" in text and "Escape" in text

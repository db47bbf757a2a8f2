"""Edit -> Preferences over the one preferences store, the theme, and the colours of a change."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from explorer.qt.models.ticker_model import LAST, TickerTableModel
from explorer.qt.shell.startup import ui_locale
from explorer.qt.shell.theme import apply_theme, change_colours, red_means_up
from explorer.storage import preferences as prefs

from ..helpers.market import make_ticker


def _fill(dialog, row: int, exchange: str, url: str) -> None:
    dialog._add_row(exchange, url)  # what the Add button does, with the cells typed in
    assert dialog.urls.item(row, 1).text() == url


def test_preferences_are_checked_saved_and_applied(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["019", "US", "kraken"])
    client = window.bridge.services.market()
    dialog = window.open_preferences()
    dialog.refresh.setValue(25)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.rise.setCurrentIndex(dialog.rise.findData("red"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))

    _fill(dialog, 0, "binance", "ftp://mirror.example")  # not http(s): refused, nothing saved
    dialog.accept()
    assert "Row 1" in dialog.problem.text()
    assert window.preferences.get(prefs.REFRESH_SECONDS) == 10
    dialog.urls.item(0, 1).setText("https://api.binance.us/")
    _fill(dialog, 1, "nosuch", "https://x.example")  # no such exchange: refused
    dialog.accept()
    assert "nosuch" in dialog.problem.text()
    dialog.urls.removeRow(1)
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("manual"))
    dialog.proxy_url.setText("ftp://proxy.example")  # not a proxy URL: refused
    dialog.accept()
    assert "Proxy:" in dialog.problem.text()
    dialog.proxy_url.setText("http://proxy.example:3128")
    dialog.logo_cache.setValue(64)
    dialog.accept()

    p = window.preferences
    assert p.get(prefs.REFRESH_SECONDS) == 25 and p.get(prefs.THEME) == "dark"
    assert p.get(prefs.UP_COLOUR) == "red" and p.get(prefs.LANGUAGE) == "zh_CN"
    assert p.base_urls() == {"binance": "https://api.binance.us"}
    assert (p.get(prefs.PROXY_MODE), p.get(prefs.PROXY_URL)) == (
        "manual",
        "http://proxy.example:3128",
    )
    assert p.get(prefs.LOGO_CACHE_MB) == 64
    assert client.base_url("binance") == "https://api.binance.us"  # used from now on
    assert window.ticker.interval.value() == 25
    assert window.ticker.model.change_colours == change_colours(up_is_red=True)
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80  # dark
    assert [a.data() for a in window.theme_actions.actions() if a.isChecked()] == ["dark"]
    window.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert ui_locale(p.get(prefs.LANGUAGE)) == "zh_CN"


def test_a_rise_and_a_fall_flash_in_their_colours(qapp) -> None:
    model = TickerTableModel()
    model.set_symbols(["BTC/USD"], {})
    model.update(make_ticker(last=Decimal(100)))
    model.update(make_ticker(last=Decimal(101)))
    rise = model.index(0, LAST).data(Qt.ItemDataRole.BackgroundRole)
    model.update(make_ticker(last=Decimal(99)))
    fall = model.index(0, LAST).data(Qt.ItemDataRole.BackgroundRole)
    green, red = change_colours(up_is_red=False)
    assert rise.rgb() == green.rgb() and fall.rgb() == red.rgb()
    model.change_colours = change_colours(up_is_red=True)
    model.update(make_ticker(last=Decimal(100)))
    assert model.index(0, LAST).data(Qt.ItemDataRole.BackgroundRole).rgb() == red.rgb()


def test_red_means_up_in_chinese_unless_chosen_otherwise() -> None:
    assert red_means_up("auto", "zh_CN") and not red_means_up("auto", "en")
    assert red_means_up("red", "en") and not red_means_up("green", "zh_CN")


def test_the_system_theme_leaves_the_palette_to_the_system(qapp) -> None:
    apply_theme(qapp, "dark")
    apply_theme(qapp, "system")
    if qapp.styleHints().colorScheme() != Qt.ColorScheme.Dark:
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180

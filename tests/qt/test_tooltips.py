"""Tooltips made from server or catalogue text show the characters, never render them as markup."""

from __future__ import annotations

from PySide6.QtGui import Qt, QTextDocument

from explorer.market import FetchErrorKind
from explorer.qt.models.display_text import tooltip

from ..helpers.market import make_error, make_ticker

MARKUP = "W <b>W</b> <img src='http://evil.example/x.png'> &amp;"


def rendered(tip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text whenever it looks like HTML."""
    document = QTextDocument()
    document.setHtml(tip) if Qt.mightBeRichText(tip) else document.setPlainText(tip)
    return document.toPlainText()


def bold_runs(tip: str) -> int:
    document = QTextDocument()
    document.setHtml(tip)
    block, bold = document.begin(), 0
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            bold += iterator.fragment().charFormat().fontWeight() > 400
            iterator += 1
        block = block.next()
    return bold


def test_markup_is_shown_as_text(qapp) -> None:
    assert bold_runs(MARKUP) == 1  # the problem: a raw tooltip renders bold
    tip = tooltip(MARKUP)
    assert tip is not None
    assert rendered(tip) == MARKUP
    assert bold_runs(tip) == 0


def test_control_characters_never_reach_a_tooltip(qapp) -> None:
    tip = tooltip("a\x1b[2Jb\u202ec")
    assert tip is not None and "\x1b" not in rendered(tip) and "\u202e" not in rendered(tip)


def test_the_tree_tooltip_of_a_hostile_name(index) -> None:
    from dataclasses import replace

    from explorer.catalogue.index import CatalogueIndex
    from explorer.qt.models.tree_model import CountryTreeModel

    exchanges = tuple(
        replace(e, name=MARKUP) if e.id == "kraken" else e for e in index.catalogue.exchanges
    )
    model = CountryTreeModel(CatalogueIndex(replace(index.catalogue, exchanges=exchanges)))
    tip = model.find(["019", "US", "kraken"]).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{MARKUP} (kraken)" in rendered(tip)
    assert bold_runs(tip) == 0


def test_ticker_and_compare_error_tooltips(qapp) -> None:
    from explorer.qt.models.compare_model import STATUS, CompareModel
    from explorer.qt.models.ticker_model import TickerTableModel

    error = make_error(
        FetchErrorKind.EXCHANGE_ERROR, MARKUP, exchange="x", name="X", symbol="BTC/USDT"
    )
    shown = f"X reported an error: {MARKUP}"
    tickers = TickerTableModel()
    tickers.set_symbols(["BTC/USDT"], {})
    tickers.update(error)
    tip = tickers.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip) == shown and bold_runs(tip) == 0

    compare = CompareModel()
    compare.reset([("x", "X")])
    compare.add_result(error)
    tip = compare.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip) == shown and bold_runs(tip) == 0


def test_an_invalid_field_explains_itself_in_its_cell(qapp) -> None:
    from explorer.qt.models.ticker_model import LAST, TickerTableModel

    ticker = make_ticker(
        exchange="x",
        symbol="BTC/USDT",
        bid="1",
        ask="2",
        invalid={"last": "1.000e+400 is out of range"},
    )
    model = TickerTableModel()
    model.set_symbols(["BTC/USDT"], {})
    model.update(ticker)
    assert model.index(0, LAST).data() == "—"
    assert "out of range" in rendered(model.index(0, LAST).data(Qt.ItemDataRole.ToolTipRole))

"""Error messages reach the window through Qt's translations: every English text the engine,
the catalogue update, the logo fetcher and the preferences check put into a message is marked
for ``lupdate`` and is looked up in the context it is marked in.

The translator here stands in for a finished .ts file: it "translates" exactly the texts marked
in the code (``QT_TRANSLATE_NOOP``, ``self.tr`` and ``QCoreApplication.translate`` calls, found
the way ``lupdate`` finds them) into «text», and leaves anything else alone. So a message that
would stay English in the Chinese window shows here as text outside «».
"""

from __future__ import annotations

import ast
import dataclasses
from functools import cache
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from explorer.market import FetchError, MarketClient, bundled_specs
from explorer.market.errors import FetchErrorKind
from explorer.qt.models.error_text import error_text, translated

from ..helpers.faults import FAULTS, FaultServer
from ..helpers.market import fast_config, unthrottled

PACKAGE = Path(__file__).parents[2] / "explorer"


@cache
def marked() -> frozenset[tuple[str, str]]:
    """(context, source) of every text ``lupdate`` would extract from the package."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found |= {(node.name, text) for text in _self_tr(node)}
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            context, text = node.args[0], node.args[1]
            if name in ("QT_TRANSLATE_NOOP", "translate") and all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in (context, text)
            ):
                found.add((context.value, text.value))
    return frozenset(found)


def _self_tr(node: ast.ClassDef) -> set[str]:
    return {
        call.args[0].value
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    }


class MarkedTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if (context, source) in marked() else None


@pytest.fixture
def marking(qapp):
    translator = MarkedTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def is_marked(context: str, text: str) -> bool:
    return (context, text) in marked()


# --- the engine --------------------------------------------------------------------------------


def test_every_fault_is_told_in_marked_words(fault_server: FaultServer, run, marking) -> None:
    specs = unthrottled(bundled_specs(), "binance", "kraken")
    transport = httpx.AsyncHTTPTransport(verify=fault_server.client_ssl)

    async def fetch_all() -> list[FetchError | object]:
        results = []
        for fault in FAULTS:
            if fault.kind == "ok":
                continue
            url = fault_server.url(fault.name)
            async with MarketClient(
                specs, config=fast_config(timeout=0.5), transport=transport,
                base_urls={"binance": url, "kraken": url},
            ) as client:  # fmt: skip
                results += await client.fetch_many([("binance", "BTC/USDT"), ("kraken", "BTC/USD")])
        ok = fault_server.url("ok")
        async with MarketClient(
            specs, config=fast_config(timeout=0.5), transport=transport,
            base_urls={"binance": ok, "kraken": ok, "binanceusdm": ok},
        ) as client:  # fmt: skip
            results += await client.fetch_many(
                [("kraken", "BTC/USD"),  # Kraken's hook meets Binance's answer
                 ("binance", "BTC/USDT:USDT"), ("binance", "NOPE"), ("binance", "A" * 70 + "/B"),
                 ("binanceusdm", "BTC/USDT:BTC")]
            )  # fmt: skip
        return results

    errors = [result for result in run(fetch_all()) if isinstance(result, FetchError)]
    kinds = {error.kind for error in errors}
    assert {FetchErrorKind.BAD_PAYLOAD, FetchErrorKind.UNKNOWN_SYMBOL} <= kinds
    untranslated = {
        (error.kind.value, error.template)
        for error in errors
        if not is_marked("Detail", error.template)
    }
    assert untranslated == set()
    line = error_text(errors[0])
    assert line.startswith("«") and line.count("«") == 2  # the headline and its detail


def test_markets_list_and_symbol_errors_are_marked(marking) -> None:
    from explorer.market.all_markets import read_all_tickers
    from explorer.market.errors import PayloadError, UnknownSymbolError
    from explorer.market.responses import decode_json
    from explorer.market.symbols import parse_symbol

    nothing = {"markets": None, "fetched_at": 0, "latency_ms": 0, "url": ""}
    for bad, error_type in (
        (lambda: decode_json(b"[" * 100_000), PayloadError),
        (lambda: decode_json(b"{'a': 1}"), PayloadError),
        (lambda: decode_json(b'{"last": NaN}'), PayloadError),
        (lambda: decode_json(b"\xff\xfe\xfd"), PayloadError),
        (lambda: parse_symbol("NOPE"), UnknownSymbolError),
        (lambda: read_all_tickers(bundled_specs().spec("bitflyer"), {}, **nothing), PayloadError),
        (lambda: read_all_tickers(bundled_specs().spec("okx"), {}, **nothing), PayloadError),
    ):
        with pytest.raises(error_type) as caught:
            bad()
        assert translated(caught.value).startswith("«"), caught.value


def test_no_live_prices_reason_is_translated(make_window, marking) -> None:
    window = make_window()
    exchange = dataclasses.replace(window.index.exchange("binance"), id="no-such-exchange")
    window._show_prices(exchange, live=False)
    assert "«no price definition for this exchange yet»" in window.ticker.message.text()


def test_the_prices_banner_is_one_translated_sentence(make_window, marking) -> None:
    from ..helpers.market import make_error

    window = make_window()
    pane = window.ticker
    pane.show_exchange("kraken", ["BTC/USD"], {}, 1.0, live=False)
    refused = make_error(FetchErrorKind.REFUSED, template="connection refused")
    pane.show_result(refused)
    text = pane.message.text()
    assert text.startswith("««") and text.endswith("»»"), text  # "%1. %2" went through tr()


# --- preferences, catalogue updates, logos ------------------------------------------------------


def test_preferences_refuse_a_bad_url_in_marked_words(qtbot, preferences, marking) -> None:
    from explorer.qt.widgets.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(preferences, ["kraken"])
    qtbot.addWidget(dialog)
    dialog._add_row("kraken", "ftp://example.com/api")
    dialog.accept()
    assert dialog.problem.text().endswith(
        "«'ftp://example.com/api' is not an http:// or https:// URL»»"
    )
    dialog.urls.setRowCount(0)
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("manual"))
    dialog.proxy_url.setText("ftp://proxy.example")
    dialog.accept()
    assert "«a proxy URL starts with one of" in dialog.problem.text()
    buttons = dialog.findChild(QDialogButtonBox)
    ok, cancel = (buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                               QDialogButtonBox.StandardButton.Cancel))  # fmt: skip
    assert (ok.text(), cancel.text()) == ("«OK»", "«Cancel»")


def test_catalogue_update_problems_are_marked(fault_server: FaultServer, run, marking) -> None:
    from explorer.catalogue.index import CatalogueIndex
    from explorer.catalogue.store import bundled_catalogue_path, load
    from explorer.catalogue.update import FROM_DOCS
    from explorer.live.catalogue_update import plan_or_problem
    from explorer.qt.widgets.update_dialog import UpdateDialog

    current = CatalogueIndex(load(bundled_catalogue_path())).catalogue
    dialog = UpdateDialog(None)

    def problem(base_url: str) -> str:
        found = run(
            plan_or_problem(
                FROM_DOCS, current, base_url=base_url, trust_env=False, progress=lambda *_: None
            )
        )
        dialog.show_problem(found)
        return dialog.problem.text()

    # A page that is not the documentation (JSON), an unusable address, a refused connection.
    assert "«expected one table, found 0»" in problem(fault_server.url("ok"))
    assert "«'ftp://example.com' is not an http:// or https:// URL»" in problem("ftp://example.com")
    assert "«connection refused»" in problem(fault_server.refused_url)


def test_logo_failures_are_marked(fault_server: FaultServer, run, marking) -> None:
    from explorer.logos import LogoError, logo_client
    from explorer.logos.download import download

    async def failure(url: str) -> LogoError:
        async with logo_client(trust_env=False, timeout=1.0) as client:
            try:
                await download(url, client, max_bytes=1000, deadline=2.0)
            except LogoError as error:
                return error
        raise AssertionError("no failure")

    for url in (fault_server.url("403") + "/logo.png", fault_server.url("ok") + "/logo.png",
                fault_server.refused_url + "/logo.png", "ftp://example.com/logo.png"):  # fmt: skip
        error = run(failure(url))
        assert is_marked("LogoError", error.template), str(error)
        assert translated(error).startswith("«")


def test_the_translator_here_leaves_unmarked_text_alone(marking) -> None:
    assert QCoreApplication.translate("Detail", "%1") == "%1"
    assert QApplication.translate("Detail", "connection refused") == "«connection refused»"

"""``exchange-explorer ticker EXCHANGE SYMBOL`` through the real entry point (``explorer.cli.run``):
output formats, errors on stderr, exit codes, argument checks, preferences and --base-url."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

from explorer.cli import run
from explorer.cli.ticker_command import EXIT_CODES
from explorer.market import FetchErrorKind
from explorer.storage.preferences import Preferences

from ..helpers.market import PAYLOADS

BINANCE_PATH = "/api/v3/ticker/24hr"
PAYLOAD = (PAYLOADS / "binance.json").read_bytes()  # a real recorded BTCUSDT answer


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_output_has_the_ccxt_keys(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request(BINANCE_PATH, query_string={"symbol": "BTCUSDT"}).respond_with_data(
        PAYLOAD
    )
    url = server.url_for("")

    status, out, err = invoke(
        capsys, "ticker", "binance", "BTC/USDT", "--format", "json", "--base-url", url
    )

    payload = json.loads(PAYLOAD)
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    assert (status, err) == (0, "")
    assert list(data) == [
        "symbol", "exchange", "last", "bid", "ask", "high", "low", "open", "baseVolume",
        "quoteVolume", "percentage", "timestamp", "datetime", "fetchedAt", "latencyMs", "url",
        "invalid",
        "warnings",
    ]  # fmt: skip
    assert data["last"] == float(payload["lastPrice"])
    assert data["timestamp"] == int(payload["closeTime"])
    assert data["url"].startswith(url.rstrip("/") + BINANCE_PATH)
    assert data["invalid"] == {}


def test_table_output(server: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(PAYLOAD)

    status, out, _ = invoke(
        capsys, "ticker", "binance", "btc/usdt", "--base-url", server.url_for("")
    )

    payload = json.loads(PAYLOAD)
    assert status == 0
    assert out.splitlines()[0] == "binance BTC/USDT"
    assert f"last          {payload['lastPrice']}" in out
    assert f"24h change    {float(payload['priceChangePercent']):+.2f} %" in out


@pytest.mark.parametrize(
    ("status_code", "kind"), [(403, FetchErrorKind.BLOCKED), (451, FetchErrorKind.BLOCKED)]
)
def test_errors_go_to_stderr_with_distinct_exit_codes(
    server: HTTPServer, capsys: pytest.CaptureFixture[str], status_code: int, kind: FetchErrorKind
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(b"", status=status_code)

    status, out, err = invoke(
        capsys, "ticker", "binance", "BTC/USDT", "--base-url", server.url_for("")
    )

    assert (status, out) == (EXIT_CODES[kind], "")
    assert err.startswith("Binance ") and err.count("\n") == 1


def test_an_exchange_without_live_prices(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = invoke(capsys, "ticker", "bittrex", "BTC/USD")
    assert status == EXIT_CODES[FetchErrorKind.UNSUPPORTED]
    assert err.startswith("No live prices for ") and "shut down" in err


def test_an_unknown_exchange_is_named_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = invoke(capsys, "ticker", "binanse", "BTC/USDT")
    assert status == 2 and err.count("\n") == 1
    assert err.startswith("exchange-explorer ticker: error: unknown exchange 'binanse'")
    assert "did you mean binance" in err


def test_ids_are_not_case_sensitive(server: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(PAYLOAD)
    status, out, _ = invoke(
        capsys, "ticker", "Binance", "BTC/USDT", "--base-url", server.url_for("")
    )
    assert status == 0 and out.startswith("binance BTC/USDT")


def test_exit_codes_are_distinct_and_cover_every_kind() -> None:
    assert set(EXIT_CODES) == set(FetchErrorKind)
    assert len(set(EXIT_CODES.values())) == len(EXIT_CODES)
    assert not {0, 1, 2} & set(EXIT_CODES.values())


@pytest.mark.parametrize(
    "argv",
    [
        ["ticker", "binance"],
        ["ticker", "binance", "BTC/USDT", "--format", "xml"],
        ["ticker", "binance", "BTC/USDT", "--base-url", "api.binance.com"],
        ["ticker", "binance", "BTC/USDT", "--timeout", "0"],
        ["ticker", "binance", "BTC/USDT", "--timeout", "soon"],
        ["ticker", "Bin ance", "BTC/USDT"],
        ["ticker", "binance", "BTCUSDT"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err


def test_base_urls_come_from_the_preferences_and_base_url_wins(
    server: HTTPServer, preferences: Preferences, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/prefs" + BINANCE_PATH).respond_with_data(PAYLOAD)
    server.expect_request("/flag" + BINANCE_PATH).respond_with_data(PAYLOAD)
    preferences.set_base_url("binance", server.url_for("/prefs"))
    preferences.save()

    assert invoke(capsys, "ticker", "binance", "BTC/USDT", "--format", "json")[0] == 0
    assert "/prefs/" in json.loads(capsys.readouterr().out or "{}").get("url", "/prefs/")
    status, out, _ = invoke(
        capsys,
        "ticker",
        "binance",
        "BTC/USDT",
        "--format",
        "json",
        "--base-url",
        server.url_for("/flag"),
    )
    assert status == 0 and "/flag/" in json.loads(out)["url"]


def test_old_market_settings_are_migrated(
    server: HTTPServer, dirs, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/old" + BINANCE_PATH).respond_with_data(PAYLOAD)
    dirs.config.mkdir(parents=True)
    dirs.legacy_market_settings.write_text(
        json.dumps({"base_urls": {"binance": server.url_for("/old")}}), encoding="utf-8"
    )
    status, out, _ = invoke(capsys, "ticker", "binance", "BTC/USDT", "--format", "json")
    assert status == 0 and "/old/" in json.loads(out)["url"]
    assert not dirs.legacy_market_settings.exists()
    assert dirs.legacy_market_settings.with_name("market-settings.json.migrated").exists()
    assert Preferences(dirs.preferences_file).base_urls() == {"binance": server.url_for("/old")}

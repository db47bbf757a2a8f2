"""``ticker EXCHANGE SYMBOL``: output formats, errors on stderr, exit codes, argument checks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import ClientConfig, FetchErrorKind, MarketSpecs, cli
from explorer.market.cli import EXIT_CODES, add_ticker_command, main, run_ticker_command

from .helpers import fast_config, fixture_bytes

BINANCE_PATH = "/api/v3/ticker/24hr"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="exchange-explorer")
    add_ticker_command(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def invoke(
    specs: MarketSpecs, tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    args = parse(*argv)
    status = (
        args.handler(args)
        if False
        else run_ticker_command(
            args, specs=specs, config=fast_config(), settings_path=tmp_path / "none.json"
        )
    )
    out, err = capsys.readouterr()
    return status, out, err


def test_json_output_has_the_ccxt_keys(
    server: HTTPServer, specs: MarketSpecs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request(BINANCE_PATH, query_string={"symbol": "BNBBTC"}).respond_with_data(
        fixture_bytes("binance.json")
    )
    url = server.url_for("")

    status, out, err = invoke(
        specs,
        tmp_path,
        capsys,
        "ticker",
        "binance",
        "BNB/BTC",
        "--format",
        "json",
        "--base-url",
        url,
    )

    payload = json.loads(fixture_bytes("binance.json"))
    data = json.loads(out)
    assert (status, err) == (0, "")
    assert list(data) == [
        "symbol", "exchange", "last", "bid", "ask", "high", "low", "open", "baseVolume",
        "quoteVolume", "percentage", "timestamp", "datetime", "fetchedAt", "latencyMs", "url",
        "invalid",
    ]  # fmt: skip
    assert data["last"] == float(payload["lastPrice"])
    assert data["timestamp"] == payload["closeTime"]
    assert data["url"].startswith(url.rstrip("/") + BINANCE_PATH)


def test_table_output(
    server: HTTPServer, specs: MarketSpecs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))

    status, out, _ = invoke(
        specs, tmp_path, capsys, "ticker", "binance", "bnb/btc", "--base-url", server.url_for("")
    )

    payload = json.loads(fixture_bytes("binance.json"))
    assert status == 0
    assert out.splitlines()[0] == "binance BNB/BTC"
    assert f"last          {payload['lastPrice']}" in out
    assert f"24h change    {float(payload['priceChangePercent']):+.2f} %" in out


@pytest.mark.parametrize(
    ("status_code", "kind"),
    [(503, FetchErrorKind.MAINTENANCE), (451, FetchErrorKind.BLOCKED)],
)
def test_errors_go_to_stderr_with_distinct_exit_codes(
    server: HTTPServer,
    specs: MarketSpecs,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    status_code: int,
    kind: FetchErrorKind,
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(b"", status=status_code)

    status, out, err = invoke(
        specs, tmp_path, capsys, "ticker", "binance", "BNB/BTC", "--base-url", server.url_for("")
    )

    assert (status, out) == (EXIT_CODES[kind], "")
    assert err.startswith("Binance ") and err.count("\n") == 1


def test_unsupported_exchange(
    specs: MarketSpecs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = invoke(specs, tmp_path, capsys, "ticker", "mtgox", "BTC/USD")
    assert status == EXIT_CODES[FetchErrorKind.UNSUPPORTED]
    assert err == "No live prices for mtgox: the exchange closed in 2014\n"


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
    ],
)
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err


def test_timeout_and_base_url_reach_the_client(
    specs: MarketSpecs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[float, dict[str, str]]] = []

    async def fake_fetch(
        _exchange: str, _symbol: str, _specs: object, config: ClientConfig, urls: dict[str, str]
    ) -> None:
        seen.append((config.timeout, urls))
        raise AssertionError("stop here")

    monkeypatch.setattr(cli, "_fetch", fake_fetch)
    args = parse("ticker", "binance", "BTC/USDT", "--timeout", "2.5", "--base-url", "http://h/")
    with pytest.raises(AssertionError, match="stop here"):
        run_ticker_command(args, specs=specs, settings_path=tmp_path / "none.json")
    assert seen == [(2.5, {"binance": "http://h"})]

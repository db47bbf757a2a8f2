"""``exchange-explorer markets EXCHANGE`` through the real entry point, against recorded
all-tickers answers served from 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pytest_httpserver import HTTPServer

from explorer.cli import run
from explorer.cli.ticker_command import EXIT_CODES
from explorer.market import FetchErrorKind

from ..helpers.market import PAYLOADS

OKX_PATH = "/api/v5/market/tickers"


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def serve_okx(server: HTTPServer, items: list[dict[str, str]]) -> str:
    server.expect_request(OKX_PATH, query_string={"instType": "SPOT"}).respond_with_json(
        {"code": "0", "msg": "", "data": items}
    )
    return server.url_for("")


def okx_items() -> list[dict[str, str]]:
    """The recorded OKX item, and copies of it for two more markets (volumes changed so the
    order by quote volume is known)."""
    recorded = json.loads((PAYLOADS / "okx.tickers.json").read_text())["data"][0]
    eth_usdt = recorded | {
        "instId": "ETH-USDT",
        "volCcy24h": str(float(recorded["volCcy24h"]) * 10),
    }
    sol_eur = recorded | {"instId": "SOL-EUR", "volCcy24h": "1"}
    return [recorded, eth_usdt, sol_eur]


def test_json_is_a_list_of_unified_tickers_by_quote_volume(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    items = okx_items()
    url = serve_okx(server, items)

    status, out, err = invoke(capsys, "markets", "okx", "--format", "json", "--base-url", url)

    data = json.loads(out)
    assert status == 0
    assert [row["symbol"] for row in data] == [
        "ETH/USDT",
        items[0]["instId"].replace("-", "/"),
        "SOL/EUR",
    ]
    assert data[1]["last"] == float(items[0]["last"])
    assert {row["exchange"] for row in data} == {"okx"}
    assert err.strip() == "3 markets"


def test_quote_filter_and_csv(server: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    url = serve_okx(server, okx_items())

    status, out, err = invoke(
        capsys, "markets", "okx", "--quote", "eur", "--format", "csv", "--base-url", url
    )

    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [row["symbol"] for row in rows] == ["SOL/EUR"]
    assert err.strip() == "1 markets quoted in EUR"


def test_table_lists_every_market_and_says_what_was_left_out(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [*okx_items(), {"instId": "BROKEN", "last": "1"}, {"instId": "ETH-BTC", "last": ""}]
    url = serve_okx(server, items)

    status, out, err = invoke(capsys, "markets", "okx", "--base-url", url)

    lines = out.splitlines()
    assert status == 0
    assert lines[0].split()[:4] == ["symbol", "last", "bid", "ask"]
    assert [line.split()[0] for line in lines[1:]] == ["ETH/USDT", "BCD/BTC", "SOL/EUR"]
    assert len(lines) == 4
    assert "2 items of the answer left out (1 no price, 1 unreadable id)" in err


def test_an_exchange_without_an_all_markets_endpoint(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = invoke(capsys, "markets", "bitflyer", "--base-url", server.url_for(""))

    assert (status, out) == (EXIT_CODES[FetchErrorKind.UNSUPPORTED], "")
    assert "all-markets" in err and len(err.splitlines()) == 1


def test_a_failure_is_one_line_and_its_exit_code(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request(OKX_PATH).respond_with_json({"code": "0", "data": {"not": "a list"}})

    status, out, err = invoke(capsys, "markets", "okx", "--base-url", server.url_for(""))

    assert (status, out) == (EXIT_CODES[FetchErrorKind.BAD_PAYLOAD], "")
    assert len(err.splitlines()) == 1


def test_an_unknown_exchange_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = invoke(capsys, "markets", "binanse")
    assert status == 2
    assert err.startswith("exchange-explorer markets: error: unknown exchange 'binanse'")
    assert "binance" in err


@pytest.mark.parametrize("quote", ["US DT", "a" * 30, "€"])
def test_a_bad_quote_is_a_usage_error(quote: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(["markets", "okx", "--quote", quote])
    assert stopped.value.code == 2

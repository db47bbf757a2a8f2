"""``exchange-explorer candles EXCHANGE SYMBOL`` through the real entry point, against a
recorded klines answer served from 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from explorer.cli import run
from explorer.cli.ticker_command import EXIT_CODES
from explorer.market import FetchErrorKind

CANDLES = Path(__file__).parents[1] / "market" / "payloads" / "candles"
RECORDED = json.loads((CANDLES / "binanceus.json").read_text())[0]


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def serve(server: HTTPServer, rows: list[list[object]], status: int = 200) -> str:
    server.expect_request("/api/v3/klines").respond_with_json(rows, status=status)
    return server.url_for("").rstrip("/")


def newer(row: list[object], hours: int, close: str) -> list[object]:
    """The recorded kline moved ``hours`` later with another close (the answer holds one)."""
    timestamp = int(str(row[0])) + hours * 3_600_000
    return [timestamp, row[1], "99999", row[3], close, *row[5:]]


def test_json_is_ccxts_ohlcv_oldest_first(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, [RECORDED, newer(RECORDED, 1, "73400.5")])

    status, out, err = invoke(
        capsys, "candles", "binanceus", "btc/usdt", "--format", "json", "--base-url", url
    )

    assert status == 0, err
    assert json.loads(out) == [
        [1710327600000, 73249.24, 73394.3, 73234.62, 73347.62, 0.23592],
        [1710331200000, 73249.24, 99999.0, 73234.62, 73400.5, 0.23592],
    ]
    assert err == "2 candles of 1h\n"
    sent = server.log[0][0]
    assert sent.args["symbol"] == "BTCUSDT"
    assert (sent.args["interval"], sent.args["limit"]) == ("1h", "100")


def test_csv_keeps_the_exchanges_digits_and_the_table_shows_utc_times(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, [RECORDED])

    _, out, _ = invoke(capsys, "candles", "binanceus", "BTC/USDT", "--format", "csv",
                       "--timeframe", "1d", "--limit", "5", "--base-url", url)  # fmt: skip
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [
        ["timestamp", "open", "high", "low", "close", "volume"],
        ["1710327600000", "73249.24000000", "73394.30000000", "73234.62000000",
         "73347.62000000", "0.23592000"],
    ]  # fmt: skip
    assert server.log[0][0].args["limit"] == "5"

    _, table, _ = invoke(capsys, "candles", "binanceus", "BTC/USDT", "--base-url", url)
    assert table.splitlines()[1].startswith("2024-03-13 11:00  73249.24000000")


def test_a_failure_is_one_line_and_its_exit_code(
    server: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, {"code": -1121, "msg": "Invalid symbol."}, status=400)  # type: ignore[arg-type]

    status, out, err = invoke(capsys, "candles", "binanceus", "NOPE/USDT", "--base-url", url)

    assert out == ""
    assert status == EXIT_CODES[FetchErrorKind.UNKNOWN_SYMBOL]
    assert err.count("\n") == 1 and "Invalid symbol." in err


def test_an_exchange_without_candles_and_a_bad_limit(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = invoke(capsys, "candles", "bitflyer", "BTC/JPY")
    assert status == EXIT_CODES[FetchErrorKind.NO_CANDLES] == 29
    assert err == "No BTC/JPY candles from bitFlyer: this app knows no candles endpoint of it yet\n"

    with pytest.raises(SystemExit) as caught:
        run(["candles", "binanceus", "BTC/USDT", "--limit", "0"])
    assert caught.value.code == 2
    assert "a number from 1 to 5000" in capsys.readouterr().err

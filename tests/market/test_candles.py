"""Candles (ccxt's fetchOHLCV): every bundled ``candles`` table against its recorded answer,
read exactly as ccxt 4.5.90 reads it, and the request, the reading and its bounds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import FetchError, FetchErrorKind, MarketClient, parse_specs
from explorer.market.candles import MAX_ROWS, Candles, prepare_candles, read_candles
from explorer.market.specs import SpecError

from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config
from .test_adapters import SPECS, serve

CANDLES = Path(__file__).parent / "payloads" / "candles"
NOW = datetime(2024, 3, 13, 12, 0, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)


def candle_exchanges() -> list[str]:
    return [name for name, spec in sorted(SPECS.exchanges.items()) if spec.candles is not None]


def test_every_candles_table_has_a_recorded_answer() -> None:
    missing = [
        name
        for name in candle_exchanges()
        if not (CANDLES / f"{name}.json").is_file()
        or not (CANDLES / f"{name}.expected.json").is_file()
    ]
    assert missing == []
    assert len(candle_exchanges()) >= 40


@pytest.mark.parametrize("exchange", candle_exchanges())
def test_recorded_answer_gives_ccxts_candles(
    exchange: str, run: LoopRunner, server: HTTPServer
) -> None:
    expected: dict[str, Any] = json.loads((CANDLES / f"{exchange}.expected.json").read_text())
    symbol, timeframe = expected["symbol"], expected["timeframe"]
    base_url = server.url_for("").rstrip("/")
    spec = SPECS.exchanges[exchange]
    request = prepare_candles(spec, symbol, timeframe, 100, now_ms=NOW_MS, base_url=base_url)
    serve(server, request, CANDLES / f"{exchange}.json")

    async def fetch() -> Candles:
        client = MarketClient(
            SPECS, config=fast_config(), base_urls={exchange: base_url}, wall_clock=lambda: NOW
        )
        async with client:
            return await client.fetch_candles(exchange, symbol, timeframe, 100)

    candles = run(fetch())

    assert expected["candles"], "an expected file without candles checks nothing"
    assert [candle.to_json() for candle in candles.candles] == expected["candles"]
    assert candles.symbol == symbol and candles.timeframe == timeframe


# --- the request -----------------------------------------------------------------------------

SPEC = """
[exchanges.demo]
api = "https://api.example.com"
path = "/ticker"
market = "{BASE}{QUOTE}"
fields = { last = "last" }
currency_aliases = { BTC = "XBT" }

[exchanges.demo.candles]
path = "/klines/{market}"
params = { interval = "{timeframe}", limit = "{limit}", from = "{since_s}", to = "{until_ms}", \
start = "{since_iso}" }
timeframes = { 1m = "1min", 1h = "60min" }
max_limit = 300
rows = "data"
row = { timestamp = 0, open = 1, high = 2, low = 3, close = 4, volume = 5 }
"""


def demo(extra: str = "", spec: str = SPEC) -> Any:
    return parse_specs(spec + extra, strict=True).exchanges["demo"]


def test_the_request_names_the_market_timeframe_and_window() -> None:
    request = prepare_candles(demo(), "btc/usdt", "1h", 24, now_ms=NOW_MS)

    assert request.url == "https://api.example.com/klines/XBTUSDT"
    since_ms = NOW_MS - 24 * 3600 * 1000
    assert request.params == {
        "interval": "60min",
        "limit": "24",
        "from": str(since_ms // 1000),
        "to": str(NOW_MS),
        "start": "2024-03-12T12:00:00Z",
    }


def test_the_limit_is_kept_within_what_the_exchange_returns() -> None:
    assert prepare_candles(demo(), "BTC/USDT", "1m", 10_000, now_ms=NOW_MS).params["limit"] == "300"
    assert prepare_candles(demo(), "BTC/USDT", "1m", 0, now_ms=NOW_MS).params["limit"] == "1"


def test_a_timeframe_the_exchange_lacks_is_refused_in_words(run: LoopRunner) -> None:
    async def fetch() -> None:
        async with MarketClient(parse_specs(SPEC), config=fast_config()) as client:
            await client.fetch_candles("demo", "BTC/USDT", "4h")

    with pytest.raises(FetchError) as caught:
        run(fetch())
    assert caught.value.kind is FetchErrorKind.NO_CANDLES
    message = "No BTC/USDT candles from demo: it has no 4h candles (only 1m 1h)"
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        ('timeframes = { 2h = "2h" }\n', "unknown names 2h"),
        ("row = { timestamp = 0, open = 1, high = 2, low = 3 }\n", "needs timestamp, open"),
        ('params = { x = "{nonsense}" }\n', "unknown placeholder {nonsense}"),
        ("max_limit = 100000\n", "max_limit"),
        ('columns = "yes"\n', "columns must be true or false"),
    ],
)
def test_a_broken_candles_table_is_refused(extra: str, complaint: str) -> None:
    table = SPEC.split("[exchanges.demo.candles]")[0] + "[exchanges.demo.candles]\n"
    base = 'path = "/k"\nrows = ""\n'
    keys = {
        "timeframes": 'timeframes = { 1m = "1m" }\n',
        "row": "row = { timestamp = 0, open = 1, high = 2, low = 3, close = 4 }\n",
    }
    for key, line in keys.items():
        if not extra.startswith(key):
            base += line
    with pytest.raises(SpecError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        parse_specs(table + base + extra, strict=True)


# --- reading the answer ------------------------------------------------------------------------


def read(document: object, spec: Any = None, limit: int = 100) -> Candles:
    spec = spec or demo()
    request = prepare_candles(spec, "BTC/USDT", "1m", limit, now_ms=NOW_MS)
    return read_candles(spec, request, document, timeframe="1m", limit=limit, fetched_at=NOW_MS)


def row(minute: int, close: str = "2", high: str = "3", low: str = "1") -> list[object]:
    return [NOW_MS - minute * 60_000, "2", high, low, close, "10"]


def test_newest_first_answers_come_out_oldest_first_and_trimmed_to_the_limit() -> None:
    answer = read({"data": [row(0), row(1), row(2)]}, limit=2)

    assert [candle.timestamp for candle in answer.candles] == [
        NOW_MS - 60_000,
        NOW_MS,
    ]
    assert answer.candles[-1].volume == Decimal(10)


def test_a_bad_row_is_left_out_and_counted_not_the_answer() -> None:
    answer = read(
        {"data": [row(3), row(2, high="0.5"), row(1, close="-1"), [], row(0), row(0, close="4")]}
    )

    assert [candle.timestamp for candle in answer.candles] == [NOW_MS - 180_000, NOW_MS]
    assert answer.candles[-1].close == Decimal(4)  # a repeated time keeps the last row
    assert answer.skipped_reasons == {
        "a high below its low": 1,
        "a price cannot be negative": 1,
        "a field is missing": 1,
        "repeated time": 1,
    }


def test_an_answer_without_candles_or_with_too_many_is_a_bad_payload() -> None:
    from explorer.market.errors import PayloadError

    with pytest.raises(PayloadError, match="no 'data'"):
        read({"error": "x"})
    with pytest.raises(PayloadError, match="more than"):
        read({"data": [row(0)] * (MAX_ROWS + 1)})


def test_columns_are_zipped_into_candles() -> None:
    spec = demo(
        "columns = true\n",
        SPEC.replace(
            "row = { timestamp = 0, open = 1, high = 2, low = 3, close = 4, volume = 5 }",
            'row = { timestamp = "ticks", open = "o", high = "h", low = "l", close = "c" }',
        ),
    )
    answer = read(
        {"data": {"ticks": [NOW_MS, NOW_MS - 60_000], "o": [1, 2], "h": [3, 4], "l": [0, 1],
                  "c": [2, 3]}},
        spec,
    )  # fmt: skip

    assert [candle.to_json() for candle in answer.candles] == [
        [NOW_MS - 60_000, 2.0, 4.0, 1.0, 3.0, None],
        [NOW_MS, 1.0, 3.0, 0.0, 2.0, None],
    ]


def test_a_candles_answer_over_the_2_mb_cap_is_refused(run: LoopRunner, server: HTTPServer) -> None:
    """A candles answer gets the cap of every answer but an all-markets one (2 MB decoded),
    not the 32 MB of a list of every market."""
    # 5,000 rows (as many as a candles answer may hold), each with a long extra column: 2.2 MB
    rows = [[*row(n), "x" * 420] for n in range(5_000)]
    body = json.dumps({"data": rows}).encode()
    assert 2 * 1024 * 1024 < len(body) < 3 * 1024 * 1024
    server.expect_request("/klines/XBTUSDT").respond_with_data(
        body, content_type="application/json"
    )
    base_url = server.url_for("").rstrip("/")

    async def fetch() -> None:
        client = MarketClient(parse_specs(SPEC), config=fast_config(),
                              base_urls={"demo": base_url}, wall_clock=lambda: NOW)  # fmt: skip
        async with client:
            await client.fetch_candles("demo", "BTC/USDT", "1m")

    with pytest.raises(FetchError) as caught:
        run(fetch())
    assert caught.value.kind is FetchErrorKind.TOO_LARGE

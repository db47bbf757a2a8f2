"""Every market in one answer: ids placed as unified symbols, bad items left out and counted."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from explorer.market import all_markets
from explorer.market.all_markets import AllTickers, read_all_tickers, read_markets
from explorer.market.errors import PayloadError
from explorer.market.specs import SpecError, parse_specs

SPECS = parse_specs(
    """
[exchanges.dashed]
api = "https://a.example"
path = "/ticker"
market = "{BASE}-{QUOTE}"
currency_aliases = { BTC = "XBT" }
fields = { last = "last", quoteVolume = "qv" }

[exchanges.dashed.tickers]
path = "/tickers"
items = "data"
id = "id"

[exchanges.joined]
api = "https://b.example"
path = "/ticker"
market = "{BASE}{QUOTE}"
fields = { last = "c", bid = "b", ask = "a", baseVolume = "v" }

[exchanges.joined.tickers]
path = "/tickers"
items_are = "object"
id = "@key"
split_quotes = ["USD", "USDT", "BTC"]

[exchanges.listed]
api = "https://c.example"
path = "/ticker"
market = "{BASE}{QUOTE}"
settle = "quote"
fields = { last = "last" }

[exchanges.listed.tickers]
path = "/tickers"
id = "symbol"

[exchanges.listed.markets]
path = "/info"
items = "symbols"
id = "symbol"
base = "baseAsset"
quote = "quoteAsset"
active = "status"
active_values = ["TRADING"]
""",
    strict=True,
)


def read(exchange: str, document: object, markets=None):
    return read_all_tickers(
        SPECS.exchanges[exchange], document, markets=markets, fetched_at=0, latency_ms=0, url=""
    )


def test_ids_read_with_the_template_and_aliases_sorted_by_quote_volume() -> None:
    answer = read(
        "dashed",
        {
            "data": [
                {"id": "ETH-XBT", "last": "0.05", "qv": "10"},
                {"id": "XBT-USD", "last": "50000", "qv": "900"},
                {"id": "nonsense", "last": "1"},
                {"id": "SOL-USD", "last": None},
                {"last": "3"},
                {"id": "XBT-USD", "last": "50001", "qv": "1"},
            ]
        },
    )
    assert [t.symbol for t in answer.tickers] == ["BTC/USD", "ETH/BTC"]
    assert answer.tickers[0].last == Decimal(50000)
    assert answer.skipped_reasons == {
        "unreadable id": 1,
        "no price": 1,
        "no market id": 1,
        "listed twice": 1,
    }
    assert answer.skipped == 4


def test_joined_ids_split_on_the_longest_known_quote() -> None:
    answer = read(
        "joined",
        {
            "BTCUSDT": {"c": "50000", "v": "2"},  # USDT, not USD + "T"
            "ETHBTC": {"c": "0.05", "v": "1"},
            "DOGEEUR": {"c": "0.1"},
            "USDT": {"c": "1"},
        },
    )
    assert {t.symbol for t in answer.tickers} == {"BTC/USDT", "ETH/BTC"}
    # sorted by quote volume, estimated as base volume x last where none is given
    assert [t.symbol for t in answer.tickers] == ["BTC/USDT", "ETH/BTC"]
    assert answer.skipped_reasons == {"unreadable id": 2}


def test_a_markets_list_places_ids_and_drops_closed_markets() -> None:
    spec = SPECS.exchanges["listed"]
    assert spec.markets is not None
    markets = read_markets(
        spec,
        spec.markets,
        {
            "symbols": [
                {
                    "symbol": "BTCUSDT",
                    "baseAsset": "BTC",
                    "quoteAsset": "USDT",
                    "status": "TRADING",
                },
                {
                    "symbol": "LUNAUSDT",
                    "baseAsset": "LUNA",
                    "quoteAsset": "USDT",
                    "status": "BREAK",
                },
                {
                    "symbol": "X\\nY",
                    "baseAsset": "X\\nY",
                    "quoteAsset": "USDT",
                    "status": "TRADING",
                },
            ]
        },
    )
    assert markets == {"BTCUSDT": ("BTC", "USDT")}
    answer = read(
        "listed", [{"symbol": "BTCUSDT", "last": "1"}, {"symbol": "LUNAUSDT", "last": "2"}], markets
    )
    assert [t.symbol for t in answer.tickers] == ["BTC/USDT:USDT"]
    assert answer.skipped_reasons == {"market not in the markets list": 1}


@pytest.mark.parametrize("document", [{"data": {"not": "a list"}}, {"other": []}, [], "text"])
def test_a_document_of_the_wrong_shape_is_a_bad_payload(document: object) -> None:
    with pytest.raises(PayloadError):
        read("dashed", document)


def test_an_answer_listing_too_many_markets_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(all_markets, "MAX_ITEMS", 3)
    items = [{"id": f"C{n}-USD", "last": "1"} for n in range(4)]
    with pytest.raises(PayloadError, match="more than 3"):
        read("dashed", {"data": items})
    assert len(read("dashed", {"data": items[:3]}).tickers) == 3


def test_joined_ids_need_a_way_to_be_split() -> None:
    with pytest.raises(SpecError, match="cannot be split"):
        parse_specs(
            """
[exchanges.x]
api = "https://x.example"
path = "/t"
market = "{BASE}{QUOTE}"
fields = { last = "c" }
[exchanges.x.tickers]
path = "/all"
id = "symbol"
""",
            strict=True,
        )


def test_binance_ids_split_as_binance_lists_them() -> None:
    from pathlib import Path

    from explorer.market.specs import bundled_specs

    spec = bundled_specs().exchanges["binance"]
    rows = json.loads((Path(__file__).parent / "fixtures" / "binance_market_ids.json").read_text())
    document = [{"symbol": market_id, "lastPrice": "1"} for market_id, _, _ in rows]

    answer = read_all_tickers(spec, document, markets=None, fetched_at=0, latency_ms=0, url="")

    assert len(rows) == 2292
    assert {t.symbol for t in answer.tickers} == {
        f"{base}/{quote}" for market_id, base, quote in rows if market_id != "BDOTDOT"
    }
    assert answer.skipped_reasons == {"unreadable id": 1}


def test_a_market_with_only_zero_prices_is_left_out() -> None:
    answer = read(
        "dashed",
        {"data": [{"id": "OLD-USD", "last": "0.00000000"}, {"id": "NEW-USD", "last": "2"}]},
    )
    assert [t.symbol for t in answer.tickers] == ["NEW/USD"]
    assert answer.skipped_reasons == {"no price": 1}


def read_with(toml: str, exchange: str, document: object) -> AllTickers:
    spec = parse_specs(toml, strict=True).exchanges[exchange]
    return read_all_tickers(spec, document, markets=None, fetched_at=0, latency_ms=0, url="")


def test_items_naming_only_their_base_take_the_exchange_s_one_quote() -> None:
    answer = read_with(
        """
[exchanges.krw]
api = "https://k.example"
path = "/ticker/{market}"
market = "{BASE}"
quotes = ["KRW"]
fields = { last = "closing_price" }
[exchanges.krw.tickers]
path = "/ticker/ALL"
items = "data"
items_are = "object"
base = "@key"
""",
        "krw",
        {"data": {"BTC": {"closing_price": "1"}, "date": "1700000000000"}},
    )
    assert [t.symbol for t in answer.tickers] == ["BTC/KRW"]
    assert answer.skipped_reasons == {"no price": 1}  # "date" is no market
    with pytest.raises(SpecError, match="one quote"):
        parse_specs(
            """
[exchanges.x]
api = "https://x.example"
path = "/t/{market}"
market = "{BASE}"
fields = { last = "c" }
[exchanges.x.tickers]
path = "/all"
items_are = "object"
base = "@key"
""",
            strict=True,
        )


def test_a_list_may_write_its_ids_its_own_way() -> None:
    answer = read_with(
        """
[exchanges.slash]
api = "https://s.example"
path = "/ticker/{market}"
market = "{base}{quote}"
fields = { last = "last" }
[exchanges.slash.tickers]
path = "/ticker/"
id = "pair"
id_template = "{BASE}/{QUOTE}"
""",
        "slash",
        [{"pair": "BTC/USD", "last": "1"}, {"pair": "btcusd", "last": "2"}],
    )
    assert [t.symbol for t in answer.tickers] == ["BTC/USD"]
    assert answer.skipped_reasons == {"unreadable id": 1}


@pytest.mark.parametrize(
    "line",
    ['path = "/all/{BASE}"', 'params = { symbol = "{market}" }', 'body = { pairs = ["{quote}"] }'],
)
def test_a_list_request_names_no_market(line: str) -> None:
    # One request for every market: a placeholder there could only fail when the request is made.
    with pytest.raises(SpecError, match="placeholder"):
        parse_specs(
            f"""
[exchanges.x]
api = "https://x.example"
path = "/t/{{market}}"
market = "{{BASE}}-{{QUOTE}}"
fields = {{ last = "c" }}
[exchanges.x.tickers]
method = "POST"
id = "symbol"
{line if line.startswith("path") else 'path = "/all"'}
{"" if line.startswith("path") else line}
""",
            strict=True,
        )


def test_the_markets_list_is_fetched_once_and_places_the_tickers(run, httpserver) -> None:
    from explorer.market import MarketClient

    from ..helpers.market import fast_config

    httpserver.expect_request("/info").respond_with_json(
        {"symbols": [
            {"symbol": "BTCUSDT", "baseAsset": "BTC", "quoteAsset": "USDT", "status": "TRADING"},
            {"symbol": "LUNAUSDT", "baseAsset": "LUNA", "quoteAsset": "USDT", "status": "BREAK"},
        ]}
    )  # fmt: skip
    httpserver.expect_request("/tickers").respond_with_json(
        [{"symbol": "BTCUSDT", "last": "50000"}, {"symbol": "LUNAUSDT", "last": "0.1"}]
    )
    url = httpserver.url_for("").rstrip("/")

    async def twice() -> list:
        async with MarketClient(SPECS, config=fast_config(), base_urls={"listed": url}) as client:
            return [await client.fetch_all("listed"), await client.fetch_all("listed")]

    first, second = run(twice())

    assert [t.symbol for t in first.tickers] == ["BTC/USDT:USDT"]
    assert first.skipped_reasons == {"market not in the markets list": 1}
    assert [t.symbol for t in second.tickers] == ["BTC/USDT:USDT"]
    paths = [request.path for request, _ in httpserver.log]
    assert paths == ["/info", "/tickers", "/tickers"]  # the list once, the tickers each time

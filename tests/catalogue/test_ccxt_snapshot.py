"""The newest snapshot: the ccxt 4.5.90 package's metadata, its traps, and the developer card."""

from __future__ import annotations

import json

import pytest

from explorer.catalogue.build import metadata_bytes
from explorer.catalogue.ccxt_metadata import (
    installed_version,
    metadata_document,
    parse_metadata,
    read_installed,
)
from explorer.catalogue.ccxt_snapshot import ccxt_listings
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.links import homepage_of
from tests.catalogue.conftest import SOURCES

METADATA = SOURCES / "ccxt-4.5.90.json"
# ccxt.exchanges of ccxt 4.5.90, copied from the release
CCXT_4590 = {
    "alpaca", "apex", "aster", "backpack", "bequant", "bigone", "binance", "binancecoinm",
    "binanceus", "binanceusdm", "bingx", "bit2c", "bitbank", "bitbns", "bitfinex", "bitflyer",
    "bitget", "bithumb", "bitopro", "bitrue", "bitso", "bitstamp", "bitteam", "bittrade",
    "bitvavo", "blockchaincom", "blofin", "btcbox", "btcmarkets", "btcturk", "btse", "bullish",
    "bybit", "bybiteu", "bybitid", "bydfi", "cex", "coinbase", "coinbaseexchange",
    "coinbaseinternational", "coincheck", "coinmate", "coinone", "coinsph", "coinspot",
    "cryptocom", "cryptomus", "deepcoin", "delta", "deribit", "derive", "digifinex", "dydx",
    "extended", "fmfwio", "foxbit", "gate", "gateeu", "gemini", "grvt", "hashkey", "hibachi",
    "hitbtc", "hollaex", "htx", "hyperliquid", "independentreserve", "indodax", "kraken",
    "krakenfutures", "kucoin", "kucoinfutures", "latoken", "lbank", "lighter", "luno",
    "mercado", "mexc", "modetrade", "mudrex", "myokx", "nado", "ndax", "okx", "okxus",
    "onetrading", "p2b", "pacifica", "paradex", "paymium", "phemex", "poloniex", "polymarket",
    "revolutx", "tokocrypto", "toobit", "upbit", "weex", "whitebit", "woo", "woofipro", "xt",
    "zaif", "zebpay"
}  # fmt: skip


@pytest.fixture(scope="module")
def metadata():
    return parse_metadata(json.loads(METADATA.read_bytes()), METADATA.name)


def test_the_committed_metadata_is_what_ccxt_4590_says() -> None:
    if installed_version() != "4.5.90":  # the build extra pins it; `make test` installs it
        pytest.fail(f"the build extra's ccxt 4.5.90 is not installed ({installed_version()})")
    assert metadata_bytes(read_installed("4.5.90")) == METADATA.read_bytes(), (
        "sources/ccxt-4.5.90.json is stale: run `make catalogue`"
    )


def test_the_snapshot_lists_every_ccxt_4590_exchange(exchanges: dict) -> None:
    in_snapshot = {i for i, e in exchanges.items() if "ccxt-4.5.90" in e["snapshots"]}
    listed = {i for i, e in exchanges.items() if e["listed_in_newest"]}
    assert in_snapshot == listed == CCXT_4590
    assert len(CCXT_4590) == 104


def test_ccxt_country_spellings_become_iso_codes(exchanges: dict) -> None:
    assert exchanges["bitteam"]["countries"] == ["GB"]  # ccxt: UK
    assert exchanges["blockchaincom"]["countries"] == ["LU"]  # ccxt: LX
    assert exchanges["foxbit"]["countries"] == ["BR"]  # ccxt: pt-BR (a language tag)
    codes = {c for e in exchanges.values() for c in e["countries"]}
    assert {"UK", "LX", "pt-BR"}.isdisjoint(codes)
    assert all(len(code) == 2 and code.isupper() for code in codes)


def test_an_exchange_without_a_country_is_kept_under_no_country(
    exchanges: dict, built: dict
) -> None:
    no_country = sorted(i for i, e in exchanges.items() if e["countries"] == ["ZZ"])
    assert no_country == [
        "apex", "binance", "binancecoinm", "binanceusdm", "derive", "hyperliquid", "lighter",
        "pacifica", "paradex",
    ]  # fmt: skip
    assert exchanges["binance"]["regions"] == ["001"]
    assert built["countries"]["ZZ"] == {
        "region": "001",
        "names": {"en": "No country given", "zh_CN": "未注明国家"},
    }
    assert built["regions"]["001"]["names"]["en"] == "World"
    # the documents' countries stay in the history
    assert exchanges["binance"]["snapshots"]["by-country-md"]["countries"] != ["ZZ"]


def test_the_website_is_the_homepage_never_a_sign_in_page(exchanges: dict) -> None:
    assert exchanges["binance"]["website"] == "https://www.binance.com"
    assert exchanges["binance"]["website_source"] == "ccxt-homepage"
    assert exchanges["binance"]["website_original"].startswith("https://accounts.binance.com/")
    assert exchanges["mexc"]["website"] == "https://www.mexc.com/"
    # delisted: the newest document's link, on the main host
    assert exchanges["bitbay"]["website"] == "https://bitbay.net/"
    assert exchanges["bitz"]["website"] == "https://bit-z.com/"
    assert exchanges["bitbay"]["website_source"] == "document-link"
    hosts = {e["website"].split("/")[2].split(".")[0] for e in exchanges.values() if e["website"]}
    assert hosts.isdisjoint({"accounts", "auth", "login", "m", "u", "register"})


@pytest.mark.parametrize(
    ("link", "homepage"),
    [
        ("https://accounts.binance.com/en/register?ref=X", "https://binance.com/"),
        ("https://m.mexc.com/auth/signup?inviteCode=1", "https://mexc.com/"),
        ("https://www.kraken.com/", "https://www.kraken.com/"),
        ("https://exchange.ripio.com/en/", "https://exchange.ripio.com/en/"),
        ("https://m.example.co:8443/x", "https://example.co:8443/"),
    ],
)
def test_homepage_of_a_link(link: str, homepage: str) -> None:
    assert homepage_of(link) == homepage


def test_the_developer_card(exchanges: dict) -> None:
    card = exchanges["binance"]["ccxt"]
    assert card["snapshot"] == "ccxt-4.5.90"
    assert (card["certified"], card["pro"], card["dex"]) == (True, True, False)
    assert card["rate_limit_ms"] == 50
    assert card["capabilities"] == {
        "ticker": "yes", "tickers": "yes", "ohlcv": "yes", "order_book": "yes", "trades": "yes",
        "watch_ticker": "yes",
    }  # fmt: skip
    assert card["fees"] == {
        "maker": 0.001,
        "taker": 0.001,
        "page": "https://www.binance.com/en/fee/schedule",
    }
    assert "api.binance.com" in card["api_hosts"]
    assert exchanges["hyperliquid"]["ccxt"]["dex"] is True
    assert exchanges["okex"]["ccxt"] is None  # not in ccxt 4.5.90: no card
    # every placeholder filled in ({hostname}), every host a plain name
    hosts = [h for e in exchanges.values() if e["ccxt"] for h in e["ccxt"]["api_hosts"]]
    assert hosts and all("{" not in h and "." in h for h in hosts)


def test_tiered_or_odd_fees_are_no_fee(metadata) -> None:
    p2b = next(e for e in metadata.exchanges if e.id == "p2b")
    assert (p2b.maker, p2b.taker) == (None, None)  # ccxt gives a table of tiers


def _describe(**overrides: object) -> dict:
    described = {
        "id": "demo", "name": "Demo", "countries": ["UK"], "version": "v2", "rateLimit": 100,
        "certified": False, "pro": False, "dex": False, "hostname": "demo.test",
        "urls": {"www": "https://{hostname}", "api": {"public": "https://api.{hostname}/v2"},
                 "doc": ["https://docs.demo.test"], "logo": "https://demo.test/logo.png",
                 "fees": None, "referral": {"url": "https://demo.test/r/1", "discount": 0.1}},
        "has": {"fetchTicker": True, "fetchTickers": "emulated", "fetchOHLCV": None},
        "fees": {"trading": {"maker": 0.001, "taker": 0.002}},
    }  # fmt: skip
    described.update(overrides)
    return described


def test_describe_becomes_a_listing() -> None:
    metadata = parse_metadata(metadata_document("9.9.9", [(_describe(), {})]), "t")
    [listing] = ccxt_listings(metadata, "ccxt-9.9.9", "t")
    assert listing.countries == ("GB",)
    assert listing.website == "https://demo.test" and listing.homepage
    assert listing.referral == "https://demo.test/r/1"
    assert listing.version == "2"
    assert listing.ccxt["capabilities"]["tickers"] == "emulated"
    assert listing.ccxt["capabilities"]["ohlcv"] == "no"
    assert listing.ccxt["api_hosts"] == ["api.demo.test"]


@pytest.mark.parametrize(
    ("overrides", "kept"),
    [
        ({"rateLimit": float("nan")}, ("rate_limit_ms", None)),
        ({"rateLimit": 10**12}, ("rate_limit_ms", None)),
        ({"rateLimit": True}, ("rate_limit_ms", None)),
        ({"fees": {"trading": {"maker": 5, "taker": "0.1"}}}, ("maker", None)),
        ({"urls": {"www": "javascript:alert(1)"}}, ("www", None)),
        ({"urls": {"www": "https://a.test/\u202e\u0007x"}}, ("www", None)),
        ({"name": "Demo\x1b[31m\nX"}, ("name", "Demo[31m X")),
    ],
)
def test_odd_values_are_dropped_not_trusted(overrides: dict, kept: tuple) -> None:
    metadata = parse_metadata(metadata_document("1", [(_describe(**overrides), {})]), "t")
    field, value = kept
    assert getattr(metadata.exchanges[0], field) == value


@pytest.mark.parametrize(
    ("document", "said"),
    [
        ([], "no \"format\""),
        ({"format": "ccxt-metadata", "ccxt_version": "1", "exchanges": []}, "exchanges"),
        ({"format": "ccxt-metadata", "ccxt_version": "1", "exchanges": [{"id": "A"}]}, "valid id"),
        (
            {"format": "ccxt-metadata", "ccxt_version": "1",
             "exchanges": [{"id": "a", "name": "A", "countries": []}] * 2},
            "twice",
        ),
        (
            {"format": "ccxt-metadata", "ccxt_version": "1",
             "exchanges": [{"id": "a", "name": "A", "countries": "US"}]},
            "countries",
        ),
    ],
)  # fmt: skip
def test_damaged_metadata_is_refused(document: object, said: str) -> None:
    with pytest.raises(CatalogueError, match=said):
        parse_metadata(document, "t.json")


def test_an_unknown_country_code_fails_the_build_naming_the_exchange() -> None:
    metadata = parse_metadata(
        metadata_document("1", [(_describe(countries=["Narnia"]), {})]), "meta.json"
    )
    with pytest.raises(CatalogueError, match="demo: unknown country code 'Narnia'"):
        ccxt_listings(metadata, "k", "meta.json")

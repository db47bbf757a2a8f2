"""The traps in the sources, each checked on the reconciled catalogue."""

from __future__ import annotations

import pytest

from explorer.catalogue.api_versions import normalise_version
from explorer.catalogue.geography import country_code, region_of, territory_name
from explorer.catalogue.links import clean_url, is_web_url


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("UK", "GB"), ("US", "US"), ("EU", "EU"), ("Russia", "RU"), ("Turkey", "TR"),
        ("St.\xa0Vincent & Grenadines", "VC"), ("South Korea", "KR"), ("Hong Kong", "HK"),
        ("British Virgin Islands", "VG"), ("Vietnam", "VN"), ("Czech Republic", "CZ"),
        ("我们", "US"), ("我", "EU"), ("火鸡", "TR"), ("俄国", "RU"), ("南韩", "KR"),
        ("香港", "HK"), ("捷克共和国", "CZ"), ("英国", "GB"), ("阿根廷", "AR"), ("开曼群岛", "KY"),
    ],
)  # fmt: skip
def test_country_names_resolve(written: str, code: str) -> None:
    assert country_code(written) == code


def test_unknown_country_is_not_guessed() -> None:
    assert country_code("Atlantis") is None
    assert country_code("") is None


def test_regions_are_un_m49_continents_and_eu_is_europe() -> None:
    assert (region_of("US"), region_of("JP"), region_of("AU"), region_of("ZA")) == (
        "019", "142", "009", "002",
    )  # fmt: skip
    assert region_of("EU") == region_of("DE") == "150"
    assert territory_name("150", "zh_CN") == "欧洲"
    assert territory_name("EU", "en") == "European Union"


@pytest.mark.parametrize(
    ("raw", "version"),
    [("2", "2"), ("*", "*"), ("\\*", "*"), ("1个", "1"), ("API Version 2.0", "2.0"),
     ("API Version *", "*"), ("1.1", "1.1"), ("v3", "3"), ("bogus", None)],
)  # fmt: skip
def test_versions(raw: str, version: str | None) -> None:
    assert normalise_version(raw) == version


@pytest.mark.parametrize(
    ("original", "clean"),
    [
        ("https://www.okx.com/join/1888677", "https://www.okx.com/"),
        ("https://www.coinspot.com.au/register?code=PJURCU", "https://www.coinspot.com.au/"),
        ("https://www.poloniex.com/?utm_source=ccxt&utm_medium=web", "https://www.poloniex.com/"),
        ("https://hitbtc.com/?ref_id=5a5d39a65d466", "https://hitbtc.com/"),
        ("https://kuna.io?r=kunaid-gvfihe8az7o4", "https://kuna.io"),
        ("https://www.bitfinex.com/?refcode=P61eYxFL", "https://www.bitfinex.com/"),
        ("https://exchange.ripio.com/en/api/", "https://exchange.ripio.com/en/api/"),
        ("https://example.test/markets?pair=BTC", "https://example.test/markets?pair=BTC"),
    ],
)
def test_referral_parts_are_separated(original: str, clean: str) -> None:
    assert clean_url(original) == clean


def test_only_http_links_count_as_web_links() -> None:
    assert is_web_url("https://a.test/x")
    assert not is_web_url("javascript:alert(1)")
    assert not is_web_url("file:///etc/passwd")
    assert not is_web_url("https://")


def test_catalogue_keeps_clean_and_original_website(exchanges: dict) -> None:
    coinspot = exchanges["coinspot"]
    assert coinspot["website"] == "https://www.coinspot.com.au"  # ccxt's urls.www
    assert coinspot["website_original"] == "https://www.coinspot.com.au/register?code=PJURCU"
    for exchange in exchanges.values():
        for link in (exchange["website"], exchange["website_original"], exchange["docs"]):
            assert link is None or is_web_url(link), exchange["id"]


def test_mojibake_exchange_gets_both_countries(exchanges: dict) -> None:
    assert exchanges["getbtc"]["countries"] == ["VC", "RU"]
    assert exchanges["getbtc"]["regions"] == ["019", "150"]


def test_escaped_ids_and_renames(exchanges: dict) -> None:
    assert "_1btcxe" in exchanges and "\\_1btcxe" not in exchanges
    assert exchanges["_1btcxe"]["snapshots"].keys() >= {"by-country-zh"}
    assert exchanges["bitcoincoid"]["last_snapshot"] == "supported-md"
    assert exchanges["indodax"]["listed_in_newest"]


def test_names_and_links_come_from_english_documents(exchanges: dict) -> None:
    # The translation writes "BTC市场" and "独立储量"; the English documents' names win.
    assert exchanges["btcmarkets"]["name"] == "BTC Markets"
    assert exchanges["independentreserve"]["name"] == "Independent Reserve"
    assert exchanges["bw"]["name"] == "BW"  # listed only in the translation


def test_history_first_last_and_still_listed(exchanges: dict) -> None:
    okex = exchanges["okex"]
    assert (okex["first_snapshot"], okex["last_snapshot"]) == ("supported-md", "by-country-zh")
    assert not okex["listed_in_newest"]
    assert exchanges["okx"]["first_snapshot"] == "by-country-md"
    assert exchanges["okex"]["versions"] == ["1", "3"]

"""exchanges.toml validation: strict mode raises, lenient mode sets broken exchanges aside."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from explorer.market import MarketSpecs, SpecError, parse_specs
from explorer.market.specs import KNOWN_KEYS

from ..helpers.market import FIXTURES

MINIMAL = """
[exchanges.demo]
api = "https://api.example.com/"
path = "/ticker"
market = "{BASE}{QUOTE}"
fields = { last = "price" }
"""


def test_minimal_spec_gets_documented_defaults() -> None:
    spec = parse_specs(MINIMAL, strict=True).exchanges["demo"]
    assert spec.api == "https://api.example.com"  # trailing slash dropped
    assert (spec.root, spec.error_path, spec.parser, spec.list_match) == ("", "", "", None)
    assert (spec.timestamp_unit, spec.percentage_scale, spec.rate_limit) == ("ms", Decimal(1), 1.0)
    assert spec.display_name == "demo"


def test_test_spec_loads_strictly(specs: MarketSpecs) -> None:
    assert set(specs.exchanges) >= {"binance", "kraken", "bitfinex2", "upbit"}
    assert specs.unsupported == {"mtgox": "the exchange closed in 2014"}
    assert specs.invalid == {}


def test_every_schema_key_is_documented_in_the_readme() -> None:
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    assert [key for key in sorted(KNOWN_KEYS) if f"`{key}`" not in readme] == []


BROKEN = {
    "missing api": ('api = "https://x.org"', ""),
    "api not http": ('api = "https://x.org"', 'api = "ftp://x.org"'),
    "unknown placeholder": ('market = "{BASE}{QUOTE}"', 'market = "{BASE}{COIN}"'),
    "market in market": ('market = "{BASE}{QUOTE}"', 'market = "{market}"'),
    "unbalanced brace": ('path = "/t"', 'path = "/t/{market"'),
    "unknown field": ('fields = { last = "p" }', 'fields = { price = "p" }'),
    "no fields": ('fields = { last = "p" }', ""),
    "empty fields": ('fields = { last = "p" }', "fields = {}"),
    "field not a string": ('fields = { last = "p" }', "fields = { last = 1.5 }"),
    "bad unit": ('fields = { last = "p" }', 'fields = { last = "p" }\ntimestamp_unit = "min"'),
    "zero rate": ('fields = { last = "p" }', 'fields = { last = "p" }\nrate_limit = 0'),
    "unknown parser": ('fields = { last = "p" }', 'fields = { last = "p" }\nparser = "nope"'),
    "bad symbol": ('fields = { last = "p" }', 'fields = { last = "p" }\ndefault_symbols = ["BTC"]'),
    "list_match keys": (
        'fields = { last = "p" }',
        'fields = { last = "p" }\nlist_match = { field = "s" }',
    ),
    "unknown key": ('fields = { last = "p" }', 'fields = { last = "p" }\nfeilds = {}'),
}
VALID = """
[exchanges.demo]
api = "https://x.org"
path = "/t"
market = "{BASE}{QUOTE}"
fields = { last = "p" }
"""


@pytest.mark.parametrize(("old", "new"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_specs_raise_in_strict_mode(old: str, new: str) -> None:
    assert old in VALID
    with pytest.raises(SpecError, match=r"exchanges\.demo"):
        parse_specs(VALID.replace(old, new), strict=True)


@pytest.mark.parametrize(
    ("old", "new"), [v for k, v in BROKEN.items() if k != "unknown key"], ids=list(BROKEN)[:-1]
)
def test_broken_specs_are_set_aside_in_lenient_mode(
    old: str, new: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = VALID.replace(old, new) + VALID.replace("demo", "fine")
    with caplog.at_level(logging.WARNING):
        specs = parse_specs(text)
    assert list(specs.exchanges) == ["fine"]
    assert list(specs.invalid) == ["demo"]
    assert "broken" in (specs.unavailable_reason("demo") or "")
    assert "demo" in caplog.text


def test_unknown_keys_are_only_warned_about_in_lenient_mode(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        specs = parse_specs(VALID.replace('path = "/t"', 'path = "/t"\nfetched_on = 2025-01-01'))
    assert list(specs.exchanges) == ["demo"]
    assert "fetched_on" in caplog.text


def test_hook_specs_need_no_fields() -> None:
    text = VALID.replace('fields = { last = "p" }', 'parser = "kraken"')
    assert parse_specs(text, strict=True).exchanges["demo"].parser == "kraken"


def test_integer_field_paths_for_positional_arrays() -> None:
    text = VALID.replace('fields = { last = "p" }', "fields = { last = 6, bid = 0 }")
    assert parse_specs(text, strict=True).exchanges["demo"].fields == {"last": "6", "bid": "0"}


def test_unsupported_exchanges_and_reasons() -> None:
    specs = parse_specs(VALID + '\n[unsupported.gone]\nreason = "closed in 2022"\n')
    assert specs.unavailable_reason("gone") == "closed in 2022"
    assert specs.unavailable_reason("demo") is None
    assert specs.unavailable_reason("never-heard-of") == "no price definition for this exchange yet"


@pytest.mark.parametrize(
    "text",
    [
        VALID + '\n[unsupported.demo]\nreason = "both"\n',
        "[unsupported.gone]\nwhy = 'no reason key'\n",
        "exchanges = 5",
        "[exchanges\n",
    ],
)
def test_document_level_errors_raise_even_when_lenient(text: str) -> None:
    with pytest.raises(SpecError):
        parse_specs(text)


def test_renamed_ids_are_priced_by_their_current_adapter() -> None:
    import tomllib

    from explorer.market.specs import bundled_specs
    from explorer.resources import resource

    specs = bundled_specs()
    renames = tomllib.loads(resource("catalogue", "renames.toml").read_text(encoding="utf-8"))
    assert specs.renamed  # e.g. huobi -> htx
    for old, new in specs.renamed.items():
        assert old not in specs.exchanges and new in specs.exchanges
        assert renames[old]["renamed_to"] == new
        assert specs.spec(old) is specs.exchanges[new]
        assert specs.unavailable_reason(old) is None
    # every catalogue rename whose exchange has an adapter now is followed
    followed = {old for old, entry in renames.items() if entry["renamed_to"] in specs.exchanges}
    assert followed <= set(specs.renamed) | set(specs.exchanges)

"""Renames link an old id to the exchange's id now; departures say when the others left."""

from __future__ import annotations

import copy

import pytest

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.renames import Rename, apply_renames, departures, renames


def test_the_renames_the_issue_names(exchanges: dict) -> None:
    expected = {
        "okex": "okx", "okex3": "okx", "huobipro": "htx", "huobi": "htx", "gateio": "gate",
        "coinbasepro": "coinbaseexchange", "bitpanda": "onetrading", "hitbtc3": "hitbtc",
        "mexc3": "mexc", "lbank2": "lbank", "bitfinex2": "bitfinex",
    }  # fmt: skip
    assert {old: exchanges[old]["renamed_to"] for old in expected} == expected
    assert exchanges["okx"]["former_ids"] == ["okex", "okex3"]
    assert exchanges["htx"]["former_ids"] == ["huobi", "huobipro"]
    assert exchanges["okx"]["renamed_to"] is None


def test_every_rename_joins_catalogue_ids_and_ends_at_its_newest(exchanges: dict) -> None:
    table = renames()
    assert len(table) == 21
    for old, rename in table.items():
        assert old in exchanges and rename.renamed_to in exchanges, old
        assert not exchanges[old]["listed_in_newest"], old
        assert rename.renamed_to not in table, f"{old} -> {rename.renamed_to} is not a chain end"
        assert all(step in exchanges or step in table for step in rename.via), old


def test_every_exchange_ccxt_dropped_says_when(exchanges: dict) -> None:
    gone = [e for e in exchanges.values() if not e["listed_in_newest"]]
    assert len(gone) == 241 - 104
    for exchange in gone:
        assert exchange["left_ccxt"] is not None and exchange["left_ccxt"]["when"], exchange["id"]
    assert all(e["left_ccxt"] is None for e in exchanges.values() if e["listed_in_newest"])
    assert exchanges["bitmex"]["left_ccxt"]["reason"].startswith("BitMEX closed")
    assert departures()["acx"].reason is None  # "not researched" is no reason


def _records(*rows: tuple[str, bool]) -> list[dict]:
    return [{"id": exchange_id, "listed_in_newest": listed} for exchange_id, listed in rows]


def test_a_stale_rename_table_fails_the_build() -> None:
    records = _records(("old", True), ("new", True))
    with pytest.raises(CatalogueError, match="'old' is still listed"):
        apply_renames(records, {"old": Rename("old", "new", (), "2020-01")})
    with pytest.raises(CatalogueError, match="'gone' is not a catalogue id"):
        apply_renames(copy.deepcopy(records), {"gone": Rename("gone", "new", (), None)})
    records = _records(("a", False), ("b", False), ("c", True))
    chain = {"a": Rename("a", "b", (), None), "b": Rename("b", "c", (), None)}
    with pytest.raises(CatalogueError, match="'a' leads to the renamed 'b'"):
        apply_renames(records, chain)

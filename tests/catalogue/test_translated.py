"""Every row of the machine-translated document, against an independent hand-checked record."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.listing import english_listing
from explorer.catalogue.snapshots import snapshot_specs
from explorer.catalogue.translated import match_translated, translated_aliases
from tests.catalogue.conftest import read_rows

ZH_FILE = "004_ba29b9497a90d13d.txt"


@pytest.fixture(scope="module")
def english() -> list:
    return [
        english_listing(row, spec.key)
        for spec in snapshot_specs()
        if not spec.translated and spec.source == "ccxt-document"
        for row in read_rows(spec.file)
    ]


@pytest.fixture(scope="module")
def matched(english: list) -> list:
    return match_translated(read_rows(ZH_FILE), "by-country-zh", english)


def test_every_translated_row_gets_the_checked_id_and_country(
    matched: list, zh_ground_truth: list[dict]
) -> None:
    assert len(matched) == len(zh_ground_truth) == 166
    mismatches = [
        (truth["line"], truth["raw_id"], truth["id"], truth["country"], got.id, got.countries)
        for got, truth in zip(matched, zh_ground_truth, strict=True)
        if (got.line, got.id, got.countries) != (truth["line"], truth["id"], (truth["country"],))
    ]
    assert mismatches == []


def test_translated_traps(matched: list) -> None:
    by_line = {listing.line: listing for listing in matched}
    assert by_line[10].id == "southxchange"  # 南汇
    assert {by_line[22].id, by_line[111].id, by_line[173].id} == {
        "bitfinex", "bitmex", "surbitcoin",
    }  # fmt: skip  # 比特币 three times
    assert by_line[77].id == "indodax"  # "x"
    assert (by_line[51].id, by_line[45].id) == ("okex", "okex3")  # 奥克斯 vs the Latin okex3


def test_most_rows_are_settled_by_evidence_not_the_alias_table(matched: list) -> None:
    how = [listing.match for listing in matched]
    assert how.count("alias") <= len(translated_aliases())
    assert how.count("evidence") > 90


def test_an_exchange_appears_once_per_country(matched: list) -> None:
    pairs = [(listing.countries, listing.id) for listing in matched]
    assert len(pairs) == len(set(pairs))


def test_a_row_without_evidence_fails_the_build_naming_it(english: list) -> None:
    row = read_rows(ZH_FILE)[1]
    stranger = dataclasses.replace(
        row, raw_id="陌生人", name="陌生人", website=None, logo=None, docs=None, line=999
    )
    with pytest.raises(CatalogueError, match=r"004_ba29b9497a90d13d\.txt:999: cannot tie"):
        match_translated([stranger], "by-country-zh", english)

"""The benchmarks' own data builders still make what the app reads (a model change that
breaks them is found here, not at the next `make bench`)."""

from __future__ import annotations

import json

from bench.markets import recorded
from bench.search_scale import synthetic_catalogue
from bench.ui_stall import _market_payload, _table_spec
from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Catalogue
from explorer.market.all_markets import read_all_tickers


def test_the_synthetic_catalogue_loads_back() -> None:
    catalogue = synthetic_catalogue(40)
    assert len(catalogue.exchanges) == 40
    again = Catalogue.from_document(catalogue.to_document(), "synthetic")
    assert CatalogueIndex(again).exchange(catalogue.exchanges[0].id).name


def test_the_market_payloads_read_as_markets() -> None:
    spec = _table_spec().exchanges["bench"]
    answer = read_all_tickers(
        spec, json.loads(_market_payload(1)), markets=None, fetched_at=0, latency_ms=0, url=""
    )
    assert len(answer.tickers) == 5_000 and answer.skipped == 0
    assert len(json.loads(recorded())) == 2519  # the recorded Binance answer is there

"""The offline ticker cache: exact round trips, atomic writes, corrupt files moved aside."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from explorer.market import Ticker, TickerCache
from explorer.storage.files import write_atomic

TICKER = Ticker(
    exchange="binance",
    symbol="BTC/USDT",
    last=Decimal("123456789.123456789123"),  # more digits than a float holds
    bid=Decimal("0.00000001"),
    ask=None,
    high=Decimal("1E+3"),
    low=Decimal(0),
    open=Decimal("1.5"),
    base_volume=None,
    quote_volume=Decimal("7"),
    percentage=Decimal("0.33333333333333333333"),
    timestamp=None,
    fetched_at=1_700_000_000_000,
    latency_ms=12,
    source_url="https://api.binance.com/api/v3/ticker/24hr?symbol=BTCUSDT",
)


def test_round_trip_is_exact_and_marked_cached(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "tickers.json"
    cache = TickerCache(path)
    cache.remember(TICKER)
    cache.save()

    reloaded = TickerCache(path).get("binance", "BTC/USDT")

    assert reloaded == replace(TICKER, cached=True)
    assert TickerCache(path).get("binance", "ETH/USDT") is None


def test_newer_ticker_replaces_older(tmp_path: Path) -> None:
    cache = TickerCache(tmp_path / "tickers.json")
    cache.remember(TICKER)
    cache.remember(replace(TICKER, last=Decimal(1), fetched_at=TICKER.fetched_at + 1))
    cache.save()
    cached = TickerCache(tmp_path / "tickers.json").get("binance", "BTC/USDT")
    assert cached is not None and cached.last == Decimal(1)


def test_missing_file_is_an_empty_cache(tmp_path: Path) -> None:
    assert TickerCache(tmp_path / "absent.json").get("binance", "BTC/USDT") is None


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"version": 1, "tickers": [{"exchange": "binance"',  # torn write
        '["a list"]',
        '{"version": 99, "tickers": []}',
        '{"version": 1, "tickers": [{"exchange": "binance"}]}',
        '{"version": 1, "tickers": [{"exchange": 5, "symbol": "X", "fetched_at": 1}]}',
        "\udcff".encode("utf-8", "surrogateescape").decode("latin-1"),
    ],
)
def test_corrupt_file_is_moved_aside_and_rebuilt(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tickers.json"
    path.write_text(content, encoding="latin-1")
    cache = TickerCache(path)

    with caplog.at_level(logging.WARNING):
        assert cache.get("binance", "BTC/USDT") is None

    (moved,) = tmp_path.glob("tickers.json.corrupt-*")
    assert moved.read_text(encoding="latin-1") == content
    assert "corrupt" in caplog.text
    cache.remember(TICKER)
    cache.save()
    assert TickerCache(path).get("binance", "BTC/USDT") == replace(TICKER, cached=True)


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tickers.json"
    write_atomic(target, b"old")

    def failing_fsync(_fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["tickers.json"]


def test_unwritable_cache_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    cache = TickerCache(blocker / "tickers.json")
    cache.remember(TICKER)
    with caplog.at_level(logging.WARNING):
        cache.save()
    assert "could not write" in caplog.text


def test_file_format_is_plain_json_with_decimal_strings(tmp_path: Path) -> None:
    path = tmp_path / "tickers.json"
    cache = TickerCache(path)
    cache.remember(TICKER)
    cache.save()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert document["tickers"][0]["last"] == str(TICKER.last)

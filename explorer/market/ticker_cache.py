"""The offline cache: the last good ticker per (exchange, symbol), kept as JSON on disk.

Numbers are stored as decimal strings so a cached ticker is exactly the one fetched. A file that
cannot be read as a cache (not a regular file, larger than :data:`MAX_FILE_BYTES`, not JSON, a
record that fails the same checks as a fresh response) is moved aside to
``<name>.corrupt-<timestamp>`` and rebuilt. At most :data:`MAX_TICKERS` tickers are kept, the
most recently fetched.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, replace
from pathlib import Path

from explorer.market.errors import PayloadError
from explorer.market.results import Ticker
from explorer.market.values import check_timestamp_ms, parse_field
from explorer.net.urls import redact_url
from explorer.storage.files import load_json, write_atomic
from explorer.text import one_line

FORMAT_VERSION = 1
MAX_TICKERS = 5000
MAX_FILE_BYTES = 8 * 1024 * 1024  # MAX_TICKERS records are ~2.5 MB
_NUMBERS = {"last": "last", "bid": "bid", "ask": "ask", "high": "high", "low": "low",
            "open": "open", "base_volume": "baseVolume", "quote_volume": "quoteVolume",
            "percentage": "percentage"}  # fmt: skip
_INTEGERS = ("fetched_at", "latency_ms")

logger = logging.getLogger(__name__)


class TickerCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._tickers: dict[tuple[str, str], Ticker] | None = None
        self._lock = threading.Lock()
        self.dirty = False

    def load(self) -> None:
        """Read the file now (e.g. on a worker thread) rather than on the first ``get``."""
        with self._lock:
            self._loaded()

    def get(self, exchange: str, symbol: str) -> Ticker | None:
        """The cached ticker, marked ``cached=True`` (its age: ``ticker.age_ms(now)``)."""
        with self._lock:
            return self._loaded().get((exchange, symbol))

    def remember(self, ticker: Ticker) -> None:
        with self._lock:
            self._loaded()[(ticker.exchange, ticker.symbol)] = replace(ticker, cached=True)
            self.dirty = True

    def save(self) -> None:
        """Write atomically; an unwritable cache is logged, never raised (it is only a cache)."""
        with self._lock:
            tickers = self._loaded()
            if len(tickers) > MAX_TICKERS:
                newest = sorted(tickers.items(), key=lambda item: item[1].fetched_at)
                tickers = self._tickers = dict(newest[-MAX_TICKERS:])
            records = [_record(ticker) for ticker in tickers.values()]
            self.dirty = False
        text = json.dumps({"version": FORMAT_VERSION, "tickers": records}, ensure_ascii=False)
        try:
            write_atomic(self.path, text.encode("utf-8"))
        except OSError as error:
            logger.warning("could not write the ticker cache %s: %s", self.path, error)

    def _loaded(self) -> dict[tuple[str, str], Ticker]:
        if self._tickers is None:
            self._tickers = self._read()
        return self._tickers

    def _read(self) -> dict[tuple[str, str], Ticker]:
        tickers = load_json(
            self.path, max_bytes=MAX_FILE_BYTES, what="the ticker cache", validate=_tickers
        )
        return {(ticker.exchange, ticker.symbol): ticker for ticker in tickers or []}


def _tickers(document: object) -> list[Ticker]:
    if not isinstance(document, dict):
        raise TypeError("not a JSON object")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown cache version {one_line(document.get('version'), 20)!r}")
    records = document["tickers"]
    if not isinstance(records, list) or len(records) > MAX_TICKERS:
        raise ValueError(f"'tickers' is not a list of at most {MAX_TICKERS} records")
    return [_ticker(record) for record in records]


def _record(ticker: Ticker) -> dict[str, object]:
    record = asdict(ticker)
    for name in _NUMBERS:
        if record[name] is not None:
            record[name] = str(record[name])
    del record["cached"]
    record["invalid"] = dict(ticker.invalid)
    return record


def _ticker(record: object) -> Ticker:
    """A record back into a Ticker, under the same checks as a fresh response."""
    if not isinstance(record, dict):
        raise TypeError("a record is not an object")
    values = {name: record[name] for name in ("exchange", "symbol", "source_url", "timestamp")}
    for name in ("exchange", "symbol", "source_url"):
        if not isinstance(values[name], str) or len(values[name]) > 2048:
            raise TypeError(f"{name} must be a string")
        values[name] = one_line(values[name], 2048)
    values["source_url"] = redact_url(values["source_url"])
    for name in _INTEGERS:
        if not isinstance(record[name], int) or isinstance(record[name], bool):
            raise TypeError(f"{name} must be an integer")
        values[name] = record[name]
    try:
        check_timestamp_ms(values["fetched_at"])
        if values["timestamp"] is not None:
            values["timestamp"] = check_timestamp_ms(values["timestamp"])
        for name, unified in _NUMBERS.items():
            values[name] = parse_field(unified, record[name])
    except PayloadError as error:
        raise ValueError(str(error)) from None
    invalid = record.get("invalid", {})
    if not isinstance(invalid, dict):
        raise TypeError("invalid must be an object")
    values["invalid"] = {one_line(k, 40): one_line(v, 200) for k, v in list(invalid.items())[:20]}
    return Ticker(**values, cached=True)

"""The offline cache: the last good ticker per (exchange, symbol), kept as JSON on disk.

Numbers are stored as decimal strings so a cached ticker is exactly the one fetched. A file that
cannot be read as a cache is moved aside to ``<name>.corrupt-<timestamp>`` and rebuilt.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, replace
from pathlib import Path

from explorer.catalogue.atomic import write_atomic
from explorer.market.files import move_aside
from explorer.market.settings import default_cache_path
from explorer.market.ticker import Ticker
from explorer.market.values import parse_decimal

FORMAT_VERSION = 1
_NUMBERS = ("last", "bid", "ask", "high", "low", "open", "base_volume", "quote_volume")

logger = logging.getLogger(__name__)


class TickerCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()
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
            records = [_record(ticker) for ticker in self._loaded().values()]
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
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            logger.warning("could not read the ticker cache %s: %s", self.path, error)
            return {}
        try:
            document = json.loads(raw.decode("utf-8"))
            if document.get("version") != FORMAT_VERSION:
                raise ValueError(f"unknown cache version {document.get('version')!r}")
            tickers = [_ticker(record) for record in document["tickers"]]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            moved = move_aside(self.path)
            logger.warning("ticker cache %s was corrupt (%s); moved to %s", self.path, error, moved)
            return {}
        return {(ticker.exchange, ticker.symbol): ticker for ticker in tickers}


def _record(ticker: Ticker) -> dict[str, object]:
    record = asdict(ticker)
    for name in (*_NUMBERS, "percentage"):
        if record[name] is not None:
            record[name] = str(record[name])
    del record["cached"]
    return record


def _ticker(record: dict[str, object]) -> Ticker:
    values = dict(record)
    if not isinstance(values["exchange"], str) or not isinstance(values["symbol"], str):
        raise TypeError("exchange and symbol must be strings")
    if not isinstance(values["fetched_at"], int):
        raise TypeError("fetched_at must be an integer")
    for name in (*_NUMBERS, "percentage"):
        values[name] = parse_decimal(values[name])
    return Ticker(**values, cached=True)

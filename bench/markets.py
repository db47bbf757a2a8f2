"""Every market of an exchange: reading the answer, painting the Markets tab, memory per row.

1. ``parse``: a real Binance all-tickers answer (2024-03-10, ``data/``): JSON decoded and
   read into unified tickers (what the client runs off the UI thread). Most of its 2,519 items
   are delisted markets with zero prices, so the goal is measured on 2,000 trading markets
   (its trading ones, repeated under other names), with ccxt 4.5.90's ``parse_tickers`` over the
   same items (JSON decoding included) in the same run. Goal: ours <= 30 ms. Then the tab's
   ranking of the markets by dollar volume, which runs in the same worker thread.
2. ``paint``: the whole answer (2,519 markets) served from 127.0.0.1 to the real path
   (bridge -> services -> client -> worker thread -> bridge -> Markets tab); the time from the
   answer's arrival on the UI thread to the tab's next paint. Goal: <= 100 ms.
3. ``memory``: bytes per row for 10,000 markets held as tickers by the tab's model.
Offscreen; prints one JSON object.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data" / "binance-ticker-24hr-2024-03-10.json.gz"
PARSE_MARKETS = 2_000
ROUNDS = 15


def recorded() -> bytes:
    return gzip.decompress(DATA.read_bytes())


def bench_parse() -> dict[str, Any]:
    from explorer.market.all_markets import ranked, read_all_tickers
    from explorer.market.responses import decode_json
    from explorer.market.specs import bundled_specs

    spec = bundled_specs().exchanges["binance"]
    items = json.loads(recorded())
    # Most of Binance's answer is delisted markets with zero prices (left out when read): for
    # 2,000 markets that all trade, its trading ones are repeated under other names.
    trading = [i for i in items if float(i["lastPrice"]) or float(i["bidPrice"])]
    live = [trading[n % len(trading)] | {"symbol": _renamed(trading[n % len(trading)]["symbol"],
            n // len(trading))} for n in range(PARSE_MARKETS)]  # fmt: skip

    def timed(body: bytes) -> tuple[list[float], Any]:
        times, answer = [], None
        for _ in range(ROUNDS):
            started = time.perf_counter()
            answer = read_all_tickers(
                spec, decode_json(body), markets=None, fetched_at=0, latency_ms=0, url=""
            )
            times.append((time.perf_counter() - started) * 1000)
        return times, answer

    whole_times, whole = timed(recorded())
    ours, answer = timed(json.dumps(live).encode())
    ranking = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        ranked(answer)
        ranking.append((time.perf_counter() - started) * 1000)
    result: dict[str, Any] = {
        "recorded_answer": {
            "items": len(items),
            "markets_read": len(whole.tickers),
            "left_out": dict(whole.skipped_reasons),
            "median_ms": round(statistics.median(whole_times), 2),
        },
        "trading_markets": len(answer.tickers),
        "ours_median_ms": round(statistics.median(ours), 2),
        "ours_min_ms": round(min(ours), 2),
        "ours_max_ms": round(max(ours), 2),
        "goal": "<= 30 ms",
        "then_ranked_in_dollars_median_ms": round(statistics.median(ranking), 2),
    }
    peer = _ccxt_parse(json.dumps(live).encode(), {t.symbol for t in answer.tickers})
    if peer is not None:
        result["ccxt_parse_tickers_median_ms"] = round(peer, 2)
        result["ours_vs_ccxt"] = round(statistics.median(ours) / peer, 2)
    return result


def _renamed(symbol: str, copy: int) -> str:
    """BTCUSDT, then BTC2USDT, BTC3USDT, ... (the quote stays last, so ids still split)."""
    if copy == 0:
        return symbol
    for quote in ("USDT", "FDUSD", "USDC", "TUSD", "BUSD", "BTC", "ETH", "BNB", "TRY", "EUR"):
        if symbol.endswith(quote):
            return f"{symbol[: -len(quote)]}{copy + 1}{quote}"
    return f"{symbol}{copy + 1}"


def _ccxt_parse(body: bytes, symbols: set[str]) -> float | None:
    """ccxt's own reading of the same items (JSON decoding included, as in ours)."""
    try:
        import ccxt
    except ImportError:
        return None
    exchange = ccxt.binance()
    markets = []
    for symbol in symbols:
        base, quote = symbol.split("/")
        markets.append({
            "id": base + quote, "symbol": symbol, "base": base, "quote": quote,
            "baseId": base, "quoteId": quote, "type": "spot", "spot": True, "margin": False,
            "swap": False, "future": False, "option": False, "contract": False, "active": True,
            "precision": {}, "limits": {}, "info": {},
        })  # fmt: skip
    exchange.set_markets(markets)
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        exchange.parse_tickers(json.loads(body))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def bench_paint(dirs: Any) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject

    from explorer.live.services import Services
    from explorer.market.specs import MarketSpecs, bundled_specs
    from explorer.qt.shell.bridge import ServiceBridge
    from explorer.qt.widgets.markets_pane import MarketsPane
    from explorer.storage.preferences import Preferences

    body = recorded()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)  # fmt: skip
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    preferences = Preferences(dirs.preferences_file)
    preferences.set_base_url("binance", url)
    specs = MarketSpecs({"binance": bundled_specs().exchanges["binance"]})
    bridge = ServiceBridge(Services(dirs, preferences, trust_env=False, specs=specs))
    await bridge.services.ready()
    pane = MarketsPane()
    pane.resize(1000, 700)
    pane.refreshRequested.connect(bridge.request_markets)
    landed: list[float] = []
    painted: list[float] = []
    # connected first, so it runs before the tab's own slot: from landing, model update included
    bridge.marketsReceived.connect(lambda *_: landed.append(time.perf_counter()))
    bridge.marketsReceived.connect(pane.show_markets)

    class PaintWatch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and len(painted) < len(landed):
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    pane.view.viewport().installEventFilter(watch)
    results = []
    for _ in range(5):
        pane.clear("")
        landed.clear()
        painted.clear()
        started = time.perf_counter()
        pane.show()
        pane.show_exchange("binance", "Binance", 10.0)
        while not painted:
            await asyncio.sleep(0.001)
        results.append(((painted[0] - landed[0]) * 1000, (painted[0] - started) * 1000))
        pane.hide()
    await bridge.aclose()
    server.close()
    await server.wait_closed()
    after_landing = [r[0] for r in results]
    return {
        "markets": pane.model.total(),
        "painted_after_landing_ms_median": round(statistics.median(after_landing), 1),
        "painted_after_landing_ms_max": round(max(after_landing), 1),
        "request_to_paint_ms_median": round(statistics.median(r[1] for r in results), 1),
        "goal": "<= 100 ms after the answer lands",
    }


def bench_memory(rows: int = 10_000) -> dict[str, Any]:
    from decimal import Decimal

    from explorer.market.all_markets import AllTickers
    from explorer.market.results import Ticker
    from explorer.qt.models.markets_model import MarketsModel

    def ticker(n: int) -> Ticker:
        price = Decimal(f"{100 + n}.{n % 97:02d}")
        return Ticker(
            exchange="bench", symbol=f"C{n}/USDT", last=price, bid=price - 1, ask=price + 1,
            high=price + 5, low=price - 5, open=price - 2, base_volume=Decimal(f"{n}.5"),
            quote_volume=Decimal(f"{n * 100}.25"), percentage=Decimal("1.25"),
            timestamp=1_710_000_000_000, fetched_at=1_710_000_000_000, latency_ms=5,
            source_url="https://api.example/all",
        )  # fmt: skip

    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    model = MarketsModel()
    model.set_markets(AllTickers(tuple(ticker(n) for n in range(rows)), 0, {}))
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    used = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return {
        "rows": model.total(),
        "bytes_per_row": round(used / rows),
        "total_mb": round(used / 1e6, 1),
    }


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from explorer.qt.shell.app import qt_event_loop
    from explorer.storage.folders import UserDirs

    parse = bench_parse()
    app = QApplication(sys.argv)
    home = Path(tempfile.mkdtemp(prefix="bench-markets-"))
    dirs = UserDirs(config=home / "config", cache=home / "cache", data=home / "data")
    with qt_event_loop(app) as loop:
        paint = loop.run_until_complete(bench_paint(dirs))
    memory = bench_memory()
    json.dump({"parse": parse, "paint": paint, "memory": memory}, sys.stdout)


if __name__ == "__main__":
    main()

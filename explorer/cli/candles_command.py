"""``exchange-explorer candles EXCHANGE SYMBOL``: a market's candles from the exchange's own
public API (no Qt), as ccxt's ``fetchOHLCV`` gives them: ``[timestamp_ms, open, high, low, close,
volume]``, oldest first.

Exit status as ``ticker``: 0, 2 for a bad argument, :data:`EXIT_CODES` per failure kind. The
candles go to stdout; rows of the answer left out, to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from explorer.cli.ticker_command import (
    add_network_arguments,
    ask_one_exchange,
    exchange_id_argument,
    symbol_argument,
)
from explorer.market.specs import MAX_CANDLE_LIMIT, TIMEFRAMES

if TYPE_CHECKING:
    from explorer.market.candles import Candles

COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")


def add_candles_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "candles",
        help="print a market's candles (OHLCV) from the exchange",
        description="Fetch the newest candles of one market from the exchange's public API, "
        "oldest first.",
    )
    parser.add_argument("exchange", type=exchange_id_argument, help="ccxt exchange id")
    parser.add_argument("symbol", type=symbol_argument, help="unified symbol, e.g. BTC/USDT")
    parser.add_argument("--timeframe", choices=tuple(TIMEFRAMES), default="1h")
    parser.add_argument(
        "--limit", type=_limit, default=100, metavar="N", help="how many candles (default 100)"
    )
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_network_arguments(parser)
    parser.set_defaults(handler=run_candles_command)
    return parser


def run_candles_command(args: argparse.Namespace) -> int:
    answer = ask_one_exchange(
        args,
        "candles",
        lambda client: client.fetch_candles(args.exchange, args.symbol, args.timeframe, args.limit),
    )
    if isinstance(answer, int):
        return answer
    write_candles(sys.stdout, answer, args.format)
    line = f"{len(answer.candles)} candles of {args.timeframe}"
    if answer.skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(answer.skipped_reasons.items()))
        line += f"; {answer.skipped} rows of the answer left out ({reasons})"
    print(line, file=sys.stderr)
    return 0


def write_candles(stream: TextIO, answer: Candles, output_format: str) -> None:
    rows = [candle.to_json() for candle in answer.candles]
    if output_format == "json":
        json.dump(rows, stream, allow_nan=False)
        stream.write("\n")
        return
    if output_format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        for candle in answer.candles:
            writer.writerow(_exact(candle))
        return
    from explorer.market.values import iso_from_ms

    table = [("time (UTC)", *COLUMNS[1:])]
    for candle in answer.candles:
        when = iso_from_ms(candle.timestamp)[:16].replace("T", " ")
        table.append((when, *_exact(candle)[1:]))
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    for row in table:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs]
        stream.write("  ".join(cells).rstrip() + "\n")


def _exact(candle: Any) -> tuple[str, ...]:
    """A candle's numbers as the exchange wrote them (no float rounding)."""
    volume = "" if candle.volume is None else f"{candle.volume:f}"
    prices = (f"{getattr(candle, name):f}" for name in ("open", "high", "low", "close"))
    return (str(candle.timestamp), *prices, volume)


def _limit(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_CANDLE_LIMIT:
        raise argparse.ArgumentTypeError(f"a number from 1 to {MAX_CANDLE_LIMIT}")
    return number

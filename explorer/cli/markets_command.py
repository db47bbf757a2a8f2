"""``exchange-explorer markets EXCHANGE``: every market of an exchange, as unified tickers, from
one request to its all-tickers endpoint (no Qt).

Exit status as ``ticker``: 0, 2 for a bad argument, :data:`EXIT_CODES` per failure kind. The
markets go to stdout (sorted by quote volume, biggest first); what was left out, to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from explorer.cli.ticker_command import (
    add_network_arguments,
    ask_one_exchange,
    exchange_id_argument,
)
from explorer.market.symbols import base_and_quote
from explorer.text import one_line

if TYPE_CHECKING:
    from explorer.market.all_markets import AllTickers
    from explorer.market.results import Ticker

CSV_COLUMNS = (
    "symbol", "last", "bid", "ask", "high", "low", "open", "baseVolume", "quoteVolume",
    "percentage", "timestamp", "warnings",
)  # fmt: skip
TABLE_COLUMNS = ("symbol", "last", "bid", "ask", "24h %", "base volume", "quote volume", "flags")


def add_markets_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "markets",
        help="print every market of an exchange with its live ticker",
        description="Fetch every market of an exchange in one request to its public API, "
        "sorted by 24 h quote volume.",
    )
    parser.add_argument("exchange", type=exchange_id_argument, help="ccxt exchange id")
    parser.add_argument(
        "--quote", type=_code, metavar="Q", help="only markets quoted in Q (e.g. USDT)"
    )
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_network_arguments(parser)
    parser.set_defaults(handler=run_markets_command)
    return parser


def run_markets_command(args: argparse.Namespace) -> int:
    answer = ask_one_exchange(args, "markets", lambda client: client.fetch_all(args.exchange))
    if isinstance(answer, int):
        return answer
    tickers = [
        t for t in answer.tickers if args.quote is None or base_and_quote(t.symbol)[1] == args.quote
    ]
    write_markets(sys.stdout, tickers, args.format)
    print(summary(answer, len(tickers), args.quote), file=sys.stderr)
    return 0


def summary(answer: AllTickers, shown: int, quote: str | None) -> str:
    line = f"{shown} markets" + (f" quoted in {quote}" if quote else "")
    if answer.skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(answer.skipped_reasons.items()))
        line += f"; {answer.skipped} items of the answer left out ({reasons})"
    return line


def write_markets(stream: TextIO, tickers: list[Ticker], output_format: str) -> None:
    if output_format == "json":
        json.dump([t.to_json() for t in tickers], stream, indent=2, allow_nan=False)
        stream.write("\n")
    elif output_format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for ticker in tickers:
            row = ticker.to_json()
            row["warnings"] = " ".join(ticker.warnings)
            writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
    else:
        rows = [TABLE_COLUMNS, *(_table_row(t) for t in tickers)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(TABLE_COLUMNS))]
        for row in rows:
            cells = [
                cell.ljust(width) if i in (0, len(row) - 1) else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            stream.write("  ".join(cells).rstrip() + "\n")


def _table_row(ticker: Ticker) -> tuple[str, ...]:
    def number(value: Decimal | None) -> str:
        return "—" if value is None else f"{value:f}"

    change = "—" if ticker.percentage is None else f"{ticker.percentage:+.2f}"
    return (
        one_line(ticker.symbol, 64),
        number(ticker.last),
        number(ticker.bid),
        number(ticker.ask),
        change,
        number(ticker.base_volume),
        number(ticker.quote_volume),
        " ".join(ticker.warnings),
    )


def _code(text: str) -> str:
    code = text.strip().upper()
    if not code.isalnum() or len(code) > 16:
        raise argparse.ArgumentTypeError(f"{one_line(text, 20)!r} is not a currency code")
    return code

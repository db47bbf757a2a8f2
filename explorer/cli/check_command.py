"""``exchange-explorer check [EXCHANGE ...]``: can each exchange's public API be reached from
here? One light request per exchange, rate limits honoured, no retries.

Exit status: 0 when every exchange checked is reachable; 2 for a bad argument; for one exchange,
its failure's exit code (as ``ticker``); for several, :data:`SOME_UNREACHABLE`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from explorer.cli.ticker_command import (
    EXIT_CODES,
    base_url_argument,
    base_urls_for,
    exchange_id_argument,
    exchange_names,
    seconds_argument,
    unknown_exchange,
)
from explorer.market.errors import FetchErrorKind
from explorer.text import one_line

if TYPE_CHECKING:
    from explorer.market.reachability import ReachResult

SOME_UNREACHABLE = 28
COLUMNS = ("exchange", "status", "latencyMs", "detail")


def add_check_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help="check which exchanges' public APIs can be reached from here",
        description="Send one light request to each exchange (default: every exchange with "
        "live prices) and say whether it answered, and if not, why.",
    )
    parser.add_argument("exchanges", nargs="*", type=exchange_id_argument, metavar="EXCHANGE")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument(
        "--base-url", type=base_url_argument, metavar="URL", help="with one EXCHANGE: use this URL"
    )
    parser.add_argument(
        "--timeout", type=seconds_argument, default=8.0, metavar="S",
        help="give up on an exchange after S seconds (default: %(default)s)",
    )  # fmt: skip
    parser.set_defaults(handler=run_check_command)
    return parser


def run_check_command(args: argparse.Namespace) -> int:
    import asyncio

    from explorer.market.specs import bundled_specs

    specs = bundled_specs()
    names = exchange_names()
    for exchange in args.exchanges:
        if exchange not in names:
            print(unknown_exchange(exchange, names, "check"), file=sys.stderr)
            return 2
    if args.base_url and len(args.exchanges) != 1:
        print(
            "exchange-explorer check: error: --base-url needs exactly one EXCHANGE",
            file=sys.stderr,
        )
        return 2
    wanted = args.exchanges or sorted(specs.exchanges)
    priced = [e for e in wanted if specs.spec(e) is not None]
    for exchange in wanted:
        if exchange not in priced:
            reason = specs.unavailable_reason(exchange) or ""
            print(f"{exchange}: not checked: no live prices ({reason})", file=sys.stderr)
    if not priced:
        return EXIT_CODES[FetchErrorKind.UNSUPPORTED]
    base_urls = base_urls_for(priced[0], args.base_url)  # --base-url: one exchange only
    results = asyncio.run(_check(priced, args.timeout, base_urls, names))
    write_results(sys.stdout, sorted(results, key=_order), args.format)
    failed = [r for r in results if r.error is not None and r.reach != "reachable"]
    if not failed:
        return 0
    if len(priced) == 1 and failed[0].error is not None:
        return EXIT_CODES[failed[0].error.kind]
    return SOME_UNREACHABLE


async def _check(
    exchanges: list[str], timeout: float, base_urls: dict[str, str], names: dict[str, str]
) -> list[ReachResult]:
    from explorer.market.client import MarketClient
    from explorer.market.pacing import ClientConfig
    from explorer.market.reachability import check, check_config

    config = check_config(ClientConfig(), timeout)
    async with MarketClient(config=config, base_urls=base_urls, names=names) as client:
        return await check(client, exchanges, lambda _result: None)


def _order(result: ReachResult) -> tuple[bool, int, str]:
    latency = result.latency_ms if result.latency_ms is not None else 0
    return (result.reach != "reachable", latency, result.exchange)


def write_results(stream: TextIO, results: list[ReachResult], output_format: str) -> None:
    rows = [r.to_json() for r in results]
    if output_format == "json":
        json.dump(rows, stream, indent=2)
        stream.write("\n")
        return
    if output_format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([["" if row[c] is None else row[c] for c in COLUMNS] for row in rows])
        return
    table = [("exchange", "status", "latency", "detail")] + [
        (
            str(row["exchange"]),
            str(row["status"]),
            "" if row["latencyMs"] is None else f"{row['latencyMs']} ms",
            one_line(str(row["detail"]), 160),
        )
        for row in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    for row in table:
        cells = [row[i].ljust(widths[i]) for i in range(3)] + [row[3]]
        stream.write("  ".join(cells).rstrip() + "\n")

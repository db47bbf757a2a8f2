"""``exchange-explorer ticker EXCHANGE SYMBOL``: one live ticker on the terminal (no Qt).

Wire it with ``add_ticker_command(subparsers)``; the parsed namespace's ``handler(args)`` returns
the exit status: 0, 2 for a bad argument, or :data:`EXIT_CODES` per failure kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from explorer.market.errors import FetchErrorKind
from explorer.market.pacing import ClientConfig
from explorer.market.results import FetchError
from explorer.net.urls import normalise_base_url
from explorer.text import EXCHANGE_ID, one_line

if TYPE_CHECKING:
    from explorer.market.results import Ticker
    from explorer.market.specs import MarketSpecs

EXIT_CODES: dict[FetchErrorKind, int] = {
    FetchErrorKind.OFFLINE: 10,
    FetchErrorKind.DNS: 11,
    FetchErrorKind.TIMEOUT: 12,
    FetchErrorKind.RATE_LIMITED: 13,
    FetchErrorKind.BLOCKED: 14,
    FetchErrorKind.MAINTENANCE: 15,
    FetchErrorKind.SERVER_ERROR: 16,
    FetchErrorKind.BAD_PAYLOAD: 17,
    FetchErrorKind.UNKNOWN_SYMBOL: 18,
    FetchErrorKind.TOO_LARGE: 19,
    FetchErrorKind.EXCHANGE_ERROR: 20,
    FetchErrorKind.UNSUPPORTED: 21,
    FetchErrorKind.CANCELLED: 22,
    FetchErrorKind.INTERNAL: 23,
    FetchErrorKind.REFUSED: 24,
    FetchErrorKind.TLS: 25,
    FetchErrorKind.REDIRECT: 26,
    FetchErrorKind.INVALID_REQUEST: 27,
}


def add_ticker_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``ticker`` on an ``ArgumentParser.add_subparsers()`` object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ticker",
        help="print one exchange's live ticker",
        description="Fetch a live 24 h ticker from an exchange's public API.",
    )
    parser.add_argument("exchange", type=_exchange_id, help="ccxt exchange id, e.g. binance")
    parser.add_argument("symbol", type=_symbol, help="unified symbol, e.g. BTC/USDT")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--base-url", type=_base_url, metavar="URL", help="use this API base URL")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=ClientConfig().timeout,
        metavar="S",
        help="give up after S seconds on the network, retries included (default: %(default)s)",
    )
    parser.set_defaults(handler=run_ticker_command)
    return parser


def run_ticker_command(
    args: argparse.Namespace,
    *,
    specs: MarketSpecs | None = None,
    config: ClientConfig | None = None,
    settings_path: Path | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Handle parsed ``ticker`` arguments; the keyword arguments exist for tests."""
    # Imported here, not at the top: the parser is built on every start-up, the window's too.
    import asyncio

    from explorer.market.settings import effective_base_urls

    config = ClientConfig(**{**_config_fields(config), "timeout": args.timeout})
    explicit = {args.exchange: args.base_url} if args.base_url else None
    base_urls = effective_base_urls(settings_path, explicit)
    try:
        ticker = asyncio.run(_fetch(args.exchange, args.symbol, specs, config, base_urls))
    except FetchError as error:
        print(one_line(error.message, 400), file=stderr or sys.stderr)
        return EXIT_CODES[error.kind]
    out = stdout or sys.stdout
    if args.format == "json":
        print(json.dumps(ticker.to_json(), indent=2, allow_nan=False), file=out)
    else:
        print(format_table(ticker), file=out)
    return 0


async def _fetch(
    exchange: str,
    symbol: str,
    specs: MarketSpecs | None,
    config: ClientConfig,
    base_urls: dict[str, str],
) -> Ticker:
    from explorer.market.client import MarketClient

    async with MarketClient(specs, config=config, base_urls=base_urls) as client:
        return await client.fetch(exchange, symbol)


def format_table(ticker: Ticker) -> str:
    names = {"base_volume": "baseVolume", "quote_volume": "quoteVolume"}

    def number(value: Decimal | None, name: str = "") -> str:
        if value is None:
            reason = ticker.invalid.get(names.get(name, name))
            return f"— (invalid: {one_line(reason, 120)})" if reason else "—"
        return f"{value:f}"

    change = "—" if ticker.percentage is None else f"{ticker.percentage:+.2f} %"
    if ticker.percentage is None and "percentage" in ticker.invalid:
        change = f"— (invalid: {one_line(ticker.invalid['percentage'], 120)})"
    when = ticker.to_json()["datetime"] or "not given"
    rows = [
        (f"{one_line(ticker.exchange, 64)} {one_line(ticker.symbol, 64)}", ""),
        ("last", number(ticker.last, "last")),
        ("bid", number(ticker.bid, "bid")),
        ("ask", number(ticker.ask, "ask")),
        ("24h high", number(ticker.high, "high")),
        ("24h low", number(ticker.low, "low")),
        ("open", number(ticker.open, "open")),
        ("24h change", change),
        ("base volume", number(ticker.base_volume, "base_volume")),
        ("quote volume", number(ticker.quote_volume, "quote_volume")),
        ("exchange time", str(when)),
        ("fetched in", f"{ticker.latency_ms} ms from {one_line(ticker.source_url, 300)}"),
    ]
    return "\n".join(f"{label:<14}{value}".rstrip() for label, value in rows)


def _config_fields(config: ClientConfig | None) -> dict[str, object]:
    config = config or ClientConfig()
    return {name: getattr(config, name) for name in config.__dataclass_fields__}


def _base_url(text: str) -> str:
    try:
        return normalise_base_url(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _exchange_id(text: str) -> str:
    if not EXCHANGE_ID.fullmatch(text):
        shown = one_line(text.encode("ascii", "backslashreplace").decode(), 40)
        raise argparse.ArgumentTypeError(f"{shown!r} is not an exchange id (e.g. binance)")
    return text


def _symbol(text: str) -> str:
    from explorer.market.errors import UnknownSymbolError
    from explorer.market.symbols import parse_symbol

    try:
        return parse_symbol(text).symbol
    except UnknownSymbolError as error:
        raise argparse.ArgumentTypeError(f"{error} (e.g. BTC/USDT)") from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds in (0, 600]")
    return value


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m explorer.market.cli ticker binance BTC/USDT``."""
    parser = argparse.ArgumentParser(prog="explorer.market.cli")
    add_ticker_command(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())

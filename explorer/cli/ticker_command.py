"""``exchange-explorer ticker EXCHANGE SYMBOL``: one live ticker on the terminal (no Qt).

Wire it with ``add_ticker_command(subparsers)``; the parsed namespace's ``handler(args)`` returns
the exit status: 0, 2 for a bad argument, or :data:`EXIT_CODES` per failure kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from explorer.market.errors import FetchErrorKind
from explorer.market.pacing import ClientConfig
from explorer.market.results import FetchError
from explorer.net.urls import normalise_base_url
from explorer.text import EXCHANGE_ID, one_line

if TYPE_CHECKING:
    from explorer.market.client import MarketClient
    from explorer.market.results import Ticker

T = TypeVar("T")

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
    FetchErrorKind.NO_CANDLES: 29,  # 28: `check` found some exchanges unreachable
}


def add_ticker_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``ticker`` on an ``ArgumentParser.add_subparsers()`` object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ticker",
        help="print one exchange's live ticker",
        description="Fetch a live 24 h ticker from an exchange's public API.",
    )
    parser.add_argument(
        "exchange", type=exchange_id_argument, help="ccxt exchange id, e.g. binance"
    )
    parser.add_argument("symbol", type=symbol_argument, help="unified symbol, e.g. BTC/USDT")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    add_network_arguments(parser)
    parser.set_defaults(handler=run_ticker_command)
    return parser


def add_network_arguments(parser: argparse.ArgumentParser) -> None:
    """``--base-url`` and ``--timeout``, shared by the commands that fetch prices."""
    parser.add_argument(
        "--base-url", type=base_url_argument, metavar="URL", help="use this API base URL"
    )
    parser.add_argument(
        "--timeout",
        type=seconds_argument,
        default=ClientConfig().timeout,
        metavar="S",
        help="give up after S seconds on the network, retries included (default: %(default)s)",
    )


def base_urls_for(exchange: str, explicit: str | None) -> dict[str, str]:
    """The base URLs from the preferences, with ``--base-url`` (if given) on top."""
    from explorer.storage.folders import user_dirs
    from explorer.storage.preferences import Preferences

    dirs = user_dirs()
    legacy = dirs.legacy_market_settings
    preferences = Preferences(dirs.preferences_file, legacy_market_settings=legacy)
    preferences.save()  # completes a migration from market-settings.json, if there was one
    return preferences.base_urls() | ({exchange: explicit} if explicit else {})


def run_ticker_command(args: argparse.Namespace) -> int:
    """Handle parsed ``ticker`` arguments: print the ticker, or one line and the exit code."""
    ticker = ask_one_exchange(args, "ticker", lambda c: c.fetch(args.exchange, args.symbol))
    if isinstance(ticker, int):
        return ticker
    if args.format == "json":
        print(json.dumps(ticker.to_json(), indent=2, allow_nan=False))
    else:
        print(format_table(ticker))
    return 0


def ask_one_exchange(
    args: argparse.Namespace, command: str, call: Callable[[MarketClient], Awaitable[T]]
) -> T | int:
    """What the commands asking one exchange (ticker, markets, candles) share: the id checked,
    the preferences' base URLs with ``--base-url`` on top, one client, ``call(client)``. An
    int is the exit status, its one line already printed."""
    # Imported here, not at the top: the parser is built on every start-up, the window's too.
    import asyncio

    from explorer.market.client import MarketClient

    names = exchange_names()
    if args.exchange not in names:
        print(unknown_exchange(args.exchange, names, command), file=sys.stderr)
        return 2
    config = ClientConfig(timeout=args.timeout)
    base_urls = base_urls_for(args.exchange, args.base_url)

    async def ask() -> T:
        async with MarketClient(config=config, base_urls=base_urls, names=names) as client:
            return await call(client)

    try:
        return asyncio.run(ask())
    except FetchError as error:
        print(one_line(error.message, 400), file=sys.stderr)
        return EXIT_CODES[error.kind]


def exchange_names() -> dict[str, str]:
    """Display names of every exchange the catalogue or the specs know, by id."""
    from explorer.catalogue.store import bundled_catalogue_path, load
    from explorer.market.specs import bundled_specs

    specs = bundled_specs()
    names = {exchange_id: spec.display_name for exchange_id, spec in specs.exchanges.items()}
    names |= dict.fromkeys(specs.unsupported, "")
    names |= {exchange.id: exchange.name for exchange in load(bundled_catalogue_path()).exchanges}
    return {exchange_id: name or exchange_id for exchange_id, name in names.items()}


def unknown_exchange(exchange: str, names: dict[str, str], command: str = "ticker") -> str:
    """One line: the id is unknown, with the closest ids (by id or name) offered."""
    import difflib

    by_name = {name.casefold(): exchange_id for exchange_id, name in names.items()}
    close = difflib.get_close_matches(exchange, list(names), n=3, cutoff=0.6)
    close += [by_name[name] for name in difflib.get_close_matches(exchange, list(by_name), n=3)]
    hint = ", ".join(dict.fromkeys(close))
    return f"exchange-explorer {command}: error: unknown exchange {exchange!r}" + (
        f" (did you mean {hint}?)" if hint else " (see: exchange-explorer catalogue list)"
    )


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


def base_url_argument(text: str) -> str:
    try:
        return normalise_base_url(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def exchange_id_argument(text: str) -> str:
    text = text.strip().lower()  # ids are lower case; "Binance" means binance
    if not EXCHANGE_ID.fullmatch(text):
        shown = one_line(text.encode("ascii", "backslashreplace").decode(), 40)
        raise argparse.ArgumentTypeError(f"{shown!r} is not an exchange id (e.g. binance)")
    return text


def symbol_argument(text: str) -> str:
    from explorer.market.errors import UnknownSymbolError
    from explorer.market.symbols import parse_symbol

    try:
        return parse_symbol(text).symbol
    except UnknownSymbolError as error:
        raise argparse.ArgumentTypeError(f"{error} (e.g. BTC/USDT)") from None


def seconds_argument(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds in (0, 600]")
    return value

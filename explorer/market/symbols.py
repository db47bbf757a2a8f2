"""Unified symbols, ``BASE/QUOTE`` (spot) and ``BASE/QUOTE:SETTLE`` (a perpetual swap, as ccxt
writes it), and the templates that turn them into exchange market ids.

A template is literal text with placeholders: ``{BASE}``/``{QUOTE}`` (upper case),
``{base}``/``{quote}`` (lower case) and, outside the ``market`` template itself, ``{market}``
(the exchange's market id). Currency aliases (unified code -> exchange code) apply first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from explorer.market.errors import UnknownSymbolError
from explorer.text import QT_TRANSLATE_NOOP

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
MAX_SYMBOL_CHARS = 64
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
PAIR_PLACEHOLDERS = frozenset({"BASE", "QUOTE", "base", "quote"})


class TemplateError(ValueError):
    """A template uses an unknown placeholder or has unbalanced braces."""


@dataclass(frozen=True, slots=True)
class Pair:
    base: str
    quote: str
    settle: str = ""  # the settlement currency of a swap; "" for a spot market

    @property
    def symbol(self) -> str:
        spot = f"{self.base}/{self.quote}"
        return f"{spot}:{self.settle}" if self.settle else spot


def base_and_quote(symbol: str) -> tuple[str, str]:
    """The base and quote of a unified symbol already in its canonical form (a ticker's):
    ``BTC/USDT:USDT`` -> ``("BTC", "USDT")``. No checks: for text the engine made."""
    base, _, rest = symbol.partition("/")
    return base, rest.partition(":")[0]


def parse_symbol(symbol: str) -> Pair:
    """Parse a unified symbol such as ``btc/usdt`` into ``Pair("BTC", "USDT")`` (or
    ``BTC/USDT:USDT`` into a swap settled in USDT).

    Codes are letters, digits, ``.``, ``_`` and ``-`` (at most 32 each), so a symbol can never
    smuggle a line break into a message or a header, nor a path into a URL.
    """
    if len(symbol) > MAX_SYMBOL_CHARS:
        raise UnknownSymbolError(
            QT_TRANSLATE_NOOP("Detail", "a symbol is at most %1 characters"), MAX_SYMBOL_CHARS
        )
    base, slash, rest = symbol.strip().partition("/")
    quote, colon, settle = rest.partition(":")
    if (
        not slash
        or not _CODE.fullmatch(base)
        or not _CODE.fullmatch(quote)
        or (colon and not _CODE.fullmatch(settle))
    ):
        shown = symbol.encode("ascii", "backslashreplace").decode()
        raise UnknownSymbolError(
            QT_TRANSLATE_NOOP("Detail", "%1 is not a BASE/QUOTE symbol"), repr(shown)
        )
    return Pair(base.upper(), quote.upper(), settle.upper())


def placeholders(template: str) -> set[str]:
    """The placeholder names in ``template``; raises :class:`TemplateError` on stray braces."""
    rest = _PLACEHOLDER.sub("", template)
    if "{" in rest or "}" in rest:
        raise TemplateError(f"unbalanced braces in {template!r}")
    return set(_PLACEHOLDER.findall(template))


def check_template(
    template: str,
    *,
    allow_market: bool,
    allow_pair: bool = True,
    extra: frozenset[str] = frozenset(),
) -> None:
    """Raise TemplateError for a placeholder the template may not use: ``{market}`` only with
    ``allow_market``, the pair's codes only with ``allow_pair`` (a list request names none),
    ``extra`` ones (a candles request's window) where they are given."""
    allowed = (
        (PAIR_PLACEHOLDERS if allow_pair else frozenset())
        | ({"market"} if allow_market else frozenset())
        | extra
    )
    unknown = placeholders(template) - allowed
    if unknown:
        names = ", ".join("{" + name + "}" for name in sorted(unknown))
        raise TemplateError(f"unknown placeholder {names} in {template!r}")


def template_values(
    pair: Pair, aliases: Mapping[str, str], market_id: str | None = None
) -> dict[str, str]:
    base = aliases.get(pair.base, pair.base)
    quote = aliases.get(pair.quote, pair.quote)
    values = {
        "BASE": base.upper(),
        "QUOTE": quote.upper(),
        "base": base.lower(),
        "quote": quote.lower(),
    }
    if market_id is not None:
        values["market"] = market_id
    return values


def render(template: str, values: Mapping[str, str]) -> str:
    """Substitute ``values`` into ``template`` (names must have been checked)."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def template_reads_ids(template: str) -> bool:
    """Whether market ids made by ``template`` can be read back into base and quote: both are
    there and something other than a placeholder stands between them ("{BASE}-{QUOTE}" can,
    "{BASE}{QUOTE}" cannot: BTCUSDT could be BTC/USDT or BTCU/SDT)."""
    names = _PLACEHOLDER.findall(template)
    if {name.upper() for name in names} != {"BASE", "QUOTE"} or len(names) != 2:
        return False
    return "}{" not in template


def id_reader(template: str) -> re.Pattern[str]:
    """A pattern that reads (base, quote) back out of a market id made by ``template``."""
    pattern = ""
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        pattern += re.escape(template[position : match.start()])
        name = match.group(1)
        group = "base" if name.upper() == "BASE" else "quote"
        pattern += f"(?P<{group}>[A-Za-z0-9._]+?)"
        position = match.end()
    pattern += re.escape(template[position:])
    return re.compile(pattern, re.IGNORECASE)

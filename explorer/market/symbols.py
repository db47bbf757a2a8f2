"""Unified ``BASE/QUOTE`` symbols and the templates that turn them into exchange market ids.

A template is literal text with placeholders: ``{BASE}``/``{QUOTE}`` (upper case),
``{base}``/``{quote}`` (lower case) and, outside the ``market`` template itself, ``{market}``
(the exchange's market id). Currency aliases (unified code -> exchange code) apply first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from explorer.market.errors import UnknownSymbolError

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

    @property
    def symbol(self) -> str:
        return f"{self.base}/{self.quote}"


def parse_symbol(symbol: str) -> Pair:
    """Parse a unified spot symbol such as ``btc/usdt`` into ``Pair("BTC", "USDT")``.

    Codes are letters, digits, ``.``, ``_`` and ``-`` (at most 32 each), so a symbol can never
    smuggle a line break into a message or a header, nor a path into a URL.
    """
    if len(symbol) > MAX_SYMBOL_CHARS:
        raise UnknownSymbolError(f"a symbol is at most {MAX_SYMBOL_CHARS} characters")
    base, slash, quote = symbol.strip().partition("/")
    if not slash or not _CODE.fullmatch(base) or not _CODE.fullmatch(quote):
        shown = symbol.encode("ascii", "backslashreplace").decode()
        raise UnknownSymbolError(f"{shown!r} is not a BASE/QUOTE symbol")
    return Pair(base.upper(), quote.upper())


def placeholders(template: str) -> set[str]:
    """The placeholder names in ``template``; raises :class:`TemplateError` on stray braces."""
    rest = _PLACEHOLDER.sub("", template)
    if "{" in rest or "}" in rest:
        raise TemplateError(f"unbalanced braces in {template!r}")
    return set(_PLACEHOLDER.findall(template))


def check_template(template: str, *, allow_market: bool) -> None:
    allowed = PAIR_PLACEHOLDERS | {"market"} if allow_market else PAIR_PLACEHOLDERS
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

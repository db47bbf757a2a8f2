"""From (spec, symbol, base URL) to the concrete request: method, URL, query, body and market id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

from explorer.market.errors import UnknownSymbolError
from explorer.market.hooks import HOOKS
from explorer.market.specs import ExchangeSpec
from explorer.market.symbols import parse_symbol, render, template_values
from explorer.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    exchange: str
    symbol: str
    market_id: str
    url: str
    params: Mapping[str, str]
    #: Placeholder values ({market}, {BASE}, …) for substituting into response paths.
    template_values: Mapping[str, str]
    method: str = "GET"
    json: object = None  # the JSON body of a POST

    def substitute(self, template: str) -> str:
        return render(template, self.template_values)


def prepare_request(
    spec: ExchangeSpec, symbol: str, base_url: str | None = None
) -> PreparedRequest:
    """Raises :class:`~explorer.market.errors.UnknownSymbolError` for a malformed symbol.

    ``base_url`` (already normalised) replaces the spec's ``api``.
    """
    pair = spec.check_pair(parse_symbol(symbol))
    roles = (
        (QT_TRANSLATE_NOOP("Detail", "this endpoint serves only %1 as the base currency"),
         pair.base, spec.bases),
        (QT_TRANSLATE_NOOP("Detail", "this endpoint serves only %1 as the quote currency"),
         pair.quote, spec.quotes),
    )  # fmt: skip
    for refusal, code, served in roles:
        if served and code not in served:
            raise UnknownSymbolError(refusal, ", ".join(served))
    hook = HOOKS.get(spec.parser)
    if hook is not None and hook.market_id is not None:
        market_id = hook.market_id(pair, spec)
    else:
        market_id = spec.template_market_id(pair)
    values = template_values(pair, spec.currency_aliases, market_id)
    path_values = {name: quote(value, safe=":@-._~") for name, value in values.items()}
    return PreparedRequest(
        exchange=spec.id,
        symbol=pair.symbol,
        market_id=market_id,
        url=(base_url or spec.api) + render(spec.path, path_values),
        params={name: render(value, values) for name, value in spec.params.items()},
        template_values=values,
        method=spec.method,
        json=render_body(spec.body, values),
    )


def render_body(body: object, values: Mapping[str, str]) -> object:
    """A JSON body template with every string leaf rendered."""
    if isinstance(body, str):
        return render(body, values)
    if isinstance(body, Mapping):
        return {key: render_body(item, values) for key, item in body.items()}
    if isinstance(body, list):
        return [render_body(item, values) for item in body]
    return body

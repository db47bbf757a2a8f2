"""Plain-text, CSV and table output for the catalogue commands."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Exchange

HEADER = ("id", "name", "countries", "versions", "listed_in_newest")


def exchange_rows(index: CatalogueIndex, exchanges: Sequence[Exchange]) -> list[tuple[str, ...]]:
    del index  # rows need nothing beyond the exchange today; kept for symmetry with show
    return [HEADER] + [
        (
            e.id,
            e.name,
            " ".join(e.countries),
            " ".join(e.versions),
            "yes" if e.listed_in_newest else "no",
        )
        for e in exchanges
    ]


def write_rows(stream: TextIO, rows: list[tuple[str, ...]], output_format: str) -> None:
    if output_format == "csv":
        csv.writer(stream, lineterminator="\n").writerows(rows)
        return
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        stream.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        stream.write("\n")


def print_exchange(stream: TextIO, index: CatalogueIndex, exchange: Exchange) -> None:
    countries = ", ".join(f"{index.country_name(c)} ({c})" for c in exchange.countries)
    lines = [
        f"{exchange.name} ({exchange.id})",
        f"  website:   {exchange.website or '-'}",
    ]
    if exchange.website_original and exchange.website_original != exchange.website:
        lines.append(f"  referral:  {exchange.website_original}")
    lines += [
        f"  API docs:  {exchange.docs or '-'}",
        f"  versions:  {', '.join(exchange.versions)}",
        f"  countries: {countries}",
        f"  regions:   {', '.join(index.region_name(r) for r in exchange.regions)}",
        f"  logo:      {exchange.logo or '-'}",
        f"  listed in the newest snapshot: {'yes' if exchange.listed_in_newest else 'no'}",
    ]
    if exchange.renamed_to:
        lines.append(f"  renamed to: {exchange.renamed_to}")
    if exchange.former_ids:
        lines.append(f"  formerly:  {', '.join(exchange.former_ids)}")
    left = exchange.left_ccxt
    if left is not None and not exchange.renamed_to:
        lines.append(
            f"  left ccxt: {left.when or '?'}" + (f" ({left.reason})" if left.reason else "")
        )
    card = exchange.ccxt
    if card is not None:
        capabilities = ", ".join(f"{k} {v}" for k, v in card.capabilities.items())
        lines += [
            f"  ccxt ({card.snapshot}):",
            f"    certified {'yes' if card.certified else 'no'}, WebSocket "
            f"{'yes' if card.pro else 'no'}, {'DEX' if card.dex else 'CEX'}",
            f"    rate limit: {f'{card.rate_limit_ms:g} ms' if card.rate_limit_ms else '-'}",
            f"    fees: maker {_percent(card.fees.maker)}, taker {_percent(card.fees.taker)}",
            f"    public API: {capabilities}",
            f"    API hosts: {', '.join(card.api_hosts) or '-'}",
        ]
    lines.append("  history:")
    for snapshot in index.catalogue.snapshots:
        listing = exchange.snapshots.get(snapshot.key)
        where = ", ".join(listing.countries) if listing else "not listed"
        lines.append(f"    {snapshot.key:<15} {where}")
    stream.write("\n".join(lines) + "\n")


def _percent(fraction: float | None) -> str:
    return "-" if fraction is None else f"{fraction * 100:.3g} %"

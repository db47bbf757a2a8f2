"""Renames and departures: which catalogue id an exchange has now (``renames.toml``), and when
and why an exchange left ccxt (``departures.toml``). Curated, each entry with its evidence."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.resources import resource

NOT_RESEARCHED = "not researched"


@dataclass(frozen=True)
class Rename:
    old: str
    renamed_to: str
    via: tuple[str, ...]
    when: str | None


@dataclass(frozen=True)
class Departure:
    id: str
    when: str | None
    reason: str | None


@cache
def renames() -> dict[str, Rename]:
    table = _toml("renames.toml")
    return {
        old: Rename(old, entry["renamed_to"], tuple(entry.get("via", ())), entry.get("when"))
        for old, entry in table.items()
    }


@cache
def departures() -> dict[str, Departure]:
    table = _toml("departures.toml")
    return {
        exchange_id: Departure(
            exchange_id,
            entry.get("when"),
            None if entry.get("reason") in (None, NOT_RESEARCHED) else entry["reason"],
        )
        for exchange_id, entry in table.items()
    }


def _toml(name: str) -> dict[str, Any]:
    with resource("catalogue", name).open("rb") as handle:
        return tomllib.load(handle)


def apply_renames(records: list[dict[str, Any]], table: dict[str, Rename] | None = None) -> None:
    """Set each record's ``renamed_to``, ``former_ids`` and ``left_ccxt``. A rename must join
    two catalogue ids, and its old id must no longer be listed: else the table is out of date
    and the build says so."""
    table = renames() if table is None else table
    by_id = {record["id"]: record for record in records}
    former: dict[str, list[str]] = defaultdict(list)
    for rename in table.values():
        for exchange_id in (rename.old, rename.renamed_to):
            if exchange_id not in by_id:
                raise CatalogueError(f"renames.toml: {exchange_id!r} is not a catalogue id")
        if by_id[rename.old]["listed_in_newest"]:
            raise CatalogueError(
                f"renames.toml: {rename.old!r} is still listed in the newest snapshot"
            )
        if rename.renamed_to in table:
            raise CatalogueError(
                f"renames.toml: {rename.old!r} leads to the renamed {rename.renamed_to!r}"
            )
        former[rename.renamed_to].append(rename.old)
    gone = departures()
    for record in records:
        rename = table.get(record["id"])
        record["renamed_to"] = rename.renamed_to if rename else None
        record["former_ids"] = sorted(former.get(record["id"], []))
        departure = gone.get(record["id"])
        if record["listed_in_newest"]:
            record["left_ccxt"] = None
        elif rename is not None:
            record["left_ccxt"] = {"when": rename.when, "reason": None}
        else:
            record["left_ccxt"] = (
                {"when": departure.when, "reason": departure.reason} if departure else None
            )

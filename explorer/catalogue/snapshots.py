"""The bundled source documents and their order (``resources/catalogue/snapshots.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from explorer.resources import resource

DOCUMENT = "ccxt-document"  # a page of ccxt's documentation
PACKAGE = "ccxt-package"  # the metadata of a ccxt release (its exchanges' describe())


@dataclass(frozen=True)
class SnapshotSpec:
    key: str
    file: str
    title: str
    language: str
    format: str  # "rst", "markdown" or "ccxt-metadata"
    reason: str
    source: str = DOCUMENT
    version: str | None = None  # the ccxt release, when known
    date: str | None = None  # ISO date of that release or page, when known

    @property
    def translated(self) -> bool:
        return not self.language.startswith("en")


@cache
def snapshot_specs() -> tuple[SnapshotSpec, ...]:
    """All source documents, oldest first."""
    with resource("catalogue", "snapshots.toml").open("rb") as handle:
        entries = tomllib.load(handle)["snapshot"]
    return tuple(SnapshotSpec(**entry) for entry in entries)

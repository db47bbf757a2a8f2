"""Builds the catalogue from the bundled source documents (``catalogue build``)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import territories
from explorer.catalogue.listing import Listing, english_listing
from explorer.catalogue.md_table import read_md_table
from explorer.catalogue.model import SCHEMA_VERSION
from explorer.catalogue.reconcile import reconcile
from explorer.catalogue.rows import source_rows
from explorer.catalogue.rst_table import read_rst_table
from explorer.catalogue.snapshots import SnapshotSpec, snapshot_specs
from explorer.catalogue.text import decode_document
from explorer.catalogue.translated import match_translated
from explorer.resources import resource

_READERS = {"rst": read_rst_table, "markdown": read_md_table}


def default_sources_dir() -> Path:
    return Path(str(resource("catalogue", "sources")))


def build_catalogue(sources_dir: Path | None = None) -> dict[str, Any]:
    """Parse, normalise and reconcile all source documents into the catalogue document."""
    sources_dir = sources_dir or default_sources_dir()
    specs = snapshot_specs()
    english: list[Listing] = []
    translated: list[tuple[SnapshotSpec, list]] = []
    snapshots = []
    for spec in specs:
        data = _read(sources_dir / spec.file)
        table = _READERS[spec.format](decode_document(data, spec.file), spec.file)
        rows = source_rows(table)
        if not rows:
            raise CatalogueError("table has no rows", spec.file)
        if spec.translated:
            translated.append((spec, rows))
        else:
            english += [english_listing(row, spec.key) for row in rows]
        snapshots.append(_snapshot_record(spec, data, len(rows)))
    listings = list(english)
    for spec, rows in translated:
        listings += match_translated(rows, spec.key, english)
    exchanges = reconcile(listings, specs)
    return {
        "schema": SCHEMA_VERSION,
        "snapshots": snapshots,
        **territories(exchanges),
        "exchanges": exchanges,
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(f"cannot read source document: {exc.strerror}", path.name) from None


def _snapshot_record(spec: SnapshotSpec, data: bytes, rows: int) -> dict[str, Any]:
    return {
        "key": spec.key,
        "title": spec.title,
        "language": spec.language,
        "format": spec.format,
        "file": spec.file,
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": rows,
        "order_reason": spec.reason,
    }

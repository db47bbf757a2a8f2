"""Builds the catalogue from the bundled sources (``catalogue build``): the five ccxt documents
and the metadata of the pinned ccxt release."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from explorer.catalogue.ccxt_metadata import FORMAT as CCXT_METADATA
from explorer.catalogue.ccxt_metadata import parse_metadata, read_installed
from explorer.catalogue.ccxt_snapshot import ccxt_listings
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import territories
from explorer.catalogue.listing import Listing, english_listing
from explorer.catalogue.md_table import read_md_table
from explorer.catalogue.model import SCHEMA_VERSION
from explorer.catalogue.reconcile import reconcile
from explorer.catalogue.renames import apply_renames
from explorer.catalogue.rows import source_rows
from explorer.catalogue.rst_table import read_rst_table
from explorer.catalogue.snapshots import SnapshotSpec, snapshot_specs
from explorer.catalogue.text import decode_document
from explorer.catalogue.translated import match_translated
from explorer.resources import resource

_READERS = {"rst": read_rst_table, "markdown": read_md_table}
MAX_SOURCE_BYTES = 8 * 1024 * 1024


def default_sources_dir() -> Path:
    return Path(str(resource("catalogue", "sources")))


def refresh_ccxt_metadata(sources_dir: Path | None = None) -> Path:
    """Write the pinned ccxt release's metadata (read from the installed package, which must be
    that release) over its source file; returns the file."""
    sources_dir = sources_dir or default_sources_dir()
    spec = next((s for s in snapshot_specs() if s.format == CCXT_METADATA), None)
    if spec is None:
        raise CatalogueError("snapshots.toml names no ccxt-metadata snapshot")
    document = read_installed(spec.version)
    path = sources_dir / spec.file
    from explorer.storage.files import write_atomic

    write_atomic(path, metadata_bytes(document))
    return path


def metadata_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode()


def build_catalogue(sources_dir: Path | None = None) -> dict[str, Any]:
    """Parse, normalise and reconcile all sources into the catalogue document."""
    sources_dir = sources_dir or default_sources_dir()
    specs = snapshot_specs()
    english: list[Listing] = []  # the English documents'
    packages: list[Listing] = []  # the ccxt releases'
    translated: list[tuple[SnapshotSpec, list]] = []
    snapshots = []
    for spec in specs:
        data = _read(sources_dir / spec.file)
        if spec.format == CCXT_METADATA:
            found = ccxt_listings(_metadata(data, spec.file), spec.key, spec.file)
            packages += found
            snapshots.append(snapshot_record(spec, hashlib.sha256(data).hexdigest(), len(found)))
            continue
        table = _READERS[spec.format](decode_document(data, spec.file), spec.file)
        rows = source_rows(table)
        if not rows:
            raise CatalogueError("table has no rows", spec.file)
        if spec.translated:
            translated.append((spec, rows))
        else:
            english += [english_listing(row, spec.key) for row in rows]
        snapshots.append(snapshot_record(spec, hashlib.sha256(data).hexdigest(), len(rows)))
    listings = english + packages
    for spec, rows in translated:
        listings += match_translated(rows, spec.key, english)
    exchanges = reconcile(listings, specs)
    apply_renames(exchanges)
    return {
        "schema": SCHEMA_VERSION,
        "snapshots": snapshots,
        **territories(exchanges),
        "exchanges": exchanges,
    }


def _metadata(data: bytes, source: str):
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CatalogueError(f"not valid JSON ({type(exc).__name__})", source) from None
    return parse_metadata(document, source)


def _read(path: Path) -> bytes:
    from explorer.storage.files import UnsafeFileError, read_regular_file

    try:
        return read_regular_file(path, MAX_SOURCE_BYTES)
    except UnsafeFileError as exc:
        raise CatalogueError(f"cannot read source: it is {exc.reason}", path.name) from None
    except OSError as exc:
        raise CatalogueError(f"cannot read source: {exc.strerror}", path.name) from None


def snapshot_record(spec: SnapshotSpec, sha256: str, rows: int) -> dict[str, Any]:
    return {
        "key": spec.key,
        "title": spec.title,
        "language": spec.language,
        "format": spec.format,
        "file": spec.file,
        "sha256": sha256,
        "rows": rows,
        "order_reason": spec.reason,
        "source": spec.source,
        "version": spec.version,
        "date": spec.date,
    }

"""The catalogue the app and the CLI show: the bundled one, or the user's, which is the bundled
one with the snapshots of their updates on top (``UserDirs.user_catalogue_file``).

The user's file records the hash of the bundled catalogue it was made on. When the app is
upgraded (a new bundled catalogue), it is made again from the kept snapshot files on top of
the new one; a damaged file is set aside and the bundled catalogue used. Nothing here ever
stops the app from starting.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.model import Catalogue
from explorer.catalogue.store import bundled_catalogue_path, dumps, load, load_document
from explorer.storage.files import read_regular_file, set_aside, write_atomic
from explorer.storage.folders import UserDirs

log = logging.getLogger(__name__)

BASE_KEY = "base_sha256"  # in the user's file: the bundled catalogue it was made on
MAX_SNAPSHOT_FILE_BYTES = 8 * 1024 * 1024


def bundled_sha256() -> str:
    return hashlib.sha256(bundled_catalogue_path().read_bytes()).hexdigest()


def load_current(dirs: UserDirs) -> Catalogue:
    """The user's catalogue if there is a usable one, else the bundled catalogue."""
    path = dirs.user_catalogue_file
    if not path.exists():
        return load(bundled_catalogue_path())
    try:
        document = load_document(path)
        if not isinstance(document, dict):
            raise CatalogueError("not a catalogue", str(path))
        if document.get(BASE_KEY) != bundled_sha256():
            log.info("the bundled catalogue changed: making %s again on top of it", path.name)
            document = rebuild(dirs)
        return Catalogue.from_document(document, str(path))
    except CatalogueError as exc:
        set_aside(path, f"{exc}; using the bundled catalogue")
        return load(bundled_catalogue_path())


def save(dirs: UserDirs, merged: dict[str, Any], snapshot_file: dict[str, Any]) -> Path:
    """Keep the snapshot file and write the user's catalogue (both atomically)."""
    key = snapshot_file["snapshot"]["key"]
    existing = sorted(dirs.snapshots.glob("*.json")) if dirs.snapshots.is_dir() else []
    name = f"{len(existing) + 1:03d}-{key}.json"
    write_atomic(dirs.snapshots / name, dumps(snapshot_file))
    write_atomic(dirs.user_catalogue_file, dumps({**merged, BASE_KEY: bundled_sha256()}))
    return dirs.user_catalogue_file


def rebuild(dirs: UserDirs) -> dict[str, Any]:
    """The bundled catalogue with every kept snapshot file on top, in the order they were
    fetched; a snapshot the bundled catalogue already has is skipped."""
    from explorer.catalogue.merge import merge_snapshot, read_snapshot_file

    document = load_document(bundled_catalogue_path())
    files = sorted(dirs.snapshots.glob("*.json")) if dirs.snapshots.is_dir() else []
    for file in files:
        try:
            raw = json.loads(read_regular_file(file, MAX_SNAPSHOT_FILE_BYTES))
        except (OSError, ValueError, RecursionError) as exc:
            problem = f"unreadable snapshot file ({type(exc).__name__})"
            raise CatalogueError(problem, file.name) from None
        snapshot, listings = read_snapshot_file(raw, file.name)
        if any(s["key"] == snapshot["key"] for s in document["snapshots"]):
            continue
        document = merge_snapshot(document, snapshot, listings)
    write_atomic(dirs.user_catalogue_file, dumps({**document, BASE_KEY: bundled_sha256()}))
    return document


def reset(dirs: UserDirs) -> None:
    """Back to the bundled catalogue: the user's catalogue and kept snapshots are removed."""
    for file in [dirs.user_catalogue_file, *sorted(dirs.snapshots.glob("*.json"))]:
        file.unlink(missing_ok=True)

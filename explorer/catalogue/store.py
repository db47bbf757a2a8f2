"""Loading, validating and saving ``catalogue.json`` (never re-parses sources at start-up)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.model import Catalogue
from explorer.resources import resource
from explorer.storage.files import UnsafeFileError, read_regular_file, write_atomic
from explorer.text import one_line

CATALOGUE_FILE = "catalogue.json"
MAX_CATALOGUE_BYTES = 32 * 1024 * 1024
log = logging.getLogger(__name__)


def bundled_catalogue_path() -> Path:
    return Path(str(resource(CATALOGUE_FILE)))


def dumps(document: dict[str, Any]) -> bytes:
    """The canonical serialisation: deterministic, UTF-8, one key per line for readable diffs."""
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def save(document: dict[str, Any], path: Path) -> None:
    Catalogue.from_document(document, str(path))  # never write what we could not load back
    write_atomic(path, dumps(document))


def load(path: Path) -> Catalogue:
    """Load and validate a catalogue file; any problem is a CatalogueError naming the file."""
    return Catalogue.from_document(load_document(path), str(path))


def load_document(path: Path) -> Any:
    """The parsed JSON of a catalogue file (not yet validated); CatalogueError if unreadable."""
    where = one_line(path, 300)
    try:
        data = read_regular_file(path, MAX_CATALOGUE_BYTES)
    except UnsafeFileError as exc:
        raise CatalogueError(f"cannot read catalogue: it is {exc.reason}", where) from None
    except OSError as exc:
        raise CatalogueError(f"cannot read catalogue: {exc.strerror}", where) from None
    try:
        document = json.loads(data)
    except RecursionError:
        raise CatalogueError("not a catalogue: the JSON is nested too deeply", where) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise CatalogueError(f"not valid JSON ({one_line(exc, 200)})", where, line) from None
    return document


def load_or_bundled(path: Path | None) -> Catalogue:
    """Load ``path``; if it is missing or invalid, say why and use the bundled catalogue."""
    bundled = bundled_catalogue_path()
    if path is None or path == bundled:
        return load(bundled)
    try:
        return load(path)
    except CatalogueError as exc:
        log.warning("%s; using the bundled catalogue instead", exc)
        return load(bundled)

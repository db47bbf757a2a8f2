"""Moving broken files out of the way (atomic writes: explorer.catalogue.atomic)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a corrupt ``path`` to ``<name>.corrupt-<UTC timestamp>`` and return the new path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(target)
    return target

"""Atomic file writes: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it into place."""
    import tempfile  # not at import time: the app starts without writing anything

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp_name).unlink()
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file is rw-r--r--.

    (Not "0o666 less the umask": reading the umask means setting it, process-wide, which races
    with other threads creating files.)
    """
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644

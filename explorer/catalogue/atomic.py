"""Atomic file writes: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it into place.

    The temporary file lives in the same directory (a rename is atomic only within one file
    system); the directory is synced after the rename so the new name survives a crash too.
    """
    import tempfile  # not at import time: the app starts without writing anything

    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":  # mkstemp makes 0600; Windows has no such permission bits
            temporary.chmod(mode)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open directories; NTFS renames are journalled
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on directories
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file is rw-r--r--.

    (Not "0o666 less the umask": reading the umask means setting it, process-wide, which races
    with other threads creating files.)
    """
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644

"""Files on disk, read defensively and written atomically.

Reads: only regular files (a FIFO would block for ever, ``/dev/zero`` never ends), opened without
blocking, under a size cap, so a damaged or hostile file costs at most the cap. What cannot be
read as what it should be is *set aside* (renamed ``<name>.corrupt-<UTC time>``) and a warning is
logged; the caller carries on with defaults.

Writes: to a temporary file beside the target, fsynced, then renamed over it, so readers see the
old file or the new one, never half of either. The writer holds an advisory lock on its temporary
file while writing; :func:`remove_stale_temps` deletes the temporary files nobody holds, i.e. those
left by a writer that was killed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from datetime import datetime

T = TypeVar("T")
log = logging.getLogger(__name__)

# write_atomic's temporary names: ".<target name>.<random>.tmp".
TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{6,}\.tmp")
# A temporary file this young may belong to a writer that has not locked it yet.
_TEMP_GRACE_SECONDS = 2.0
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class UnsafeFileError(OSError):
    """The path exists but is not a regular file under the size cap; ``reason`` says what."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``: ``FileNotFoundError`` if absent, :class:`UnsafeFileError` if it
    is not a regular file or is larger than ``max_bytes``; never blocks and never reads more."""
    descriptor = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise UnsafeFileError(path, "not a regular file")
        if status.st_size > max_bytes:
            raise UnsafeFileError(path, f"larger than {max_bytes} bytes")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(descriptor, min(1 << 20, max_bytes + 1 - total) or 1):
            total += len(chunk)
            if total > max_bytes:  # it grew while we read
                raise UnsafeFileError(path, f"larger than {max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def load_json(
    path: Path,
    *,
    max_bytes: int,
    what: str,
    validate: Callable[[Any], T] = lambda document: document,
) -> T | None:
    """``validate(document)`` for the JSON in ``path``; None when the file is absent or unusable.

    An unusable file (not a regular file, too large, not UTF-8 JSON, nested too deep, or refused
    by ``validate`` with ValueError, TypeError, KeyError or AttributeError) is set aside and a
    warning names it; ``what`` says what the file is for ("the ticker cache").
    """
    try:
        data = read_regular_file(path, max_bytes)
    except FileNotFoundError:
        return None
    except UnsafeFileError as error:
        set_aside(path, f"{what} is {error.reason}")
        return None
    except OSError as error:  # unreadable (permissions): nothing we may move either
        log.warning("could not read %s %s: %s", what, path, error.strerror or error)
        return None
    try:
        return validate(json.loads(data.decode("utf-8")))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        set_aside(path, f"{what} is not valid ({reason[:200]})")
        return None


def set_aside(path: Path, reason: str = "", now: datetime | None = None) -> Path | None:
    """Rename ``path`` to ``<name>.corrupt-<UTC timestamp>`` (kept for a person to look at) and
    log why; returns the new path, or None if it could not be moved (then it is left alone)."""
    from datetime import UTC, datetime  # only when a file is damaged; not at every start-up

    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        path.replace(target)
    except OSError as error:
        log.warning("%s: %s; could not move it aside: %s", path, reason or "unusable", error)
        return None
    log.warning("%s: %s; moved it to %s", path, reason or "unusable", target.name)
    return target


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
            _lock(handle.fileno(), blocking=True)  # tells remove_stale_temps we are alive
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if os.name == "posix":  # mkstemp makes 0600; Windows has no such permission bits
                temporary.chmod(mode)
            temporary.replace(path)  # while locked: the lock dies with the file's last handle
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_directory(path.parent)


def remove_stale_temps(directory: Path) -> list[tuple[Path, int]]:
    """Delete the temporary files of writers that died mid-write; returns (path, size) of each."""
    removed: list[tuple[Path, int]] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not TEMP_NAME.fullmatch(entry.name):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            status = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(status.st_mode) or now - status.st_mtime < _TEMP_GRACE_SECONDS:
                continue
            if _abandoned(path):
                path.unlink()
                removed.append((path, status.st_size))
    if removed:
        log.info("removed %d temporary file(s) left in %s by an interrupted write",
                 len(removed), directory)  # fmt: skip
    return removed


def temp_bytes(directory: Path) -> int:
    """Bytes held by temporary files in ``directory`` (they count against a cache's cap)."""
    total = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            if TEMP_NAME.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    total += entry.stat(follow_symlinks=False).st_size
    return total


def _abandoned(path: Path) -> bool:
    """Whether no live writer holds ``path`` (we may then delete it)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError:
        return False
    try:
        return _lock(descriptor, blocking=False)
    finally:
        os.close(descriptor)


def _lock(descriptor: int, *, blocking: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted there anyway
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


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

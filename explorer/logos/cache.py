"""LogoCache: one file per logo URL on disk, least recently used evicted past a total size.

Files are named ``<sha256 of the URL>.<png|jpg|gif|webp|svg>``; the file's mtime is its recency.
A cached file that is not a whole, valid image (truncated, another format, not a regular file) is
deleted and treated as a miss, so the logo is downloaded again. Temporary files of interrupted
writes count against the size cap and are removed once no writer holds them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import httpx

from explorer.logos.download import check_url, download
from explorer.logos.sniff import image_is_complete
from explorer.storage.files import (
    UnsafeFileError,
    read_regular_file,
    remove_stale_temps,
    temp_bytes,
    write_atomic,
)

EXTENSIONS = ("png", "jpg", "gif", "webp", "svg")

# Only files with these names are ever evicted, so a directory shared by mistake loses nothing else.
_CACHE_FILE = re.compile(r"[0-9a-f]{64}\.(?:png|jpg|gif|webp|svg)(?:\.corrupt)?")

logger = logging.getLogger(__name__)


@dataclass
class _Flight:
    """One download in progress, shared by every caller fetching the same URL meanwhile."""

    task: asyncio.Task[bytes]
    waiters: int = 0


class LogoCache:
    """Logos on disk under ``directory``, fetched on a miss; see the module docstring."""

    #: Seconds one download may take in all, whatever the client's per-read timeout.
    deadline: float = 60.0

    def __init__(
        self,
        directory: Path,
        *,
        max_logo_bytes: int = 512 * 1024,
        max_total_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        if max_logo_bytes <= 0 or max_total_bytes < max_logo_bytes:
            raise ValueError("need 0 < max_logo_bytes <= max_total_bytes")
        self.directory = Path(directory)
        self.max_logo_bytes = max_logo_bytes
        self.max_total_bytes = max_total_bytes
        self._in_flight: dict[str, _Flight] = {}
        self._disk_lock = threading.Lock()  # stores run in worker threads

    def cached(self, url: str) -> bytes | None:
        """The logo from disk, or ``None``; never touches the network. A hit becomes most recent."""
        stem = _stem(url)
        for extension in EXTENSIONS:
            path = self.directory / f"{stem}.{extension}"
            try:
                data = read_regular_file(path, self.max_logo_bytes)
            except FileNotFoundError:
                continue
            except UnsafeFileError as error:
                self._remove(path, error.reason)
                continue
            except OSError as error:
                self._remove(path, f"unreadable ({error.strerror or error})")
                continue
            if not image_is_complete(data, extension):
                self._remove(path, "not a whole image of the kind its name says")
                continue
            with contextlib.suppress(OSError):
                os.utime(path)
            return data
        return None

    def discard(self, url: str) -> None:
        """Forget the cached logo of ``url`` (e.g. it did not decode): the next fetch downloads."""
        stem = _stem(url)
        for extension in EXTENSIONS:
            path = self.directory / f"{stem}.{extension}"
            if path.exists():
                self._remove(path, "an image that does not decode")

    def clean_up(self) -> int:
        """Remove temporary files left by interrupted writes; returns how many."""
        with self._disk_lock:
            return len(remove_stale_temps(self.directory))

    async def fetch(self, url: str, client: httpx.AsyncClient) -> bytes:
        """The logo from disk, else downloaded, checked and stored; raises :class:`LogoError`.

        Concurrent fetches of one URL share a single download (made with the first caller's
        client). A cancelled caller leaves the others waiting; when the last one is cancelled the
        download is cancelled too.
        """
        check_url(url)
        data = self.cached(url)
        if data is not None:
            return data
        flight = self._in_flight.get(url)
        if flight is None or flight.task.done():
            flight = _Flight(asyncio.create_task(self._download(url, client)))
            self._in_flight[url] = flight
            flight.task.add_done_callback(functools.partial(self._landed, url, flight))
        flight.waiters += 1
        try:
            return await asyncio.shield(flight.task)
        finally:
            flight.waiters -= 1
            if flight.waiters == 0 and not flight.task.done():
                flight.task.cancel()
                # Forget it now, not when the cancellation lands: a fetch arriving in between
                # must start afresh rather than await a download that is being cancelled.
                self._forget(url, flight)

    async def _download(self, url: str, client: httpx.AsyncClient) -> bytes:
        data, extension = await download(
            url, client, max_bytes=self.max_logo_bytes, deadline=self.deadline
        )
        # fsync can take a while; keep it off the event loop (which is the UI thread under qasync).
        await asyncio.to_thread(self._store, url, data, extension)
        return data

    def _landed(self, url: str, flight: _Flight, task: asyncio.Task[bytes]) -> None:
        self._forget(url, flight)
        if not task.cancelled():
            task.exception()  # retrieved: no "never retrieved" report if every waiter left

    def _forget(self, url: str, flight: _Flight) -> None:
        if self._in_flight.get(url) is flight:
            del self._in_flight[url]

    def _store(self, url: str, data: bytes, extension: str) -> None:
        """Write the logo, making room first; failing to cache is logged, never raised."""
        stem = _stem(url)
        with self._disk_lock:
            try:
                for other in EXTENSIONS:  # the server may have changed the image's format
                    if other != extension:
                        (self.directory / f"{stem}.{other}").unlink(missing_ok=True)
                self._evict(incoming=len(data), replacing=f"{stem}.{extension}")
                write_atomic(self.directory / f"{stem}.{extension}", data)
            except OSError as error:
                logger.warning("could not cache the logo %s in %s: %s", url, self.directory, error)

    def _evict(self, *, incoming: int, replacing: str) -> None:
        """Delete least recently used files until ``incoming`` more bytes fit under the cap.

        Temporary files count too: those of interrupted writes are removed first, and those of
        writes in progress (another instance's) take their share of the cap.
        """
        remove_stale_temps(self.directory)
        files: list[tuple[float, int, Path]] = []
        try:
            paths = list(self.directory.iterdir())
        except FileNotFoundError:
            return
        for path in paths:
            if not _CACHE_FILE.fullmatch(path.name) or path.name == replacing:
                continue
            try:
                status = path.stat()
            except OSError:
                continue
            files.append((status.st_mtime, status.st_size, path))
        total = incoming + temp_bytes(self.directory) + sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.max_total_bytes:
                break
            try:
                path.unlink(missing_ok=True)
            except OSError:  # e.g. open elsewhere on Windows; try again next time
                continue
            total -= size

    def _remove(self, path: Path, why: str) -> None:
        logger.warning("cached logo %s is %s; removing it", path.name, why)
        with contextlib.suppress(OSError):
            path.unlink()


def _stem(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()

"""LogoCache: one file per logo URL on disk, least recently used evicted past a total size.

Files are named ``<sha256 of the URL>.<png|jpg|gif|webp|svg>``; the file's mtime is its recency.
A cached file that is no longer a valid image is renamed ``<name>.corrupt`` and treated as a miss.
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
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from explorer.catalogue.atomic import write_atomic
from explorer.logos.download import check_url, download
from explorer.logos.sniff import image_extension

EXTENSIONS = ("png", "jpg", "gif", "webp", "svg")

# Only files with these names are ever evicted, so a directory shared by mistake loses nothing else.
_CACHE_FILE = re.compile(r"[0-9a-f]{64}\.(?:png|jpg|gif|webp|svg)(?:\.corrupt)?")
# write_atomic's temporary names; one this old was left behind by a crash mid-write.
_TEMP_FILE = re.compile(r"\.[0-9a-f]{64}\.[a-z]+\..*\.tmp")
_STALE_TEMP_SECONDS = 3600

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
                with path.open("rb") as handle:
                    data = handle.read(self.max_logo_bytes + 1)
            except FileNotFoundError:
                continue
            except OSError as error:
                self._set_aside(path, f"unreadable ({error})")
                continue
            if len(data) > self.max_logo_bytes or image_extension(data) != extension:
                self._set_aside(path, "not the image its name says")
                continue
            with contextlib.suppress(OSError):
                os.utime(path)
            return data
        return None

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
        """Delete least recently used files until ``incoming`` more bytes fit under the cap."""
        now = time.time()
        files: list[tuple[float, int, Path]] = []
        try:
            paths = list(self.directory.iterdir())
        except FileNotFoundError:
            return
        for path in paths:
            try:
                status = path.stat()
            except OSError:
                continue
            if _CACHE_FILE.fullmatch(path.name) and path.name != replacing:
                files.append((status.st_mtime, status.st_size, path))
            elif _TEMP_FILE.fullmatch(path.name) and now - status.st_mtime > _STALE_TEMP_SECONDS:
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
        total = incoming + sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.max_total_bytes:
                break
            try:
                path.unlink(missing_ok=True)
            except OSError:  # e.g. open elsewhere on Windows; try again next time
                continue
            total -= size

    def _set_aside(self, path: Path, why: str) -> None:
        logger.warning("cached logo %s is %s; moving it aside", path, why)
        with contextlib.suppress(OSError):
            path.replace(path.with_name(f"{path.name}.corrupt"))


def _stem(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()

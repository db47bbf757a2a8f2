"""The one bridge between the Qt widgets and the asyncio services: runs coroutines as named
tasks on the qasync loop and re-emits their results as typed signals."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from explorer.tasks import NamedTasks

if TYPE_CHECKING:
    import httpx

    from explorer.logos import LogoCache

log = logging.getLogger(__name__)


class ServiceBridge(QObject):
    logoReady = Signal(str, bytes)  # noqa: N815  (url, image bytes)
    logoFailed = Signal(str, str)  # noqa: N815  (url, plain-English reason)

    def __init__(
        self, logo_dir: Path, *, trust_env: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = NamedTasks()
        self._logo_dir = logo_dir
        self._trust_env = trust_env
        self._logo_cache: LogoCache | None = None
        self._logo_client: httpx.AsyncClient | None = None
        self._closed = False

    # httpx and the cache load on first use: start-up neither imports them nor makes a request.
    def _logos(self) -> LogoCache:
        if self._logo_cache is None:
            from explorer.logos import LogoCache

            self._logo_cache = LogoCache(self._logo_dir)
        return self._logo_cache

    def cached_logo(self, url: str) -> bytes | None:
        """A logo already on disk, without any network access."""
        return self._logos().cached(url)

    def request_logo(self, url: str) -> None:
        """Fetch a logo; a newer request cancels one still in flight (the selection moved on)."""
        if self._closed:
            return
        try:
            self.tasks.start("logo", self._fetch_logo(url))
        except RuntimeError:  # no asyncio loop (widgets used without the app's loop)
            log.debug("no event loop; logo %s not fetched", url)

    async def _fetch_logo(self, url: str) -> None:
        from explorer.logos import LogoError, logo_client

        if self._logo_client is None:
            self._logo_client = logo_client(trust_env=self._trust_env)
        try:
            data = await self._logos().fetch(url, self._logo_client)
        except LogoError as exc:
            self.logoFailed.emit(url, str(exc))
            return
        self.logoReady.emit(url, data)

    async def aclose(self) -> None:
        """Cancel every task and close the HTTP clients; nothing is left pending."""
        self._closed = True
        await self.tasks.shutdown()
        if self._logo_client is not None:
            await self._logo_client.aclose()
            self._logo_client = None
        await asyncio.sleep(0)

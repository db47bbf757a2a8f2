"""Exchange logos: fetched over HTTP, checked to be images, kept in a size-capped disk cache.

Plain Python (no Qt): the UI calls :meth:`LogoCache.cached` for an instant answer from disk and
awaits :meth:`LogoCache.fetch` with the client from :func:`logo_client` for the rest.
"""

from __future__ import annotations

from explorer.logos.cache import LogoCache
from explorer.logos.download import logo_client
from explorer.logos.errors import LogoError, LogoErrorKind
from explorer.logos.sniff import image_extension

__all__ = [
    "LogoCache",
    "LogoError",
    "LogoErrorKind",
    "image_extension",
    "logo_client",
]

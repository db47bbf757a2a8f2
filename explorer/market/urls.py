"""Base-URL validation (spec ``api``, settings file, ``--base-url``) and per-host keys."""

from __future__ import annotations

from urllib.parse import urlsplit


def normalise_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash; raise ``ValueError`` unless it is http(s)://host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// URL")
    if parts.query or parts.fragment:
        raise ValueError(f"{url!r} must not have a query or fragment")
    return url.strip().rstrip("/")


def host_key(url: str) -> str:
    """``scheme://host:port`` — what the per-host concurrency cap counts by."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"

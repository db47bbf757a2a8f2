"""URLs we are given (spec ``api``, settings, ``--base-url``): checked up front, shown redacted."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

MAX_URL_CHARS = 2048
# Whitespace and control characters have no place in a URL; in a header they would split it.
_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


def normalise_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash; raise ``ValueError`` (with a one-line, redacted
    message) unless it is an http(s) URL with a host and no query, fragment or stray characters."""
    text = url.strip()
    shown = redact_url(text[:200]).encode("ascii", "backslashreplace").decode()
    if len(text) > MAX_URL_CHARS:
        raise ValueError(f"the URL is longer than {MAX_URL_CHARS} characters")
    if _FORBIDDEN.search(text):
        raise ValueError(f"{shown!r} contains spaces or control characters")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        raise ValueError(f"{shown!r} is not a valid URL") from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"{shown!r} is not an http:// or https:// URL")
    if parts.query or parts.fragment:
        raise ValueError(f"{shown!r} must not have a query or fragment")
    _check_host(parts, shown)
    return text.rstrip("/")


def _check_host(parts: SplitResult, shown: str) -> None:
    import httpx  # its URL parser is the one requests will use: what it refuses, refuse now

    try:
        httpx.URL(parts.geturl())
    except (httpx.InvalidURL, ValueError):
        raise ValueError(f"{shown!r} is not a valid URL") from None


def redact_url(url: str) -> str:
    """``url`` with any password (and user name) replaced by ``***``: safe to print or store."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"***@{host}").geturl()


def host_key(url: str) -> str:
    """``scheme://host:port`` — what the per-host concurrency cap counts by."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"

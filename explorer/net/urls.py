"""URLs we are given (spec ``api``, settings, ``--base-url``): checked up front, shown redacted."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from explorer.text import QT_TRANSLATE_NOOP, TranslatableError

MAX_URL_CHARS = 2048
_NOT_A_URL = QT_TRANSLATE_NOOP("Detail", "%1 is not a valid URL")
# Whitespace and control characters have no place in a URL; in a header they would split it.
_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


class URLError(TranslatableError, ValueError):
    """A URL we cannot use, in plain words (the window shows them translated)."""


def normalise_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash; raise :class:`URLError` (a ``ValueError`` with a
    one-line, redacted message) unless it is an http(s) URL with a host and no query, fragment
    or stray characters."""
    text = url.strip()
    shown = redact_url(text[:200]).encode("ascii", "backslashreplace").decode()
    if len(text) > MAX_URL_CHARS:
        raise URLError(
            QT_TRANSLATE_NOOP("Detail", "the URL is longer than %1 characters"), MAX_URL_CHARS
        )
    if _FORBIDDEN.search(text):
        raise URLError(
            QT_TRANSLATE_NOOP("Detail", "%1 contains spaces or control characters"), repr(shown)
        )
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        raise URLError(_NOT_A_URL, repr(shown)) from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise URLError(
            QT_TRANSLATE_NOOP("Detail", "%1 is not an http:// or https:// URL"), repr(shown)
        )
    if parts.query or parts.fragment:
        raise URLError(
            QT_TRANSLATE_NOOP("Detail", "%1 must not have a query or fragment"), repr(shown)
        )
    _check_host(parts, shown)
    return text.rstrip("/")


def _check_host(parts: SplitResult, shown: str) -> None:
    import httpx  # its URL parser is the one requests will use: what it refuses, refuse now

    try:
        httpx.URL(parts.geturl())
    except (httpx.InvalidURL, ValueError):
        raise URLError(_NOT_A_URL, repr(shown)) from None


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

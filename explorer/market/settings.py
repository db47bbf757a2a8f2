"""Where the market engine keeps its files, and the user's per-exchange base-URL overrides.

The settings file is JSON: ``{"base_urls": {"binance": "https://api.binance.us"}}``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path

from explorer.config import user_dirs
from explorer.net.urls import normalise_base_url
from explorer.storage.files import load_json, write_atomic
from explorer.text import EXCHANGE_ID, one_line

SETTINGS_FILE = "market-settings.json"
CACHE_FILE = "tickers.json"

logger = logging.getLogger(__name__)


def default_settings_path() -> Path:
    """In the app's config folder (:func:`explorer.config.user_dirs`, platformdirs)."""
    return user_dirs().config / SETTINGS_FILE


def default_cache_path() -> Path:
    """In the app's ticker cache folder (:func:`explorer.config.user_dirs`, platformdirs)."""
    return user_dirs().ticker_cache / CACHE_FILE


MAX_SETTINGS_BYTES = 1024 * 1024


def _settings_document(document: object) -> dict[str, object]:
    if not isinstance(document, dict):
        raise TypeError("not a JSON object")
    if not isinstance(document.get("base_urls", {}), dict):
        raise TypeError("'base_urls' is not an object")
    return document


def load_base_url_overrides(path: Path | None = None) -> dict[str, str]:
    """Valid overrides from the settings file; a missing file is empty, an unreadable one is set
    aside, bad entries are logged and skipped."""
    path = path or default_settings_path()
    document = load_json(
        path, max_bytes=MAX_SETTINGS_BYTES, what="the market settings", validate=_settings_document
    )
    table = (document or {}).get("base_urls", {})
    assert isinstance(table, dict)
    overrides: dict[str, str] = {}
    for exchange, url in table.items():
        if not EXCHANGE_ID.fullmatch(exchange):
            logger.warning("ignoring a base URL in %s: %r is not an exchange id", path,
                           one_line(exchange, 40))  # fmt: skip
            continue
        try:
            overrides[exchange] = normalise_base_url(str(url))
        except ValueError as error:
            logger.warning("ignoring base URL for %s in %s: %s", exchange, path, error)
    return overrides


def save_base_url_overrides(overrides: Mapping[str, str], path: Path | None = None) -> None:
    """Write ``overrides`` (validated; ``ValueError`` on a bad URL), keeping other settings."""
    path = path or default_settings_path()
    cleaned = {exchange: normalise_base_url(url) for exchange, url in sorted(overrides.items())}
    document = (
        load_json(
            path,
            max_bytes=MAX_SETTINGS_BYTES,
            what="the market settings",
            validate=_settings_document,
        )
        or {}
    )
    document["base_urls"] = cleaned
    write_atomic(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())


def effective_base_urls(
    settings_path: Path | None = None, explicit: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Settings-file overrides, then explicit ones (``--base-url``) on top."""
    return {**load_base_url_overrides(settings_path), **(explicit or {})}

"""Where the market engine keeps its files, and the user's per-exchange base-URL overrides.

The settings file is JSON: ``{"base_urls": {"binance": "https://api.binance.us"}}``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path

from explorer.catalogue.atomic import write_atomic
from explorer.config import user_dirs
from explorer.market.urls import normalise_base_url

SETTINGS_FILE = "market-settings.json"
CACHE_FILE = "tickers.json"

logger = logging.getLogger(__name__)


def default_settings_path() -> Path:
    """In the app's config folder (:func:`explorer.config.user_dirs`, platformdirs)."""
    return user_dirs().config / SETTINGS_FILE


def default_cache_path() -> Path:
    """In the app's ticker cache folder (:func:`explorer.config.user_dirs`, platformdirs)."""
    return user_dirs().ticker_cache / CACHE_FILE


def load_base_url_overrides(path: Path | None = None) -> dict[str, str]:
    """Valid overrides from the settings file; a missing file is empty, bad entries are logged."""
    path = path or default_settings_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        logger.warning("ignoring unreadable market settings %s: %s", path, error)
        return {}
    table = document.get("base_urls", {}) if isinstance(document, dict) else None
    if not isinstance(table, dict):
        logger.warning("ignoring market settings %s: 'base_urls' is not an object", path)
        return {}
    overrides: dict[str, str] = {}
    for exchange, url in table.items():
        try:
            overrides[exchange] = normalise_base_url(str(url))
        except ValueError as error:
            logger.warning("ignoring base URL for %s in %s: %s", exchange, path, error)
    return overrides


def save_base_url_overrides(overrides: Mapping[str, str], path: Path | None = None) -> None:
    """Write ``overrides`` (validated; ``ValueError`` on a bad URL), keeping other settings."""
    path = path or default_settings_path()
    cleaned = {exchange: normalise_base_url(url) for exchange, url in sorted(overrides.items())}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        document = {}
    if not isinstance(document, dict):
        document = {}
    document["base_urls"] = cleaned
    write_atomic(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())


def effective_base_urls(
    settings_path: Path | None = None, explicit: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Settings-file overrides, then explicit ones (``--base-url``) on top."""
    return {**load_base_url_overrides(settings_path), **(explicit or {})}

"""Every user preference in one file, ``preferences.json`` in the config folder, read and written
here only (the window, the services and the command line all go through :class:`Preferences`).

The file::

    {"version": 1,
     "values": {"tree.sortColumn": 1, "window.geometry": "<base64>", "ui.theme": "dark", …},
     "watchlists": {"kraken": ["BTC/USD", "ETH/USD"]},
     "base_urls": {"binance": "https://api.binance.us"}}

Each value is checked when it is read (type, range, length): a bad one is ignored, with a
warning, and its default used; a file that cannot be read at all is set aside
(:func:`explorer.storage.files.load_json`). Earlier releases kept base URLs in
``market-settings.json`` and window state in ``settings.ini``: the first is migrated here when
this file does not exist yet; the second by the Qt layer, which can read QSettings' INI format.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from explorer.net.urls import normalise_base_url
from explorer.storage.files import load_json, write_atomic
from explorer.text import EXCHANGE_ID, one_line

T = TypeVar("T")
log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_BLOB_BYTES = 64 * 1024  # window geometry and splitter states are a few hundred bytes
MAX_WATCHLIST = 100
_SYMBOL = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}/[A-Za-z0-9][A-Za-z0-9._-]{0,31}(?::[A-Za-z0-9._-]{1,32})?"
)
_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its key, its default, and how a stored value is checked (``check``
    returns the value or raises ValueError/TypeError)."""

    key: str
    default: T
    check: Callable[[Any], T]


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not true or false")
    return value


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("not a whole number")
        if not low <= value <= high:
            raise ValueError(f"not between {low} and {high}")
        return value

    return check


def _choice(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"not one of {', '.join(choices)}")
        return str(value)

    return check


def _blob(value: Any) -> bytes:
    if not isinstance(value, str) or len(value) > MAX_BLOB_BYTES * 4 // 3 + 4:
        raise TypeError("not base64 text of a sane size")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None


def _tree_path(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > 3:
        raise TypeError("not a list of at most three keys")
    if not all(isinstance(part, str) and _PATH_PART.fullmatch(part) for part in value):
        raise ValueError("not a tree path")
    return tuple(value)


def _text(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise TypeError(f"not text of at most {limit} characters")
        return one_line(value, limit)

    return check


# The window.
GEOMETRY = Setting("window.geometry", b"", _blob)
MAIN_SPLITTER = Setting("window.mainSplitter", b"", _blob)
RIGHT_SPLITTER = Setting("window.rightSplitter", b"", _blob)
SHOW_DELISTED = Setting("tree.showDelisted", False, _boolean)
SORT_COLUMN = Setting("tree.sortColumn", 0, _integer(0, 1))
SORT_ORDER = Setting("tree.sortOrder", 0, _integer(0, 1))
SELECTION: Setting[tuple[str, ...]] = Setting("tree.selection", (), _tree_path)
EXPORT_FOLDER = Setting("export.folder", "", _text(4096))
# What a person sets in Preferences.
REFRESH_SECONDS = Setting("prices.refreshSeconds", 10, _integer(1, 3600))
THEME = Setting("ui.theme", "system", _choice("system", "light", "dark"))
LANGUAGE = Setting("ui.language", "system", _choice("system", "en", "zh_CN"))
UP_COLOUR = Setting("ui.upColour", "auto", _choice("auto", "green", "red"))
PROXY_MODE = Setting("network.proxy", "system", _choice("system", "none", "manual"))
PROXY_URL = Setting("network.proxyUrl", "", _text(2048))
LOGO_CACHE_MB = Setting("cache.logoMegabytes", 32, _integer(1, 1024))
MIGRATED_INI = Setting("migrated.settingsIni", False, _boolean)

SETTINGS: tuple[Setting[Any], ...] = (
    GEOMETRY, MAIN_SPLITTER, RIGHT_SPLITTER, SHOW_DELISTED, SORT_COLUMN, SORT_ORDER, SELECTION,
    EXPORT_FOLDER, REFRESH_SECONDS, THEME, LANGUAGE, UP_COLOUR, PROXY_MODE, PROXY_URL,
    LOGO_CACHE_MB, MIGRATED_INI,
)  # fmt: skip
_BY_KEY = {setting.key: setting for setting in SETTINGS}


def _dump(setting: Setting[T], value: T) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    return value


class Preferences:
    """Thread-safe: the window reads and writes on the UI thread, the services read base URLs
    on a worker thread. Changes are kept in memory until :meth:`save`."""

    def __init__(self, path: Path, *, legacy_market_settings: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._dirty = False
        document = load_json(
            path, max_bytes=MAX_FILE_BYTES, what="the preferences", validate=_document
        )
        if document is None:
            document = {"version": FORMAT_VERSION, "values": {}, "watchlists": {}, "base_urls": {}}
            if legacy_market_settings is not None:
                document["base_urls"] = _migrate_market_settings(legacy_market_settings)
                self._dirty = bool(document["base_urls"])
        self._values: dict[str, object] = dict(document["values"])
        self._watchlists: dict[str, list[str]] = _watchlists(document["watchlists"])
        self._base_urls: dict[str, str] = _base_urls(document["base_urls"], path)
        self._legacy = legacy_market_settings if self._dirty else None

    # -- single values ---------------------------------------------------------------------------
    def get(self, setting: Setting[T]) -> T:
        with self._lock:
            raw = self._values.get(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.check(raw)
        except (TypeError, ValueError) as error:
            log.warning("preference %s ignored (%s); using the default", setting.key, error)
            with self._lock:
                self._values.pop(setting.key, None)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value``; raises ValueError (or TypeError) for one that would not read back."""
        dumped = _dump(setting, value)
        setting.check(dumped)
        with self._lock:
            if self._values.get(setting.key) != dumped:
                self._values[setting.key] = dumped
                self._dirty = True

    # -- per exchange ----------------------------------------------------------------------------
    def watchlist(self, exchange: str) -> list[str]:
        with self._lock:
            return list(self._watchlists.get(exchange, []))

    def set_watchlist(self, exchange: str, symbols: list[str]) -> None:
        cleaned = _symbols(symbols)
        with self._lock:
            if self._watchlists.get(exchange) != cleaned:
                self._watchlists[exchange] = cleaned
                self._dirty = True

    def base_urls(self) -> dict[str, str]:
        """Per-exchange API base URLs (mirrors, regional hosts, local test servers)."""
        with self._lock:
            return dict(self._base_urls)

    def set_base_url(self, exchange: str, url: str | None) -> None:
        """Set (validated; ValueError names the problem) or, with None or "", clear it."""
        if not EXCHANGE_ID.fullmatch(exchange):
            raise ValueError(f"{one_line(exchange, 40)!r} is not an exchange id")
        cleaned = normalise_base_url(url) if url else None
        with self._lock:
            if self._base_urls.get(exchange) != cleaned:
                if cleaned is None:
                    self._base_urls.pop(exchange, None)
                else:
                    self._base_urls[exchange] = cleaned
                self._dirty = True

    # -- disk ------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def save(self) -> None:
        """Write the file atomically if anything changed; failing to write is logged, not raised
        (the app keeps working with what is in memory)."""
        with self._lock:
            if not self._dirty:
                return
            document = {
                "version": FORMAT_VERSION,
                "values": dict(sorted(self._values.items())),
                "watchlists": dict(sorted(self._watchlists.items())),
                "base_urls": dict(sorted(self._base_urls.items())),
            }
            self._dirty = False
        text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
        try:
            write_atomic(self.path, text.encode("utf-8"))
        except OSError as error:
            log.warning("could not write the preferences %s: %s", self.path, error)
            with self._lock:
                self._dirty = True
            return
        legacy, self._legacy = self._legacy, None
        if legacy is not None:  # migrated: the old file is kept, renamed, and never read again
            try:
                legacy.replace(legacy.with_name(legacy.name + ".migrated"))
            except OSError as error:
                log.warning("could not rename %s after migrating it: %s", legacy, error)

    def import_values(self, values: Mapping[str, object]) -> None:
        """Adopt ``values`` (keys of :data:`SETTINGS`, plus ``watchlist/<id>`` lists) from an
        older store, for those not set yet; each is checked as if read from the file."""
        for key, value in values.items():
            if key.startswith("watchlist/"):
                exchange = key.removeprefix("watchlist/")
                if EXCHANGE_ID.fullmatch(exchange) and not self.watchlist(exchange):
                    self.set_watchlist(
                        exchange, [str(v) for v in value] if isinstance(value, list) else []
                    )
                continue
            setting = _BY_KEY.get(key)
            if setting is None or key in self._values:
                continue
            try:
                self.set(setting, setting.check(_dump(setting, value)))
            except (TypeError, ValueError) as error:
                log.warning("not migrating %s (%s)", key, error)


def _document(document: Any) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise TypeError("not a JSON object")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown version {one_line(document.get('version'), 20)!r}")
    for name in ("values", "watchlists", "base_urls"):
        if not isinstance(document.setdefault(name, {}), dict):
            raise TypeError(f"{name!r} is not an object")
    return document


def _symbols(symbols: list[str]) -> list[str]:
    cleaned = [s for s in symbols if isinstance(s, str) and _SYMBOL.fullmatch(s)]
    return list(dict.fromkeys(cleaned))[:MAX_WATCHLIST]


def _watchlists(table: dict[str, Any]) -> dict[str, list[str]]:
    return {
        exchange: _symbols(symbols)
        for exchange, symbols in table.items()
        if EXCHANGE_ID.fullmatch(exchange) and isinstance(symbols, list)
    }


def _base_urls(table: dict[str, Any], where: Path) -> dict[str, str]:
    urls: dict[str, str] = {}
    for exchange, url in table.items():
        if not EXCHANGE_ID.fullmatch(exchange):
            log.warning("ignoring a base URL in %s: %r is not an exchange id", where,
                        one_line(exchange, 40))  # fmt: skip
            continue
        try:
            urls[exchange] = normalise_base_url(str(url))
        except ValueError as error:
            log.warning("ignoring base URL for %s in %s: %s", exchange, where, error)
    return urls


def _migrate_market_settings(path: Path) -> dict[str, Any]:
    """The base URLs of an old ``market-settings.json`` (``{"base_urls": {...}}``)."""

    def check(document: Any) -> dict[str, Any]:
        if not isinstance(document, dict) or not isinstance(document.get("base_urls", {}), dict):
            raise TypeError("not {'base_urls': {...}}")
        return document.get("base_urls", {})

    found = load_json(
        path, max_bytes=MAX_FILE_BYTES, what="the old market settings", validate=check
    )
    if found:
        log.info("migrating %d base URL(s) from %s", len(found), path.name)
    return found or {}

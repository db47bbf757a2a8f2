"""The one-time move of window state from ``settings.ini`` (QSettings, earlier releases) into
``preferences.json``. Qt reads the INI file (its ``@ByteArray(…)`` values are Qt's own format);
:class:`~explorer.storage.preferences.Preferences` checks each value as it takes it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from explorer.storage import preferences as prefs
from explorer.storage.files import set_aside

MAX_INI_BYTES = 1024 * 1024
log = logging.getLogger(__name__)
_KEYS = {
    "window/geometry": prefs.GEOMETRY.key,
    "window/mainSplitter": prefs.MAIN_SPLITTER.key,
    "window/rightSplitter": prefs.RIGHT_SPLITTER.key,
    "tree/showDelisted": prefs.SHOW_DELISTED.key,
    "tree/sortColumn": prefs.SORT_COLUMN.key,
    "tree/sortOrder": prefs.SORT_ORDER.key,
    "tree/selection": prefs.SELECTION.key,
}


def migrate_settings_ini(path: Path, preferences: prefs.Preferences) -> None:
    """Take what ``path`` holds into ``preferences`` (once), then rename it ``*.migrated``."""
    if preferences.get(prefs.MIGRATED_INI) or not _readable(path):
        return
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    values: dict[str, object] = {}
    for old, new in _KEYS.items():
        value = settings.value(old)
        if value is None:
            continue
        if isinstance(value, QByteArray):
            value = bytes(value.data())
        elif old == "tree/selection":
            value = [part for part in str(value).split("/") if part]
        elif old == "tree/showDelisted":
            value = str(value).lower() == "true"
        elif old in ("tree/sortColumn", "tree/sortOrder"):
            value = int(value) if str(value).strip().lstrip("-").isdigit() else None
        values[new] = value
    settings.beginGroup("watchlist")
    for exchange in settings.childKeys():
        raw = settings.value(exchange)
        words = raw if isinstance(raw, list) else str(raw or "").split(",")
        values[f"watchlist/{exchange}"] = [str(word).strip() for word in words if str(word).strip()]
    settings.endGroup()
    del settings
    preferences.import_values({k: v for k, v in values.items() if v is not None})
    preferences.set(prefs.MIGRATED_INI, True)
    preferences.save()
    try:
        path.replace(path.with_name(path.name + ".migrated"))
    except OSError as error:
        log.warning("could not rename %s after migrating it: %s", path, error)
    log.info("moved the window settings from %s into %s", path.name, preferences.path.name)


def _readable(path: Path) -> bool:
    """Absent, or not a regular file of sane size (set aside): False. A FIFO would block
    QSettings for ever."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        status = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_INI_BYTES:
        set_aside(path, "the old window settings file is not a regular file of sane size")
        return False
    return True

"""What the window remembers between runs, over one QSettings file (INI, per user).

The file is read defensively: one that is not a regular file (a FIFO would block QSettings for
ever), larger than :data:`MAX_SETTINGS_BYTES` or not parseable is set aside before Qt reads it,
and every value is checked on the way out (type, range, length), so no value in it can stop the
app from starting.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from explorer.storage.files import set_aside

MAX_SETTINGS_BYTES = 1024 * 1024
MAX_BLOB_BYTES = 64 * 1024  # window geometry and splitter states are a few hundred bytes
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")
_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")


def _usable(path: Path) -> bool:
    """Whether QSettings may read ``path``: absent, or a regular file of sane size."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return True
    except OSError:
        return True  # unreadable: QSettings copes (it reads nothing), and we cannot move it
    try:
        status = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    if not stat.S_ISREG(status.st_mode):
        set_aside(path, "the window settings file is not a regular file")
        return False
    if status.st_size > MAX_SETTINGS_BYTES:
        set_aside(path, f"the window settings file is larger than {MAX_SETTINGS_BYTES} bytes")
        return False
    return True


class WindowSettings:
    def __init__(self, path: Path) -> None:
        _usable(path)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        if self._settings.status() != QSettings.Status.NoError:
            set_aside(path, "the window settings file could not be read")
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _text(self, key: str, limit: int = 4096) -> str:
        value = self._settings.value(key, "")
        if isinstance(value, list):  # INI lists: "a, b" is read back as ["a", "b"]
            value = ",".join(str(item) for item in value)
        return value[:limit] if isinstance(value, str) else ""

    def bytes(self, key: str) -> QByteArray:
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and value.size() <= MAX_BLOB_BYTES:
            return value
        return QByteArray()

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def path(self, key: str) -> list[str]:
        """A tree path (region, country, exchange keys); anything malformed reads as none."""
        parts = [part for part in self._text(key, 300).split("/") if part]
        if len(parts) > 3 or not all(_PATH_PART.fullmatch(part) for part in parts):
            return []
        return parts

    def set_path(self, key: str, value: list[str]) -> None:
        self._settings.setValue(key, "/".join(value))

    def words(self, key: str, limit: int = 100) -> list[str]:
        """A list stored as comma-separated text (e.g. a watchlist of symbols); malformed
        entries are dropped."""
        words = [part.strip() for part in self._text(key, 16384).split(",")]
        return [word for word in words if _WORD.fullmatch(word)][:limit]

    def set_words(self, key: str, value: list[str]) -> None:
        self._settings.setValue(key, ",".join(value))

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def integer(self, key: str, default: int, minimum: int, maximum: int) -> int:
        """The stored integer if it is one within ``[minimum, maximum]``; else ``default``."""
        value: Any = self._settings.value(key, default)
        text = str(value).strip()
        if isinstance(value, bool) or not re.fullmatch(r"-?\d{1,18}", text):
            return default
        number = int(text)
        return number if minimum <= number <= maximum else default

    def set_integer(self, key: str, value: int) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now (QSettings writes the INI file atomically: temp file + rename)."""
        self._settings.sync()

"""What the window remembers between runs, over one QSettings file (INI, per user)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class WindowSettings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._settings.value(key, default)
        if kind is bool and isinstance(value, str):  # INI stores booleans as text
            return value.lower() == "true"
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def bytes(self, key: str) -> QByteArray:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def path(self, key: str) -> list[str]:
        value = self._get(key, "", str)
        return [part for part in value.split("/") if part]

    def set_path(self, key: str, value: list[str]) -> None:
        self._settings.setValue(key, "/".join(value))

    def words(self, key: str) -> list[str]:
        """A list stored as comma-separated text (e.g. a watchlist of symbols)."""
        return [part for part in self._get(key, "", str).split(",") if part]

    def set_words(self, key: str, value: list[str]) -> None:
        self._settings.setValue(key, ",".join(value))

    def flag(self, key: str, default: bool = False) -> bool:
        return bool(self._get(key, default, bool))

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def integer(self, key: str, default: int) -> int:
        return int(self._get(key, default, int))

    def set_integer(self, key: str, value: int) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now (QSettings writes the INI file atomically: temp file + rename)."""
        self._settings.sync()

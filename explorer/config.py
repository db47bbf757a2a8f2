"""Where the app keeps per-user files: set once from platformdirs, overridable for tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "exchange-explorer"
APP_AUTHOR = "ExchangeExplorer"
# Points every per-user folder below one directory (tests, portable installs).
HOME_OVERRIDE = "EXCHANGE_EXPLORER_HOME"


@dataclass(frozen=True)
class UserDirs:
    config: Path
    cache: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @property
    def logo_cache(self) -> Path:
        return self.cache / "logos"

    @property
    def ticker_cache(self) -> Path:
        return self.cache / "tickers"


def user_dirs() -> UserDirs:
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        root = Path(override)
        return UserDirs(config=root / "config", cache=root / "cache")
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return UserDirs(config=Path(dirs.user_config_dir), cache=Path(dirs.user_cache_dir))

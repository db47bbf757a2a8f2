"""Where the app keeps per-user files: set once from platformdirs, overridable for tests and
portable installs (``EXCHANGE_EXPLORER_HOME`` puts every folder below one directory)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "exchange-explorer"
APP_AUTHOR = "ExchangeExplorer"
HOME_OVERRIDE = "EXCHANGE_EXPLORER_HOME"


@dataclass(frozen=True)
class UserDirs:
    config: Path
    cache: Path
    data: Path

    @property
    def preferences_file(self) -> Path:
        """Every preference, window state included (:mod:`explorer.storage.preferences`)."""
        return self.config / "preferences.json"

    @property
    def legacy_settings_ini(self) -> Path:
        """Window state before preferences.json (read once, by the migration)."""
        return self.config / "settings.ini"

    @property
    def legacy_market_settings(self) -> Path:
        """Base URLs before preferences.json (read once, by the migration)."""
        return self.config / "market-settings.json"

    @property
    def logo_cache(self) -> Path:
        return self.cache / "logos"

    @property
    def ticker_cache(self) -> Path:
        return self.cache / "tickers"

    @property
    def ticker_cache_file(self) -> Path:
        return self.ticker_cache / "tickers.json"

    @property
    def snapshots(self) -> Path:
        """Catalogue snapshots the user has fetched (the bundled catalogue is never written)."""
        return self.data / "snapshots"

    @property
    def user_catalogue_file(self) -> Path:
        """The bundled catalogue with the user's snapshots on top (Tools → Update catalogue)."""
        return self.data / "catalogue.json"

    @property
    def alerts_file(self) -> Path:
        """The user's price alerts and their history (:mod:`explorer.live.alerts`)."""
        return self.data / "alerts.json"

    def folders(self) -> tuple[Path, ...]:
        """Every folder the app writes to (start-up sweeps interrupted writes from each)."""
        return (self.config, self.ticker_cache, self.logo_cache, self.data, self.snapshots)


def user_dirs() -> UserDirs:
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        root = Path(override)
        return UserDirs(config=root / "config", cache=root / "cache", data=root / "data")
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return UserDirs(
        config=Path(dirs.user_config_dir),
        cache=Path(dirs.user_cache_dir),
        data=Path(dirs.user_data_dir),
    )

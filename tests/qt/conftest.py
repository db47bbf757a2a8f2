from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.catalogue.query import CatalogueIndex
from explorer.catalogue.store import bundled_catalogue_path, load
from explorer.config import HOME_OVERRIDE, user_dirs


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every per-user file (settings, caches) goes to a fresh temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_OVERRIDE, str(home))
    return home


@pytest.fixture(scope="session")
def index() -> CatalogueIndex:
    return CatalogueIndex(load(bundled_catalogue_path()))


@pytest.fixture
def make_window(qtbot, index: CatalogueIndex) -> Iterator:
    from explorer.qt.bridge import ServiceBridge
    from explorer.qt.main_window import MainWindow
    from explorer.qt.settings import WindowSettings
    from explorer.services import Services

    def make(attach: bool = True) -> MainWindow:
        dirs = user_dirs()
        window = MainWindow(index, WindowSettings(dirs.settings_file))
        if attach:  # as the app does once the window has been painted
            window.attach(ServiceBridge(Services(dirs, trust_env=False)))
        qtbot.addWidget(window)
        return window

    yield make

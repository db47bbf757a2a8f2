"""Builds the window and its services; the measuring hook for ``--exit-after-startup``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explorer.catalogue.query import CatalogueIndex
from explorer.catalogue.store import bundled_catalogue_path, load
from explorer.config import UserDirs
from explorer.qt.bridge import ServiceBridge
from explorer.qt.main_window import MainWindow
from explorer.qt.settings import WindowSettings
from explorer.resources import resource
from explorer.services import Services


def ui_locale() -> str:
    """ "zh_CN" for a Chinese system locale (names and translations), else "en"."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translator(app: QApplication, locale: str) -> QTranslator | None:
    translation = resource("i18n", f"explorer_{locale}.qm")
    if not translation.is_file():
        return None
    translator = QTranslator(app)
    data = translation.read_bytes()
    if not translator.load(data):
        return None
    _KEEP_ALIVE[translator] = data  # QTranslator reads the bytes in place; they must outlive it
    app.installTranslator(translator)
    return translator


_KEEP_ALIVE: dict[QTranslator, bytes] = {}


def create_main_window(app: QApplication, dirs: UserDirs) -> tuple[MainWindow, ServiceBridge]:
    locale = ui_locale()
    install_translator(app, locale)
    icon = resource("icons", "exchange-explorer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    index = CatalogueIndex(load(bundled_catalogue_path()), locale=locale)
    names = {e.id: e.name for e in index.catalogue.exchanges}
    bridge = ServiceBridge(Services(dirs, names=names), parent=app)
    window = MainWindow(index, bridge, WindowSettings(dirs.settings_file))
    return window, bridge


class _FirstPaint(QObject):
    def __init__(self, target: QObject, callback: Callable[[], object]) -> None:
        super().__init__(target)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: MainWindow, callback: Callable[[], object]) -> None:
    """Call ``callback`` once the tree (the catalogue) has first been painted."""
    viewport = window.tree.view.viewport()
    viewport.installEventFilter(_FirstPaint(viewport, callback))

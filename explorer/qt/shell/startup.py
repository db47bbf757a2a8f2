"""Start-up in two steps: the window (catalogue and tree, no network code loaded) is built and
painted first; then the services behind it are attached. Also the ``--exit-after-startup`` hook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Catalogue
from explorer.qt.widgets.main_window import MainWindow
from explorer.resources import resource
from explorer.storage.folders import UserDirs
from explorer.storage.preferences import Preferences

if TYPE_CHECKING:
    from explorer.qt.shell.bridge import ServiceBridge

# A window that is never painted (started minimised, say) still gets its services after this.
FIRST_PAINT_WAIT_MS = 2000


def ui_locale(chosen: str = "system") -> str:
    """The language the user chose in Preferences, else "zh_CN" for a Chinese system locale
    (names and translations), else "en"."""
    if chosen in ("en", "zh_CN"):
        return chosen
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


def create_main_window(
    app: QApplication, catalogue: Catalogue, dirs: UserDirs, preferences: Preferences
) -> MainWindow:
    from explorer.storage import preferences as prefs

    locale = ui_locale(preferences.get(prefs.LANGUAGE))
    install_translator(app, locale)
    theme = preferences.get(prefs.THEME)
    if theme != "system":  # the system's look needs nothing done (and costs no start-up)
        from explorer.qt.shell.theme import apply_theme

        apply_theme(app, theme)
    icon = resource("icons", "exchange-explorer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    if dirs.legacy_settings_ini.exists():  # an earlier release's: moved once, then gone
        from explorer.qt.shell.legacy_settings import migrate_settings_ini

        migrate_settings_ini(dirs.legacy_settings_ini, preferences)
    return MainWindow(CatalogueIndex(catalogue, locale=locale), preferences)


def wait_for_first_paint(app: QApplication, window: MainWindow) -> bool:
    """Run Qt's event loop until the tree has first been painted; False if the window was
    closed meanwhile."""
    waiting = QEventLoop()
    after_first_paint(window, waiting.quit)
    app.lastWindowClosed.connect(waiting.quit)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, waiting, waiting.quit)
    waiting.exec()
    return window.isVisible()


def attach_services(app: QApplication, window: MainWindow, dirs: UserDirs) -> ServiceBridge:
    """Build the bridge to the network services (this loads asyncio and httpx's helpers) and
    hand it to the window."""
    from explorer.live.services import Services
    from explorer.qt.shell.bridge import ServiceBridge

    names = {e.id: e.name for e in window.index.catalogue.exchanges}
    bridge = ServiceBridge(Services(dirs, window.preferences, names=names), parent=app)
    window.attach(bridge)
    return bridge


class _FirstPaint(QObject):
    def __init__(self, target: QObject, callback: Callable[[], object]) -> None:
        super().__init__(target)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._callback)
            watched.removeEventFilter(self)  # the viewport's later events skip Python
        return False


def after_first_paint(window: MainWindow, callback: Callable[[], object]) -> None:
    """Call ``callback`` once the tree (the catalogue) has first been painted."""
    viewport = window.tree.view.viewport()
    viewport.installEventFilter(_FirstPaint(viewport, callback))

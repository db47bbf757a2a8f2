"""Unexpected errors are logged and shown in a dialog: never a silent crash."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger("explorer")
qt_log = logging.getLogger("qt")

if TYPE_CHECKING:
    import asyncio


def _show(summary: str, details: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtWidgets import QMessageBox  # built on first error, not at start-up

    box = QMessageBox(QMessageBox.Icon.Critical, "Exchange Explorer", summary)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QObject.tr("The error was logged. You can keep working."))
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    _show(f"{kind.__name__}: {error}", "".join(traceback.format_exception(kind, error, tb)))


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    from asyncio import CancelledError  # loaded with the loop; not needed before it

    error = context.get("exception")
    if isinstance(error, CancelledError):
        return
    if error is None:
        log.error("event loop: %s", context.get("message"))
        return
    excepthook(type(error), error, error.__traceback__)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    qt_log.log(level, "%s", message)


def install() -> None:
    """Uncaught errors and Qt's messages go to the log (errors also to a dialog). The asyncio
    loop, started later, gets ``loop_exception_handler``."""
    sys.excepthook = excepthook
    qInstallMessageHandler(_qt_message)


def uninstall() -> None:
    """Undo install(): Qt may still log while the interpreter shuts down, after Python objects
    are gone; a Python message handler then crashes the process."""
    qInstallMessageHandler(None)
    sys.excepthook = sys.__excepthook__

"""``--version``: versions of the app, its main libraries and the bundled catalogue."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from explorer import __version__


def _dist(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def library_versions() -> dict[str, str]:
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return {
        "Exchange Explorer": __version__,
        "Python": platform.python_version(),
        "Qt": QtCore.qVersion(),
        "PySide6": pyside_version,
        "qasync": _dist("qasync"),
        "httpx": _dist("httpx"),
    }


def catalogue_summary() -> str:
    from explorer.catalogue.user_catalogue import load_current
    from explorer.storage.folders import user_dirs

    catalogue = load_current(user_dirs())
    keys = ", ".join(snapshot.key for snapshot in catalogue.snapshots)
    newest = catalogue.snapshots[-1]
    return (
        f"{len(catalogue.exchanges)} exchanges from {len(catalogue.snapshots)} snapshots ({keys}); "
        f"newest {newest.key}" + (f", {newest.date}" if newest.date else "")
    )


def version_report() -> str:
    lines = [f"{name} {value}" for name, value in library_versions().items()]
    lines.append(f"catalogue: {catalogue_summary()}")
    return "\n".join(lines)

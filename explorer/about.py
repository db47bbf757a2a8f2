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
    from explorer.catalogue.store import bundled_catalogue_path, load

    catalogue = load(bundled_catalogue_path())
    keys = ", ".join(snapshot.key for snapshot in catalogue.snapshots)
    return (
        f"{len(catalogue.exchanges)} exchanges from {len(catalogue.snapshots)} documents ({keys})"
    )


def version_report() -> str:
    lines = [f"{name} {value}" for name, value in library_versions().items()]
    lines.append(f"catalogue: {catalogue_summary()}")
    return "\n".join(lines)

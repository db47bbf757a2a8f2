"""The engine is importable without Qt (it also runs in the CLI and in worker threads)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import explorer.market

QT_PACKAGES = {"PySide6", "shiboken6", "qasync"}


def test_importing_every_engine_module_loads_no_qt() -> None:
    infos = pkgutil.iter_modules(explorer.market.__path__)
    modules = [f"explorer.market.{info.name}" for info in infos]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert len(modules) > 10
    assert done.stdout.strip() == "[]"

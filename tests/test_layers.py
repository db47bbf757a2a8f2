"""Layer rules from ARCHITECTURE.md that a reader cannot be trusted to keep by hand."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "explorer"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "qasync", "shiboken6")


def _modules_loaded_by(code: str, modules: tuple[str, ...], **env: str) -> list[str]:
    """Run ``code`` in a fresh interpreter (it must succeed); which of ``modules`` it loaded."""
    script = f"{code}\nimport sys\nprint(','.join(m for m in {modules!r} if m in sys.modules))\n"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, check=True, env={**os.environ, **env},
    )  # fmt: skip
    return [name for name in out.stdout.strip().split(",") if name]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "layer", ["catalogue", "market", "cli", "logos", "services.py", "tasks.py", "config.py"]
)
def test_plain_python_layers_never_import_qt(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imports(path) if name.split(".")[0] in QT_MODULES
        )
        for path in (
            [PACKAGE / layer] if layer.endswith(".py") else (PACKAGE / layer).rglob("*.py")
        )
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_catalogue_commands_run_without_loading_qt_or_parsers() -> None:
    code = (
        "import io, contextlib\n"
        "from explorer.cli import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert run(['catalogue', 'export']) == 0\n"
    )
    assert _modules_loaded_by(code, ("PySide6", "docutils", "markdown_it", "ftfy")) == []


def test_opening_the_window_loads_no_command_modules() -> None:
    from explorer.cli import _names_a_command, build_parser

    assert not _names_a_command([]) and not _names_a_command(["--exit-after-startup"])
    assert _names_a_command(["--help"]) and _names_a_command(["ticker", "kraken", "BTC/USD"])
    code = (
        "from explorer.cli import build_parser\n"
        "build_parser(with_commands=False).parse_args(['--exit-after-startup'])\n"
    )
    commands = ("explorer.cli.catalogue_commands", "explorer.market.cli")
    assert _modules_loaded_by(code, commands) == []
    assert "ticker" in build_parser().format_help()  # asked for help, all commands are there


def test_the_window_is_painted_before_the_network_code_loads(tmp_path: Path) -> None:
    code = "from explorer.app import run_app\nassert run_app(exit_after_startup=True) == 0\n"
    network = ("asyncio", "qasync", "httpx", "explorer.qt.bridge", "explorer.services")
    home = {"EXCHANGE_EXPLORER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    assert _modules_loaded_by(code, network, **home) == []


def test_every_package_folder_has_an_init_so_wheels_include_it() -> None:
    folders = {path.parent for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(str(f) for f in folders if not (f / "__init__.py").exists()) == []

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


PLAIN_LAYERS = ["catalogue", "market", "cli", "logos", "net", "storage", "live", "text.py"]


@pytest.mark.parametrize("layer", PLAIN_LAYERS)
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


def _module_imports(path: Path) -> set[str]:
    """The explorer modules ``path`` imports at module level (TYPE_CHECKING blocks included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        body = node.body if isinstance(node, ast.If) else [node]  # `if TYPE_CHECKING:` blocks
        for statement in body:
            if isinstance(statement, ast.ImportFrom) and statement.module:
                names.add(statement.module)
                names |= {f"{statement.module}.{alias.name}" for alias in statement.names}
            elif isinstance(statement, ast.Import):
                names |= {alias.name for alias in statement.names}
    return {name for name in names if name.startswith("explorer.")}


def _module_graph() -> dict[str, set[str]]:
    def dotted(path: Path) -> str:
        return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)

    modules = {dotted(path).removesuffix(".__init__"): path for path in PACKAGE.rglob("*.py")}
    return {name: _module_imports(path) & set(modules) - {name} for name, path in modules.items()}


def test_no_import_cycles() -> None:
    graph = _module_graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the stack, 2: done

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, [*stack, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("market", ("explorer.catalogue", "explorer.logos", "explorer.live", "explorer.qt")),
        ("logos", ("explorer.catalogue", "explorer.market", "explorer.live", "explorer.qt")),
        ("net", ("explorer.catalogue", "explorer.market", "explorer.logos", "explorer.storage")),
        ("storage", ("explorer.catalogue", "explorer.market", "explorer.logos", "explorer.live")),
        ("catalogue", ("explorer.market", "explorer.logos", "explorer.live", "explorer.net")),
    ],
)
def test_foundations_stay_below_what_uses_them(layer: str, forbidden: tuple[str, ...]) -> None:
    offenders = {
        name: sorted(t for t in targets if t.startswith(forbidden))
        for name, targets in _module_graph().items()
        if name.startswith(f"explorer.{layer}")
    }
    assert {name: found for name, found in offenders.items() if found} == {}


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
    commands = ("explorer.cli.catalogue_commands", "explorer.cli.ticker_command")
    assert _modules_loaded_by(code, commands) == []
    assert "ticker" in build_parser().format_help()  # asked for help, all commands are there


def test_the_window_is_painted_before_the_network_code_loads(tmp_path: Path) -> None:
    code = (
        "import gc\n"
        "from explorer.qt.shell.app import run_app\nassert run_app(exit_after_startup=True) == 0\n"
        # start-up's objects are kept out of later collections, and collection is back on
        "assert gc.isenabled() and gc.get_freeze_count() > 10_000, gc.get_freeze_count()\n"
    )
    network = ("asyncio", "qasync", "httpx", "explorer.qt.shell.bridge", "explorer.live.services")
    home = {"EXCHANGE_EXPLORER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    assert _modules_loaded_by(code, network, **home) == []


def test_every_package_folder_has_an_init_so_wheels_include_it() -> None:
    folders = {path.parent for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(str(f) for f in folders if not (f / "__init__.py").exists()) == []

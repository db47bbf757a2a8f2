"""Command line: ``exchange-explorer`` opens the window; subcommands are for scripting."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from explorer import __version__
from explorer.catalogue.errors import CatalogueError

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """Usage errors are one line too (every failure is), pointing at ``--help``."""

    def error(self, message: str) -> NoReturn:
        from explorer.text import one_line

        self.exit(2, f"{self.prog}: error: {one_line(message, 400)} (see --help)\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """``with_commands=False`` leaves the subcommands (and their imports) out: opening the
    window needs none of them, and they cost start-up time."""
    parser = Parser(
        prog="exchange-explorer",
        description="Browse the world's crypto exchanges. With no command, opens the window.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the window, wait for its first paint with the catalogue shown, then exit",
    )
    if with_commands:
        from explorer.cli import catalogue_commands
        from explorer.cli.candles_command import add_candles_command
        from explorer.cli.check_command import add_check_command
        from explorer.cli.markets_command import add_markets_command
        from explorer.cli.ticker_command import add_ticker_command

        commands = parser.add_subparsers(dest="command", metavar="COMMAND")
        catalogue_commands.register(commands)
        add_ticker_command(commands)
        add_markets_command(commands)
        add_candles_command(commands)
        add_check_command(commands)
    return parser


def _names_a_command(argv: list[str]) -> bool:
    """True unless ``argv`` is only the window's own options (no command, no help asked)."""
    return any(not arg.startswith("-") or arg in ("-h", "--help") for arg in argv)


WINDOW_ONLY = {(): False, ("--exit-after-startup",): True}


def run(argv: list[str]) -> int:
    exit_after_startup = WINDOW_ONLY.get(tuple(argv))
    if exit_after_startup is not None:
        # Just the window: argparse would build a parser (and look up its gettext catalogues,
        # ~3 ms of start-up) only to find nothing to parse.
        from explorer.qt.shell.app import run_app

        return run_app(exit_after_startup=exit_after_startup)
    parser = build_parser(with_commands=_names_a_command(argv))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if args.version:
            from explorer.about import version_report

            print(version_report())
            return 0
        if handler is None:
            from explorer.qt.shell.app import run_app

            return run_app(exit_after_startup=args.exit_after_startup)
        _log_one_line_warnings()
        return handler(args)
    except CatalogueError as exc:
        from explorer.text import one_line

        print(f"exchange-explorer: error: {one_line(exc, 400)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `exchange-explorer catalogue list | head`
        sys.stderr.close()
        return 0


def _log_one_line_warnings() -> None:
    """Warnings (a settings file set aside, say) reach the terminal as one safe line each; the
    HTTP libraries' per-request INFO lines (URLs included) do not."""
    import logging

    from explorer.text import one_line

    class OneLine(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            text = one_line(record.getMessage(), 400)
            return f"exchange-explorer: {record.levelname.lower()}: {text}"

    root = logging.getLogger()
    if any(getattr(handler, "one_line", False) for handler in root.handlers):
        return

    class Stderr(logging.StreamHandler):  # type: ignore[type-arg]
        """Writes to whatever ``sys.stderr`` is now (tests swap it between runs)."""

        @property  # type: ignore[override]
        def stream(self) -> object:
            return sys.stderr

        @stream.setter
        def stream(self, _value: object) -> None:
            pass

    handler = Stderr()
    handler.setFormatter(OneLine())
    handler.setLevel(logging.WARNING)
    handler.one_line = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "hpack", "h2"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


__all__ = ["__version__", "build_parser", "run"]

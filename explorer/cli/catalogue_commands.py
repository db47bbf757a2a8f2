"""``exchange-explorer catalogue build|list|show|export|update|reset``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Territory, exchange_document
from explorer.catalogue.store import bundled_catalogue_path, load_or_bundled, save
from explorer.cli.output import exchange_rows, print_exchange, write_rows


def register(commands: argparse._SubParsersAction) -> None:
    catalogue = commands.add_parser("catalogue", help="the exchange catalogue")
    catalogue.add_argument(
        "--catalogue", type=Path, metavar="FILE", help="catalogue.json to read (default: bundled)"
    )
    actions = catalogue.add_subparsers(dest="action", metavar="ACTION", required=True)

    build = actions.add_parser("build", help="regenerate catalogue.json from the source documents")
    build.add_argument("--sources", type=Path, help="folder of source documents (default: bundled)")
    build.add_argument("--output", type=Path, help="file to write (default: the bundled one)")
    build.add_argument(
        "--from-ccxt",
        action="store_true",
        help="first re-read the pinned ccxt release's metadata from the installed ccxt package",
    )
    build.set_defaults(handler=_build)

    listing = actions.add_parser("list", help="list exchanges")
    listing.add_argument("--country", metavar="CODE", help="ISO 3166 alpha-2 code, or EU")
    listing.add_argument("--region", metavar="R", help="UN M49 region code, e.g. 150 for Europe")
    listing.add_argument("--search", metavar="TEXT", help="id, name or country (English or 中文)")
    listing.add_argument("--listed-only", action="store_true", help="only those the newest lists")
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help="everything known about one exchange")
    show.add_argument("id")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=_show)

    export = actions.add_parser("export", help="print the whole catalogue")
    export.add_argument("--format", choices=("json",), default="json")
    export.set_defaults(handler=_export)

    update = actions.add_parser(
        "update",
        help="add a newer snapshot, from your ccxt package or ccxt's documentation online, "
        "and print what changes",
    )
    update.add_argument(
        "--from",
        dest="source",
        choices=("ccxt", "docs"),
        help="the installed ccxt package, or the docs pages (default: ccxt if installed)",
    )
    update.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    update.add_argument(
        "--base-url",
        metavar="URL",
        help="where the docs pages are (default: ccxt's repository on GitHub)",
    )
    update.set_defaults(handler=_update)

    reset = actions.add_parser("reset", help="forget your updates: use the bundled catalogue")
    reset.set_defaults(handler=_reset)


def _index(args: argparse.Namespace) -> CatalogueIndex:
    if args.catalogue is None:  # the one the window shows: the user's updates, else bundled
        from explorer.catalogue.user_catalogue import load_current
        from explorer.storage.folders import user_dirs

        return CatalogueIndex(load_current(user_dirs()))
    return CatalogueIndex(load_or_bundled(args.catalogue))


def _build(args: argparse.Namespace) -> int:
    try:
        from explorer.catalogue.build import (
            build_catalogue,
            default_sources_dir,
            refresh_ccxt_metadata,
        )
    except ImportError as exc:  # the parsers are a build-only extra, not in the packaged app
        raise CatalogueError(
            f"catalogue build needs the 'build' extra (pip install 'exchange-explorer[build]'): "
            f"{exc.name} is not installed"
        ) from None

    sources = args.sources or default_sources_dir()
    if args.from_ccxt:
        print(f"wrote {refresh_ccxt_metadata(sources)}", file=sys.stderr)
    document = build_catalogue(sources)
    output = args.output or bundled_catalogue_path()
    save(document, output)
    print(f"wrote {output}: {len(document['exchanges'])} exchanges", file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    from explorer.catalogue.browse import BrowseTree

    index = _index(args)
    country = _country_code(index, args.country) if args.country else None
    region = _region_code(index, args.region) if args.region else None
    found = BrowseTree(index).select(
        args.search or "", show_delisted=not args.listed_only, country=country, region=region
    )
    if args.format == "json":
        _print_json([exchange_document(e) for e in found])
    else:
        write_rows(sys.stdout, exchange_rows(index, found), args.format)
    return 0


def _country_code(index: CatalogueIndex, given: str) -> str:
    """An ISO code (or EU) the catalogue has, or a country's name ("Japan", "日本")."""
    return _place_code("country", index.catalogue.countries, given.strip().upper(), given)


def _region_code(index: CatalogueIndex, given: str) -> str:
    """A UN M49 region code, or a region's name in English or Chinese ("Asia", "亚洲")."""
    return _place_code("region", index.catalogue.regions, given.strip(), given)


def _place_code(what: str, places: Mapping[str, Territory], code: str, given: str) -> str:
    """``code`` if ``places`` has it, else the code of the place named ``given``; otherwise a
    CatalogueError that offers the closest codes and names."""
    if code in places:
        return code
    by_name = {
        name.casefold(): key for key, place in places.items() for name in place.names.values()
    }
    if given.strip().casefold() in by_name:
        return by_name[given.strip().casefold()]
    raise CatalogueError(_unknown(what, given, [*places, *by_name]))


def _unknown(what: str, given: str, choices: list[str]) -> str:
    import difflib

    from explorer.text import one_line

    close = difflib.get_close_matches(given.casefold(), choices, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"no {what} {one_line(given, 60)!r} in the catalogue{hint}"


def _show(args: argparse.Namespace) -> int:
    index = _index(args)
    exchange = index.find(args.id)
    if args.format == "json":
        _print_json(exchange_document(exchange))
    else:
        print_exchange(sys.stdout, index, exchange)
    return 0


def _export(args: argparse.Namespace) -> int:
    _print_json(_index(args).catalogue.to_document())
    return 0


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


EXIT_NO_CCXT = 3


def _update(args: argparse.Namespace) -> int:
    import asyncio

    from explorer.catalogue.ccxt_metadata import installed_version
    from explorer.catalogue.update import DOCS_BASE_URL, AlreadyUpToDateError
    from explorer.cli.ticker_command import EXIT_CODES
    from explorer.live.catalogue_update import UpdateFetchError, apply_update, prepare_update
    from explorer.market.failures import transport_kind
    from explorer.storage.folders import user_dirs
    from explorer.text import one_line

    source = args.source or ("ccxt" if installed_version() else "docs")
    if source == "ccxt" and installed_version() is None:
        print(
            "exchange-explorer: error: the ccxt package is not installed "
            '(pip install "exchange-explorer[ccxt]"), or use --from docs',
            file=sys.stderr,
        )
        return EXIT_NO_CCXT
    dirs = user_dirs()
    current = _index(args).catalogue

    def progress(step: object, done: int, total: int) -> None:
        print(f"[{done + 1}/{total}] {step}", file=sys.stderr)

    try:
        plan = asyncio.run(
            prepare_update(
                source, current, base_url=args.base_url or DOCS_BASE_URL, progress=progress
            )
        )
    except AlreadyUpToDateError as exc:
        print(f"exchange-explorer: {exc.message}; nothing to do", file=sys.stderr)
        return 0
    except UpdateFetchError as exc:
        print(f"exchange-explorer: error: {one_line(exc, 400)}", file=sys.stderr)
        return EXIT_CODES[transport_kind(exc.failure.kind)]
    except ValueError as exc:  # the base URL
        print(f"exchange-explorer: error: --base-url: {one_line(exc, 300)}", file=sys.stderr)
        return 2
    for line in plan.diff.lines():
        print(line)
    if args.dry_run:
        print("dry run: nothing written", file=sys.stderr)
        return 0
    apply_update(plan, dirs)
    print(f"wrote {dirs.user_catalogue_file}", file=sys.stderr)
    return 0


def _reset(args: argparse.Namespace) -> int:
    from explorer.catalogue.user_catalogue import reset
    from explorer.storage.folders import user_dirs

    reset(user_dirs())
    print("using the bundled catalogue", file=sys.stderr)
    return 0

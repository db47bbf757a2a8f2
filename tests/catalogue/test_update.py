"""Updates: a snapshot from ccxt's docs (a local server with recorded pages) or from ccxt
metadata, shown as a diff, applied to the user's catalogue only, never to the bundled one."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from explorer.catalogue.build import metadata_bytes
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.store import bundled_catalogue_path, load
from explorer.catalogue.update import (
    BY_COUNTRY_PAGE,
    SUPPORTED_PAGE,
    AlreadyUpToDateError,
    package_snapshot,
    plan_update,
)
from explorer.catalogue.user_catalogue import BASE_KEY, load_current, reset
from explorer.live.catalogue_update import UpdateFetchError, apply_update, prepare_update
from explorer.net.failures import FailureKind
from explorer.storage.folders import UserDirs
from tests.catalogue.conftest import SOURCES

DOCS = Path(__file__).parents[1] / "fixtures" / "ccxt_docs"
METADATA = json.loads((SOURCES / "ccxt-4.5.90.json").read_bytes())


def serve_docs(httpserver: HTTPServer) -> str:
    for page in (SUPPORTED_PAGE, BY_COUNTRY_PAGE):
        httpserver.expect_request(f"/wiki/{page}").respond_with_data(
            (DOCS / page).read_bytes(), content_type="text/plain; charset=utf-8"
        )
    return httpserver.url_for("/wiki/")


def prepare(source: str, current, **kwargs):
    steps: list = []
    plan = asyncio.run(
        prepare_update(
            source, current, trust_env=False, progress=lambda *a: steps.append(a), **kwargs
        )
    )
    return plan, steps


def test_an_update_from_the_docs_online(httpserver: HTTPServer, dirs: UserDirs) -> None:
    bundled = bundled_catalogue_path().read_bytes()
    current = load(bundled_catalogue_path())
    plan, steps = prepare("docs", current, base_url=serve_docs(httpserver))
    assert [s[0] for s in steps] == [
        "fetch-supported", "fetch-by-country", "read-pages", "compare", "compare"
    ]  # fmt: skip
    assert steps[-1][1:] == (4, 4)
    diff = plan.diff
    assert diff.added == (("coinex", "CoinEx"),)  # re-listed: the docs list it, 4.5.90 does not
    assert diff.removed == (("polymarket", "Polymarket"),)
    # the page leaves out countries it cannot name: what the page says, it says
    assert dict((i, (was, now)) for i, was, now in diff.countries_changed) == {
        "blockchaincom": (("LU",), ("ZZ",)),
        "foxbit": (("BR",), ("ZZ",)),
    }
    assert diff.renamed == ()
    new = plan.catalogue
    assert new.snapshots[-1].key.startswith("ccxt-docs-")
    assert sum(e.listed_in_newest for e in new.exchanges) == 104
    binance = next(e for e in new.exchanges if e.id == "binance")
    assert binance.website == "https://www.binance.com"  # a known homepage is kept
    assert binance.ccxt is not None  # the card stays, from its release
    # nothing is written until the plan is applied; then only to the user's folder
    assert not dirs.user_catalogue_file.exists()
    apply_update(plan, dirs)
    assert bundled_catalogue_path().read_bytes() == bundled
    shown = load_current(dirs)
    assert shown.snapshots[-1].key == new.snapshots[-1].key
    assert len(list(dirs.snapshots.glob("*.json"))) == 1
    reset(dirs)
    assert load_current(dirs).snapshots[-1].key == "ccxt-4.5.90"


def test_the_same_pages_twice_are_up_to_date(httpserver: HTTPServer, dirs: UserDirs) -> None:
    base = serve_docs(httpserver)
    plan, _ = prepare("docs", load(bundled_catalogue_path()), base_url=base)
    apply_update(plan, dirs)
    with pytest.raises(AlreadyUpToDateError, match="already has this snapshot"):
        prepare("docs", load_current(dirs), base_url=base)


def _metadata(**changes) -> dict:
    document = copy.deepcopy(METADATA)
    document["ccxt_version"] = "4.6.0"
    by_id = {e["id"]: e for e in document["exchanges"]}
    # a rename ccxt-style: same exchange, same homepage, new id
    renamed = dict(by_id.pop("zaif"), id="zaifx", name="Zaif X")
    by_id.pop("zebpay")  # gone
    by_id["kraken"] = dict(by_id["kraken"], countries=["US", "CA"])
    by_id["newdex"] = dict(by_id["woo"], id="newdex", name="New DEX", countries=[])
    by_id["newdex"]["urls"] = dict(by_id["woo"]["urls"], www="https://newdex.test")
    document["exchanges"] = sorted([*by_id.values(), renamed], key=lambda e: e["id"])
    document.update(changes)
    return document


def test_an_update_from_ccxt_metadata_shows_every_kind_of_change() -> None:
    current = load(bundled_catalogue_path())
    plan = plan_update(current, *package_snapshot(_metadata()))
    diff = plan.diff
    assert diff.added == (("newdex", "New DEX"),)
    assert diff.removed == (("zebpay", "Zebpay"),)
    assert diff.renamed == (("zaif", "zaifx"),)
    assert diff.countries_changed == (("kraken", ("US",), ("US", "CA")),)
    assert diff.summary() == "1 added, 1 removed, 1 renamed, 1 with other countries"
    new = {e.id: e for e in plan.catalogue.exchanges}
    assert new["zaif"].renamed_to == "zaifx" and new["zaifx"].former_ids == ("zaif",)
    assert new["newdex"].countries == ("ZZ",) and new["newdex"].first_snapshot == "ccxt-4.6.0"
    assert not new["zebpay"].listed_in_newest and new["zebpay"].left_ccxt.when is not None
    assert plan.catalogue.snapshots[-1].version == "4.6.0"
    lines = diff.lines()
    assert lines[0].startswith("ccxt 4.6.0 (Python package) (ccxt-4.6.0): 1 added")
    assert "~ zaif -> zaifx" in lines and "* kraken  US -> US CA" in lines


def test_the_bundled_release_again_is_up_to_date() -> None:
    current = load(bundled_catalogue_path())
    with pytest.raises(AlreadyUpToDateError):
        plan_update(current, *package_snapshot(METADATA))
    assert metadata_bytes(METADATA) == (SOURCES / "ccxt-4.5.90.json").read_bytes()


def test_a_page_that_is_not_there_fails_and_changes_nothing(
    httpserver: HTTPServer, dirs: UserDirs
) -> None:
    httpserver.expect_request(f"/wiki/{SUPPORTED_PAGE}").respond_with_data("gone", status=404)
    with pytest.raises(UpdateFetchError) as failed:
        prepare("docs", load(bundled_catalogue_path()), base_url=httpserver.url_for("/wiki/"))
    assert failed.value.failure.kind is FailureKind.HTTP_STATUS
    assert "HTTP 404" in str(failed.value)
    assert not dirs.user_catalogue_file.exists()


def test_a_page_that_is_no_table_is_a_catalogue_error(httpserver: HTTPServer) -> None:
    for page in (SUPPORTED_PAGE, BY_COUNTRY_PAGE):
        httpserver.expect_request(f"/wiki/{page}").respond_with_data("# Moved\n\nSee docs.ccxt.com")
    with pytest.raises(CatalogueError, match="expected one table, found 0"):
        prepare("docs", load(bundled_catalogue_path()), base_url=httpserver.url_for("/wiki/"))


def test_an_upgraded_app_remakes_the_users_catalogue(
    httpserver: HTTPServer, dirs: UserDirs
) -> None:
    plan, _ = prepare("docs", load(bundled_catalogue_path()), base_url=serve_docs(httpserver))
    apply_update(plan, dirs)
    document = json.loads(dirs.user_catalogue_file.read_bytes())
    document[BASE_KEY] = "0" * 64  # made on another bundled catalogue
    dirs.user_catalogue_file.write_text(json.dumps(document), encoding="utf-8")
    remade = load_current(dirs)
    assert remade.snapshots[-1].key == plan.catalogue.snapshots[-1].key
    assert json.loads(dirs.user_catalogue_file.read_bytes())[BASE_KEY] != "0" * 64


def test_a_damaged_users_catalogue_is_set_aside(dirs: UserDirs) -> None:
    dirs.data.mkdir(parents=True)
    dirs.user_catalogue_file.write_bytes(b'{"schema": 2, "exchanges": [')
    assert load_current(dirs).snapshots[-1].key == "ccxt-4.5.90"
    assert not dirs.user_catalogue_file.exists()
    assert list(dirs.data.glob("catalogue.json.corrupt-*"))

"""The query API the window uses, and the catalogue commands people script with."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.query import CatalogueIndex
from explorer.catalogue.store import bundled_catalogue_path, load
from explorer.cli import run


@pytest.fixture(scope="module")
def index() -> CatalogueIndex:
    return CatalogueIndex(load(bundled_catalogue_path()))


def test_tree_regions_countries_exchanges(index: CatalogueIndex) -> None:
    assert set(index.regions()) == {"002", "009", "019", "142", "150"}
    assert "EU" in index.countries("150") and "JP" in index.countries("142")
    assert "bitflyer" in [e.id for e in index.exchanges_in("JP")]
    # every exchange sits under each of its countries, and nowhere else
    placed = sum(len(index.exchanges_in(c)) for r in index.regions() for c in index.countries(r))
    assert placed == sum(len(e.countries) for e in index.catalogue.exchanges)


def test_search_in_both_languages_and_by_id(index: CatalogueIndex) -> None:
    assert "bitflyer" in [e.id for e in index.select(search="日本")]
    assert "bitflyer" in [e.id for e in index.select(search="japan")]
    assert [e.id for e in index.select(search="KRAKEN")] == ["kraken"]
    assert "btcturk" in [e.id for e in index.select(search="土耳其")]
    assert index.select(search="kraken japan") == []


def test_filters_combine(index: CatalogueIndex) -> None:
    listed_us = index.select(country="us", include_delisted=False)
    assert listed_us and all("US" in e.countries and e.listed_in_newest for e in listed_us)
    assert all("150" in e.regions for e in index.select(region="150"))


def test_unknown_id_is_a_catalogue_error(index: CatalogueIndex) -> None:
    with pytest.raises(CatalogueError, match="no exchange with id 'nope'"):
        index.exchange("nope")


def test_list_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalogue", "list", "--country", "AU", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id", "name", "countries", "versions", "listed_in_newest"]
    assert "btcmarkets" in [row[0] for row in rows[1:]]
    assert run(["catalogue", "list", "--search", "bitstamp", "--format", "json"]) == 0
    ids = [e["id"] for e in json.loads(capsys.readouterr().out)]
    assert ids == ["bitstamp", "bitstamp1"]
    assert run(["catalogue", "list", "--region", "009"]) == 0
    assert "btcmarkets" in capsys.readouterr().out


def test_show_text_discloses_referral_link(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalogue", "show", "coinspot"]) == 0
    out = capsys.readouterr().out
    assert "website:   https://www.coinspot.com.au/\n" in out
    assert "referral:  https://www.coinspot.com.au/register?code=PJURCU" in out


def test_show_unknown_id_fails_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalogue", "show", "nope"]) == 1
    assert capsys.readouterr().err == "exchange-explorer: error: no exchange with id 'nope'\n"


def test_export_is_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalogue", "export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported == json.loads(bundled_catalogue_path().read_bytes())


def test_installed_script_exports_from_another_directory(tmp_path: Path) -> None:
    script = shutil.which("exchange-explorer", path=str(Path(sys.executable).parent))
    assert script, "the console script is installed with the package"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")  # no network
    result = subprocess.run(
        [script, "catalogue", "export", "--format", "json"],
        cwd=tmp_path, env=env, capture_output=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["exchanges"]) == 196

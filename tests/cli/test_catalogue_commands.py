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
from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.store import bundled_catalogue_path
from explorer.cli import run


def test_tree_regions_countries_exchanges(index: CatalogueIndex) -> None:
    assert set(index.regions()) == {"001", "002", "009", "019", "142", "150"}
    assert index.countries("001") == ["ZZ"]  # "No country given", under World
    assert {"binance", "hyperliquid"} <= {e.id for e in index.exchanges_in("ZZ")}
    assert "EU" in index.countries("150") and "JP" in index.countries("142")
    assert "bitflyer" in [e.id for e in index.exchanges_in("JP")]
    # every exchange sits under each of its countries, and nowhere else
    placed = sum(len(index.exchanges_in(c)) for r in index.regions() for c in index.countries(r))
    assert placed == sum(len(e.countries) for e in index.catalogue.exchanges)


def ids(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert run(["catalogue", "list", *argv, "--format", "json"]) == 0
    return [e["id"] for e in json.loads(capsys.readouterr().out)]


def test_search_in_both_languages_and_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert "bitflyer" in ids(capsys, "--search", "日本")
    assert "bitflyer" in ids(capsys, "--search", "japan")
    assert ids(capsys, "--search", "KRAKEN") == ["kraken", "krakenfutures"]
    assert "btcturk" in ids(capsys, "--search", "土耳其")
    assert ids(capsys, "--search", "kraken japan") == []


def test_the_command_line_and_the_tree_show_the_same_exchanges(
    capsys: pytest.CaptureFixture[str], make_window
) -> None:
    window = make_window(attach=False)
    for query in ("europe", "亚洲", "bit", "japan coin", "欧洲 b", "zzz"):
        for listed_only in (True, False):
            window.tree.show_delisted.setChecked(not listed_only)
            window.tree.search.setText(query)
            window.tree_model.set_filter(query, not listed_only)
            shown = sorted(e.id for e in window.tree_model.visible_exchanges())
            flags = ["--listed-only"] if listed_only else []
            assert ids(capsys, "--search", query, *flags) == shown, query


def test_europe_matches_the_region_in_both(
    capsys: pytest.CaptureFixture[str], index: CatalogueIndex
) -> None:
    in_europe = [
        e.id for e in index.catalogue.exchanges if e.listed_in_newest and "150" in e.regions
    ]
    assert ids(capsys, "--search", "europe", "--listed-only") == in_europe
    assert len(in_europe) == 18  # 28 before ccxt 4.5.90 became the newest snapshot


def test_filters_combine(capsys: pytest.CaptureFixture[str], index: CatalogueIndex) -> None:
    listed_us = ids(capsys, "--country", "us", "--listed-only")
    assert listed_us
    assert all("US" in index.exchange(i).countries and index.exchange(i).listed_in_newest
               for i in listed_us)  # fmt: skip
    assert all("150" in index.exchange(i).regions for i in ids(capsys, "--region", "150"))
    assert ids(capsys, "--region", "Europe") == ids(capsys, "--region", "150")
    assert ids(capsys, "--region", "亚洲") == ids(capsys, "--region", "142")
    assert ids(capsys, "--country", "Japan") == ids(capsys, "--country", "JP")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--country", "XX"], "no country 'XX' in the catalogue"),
        (["--region", "Atlantis"], "no region 'Atlantis' in the catalogue"),
        (["--region", "Asai"], "did you mean asia?"),
    ],
)
def test_an_unknown_place_is_an_error_not_an_empty_table(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    assert run(["catalogue", "list", *argv]) == 1
    out, err = capsys.readouterr()
    assert out == "" and said in err and err.count("\n") == 1


def test_show_is_not_case_sensitive_and_suggests(
    capsys: pytest.CaptureFixture[str], index: CatalogueIndex
) -> None:
    assert run(["catalogue", "show", "Binance"]) == 0
    assert capsys.readouterr().out.startswith("Binance (binance)")
    with pytest.raises(CatalogueError, match="did you mean binance"):
        index.find("binanse")


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
    assert "website:   https://www.coinspot.com.au\n" in out  # ccxt's urls.www
    assert "referral:  https://www.coinspot.com.au/register?code=PJURCU" in out


def test_show_unknown_id_fails_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalogue", "show", "nope"]) == 1
    assert capsys.readouterr().err.startswith(
        "exchange-explorer: error: no exchange with id 'nope'"
    )


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
    assert len(json.loads(result.stdout)["exchanges"]) == 241

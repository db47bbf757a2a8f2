"""The committed catalogue.json is exactly what the sources build to, and loses no row."""

from __future__ import annotations

import hashlib
import json

from explorer.catalogue.build import build_catalogue
from explorer.catalogue.store import bundled_catalogue_path, dumps, load
from tests.catalogue.conftest import SOURCES


def test_committed_catalogue_equals_a_fresh_build(built: dict) -> None:
    assert bundled_catalogue_path().read_bytes() == dumps(built), (
        "resources/catalogue.json is stale: run `make catalogue`"
    )


def test_build_is_deterministic(built: dict) -> None:
    assert dumps(build_catalogue()) == dumps(built)


def test_every_source_row_maps_to_exactly_one_exchange(built: dict) -> None:
    for snapshot in built["snapshots"]:
        if snapshot["format"] == "ccxt-metadata":  # no lines: one exchange per entry
            listed = [e for e in built["exchanges"] if snapshot["key"] in e["snapshots"]]
            assert len(listed) == snapshot["rows"]
            continue
        lines = [
            line
            for exchange in built["exchanges"]
            for line in exchange["snapshots"].get(snapshot["key"], {}).get("lines", [])
        ]
        assert len(lines) == len(set(lines)) == snapshot["rows"], snapshot["key"]


def test_snapshots_describe_their_documents(built: dict) -> None:
    keys = [s["key"] for s in built["snapshots"]]
    assert keys == [
        "supported-md",
        "supported-rst",
        "by-country-rst",
        "by-country-zh",
        "by-country-md",
        "ccxt-4.5.90",
    ]
    for snapshot in built["snapshots"]:
        data = (SOURCES / snapshot["file"]).read_bytes()
        assert snapshot["sha256"] == hashlib.sha256(data).hexdigest()
        assert snapshot["language"] in ("en", "zh-Hans")
    newest = built["snapshots"][-1]
    assert (newest["source"], newest["version"], newest["date"]) == (
        "ccxt-package",
        "4.5.90",
        "2026-10-23",
    )
    assert {s["source"] for s in built["snapshots"][:-1]} == {"ccxt-document"}


def test_counts_stated_in_the_readme(built: dict) -> None:
    listed = {
        s["key"]: sum(s["key"] in e["snapshots"] for e in built["exchanges"])
        for s in built["snapshots"]
    }
    readme = (SOURCES.parent.parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"**{len(built['exchanges'])} exchanges**" in readme
    for key, count in listed.items():
        assert f"| `{key}` | {count} |" in readme, key
    newest = sum(e["listed_in_newest"] for e in built["exchanges"])
    assert f"ccxt 4.5.90, lists **{newest}** of them" in readme


def test_load_round_trips_the_document() -> None:
    path = bundled_catalogue_path()
    assert load(path).to_document() == json.loads(path.read_bytes())

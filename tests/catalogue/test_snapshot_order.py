"""Re-checks the evidence behind the stated oldest -> newest order of the source documents."""

from __future__ import annotations

import re

from explorer.catalogue.snapshots import snapshot_specs
from tests.catalogue.conftest import SOURCES

_UPLOAD = re.compile(r"user-images\.githubusercontent\.com/\d+/(\d+)-")


def _newest_upload(file_name: str) -> int:
    text = (SOURCES / file_name).read_text(encoding="utf-8")
    return max((int(n) for n in _UPLOAD.findall(text)), default=0)


def test_newest_logo_upload_rises_along_the_stated_order() -> None:
    uploads = [_newest_upload(spec.file) for spec in snapshot_specs()]
    with_logos = [n for n in uploads if n]
    assert with_logos == sorted(with_logos)
    assert len(with_logos) == 5  # supported-rst has no logos; its place rests on renames


def test_supported_rst_sits_between_supported_md_and_by_country_rst(exchanges: dict) -> None:
    def ids_in(key: str) -> set[str]:
        return {i for i, e in exchanges.items() if key in e["snapshots"]}

    md, rst, by_country = ids_in("supported-md"), ids_in("supported-rst"), ids_in("by-country-rst")
    assert "bitcoincoid" in md and "indodax" in rst and "bitcoincoid" not in rst
    assert {"coinbasepro", "hadax"} <= rst - md
    assert {"_1broker", "gdax"} <= rst - by_country
    assert {"okex3", "binanceus"} <= by_country - rst
    assert "okx" in ids_in("by-country-md") and "okx" not in ids_in("by-country-zh")

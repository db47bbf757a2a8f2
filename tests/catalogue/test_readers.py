"""The two table readers on the real documents: counts, lines, links, images, badges."""

from __future__ import annotations

import pytest

from explorer.catalogue.md_table import read_md_table
from explorer.catalogue.rst_table import read_rst_table
from tests.catalogue.conftest import SOURCES, read_rows


@pytest.mark.parametrize(
    ("file_name", "rows"),
    [
        ("000_0881c010ed77653b.txt", 123),
        ("001_14061b23700f80ec.txt", 174),
        ("002_75d7c6708ac3fe7f.txt", 102),
        ("003_abf9780dc4c9e21c.txt", 128),
        ("004_ba29b9497a90d13d.txt", 166),
    ],
)
def test_every_document_yields_its_row_count(file_name: str, rows: int) -> None:
    assert len(read_rows(file_name)) == rows


def test_rows_keep_their_source_line() -> None:
    lines = (SOURCES / "000_0881c010ed77653b.txt").read_text(encoding="utf-8").splitlines()
    for row in read_rows("000_0881c010ed77653b.txt"):
        assert row.raw_id in lines[row.line - 1], row
    md_lines = (SOURCES / "004_ba29b9497a90d13d.txt").read_text(encoding="utf-8").splitlines()
    for row in read_rows("004_ba29b9497a90d13d.txt"):
        line = md_lines[row.line - 1]
        assert row.raw_id in line or row.raw_id.replace("_", "\\_") in line, row


def test_mojibake_is_repaired_before_the_grid_table_is_parsed() -> None:
    # The raw line is misaligned by the mojibake "Â\xa0"; docutils would reject the whole table.
    getbtc = next(r for r in read_rows("000_0881c010ed77653b.txt") if r.raw_id == "getbtc")
    assert getbtc.countries == ("St.\xa0Vincent & Grenadines", "Russia")
    assert getbtc.line == 154


def test_rst_substitution_logos_resolve_to_their_images() -> None:
    buda = next(r for r in read_rows("001_14061b23700f80ec.txt") if r.raw_id == "buda")
    assert buda.logo is not None and buda.logo.endswith(
        "47380619-8a029200-d706-11e8-91e0-8a391fe48de3.jpg"
    )
    assert buda.website == "https://www.buda.com"
    assert buda.docs == "https://api.buda.com"


def test_badge_versions_carry_the_api_docs_link() -> None:
    ripio = next(r for r in read_rows("003_abf9780dc4c9e21c.txt") if r.raw_id == "ripio")
    assert ripio.version == "API Version 1"
    assert ripio.docs == "https://exchange.ripio.com/en/api/"


def test_unnamed_logo_column_and_comma_countries() -> None:
    anxpro = next(r for r in read_rows("002_75d7c6708ac3fe7f.txt") if r.raw_id == "anxpro")
    assert anxpro.countries == ("Japan", "Singapore", "Hong Kong", "New Zealand")
    assert anxpro.logo is not None and "27765983" in anxpro.logo


def test_markdown_entities_in_logo_alt_text_are_decoded() -> None:
    text = "| a | b |\n|---|---|\n| ![&#x5357;&#x6C47;](https://x.test/l.png) | y |\n"
    row = read_md_table(text, "t.md").rows[0]
    assert row.cells["a"].images[0].alt == "南汇"
    assert row.line == 3


def test_rst_reader_keeps_links_and_line_numbers() -> None:
    text = (
        "+----+--------------------------------+\n"
        "| id | name                           |\n"
        "+====+================================+\n"
        "| ab | `AB <https://ab.test/?r=1>`__  |\n"
        "+----+--------------------------------+\n"
    )
    table = read_rst_table(text, "t.rst")
    assert table.header == ("id", "name")
    (row,) = table.rows
    assert row.line == 4
    assert row.cells["name"].links[0].url == "https://ab.test/?r=1"

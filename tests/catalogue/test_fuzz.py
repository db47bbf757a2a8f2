"""Both table readers, on arbitrary text: a table or a CatalogueError, never anything else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.md_table import read_md_table
from explorer.catalogue.rows import source_rows
from explorer.catalogue.rst_table import read_rst_table
from explorer.catalogue.text import decode_document

_TABLE_ALPHABET = st.sampled_from([*"|+-=: \n`<>_*[]()!#\\abcxyz019", "南", "\xa0", "Â"])
_HEADER = ("id", "name", "ver", "countries")
_CELL = st.text(alphabet=st.sampled_from(list("abc XYZ019*`<>_|[]()!:/.\\南")), max_size=12)


def _reads_or_fails_cleanly(read, text: str) -> None:
    try:
        source_rows(read(text, "fuzz.txt"))
    except CatalogueError as exc:
        assert str(exc).startswith("fuzz.txt")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TABLE_ALPHABET, max_size=400))
def test_rst_reader_on_noise(text: str) -> None:
    _reads_or_fails_cleanly(read_rst_table, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TABLE_ALPHABET, max_size=400))
def test_md_reader_on_noise(text: str) -> None:
    _reads_or_fails_cleanly(read_md_table, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=5))
def test_md_reader_on_well_formed_tables_with_odd_cells(rows: list[list[str]]) -> None:
    lines = ["| id | name | ver | countries |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    _reads_or_fails_cleanly(read_md_table, "\n".join(lines) + "\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=5))
def test_rst_reader_on_grid_tables_with_odd_cells(rows: list[list[str]]) -> None:
    widths = [max([len(h) for h in _HEADER] + [len(r[i]) for r in rows]) + 2 for i in range(4)]
    border = "+" + "+".join("-" * w for w in widths) + "+"

    def line(cells: list[str]) -> str:
        return "|" + "|".join(f" {c}".ljust(w) for c, w in zip(cells, widths, strict=True)) + "|"

    text = [border, line(list(_HEADER)), border.replace("-", "=")]
    for row in rows:
        text += [line(row), border]
    _reads_or_fails_cleanly(read_rst_table, "\n".join(text) + "\n")


@given(st.binary(max_size=200))
def test_decoding_arbitrary_bytes(data: bytes) -> None:
    try:
        decode_document(data, "fuzz.txt")
    except CatalogueError as exc:
        assert str(exc).startswith("fuzz.txt:")

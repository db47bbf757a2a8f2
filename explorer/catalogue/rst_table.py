"""Reads the grid table of a reStructuredText document with docutils."""

from __future__ import annotations

import io

import docutils.core
import docutils.nodes as nodes

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.table import Cell, Image, Link, RawRow, RawTable

_SETTINGS = {
    "report_level": 5,  # collect messages in the tree instead of printing them
    "halt_level": 5,
    "warning_stream": io.StringIO(),
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "input_encoding": "unicode",
}


def read_rst_table(text: str, source: str) -> RawTable:
    """Parse ``text`` and return its one table; any docutils error becomes a CatalogueError."""
    doctree = docutils.core.publish_doctree(
        text, source_path=source, settings_overrides=dict(_SETTINGS, warning_stream=io.StringIO())
    )
    _raise_first_error(doctree, source)
    tables = list(doctree.findall(nodes.table))
    if len(tables) != 1:
        raise CatalogueError(f"expected one table, found {len(tables)}", source, 1)
    return _table(tables[0], source)


def _raise_first_error(doctree: nodes.document, source: str) -> None:
    for message in doctree.findall(nodes.system_message):
        if message["level"] >= 3:
            first_line = message.children[0].astext().splitlines()[0] if message.children else ""
            raise CatalogueError(f"reStructuredText: {first_line}", source, message.get("line"))


def _table(table: nodes.table, source: str) -> RawTable:
    head = next(table.findall(nodes.thead), None)
    body = next(table.findall(nodes.tbody), None)
    if head is None or body is None:
        raise CatalogueError("table has no header row", source, table.line)
    header_row = next(head.findall(nodes.row))
    header = tuple(entry.astext().strip() for entry in header_row.children)
    rows = []
    for row in body.children:
        cells = [_cell(entry) for entry in row.children]
        line = _row_line(row)
        if line is None:
            continue  # an entirely empty row carries no data
        rows.append(RawRow(source, line, dict(zip(header, cells, strict=False))))
    return RawTable(source, header, tuple(rows))


def _row_line(row: nodes.Element) -> int | None:
    lines = [p.line for p in row.findall(nodes.paragraph) if p.line is not None]
    return min(lines) if lines else None


def _cell(entry: nodes.Element) -> Cell:
    links = tuple(
        Link(ref.astext().strip(), ref["refuri"])
        for ref in entry.findall(nodes.reference)
        if "refuri" in ref and not any(True for _ in ref.findall(nodes.image))
    )
    images = tuple(
        Image(
            image.get("alt", ""),
            image["uri"],
            image.parent.get("refuri") if isinstance(image.parent, nodes.reference) else None,
        )
        for image in entry.findall(nodes.image)
    )
    return Cell(entry.astext().strip(), links, images)

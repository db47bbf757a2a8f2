"""Turns a document's raw table rows into source rows with named fields, whatever the layout."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.table import Cell, RawRow, RawTable
from explorer.text import QT_TRANSLATE_NOOP

# Header text (English and machine-translated Chinese) -> field. Unnamed logo columns are "".
_COLUMNS = {
    "": "logo",
    "logo": "logo",
    "商标": "logo",
    "id": "id",
    "name": "name",
    "名称": "name",
    "ver": "version",
    "看": "version",  # "ver" machine-translated as the verb "to look"
    "doc": "docs",
    "countries": "countries",
    "country / region": "country",
    "国家/地区": "country",
    "…": "",
    # Newer pages' badge columns; the ccxt package says the same, typed (the developer card).
    "type": "",
    "certified": "",
    "pro": "",
}


@dataclass(frozen=True)
class SourceRow:
    """One listing of one exchange in one document, as written there (not yet normalised)."""

    source: str
    line: int
    raw_id: str
    name: str
    website: str | None
    logo: str | None
    docs: str | None
    version: str
    countries: tuple[str, ...]


def source_rows(table: RawTable, *, need_country: bool = True) -> list[SourceRow]:
    fields = {}
    for header in table.header:
        key = _COLUMNS.get(header.strip(), _COLUMNS.get(header.strip().lower()))
        if key is None:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("CatalogueError", "unknown table column %1"),
                table.source,
                values=(repr(header),),
            )
        if key:
            fields[key] = header
    for required in ("id", "name", "version"):
        if required not in fields:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("CatalogueError", "table has no %1 column"),
                table.source,
                values=(repr(required),),
            )
    if need_country and "country" not in fields and "countries" not in fields:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "table has no country column"), table.source
        )
    return [_source_row(row, fields, need_country) for row in table.rows]


def _source_row(row: RawRow, fields: dict[str, str], need_country: bool) -> SourceRow:
    def cell(field: str) -> Cell:
        return row.cells.get(fields.get(field, "\0"), Cell())

    raw_id = cell("id").text
    name_cell = cell("name")
    if not raw_id or not name_cell.text:
        missing = (
            QT_TRANSLATE_NOOP("CatalogueError", "row has no id (truncated or malformed row)")
            if not raw_id
            else QT_TRANSLATE_NOOP("CatalogueError", "row has no name (truncated or malformed row)")
        )
        raise CatalogueError(missing, row.source, row.line)
    version_cell = cell("version")
    docs = _first_url(cell("docs"))
    if version_cell.images:  # a shields.io badge whose link is the API documentation
        badge = version_cell.images[0]
        version, docs = badge.alt, docs or badge.target
    else:
        version = version_cell.text
    if "countries" in fields:
        countries = tuple(part.strip() for part in cell("countries").text.split(","))
    else:
        countries = (cell("country").text,)
    if need_country and not any(countries):
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "row has no country"), row.source, row.line
        )
    logo = cell("logo").images[0].src if cell("logo").images else None
    return SourceRow(
        source=row.source,
        line=row.line,
        raw_id=raw_id,
        name=name_cell.links[0].text if name_cell.links else name_cell.text,
        website=_first_url(name_cell),
        logo=logo,
        docs=docs,
        version=version,
        countries=tuple(c for c in countries if c),
    )


def _first_url(cell: Cell) -> str | None:
    return cell.links[0].url if cell.links else None

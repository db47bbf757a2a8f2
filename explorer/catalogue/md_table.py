"""Reads the table of a Markdown document with markdown-it-py (GFM tables)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.table import Cell, Image, Link, RawRow, RawTable
from explorer.text import QT_TRANSLATE_NOOP

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
# ccxt's generator marks its lists with one-line HTML comments ("<!--- end list -->"), written
# right below a table: as text they would read as one more row. Removed, lines kept.
_COMMENT = re.compile(r"<!--[^\n]*?-->")


def read_md_table(text: str, source: str, *, first_of_many: bool = False) -> RawTable:
    """Parse ``text`` and return its one table (or, with ``first_of_many``, its first: newer
    pages add a second list, of prediction markets, below the exchanges)."""
    tokens = _PARSER.parse(_COMMENT.sub("", text))
    starts = [i for i, token in enumerate(tokens) if token.type == "table_open"]
    if not starts or (len(starts) > 1 and not first_of_many):
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "expected one table, found %1"),
            source,
            1,
            values=(len(starts),),
        )
    header: tuple[str, ...] = ()
    rows: list[RawRow] = []
    in_head = False
    row_line = 0
    cells: list[Cell] = []
    for token in tokens[starts[0] :]:
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row_line = token.map[0] + 1 if token.map else 0
            cells = []
        elif token.type == "inline":
            cells.append(_cell(token))
        elif token.type == "tr_close":
            if in_head:
                header = tuple(cell.text for cell in cells)
            else:
                rows.append(RawRow(source, row_line, dict(zip(header, cells, strict=False))))
        elif token.type == "table_close":
            break
    return RawTable(source, header, tuple(rows))


def _cell(inline: Token) -> Cell:
    text: list[str] = []
    links: list[Link] = []
    images: list[Image] = []
    open_links: list[tuple[str, list[str]]] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            text.append(child.content)
            for _, link_text in open_links:
                link_text.append(child.content)
        elif child.type == "softbreak":
            text.append(" ")
        elif child.type == "link_open":
            open_links.append((str(child.attrs.get("href", "")), []))
        elif child.type == "link_close" and open_links:
            href, link_text = open_links.pop()
            if link_text:
                links.append(Link("".join(link_text).strip(), href))
        elif child.type == "image":
            target = open_links[-1][0] if open_links else None
            alt = "".join(grandchild.content for grandchild in child.children or [])
            images.append(Image(alt, str(child.attrs.get("src", "")), target))
    return Cell("".join(text).strip(), tuple(links), tuple(images))

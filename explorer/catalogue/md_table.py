"""Reads the table of a Markdown document with markdown-it-py (GFM tables)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.table import Cell, Image, Link, RawRow, RawTable

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")


def read_md_table(text: str, source: str) -> RawTable:
    """Parse ``text`` and return its one table."""
    tokens = _PARSER.parse(text)
    starts = [i for i, token in enumerate(tokens) if token.type == "table_open"]
    if len(starts) != 1:
        raise CatalogueError(f"expected one table, found {len(starts)}", source, 1)
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

"""What the two table readers produce: rows of cells, each keeping where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Image:
    alt: str
    src: str
    target: str | None = None


@dataclass(frozen=True)
class Cell:
    text: str = ""
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


@dataclass(frozen=True)
class RawRow:
    """One body row of a source table: header text -> cell, with its document and line."""

    source: str
    line: int
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass(frozen=True)
class RawTable:
    source: str
    header: tuple[str, ...]
    rows: tuple[RawRow, ...]

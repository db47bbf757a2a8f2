"""The catalogue's one error type: every message names what went wrong and where."""

from __future__ import annotations


class CatalogueError(Exception):
    """Bad source data or a bad catalogue file, located as ``file:line: message``."""

    def __init__(self, message: str, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message

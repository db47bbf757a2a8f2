"""The catalogue's one error type: every message names what went wrong and where."""

from __future__ import annotations

from explorer.text import TranslatableError, fill


class CatalogueError(TranslatableError):
    """Bad source data or a bad catalogue file, located as ``file:line: message``.

    ``message`` may be a template marked ``QT_TRANSLATE_NOOP("CatalogueError", "… %1 …")``
    filled from ``values``: the window then shows it in the user's language (the location as
    it is)."""

    context = "CatalogueError"

    def __init__(
        self,
        message: str,
        source: str | None = None,
        line: int | None = None,
        *,
        values: tuple[object, ...] = (),
    ) -> None:
        super().__init__(message, *values)
        self.message = fill(self.template, self.values)
        self.source = source
        self.line = line
        self.args = (str(self),)

    @property
    def where(self) -> str:
        """``file:line``, ``file`` or ""."""
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

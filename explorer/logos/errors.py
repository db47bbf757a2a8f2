"""The one exception the logo fetcher raises, with a ``kind`` the UI can branch on."""

from __future__ import annotations

from typing import Literal

from explorer.text import TranslatableError

LogoErrorKind = Literal["offline", "timeout", "http", "too-large", "not-an-image", "bad-url"]

_SHOWN_URL_CHARS = 200


class LogoError(TranslatableError):
    """Why a logo could not be fetched; ``str()`` is one plain-English line naming the URL,
    ``template`` (marked in context "LogoError") and ``values`` what the window translates.

    ``status`` is the HTTP status code when the server answered with something other than 200.
    """

    context = "LogoError"

    def __init__(
        self, kind: LogoErrorKind, url: str, template: str, *values: object,
        status: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(template, *values)
        self.kind: LogoErrorKind = kind
        self.url = url
        self.message = str(self)
        self.status = status

    def __repr__(self) -> str:
        return f"LogoError({self.kind!r}, {self.message!r})"


def shown(url: str) -> str:
    """``url`` fit for a one-line message: unprintable characters escaped, long ones shortened."""
    text = "".join(char if char.isprintable() else ascii(char)[1:-1] for char in url)
    if len(text) > _SHOWN_URL_CHARS:
        text = text[: _SHOWN_URL_CHARS - 1] + "…"
    return text or "(empty)"

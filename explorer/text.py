"""Text from servers, files and the catalogue made safe to show a person (terminal or widget).

What is removed, and why:

* C0 and C1 control characters and DEL (category Cc): ESC starts terminal escape sequences
  (``\\x1b[2J`` clears the screen, ``\\x1b]0;…\\x07`` sets the window title), BEL rings, CR and LF
  would split a one-line message. Tabs and line breaks become spaces in one-line text.
* Bidirectional controls (U+061C, U+200E/F, U+202A to U+202E, U+2066 to U+2069): they reorder what
  follows them on screen ("Trojan Source"), so a name could read as another.
* U+2028/U+2029 (line and paragraph separators) and U+FEFF (a byte order mark mid-text).

Joiners (U+200C/D) stay: emoji sequences and some scripts need them.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
#: A ccxt exchange id as the catalogue, the specs, the settings and the CLI accept it
#: (lower case; two old ids start with an underscore: _1broker, _1btcxe).
EXCHANGE_ID = re.compile(r"[a-z0-9_][a-z0-9_.-]{0,63}")
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]+")
_SPACES = re.compile(r"\s+")


def safe_text(text: object, limit: int = 4000) -> str:
    """``text`` without unsafe characters (line breaks kept, tabs made spaces), at most ``limit``
    characters."""
    raw = str(text)[: limit * 4].replace("\t", " ")
    cleaned = _UNSAFE.sub("", raw).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = cleaned.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return shorten(cleaned, limit)


def one_line(text: object, limit: int = 300) -> str:
    """``text`` as one line: unsafe characters removed, whitespace runs collapsed to a space."""
    raw = str(text)[: limit * 4]  # bounded work on hostile input (a 100k-character symbol)
    cleaned = _SPACES.sub(" ", _UNSAFE.sub("", _BREAKS.sub(" ", raw))).strip()
    return shorten(cleaned, limit)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def is_safe(text: str) -> bool:
    """Whether ``text`` is already fit for one line (nothing :func:`one_line` would change)."""
    return _UNSAFE.search(text) is None and _BREAKS.search(text) is None


def fill(template: str, args: tuple[str, ...] | list[str]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``args`` (Qt's placeholder style, so that a
    translated template fills the same way)."""
    text = template
    for number in range(len(args), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", args[number - 1])
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks ``text`` for translation without importing Qt: Qt's ``lupdate`` finds the call by
    its name, and the Qt layer translates the text where it is shown."""
    del context
    return text


class TranslatableError(Exception):
    """An error told as an English ``template`` (``%1``-style, marked where it is written with
    ``QT_TRANSLATE_NOOP(context, …)``) and the ``values`` that fill it: ``str()`` is the English
    line (the command line, the log), and the window shows the template translated in
    :attr:`context` (``explorer.qt.models.error_text.translated``)."""

    context = "Detail"

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = tuple(one_line(value, 200) for value in values)
        super().__init__(fill(template, self.values))

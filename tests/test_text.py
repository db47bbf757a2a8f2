"""Text shown to a person: no control characters, no BiDi overrides, one line stays one line."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from explorer.text import is_safe, one_line, safe_text

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(st.text(max_size=500))
def test_one_line_is_always_safe_and_one_line(text: str) -> None:
    line = one_line(text, 200)
    assert is_safe(line)
    assert len(line) <= 200
    assert not any(unicodedata.category(char) == "Cc" for char in line)
    assert not any(char in BIDI for char in line)


@given(st.text(max_size=500))
def test_safe_text_keeps_line_breaks_but_nothing_else_of_control(text: str) -> None:
    cleaned = safe_text(text, 300)
    assert len(cleaned) <= 300
    assert all(char == "\n" or unicodedata.category(char) != "Cc" for char in cleaned)
    assert "\r" not in cleaned and not any(char in BIDI for char in cleaned)


def test_terminal_escapes_are_disarmed() -> None:
    assert one_line("a\x1b[2Jb\x1b]0;title\x07c\r\nd\u202eevil") == "a[2Jb]0;titlec devil"


def test_ordinary_text_is_untouched() -> None:
    for text in ("Binance", "币安 (Binance)", "Bitstamp — Luxembourg", "👩‍💻 exchange"):
        assert one_line(text) == text


def test_long_text_is_shortened_with_an_ellipsis_and_work_is_bounded() -> None:
    line = one_line("x" * 10_000_000, 50)
    assert len(line) == 50 and line.endswith("…")

"""Which image format a body is, judged by its first bytes only (never by headers or names)."""

from __future__ import annotations

import re

# Enough for an XML declaration, a generator comment and a DOCTYPE before the <svg> root.
SVG_SNIFF_BYTES = 4096

# One prolog item before the root element. Each pattern is linear on hostile input (no nested
# quantifiers over the same characters); an internal DTD subset may not contain "]".
_PROLOG_ITEM = re.compile(
    rb"\s*(?:<\?xml.*?\?>|<!--.*?-->|<!DOCTYPE\s[^\[>]*(?:\[[^\]]*\][^>]*)?>)", re.DOTALL
)
_SVG_ROOT = re.compile(rb"\s*<svg[\s>/]")


def image_extension(data: bytes) -> str | None:
    """``"png"``, ``"jpg"``, ``"gif"``, ``"webp"`` or ``"svg"`` for such an image, else ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if _is_svg(data[:SVG_SNIFF_BYTES]):
        return "svg"
    return None


def _is_svg(head: bytes) -> bool:
    """An ``<svg`` root element, after an optional BOM, XML declaration, comments and DOCTYPE.

    An HTML page (``<!DOCTYPE html><html>...``) fails because its root element is ``<html``.
    """
    text = head.removeprefix(b"\xef\xbb\xbf")
    position = 0
    while item := _PROLOG_ITEM.match(text, position):
        position = item.end()
    return _SVG_ROOT.match(text, position) is not None

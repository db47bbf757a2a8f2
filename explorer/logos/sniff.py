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


def image_is_complete(data: bytes, extension: str) -> bool:
    """Whether ``data`` (already sniffed as ``extension``) is a whole image, not a truncated or
    damaged one: PNG chunks with valid checksums up to IEND, a JPEG end marker, a GIF trailer,
    a WebP RIFF size that matches, an SVG whose root element is closed.

    This is the check the plain-Python cache can make; the Qt layer also decodes each logo and
    asks the cache to drop one that does not decode.
    """
    if image_extension(data) != extension:
        return False
    if extension == "png":
        return _png_is_complete(data)
    if extension == "jpg":
        return data.rstrip(b"\0").endswith(b"\xff\xd9")
    if extension == "gif":
        return data.rstrip(b"\0").endswith(b";")
    if extension == "webp":
        return len(data) >= 12 and int.from_bytes(data[4:8], "little") + 8 == len(data)
    return _svg_is_closed(data)


def _png_is_complete(data: bytes) -> bool:
    import zlib

    position = 8
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        end = position + 12 + length
        if end > len(data):
            return False
        kind_and_data = data[position + 4 : position + 8 + length]
        if zlib.crc32(kind_and_data) != int.from_bytes(data[end - 4 : end], "big"):
            return False
        if kind_and_data[:4] == b"IEND":
            return True
        position = end
    return False


_SVG_END = re.compile(rb"(?:</svg\s*>|/>)(?:\s|<!--.*?-->)*\Z", re.DOTALL)


def _svg_is_closed(data: bytes) -> bool:
    return _SVG_END.search(data[-4096:]) is not None

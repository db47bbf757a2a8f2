"""API version cells: "2", "\\*", "1个" (machine translation), shields.io badges."""

from __future__ import annotations

import re
import unicodedata

UNSPECIFIED = "*"
_VERSION = re.compile(r"^v?(\d+(?:\.\d+)*)$", re.IGNORECASE)
_NOISE = ("API Version", "个")  # badge alt text; the Chinese measure word a translator appended


def normalise_version(raw: str) -> str | None:
    """ "2", "1.1" or "*" (the docs' mark for an unversioned API); None if unreadable."""
    text = unicodedata.normalize("NFKC", raw).replace("\\", "")
    for noise in _NOISE:
        text = text.replace(noise, "")
    text = text.strip()
    if text == UNSPECIFIED:
        return UNSPECIFIED
    match = _VERSION.match(text)
    return match.group(1) if match else None

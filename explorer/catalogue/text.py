"""Reading a source document's bytes into clean text, or a located error."""

from __future__ import annotations

import ftfy

from explorer.catalogue.errors import CatalogueError
from explorer.text import QT_TRANSLATE_NOOP

# Only undo encoding damage (mojibake such as "St.Â\xa0Vincent"); keep everything else as
# written: full-width CJK punctuation, quotes and HTML entities are meaningful in the sources.
_REPAIR_ONLY_ENCODING = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=True,
    normalization=None,
    explain=False,
)


def decode_document(data: bytes, source: str) -> str:
    """Decode UTF-8 source bytes, repair mojibake, and reject binary content with its line."""
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "binary content (NUL byte), not a text document"),
            source,
            line,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "not valid UTF-8 (%1)"),
            source,
            line,
            values=(exc.reason,),
        ) from None
    text = text.removeprefix("\ufeff")
    return ftfy.fix_text(text, _REPAIR_ONLY_ENCODING)

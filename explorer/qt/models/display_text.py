"""Text from servers and files, made safe for Qt widgets.

Labels are set to plain text where they are built, but tooltips have no such switch: Qt shows a
tooltip as rich text whenever it *looks* like HTML (``Qt::mightBeRichText``), so a server error
``W <b>W</b>`` would render bold and an ``<img>`` would be fetched. Every tooltip made from data
goes through :func:`tooltip`, which escapes it into rich text that shows the characters as given.
"""

from __future__ import annotations

from PySide6.QtGui import Qt

from explorer.text import safe_text


def tooltip(text: str | None) -> str | None:
    """``text`` (unsafe characters removed) as a tooltip that is never interpreted as markup."""
    if not text:
        return None
    return Qt.convertFromPlainText(safe_text(text, 2000), Qt.WhiteSpaceMode.WhiteSpaceNormal)

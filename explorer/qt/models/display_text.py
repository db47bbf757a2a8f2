"""Text from servers and files, made safe for Qt widgets.

Labels are set to plain text where they are built, but tooltips have no such switch: Qt shows a
tooltip as rich text whenever it *looks* like HTML (``Qt::mightBeRichText``), so a server error
``W <b>W</b>`` would render bold and an ``<img>`` would be fetched. Every tooltip made from data
goes through :func:`tooltip`, which escapes it into rich text that shows the characters as given.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import Qt

from explorer.text import safe_text


def tooltip(text: str | None) -> str | None:
    """``text`` (unsafe characters removed) as a tooltip that is never interpreted as markup."""
    if not text:
        return None
    return Qt.convertFromPlainText(safe_text(text, 2000), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def local_number(text: str) -> str:
    """A plain decimal ("73547.30123456", from ``market.formatting``) with the UI locale's
    group separator and decimal point ("73,547.30123456"; "73.547,30123456" in German). Every
    digit stays; scientific notation and dashes are left as they are."""
    sign, digits = (text[0], text[1:]) if text.startswith(("+", "-")) else ("", text)
    whole, dot, fraction = digits.partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return text
    locale = QLocale()
    group = locale.groupSeparator()
    grouped = ""
    while len(whole) > 3:
        whole, grouped = whole[:-3], group + whole[-3:] + grouped
    return sign + whole + grouped + (locale.decimalPoint() + fraction if dot else "")

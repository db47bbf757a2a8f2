"""A fetch failure in the user's language. The engine keeps its parts apart (kind, exchange
name, detail template and values: :class:`~explorer.market.results.FetchError`); here they are
put back together through Qt's translations. The English sources are the engine's own
(``market.errors.HEADLINES`` and the ``QT_TRANSLATE_NOOP("Detail", …)`` texts), which
``make translations`` finds. Other errors told the same way (a bad URL, an unreadable catalogue
page, a logo that could not be fetched) are raised as :class:`~explorer.text.TranslatableError`
and shown with :func:`translated`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.market.errors import HEADLINES
from explorer.market.results import FetchError
from explorer.text import TranslatableError, fill, one_line


def error_text(error: FetchError) -> str:
    """The error's one line, translated where a translation exists (else English)."""
    translate = QCoreApplication.translate
    headline = translate("FetchError", HEADLINES[error.kind])
    detail = one_line(fill(translate("Detail", error.template), error.args_text), 240)
    return fill(headline, (error.name, detail, error.symbol))


def translated(error: BaseException) -> str:
    """``error``'s message in the user's language: a :class:`TranslatableError`'s template
    translated in its context and filled; any other exception's own words."""
    if isinstance(error, TranslatableError):
        template = QCoreApplication.translate(error.context, error.template)
        return fill(template, error.values)
    return str(error)


def detail_text(text: str) -> str:
    """A detail the engine gives as plain text (a reason there are no live prices, say): its
    translation where it is one of the marked "Detail" texts, else the text as it is."""
    return QCoreApplication.translate("Detail", text)

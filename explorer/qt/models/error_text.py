"""A fetch failure in the user's language. The engine keeps its parts apart (kind, exchange
name, detail template and values: :class:`~explorer.market.results.FetchError`); here they are
put back together through Qt's translations. The English sources are the engine's own
(``market.errors.HEADLINES`` and the ``detail(…)`` texts), which ``make translations`` finds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.market.errors import HEADLINES
from explorer.market.results import FetchError
from explorer.text import fill, one_line


def error_text(error: FetchError) -> str:
    """The error's one line, translated where a translation exists (else English)."""
    translate = QCoreApplication.translate
    headline = translate("FetchError", HEADLINES[error.kind])
    detail = one_line(fill(translate("Detail", error.template), error.args_text), 240)
    return fill(headline, (error.name, detail, error.symbol))

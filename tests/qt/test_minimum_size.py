"""The window at its smallest still shows every row of the detail pane whole."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from explorer.qt.shell.startup import install_translator


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_seen_is_not_cut_off_at_the_minimum_window_size(make_window, language) -> None:
    translator = install_translator(QApplication.instance(), "zh_CN") if language != "en" else None
    try:
        window = make_window()
        window.show()
        assert window.show_exchange_by_id("binance")
        window.resize(window.minimumSizeHint())
        QApplication.processEvents()
        detail = window.detail
        viewport = detail.viewport()
        seen = detail.seen
        assert seen.text().startswith("first in" if language == "en" else "最早见于")
        # Nothing is wider than what can be seen: no row runs on behind the right edge.
        assert detail.widget().width() <= viewport.width()
        right = seen.mapTo(viewport, QPoint(seen.width(), 0)).x()
        assert right <= viewport.width()
        # The wrapped text has the height it needs at that width (no line is cut either).
        assert seen.height() >= seen.heightForWidth(seen.width())
    finally:
        if translator is not None:
            QApplication.instance().removeTranslator(translator)


def test_several_api_docs_links_are_not_drawn_over_one_another(make_window) -> None:
    """binanceusdm lists three API docs pages: three rows, each below the last (they were
    drawn over one another after an exchange with one)."""
    window = make_window()
    window.show()
    window.resize(1400, 880)
    assert window.show_exchange_by_id("binance")  # one link, then three
    QApplication.processEvents()
    assert window.show_exchange_by_id("binanceusdm")
    QApplication.processEvents()
    card = window.detail.card
    shown = [link for link in card.docs if link.isVisible()]
    assert len(shown) == 3 and all(link.url() for link in shown)
    for upper, lower in pairwise(shown):
        assert upper.geometry().bottom() < lower.geometry().top()
        assert upper.height() >= upper.heightForWidth(upper.width())

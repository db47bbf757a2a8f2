"""UI strings go through tr(); the Chinese translation is complete and is used on zh systems."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.qt.shell.startup import install_translator
from explorer.resources import resource


def test_every_ui_string_has_a_finished_chinese_translation() -> None:
    root = ET.fromstring(resource("i18n", "explorer_zh_CN.ts").read_bytes())
    messages = root.findall(".//message")
    assert len(messages) > 40
    unfinished = [
        m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_translations_cover_the_strings_in_the_code() -> None:
    """Catches a tr() added without re-running `make translations`."""
    import pathlib

    sources = {m.findtext("source") for m in ET.fromstring(
        resource("i18n", "explorer_zh_CN.ts").read_bytes()
    ).iter("message")}  # fmt: skip
    package = pathlib.Path(__file__).parents[2] / "explorer" / "qt"
    in_code = set()
    for path in package.rglob("*.py"):
        in_code |= set(
            re.findall(r'\btr\(\s*"((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8"))
        )
    assert in_code - sources == set()


def test_translator_switches_the_window_to_chinese(qtbot, index) -> None:
    from explorer.qt.models.tree_model import CountryTreeModel
    from explorer.qt.widgets.tree_pane import TreePane

    translator = install_translator(QApplication.instance(), "zh_CN")
    assert translator is not None
    try:
        pane = TreePane(CountryTreeModel(index))
        qtbot.addWidget(pane)
        assert pane.search.placeholderText().startswith("搜索 ID、名称或国家")
        assert pane.status.text() == "104 / 104 个交易所"
    finally:
        QApplication.instance().removeTranslator(translator)


def test_fetch_errors_read_in_chinese(qapp) -> None:
    from explorer.market import FetchErrorKind
    from explorer.qt.models.error_text import error_text
    from explorer.text import QT_TRANSLATE_NOOP

    from ..helpers.market import make_error

    timeout = make_error(
        FetchErrorKind.TIMEOUT,
        "10",
        template=QT_TRANSLATE_NOOP("Detail", "no full answer within %1 s"),
    )
    server_text = make_error(FetchErrorKind.EXCHANGE_ERROR, "Invalid symbol", name="币安")
    assert error_text(timeout) == "Kraken did not answer in time (no full answer within 10 s)"
    translator = install_translator(QApplication.instance(), "zh_CN")
    assert translator is not None
    try:
        assert error_text(timeout) == "Kraken 未及时响应（10 秒内未收到完整响应）"
        assert (
            error_text(server_text) == "币安 报告了错误：Invalid symbol"
        )  # the server's words stay
    finally:
        QApplication.instance().removeTranslator(translator)


def test_age_reads_as_time_since_in_chinese(qapp) -> None:
    from explorer.qt.models.ticker_model import AGE, TickerTableModel

    translator = install_translator(QApplication.instance(), "zh_CN")
    assert translator is not None
    try:
        header = TickerTableModel().headerData(AGE, Qt.Orientation.Horizontal, 0)
        assert header == "距今"  # how long ago the price was fetched, not a duration (时长)
    finally:
        QApplication.instance().removeTranslator(translator)

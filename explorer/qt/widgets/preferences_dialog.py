"""Edit -> Preferences: the one preferences store, edited in one dialog, checked before it is
written (an API base URL that is not http(s) with a host, or an unknown exchange id, is named
and nothing is saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.net.client import check_proxy_url
from explorer.net.urls import normalise_base_url
from explorer.qt.models.error_text import translated
from explorer.storage import preferences as prefs
from explorer.storage.preferences import Preferences
from explorer.text import fill, one_line


class PreferencesDialog(QDialog):
    applied = Signal()  # the preferences were saved: apply what can be applied now

    def __init__(
        self, preferences: Preferences, exchange_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        self._known = set(exchange_ids)
        self.refresh = QSpinBox()
        self.refresh.setRange(1, 3600)
        self.refresh.setSuffix(self.tr(" s"))
        self.refresh.setToolTip(self.tr("Never faster than an exchange allows"))
        self.language = self._choices(
            [("system", self.tr("As the system")), ("en", "English"), ("zh_CN", "中文")]
        )
        self.theme = self._choices(
            [("system", self.tr("As the system")), ("light", self.tr("Light")),
             ("dark", self.tr("Dark"))]
        )  # fmt: skip
        self.rise = self._choices(
            [("auto", self.tr("Automatic (red in Chinese)")), ("green", self.tr("Green")),
             ("red", self.tr("Red"))]
        )  # fmt: skip
        self.proxy_mode = self._choices(
            [("system", self.tr("As the system")), ("none", self.tr("None")),
             ("manual", self.tr("This proxy:"))]
        )  # fmt: skip
        self.proxy_url = QLineEdit()
        self.proxy_url.setPlaceholderText("http://proxy.example:3128")
        self.proxy_mode.currentIndexChanged.connect(self._proxy_mode_changed)
        self.logo_cache = QSpinBox()
        self.logo_cache.setRange(1, 1024)
        self.logo_cache.setSuffix(self.tr(" MB"))
        self.urls = QTableWidget(0, 2)
        self.urls.setObjectName("baseUrls")
        self.urls.setHorizontalHeaderLabels([self.tr("Exchange id"), self.tr("API base URL")])
        self.urls.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.urls.verticalHeader().hide()
        self.urls.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(lambda: self._add_row())
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove_rows)
        self.problem = QLabel()
        self.problem.setObjectName("preferencesProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Refresh prices every:"), self.refresh)
        form.addRow(self.tr("Language (at the next start):"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("A rise is shown in:"), self.rise)
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self.proxy_mode)
        proxy_row.addWidget(self.proxy_url, 1)
        form.addRow(self.tr("Proxy (at the next start):"), proxy_row)
        form.addRow(self.tr("Logo cache (at the next start):"), self.logo_cache)
        url_buttons = QHBoxLayout()
        url_buttons.addWidget(add)
        url_buttons.addWidget(remove)
        url_buttons.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Qt's own words for these would be English: the app ships only its own translations.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("API base URLs (mirrors, regional hosts, test servers):")))
        layout.addWidget(self.urls, 1)
        layout.addLayout(url_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.load()

    def load(self) -> None:
        p = self.preferences
        self.refresh.setValue(p.get(prefs.REFRESH_SECONDS))
        for combo, setting in ((self.language, prefs.LANGUAGE), (self.theme, prefs.THEME),
                               (self.rise, prefs.UP_COLOUR)):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(p.get(setting))))
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(p.get(prefs.PROXY_MODE))))
        self.proxy_url.setText(p.get(prefs.PROXY_URL))
        self._proxy_mode_changed()
        self.logo_cache.setValue(p.get(prefs.LOGO_CACHE_MB))
        self.urls.setRowCount(0)
        for exchange, url in sorted(p.base_urls().items()):
            self._add_row(exchange, url)
        self.problem.clear()

    def accept(self) -> None:
        urls = self._checked_urls()
        if urls is None:
            return
        proxy = ""
        if self.proxy_mode.currentData() == "manual":
            try:
                proxy = check_proxy_url(self.proxy_url.text())
            except ValueError as error:
                self._refuse(fill(self.tr("Proxy: %1"), (translated(error),)))
                return
        p = self.preferences
        p.set(prefs.PROXY_MODE, self.proxy_mode.currentData())
        p.set(prefs.PROXY_URL, proxy)
        p.set(prefs.LOGO_CACHE_MB, self.logo_cache.value())
        p.set(prefs.REFRESH_SECONDS, self.refresh.value())
        p.set(prefs.LANGUAGE, self.language.currentData())
        p.set(prefs.THEME, self.theme.currentData())
        p.set(prefs.UP_COLOUR, self.rise.currentData())
        for exchange in set(p.base_urls()) - set(urls):
            p.set_base_url(exchange, None)
        for exchange, url in urls.items():
            p.set_base_url(exchange, url)
        p.save()
        self.applied.emit()
        super().accept()

    # -- internals -----------------------------------------------------------------------------
    def _checked_urls(self) -> dict[str, str] | None:
        """The table's base URLs, normalised; None (and the problem said) if one is wrong."""
        urls: dict[str, str] = {}
        for row in range(self.urls.rowCount()):
            exchange = self._cell(row, 0).strip().lower()
            url = self._cell(row, 1).strip()
            if not exchange and not url:
                continue
            if exchange not in self._known:
                return self._refuse(
                    self.tr("Row %1: no exchange with live prices has the id %2.")
                    .replace("%1", str(row + 1))
                    .replace("%2", repr(one_line(exchange, 40)))
                )
            try:
                urls[exchange] = normalise_base_url(url)
            except ValueError as error:
                return self._refuse(fill(self.tr("Row %1: %2"), (str(row + 1), translated(error))))
        return urls

    def _proxy_mode_changed(self) -> None:
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "manual")

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        return None

    def _cell(self, row: int, column: int) -> str:
        item = self.urls.item(row, column)
        return item.text() if item is not None else ""

    def _add_row(self, exchange: str = "", url: str = "") -> None:
        row = self.urls.rowCount()
        self.urls.insertRow(row)
        self.urls.setItem(row, 0, QTableWidgetItem(exchange))
        self.urls.setItem(row, 1, QTableWidgetItem(url))

    def _remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.urls.selectedIndexes()}, reverse=True):
            self.urls.removeRow(row)

    @staticmethod
    def _choices(items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for key, label in items:
            combo.addItem(label, key)
        return combo

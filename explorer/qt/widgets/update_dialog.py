"""Tools → Update catalogue: choose a source, watch the progress (cancellable), read the diff,
and apply it or not. The work itself runs in the services (see ``ServiceBridge``); this dialog
only asks and shows. A failure or a cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.catalogue.diff import CatalogueDiff
from explorer.catalogue.model import Catalogue
from explorer.catalogue.update import DOCS_BASE_URL, FROM_CCXT, FROM_DOCS, UpdatePlan
from explorer.live.catalogue_update import UpdateProblem
from explorer.qt.models.display_text import tooltip
from explorer.text import fill, one_line

CHOOSE, WORKING, RESULT = range(3)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class UpdateDialog(QDialog):
    updateRequested = Signal(str, str)  # noqa: N815  (source, base URL)
    cancelRequested = Signal()  # noqa: N815
    applyRequested = Signal(UpdatePlan)  # noqa: N815
    resetRequested = Signal()  # noqa: N815

    def __init__(self, ccxt_version: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateDialog")
        self.setWindowTitle(self.tr("Update catalogue"))
        self.resize(640, 520)
        self.plan: UpdatePlan | None = None
        self.pages = QStackedWidget()

        # -- choose --
        self.current = _plain()
        self.current.setObjectName("currentCatalogue")
        self.from_ccxt = QRadioButton()
        self.from_ccxt.setObjectName("fromCcxt")
        self.from_docs = QRadioButton(self.tr("From ccxt's documentation online"))
        self.from_docs.setObjectName("fromDocs")
        group = QButtonGroup(self)
        group.addButton(self.from_ccxt)
        group.addButton(self.from_docs)
        if ccxt_version:
            text = self.tr("From the ccxt package installed here (ccxt %1)")
            self.from_ccxt.setText(text.replace("%1", ccxt_version))
            self.from_ccxt.setChecked(True)
        else:
            self.from_ccxt.setText(self.tr("From a ccxt package (none is installed here)"))
            self.from_ccxt.setToolTip(
                tooltip(self.tr('To use one: pip install "exchange-explorer[ccxt]"')) or ""
            )
            self.from_ccxt.setEnabled(False)
            self.from_docs.setChecked(True)
        self.base_url = QLineEdit(DOCS_BASE_URL)
        self.base_url.setObjectName("docsBaseUrl")
        self.from_docs.toggled.connect(self.base_url.setEnabled)
        self.base_url.setEnabled(self.from_docs.isChecked())
        where = QFormLayout()
        where.addRow(self.tr("Pages at:"), self.base_url)
        self.check = QPushButton(self.tr("Check for changes"))
        self.check.setObjectName("checkForChanges")
        self.check.setDefault(True)
        self.check.clicked.connect(self._start)
        self.reset = QPushButton(self.tr("Back to the catalogue the app came with"))
        self.reset.setObjectName("resetCatalogue")
        self.reset.clicked.connect(self.resetRequested)
        self.problem = _plain()
        self.problem.setObjectName("updateProblem")
        choose = QWidget()
        column = QVBoxLayout(choose)
        column.addWidget(self.current)
        column.addWidget(self.from_ccxt)
        column.addWidget(self.from_docs)
        column.addLayout(where)
        column.addWidget(_plain(self.tr("Nothing changes until you apply the differences.")))
        column.addWidget(self.problem)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.reset)
        row.addStretch(1)
        row.addWidget(self.check)
        column.addLayout(row)

        # -- working --
        self.step = _plain()
        self.step.setObjectName("updateStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("updateProgress")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelUpdate")
        self.cancel.clicked.connect(self._cancel)
        working = QWidget()
        column = QVBoxLayout(working)
        column.addStretch(1)
        column.addWidget(self.step)
        column.addWidget(self.progress)
        column.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)

        # -- result --
        self.summary = _plain()
        self.summary.setObjectName("updateSummary")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("updateDiff")
        self.lists = {name: QListWidget() for name in ("added", "removed", "renamed", "countries")}
        self.apply = QPushButton(self.tr("Apply"))
        self.apply.setObjectName("applyUpdate")
        self.apply.clicked.connect(self._apply)
        self.discard = QPushButton(self.tr("Discard"))
        self.discard.setObjectName("discardUpdate")
        self.discard.clicked.connect(lambda: self.pages.setCurrentIndex(CHOOSE))
        result = QWidget()
        column = QVBoxLayout(result)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.discard)
        row.addWidget(self.apply)
        column.addLayout(row)

        for page in (choose, working, result):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- what the window tells it ------------------------------------------------------------
    def show_current(self, catalogue: Catalogue, user_made: bool) -> None:
        newest = catalogue.snapshots[-1]
        self.current.setText(
            self.tr("Now: %1 exchanges; the newest snapshot is %2 (%3).")
            .replace("%1", str(len(catalogue.exchanges)))
            .replace("%2", newest.title)
            .replace("%3", newest.date or self.tr("undated"))
        )
        self.reset.setVisible(user_made)

    def show_progress(self, step: str, done: int, total: int) -> None:
        self.pages.setCurrentIndex(WORKING)
        self.step.setText(self._step_text(step))
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_plan(self, plan: UpdatePlan) -> None:
        self.plan = plan
        diff = plan.diff
        newest = plan.catalogue.snapshots[-1]
        counts = (
            self.tr("%1 added, %2 removed, %3 renamed, %4 with other countries")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.renamed)))
            .replace("%4", str(len(diff.countries_changed)))
        )
        self.summary.setText(
            self.tr("%1 would become the newest snapshot: %2. Exchanges: %3.")
            .replace("%1", newest.title)
            .replace("%2", counts)
            .replace("%3", str(len(plan.catalogue.exchanges)))
            if not diff.is_empty
            else self.tr("%1 lists the same exchanges in the same countries.").replace(
                "%1", newest.title
            )
        )
        self._fill(diff, plan.catalogue)
        self.pages.setCurrentIndex(RESULT)
        self.apply.setFocus()

    def show_problem(self, problem: UpdateProblem) -> None:
        self.pages.setCurrentIndex(CHOOSE)
        if problem.kind == "up-to-date":
            text = self.tr("Already up to date: the catalogue has %1.").replace("%1", problem.text)
        elif problem.kind == "fetch":
            detail = fill(QCoreApplication.translate("Detail", problem.text), problem.args)
            text = self.tr("Could not fetch the documentation: %1.").replace("%1", detail)
        elif problem.kind == "ccxt-missing":
            text = self.tr("No ccxt package is installed here (%1).").replace("%1", problem.text)
        elif problem.kind == "bad-url":
            detail = fill(QCoreApplication.translate("Detail", problem.text), problem.args)
            text = self.tr("That address cannot be used: %1.").replace("%1", detail)
        else:
            reason = fill(QCoreApplication.translate("CatalogueError", problem.text), problem.args)
            where = f"{problem.where}: " if problem.where else ""
            text = self.tr("The source could not be read as a catalogue: %1").replace(
                "%1", where + reason
            )
        self.problem.setText(one_line(text, 600))

    def show_applied(self, catalogue: Catalogue) -> None:
        self.plan = None
        self.problem.setText(self.tr("Applied."))
        self.show_current(catalogue, user_made=True)
        self.pages.setCurrentIndex(CHOOSE)

    # -- internals ---------------------------------------------------------------------------
    def _start(self) -> None:
        self.problem.setText("")
        source = FROM_CCXT if self.from_ccxt.isChecked() else FROM_DOCS
        self.show_progress("", 0, 0)  # busy until the first step is reported
        self.updateRequested.emit(source, self.base_url.text().strip())

    def _cancel(self) -> None:
        self.cancelRequested.emit()
        self.pages.setCurrentIndex(CHOOSE)
        self.problem.setText(self.tr("Cancelled: nothing was changed."))

    def _apply(self) -> None:
        if self.plan is not None:
            self.applyRequested.emit(self.plan)

    def _step_text(self, step: str) -> str:
        texts = {
            "read-package": self.tr("Reading the ccxt package…"),
            "fetch-supported": self.tr("Fetching the list of supported exchanges…"),
            "fetch-by-country": self.tr("Fetching the exchanges by country…"),
            "read-pages": self.tr("Reading the pages…"),
            "compare": self.tr("Comparing with the current catalogue…"),
        }
        return texts.get(step, self.tr("Starting…"))

    def _fill(self, diff: CatalogueDiff, catalogue: Catalogue) -> None:
        names = {e.id: e.name for e in catalogue.exchanges}
        rows = {
            "added": [f"{name} ({i})" for i, name in diff.added],
            "removed": [f"{name} ({i})" for i, name in diff.removed],
            "renamed": [
                f"{names.get(old, old)} ({old}) → {names.get(new, new)} ({new})"
                for old, new in diff.renamed
            ],
            "countries": [
                f"{names.get(i, i)} ({i}): {' '.join(was) or '—'} → {' '.join(now) or '—'}"
                for i, was, now in diff.countries_changed
            ],
        }
        titles = {
            "added": self.tr("Added (%1)"),
            "removed": self.tr("Removed (%1)"),
            "renamed": self.tr("Renamed (%1)"),
            "countries": self.tr("Countries changed (%1)"),
        }
        self.tabs.clear()
        for key, widget in self.lists.items():
            widget.clear()
            widget.addItems(rows[key])
            self.tabs.addTab(widget, titles[key].replace("%1", str(len(rows[key]))))

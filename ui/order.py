"""The cost and download section: what the ticked dates cost in PU, and Download / Cancel."""

from __future__ import annotations

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QProgressBar, QPushButton

from ..core.api.purchase import PurchasePlan
from .messages import ERROR_STYLE, INFO_STYLE, SUCCESS_STYLE, WARNING_STYLE, show, text_label

NOT_ESTIMATED = "–"


def units_text(value: float) -> str:
    return f"{value:,.2f} PU"


class OrderBox(QgsCollapsibleGroupBox):
    """Cost of the ticked dates, the reason a download is refused, and progress."""

    estimate_requested = pyqtSignal()
    download_requested = pyqtSignal()
    cancel_requested = pyqtSignal()
    rerun_requested = pyqtSignal()  # the user chose to download possibly charged dates again

    def __init__(self, parent=None) -> None:
        super().__init__("Cost and download", parent)
        self.setObjectName("order_box")
        self.area = text_label("cost_area", NOT_ESTIMATED)
        self.per_date = text_label("cost_per_date", NOT_ESTIMATED)
        self.total = text_label("cost_total", NOT_ESTIMATED)
        self.balance = text_label("cost_balance", NOT_ESTIMATED)
        self.refusal = text_label("cost_refusal", hidden=True)

        self.estimate_button = QPushButton("Estimate")
        self.estimate_button.setObjectName("estimate")
        self.estimate_button.setToolTip("Ask the server what the ticked dates cost (free)")
        self.download_button = QPushButton("Download")
        self.download_button.setObjectName("download")
        self.download_button.setEnabled(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.estimate_button.clicked.connect(lambda _c=False: self.estimate_requested.emit())
        self.download_button.clicked.connect(lambda _c=False: self.download_requested.emit())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel_requested.emit())

        self.progress = QProgressBar()
        self.progress.setObjectName("overall_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()
        self.note = text_label("cost_note")
        self.status = text_label("download_status", hidden=True)
        self.rerun_question = text_label("rerun_question", hidden=True)
        self.rerun_button = QPushButton("Download again")
        self.rerun_button.setObjectName("rerun_paid")
        self.rerun_button.setToolTip(
            "Download the dates again whose failed download may have been charged: each may "
            "cost its processing units a second time"
        )
        self.rerun_button.hide()
        self.rerun_button.clicked.connect(lambda _c=False: self.rerun_requested.emit())

        form = QFormLayout(self)
        form.addRow("Area", self.area)
        form.addRow("Per date", self.per_date)
        form.addRow("Total", self.total)
        form.addRow("Balance after", self.balance)
        form.addRow(self.refusal)
        form.addRow(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.estimate_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        form.addRow(self.download_button)  # a row of its own: its text carries the cost
        form.addRow(self.progress)
        form.addRow(self.status)
        form.addRow(self.rerun_question)
        form.addRow(self.rerun_button)
        self.clear()

    def clear(self, note: str = "") -> None:
        """No estimate for the current choices (yet)."""
        for label in (self.area, self.per_date, self.total, self.balance):
            label.setText(NOT_ESTIMATED)
        self.refuse("")
        self.download_button.setEnabled(False)
        self.download_button.setText("Download")
        self._note(note)

    def estimating(self) -> None:
        self.clear("Estimating the cost (free)…")
        self.estimate_button.setEnabled(False)

    def show_plan(self, plan: PurchasePlan, refusal: str | None, note: str = "") -> None:
        """Totals for the ticked dates; Download is offered only when nothing refuses it."""
        self.estimate_button.setEnabled(True)
        first = plan.estimate
        if first is not None and first.area_km2 is not None:
            self.area.setText(f"{first.area_km2:,.2f} km²")
        units = sorted({plan.units_of(r.date) or 0.0 for r in plan.to_buy})
        per_date = NOT_ESTIMATED
        if units:
            per_date = units_text(units[0])
            if len(units) > 1:
                per_date = f"{units[0]:,.2f}–{units_text(units[-1])}"
            if units == [0.0]:
                per_date = self.tr("0 PU (the download included in your order)")
        if first is not None and first.fast_seconds and first.file_size_mb:
            per_date += (
                f" (about {first.file_size_mb:,.1f} MB, {first.fast_seconds:,.0f}-"
                f"{first.slow_seconds or first.fast_seconds:,.0f} s)"
            )
        self.per_date.setText(per_date)
        buying, free = len(plan.to_buy), len(plan.reused)
        total = self.tr("{units} for {count} date(s)").format(
            units=units_text(plan.total_units), count=buying
        )
        if free:
            total += self.tr("; {free} already downloaded (free)").format(free=free)
        self.total.setText(total)
        balance = plan.balance_after
        self.balance.setText(NOT_ESTIMATED if balance is None else units_text(balance))
        self.balance.setStyleSheet(ERROR_STYLE if (balance or 0) < 0 else INFO_STYLE)
        dates = len(plan.requests)
        if not plan.to_buy:
            cost = self.tr("free, already on disk")
        elif plan.total_units == 0:
            cost = self.tr("included in your order")
        else:
            cost = units_text(plan.total_units)
        self.download_button.setText(
            self.tr("Download {count} date(s) ({cost})").format(count=dates, cost=cost)
            if dates
            else self.tr("Download")
        )
        self.refuse(refusal or "")
        self.download_button.setEnabled(bool(dates) and not refusal)
        if not dates:
            self._note(self.tr("Tick the dates to download."))
        else:
            self._note(note, WARNING_STYLE)

    def refuse(self, reason: str) -> None:
        show(self.refusal, reason, ERROR_STYLE)
        self.download_button.setToolTip(reason)
        if reason:
            self.download_button.setEnabled(False)

    def estimate_failed(self, text: str) -> None:
        self.clear()
        self.estimate_button.setEnabled(True)
        self._note(text, ERROR_STYLE)

    def _note(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.note, text, style)

    def ask_rerun(self, question: str, button: str = "") -> None:
        """Ask whether to download possibly charged dates again ("" hides the question)."""
        show(self.rerun_question, question, WARNING_STYLE)
        self.rerun_button.setText(button or self.tr("Download again"))
        self.rerun_button.setVisible(bool(question))

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.estimate_button.setEnabled(not running)
        if running:
            self.ask_rerun("")
            self.download_button.setEnabled(False)
            self.progress.setValue(0)
            self.progress.show()

    def set_overall(self, percent: float) -> None:
        self.progress.setValue(int(percent))

    def say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)

    def say_done(self, text: str, ok: bool) -> None:
        self.say(text, SUCCESS_STYLE if ok else WARNING_STYLE)

"""The cost and download section: what the ticked dates cost in PU, and Download / Cancel."""

from __future__ import annotations

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QProgressBar

from ..core.api.i18n import tr
from ..core.api.purchase import PurchasePlan
from ..core.api.queue import PaidQueue
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    WARNING_STYLE,
    push_button,
    show,
    text_label,
)

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
        super().__init__(tr("Cost and download"), parent)
        self.setObjectName("order_box")
        self.area = text_label("cost_area", NOT_ESTIMATED)
        self.per_date = text_label("cost_per_date", NOT_ESTIMATED)
        self.total = text_label("cost_total", NOT_ESTIMATED)
        self.balance = text_label("cost_balance", NOT_ESTIMATED)
        self.refusal = text_label("cost_refusal", hidden=True)

        self.estimate_button = push_button(
            tr("Estimate"),
            "estimate",
            self.estimate_requested.emit,
            tr("Ask the server what the ticked dates cost (free)"),
        )
        self.download_button = push_button(tr("Download"), "download", self.download_requested.emit)
        self.cancel_button = push_button(tr("Cancel"), "cancel", self.cancel_requested.emit)
        for button in (self.download_button, self.cancel_button):
            button.setEnabled(False)

        self.progress = QProgressBar()
        self.progress.setObjectName("overall_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()
        self.note = text_label("cost_note")
        self.status = text_label("download_status", hidden=True)
        self.rerun_question = text_label("rerun_question", hidden=True)
        self.rerun_button = push_button(
            tr("Download again"),
            "rerun_paid",
            self.rerun_requested.emit,
            tr(
                "Download the dates again whose failed download may have been charged: each "
                "may cost its processing units a second time"
            ),
        )
        self.rerun_button.hide()

        form = QFormLayout(self)
        form.addRow(tr("Area"), self.area)
        form.addRow(tr("Per date"), self.per_date)
        form.addRow(tr("Total"), self.total)
        form.addRow(tr("Balance after"), self.balance)
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
        self.download_button.setText(tr("Download"))
        self._note(note)

    def estimating(self) -> None:
        self.clear(tr("Estimating the cost (free)…"))
        self.estimate_button.setEnabled(False)

    def show_plan(self, plan: PurchasePlan, refusal: str | None, partial=()) -> None:
        """Totals for the ticked dates; Download is offered only when nothing refuses it;
        ``partial``: the ticked dates some zone lacks."""
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
                per_date = tr("0 PU (the download included in your order)")
        if first is not None and first.fast_seconds and first.file_size_mb:
            per_date += " " + tr("(about {size:,.1f} MB, {fast:,.0f}-{slow:,.0f} s)").format(
                size=first.file_size_mb,
                fast=first.fast_seconds,
                slow=first.slow_seconds or first.fast_seconds,
            )
        self.per_date.setText(per_date)
        buying, free = len(plan.to_buy), len(plan.reused)
        total = tr("{units} for {count} date(s)").format(
            units=units_text(plan.total_units), count=buying
        )
        if free:
            total += tr("; {free} already downloaded (free)").format(free=free)
        self.total.setText(total)
        balance = plan.balance_after
        self.balance.setText(NOT_ESTIMATED if balance is None else units_text(balance))
        self.balance.setStyleSheet(ERROR_STYLE if (balance or 0) < 0 else INFO_STYLE)
        dates = len(plan.requests)
        if not plan.to_buy:
            cost = tr("free, already on disk")
        elif plan.total_units == 0:
            cost = tr("included in your order")
        else:
            cost = units_text(plan.total_units)
        self.download_button.setText(
            tr("Download {count} date(s) ({cost})").format(count=dates, cost=cost)
            if dates
            else tr("Download")
        )
        self.refuse(refusal or "")
        self.download_button.setEnabled(bool(dates) and not refusal)
        if not dates:
            self._note(tr("Tick the dates to download."))
        elif partial:
            days = ", ".join(d.isoformat() for d in partial)
            self._note(
                tr(
                    "Partial coverage on {days}: where a zone lacks the date the pixels are "
                    "nodata (transparent)."
                ).format(days=days),
                WARNING_STYLE,
            )
        else:
            self._note("")

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
        self.rerun_button.setText(button or tr("Download again"))
        self.rerun_button.setVisible(bool(question))

    def checking(self) -> None:
        self.ask_rerun("")
        self.download_button.setEnabled(False)
        self.say(tr("Checking availability, processing units and disk space…"))

    def refuse_download(self, text: str) -> None:
        """The checks before buying failed: nothing was spent."""
        self.refuse(text)
        self.say("")

    def started(self, count: int, limit: int, folder) -> None:
        self.say(
            tr("Downloading {count} date(s), at most {limit} at a time, into {folder}…").format(
                count=count, limit=limit, folder=folder
            )
        )

    def finished(self, summary: str, queue: PaidQueue) -> None:
        """The batch's summary, and the question whether to buy possibly charged dates again
        (they are never repeated on their own)."""
        self.set_overall(100)
        self.say(summary, SUCCESS_STYLE if queue.ok else WARNING_STYLE)
        charged = queue.maybe_charged()
        if not charged:
            return
        question = tr(
            "{count} date(s) may have been charged although the download failed ({days}). "
            "Download again?"
        ).format(count=len(charged), days=", ".join(d.isoformat() for d in sorted(charged)))
        units = queue.rerun_units()
        if units is None:
            question += " " + tr("That is a new purchase: check the estimate first.")
            self.ask_rerun(question, tr("Download again"))
        else:
            question += " " + tr("That costs about {units:g} processing units more.").format(
                units=units
            )
            self.ask_rerun(question, tr("Download again ({units:g} PU)").format(units=units))

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

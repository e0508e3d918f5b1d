"""The ClearSKY Vision dock: account, area, orders, dates, options, cost and download.

The dock arranges the sections and forwards what the user does. What buying means lives in
core.qgs.session.OrderSession; free server calls run in QgsTasks (ui.runner) whose answers
are dropped once the dock is closed or the user has moved on.
"""

from __future__ import annotations

import datetime as dt
import logging

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QMainWindow

from ..core.api.config import Settings
from ..core.api.errors import CancelledError, ClearSkyError, InputError, KeyRefusedError, Level
from ..core.api.i18n import tr
from ..core.api.models import AccountInfo
from ..core.api.purchase import download_folder
from ..core.api.queue import ItemStatus, PaidQueue
from ..core.api.store import DownloadResult
from ..core.qgs.layers import group_name, show_composite
from ..core.qgs.session import OrderSession
from ..core.qgs.tasks import TaskRunner
from ..core.qgs.timeline import follow_dates
from .account import AccountBox
from .analysis import AnalysisBox
from .aoi import AoiBox
from .date_list import DatesBox
from .messages import client_factory, error_title, scrolling, show_error, tell, user_text
from .options import OptionsBox
from .order import OrderBox
from .orders import OrdersBox

LOG = logging.getLogger("clearsky_vision")
ESTIMATE_DELAY_MS = 400  # options typed in quick succession give one estimate, not many
PREFERRED_WIDTH = 440


class ClearSkyDock(QgsDockWidget):
    """Account, area, dates, options, cost and download, top to bottom as a user goes."""

    # Emitted with the summary the user sees when every date of a download has ended.
    downloadsFinished = pyqtSignal(str)

    def __init__(self, iface, open_settings) -> None:
        super().__init__("ClearSKY Vision")
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        self._closed = False
        self.client = client_factory(iface.messageBar())
        self.runner = TaskRunner(self._alive, self.client)
        self.layer_group = ""  # where the running download's layers go
        self._key_refused_told = False
        self.session = OrderSession(self)

        area = lambda: self.aoi_box.aoi  # noqa: E731
        self.account_box = AccountBox(self.runner)
        self.aoi_box = AoiBox(iface)
        self.orders_box = OrdersBox(iface, self.runner, self.client, area)
        self.dates_box = DatesBox(self.runner, area=area)
        self.options_box = OptionsBox(Settings.load())
        self.order_box = OrderBox()
        self.analysis_box = AnalysisBox(iface)
        self.setWidget(scrolling(self.account_box, self.aoi_box, self.orders_box, self.dates_box,
                                 self.options_box, self.order_box, self.analysis_box))  # fmt: skip

        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.estimate)

        self.account_box.loaded.connect(self._use_account)
        self.account_box.settings_requested.connect(open_settings)
        self.aoi_box.changed.connect(self._aoi_changed)
        self.dates_box.searching_started.connect(self._invalidate_plan)
        self.dates_box.found.connect(self._schedule_estimate)
        self.dates_box.order_requested.connect(self.orders_box.open_form)
        self.dates_box.checked_changed.connect(self._show_costs)
        self.orders_box.order_ready.connect(self._order_ready)
        self.options_box.changed.connect(self._invalidate_plan)
        self.order_box.estimate_requested.connect(self.estimate)
        self.order_box.download_requested.connect(self.download)
        self.order_box.cancel_requested.connect(self.cancel)
        self.order_box.rerun_requested.connect(self.rerun_paid)
        self.visibilityChanged.connect(lambda visible: visible and self.account_box.refresh())
        session = self.session
        session.planned.connect(lambda plan: self._use_account(plan.account))
        session.planFailed.connect(lambda e: self.order_box.estimate_failed(user_text(e)))
        session.refused.connect(self._refuse)
        session.started.connect(self._started)
        session.dateStarted.connect(lambda date: self._progress(date, 0))
        session.dateProgress.connect(self._progress)
        session.dateDone.connect(self._date_done)  # first: it makes the group indices go into
        session.dateDone.connect(
            lambda date, result: self.analysis_box.date_landed(
                date, result, self.layer_group, self.aoi_box.aoi_name()
            )
        )
        session.dateFailed.connect(self._date_failed)
        session.finished.connect(self._finished)
        self.account_box.refresh()
        self.orders_box.refresh()

    @staticmethod
    def default_area():
        return Qt.DockWidgetArea.RightDockWidgetArea

    def fit_width(self, window) -> None:
        """Open wide enough for the date list's columns (QGIS docks start narrow)."""
        if isinstance(window, QMainWindow):
            window.resizeDocks([self], [PREFERRED_WIDTH], Qt.Orientation.Horizontal)

    def _alive(self) -> bool:
        return not self._closed and not sip.isdeleted(self)

    # Account, area and dates -------------------------------------------------------

    def _use_account(self, info: AccountInfo | None) -> None:
        self.session.account = info
        if info is None:
            return
        self.account_box.show_account(info)
        self.aoi_box.set_max_area(info.max_area_km2)
        self.options_box.set_max_bands(info.max_bands)
        self._show_costs()

    def settings_changed(self) -> None:
        self.account_box.refresh()
        self.orders_box.refresh()
        self._invalidate_plan()

    def _aoi_changed(self) -> None:
        aoi = self.aoi_box.aoi
        self.options_box.set_aoi(aoi)
        self.dates_box.area_changed(aoi is not None)
        self._invalidate_plan()

    def _order_ready(self, _order) -> None:
        # New dates became downloadable: a listed search is out of date.
        if self.dates_box.searched is not None and not self.session.busy:
            self.dates_box.search()

    # Cost ----------------------------------------------------------------------------

    def _invalidate_plan(self) -> None:
        """The estimate no longer matches what is chosen: drop it and ask again soon."""
        self.session.forget_plan()
        for date in self.dates_box.dates():
            self.dates_box.set_cost(date, "")
        if not self.session.busy:
            self.order_box.clear()
        self._schedule_estimate()

    def _schedule_estimate(self) -> None:
        if self.dates_box.items and not self.session.busy:
            self._estimate_timer.start()

    def _requests(self, dates):
        return self.options_box.requests(self.aoi_box.aoi, self.dates_box.image_dates, dates)

    def _refusal(self, dates):
        """Why ``dates`` cannot be bought, as far as known without asking the server."""
        return self.session.refusal(self.options_box.template_or_none(self.aoi_box.aoi), dates)

    def estimate(self) -> None:
        """Account, one estimate and the files already on disk, for every listed date (free)."""
        self._estimate_timer.stop()
        dates = self.dates_box.dates()
        if not dates or self.session.busy:
            return
        try:
            if (refusal := self._refusal([])) is not None:  # the server would refuse too
                raise refusal
            requests = self._requests(dates)
            self.session.estimate(self.client(), requests, download_folder(Settings.load()))
        except ClearSkyError as exc:
            self.order_box.estimate_failed(str(exc))
            return
        self.order_box.estimating()

    def _show_costs(self) -> None:
        ticked = self.dates_box.checked_dates()
        plan = self.session.ticked(ticked)
        if plan is None or self.session.busy:
            return
        self.dates_box.show_checks(self.session.plan)
        refusal = self._refusal(ticked)
        partial = self.dates_box.checked_partial_dates()
        self.order_box.show_plan(plan, str(refusal) if refusal else None, partial)

    # Download ------------------------------------------------------------------------

    def download(self) -> None:
        """Check the ticked dates again on the server (units, limits, disk), then download."""
        if self.session.busy:
            return
        ticked = self.dates_box.checked_dates()
        try:
            if not ticked:
                raise InputError(tr("Tick at least one date to download."))
            if (refusal := self._refusal(ticked)) is not None:
                raise refusal
            requests = self._requests(ticked)
            folder = download_folder(Settings.load())
            client = self.client()
        except ClearSkyError as exc:
            self._refuse(exc)
            return
        first, last = self.dates_box.searched or self.dates_box.date_range()
        self.layer_group = group_name(self.aoi_box.aoi_name(), first, last)
        self.order_box.checking()
        self.session.buy(client, requests, folder)

    def rerun_paid(self) -> None:
        """The user chose to download again the dates that may have been charged."""
        self.order_box.ask_rerun("")
        if self.session.buy_again():
            self.order_box.checking()

    def _refuse(self, error: Exception) -> None:
        self.order_box.refuse_download(user_text(error))
        show_error(self.iface.messageBar(), error, tr("Download refused"))

    def _started(self, plan) -> None:
        self._key_refused_told = False
        self._use_account(plan.account)
        self._set_busy(True)
        for request in plan.requests:
            self.dates_box.set_status(request.date, tr("Queued"))
        self.order_box.started(len(plan.requests), self.session.queue.limit, self.session.folder)

    def cancel(self) -> None:
        """Stop running dates (their partial files are removed) and drop the queued ones."""
        if self.session.busy and self._alive():
            self.order_box.say(tr("Cancelling…"))
            self.session.cancel()

    def _set_busy(self, busy: bool) -> None:
        for box in (self.aoi_box, self.dates_box, self.options_box):
            box.set_busy(busy)
        self.order_box.set_running(busy)

    def _progress(self, date: dt.date, percent: float) -> None:
        self.dates_box.set_progress(date, percent)
        if self.session.queue is not None:
            self.order_box.set_overall(self.session.queue.overall_progress())

    def _date_done(self, date: dt.date, result: DownloadResult) -> None:
        self._progress(date, 100)
        self.dates_box.set_status(date, tr("Reused (free)") if result.reused else tr("Added"))
        try:  # a file we cannot show must not stop the other dates
            span = show_composite(QgsProject.instance(), self.layer_group, self.aoi_box.aoi_name(),
                                  self.session.requests[date], result)  # fmt: skip
            follow_dates(self.iface.mapCanvas(), span)
        except Exception as exc:
            if not isinstance(exc, ClearSkyError):
                LOG.exception("Adding the layer of %s failed", date)
            self.dates_box.set_status(date, tr("Saved, not shown"), failed=True)
            show_error(self.iface.messageBar(), exc, date.isoformat())
        if not result.reused:
            self.account_box.refresh()

    def _date_failed(self, date: dt.date, error: Exception) -> None:
        cancelled = isinstance(error, CancelledError)
        self.dates_box.set_status(date, error_title(error), failed=not cancelled)
        refused = isinstance(error, KeyRefusedError)
        if cancelled or (refused and self._key_refused_told):
            return  # the same fix applies to every date: say it once per batch
        self._key_refused_told |= refused
        show_error(self.iface.messageBar(), error, date.isoformat())

    def _finished(self, queue: PaidQueue) -> None:
        self._set_busy(False)
        self._invalidate_plan()
        summary = queue.summary()
        if queue.count(ItemStatus.DONE):
            summary += " " + tr("Layers are in the group '{group}'.").format(group=self.layer_group)
        self.order_box.finished(summary, queue)
        tell(self.iface.messageBar(), summary, Level.SUCCESS if queue.ok else Level.WARNING)
        self.account_box.refresh()
        self.downloadsFinished.emit(summary)

    def close_down(self) -> None:
        """Stop this dock's work and remove its canvas items before the plugin unloads."""
        self._estimate_timer.stop()
        self.session.close()
        self.analysis_box.close_down()
        self.runner.cancel_all()
        self.orders_box.close_down()
        self._closed = True
        self.aoi_box.close_down()

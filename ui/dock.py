"""The ClearSKY Vision dock: area, dates, options, cost, then true-colour layers in time.

The dock only arranges the sections and moves between them; every call to the server runs
in a QgsTask (core.qgs.tasks) and comes back through a callback on the main thread, guarded so
a late answer never touches a dock that has been closed.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from types import SimpleNamespace

from qgis.core import Qgis, QgsInterval, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QMainWindow, QScrollArea, QVBoxLayout, QWidget

from ..core.api.client import ClearSkyClient, configured_client
from ..core.api.config import Settings, insecure_url_warning
from ..core.api.errors import (
    CancelledError,
    ClearSkyError,
    InputError,
    KeyRefusedError,
    NoDataError,
)
from ..core.api.models import (
    AccountInfo,
    Coverage,
    check_date_range,
)
from ..core.api.purchase import PurchasePlan, checked_plan, limit_refusal, plan_purchase
from ..core.api.store import DownloadResult
from ..core.qgs.batch import DateStatus, DownloadBatch, download_folder
from ..core.qgs.enums import DAYS
from ..core.qgs.layers import group_name, show_composite
from .account import AccountBox
from .aoi import AoiBox
from .date_list import DatesBox
from .messages import TITLE, WARNING_STYLE, short_reason, user_text
from .options import OptionsBox
from .order import OrderBox
from .orders import OrdersBox
from .runner import TaskRunner

LOG = logging.getLogger("clearsky_vision")
ESTIMATE_DELAY_MS = 400  # options typed in quick succession give one estimate, not many
PREFERRED_WIDTH = 440


@dataclass(frozen=True)
class BatchContext:
    """What the layers of one download are named and grouped after."""

    aoi_name: str
    group: str


class ClearSkyDock(QgsDockWidget):
    """Account, area, dates, options, cost and download, top to bottom as a user goes."""

    # Emitted with the summary the user sees when every date of a download has ended.
    downloadsFinished = pyqtSignal(str)

    def __init__(self, iface, open_settings) -> None:
        super().__init__("ClearSKY Vision")
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        self._open_settings = open_settings
        self._closed = False
        self.runner = TaskRunner(self._alive)
        self._guard, self._run = self.runner.guard, self.runner.run
        self._account_task = None
        self._ordering = False  # the server is checking an order: one at a time
        self._search_generation = 0
        self._plan_generation = 0
        self._warned_url = ""  # the insecure base URL already warned about
        self.account: AccountInfo | None = None
        self.plan: PurchasePlan | None = None
        self.batch: DownloadBatch | None = None
        self.batch_context: BatchContext | None = None
        self.rerun: tuple | None = None  # (client, requests, folder, context) the user may re-run

        settings = Settings.load()
        self.account_box = AccountBox()
        self.aoi_box = AoiBox(iface)
        self.orders_box = OrdersBox(iface, self.runner, self.client, lambda: self.aoi_box.aoi)
        self.dates_box = DatesBox()
        self.options_box = OptionsBox(settings)
        self.order_box = OrderBox()

        body = QWidget()
        layout = QVBoxLayout(body)
        for section in (
            self.account_box,
            self.aoi_box,
            self.orders_box,
            self.dates_box,
            self.options_box,
            self.order_box,
        ):
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)

        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.estimate)

        self.account_box.refresh_requested.connect(self.refresh_account)
        self.account_box.settings_requested.connect(self._open_settings)
        self.aoi_box.changed.connect(self._aoi_changed)
        self.dates_box.search_requested.connect(self.search)
        self.dates_box.order_requested.connect(self.orders_box.open_form)
        self.orders_box.order_ready.connect(self._order_ready)
        self.dates_box.checked_changed.connect(self._show_costs)
        self.options_box.changed.connect(self._options_changed)
        self.order_box.estimate_requested.connect(self.estimate)
        self.order_box.download_requested.connect(self.download)
        self.order_box.cancel_requested.connect(self.cancel)
        self.order_box.rerun_requested.connect(self.rerun_paid)
        self.visibilityChanged.connect(self._visibility_changed)
        self.refresh_account()
        self.orders_box.refresh()

    @staticmethod
    def default_area():
        return Qt.DockWidgetArea.RightDockWidgetArea

    def fit_width(self, window) -> None:
        """Open wide enough for the date list's columns (QGIS docks start narrow)."""
        if isinstance(window, QMainWindow):
            window.resizeDocks([self], [PREFERRED_WIDTH], Qt.Orientation.Horizontal)

    # Plumbing ------------------------------------------------------------------------

    def client(self) -> ClearSkyClient:
        """A client from the current settings (or the environment); no network involved.

        A plain http:// server other than this machine is warned about once per address.
        """
        client = configured_client()
        warning = insecure_url_warning(client.base_url)
        if warning and client.base_url != self._warned_url:
            self._warned_url = client.base_url
            self._tell(warning, Qgis.MessageLevel.Warning)
        return client

    def _alive(self) -> bool:
        return not self._closed and not sip.isdeleted(self)

    def _tell(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.iface.messageBar().pushMessage(TITLE, text, level=level)

    # Account -------------------------------------------------------------------------

    def refresh_account(self) -> None:
        """Ask for balances and limits, unless that is already under way."""
        if self._account_task is not None:
            return
        try:
            client = self.client()
        except ClearSkyError as exc:
            self._account_failed(exc)
            return
        self.account_box.checking()
        self._account_task = self._run(
            "account",
            lambda _task: client.account_info(),
            self._account_loaded,
            self._account_failed,
        )

    def _account_loaded(self, info: AccountInfo) -> None:
        self._account_task = None
        self._use_account(info)

    def _use_account(self, info: AccountInfo) -> None:
        self.account = info
        self.account_box.show_account(info)
        self.aoi_box.set_max_area(info.max_area_km2)
        self.options_box.set_max_bands(info.max_bands)
        if self.plan is not None:
            self.plan = replace(self.plan, account=info)
            self._show_costs()

    def _account_failed(self, error: Exception) -> None:
        self._account_task = None
        self.account = None
        self.account_box.show_error(error)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh_account()

    def settings_changed(self) -> None:
        self.refresh_account()
        self.orders_box.refresh()
        self._invalidate_plan()

    # Area and dates ------------------------------------------------------------------

    def _aoi_changed(self) -> None:
        aoi = self.aoi_box.aoi
        self.options_box.set_aoi(aoi)
        self._search_generation += 1  # an answer for the old area is no longer wanted
        self.dates_box.search_button.setEnabled(True)
        self.dates_box.clear()
        tr = self.tr
        self.dates_box.say(
            tr("Search for the dates over the area.") if aoi else tr("Choose an area.")
        )
        self._invalidate_plan()

    def search(self) -> None:
        """List the dates with imagery over the area in the chosen range (free)."""
        aoi = self.aoi_box.aoi
        if aoi is None:
            self.dates_box.say_error(
                self.tr(
                    "Choose an area first: the map extent, a drawn rectangle or polygon, "
                    "selected features or a file."
                )
            )
            return
        try:
            first, last = check_date_range(*self.dates_box.date_range())
            client = self.client()
        except ClearSkyError as exc:
            self.dates_box.say_error(str(exc))
            return
        self._search_generation += 1
        generation = self._search_generation
        self.dates_box.clear()
        self._invalidate_plan()
        self.dates_box.say(self.tr("Searching {first} to {last}…").format(first=first, last=last))
        self.dates_box.search_button.setEnabled(False)
        self._run(
            "search dates",
            lambda _task: client.search_dates(aoi, first, last),
            lambda found: self._dates_found(generation, (first, last), found),
            lambda error: self._search_failed(generation, error),
        )

    def _dates_found(self, generation: int, searched, found) -> None:
        if generation != self._search_generation:
            return
        self.dates_box.search_button.setEnabled(True)
        self.dates_box.set_dates(found, searched)
        first, last = searched
        found_dates = self.dates_box.image_dates.values()
        partial = sum(1 for d in found_dates if d.coverage is Coverage.PARTIAL)
        count = len(self.dates_box.items)
        if not count:  # search/available lists only dates under the key's orders
            self.dates_box.say_not_ordered(first, last)
            return
        detail = f"{count - partial} full, {partial} partial" if partial else self.tr("all full")
        dates = self.tr("{count} dates") if count != 1 else self.tr("{count} date")
        self.dates_box.say(
            self.tr("{dates} from {first} to {last} ({detail}). Tick the ones to download.").format(
                dates=dates.format(count=count), first=first, last=last, detail=detail
            )
        )
        self._schedule_estimate()

    def _search_failed(self, generation: int, error: Exception) -> None:
        if generation != self._search_generation:
            return
        self.dates_box.search_button.setEnabled(True)
        self.dates_box.say_error(user_text(error))

    def _order_ready(self, _order) -> None:
        # New dates became downloadable: a listed search is out of date.
        if self.dates_box.searched is not None and self.batch is None:
            self.search()

    # Cost ----------------------------------------------------------------------------

    def _options_changed(self) -> None:
        self._invalidate_plan()

    def _invalidate_plan(self) -> None:
        """The estimate no longer matches what is chosen: drop it and ask again soon."""
        self._plan_generation += 1
        self.plan = None
        for date in self.dates_box.dates():
            self.dates_box.set_cost(date, "")
        if self.batch is None:
            self.order_box.clear()
        self._schedule_estimate()

    def _schedule_estimate(self) -> None:
        if self.dates_box.items and self.batch is None:
            self._estimate_timer.start()

    def _order(self, dates):
        """Client, one request per date and the folder; raises a ClearSkyError saying why not."""
        aoi = self.aoi_box.aoi
        if aoi is None:
            raise InputError(self.tr("Choose an area first."))
        template = self.options_box.template(aoi)
        found = self.dates_box.image_dates
        # A partial date is estimated as it would be downloaded: ticking it allows partial.
        requests = [
            replace(
                template.for_date(d, allow_partial=found[d].coverage is Coverage.PARTIAL),
                model=found[d].model,
                constellations=found[d].constellations or template.constellations,
            )
            for d in dates
        ]
        return self.client(), requests, download_folder(Settings.load())

    def estimate(self) -> None:
        """Account, one estimate and the files already on disk, for every listed date (free)."""
        self._estimate_timer.stop()
        dates = self.dates_box.dates()
        if not dates or self.batch is not None:
            return
        refusal = self._limits_refusal()
        if refusal is not None:  # the server would refuse too: no need to ask it
            self.order_box.estimate_failed(str(refusal))
            return
        try:
            client, requests, folder = self._order(dates)
        except ClearSkyError as exc:
            self.order_box.estimate_failed(str(exc))
            return
        self._plan_generation += 1
        generation = self._plan_generation
        self.order_box.estimating()
        self._run(
            "estimate",
            lambda _task: plan_purchase(client, requests, folder),
            lambda plan: self._planned(generation, plan),
            lambda error: self._plan_failed(generation, error),
        )

    def _planned(self, generation: int, plan: PurchasePlan) -> None:
        if generation != self._plan_generation:
            return
        self.plan = plan
        self._use_account(plan.account)  # the plan brought fresh balances: show them

    def _plan_failed(self, generation: int, error: Exception) -> None:
        if generation != self._plan_generation:
            return
        self.order_box.estimate_failed(user_text(error))

    def ticked_plan(self) -> PurchasePlan | None:
        """The current checks narrowed to the ticked dates, with the newest account."""
        if self.plan is None:
            return None
        plan, ticked = self.plan, set(self.dates_box.checked_dates())
        return PurchasePlan(
            self.account or plan.account,
            tuple(r for r in plan.requests if r.date in ticked),
            *(
                {d: v for d, v in part.items() if d in ticked}
                for part in (plan.estimates, plan.availability, plan.reused)
            ),
        )

    def _limits_refusal(self) -> ClearSkyError | None:
        """Area or bands over the key's limits, known from the account without asking."""
        aoi = self.aoi_box.aoi
        if self.account is None or aoi is None:
            return None
        try:
            return limit_refusal(self.account, self.options_box.template(aoi))
        except ClearSkyError as exc:
            return exc

    def _known_refusal(self) -> ClearSkyError | None:
        """Why the ticked dates cannot be downloaded, as far as the dock knows without asking."""
        refusal = self._limits_refusal()
        if refusal is None and (plan := self.ticked_plan()) is not None and plan.requests:
            refusal = plan.refusal()
        return refusal

    def _show_costs(self) -> None:
        plan = self.ticked_plan()
        if plan is None or self.batch is not None or self._ordering:
            return
        self.dates_box.show_checks(self.plan)
        refusal = self._known_refusal()
        self.order_box.show_plan(plan, str(refusal) if refusal else None, self._partial_note())

    def _partial_note(self) -> str:
        partial = self.dates_box.checked_partial_dates()
        if not partial:
            return ""
        days = ", ".join(d.isoformat() for d in partial)
        return self.tr(
            "Partial coverage on {days}: where a zone lacks the date the pixels are nodata "
            "(transparent)."
        ).format(days=days)

    # Download ------------------------------------------------------------------------

    def download(self) -> None:
        """Check the dates again on the server (units, limits, disk), then download."""
        if self.batch is not None or self._ordering:
            return
        ticked = self.dates_box.checked_dates()
        if not ticked:
            self.order_box.say(self.tr("Tick at least one date to download."), WARNING_STYLE)
            return
        refusal = self._known_refusal()
        if refusal is not None:
            self._refuse(refusal)
            return
        try:
            client, requests, folder = self._order(ticked)
        except ClearSkyError as exc:
            self._refuse(exc)
            return
        context = BatchContext(self.aoi_box.aoi_name(), self._group_name())
        self._check_then_start(client, requests, folder, context)

    def rerun_paid(self) -> None:
        """The user chose to download again the dates that may have been charged."""
        pending, self.rerun = self.rerun, None
        self.order_box.ask_rerun("")
        if pending is None or self.batch is not None or self._ordering:
            return
        self._check_then_start(*pending)

    def _check_then_start(self, client, requests, folder, context: BatchContext) -> None:
        self.rerun = None
        self.order_box.ask_rerun("")
        self._ordering = True
        self.order_box.download_button.setEnabled(False)
        self.order_box.say(self.tr("Checking availability, processing units and disk space…"))
        self._run(
            "check the order",
            lambda _task: checked_plan(client, requests, folder),
            lambda checked: self._start_batch(client, checked, folder, context),
            self._refuse,
        )

    def _group_name(self) -> str:
        first, last = self.dates_box.searched or self.dates_box.date_range()
        return group_name(self.aoi_box.aoi_name(), first, last)

    def _refuse(self, error: Exception) -> None:
        self._ordering = False
        text = user_text(error)
        self.order_box.refuse(text)
        self.order_box.say("")
        self._tell(self.tr("Download refused: {text}").format(text=text), Qgis.MessageLevel.Warning)

    def _start_batch(self, client, plan: PurchasePlan, folder, context: BatchContext) -> None:
        self._ordering = False
        self._use_account(plan.account)
        listener = SimpleNamespace(
            date_started=self._guard(self._date_started),
            date_progress=self._guard(self._date_progress),
            date_done=self._guard(self._date_done),
            date_failed=self._guard(self._date_failed),
            batch_done=self._guard(self._batch_done),
        )
        self._key_refused_told = False
        self.batch = DownloadBatch(
            client,
            plan.requests,
            folder,
            listener,
            limit=plan.account.connections,
            units={r.date: plan.units_of(r.date) for r in plan.requests},
        )
        self.batch_context = context
        self._set_busy(True)
        for date in self.batch.requests:
            self.dates_box.set_status(date, self.tr("queued"))
        self.order_box.say(
            self.tr(
                "Downloading {count} date(s), at most {limit} at a time, into {folder}…"
            ).format(count=len(plan.requests), limit=self.batch.limit, folder=folder)
        )
        self.batch.start()

    def cancel(self) -> None:
        """Stop running dates (their partial files are removed) and drop the queued ones."""
        if self.batch is not None and self._alive():
            self.order_box.say(self.tr("Cancelling…"))
            self.batch.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.aoi_box.set_busy(busy)
        self.dates_box.set_busy(busy)
        self.options_box.set_busy(busy)
        self.order_box.set_running(busy)

    def _date_started(self, date: dt.date) -> None:
        self.dates_box.set_progress(date, 0)
        self._show_overall()

    def _date_progress(self, date: dt.date, percent: float) -> None:
        self.dates_box.set_progress(date, percent)
        self._show_overall()

    def _show_overall(self) -> None:
        if self.batch is not None:
            self.order_box.set_overall(self.batch.overall_progress())

    def _date_done(self, date: dt.date, result: DownloadResult) -> None:
        self.dates_box.set_status(date, "reused (free)" if result.reused else "added")
        self._show_overall()
        try:
            self._add_layer(date, result)
        except Exception as exc:  # a file we cannot show must not stop the other dates
            if not isinstance(exc, ClearSkyError):
                LOG.exception("Adding the layer of %s failed", date)
            self.dates_box.set_status(date, "saved, not shown", failed=True)
            self._tell(f"{date}: {user_text(exc)}", Qgis.MessageLevel.Warning)
        if not result.reused:
            self.refresh_account()

    def _date_failed(self, date: dt.date, error: Exception) -> None:
        cancelled = isinstance(error, CancelledError)
        self.dates_box.set_status(date, short_reason(error), failed=not cancelled)
        self._show_overall()
        refused = isinstance(error, KeyRefusedError)
        if refused and self._key_refused_told:
            return  # the same fix applies to every date: say it once per batch
        self._key_refused_told |= refused
        if not cancelled:
            no_data = isinstance(error, NoDataError)
            level = Qgis.MessageLevel.Warning if no_data else Qgis.MessageLevel.Critical
            self._tell(f"{date}: {user_text(error)}", level)

    def _batch_done(self, batch: DownloadBatch) -> None:
        self.batch = None
        self._set_busy(False)
        self.order_box.set_overall(100)
        self._invalidate_plan()  # downloaded dates are now free: the next estimate shows it
        summary = batch.summary()
        if batch.count(DateStatus.DONE) and self.batch_context is not None:
            summary += f" Layers are in the group '{self.batch_context.group}'."
        self.order_box.say_done(summary, batch.ok)
        level = Qgis.MessageLevel.Success if batch.ok else Qgis.MessageLevel.Warning
        self._tell(summary, level)
        self._offer_rerun(batch)
        self.refresh_account()
        self.downloadsFinished.emit(summary)

    def _offer_rerun(self, batch: DownloadBatch) -> None:
        """Failed dates that may have been charged are not repeated on their own: ask."""
        charged = batch.maybe_charged()
        if not charged or self.batch_context is None:
            return
        self.rerun = (
            batch.client,
            [batch.requests[date] for date in charged],
            batch.folder,
            self.batch_context,
        )
        units = [getattr(error, "rerun_units", None) for error in charged.values()]
        days = ", ".join(date.isoformat() for date in charged)
        count = len(charged)
        question = self.tr(
            "{count} date(s) may have been charged although the download failed ({days}). "
            "Download again?"
        ).format(count=count, days=days)
        if None in units:
            question += " " + self.tr("That is a new purchase: check the estimate first.")
            button = self.tr("Download again")
        else:
            total = round(sum(units), 2)
            question += " " + self.tr("That costs about {units:g} processing units more.").format(
                units=total
            )
            button = self.tr("Download again ({units:g} PU)").format(units=total)
        self.order_box.ask_rerun(question, button)

    # Layers --------------------------------------------------------------------------

    def _add_layer(self, date: dt.date, result: DownloadResult) -> None:
        """Show a finished date at once: styled, dated, in the area's group, newest on top."""
        context, batch = self.batch_context, self.batch
        if context is None or batch is None:
            return
        project = QgsProject.instance()
        span = show_composite(
            project, context.group, context.aoi_name, batch.requests[date], result
        )
        self._tune_temporal_controller(span)

    def _tune_temporal_controller(self, span) -> None:
        # One frame per day over the downloaded dates: pressing play steps through them.
        controller = self.iface.mapCanvas().temporalController()
        if controller is None:
            return
        if hasattr(controller, "setFrameDuration"):
            controller.setFrameDuration(QgsInterval(1, DAYS))
        if hasattr(controller, "setTemporalExtents"):
            controller.setTemporalExtents(span)

    # Unload --------------------------------------------------------------------------

    def close_down(self) -> None:
        """Stop this dock's work and remove its canvas items before the plugin unloads."""
        self._estimate_timer.stop()
        if self.batch is not None:
            self.batch.cancel()
        self.runner.cancel_all()
        self.orders_box.close_down()
        self._closed = True
        self.aoi_box.close_down()

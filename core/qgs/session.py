"""What buying imagery means, in one place the dock and the Processing algorithms both drive.

An ``OrderSession`` plans the listed dates (free calls), narrows the plan to the ticked ones,
checks everything again on the server before money moves, downloads the dates at most the
key's connections at a time (QgsTasks, or threads when the caller may block), stops on a
refused key, reuses files already on disk, records the estimate beside each file, and keeps
the dates whose failed download may have been charged for an explicit second try.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..api.client import ClearSkyClient
from ..api.errors import ClearSkyError
from ..api.i18n import tr
from ..api.models import AccountInfo, CompositeRequest
from ..api.purchase import PurchasePlan, checked_plan, limit_refusal, plan_purchase
from ..api.queue import ItemStatus, PaidQueue, run_in_threads
from . import tasks


class OrderSession(QObject):
    """Plans and buys composite dates; every signal comes on the thread that drives it."""

    planned = pyqtSignal(object)  # PurchasePlan of every listed date
    planFailed = pyqtSignal(object)  # Exception
    refused = pyqtSignal(object)  # the checks before buying failed: nothing was spent
    started = pyqtSignal(object)  # PurchasePlan being bought
    dateStarted = pyqtSignal(object)  # datetime.date
    dateProgress = pyqtSignal(object, float)  # date, percent
    dateDone = pyqtSignal(object, object)  # date, DownloadResult
    dateFailed = pyqtSignal(object, object)  # date, Exception
    finished = pyqtSignal(object)  # the batch's PaidQueue: summary, maybe_charged()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: PurchasePlan | None = None
        self.account: AccountInfo | None = None
        self.queue: PaidQueue | None = None
        self.requests: dict[dt.date, CompositeRequest] = {}
        self.folder: Path | None = None
        self.rerun: list[CompositeRequest] = []  # possibly charged dates, for buy_again
        self._client: ClearSkyClient | None = None
        self._checking = False
        self._generation = 0  # an estimate answered after the choice changed is dropped
        self.runner = tasks.TaskRunner(
            lambda: not sip.isdeleted(self) and not self.signalsBlocked()
        )
        self._downloads: dict[dt.date, tasks.BaseTask] = {}

    @property
    def busy(self) -> bool:
        """Checking or downloading: one purchase at a time."""
        return self._checking or self.queue is not None

    # Planning (free) -----------------------------------------------------------------

    def estimate(
        self, client: ClearSkyClient, requests: Sequence[CompositeRequest], folder
    ) -> None:
        """Plan every listed date in the background: ``planned`` or ``planFailed``."""
        self.forget_plan()
        generation = self._generation
        self.runner.run(
            tr("estimate"),
            lambda _task: plan_purchase(client, requests, folder),
            lambda plan: self._planned(generation, plan),
            lambda error: generation == self._generation and self.planFailed.emit(error),
        )

    def forget_plan(self) -> None:
        self._generation += 1
        self.plan = None

    def ticked(self, dates: Sequence[dt.date]) -> PurchasePlan | None:
        """The plan narrowed to ``dates``, with the newest account."""
        if self.plan is None:
            return None
        plan, chosen = self.plan, set(dates)
        return PurchasePlan(
            self.account or plan.account,
            tuple(r for r in plan.requests if r.date in chosen),
            *(
                {d: v for d, v in part.items() if d in chosen}
                for part in (plan.estimates, plan.availability, plan.reused)
            ),
        )

    def refusal(
        self, template: CompositeRequest | None, dates: Sequence[dt.date]
    ) -> ClearSkyError | None:
        """Why ``dates`` cannot be bought, as far as known without asking the server."""
        if self.account is not None and template is not None:
            limits = limit_refusal(self.account, template)
            if limits:
                return limits
        plan = self.ticked(dates)
        return plan.refusal() if plan is not None and plan.requests else None

    def _planned(self, generation: int, plan: PurchasePlan) -> None:
        if generation == self._generation:
            self.plan, self.account = plan, plan.account
            self.planned.emit(plan)

    # Buying --------------------------------------------------------------------------

    def buy(
        self,
        client: ClearSkyClient,
        requests: Sequence[CompositeRequest],
        folder,
        max_units: float | None = None,
    ) -> bool:
        """Check again on the server (units, limits, disk), then download in the background:
        ``refused`` (nothing spent) or ``started``. False when a purchase is under way."""
        if self.busy:
            return False
        self._checking = True
        self.rerun = []
        self.runner.run(
            tr("check the order"),
            lambda _task: checked_plan(client, requests, folder, max_units),
            lambda plan: self._start(client, plan, folder),
            self._refuse,
        )
        return True

    def buy_again(self) -> bool:
        """Download the possibly charged dates again: the user's explicit choice."""
        again, self.rerun = self.rerun, []
        if not again or self._client is None or self.folder is None:
            return False
        return self.buy(self._client, again, self.folder)

    def cancel(self) -> None:
        """Stop running dates (their partial files are removed) and drop queued ones."""
        if self.queue is None:
            return
        for date in self.queue.cancel():
            self._failed(date, self.queue.errors[date])
        for task in list(self._downloads.values()):
            if not sip.isdeleted(task):  # QGIS deletes a task once it has ended
                task.cancel()
        self._check_finished()

    def close(self) -> None:
        """Cancel everything before the owner goes away; no signal follows."""
        self.blockSignals(True)
        self.cancel()
        self.runner.cancel_all()

    def _refuse(self, error: Exception) -> None:
        self._checking = False
        self.refused.emit(error)

    def _start(self, client: ClearSkyClient, plan: PurchasePlan, folder) -> None:
        self._checking = False
        self._begin(client, plan, folder)
        self._launch()
        self._check_finished()

    def _begin(self, client: ClearSkyClient, plan: PurchasePlan, folder) -> PaidQueue:
        self._client, self.folder, self.account = client, Path(folder), plan.account
        self.requests = {r.date: r for r in plan.requests}
        units = {r.date: plan.units_of(r.date) for r in plan.requests}
        self.queue = PaidQueue(sorted(self.requests), plan.account.connections, units)
        self.started.emit(plan)
        return self.queue

    def _launch(self) -> None:
        queue = self.queue
        for date in queue.to_launch():
            job = self._job(date)
            task = tasks.FunctionTask(
                tr("ClearSKY Vision: download {date}").format(date=date.isoformat()),
                tasks.waiting_on_the_network(
                    lambda task, job=job: job(task.report_bytes, task.cancelled)
                ),
                on_done=self.runner.guard(lambda result, day=date: self._done(day, result)),
                on_error=self.runner.guard(lambda error, day=date: self._failed(day, error)),
            )
            progress = self.runner.guard(lambda value, day=date: self._progress(day, value))
            task.progressChanged.connect(progress)
            self._downloads[date] = task
            self.dateStarted.emit(date)
            self.runner.start(task)

    def _job(self, date: dt.date, retry_paid: bool = False) -> Callable:
        client, request, folder = self._client, self.requests[date], self.folder
        units = self.queue.units.get(date)
        return lambda progress, cancelled: client.download_composite(
            request, folder, progress, cancelled, units=units, retry_paid=retry_paid
        )

    def _progress(self, date: dt.date, percent: float) -> None:
        if self.queue is not None and self.queue.set_progress(date, percent):
            self.dateProgress.emit(date, float(percent))

    def _done(self, date: dt.date, result) -> None:
        self._downloads.pop(date, None)
        self.queue.done(date, result)
        try:
            self.dateDone.emit(date, result)
        finally:  # a listener that fails must not leave the batch waiting forever
            self._next()

    def _failed(self, date: dt.date, error: Exception) -> None:
        self._downloads.pop(date, None)
        queue = self.queue
        dropped = [] if queue.status[date] is ItemStatus.CANCELLED else queue.failed(date, error)
        try:
            self.dateFailed.emit(date, error)
            for other in dropped:  # a refused key: every other date would be refused too
                self.dateFailed.emit(other, queue.errors[other])
            if dropped:
                self.cancel()
        finally:
            self._next()

    def _next(self) -> None:
        if self.queue is not None and not self.queue.cancelled:
            self._launch()
        self._check_finished()

    def _check_finished(self) -> None:
        queue = self.queue
        if queue is None or not queue.finished or self._downloads:
            return
        self.queue = None
        self.rerun = [self.requests[date] for date in queue.maybe_charged()]
        self.forget_plan()  # downloaded dates are free now: the next estimate shows it
        self.finished.emit(queue)

    # For callers that may block (Processing) ----------------------------------------

    def buy_here(
        self,
        client: ClearSkyClient,
        requests: Sequence[CompositeRequest],
        folder,
        max_units: float | None,
        is_cancelled: Callable[[], bool],
        retry_paid: bool = False,
    ) -> tuple[PurchasePlan, PaidQueue]:
        """``buy`` on the caller's thread, the dates on worker threads; signals as ``buy``
        but a refusal is raised (nothing spent)."""
        plan = checked_plan(client, requests, folder, max_units)
        queue = self._begin(client, plan, folder)

        def report(event: str, date, value) -> None:
            if event == "started":
                self.dateStarted.emit(date)
            elif event == "progress":
                self.dateProgress.emit(date, value)
            elif event == "done":
                self.dateDone.emit(date, value)
            else:
                self.dateFailed.emit(date, value)

        run_in_threads(queue, lambda d: self._job(d, retry_paid), is_cancelled, report)
        self._check_finished()
        return plan, queue

    def _alive(self) -> bool:
        return not sip.isdeleted(self) and not self.signalsBlocked()

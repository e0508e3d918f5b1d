"""A batch of composite downloads: one QgsTask per date, at most the key's connections at once.

The batch only queues as many DownloadTasks in QGIS's task manager as the key may open
connections, and starts the next date when one ends, so the task manager shows honestly
what runs and what waits. Every callback runs on the main thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Protocol

from qgis.PyQt import sip

from ..api.client import ClearSkyClient
from ..api.config import Settings
from ..api.errors import SETTINGS_HINT, CancelledError, InputError, KeyRefusedError
from ..api.models import CompositeRequest
from ..api.store import DownloadResult
from . import tasks


class DateStatus(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINAL = (DateStatus.DONE, DateStatus.FAILED, DateStatus.CANCELLED)


class BatchListener(Protocol):
    """What a batch reports; the dock implements it."""

    def date_started(self, date: dt.date) -> None: ...

    def date_progress(self, date: dt.date, percent: float) -> None: ...

    def date_done(self, date: dt.date, result: DownloadResult) -> None: ...

    def date_failed(self, date: dt.date, error: Exception) -> None: ...

    def batch_done(self, batch: DownloadBatch) -> None: ...


class DownloadBatch:
    """Downloads ``requests`` (one per date) into ``folder``, ``limit`` tasks at a time."""

    def __init__(
        self,
        client: ClearSkyClient,
        requests: Sequence[CompositeRequest],
        folder: str | Path,
        listener: BatchListener,
        limit: int = 1,
        units: dict[dt.date, float] | None = None,
    ) -> None:
        self.client = client
        self.requests = {request.date: request for request in requests}
        self.folder = folder
        self.listener = listener
        self.limit = max(1, int(limit))
        self.units = dict(units or {})  # date -> processing units estimated, for the records
        self.status = dict.fromkeys(self.requests, DateStatus.QUEUED)
        self.progress = dict.fromkeys(self.requests, 0.0)
        self.results: dict[dt.date, DownloadResult] = {}
        self.errors: dict[dt.date, Exception] = {}
        self.cancelled = False
        self._reported = False
        self._tasks: dict[dt.date, tasks.BaseTask] = {}

    # Control -------------------------------------------------------------------------

    def start(self) -> None:
        self._fill()
        self._check_done()

    def cancel(self) -> None:
        """Cancel running tasks (core removes their partial files) and drop queued dates."""
        self.cancelled = True
        for date, status in list(self.status.items()):
            if status is DateStatus.QUEUED:
                self._fail(date, CancelledError())
        for task in list(self._tasks.values()):
            if not sip.isdeleted(task):  # QGIS deletes a task once it has ended
                task.cancel()
        self._check_done()

    # State ---------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return all(status in FINAL for status in self.status.values())

    def overall_progress(self) -> float:
        """Percent of the whole batch; failed and cancelled dates count as finished."""
        if not self.status:
            return 100.0
        done = sum(
            100.0 if status in FINAL else self.progress[date]
            for date, status in self.status.items()
        )
        return done / len(self.status)

    def count(self, status: DateStatus) -> int:
        return sum(1 for s in self.status.values() if s is status)

    @property
    def ok(self) -> bool:
        return all(status is DateStatus.DONE for status in self.status.values())

    def summary(self) -> str:
        """``2 dates added (25.26 processing units, 1 reused free), 1 failed.``"""
        done = self.count(DateStatus.DONE)
        reused = sum(1 for result in self.results.values() if result.reused)
        added = f"{done} date{'s' if done != 1 else ''} added"
        if done:
            free = f", {reused} reused free" if reused else ""
            added += f" ({self.units_spent:g} processing units{free})"
        parts = [added]
        for status in (DateStatus.FAILED, DateStatus.CANCELLED):
            if self.count(status):
                parts.append(f"{self.count(status)} {status.value}")
        return ", ".join(parts) + "."

    def maybe_charged(self) -> dict[dt.date, Exception]:
        """Failed dates whose download may have been charged (re-running them is the user's
        call: it may cost their processing units again)."""
        return {
            date: error
            for date, error in sorted(self.errors.items())
            if self.status[date] is DateStatus.FAILED and getattr(error, "maybe_charged", False)
        }

    @property
    def units_spent(self) -> float:
        return round(
            sum(r.record.get("units") or 0 for r in self.results.values() if not r.reused), 2
        )

    # Internals -----------------------------------------------------------------------

    def _fill(self) -> None:
        for date in sorted(self.requests):
            if len(self._tasks) >= self.limit or self.cancelled:
                return
            if self.status[date] is DateStatus.QUEUED:
                self._launch(date)

    def _launch(self, date: dt.date) -> None:
        self.status[date] = DateStatus.RUNNING
        client, request, folder, units = (
            self.client,
            self.requests[date],
            self.folder,
            self.units.get(date),
        )
        task = tasks.FunctionTask(
            f"ClearSKY Vision: download {date.isoformat()}",
            lambda task: client.download_composite(
                request,
                folder,
                progress=task.report_bytes,
                is_cancelled=task.cancelled,
                units=units,
            ),
            on_done=lambda result, day=date: self._done(day, result),
            on_error=lambda error, day=date: self._fail(day, error),
        )
        task.progressChanged.connect(lambda value, day=date: self._progress(day, value))
        self._tasks[date] = task
        self.listener.date_started(date)
        tasks.start(task)

    def _progress(self, date: dt.date, value: float) -> None:
        if self.status.get(date) is DateStatus.RUNNING:
            self.progress[date] = float(value)
            self.listener.date_progress(date, float(value))

    def _done(self, date: dt.date, result: DownloadResult) -> None:
        self._tasks.pop(date, None)
        self.status[date] = DateStatus.DONE
        self.progress[date] = 100.0
        self.results[date] = result
        try:
            self.listener.date_done(date, result)
        finally:  # a listener that fails must not leave the batch waiting forever
            self._next()

    def _fail(self, date: dt.date, error: Exception) -> None:
        self._tasks.pop(date, None)
        cancelled = isinstance(error, CancelledError)
        self.status[date] = DateStatus.CANCELLED if cancelled else DateStatus.FAILED
        self.errors[date] = error
        try:
            self.listener.date_failed(date, error)
            if isinstance(error, KeyRefusedError) and not self.cancelled:
                self.cancel()  # every other date would be refused too: stop asking
        finally:
            self._next()

    def _next(self) -> None:
        self._fill()
        self._check_done()

    def _check_done(self) -> None:
        if self.finished and not self._tasks and not self._reported:
            self._reported = True
            self.listener.batch_done(self)


def download_folder(settings: Settings) -> Path:
    """The folder from the settings; the default one is created when missing."""
    folder = Path(settings.download_folder or Settings.download_folder).expanduser()
    if not folder.is_dir():
        if folder != Path(Settings.download_folder).expanduser():
            raise InputError(
                f"The download folder {folder} does not exist: create it or choose another "
                f"in {SETTINGS_HINT}."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"Could not create the download folder {folder} ({exc.strerror}): choose "
                f"another in {SETTINGS_HINT}."
            ) from None
    return folder

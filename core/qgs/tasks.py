"""The one base class of every background job, and a keeper that holds tasks until they end."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from qgis.core import QgsApplication, QgsTask

from ..api.errors import CancelledError, ClearSkyError

LOG = logging.getLogger("clearsky_vision")


class BaseTask(QgsTask):
    """Subclasses implement ``work()``; it runs on a worker thread and must not touch the GUI.

    ``run()`` stores the result or the exception; ``finished()`` runs on the main thread and
    hands them to ``on_done(result)`` or ``on_error(exception)``.
    """

    def __init__(
        self,
        description: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.result: Any = None
        self.error: Exception | None = None
        self._on_done = on_done
        self._on_error = on_error

    def work(self) -> Any:
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.result = self.work()
        except Exception as exc:
            if not isinstance(exc, ClearSkyError):  # a bug: one line for the user, trace to log
                LOG.exception("%s failed", self.description())
            # Without its traceback the error holds no frames (datasets, contexts) that could
            # outlive QGIS's shutdown of GDAL.
            self.error = exc.with_traceback(None)
            return False
        if self.isCanceled():
            self.error = CancelledError()
            return False
        return True

    def finished(self, ok: bool) -> None:
        if ok:
            if self._on_done:
                self._on_done(self.result)
            return
        error = self.error or CancelledError()
        if self._on_error:
            self._on_error(error)

    # Callbacks for core functions running inside work() -------------------------------

    def report_bytes(self, done: int, total: int | None) -> None:
        if total:
            self.setProgress(min(100.0, 100.0 * done / total))

    def report_fraction(self, fraction: float) -> None:
        self.setProgress(max(0.0, min(100.0, 100.0 * fraction)))

    def cancelled(self) -> bool:
        return self.isCanceled()


class FunctionTask(BaseTask):
    """A BaseTask around a callable ``function(task)``: pass the function, do not call it."""

    def __init__(self, description: str, function: Callable[[BaseTask], Any], **callbacks) -> None:
        super().__init__(description, **callbacks)
        self._function = function

    def work(self) -> Any:
        return self._function(self)


_RUNNING: set[QgsTask] = set()


def start(task: QgsTask) -> QgsTask:
    """Hand ``task`` to QGIS's task manager, keeping a Python reference until it ends."""
    _RUNNING.add(task)

    def release(*_args) -> None:
        _RUNNING.discard(task)

    task.taskCompleted.connect(release)
    task.taskTerminated.connect(release)
    QgsApplication.taskManager().addTask(task)
    return task


def running() -> list[QgsTask]:
    """Tasks started through ``start`` that have not ended yet."""
    return list(_RUNNING)


class DownloadTask(BaseTask):
    """One composite date: reuse or buy, streamed to the folder. Result: a DownloadResult."""

    def __init__(self, client, request, folder, units=None, **callbacks) -> None:
        super().__init__(f"ClearSKY Vision: download {request.date.isoformat()}", **callbacks)
        self.client = client
        self.request = request
        self.folder = folder
        self.units = units  # the processing-unit estimate, recorded beside the file

    def work(self):
        return self.client.download_composite(
            self.request,
            self.folder,
            progress=self.report_bytes,
            is_cancelled=self.cancelled,
            units=self.units,
        )

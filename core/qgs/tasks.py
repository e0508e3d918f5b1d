"""The one base class of every background job, and a keeper that holds tasks until they end."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QThreadPool, QTimer

from ..api.errors import CancelledError, ClearSkyError
from ..api.i18n import tr

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


def waiting_on_the_network(function: Callable[[BaseTask], Any]) -> Callable[[BaseTask], Any]:
    """``function`` for a task that mostly waits on the network: while it runs it gives its
    slot in QGIS's thread pool (one per core) to the next task, so an index can be computed
    while dates download instead of after the last one."""

    def run(task: BaseTask) -> Any:
        pool = QThreadPool.globalInstance()
        pool.releaseThread()
        try:
            return function(task)
        finally:
            pool.reserveThread()

    return run


_RUNNING: set[QgsTask] = set()


def start(task: QgsTask) -> QgsTask:
    """Hand ``task`` to QGIS's task manager on the next turn of the event loop, keeping a
    Python reference until it ends.

    Not at once: a task added while QGIS finishes another one (from its completion callback)
    can stay queued forever on QGIS 3.22 (qgis/QGIS#53806; a download batch hung so).
    """
    _RUNNING.add(task)

    def release(*_args) -> None:
        _RUNNING.discard(task)

    def hand_over() -> None:
        if sip.isdeleted(task):
            return
        if task.isCanceled():  # cancelled before QGIS had it: it ends as QGIS would end it
            release()
            task.finished(False)
            return
        QgsApplication.taskManager().addTask(task)

    task.taskCompleted.connect(release)
    task.taskTerminated.connect(release)
    QTimer.singleShot(0, hand_over)
    return task


def running() -> list[QgsTask]:
    """Tasks started through ``start`` that have not ended yet."""
    return list(_RUNNING)


class TaskRunner:
    """Background work for an owner (a widget, a session): its tasks are kept until they end,
    and their callbacks are dropped once ``alive()`` says the owner is gone."""

    def __init__(
        self, alive: Callable[[], bool], client_factory: Callable[[], Any] | None = None
    ) -> None:
        self._alive = alive
        self.client_factory = client_factory  # for ask(): () -> a ClearSkyClient
        self.tasks: set[QgsTask] = set()

    def with_client(self, client_factory: Callable[[], Any] | None) -> TaskRunner:
        """This runner (same owner, same tasks) asking with ``client_factory``; itself for None."""
        if client_factory is None:
            return self
        runner = TaskRunner(self._alive, client_factory)
        runner.tasks = self.tasks  # cancel_all() on either ends the tasks of both
        return runner

    def guard(self, callback):
        """``callback`` that does nothing once the owner is closed or deleted."""

        def guarded(*args) -> None:
            if self._alive():
                callback(*args)

        return guarded

    def run(self, description: str, function, on_done, on_error) -> BaseTask:
        """``function(task)`` on a worker thread; ``description``: translated words naming
        the work in QGIS's task manager."""
        task = FunctionTask(
            tr("ClearSKY Vision: {task}").format(task=description),
            function,
            on_done=self.guard(on_done),
            on_error=self.guard(on_error),
        )
        return self.start(task)

    def ask(
        self,
        description: str,
        work: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> BaseTask | None:
        """``work(client)`` on a worker thread, the client made here on the caller's thread
        (it reads settings); a ClearSkyError making it goes to ``on_error`` at once."""
        try:
            client = self.client_factory()
        except ClearSkyError as exc:
            on_error(exc)
            return None
        return self.run(description, lambda _task: work(client), on_done, on_error)

    def start(self, task: QgsTask) -> QgsTask:
        """Start ``task`` (its callbacks already guarded) and keep it until it ends."""
        self.tasks.add(task)
        task.taskCompleted.connect(lambda: self.tasks.discard(task))
        task.taskTerminated.connect(lambda: self.tasks.discard(task))
        return start(task)

    def cancel_all(self) -> None:
        for task in list(self.tasks):
            if not sip.isdeleted(task):
                task.cancel()

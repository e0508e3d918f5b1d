"""Background work for a widget: QgsTasks whose answers come back only while it lives."""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt import sip

from ..core.api.i18n import tr
from ..core.qgs import tasks


class TaskRunner:
    """Starts ``function(task)`` in QGIS's task manager; callbacks are dropped once closed."""

    def __init__(self, alive: Callable[[], bool]) -> None:
        self._alive = alive
        self.tasks: set = set()

    def guard(self, callback):
        """``callback`` that does nothing once the owner is closed or deleted."""

        def guarded(*args) -> None:
            if self._alive():
                callback(*args)

        return guarded

    def run(self, description: str, function, on_done, on_error) -> tasks.BaseTask:
        """``description``: translated words naming the work in the task manager."""
        task = tasks.FunctionTask(
            tr("ClearSKY Vision: {task}").format(task=description),
            function,
            on_done=self.guard(on_done),
            on_error=self.guard(on_error),
        )
        self.tasks.add(task)
        task.taskCompleted.connect(lambda: self.tasks.discard(task))
        task.taskTerminated.connect(lambda: self.tasks.discard(task))
        return tasks.start(task)

    def cancel_all(self) -> None:
        for task in list(self.tasks):
            if not sip.isdeleted(task):
                task.cancel()

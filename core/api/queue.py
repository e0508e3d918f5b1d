"""Which paid downloads run next and when a batch stops: one rule set for the dock and Processing.

A ``PaidQueue`` only keeps the state of a batch (each item is a date or a tile) and answers
what to start next; who runs the items (QgsTasks in the dock, threads in Processing) reports
back with ``done`` and ``failed``. ``run_in_threads`` is the driver for code that may block.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from enum import Enum
from typing import Any

from .errors import CancelledError, ClearSkyError, KeyRefusedError
from .i18n import tr

LOG = logging.getLogger("clearsky_vision")
PROGRESS_EVERY_S = 0.25


class ItemStatus(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINAL = (ItemStatus.DONE, ItemStatus.FAILED, ItemStatus.CANCELLED)


class PaidQueue:
    """Items run at most ``limit`` at a time (the key's connections), in order; a refused key
    stops the batch (every other item would be refused too); ``units`` are the estimates."""

    def __init__(
        self, items: Iterable[Hashable], limit: int = 1, units: dict | None = None
    ) -> None:
        self.items = list(items)
        self.limit = max(1, int(limit))
        self.units = dict(units or {})
        self.status = dict.fromkeys(self.items, ItemStatus.QUEUED)
        self.progress = dict.fromkeys(self.items, 0.0)
        self.results: dict[Hashable, Any] = {}
        self.errors: dict[Hashable, Exception] = {}
        self.cancelled = False

    def to_launch(self) -> list:
        """The queued items to start now (marked running); none once cancelled."""
        running = self.count(ItemStatus.RUNNING)
        chosen = []
        for item in self.items:
            if self.cancelled or running + len(chosen) >= self.limit:
                break
            if self.status[item] is ItemStatus.QUEUED:
                chosen.append(item)
        for item in chosen:
            self.status[item] = ItemStatus.RUNNING
        return chosen

    def set_progress(self, item: Hashable, percent: float) -> bool:
        """Record a running item's percent; False when the item no longer runs."""
        if self.status.get(item) is not ItemStatus.RUNNING:
            return False
        self.progress[item] = float(percent)
        return True

    def done(self, item: Hashable, result: Any) -> None:
        self.status[item] = ItemStatus.DONE
        self.progress[item] = 100.0
        self.results[item] = result

    def failed(self, item: Hashable, error: Exception) -> list:
        """Record ``error``; returns the queued items dropped because the key was refused."""
        cancelled = isinstance(error, CancelledError)
        self.status[item] = ItemStatus.CANCELLED if cancelled else ItemStatus.FAILED
        self.errors[item] = error
        if isinstance(error, KeyRefusedError) and not self.cancelled:
            return self.cancel()
        return []

    def cancel(self) -> list:
        """Stop starting items; the queued ones are cancelled at once (returned)."""
        self.cancelled = True
        dropped = [i for i in self.items if self.status[i] is ItemStatus.QUEUED]
        for item in dropped:
            self.status[item] = ItemStatus.CANCELLED
            self.errors[item] = CancelledError()
        return dropped

    @property
    def finished(self) -> bool:
        return all(status in FINAL for status in self.status.values())

    @property
    def ok(self) -> bool:
        return all(status is ItemStatus.DONE for status in self.status.values())

    def count(self, status: ItemStatus) -> int:
        return sum(1 for s in self.status.values() if s is status)

    def overall_progress(self) -> float:
        """Percent of the whole batch; failed and cancelled items count as finished."""
        if not self.status:
            return 100.0
        done = sum(100.0 if s in FINAL else self.progress[i] for i, s in self.status.items())
        return done / len(self.status)

    @property
    def units_spent(self) -> float:
        """Processing units of the new files, as recorded beside them."""
        return round(
            sum(
                (getattr(r, "record", None) or {}).get("units") or 0
                for r in self.results.values()
                if not getattr(r, "reused", False)
            ),
            2,
        )

    def maybe_charged(self) -> dict:
        """Failed items whose download may have been charged: re-running them is the user's
        call, since it may cost their processing units again."""
        return {
            item: error
            for item, error in self.errors.items()
            if self.status[item] is ItemStatus.FAILED and getattr(error, "maybe_charged", False)
        }

    def rerun_units(self) -> float | None:
        """What re-running the possibly charged items costs, None when not known."""
        units = [getattr(e, "rerun_units", None) for e in self.maybe_charged().values()]
        return None if None in units else round(sum(units), 2)

    def summary(self) -> str:
        """``2 dates added (25.26 processing units, 1 reused free), 1 failed.``"""
        done = self.count(ItemStatus.DONE)
        reused = sum(1 for r in self.results.values() if getattr(r, "reused", False))
        added = (tr("1 date added") if done == 1 else tr("{count} dates added")).format(count=done)
        if done:
            cost = tr("{units:g} processing units").format(units=self.units_spent)
            if reused:
                cost += tr(", {count} reused free").format(count=reused)
            added += f" ({cost})"
        parts = [added]
        if self.count(ItemStatus.FAILED):
            parts.append(tr("{count} failed").format(count=self.count(ItemStatus.FAILED)))
        if self.count(ItemStatus.CANCELLED):
            parts.append(tr("{count} cancelled").format(count=self.count(ItemStatus.CANCELLED)))
        return ", ".join(parts) + "."


# A job gets (progress(done, total), is_cancelled) and returns its result.
Job = Callable[[Callable[[int, "int | None"], None], Callable[[], bool]], Any]


def run_in_threads(
    queue: PaidQueue,
    job_of: Callable[[Hashable], Job],
    is_cancelled: Callable[[], bool],
    report: Callable[[str, Hashable, Any], None],
) -> None:
    """Run ``queue`` on worker threads until it is finished, blocking the caller.

    ``report(event, item, value)`` is called on the caller's thread with event "started",
    "progress" (percent), "done" (result) or "failed" (error). A cancel stops the workers
    (their partial files are removed by the client) and cancels the queued items.
    """
    fractions: dict[Hashable, float] = {}

    def run(item: Hashable) -> Any:
        def progress(done: int, total: int | None) -> None:
            if total:
                fractions[item] = min(1.0, done / total)

        if is_cancelled():
            raise CancelledError()
        return job_of(item)(progress, is_cancelled)

    futures: dict[Future, Hashable] = {}
    last_progress = 0.0
    with ThreadPoolExecutor(max_workers=queue.limit) as pool:
        while True:
            if is_cancelled() and not queue.cancelled:
                for item in queue.cancel():
                    report("failed", item, queue.errors[item])
            for item in queue.to_launch():
                report("started", item, None)
                futures[pool.submit(run, item)] = item
            if not futures:
                break
            finished, _pending = wait(
                futures, timeout=PROGRESS_EVERY_S, return_when=FIRST_COMPLETED
            )
            if time.monotonic() - last_progress >= PROGRESS_EVERY_S:
                last_progress = time.monotonic()
                for item, fraction in list(fractions.items()):
                    if queue.set_progress(item, 100.0 * fraction):
                        report("progress", item, 100.0 * fraction)
            for future in finished:
                item = futures.pop(future)
                try:
                    result = future.result()
                except Exception as exc:  # every failure is the item's, the others go on
                    if not isinstance(exc, ClearSkyError):
                        LOG.error("%s failed", item, exc_info=exc)
                    queue_error = exc.with_traceback(None)
                    dropped = queue.failed(item, queue_error)
                    report("failed", item, queue_error)
                    for other in dropped:
                        report("failed", other, queue.errors[other])
                    continue
                queue.done(item, result)
                report("done", item, result)

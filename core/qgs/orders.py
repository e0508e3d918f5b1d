"""The key's orders, kept up to date in the background.

``OrderWatcher`` lists the orders in a QgsTask, and while some order is still in production
it asks for their details on a timer, so the dock can say when an order becomes downloadable.
Widgets only listen to its signals; nothing here waits on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..api.client import ClearSkyClient
from ..api.errors import ClearSkyError
from ..api.i18n import tr
from ..api.models import Order
from . import tasks

POLL_MS = 30_000  # orders move in minutes to hours: twice a minute is plenty


class OrderWatcher(QObject):
    """The orders of the key the ``client_factory`` gives, polled while some are in progress."""

    # Every known order, in the server's order, after each answer.
    ordersChanged = pyqtSignal(list)
    # An order that was in production and is now Completed or UpToDate.
    orderReady = pyqtSignal(object)
    # A ClearSkyError (or a bug) from listing or polling.
    failed = pyqtSignal(object)

    def __init__(
        self,
        client_factory: Callable[[], ClearSkyClient],
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_factory = client_factory
        self.orders: dict[str, Order] = {}
        self.loaded = False
        self._generation = 0
        self._pending: tasks.BaseTask | None = None
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    # What is known -------------------------------------------------------------------

    def in_progress(self) -> list[Order]:
        return [order for order in self.orders.values() if order.in_progress]

    @property
    def busy(self) -> bool:
        return self._pending is not None

    # Asking --------------------------------------------------------------------------

    def refresh(self) -> None:
        """List every order of the key again (free); supersedes any answer still on its way."""
        self._ask(tr("ClearSKY Vision: list orders"), lambda client: client.orders(), full=True)

    def poll(self) -> None:
        """Ask for the status of the orders in production; stops the timer when none are."""
        guids = [order.guid for order in self.in_progress()]
        if not guids:
            self.timer.stop()
            return
        if self._pending is not None:
            return  # an answer is on its way; the next tick asks again
        title = tr("ClearSKY Vision: order status")
        self._ask(title, lambda client: client.order_details(guids), full=False)

    def watch(self, order: Order) -> None:
        """Add a just-created order and follow it until it is downloadable."""
        self._merge([order], full=False)

    def stop(self) -> None:
        """No more polling and no more signals (the dock is closing)."""
        self._stopped = True
        self.timer.stop()
        self._generation += 1
        if self._pending is not None and not sip.isdeleted(self._pending):
            self._pending.cancel()
        self._pending = None

    def _ask(self, title: str, call, full: bool) -> None:
        if self._stopped:
            return
        try:
            client = self._client_factory()
        except ClearSkyError as exc:
            self.failed.emit(exc)
            return
        self._generation += 1
        generation = self._generation
        task = tasks.FunctionTask(
            title,
            lambda _task: call(client),
            on_done=lambda orders: self._answered(generation, orders, full),
            on_error=lambda error: self._failed(generation, error),
        )
        self._pending = task
        tasks.start(task)

    def _current(self, generation: int) -> bool:
        if self._stopped or sip.isdeleted(self) or generation != self._generation:
            return False  # closed, or a newer question was asked: this answer is stale
        self._pending = None
        return True

    def _answered(self, generation: int, orders: Iterable[Order], full: bool) -> None:
        if self._current(generation):
            self.loaded |= full
            self._merge(list(orders), full)

    def _failed(self, generation: int, error: Exception) -> None:
        if self._current(generation):
            self.failed.emit(error)

    def _merge(self, orders: list[Order], full: bool) -> None:
        before = self.orders
        ready = [
            order
            for order in orders
            if order.downloadable and order.guid in before and not before[order.guid].downloadable
        ]
        if full:
            self.orders = {order.guid: order for order in orders}
        else:
            self.orders = {**before, **{order.guid: order for order in orders}}
        self.ordersChanged.emit(list(self.orders.values()))
        for order in ready:
            self.orderReady.emit(order)
        if self.in_progress() and not self._stopped:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

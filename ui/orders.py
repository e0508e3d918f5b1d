"""The Orders section: the key's orders, their footprints on the map, and ordering this area.

Downloads work only inside orders, so this section lists what the key has ordered, follows
orders in production (core.qgs.orders.OrderWatcher) and says when one becomes downloadable.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.api.geometry import Aoi
from ..core.api.i18n import tr
from ..core.api.models import Order
from ..core.qgs.layers import ORDERS_PROPERTY, order_period, show_order_footprints
from ..core.qgs.orders import OrderWatcher
from ..core.qgs.tasks import TaskRunner
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    TITLE,
    flat_tree,
    show,
    text_label,
    user_text,
)
from .order_form import OrderForm, cadence_text

STATUS, MODEL, CADENCE, PERIOD, AREA = range(5)


def order_row(order: Order) -> list[str]:
    area = f"{order.area_km2:,.2f} km²" if order.area_km2 is not None else "–"
    return [
        order.status_label,
        order.model or "–",
        cadence_text(order.image_frequency),
        order_period(order),
        area,
    ]


class OrdersBox(QgsCollapsibleGroupBox):
    """The key's orders and the form to order the dock's area."""

    # An order became downloadable: the dates over it can be searched again.
    order_ready = pyqtSignal(object)

    def __init__(self, iface, runner: TaskRunner, client_factory, area: Callable[[], Aoi | None]):
        super().__init__()
        self.setTitle(tr("Orders"))
        self.setObjectName("orders_box")
        self.iface = iface
        self.runner = runner.with_client(client_factory)
        self.watcher = OrderWatcher(self.runner.client_factory, parent=self)
        self._aligned = False  # the form's reference date was set from an existing order

        headers = [tr("Status"), tr("Model"), tr("Cadence"), tr("Period"), tr("Area")]
        self.tree = flat_tree("orders_list", headers, 80, fitted=range(AREA))
        self.status = text_label("orders_status", tr("Checking your orders…"))
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("orders_refresh")
        self.refresh_button.setToolTip(tr("List your orders and their status again (free)"))
        self.order_button = QPushButton(tr("Order this area…"))
        self.order_button.setObjectName("order_this_area")
        self.cancel_button = QPushButton(tr("Cancel order"))
        self.cancel_button.setObjectName("order_cancel")
        self.cancel_button.setToolTip(tr("Orders still in Review can be cancelled in full"))
        self.cancel_button.setEnabled(False)
        self.form = OrderForm(runner, client_factory, area)
        self.form.setCollapsed(True)
        self.form.hide()  # until asked for: the button is the one way in

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.order_button)
        layout.addWidget(self.form)

        self.refresh_button.clicked.connect(lambda _c=False: self.refresh())
        self.order_button.clicked.connect(lambda _c=False: self.open_form())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel_selected())
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.form.collapsedStateChanged.connect(
            lambda collapsed: collapsed or self.form.load_models()
        )
        self.form.order_created.connect(self._order_created)
        self.watcher.ordersChanged.connect(self._show_orders)
        self.watcher.orderReady.connect(self._order_ready)
        self.watcher.failed.connect(self._failed)

    # Listing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self._say(tr("Checking your orders…"))
        self.watcher.refresh()

    def orders(self) -> list[Order]:
        return list(self.watcher.orders.values())

    def _show_orders(self, orders: list[Order]) -> None:
        self.refresh_button.setEnabled(True)
        self.tree.clear()
        for order in orders:
            item = QTreeWidgetItem(order_row(order))
            item.setToolTip(STATUS, f"{order.status_text}\n{order.guid}")
            self.tree.addTopLevelItem(item)
        in_production = len(self.watcher.in_progress())
        if not orders:
            self._say(
                tr("No orders yet. Downloads work only inside orders: choose an area and order it.")
            )
        elif in_production:
            self._say(
                tr(
                    "{count} order(s) in production: their status is checked every {seconds} s."
                ).format(count=in_production, seconds=self.watcher.timer.interval() // 1000)
            )
        else:
            self._say("")
        self._draw_footprints(orders)
        references = [o.reference_date for o in orders if o.reference_date is not None]
        if references and not self._aligned:  # once: later the user's choice stands
            self._aligned = True
            self.form.set_reference_date(references[0])
        self._selection_changed()

    def _draw_footprints(self, orders: list[Order]) -> None:
        project = QgsProject.instance()
        drawn = any(layer.customProperty(ORDERS_PROPERTY) for layer in project.mapLayers().values())
        if orders or drawn:
            show_order_footprints(project, orders)

    def _failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self._say(user_text(error), ERROR_STYLE)

    def _order_ready(self, order: Order) -> None:
        text = tr("Your {model} order ({period}) is {status}: its dates can be downloaded.").format(
            model=order.model, period=order_period(order), status=order.status_text
        )
        self._say(text, SUCCESS_STYLE)
        self.iface.messageBar().pushMessage(TITLE, text, level=Qgis.MessageLevel.Success)
        self.order_ready.emit(order)

    # Ordering ------------------------------------------------------------------------

    def open_form(self) -> None:
        """Show the order form (its models are asked for when it opens)."""
        self.setCollapsed(False)
        self.form.show()
        if self.form.isCollapsed():
            self.form.setCollapsed(False)  # loads the models through collapsedStateChanged
        else:
            self.form.load_models()

    def _order_created(self, order: Order) -> None:
        self.watcher.watch(order)

    def _selected(self) -> Order | None:
        rows = self.tree.selectedItems()
        if not rows:
            return None
        index = self.tree.indexOfTopLevelItem(rows[0])
        orders = self.orders()
        return orders[index] if 0 <= index < len(orders) else None

    def _selection_changed(self) -> None:
        order = self._selected()
        self.cancel_button.setEnabled(order is not None and order.cancellable)

    def cancel_selected(self) -> None:
        """Cancel the selected order while it is in Review (a full refund), after asking."""
        order = self._selected()
        if order is None or not order.cancellable:
            return
        question = tr(
            "Cancel the {model} order ({period})? It is still in review: it is cancelled in full."
        )
        if not self.form.confirm(
            self,
            tr("Cancel this order?"),
            question.format(model=order.model, period=order_period(order)),
        ):
            return
        self.cancel_button.setEnabled(False)
        self.runner.ask(
            tr("cancel an order"),
            lambda client: client.cancel_order(order.guid),
            lambda _answer: self._cancelled(order),
            self._failed,
        )

    def _cancelled(self, order: Order) -> None:
        # A cancelled order counts as expired: the list (without expired orders) drops it.
        self.refresh()
        self.iface.messageBar().pushMessage(
            TITLE,
            tr("The {model} order ({period}) is cancelled.").format(
                model=order.model, period=order_period(order)
            ),
            level=Qgis.MessageLevel.Info,
        )

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)

    def close_down(self) -> None:
        self.watcher.stop()

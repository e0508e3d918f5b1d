"""Order this area: model, period, cadence, storage; three priced covers; then the order.

The estimates are free; nothing is ordered until the user answers a question that names the
price. Every call runs in a QgsTask through the dock's TaskRunner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidgetItem,
)

from ..core.api.errors import ClearSkyError, InputError
from ..core.api.geometry import Aoi
from ..core.api.i18n import noop, tr
from ..core.api.models import Order, OrderRequest, TaskingModel
from ..core.api.ordering import CoverPrice, cheapest, price_covers
from ..core.qgs.tasks import TaskRunner
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    flat_tree,
    narrow,
    show,
    text_label,
    user_text,
)

COVER, AREA, NOW, MONTHLY, IMAGES = range(5)
MAX_STORAGE_MONTHS = 36
MAX_API_REQUESTS = 50
SHOWN_DATES = 6
# The API's names of the three covers (CoverPrice.cover), as the user reads them.
COVER_NAMES = {"polygon": noop("polygon"), "minitiles": noop("minitiles"), "tiles": noop("tiles")}


def ask_question(parent, title: str, text: str) -> bool:
    """The default confirmation: a Yes/No question, No being the default answer."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def euros(value: float | None, currency: str | None = "EUR") -> str:
    if value is None:
        return "–"
    symbol = "€" if (currency or "EUR").upper() == "EUR" else f"{currency} "
    return f"{symbol}{value:,.2f}"


def cadence_text(frequency: int | None) -> str:
    if frequency in (None, 1):
        return tr("daily") if frequency else "?"
    if frequency == 7:
        return tr("weekly")
    return tr("every {days} days").format(days=frequency)


def cover_name(cover: str) -> str:
    return tr(COVER_NAMES[cover]) if cover in COVER_NAMES else cover


class OrderForm(QgsCollapsibleGroupBox):
    """The settings of a new order over the dock's area, its three prices, and Order."""

    # The order the server created, after the user confirmed its price.
    order_created = pyqtSignal(object)

    def __init__(self, runner: TaskRunner, client_factory, area: Callable[[], Aoi | None]):
        super().__init__()
        self.setTitle(tr("Order this area"))
        self.setObjectName("order_form")
        self.runner = runner.with_client(client_factory)
        self.area = area
        # Drives the "are you sure" question; tests replace it to answer programmatically.
        self.confirm: Callable[[object, str, str], bool] = ask_question
        self.models: list[TaskingModel] = []
        self.prices: list[CoverPrice] = []
        self._models_asked = False
        self._generation = 0
        self._placing = False

        self.model = narrow(QComboBox())
        self.model.setObjectName("order_model")
        self.model.setToolTip(tr("Models the service offers (asked from the server)"))
        this_month = QDate.currentDate()
        this_month = QDate(this_month.year(), this_month.month(), 1)
        self.start = self._date_edit("order_from", this_month, "yyyy-MM")
        self.recurring = QCheckBox(tr("recurring"))
        self.recurring.setToolTip(tr("Renewed (and charged) every month until cancelled"))
        self.recurring.setObjectName("order_recurring")
        self.recurring.setChecked(True)
        self.end = self._date_edit("order_to", this_month.addMonths(1).addDays(-1), "yyyy-MM-dd")
        self.end.setEnabled(False)
        self.frequency = self._spin("order_frequency", 1, 7, 1)
        self.frequency.setToolTip(tr("Days between images: 1 daily … 7 weekly"))
        self.reference = self._date_edit("order_reference", this_month, "yyyy-MM-dd")
        self.reference.setToolTip(
            tr(
                "Images fall on this day and every 'cadence' days from it; keep it the same "
                "across orders to align them"
            )
        )
        self.storage = self._spin("order_storage", 1, MAX_STORAGE_MONTHS, 1)
        self.storage.setToolTip(tr("Months the data stay downloadable"))
        self.api_requests = self._spin("order_api_requests", 1, MAX_API_REQUESTS, 1)
        self.api_requests.setToolTip(
            tr("Downloads per date included in the order (more cost processing units later)")
        )
        self.estimate_button = QPushButton(tr("Estimate the price (free)"))
        self.estimate_button.setObjectName("order_estimate")
        headers = [tr("Cover"), tr("km²"), tr("Now"), tr("Monthly"), tr("Dates")]
        self.covers = flat_tree("order_covers", headers, 90, fitted=range(IMAGES))
        self.covers.setMaximumHeight(110)
        self.covers.setToolTip(
            tr(
                "Billed area, the price this month and per month after (recurring), and the "
                "image dates; ★ marks the cheapest cover. Click a row to order that cover."
            )
        )
        self.summary = text_label("order_summary")
        self.place_button = QPushButton(tr("Order…"))
        self.place_button.setObjectName("order_place")
        self.place_button.setEnabled(False)
        self.status = text_label("order_form_status", hidden=True)

        form = QFormLayout(self)
        form.addRow(tr("Model"), self.model)
        form.addRow(tr("First month"), self.start)
        form.addRow("", self.recurring)
        form.addRow(tr("Last day"), self.end)
        cadence = QHBoxLayout()
        cadence.addWidget(self.frequency)
        cadence.addWidget(self.reference, 1)
        form.addRow(tr("Cadence, from"), cadence)
        form.addRow(tr("Storage months"), self.storage)
        form.addRow(tr("Downloads per date"), self.api_requests)
        form.addRow(self.estimate_button)
        form.addRow(self.covers)
        form.addRow(self.summary)
        form.addRow(self.place_button)
        form.addRow(self.status)

        self.recurring.toggled.connect(self._recurring_toggled)
        for widget in (self.start, self.end, self.reference):
            widget.dateChanged.connect(self.invalidate)
        for spin in (self.frequency, self.storage, self.api_requests):
            spin.valueChanged.connect(self.invalidate)
        self.model.currentIndexChanged.connect(self.invalidate)
        self.estimate_button.clicked.connect(lambda _c=False: self.estimate())
        self.place_button.clicked.connect(lambda _c=False: self.place())
        self.covers.itemSelectionChanged.connect(self._show_choice)

    @staticmethod
    def _date_edit(name: str, value: QDate, display: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(display)
        return edit

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    # Models --------------------------------------------------------------------------

    def load_models(self) -> None:
        """Ask the server for its models once (free); the combo lists them."""
        if self._models_asked and self.models:
            return
        self._models_asked = True
        self._say(tr("Asking for the models…"))
        self.runner.ask(
            tr("list the models"),
            lambda client: client.models(),
            self._models_loaded,
            self._models_failed,
        )

    def _models_loaded(self, models: list[TaskingModel]) -> None:
        self.models = list(models)
        current = self.model.currentText()
        self.model.blockSignals(True)
        self.model.clear()
        for model in self.models:
            self.model.addItem(model.name, model.name)
            self.model.setItemData(
                self.model.count() - 1,
                tr("Needs {inputs}").format(inputs=", ".join(model.required)),
                3,  # Qt.ItemDataRole.ToolTipRole
            )
        index = self.model.findText(current)
        self.model.setCurrentIndex(max(0, index))
        self.model.blockSignals(False)
        self._say("")

    def _models_failed(self, error: Exception) -> None:
        self._models_asked = False
        self._say(user_text(error), ERROR_STYLE)

    def set_reference_date(self, date: dt.date | None) -> None:
        """Align a new order's schedule with the existing ones (same ReferenceDate)."""
        if date is not None:
            self.reference.setDate(QDate(date))

    # The order -----------------------------------------------------------------------

    def request(self) -> OrderRequest:
        """The order as set in the form, over the dock's area (the polygon cover)."""
        aoi = self.area()
        if aoi is None:
            raise InputError(tr("Choose an area first: the order covers the dock's area."))
        chosen = next((m for m in self.models if m.name == self.model.currentText()), None)
        if chosen is None:
            raise InputError(tr("No model yet: wait for the list of models, or refresh."))
        end = None if self.recurring.isChecked() else self.end.date().toPyDate()
        return OrderRequest(
            model=chosen.name,
            constellations=tuple(chosen.required),
            start=self.start.date().toPyDate(),
            end=end,
            image_frequency=self.frequency.value(),
            reference_date=self.reference.date().toPyDate(),
            storage_months=self.storage.value(),
            api_requests=self.api_requests.value(),
            aoi=aoi,
        )

    def invalidate(self, *_args) -> None:
        """The prices shown no longer match the form: drop them."""
        self._generation += 1
        self.prices = []
        self.covers.clear()
        self.summary.setText("")
        self.place_button.setEnabled(False)
        self.place_button.setText(tr("Order…"))

    def _recurring_toggled(self, recurring: bool) -> None:
        self.end.setEnabled(not recurring)
        self.invalidate()

    def estimate(self) -> None:
        """Price the area as drawn, as minitiles and as tiles (three free estimates)."""
        try:
            order = self.request()
        except ClearSkyError as exc:
            self._say(str(exc), ERROR_STYLE)
            return
        self.invalidate()
        generation = self._generation
        self.estimate_button.setEnabled(False)
        self._say(tr("Pricing the area as a polygon, as minitiles and as tiles (free)…"))
        self.runner.ask(
            tr("estimate an order"),
            lambda client: price_covers(client, order),
            lambda prices: self._priced(generation, prices),
            lambda error: self._estimate_failed(generation, error),
        )

    def _priced(self, generation: int, prices: list[CoverPrice]) -> None:
        if generation != self._generation:
            return
        self.estimate_button.setEnabled(True)
        self.prices = list(prices)
        best = cheapest(self.prices)
        self.covers.clear()
        for price in self.prices:
            item = QTreeWidgetItem(self._row(price, price is best))
            if price.error is not None:
                item.setToolTip(COVER, user_text(price.error))
            if price is best:
                item.setToolTip(COVER, tr("The cheapest cover"))
                font = QFont(item.font(COVER))
                font.setBold(True)
                for column in range(IMAGES + 1):
                    item.setFont(column, font)
            self.covers.addTopLevelItem(item)
            if price is best:
                item.setSelected(True)
        if best is None:
            reasons = {user_text(p.error) for p in self.prices if p.error is not None}
            self._say(" ".join(sorted(reasons)) or tr("No price came back."), ERROR_STYLE)
        else:
            self._say("")
        self._show_choice()

    def _row(self, price: CoverPrice, best: bool) -> list[str]:
        cover = cover_name(price.cover)
        if best:
            cover = "★ " + cover
        estimate = price.estimate
        if estimate is None:
            return [cover, "–", "–", "–", tr("not priced")]
        area = f"{estimate.area_km2:,.2f}" if estimate.area_km2 is not None else "–"
        monthly = (
            euros(estimate.recurring_eur, estimate.currency) if price.request.end is None else "–"
        )
        return [
            cover,
            area,
            euros(estimate.current_month_eur, estimate.currency),
            monthly,
            str(len(estimate.image_dates)),
        ]

    def _estimate_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.estimate_button.setEnabled(True)
            self._say(user_text(error), ERROR_STYLE)

    def chosen(self) -> CoverPrice | None:
        """The cover whose row is selected (the cheapest unless the user picked another)."""
        rows = self.covers.selectedItems()
        if not rows:
            return None
        price = self.prices[self.covers.indexOfTopLevelItem(rows[0])]
        return price if price.estimate is not None else None

    def _show_choice(self) -> None:
        price = self.chosen()
        self.place_button.setEnabled(price is not None and not self._placing)
        if price is None:
            self.summary.setText("")
            self.place_button.setText(tr("Order…"))
            return
        estimate = price.estimate
        self.place_button.setText(
            tr("Order as {cover} ({price})…").format(
                cover=cover_name(price.cover),
                price=euros(estimate.current_month_eur, estimate.currency),
            )
        )
        dates = [d.isoformat() for d in estimate.image_dates]
        shown = ", ".join(dates[:SHOWN_DATES]) + (" …" if len(dates) > SHOWN_DATES else "")
        text = tr("{count} image dates this period: {dates}.").format(count=len(dates), dates=shown)
        if not dates:
            text = tr("The estimate lists no image dates for this period.")
        if estimate.cancellation_date:
            text += " " + tr("Cancellable until {date}.").format(date=estimate.cancellation_date)
        show(self.summary, text, INFO_STYLE)

    def price_sentence(self, price: CoverPrice) -> str:
        """What the confirmation question says the order costs."""
        estimate = price.estimate
        now = euros(estimate.current_month_eur, estimate.currency)
        if price.request.end is None:
            return tr("{now} this month, then {monthly} per month until cancelled").format(
                now=now, monthly=euros(estimate.recurring_eur, estimate.currency)
            )
        return now

    def place(self) -> None:
        """Ask the user to accept the price, then create the order (EUR are charged)."""
        price = self.chosen()
        if price is None or self._placing:
            return
        request, estimate = price.request, price.estimate
        period = (
            tr("from {start}, recurring").format(start=request.start.replace(day=1))
            if request.end is None
            else f"{request.start.replace(day=1)}..{request.end}"
        )
        question = tr(
            "Order {area} km² as {cover} with {model}, {cadence}, {period}, {storage} storage "
            "month(s), {requests} download(s) per date?\n\nPrice: {price}. The euros are taken "
            "from your balance when the order is created."
        ).format(
            area=f"{estimate.area_km2:,.2f}" if estimate.area_km2 is not None else "?",
            cover=cover_name(price.cover),
            model=request.model,
            cadence=cadence_text(request.image_frequency),
            period=period,
            storage=request.storage_months,
            requests=request.api_requests,
            price=self.price_sentence(price),
        )
        if not self.confirm(self, tr("Place this order?"), question):
            self._say(tr("Not ordered."))
            return
        self._placing = True
        self.place_button.setEnabled(False)
        self._say(tr("Placing the order…"))
        self.runner.ask(
            tr("place an order"),
            lambda client: client.create_order(request),
            self._placed,
            self._refused,
        )

    def _placed(self, order: Order) -> None:
        self._placing = False
        self.invalidate()
        self._say(
            tr("Ordered: {status}. It is watched until its images can be downloaded.").format(
                status=order.status_text
            ),
            SUCCESS_STYLE,
        )
        self.order_created.emit(order)

    def _refused(self, error: Exception) -> None:
        self._placing = False
        self._show_choice()
        self._say(tr("Not ordered: {reason}").format(reason=user_text(error)), ERROR_STYLE)

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)

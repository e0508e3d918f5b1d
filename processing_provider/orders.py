"""Ordering: clearsky:orderestimate, clearsky:order, clearsky:orders, clearsky:cancelorder and
clearsky:waitorder. Orders come first: a key downloads only dates inside its orders."""

from __future__ import annotations

import time

from qgis.core import (
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm

AREA_KM2 = "AREA_KM2"
COST_EUR = "COST_EUR"
RECURRING_EUR = "RECURRING_EUR"
IMAGE_DATES = "IMAGE_DATES"
INCLUDE_EXPIRED = "INCLUDE_EXPIRED"
TIMEOUT_MINUTES = "TIMEOUT_MINUTES"
OUTPUT = "OUTPUT"

# The help paragraphs both order algorithms share (noop-marked; see p.help_string).
ORDER_HELP = (
    p.ORDER_AREA_HELP,
    noop(
        "MODEL: from 'List models' (empty: Stratus2); the model's required constellations are "
        "ordered. START_DATE: the order starts on the first of its month. END_DATE: the last "
        "date; empty makes the order recurring (renewed and charged every month until "
        "cancelled). IMAGE_FREQUENCY: an image every 1 (daily) to 7 (weekly) days, counted "
        "from REFERENCE_DATE (empty: the first month). STORAGE_MONTHS: how long the data stay "
        "downloadable beyond the included window. API_REQUESTS: downloads per area and date "
        "the order includes (one is included; each further download costs processing units)."
    ),
)
WAIT_STEPS = ("Review", "Preparing", "AwaitingSatelliteProducts", "Processing")


def add_order_outputs(algorithm) -> None:
    for name, label in (
        (AREA_KM2, tr("Billed area (km2)")),
        (COST_EUR, tr("Cost this month (EUR)")),
        (RECURRING_EUR, tr("Cost of each further month (EUR; recurring orders)")),
    ):
        algorithm.addOutput(QgsProcessingOutputNumber(name, label))
    algorithm.addOutput(QgsProcessingOutputString(IMAGE_DATES, tr("Image dates (YYYY-MM-DD)")))


def report_estimate(estimate, request, feedback) -> dict:
    """Log an order estimate; its outputs."""
    currency = f" {estimate.currency or 'EUR'}"
    if request.end is None:
        text = tr(
            "Order {model} recurring from {start}: {area}, {cost} this month, {recurring} each "
            "further month, {count} image date(s)."
        )
    else:
        text = tr(
            "Order {model} from {start} to {end}: {area}, {cost} this month, {count} image date(s)."
        )
    feedback.pushInfo(
        text.format(
            model=request.model,
            start=request.start,
            end=request.end,
            area=p.number_text(estimate.area_km2, " km2"),
            cost=p.number_text(estimate.current_month_eur, currency),
            recurring=p.number_text(estimate.recurring_eur, currency),
            count=len(estimate.image_dates),
        )
    )
    return {
        AREA_KM2: estimate.area_km2,
        COST_EUR: estimate.current_month_eur,
        RECURRING_EUR: estimate.recurring_eur,
        IMAGE_DATES: ",".join(day.isoformat() for day in estimate.image_dates),
    }


def price_refusal(estimate, request, max_eur: float):
    """Why an order must not be placed under ``max_eur``, or None."""
    from ..core.api.errors import InputError

    cost = estimate.current_month_eur
    if cost is None:
        return InputError(
            tr(
                "The estimate gave no price, so MAX_EUR cannot be checked: nothing was ordered. "
                "Place this order in the dock's Orders section, where the estimate is shown."
            )
        )
    if cost > max_eur:
        return InputError(
            tr(
                "The order would cost {cost:g} EUR, more than the maximum of {maximum:g} EUR "
                "you set: nothing was ordered. Raise MAX_EUR, or order a smaller area or period."
            ).format(cost=cost, maximum=max_eur)
        )
    recurring = estimate.recurring_eur
    if request.end is None and recurring is not None and recurring > max_eur:
        return InputError(
            tr(
                "The order would renew at {cost:g} EUR a month, more than the maximum of "
                "{maximum:g} EUR you set: nothing was ordered. Give an END_DATE or raise MAX_EUR."
            ).format(cost=recurring, maximum=max_eur)
        )
    return None


class OrderEstimateAlgorithm(ClearSkyAlgorithm):
    NAME = "orderestimate"
    DISPLAY = noop("Estimate order")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "What ordering imagery of an area and period would cost, and its image dates. "
            "Free: nothing is ordered. Estimates assume no change to your other orders this "
            "month; the price charged can differ slightly."
        ),
        *ORDER_HELP,
        noop(
            "Outputs: AREA_KM2 (billed), COST_EUR (charged when ordering, this month), "
            "RECURRING_EUR (each further month of a recurring order), IMAGE_DATES "
            "(comma-separated)."
        ),
    )

    def define(self) -> None:
        p.add_order_settings(self)
        add_order_outputs(self)

    def execute(self, parameters, context, feedback) -> dict:
        client = self.client(feedback)
        request = p.order_request(self, parameters, context, feedback, client)
        return report_estimate(client.order_estimate(request), request, feedback)


class OrderAlgorithm(ClearSkyAlgorithm):
    NAME = "order"
    DISPLAY = noop("Place order")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "Orders imagery of an area and period: costs euros (your order credits), charged "
            "now. The order is estimated first; when its price this month (or, for a recurring "
            "order, each month) is above MAX_EUR nothing is sent and the run fails. An order in "
            "Review can be cancelled in full ('Cancel order')."
        ),
        *ORDER_HELP,
        noop(
            "Outputs: ORDER_ID (give it to 'Wait for order'), STATUS (Review, Preparing, ...), "
            "COST_EUR (the estimated charge). Data appear as the order is produced: 'Wait for "
            "order' waits until it can be downloaded."
        ),
    )

    def define(self) -> None:
        p.add_order_settings(self)
        p.add(
            self,
            QgsProcessingParameterNumber(
                p.MAX_EUR,
                tr("Refuse if the order costs more than (EUR)"),
                p.DOUBLE,
                minValue=0,
            ),
            tr("The order is estimated first and refused, with nothing sent, above this."),
        )
        self.addOutput(QgsProcessingOutputString(p.ORDER_ID, tr("Order id")))
        self.addOutput(QgsProcessingOutputString(p.STATUS, tr("Order status")))
        self.addOutput(QgsProcessingOutputNumber(COST_EUR, tr("Cost (EUR)")))

    def execute(self, parameters, context, feedback) -> dict:
        client = self.client(feedback)
        request = p.order_request(self, parameters, context, feedback, client)
        estimate = client.order_estimate(request)
        report_estimate(estimate, request, feedback)
        refusal = price_refusal(
            estimate, request, self.parameterAsDouble(parameters, p.MAX_EUR, context)
        )
        if refusal:
            raise refusal
        if feedback.isCanceled():
            from ..core.api.errors import CancelledError

            raise CancelledError(tr("Cancelled before ordering: nothing was ordered."))
        order = client.create_order(request)
        feedback.pushInfo(
            tr("Order {order}: {status}").format(order=order.guid, status=order.status_text)
        )
        return {
            p.ORDER_ID: order.guid,
            p.STATUS: order.status,
            COST_EUR: estimate.current_month_eur,
        }


def order_geometry(client, order) -> QgsGeometry | None:
    """The order's area in EPSG:4326 (its polygons, or its tiles' footprints)."""
    parts: list[QgsGeometry] = []
    if order.wkt:
        parts = QgsGeometry.fromWkt(order.wkt).asGeometryCollection()
    elif order.tiles or order.minitiles:
        found = client.search_tiles(
            tile_guids=tuple(order.tiles), minitile_guids=tuple(order.minitiles)
        )
        parts = [QgsGeometry.fromWkt(tile.wkt) for tile in found if tile.wkt]
    parts = [part for part in parts if not part.isEmpty()]
    if not parts:
        return None
    geometry = QgsGeometry.unaryUnion(parts)
    geometry.convertToMultiType()
    return geometry


class OrdersAlgorithm(ClearSkyAlgorithm):
    NAME = "orders"
    DISPLAY = noop("List orders")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "Your key's orders as a polygon layer (EPSG:4326): ORDER_ID, STATUS, MODEL, "
            "START_DATE, END_DATE (empty: recurring), IMAGE_FREQUENCY (days between images) "
            "and AREA_KM2. Free. Tile orders are drawn as their tiles. INCLUDE_EXPIRED also "
            "lists orders whose period and storage have ended."
        ),
        noop(
            "Status: Review (paid, awaiting review, cancellable), Preparing, "
            "AwaitingSatelliteProducts, Processing (production running), Completed (a fixed "
            "period fully produced), UpToDate (a recurring order caught up), Canceled."
        ),
    )

    def define(self) -> None:
        p.add(
            self,
            QgsProcessingParameterBoolean(INCLUDE_EXPIRED, tr("Include expired orders"), False),
            tr("Also the orders whose period and storage have ended."),
        )
        p.add(
            self,
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Orders"), p.POLYGONS),
            tr(
                "A polygon layer (EPSG:4326) with one feature per order: polygon orders "
                "as ordered, tile orders as their tiles."
            ),
        )

    def execute(self, parameters, context, feedback) -> dict:
        client = self.client(feedback)
        expired = self.parameterAsBoolean(parameters, INCLUDE_EXPIRED, context)
        orders = client.orders(include_expired=expired)
        columns = (
            (p.ORDER_ID, "string"),
            (p.STATUS, "string"),
            (p.MODEL, "string"),
            (p.START_DATE, "date"),
            (p.END_DATE, "date"),
            (p.IMAGE_FREQUENCY, "int"),
            (AREA_KM2, "double"),
        )
        destination, write = p.output_sink(
            self, parameters, context, OUTPUT, columns, wgs84_polygons=True
        )
        for order in p.each(orders, feedback):
            write(
                [
                    order.guid,
                    order.status,
                    order.model,
                    QDate(order.start) if order.start else None,
                    QDate(order.end) if order.end else None,
                    order.image_frequency,
                    order.area_km2,
                ],
                order_geometry(client, order),
            )
            feedback.pushInfo(
                tr("{order}: {status}, {model}, {start} to {end}").format(
                    order=order.guid,
                    status=order.status_text,
                    model=order.model,
                    start=order.start,
                    end=order.end or tr("recurring"),
                )
            )
        feedback.pushInfo(tr("{count} order(s)").format(count=len(orders)))
        return {OUTPUT: destination}


def add_order_id(algorithm) -> None:
    p.add(
        algorithm,
        QgsProcessingParameterString(p.ORDER_ID, tr("Order id")),
        tr(
            "The order's id (TaskOrderGuid): the ORDER_ID output of 'Place order' or the "
            "ORDER_ID field of 'List orders'."
        ),
    )


def order_id(algorithm, parameters, context) -> str:
    from ..core.api.errors import InputError

    guid = (algorithm.parameterAsString(parameters, p.ORDER_ID, context) or "").strip()
    if not guid:
        raise InputError(tr("No order id given: use ORDER_ID from 'Place order' or 'List orders'."))
    return guid


def order_status(client, guid: str):
    """The order's current details; a clear error when the key has no such order."""
    from ..core.api.errors import InputError

    found = [order for order in client.order_details([guid]) if order.guid == guid]
    if not found:
        raise InputError(
            tr("Your key has no order {order}: check the id with 'List orders'.").format(order=guid)
        )
    return found[0]


class CancelOrderAlgorithm(ClearSkyAlgorithm):
    NAME = "cancelorder"
    DISPLAY = noop("Cancel order")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "Cancels an order. An order still in Review is cancelled in full and its euros "
            "refunded. A recurring order after Review stops renewing: it runs to the end of "
            "the month and what was produced stays downloadable. A fixed-period order after "
            "Review cannot be cancelled (production is paid for); the server says so."
        ),
        noop(
            "STATUS is the order's status afterwards (Canceled, or the running status of a "
            "recurring order that will not renew). Cancel before 00:00 UTC on the 1st to "
            "avoid the next month's charge."
        ),
    )

    def define(self) -> None:
        add_order_id(self)
        self.addOutput(QgsProcessingOutputString(p.STATUS, tr("Order status")))

    def execute(self, parameters, context, feedback) -> dict:
        guid = order_id(self, parameters, context)
        client = self.client(feedback)
        order = client.cancel_order(guid) or order_status(client, guid)
        if order.status == "Canceled":
            feedback.pushInfo(tr("Order {order} is cancelled.").format(order=guid))
        else:
            feedback.pushInfo(
                tr("Order {order} will not renew; it stays {status} until {end}.").format(
                    order=guid,
                    status=order.status_text,
                    end=order.end or tr("the end of the month"),
                )
            )
        return {p.STATUS: order.status}


class WaitOrderAlgorithm(ClearSkyAlgorithm):
    NAME = "waitorder"
    DISPLAY = noop("Wait for order")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "Waits until an order can be downloaded (status Completed or UpToDate), polling "
            "its status, then lists its image dates over the ordered area. Free. Cancel stops "
            "the waiting (the order goes on)."
        ),
        noop(
            "TIMEOUT_MINUTES: give up after this long (the order goes on; run again later). "
            "Outputs: STATUS and DATES (the dates fully covered over the order's area, "
            "comma-separated YYYY-MM-DD, ready for the DATES of 'Download imagery')."
        ),
    )

    def define(self) -> None:
        add_order_id(self)
        p.add(
            self,
            QgsProcessingParameterNumber(
                TIMEOUT_MINUTES, tr("Give up after (minutes)"), p.DOUBLE, 60, minValue=0
            ),
            tr(
                "Orders usually take hours to days to produce; models that wait need a "
                "long timeout or a second run."
            ),
        )
        self.addOutput(QgsProcessingOutputString(p.STATUS, tr("Order status")))
        self.addOutput(QgsProcessingOutputString(p.DATES, tr("Image dates")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import CancelledError, ClearSkyError, NoDataError

        guid = order_id(self, parameters, context)
        timeout = 60 * self.parameterAsDouble(parameters, TIMEOUT_MINUTES, context)
        client = self.client(feedback)
        deadline = time.monotonic() + timeout
        pause, last = 0.5, None
        while True:
            order = order_status(client, guid)
            if order.status != last:
                feedback.pushInfo(
                    tr("Order {order}: {status}").format(order=guid, status=order.status_text)
                )
                last = order.status
                if order.status in WAIT_STEPS:
                    feedback.setProgress(90 * (WAIT_STEPS.index(order.status) + 1) / 5)
            if order.downloadable:
                break
            if order.status == "Canceled":
                raise NoDataError(
                    tr("Order {order} was cancelled: reorder to get its data.").format(order=guid)
                )
            if time.monotonic() >= deadline:
                raise ClearSkyError(
                    tr(
                        "Order {order} is still {status} after {minutes:g} minutes: it goes "
                        "on; run this again later."
                    ).format(order=guid, status=order.status_text, minutes=timeout / 60)
                )
            end = min(deadline, time.monotonic() + pause)
            while time.monotonic() < end:  # small steps, so Cancel answers at once
                if feedback.isCanceled():
                    raise CancelledError(tr("Cancelled waiting: the order goes on."))
                time.sleep(0.1)
            pause = min(30.0, pause * 1.5)
        days = order_dates(client, order)
        feedback.setProgress(100)
        feedback.pushInfo(tr("{count} date(s) ready over the order's area").format(count=len(days)))
        return {p.STATUS: order.status, p.DATES: ",".join(day.isoformat() for day in days)}


def order_dates(client, order) -> list:
    """The fully covered dates over the order's area within its period."""
    import datetime as dt

    from ..core.api.geometry import Aoi
    from ..core.api.models import Coverage

    geometry = order_geometry(client, order)
    if geometry is None or order.start is None:
        return []
    today = dt.datetime.now(dt.timezone.utc).date()
    end = min(order.end or today, today)
    if end < order.start:
        return []
    aoi = Aoi.from_wkt(geometry.asWkt(), "EPSG:4326", tr("Order"))
    found = client.search_dates(aoi, order.start, end, model=order.model)
    return sorted(
        {
            d.date
            for d in found
            if d.coverage is Coverage.FULL and (not d.model or d.model == order.model)
        }
    )

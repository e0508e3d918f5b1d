"""Orders in the dock: listing, pricing an area three ways, ordering, watching, downloading."""

from __future__ import annotations

import datetime as dt

import pytest
import world
from dock_fixtures import (  # noqa: F401
    LEFT,
    WAIT_MS,
    download,
    open_dock_fixture,
    search,
    tick,
    wait_estimate,
)
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsMultiBandColorRenderer,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate
from world import JUNE

from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import OrderRequest
from clearsky_vision.core.qgs.layers import ORDERS_LAYER
from clearsky_vision.ui.date_list import COST, READY
from clearsky_vision.ui.order_form import AREA, COVER, NOW

# Land near the demo fields that no key has ordered (tests/world.py once it names it).
SECOND_AOI = getattr(
    world, "SECOND_AOI", Aoi.from_bounds(10.20, 55.60, 10.26, 55.63, name="Second area")
)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
ORDER_PATH = "/api/tasking/orders"


class Answers:
    """Stands in for the question box: records each question and answers ``yes``."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.yes


@pytest.fixture
def unordered(open_dock, qtbot):
    """The dock for a key without orders, its area the second (unordered) area."""
    opened = open_dock(demo_order=False)
    dock = opened.dock
    qtbot.waitUntil(lambda: dock.orders_box.watcher.loaded, timeout=WAIT_MS)
    dock.aoi_box.set_geometry(QgsGeometry.fromWkt(SECOND_AOI.wkt), WGS84, "Second area")
    return opened


def fill_form(dock, qtbot, recurring: bool = False):
    """Open "Order this area", wait for the models, choose June 2024 every other day."""
    form = dock.orders_box.form
    qtbot.mouseClick(dock.orders_box.order_button, LEFT)
    qtbot.waitUntil(lambda: form.model.count() > 0, timeout=WAIT_MS)
    form.recurring.setChecked(recurring)
    form.start.setDate(QDate(2024, 6, 1))
    form.end.setDate(QDate(2024, 6, 30))
    form.frequency.setValue(2)
    form.reference.setDate(QDate(2024, 6, 1))
    return form


def estimate_covers(form, qtbot) -> None:
    qtbot.mouseClick(form.estimate_button, LEFT)

    def priced() -> None:
        assert form.covers.topLevelItemCount() == 3, form.status.text()
        assert form.estimate_button.isEnabled()

    qtbot.waitUntil(priced, timeout=WAIT_MS)


def rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def euro_value(text: str) -> float:
    return float(text.replace("€", "").replace(",", ""))


def footprint_layers():
    return QgsProject.instance().mapLayersByName(ORDERS_LAYER)


def test_an_area_outside_every_order_says_so_and_offers_ordering(unordered, qtbot):
    dock = unordered.dock
    search(dock, qtbot)
    status = dock.dates_box.status.text()
    assert "it is not covered by any of your orders" in status
    assert '<a href="order">Order this area</a>' in status
    assert dock.dates_box.items == {}
    assert dock.orders_box.status.text().startswith("No orders yet.")
    dock.dates_box.status.linkActivated.emit("order")
    form = dock.orders_box.form
    assert not form.isCollapsed()
    qtbot.waitUntil(lambda: form.model.count() > 0, timeout=WAIT_MS)  # from GET models


def test_three_covers_are_priced_side_by_side_and_the_cheapest_is_marked(
    unordered, qtbot, make_client, emulator
):
    dock = unordered.dock
    form = fill_form(dock, qtbot)
    estimate_covers(form, qtbot)
    table = rows(form.covers)
    assert [row[COVER].replace("★ ", "") for row in table] == ["polygon", "minitiles", "tiles"]
    marked = [row for row in table if row[COVER].startswith("★ ")]
    assert len(marked) == 1
    prices = [euro_value(row[NOW]) for row in table if row[NOW] != "–"]
    assert euro_value(marked[0][NOW]) == min(prices)
    assert form.covers.selectedItems()[0].text(COVER) == marked[0][COVER]

    # The polygon row is what the client prices for the same order.
    client = make_client(unordered.key)
    expected = client.order_estimate(form.request())
    assert table[0][NOW] == f"€{expected.current_month_eur:,.2f}"
    assert table[0][AREA] == f"{expected.area_km2:,.2f}"
    assert form.summary.text().startswith(f"{len(expected.image_dates)} image dates")
    assert len(expected.image_dates) == 15  # every other day of June from the 1st

    # Another cover, then "No" to the question: nothing is ordered, nothing is charged.
    euros = emulator.euros(unordered.key)
    form.covers.setCurrentItem(form.covers.topLevelItem(2))  # as a click on the row does
    assert form.place_button.text().startswith("Order as tiles (€")
    form.confirm = Answers(yes=False)
    qtbot.mouseClick(form.place_button, LEFT)
    assert form.confirm.asked and form.confirm.asked[0][0] == "Place this order?"
    assert form.status.text() == "Not ordered."
    assert emulator.euros(unordered.key) == euros
    placed = [
        e
        for e in emulator.request_log
        if e["key"] == unordered.key and e["path"] == ORDER_PATH and e["method"] == "POST"
    ]
    assert placed == []


def test_order_an_area_watch_it_and_download_its_dates(unordered, qtbot, emulator, qgis_iface):
    opened = unordered
    dock = opened.dock
    search(dock, qtbot)  # nothing yet: the area is not ordered
    assert dock.dates_box.items == {}

    form = fill_form(dock, qtbot)
    estimate_covers(form, qtbot)
    best = form.chosen()
    assert best is not None and best.cover == "polygon"
    price = best.estimate.current_month_eur
    euros_before = emulator.euros(opened.key)
    form.confirm = Answers(yes=True)
    with qtbot.waitSignal(form.order_created, timeout=WAIT_MS):
        qtbot.mouseClick(form.place_button, LEFT)
    ((title, question),) = form.confirm.asked
    assert title == "Place this order?"
    assert f"€{price:,.2f}" in question and best.request.model in question
    assert emulator.euros(opened.key) == pytest.approx(euros_before - price, abs=0.01)

    # The order is listed, drawn once, and watched while in production.
    watcher = dock.orders_box.watcher
    (order,) = dock.orders_box.orders()
    assert order.status == "Review" and order.in_progress
    assert rows(dock.orders_box.tree)[0][1:4] == [
        order.model,
        "every 2 days",
        "2024-06-01..2024-06-30",
    ]
    assert watcher.timer.isActive()
    (layer,) = footprint_layers()
    assert layer.featureCount() == 1
    qtbot.mouseClick(dock.orders_box.refresh_button, LEFT)
    qtbot.waitUntil(lambda: dock.orders_box.refresh_button.isEnabled(), timeout=WAIT_MS)
    assert len(footprint_layers()) == 1 and footprint_layers()[0].featureCount() == 1

    # Review -> Preparing -> AwaitingSatelliteProducts -> Processing -> Completed.
    emulator.advance_orders(steps=4)
    with qtbot.waitSignal(watcher.orderReady, timeout=WAIT_MS) as ready:
        watcher.poll()
    assert ready.args[0].status == "Completed"
    assert not watcher.timer.isActive()  # nothing left in production
    successes = opened.messages(Qgis.MessageLevel.Success)
    assert any("its dates can be downloaded" in text for text in successes)

    # The dates of the order: ready, and their first download is included.
    search(dock, qtbot)
    listed = dock.dates_box.row_texts()
    every_other_day = {
        (dt.date(2024, 6, 1) + dt.timedelta(days=2 * i)).isoformat() for i in range(15)
    }
    # Only the order's dates, and those the world has imagery for.
    assert len(listed) >= 10 and {row[0] for row in listed} <= every_other_day
    assert {row[READY] for row in listed} == {"ready"}
    assert {row[COST] for row in listed} == {"0 (included)"}
    units_before = emulator.units(opened.key)
    first, third = dt.date(2024, 6, 1), dt.date(2024, 6, 5)
    tick(dock, first, third)
    assert dock.order_box.download_button.text() == "Download 2 date(s) (included in your order)"
    download(dock, qtbot)

    group = QgsProject.instance().layerTreeRoot().findGroup(f"Second area {JUNE[0]}..{JUNE[1]}")
    layers = [node.layer() for node in group.findLayers()]
    assert [layer.name() for layer in layers] == ["2024-06-05", "2024-06-01"]
    for layer in layers:
        renderer = layer.renderer()
        assert isinstance(renderer, QgsMultiBandColorRenderer)
        assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (3, 2, 1)
        assert "Processing units: 0" in layer.metadata().abstract()
    assert emulator.units(opened.key) == units_before  # included downloads cost no PU
    assert dock.order_box.status.text().startswith("2 dates added (0 processing units).")


def test_orders_are_listed_with_their_footprint_and_not_polled_when_done(open_dock, qtbot):
    dock = open_dock().dock  # a key with the demo order (recurring, up to date)
    watcher = dock.orders_box.watcher
    qtbot.waitUntil(lambda: watcher.loaded, timeout=WAIT_MS)
    (row,) = rows(dock.orders_box.tree)
    assert row[0].startswith("Up to date") and row[2] == "daily"
    assert row[3] == "from 2023-01-01, recurring"
    assert not watcher.timer.isActive()
    (layer,) = footprint_layers()
    feature = next(layer.getFeatures())
    assert feature["status"].startswith("Up to date")
    assert (
        feature.geometry()
        .boundingBox()
        .contains(QgsGeometry.fromWkt(world.DEMO_AOI.wkt).boundingBox())
    )
    assert not dock.orders_box.cancel_button.isEnabled()


def test_order_request_from_the_form_is_what_the_user_chose(unordered, qtbot):
    form = fill_form(unordered.dock, qtbot, recurring=True)
    form.storage.setValue(3)
    form.api_requests.setValue(2)
    request = form.request()
    assert isinstance(request, OrderRequest)
    assert request.end is None and request.start == dt.date(2024, 6, 1)
    assert (request.image_frequency, request.storage_months, request.api_requests) == (2, 3, 2)
    assert request.reference_date == dt.date(2024, 6, 1)
    assert request.aoi is not None and request.aoi.area_km2 == pytest.approx(
        SECOND_AOI.area_km2, rel=1e-3
    )


def test_an_order_in_review_can_be_cancelled_for_a_full_refund(unordered, qtbot, emulator):
    dock = unordered.dock
    form = fill_form(dock, qtbot, recurring=True)
    estimate_covers(form, qtbot)
    euros = emulator.euros(unordered.key)
    form.confirm = Answers(yes=True)
    with qtbot.waitSignal(form.order_created, timeout=WAIT_MS):
        qtbot.mouseClick(form.place_button, LEFT)
    assert "per month until cancelled" in form.confirm.asked[0][1]
    assert emulator.euros(unordered.key) < euros
    tree = dock.orders_box.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    assert dock.orders_box.cancel_button.isEnabled()
    qtbot.mouseClick(dock.orders_box.cancel_button, LEFT)
    assert form.confirm.asked[-1][0] == "Cancel this order?"
    # Cancelled orders are no longer listed (the list leaves expired orders out).
    qtbot.waitUntil(lambda: dock.orders_box.orders() == [], timeout=WAIT_MS)
    assert any(m.endswith("is cancelled.") for m in unordered.messages(Qgis.MessageLevel.Info))
    assert footprint_layers()[0].featureCount() == 0
    assert emulator.euros(unordered.key) == pytest.approx(euros, abs=0.01)
    assert not dock.orders_box.watcher.timer.isActive()


def test_dates_of_an_area_partly_outside_the_orders_say_so(open_dock, qtbot):
    opened = open_dock()  # the demo order ends at lon 10.05
    dock = opened.dock
    straddling = Aoi.from_bounds(10.03, 55.60, 10.08, 55.62, name="Order edge")
    dock.aoi_box.set_geometry(QgsGeometry.fromWkt(straddling.wkt), WGS84, "Order edge")
    search(dock, qtbot, dt.date(2024, 6, 1), dt.date(2024, 6, 5))
    listed = dock.dates_box.row_texts()
    assert listed and {row[READY] for row in listed} == {"not ordered"}
    reason = dock.dates_box.items[dt.date(2024, 6, 3)].toolTip(READY)
    assert "Order this area" in reason
    status = dock.dates_box.status.text()
    assert "are outside your orders and cannot be downloaded" in status
    assert '<a href="order">Order this area</a>' in status
    tick(dock, dt.date(2024, 6, 3))
    assert dock.order_box.refusal.text().startswith("2024-06-03: Your orders do not cover")
    assert not dock.order_box.download_button.isEnabled()

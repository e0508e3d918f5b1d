"""Downloading from the dock: layers, styles, time, metadata, files, errors, limits, cancel."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from dock_fixtures import (  # noqa: F401
    LEFT,
    WAIT_MS,
    download,
    open_dock_fixture,
    search,
    tick,
)
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsSingleBandPseudoColorRenderer,
    QgsTemporalNavigationObject,
)
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from resilience_checks import settled_units

from clearsky_vision.core.qgs import tasks
from clearsky_vision.core.qgs.enums import DAYS, USER_DEFINED_LIMITS
from clearsky_vision.ui.date_list import STATUS

JUNE_3, JUNE_4, JUNE_5, JUNE_7 = (dt.date(2024, 6, d) for d in (3, 4, 5, 7))
COMPOSITE = "/api/satelliteimages/process/composite"
GROUP = "Map extent 2024-06-01..2024-06-30"


@pytest.fixture
def ready(open_dock, qtbot):
    """``ready(**key_limits)``: the dock with the demo fields searched for June."""

    def make(**limits):
        opened = open_dock(**limits)
        opened.dock.aoi_box.use_canvas_extent()
        search(opened.dock, qtbot)
        return opened

    return make


def group_layers(name: str = GROUP):
    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    return [node.layer() for node in group.findLayers()] if group else []


def paid_requests(emulator, key: str) -> list[dict]:
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def download_tasks() -> list[str]:
    """Our download tasks in QGIS's task manager, as its panel lists them."""
    return sorted(
        task.description()
        for task in QgsApplication.taskManager().activeTasks()
        if task.description().startswith("ClearSKY Vision: download")
    )


def test_dates_become_true_colour_layers_on_the_temporal_controller(
    ready, qtbot, qgis_iface, emulator, caplog
):
    caplog.set_level(logging.DEBUG, logger="clearsky_vision")
    canvas = qgis_iface.mapCanvas()
    # Owned by the canvas (as QGIS's Temporal Controller is): the canvas outlives this test.
    navigation = canvas.temporalController() or QgsTemporalNavigationObject(canvas)
    canvas.setTemporalController(navigation)
    opened = ready(processing_units=500)
    dock = opened.dock
    assert dock.session.plan.total_units == 0  # the demo order's included download
    tick(dock, JUNE_3, JUNE_5)
    # Slow enough to look at the dock and the task manager while the dates download.
    emulator.add_fault(opened.key, "slow_first_byte", times=-1, path=COMPOSITE, delay=0.5)
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    expected = ["ClearSKY Vision: download 2024-06-03", "ClearSKY Vision: download 2024-06-05"]
    # QGIS gets each task on the next turn of the event loop (core.qgs.tasks.start).
    qtbot.waitUntil(lambda: download_tasks() == expected, timeout=WAIT_MS)
    assert dock.dates_box.progress_bar(JUNE_3) is not None
    assert dock.order_box.progress.isVisible() and dock.order_box.cancel_button.isEnabled()
    assert not dock.dates_box.search_button.isEnabled()  # the list stays put meanwhile
    qtbot.waitUntil(lambda: not dock.session.busy, timeout=WAIT_MS)

    # What the user sees in the Layers panel: one group, newest date on top.
    layers = group_layers()
    assert [layer.name() for layer in layers] == ["2024-06-05", "2024-06-03"]
    for layer, date in zip(layers, (JUNE_5, JUNE_3)):
        renderer = layer.renderer()
        assert isinstance(renderer, QgsMultiBandColorRenderer)
        assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (3, 2, 1)
        for enhancement in (
            renderer.redContrastEnhancement(),
            renderer.greenContrastEnhancement(),
            renderer.blueContrastEnhancement(),
        ):
            assert (enhancement.minimumValue(), enhancement.maximumValue()) == (0, 3000)
        assert renderer.minMaxOrigin().limits() == USER_DEFINED_LIMITS
        provider = layer.dataProvider()
        assert provider.sourceHasNoDataValue(1) and provider.sourceNoDataValue(1) == -32768
        span = layer.temporalProperties().fixedTemporalRange()
        assert layer.temporalProperties().isActive()
        assert span.begin().date().toPyDate() == date
        assert span.end().date().toPyDate() == date + dt.timedelta(days=1)
        abstract = layer.metadata().abstract()
        for fact in (
            f"Date: {date}",
            "Bands: all",
            "Resolution: 10 m",
            "Output CRS: EPSG:3857",
            "Pixel selection: intersect",
            "Processing units: 0",
            f"IMAGE_DATE: {date:%Y%m%d}",
            "MODEL_VERSION: ",
            "IMAGE_VERSION: ",
        ):
            assert fact in abstract
        assert layer.crs().authid() == "EPSG:3857"

    # Time: the project and the Temporal Controller step through the days.
    project_range = QgsProject.instance().timeSettings().temporalRange()
    assert project_range.begin().date().toPyDate() == JUNE_3
    assert project_range.end().date().toPyDate() == dt.date(2024, 6, 6)
    frame = navigation.frameDuration()
    assert (frame.originalDuration(), frame.originalUnit()) == (1, DAYS)
    assert navigation.temporalExtents().begin().date().toPyDate() == JUNE_3

    # The list, the progress, the account and the message bar.
    statuses = {row[0]: row[STATUS] for row in dock.dates_box.row_texts()}
    assert statuses["2024-06-03"] == statuses["2024-06-05"] == "Added"
    assert dock.order_box.progress.value() == 100
    summary = f"2 dates added (0 processing units). Layers are in the group '{GROUP}'."
    assert dock.order_box.status.text() == summary
    assert opened.messages(Qgis.MessageLevel.Success) == [f"ClearSKY Vision:{summary}"]
    qtbot.waitUntil(
        lambda: dock.account_box.labels["processing_units"].text() == "500.00 PU",
        timeout=WAIT_MS,
    )

    # Files on disk, each with its sidecar, and nothing half-written.
    names = sorted(p.name for p in opened.folder.iterdir())
    assert len([n for n in names if n.endswith(".tif")]) == 2
    assert len([n for n in names if n.endswith(".tif.clearsky.json")]) == 2
    assert not [n for n in names if n.endswith(".part")]
    assert len(paid_requests(emulator, opened.key)) == 2

    # The key is nowhere a user or a log could see it.
    project_file = opened.folder.parent / "project.qgs"
    QgsProject.instance().write(str(project_file))
    texts = [
        project_file.read_text(),
        caplog.text,
        *opened.messages(Qgis.MessageLevel.Success),
        *(layer.metadata().abstract() for layer in layers),
        *(p.read_text() for p in opened.folder.glob("*.json")),
    ]
    assert not [text for text in texts if opened.key in text]


def test_bands_are_found_by_name_and_utm_is_honoured(ready, qtbot):
    dock = ready().dock
    dock.options_box.bands.setEditText("B2,B8,B4,B3")
    mode = dock.options_box.crs.mode
    mode.setCurrentIndex(mode.findData("UTM"))
    qtbot.waitUntil(lambda: dock.session.plan is not None, timeout=WAIT_MS)
    tick(dock, JUNE_4)
    download(dock, qtbot)
    (layer,) = group_layers()
    renderer = layer.renderer()
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (3, 4, 1)
    assert layer.crs().authid() == "EPSG:32632"
    assert "Bands: B2,B8,B4,B3" in layer.metadata().abstract()


def test_index_bands_get_a_minus_one_to_one_ramp(ready, qtbot):
    dock = ready().dock
    dock.options_box.bands.setEditText("[B8_B4]")
    qtbot.waitUntil(lambda: dock.session.plan is not None, timeout=WAIT_MS)
    tick(dock, JUNE_4)
    download(dock, qtbot)
    (layer,) = group_layers()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    # Server-side indices hold the ratio x 32767: the ramp spans -1..1 in those units.
    assert (renderer.classificationMin(), renderer.classificationMax()) == (-32767, 32767)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert [item.label for item in items] == ["-1", "0", "1"]


def test_a_date_without_data_is_reported_and_the_others_go_on(ready, qtbot, emulator):
    opened = ready(max_connections=1)
    dock = opened.dock
    emulator.add_fault(opened.key, "no_data", times=1, path=COMPOSITE)
    tick(dock, JUNE_3, JUNE_4, JUNE_5)
    download(dock, qtbot)
    assert [layer.name() for layer in group_layers()] == ["2024-06-05", "2024-06-04"]
    statuses = {row[0]: row[STATUS] for row in dock.dates_box.row_texts()}
    assert statuses == {**statuses, "2024-06-03": "No imagery (1002)", "2024-06-04": "Added"}
    warnings = opened.messages(Qgis.MessageLevel.Warning)
    said = "ClearSKY Vision: No imagery (1002):2024-06-03: "
    (told,) = [w for w in warnings if w.startswith(said)]
    assert told.startswith(f"{said}No imagery for this area and date (")
    assert told.endswith("Pick another date from the search results.")
    assert dock.order_box.status.text().startswith("2 dates added (")
    assert dock.order_box.status.text().split(". ")[0].endswith("1 failed")


def test_never_more_downloads_at_once_than_the_key_allows(ready, qtbot, emulator):
    opened = ready(max_connections=2)
    dock = opened.dock
    emulator.add_fault(opened.key, "slow_first_byte", times=-1, path=COMPOSITE, delay=0.4)
    tick(dock, JUNE_3, JUNE_4, JUNE_5, JUNE_7)
    most = []

    def sample() -> None:
        most.append(len(download_tasks()))

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(20)
    download(dock, qtbot)
    timer.stop()
    assert max(most) == 2
    assert len(group_layers()) == 4
    statuses = [e["status"] for e in paid_requests(emulator, opened.key)]
    assert statuses == [200, 200, 200, 200]  # no 429: the key's limit was never exceeded


def test_cancel_stops_running_and_queued_dates(ready, qtbot, emulator):
    opened = ready(max_connections=1)
    dock = opened.dock
    # Half the file, then silence: the server never completes (never charges) this delivery.
    emulator.add_fault(opened.key, "stall_mid_body", times=-1, path=COMPOSITE, delay=1.5)
    tick(dock, JUNE_3, JUNE_4, JUNE_5)
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    qtbot.waitUntil(lambda: dock.dates_box.progress_bar(JUNE_3) is not None, timeout=WAIT_MS)
    assert dock.order_box.cancel_button.isEnabled()
    assert {row[STATUS] for row in dock.dates_box.row_texts()[3:5]} <= {"Queued", "0%"}
    qtbot.mouseClick(dock.order_box.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dock.session.busy, timeout=WAIT_MS)
    statuses = {row[0]: row[STATUS] for row in dock.dates_box.row_texts()}
    assert [statuses[d.isoformat()] for d in (JUNE_3, JUNE_4, JUNE_5)] == ["Cancelled"] * 3
    assert group_layers() == []
    assert list(opened.folder.iterdir()) == []  # no file, no partial file
    assert dock.order_box.status.text() == "0 dates added, 3 cancelled."
    assert not dock.order_box.cancel_button.isEnabled()
    assert emulator.units(opened.key) == 10000
    assert len(paid_requests(emulator, opened.key)) <= 1  # queued dates were never requested


def test_a_late_answer_after_unload_touches_nothing(ready, qtbot, emulator, plugin):
    opened = ready(max_connections=1)
    dock = opened.dock
    emulator.add_fault(opened.key, "slow_first_byte", times=-1, path=COMPOSITE, delay=0.5)
    tick(dock, JUNE_3)
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    qtbot.waitUntil(lambda: dock.session.queue is not None, timeout=WAIT_MS)
    plugin.unload()
    qtbot.waitUntil(lambda: not tasks.running(), timeout=WAIT_MS)
    # The server answers after the unload and then settles the request; by then whatever
    # that answer could set off has been posted to this thread: deliver it all, then look.
    settled_units(emulator, opened.key)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert group_layers() == []


def test_ticking_ndvi_before_a_download_gives_ndvi_layers_per_date(ready, qtbot):
    """The index of each date starts as that date lands; every date's NDVI layer shares one
    fixed ramp, so colours compare across dates."""
    opened = ready(processing_units=500)
    dock = opened.dock
    qtbot.mouseClick(dock.analysis_box.index_boxes["NDVI"], LEFT)
    assert dock.analysis_box.chosen_indices() == ["NDVI"]
    tick(dock, JUNE_3, JUNE_5)
    download(dock, qtbot)

    def ndvi_layers():
        return {layer.name(): layer for layer in group_layers() if layer.name().startswith("NDVI ")}

    qtbot.waitUntil(lambda: len(ndvi_layers()) == 2, timeout=WAIT_MS)
    layers = ndvi_layers()
    assert sorted(layers) == ["NDVI 2024-06-03", "NDVI 2024-06-05"]
    looks = set()
    for name, layer in layers.items():
        renderer = layer.renderer()
        assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
        assert renderer.minMaxOrigin().limits() == USER_DEFINED_LIMITS
        items = renderer.shader().rasterShaderFunction().colorRampItemList()
        looks.add(
            (
                renderer.classificationMin(),
                renderer.classificationMax(),
                tuple((item.value, item.color.name(), item.label) for item in items),
            )
        )
        span = layer.temporalProperties().fixedTemporalRange()
        assert span.begin().date().toPyDate().isoformat() == name.split()[1]
        assert layer.source().endswith("_NDVI.tif")
    assert len(looks) == 1  # one ramp and one range for every date
    minimum, maximum, stops = looks.pop()
    assert (minimum, maximum) == (-1.0, 1.0)
    assert all(label for _value, _colour, label in stops)  # the legend says what colours mean

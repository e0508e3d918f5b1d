"""Indices and mosaics from the dock's analysis section: tasks, layers, shared ramps, files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsLayerTreeGroup,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsTask,
)
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from rasters import reflectances, write_raster
from world import DEMO_AOI

from clearsky_vision.core.api.errors import CancelledError
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.store import DownloadResult, band_ids_of, sidecar_path
from clearsky_vision.core.qgs import tasks
from clearsky_vision.core.qgs.analysis import (
    COG,
    VRT,
    IndexJobs,
    Mosaic,
    composite_layers,
)
from clearsky_vision.core.qgs.enums import USER_DEFINED_LIMITS
from clearsky_vision.core.qgs.layers import date_group, group_name, show_composite
from clearsky_vision.core.qgs.style import load_composite
from clearsky_vision.core.raster.catalogue import CATALOGUE
from clearsky_vision.ui.analysis import AnalysisBox

WAIT_MS = 20000
JUNE_3, JUNE_5 = dt.date(2024, 6, 3), dt.date(2024, 6, 5)
DATES = (JUNE_3, JUNE_5)
AOI_NAME = "Demo fields"
GROUP = group_name(AOI_NAME, dt.date(2024, 6, 1), dt.date(2024, 6, 30))
NODATA_OUT = -9999.0
FORMULAS = {"NDVI": ("B8", "B4"), "NDWI": ("B3", "B8")}


@pytest.fixture(scope="module")
def landed(emulator, tmp_path_factory):
    """Two dates downloaded from the emulator, as the dock's session hands them over."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key("analysis-key", processing_units=10000, max_connections=2)
    client = ClearSkyClient(emulator.url, "analysis-key")
    folder = tmp_path_factory.mktemp("analysis")
    found = {}
    for date in DATES:
        request = CompositeRequest(DEMO_AOI, date, epsg=32632)
        found[date] = (request, client.download_composite(request, folder))
    return found


@pytest.fixture
def on_map(landed, qgis_new_project, tmp_path, qtbot):
    """The two dates in a fresh folder (so no index from another test is there), shown as
    the dock shows them; returns {date: (request, result)}."""
    fresh = {}
    for date, (request, result) in landed.items():
        path = tmp_path / result.path.name
        shutil.copy(result.path, path)
        shutil.copy(sidecar_path(result.path), sidecar_path(path))
        copied = DownloadResult(path, False, result.size, result.fingerprint, result.record)
        show_composite(QgsProject.instance(), GROUP, AOI_NAME, request, copied)
        fresh[date] = (request, copied)
    yield fresh
    # A task left running would add its layer to the next test's project.
    qtbot.waitUntil(lambda: not tasks.running(), timeout=WAIT_MS)


def group_of(name: str = GROUP) -> QgsLayerTreeGroup:
    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    assert group is not None
    return group


def index_layers(key: str) -> dict[dt.date, QgsRasterLayer]:
    """The layers of the subgroup of ``key`` in the date group, by date."""
    subgroup = group_of().findGroup(CATALOGUE[key].label)
    assert subgroup is not None, f"no subgroup for {key}"
    found = {}
    for node in subgroup.findLayers():
        span = node.layer().temporalProperties().fixedTemporalRange()
        found[span.begin().date().toPyDate()] = node.layer()
    return found


def ramp_of(layer: QgsRasterLayer) -> tuple:
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    assert renderer.minMaxOrigin().limits() == USER_DEFINED_LIMITS  # never recomputed per date
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    stops = tuple((item.value, item.color.name(), item.label) for item in items)
    return renderer.classificationMin(), renderer.classificationMax(), stops


def expected_index(source, first: str, second: str) -> np.ndarray:
    """(first - second) / (first + second) with numpy, nodata where either band is nodata."""
    dataset = gdal.Open(str(source))
    numbers = {name: number for number, name in enumerate(band_ids_of(source), 1)}
    a = dataset.GetRasterBand(numbers[first]).ReadAsArray().astype(np.float64)
    b = dataset.GetRasterBand(numbers[second]).ReadAsArray().astype(np.float64)
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    with np.errstate(all="ignore"):
        values = (a - b) / (a + b)
    values[(a == nodata) | (b == nodata) | ~np.isfinite(values)] = NODATA_OUT
    return values


def composite_span(date: dt.date):
    for node in group_of().children():
        layer = getattr(node, "layer", lambda: None)()
        if layer is not None and layer.name() == date.isoformat():
            return layer.temporalProperties().fixedTemporalRange()
    raise AssertionError(f"no composite layer for {date}")


def test_indices_of_each_landed_date_share_one_ramp(on_map, qtbot):
    jobs = IndexJobs()
    added = []
    jobs.layerAdded.connect(lambda date, key, layer: added.append((date, key)))
    manager = QgsApplication.taskManager()
    queued = {}

    def record(task_id: int) -> None:
        task = manager.task(task_id)
        queued[task.description()] = task.flags()

    manager.taskAdded.connect(record)
    try:
        with qtbot.waitSignal(jobs.allDone, timeout=WAIT_MS):
            for date, (_request, result) in on_map.items():
                started = jobs.start(date, result.path, GROUP, AOI_NAME, ["NDVI", "NDWI"])
                assert len(started) == 2
    finally:
        manager.taskAdded.disconnect(record)
    # Every index of every date was its own task in QGIS's task manager, cancellable.
    assert sorted(queued) == sorted(
        f"ClearSKY Vision: {key} of {date.isoformat()}"
        for key in ("NDVI", "NDWI")
        for date in DATES
    )
    assert all(flags & QgsTask.Flag.CanCancel for flags in queued.values())
    assert sorted(added) == sorted((date, key) for key in ("NDVI", "NDWI") for date in DATES)

    for key, (first, second) in FORMULAS.items():
        layers = index_layers(key)
        assert sorted(layers) == list(DATES)
        looks = {ramp_of(layer) for layer in layers.values()}
        assert len(looks) == 1, f"{key}: the dates differ in ramp or range: {looks}"
        (minimum, maximum, stops) = looks.pop()
        assert (minimum, maximum) == (-1, 1)
        meaning = "dense vegetation" if key == "NDVI" else "open water"
        assert stops[-1][2] == f"1 {meaning}"
        legend = [label for label, _colour in layers[JUNE_3].legendSymbologyItems()]
        assert legend[-1] == f"1 {meaning}" and len(legend) == 3
        for date, layer in layers.items():
            assert layer.name() == f"{key} {date.isoformat()}"
            span = layer.temporalProperties().fixedTemporalRange()
            assert layer.temporalProperties().isActive() and span == composite_span(date)
            source = on_map[date][1].path
            written = gdal.Open(layer.source()).ReadAsArray()
            np.testing.assert_allclose(
                written, expected_index(source, first, second), rtol=0, atol=1e-6
            )
    # The index subgroups sit above the dates in the date group, in catalogue order.
    names = [node.name() for node in group_of().children()]
    assert names[:2] == [CATALOGUE["NDVI"].label, CATALOGUE["NDWI"].label]
    span = QgsProject.instance().timeSettings().temporalRange()
    assert span.begin().date().toPyDate() <= JUNE_3 < JUNE_5 < span.end().date().toPyDate()


def test_band_math_shares_the_range_the_user_sets(on_map, qtbot):
    jobs = IndexJobs()
    jobs.set_custom_range(0.0, 2.0)
    formula = "(B8 - B4) / (B8 + B4 + 0.5)"
    with qtbot.waitSignal(jobs.allDone, timeout=WAIT_MS):
        for date, (_request, result) in on_map.items():
            jobs.start(date, result.path, GROUP, AOI_NAME, [formula])
    subgroup = group_of().findGroup(f"Band math: {formula}")
    layers = [node.layer() for node in subgroup.findLayers()]
    assert sorted(layer.name() for layer in layers) == [f"Band math {d}" for d in DATES]
    assert {ramp_of(layer)[:2] for layer in layers} == {(0.0, 2.0)}
    assert ramp_of(layers[0])[2][0][2] == "0 low"
    # A new range restyles every date of the band math at once.
    jobs.set_custom_range(-0.5, 1.5)
    assert {ramp_of(layer)[:2] for layer in layers} == {(-0.5, 1.5)}
    assert len({ramp_of(layer) for layer in layers}) == 1


def test_cancelling_index_tasks_leaves_no_file(on_map, qtbot):
    jobs = IndexJobs()
    failed = []
    jobs.jobFailed.connect(lambda date, key, error: failed.append((date, key, error)))
    folder = next(iter(on_map.values()))[1].path.parent
    before = sorted(folder.iterdir())
    with qtbot.waitSignal(jobs.allDone, timeout=WAIT_MS):
        for date, (_request, result) in on_map.items():
            jobs.start(date, result.path, GROUP, AOI_NAME, ["NDVI", "NDWI", "NDMI"])
        jobs.cancel()
    assert len(failed) == 6 and all(isinstance(e, CancelledError) for *_, e in failed)
    assert sorted(folder.iterdir()) == before  # no index, no partial file, no .aux.xml
    assert group_of().findGroup(CATALOGUE["NDVI"].label) is None


def test_cancelling_a_running_index_task_removes_its_partial_file(
    tmp_path, qgis_new_project, qtbot
):
    bands = {
        name: values
        for name, values in reflectances((2400, 2400)).items()
        if name in FORMULAS["NDVI"]
    }
    source = write_raster(tmp_path / "big.tif", bands, tags={"IMAGE_DATE": "20240603"})
    jobs = IndexJobs()
    failed = []
    jobs.jobFailed.connect(lambda date, key, error: failed.append(error))
    (task,) = jobs.start(JUNE_3, source, "", AOI_NAME, ["NDVI"])
    progress = []

    def cancel_once_under_way(value: float) -> None:
        # On the worker thread, as the first window is written: the user presses cancel.
        progress.append(value)
        task.cancel()

    task.progressChanged.connect(cancel_once_under_way, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(jobs.allDone, timeout=WAIT_MS):
        pass
    assert progress and 0 < progress[0] < 100
    assert [type(error) for error in failed] == [CancelledError]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["big.tif"]
    assert QgsProject.instance().mapLayers() == {}


def test_an_index_already_on_disk_is_shown_without_a_task(on_map, qtbot):
    jobs = IndexJobs()
    date, (_request, result) = next(iter(on_map.items()))
    with qtbot.waitSignal(jobs.allDone, timeout=WAIT_MS):
        jobs.start(date, result.path, GROUP, AOI_NAME, ["NDVI"])
    # Shown already: nothing to do.
    assert jobs.start(date, result.path, GROUP, AOI_NAME, ["NDVI"]) == []
    QgsProject.instance().removeMapLayers([index_layers("NDVI")[date].id()])
    with qtbot.waitSignal(jobs.layerAdded, timeout=WAIT_MS):
        assert jobs.start(date, result.path, GROUP, AOI_NAME, ["NDVI"]) == []
    assert list(index_layers("NDVI")) == [date]


def check_box(qtbot, box) -> None:
    """Tick a check box with the keyboard, as a user tabbing through the section would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


@pytest.fixture
def analysis_box(qgis_iface, qtbot):
    box = AnalysisBox(qgis_iface)
    qtbot.addWidget(box)
    box.show()
    yield box
    box.close_down()


def test_the_section_computes_ticked_indices_for_dates_on_the_map(analysis_box, on_map, qtbot):
    box = analysis_box
    check_box(qtbot, box.index_boxes["NDVI"])
    assert box.chosen_indices() == ["NDVI"]
    with qtbot.waitSignal(box.idle, timeout=WAIT_MS):
        qtbot.mouseClick(box.compute_button, Qt.MouseButton.LeftButton)
        assert box.cancel_button.isEnabled()
    assert sorted(index_layers("NDVI")) == list(DATES)
    assert not box.cancel_button.isEnabled()
    assert "added" in box.status.text()
    # Pressed again: the indices are there already.
    assert box.compute_on_map() == []
    assert "already on the map" in box.status.text()
    assert len(composite_layers(QgsProject.instance())) == 2  # index layers are not dates


def test_a_landed_date_gets_the_ticked_indices(analysis_box, on_map, qtbot):
    box = analysis_box
    date, (_request, result) = next(iter(on_map.items()))
    assert box.date_landed(date, result, GROUP, AOI_NAME) == []  # nothing ticked: nothing
    check_box(qtbot, box.index_boxes["NDWI"])
    with qtbot.waitSignal(box.idle, timeout=WAIT_MS):
        assert len(box.date_landed(date, result, GROUP, AOI_NAME)) == 1
    assert list(index_layers("NDWI")) == [date]


def test_band_math_is_checked_as_it_is_typed(analysis_box, qtbot):
    box = analysis_box
    qtbot.keyClicks(box.custom, "B8 - ")
    assert not box.custom_note.isHidden() and "color" in box.custom_note.styleSheet()
    assert box.chosen_indices() == []
    box.custom.clear()
    qtbot.keyClicks(box.custom, "nd(B8, B5)")
    assert box.custom_note.text() == "Uses B8, B5."
    assert box.chosen_indices() == ["nd(B8, B5)"]


def test_the_section_fits_a_narrow_dock(analysis_box):
    # The dock is 440 px wide; its scroll area and margins leave the sections about 400.
    assert analysis_box.minimumSizeHint().width() <= 400
    assert len(analysis_box.index_boxes) == len(CATALOGUE)


# Mosaic -------------------------------------------------------------------------------

TILE_SHAPE = (120, 150)  # rows, columns
WEST_ORIGIN, EAST_ORIGIN = (500000.0, 6160000.0), (501500.0, 6160000.0)  # side by side


@pytest.fixture
def neighbours(tmp_path, qgis_new_project):
    """Two tiles of one date side by side, written as the store writes them, shown in a group
    as the dock shows dates."""
    project = QgsProject.instance()
    group = date_group(project, GROUP)
    layers = []
    for name, origin, seed in (("west", WEST_ORIGIN, 1), ("east", EAST_ORIGIN, 2)):
        path = write_raster(
            tmp_path / f"{name}.tif",
            reflectances(TILE_SHAPE, seed),
            origin=origin,
            tags={"IMAGE_DATE": "20240603"},
        )
        layer = load_composite(path, f"2024-06-03 {name}")
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    return layers


def assert_replaced(layer: QgsRasterLayer, originals: list[str], files) -> None:
    project = QgsProject.instance()
    nodes = group_of().findLayers()
    assert [node.layer() for node in nodes] == [layer]
    assert all(project.mapLayer(layer_id) is None for layer_id in originals)
    assert all(path.exists() for path in files)  # removed from the map, not from disk
    assert layer.name() == "2024-06-03 west (mosaic of 2)"
    assert isinstance(layer.renderer(), QgsMultiBandColorRenderer)
    span = layer.temporalProperties().fixedTemporalRange()
    assert span.begin().date().toPyDate() == JUNE_3
    extent = layer.extent()
    assert (extent.xMinimum(), extent.xMaximum()) == (500000.0, 503000.0)
    assert (extent.yMinimum(), extent.yMaximum()) == (6160000.0 - 1200, 6160000.0)
    merged = gdal.Open(layer.source()).ReadAsArray()
    columns = TILE_SHAPE[1]
    for number, path in enumerate(files):
        original = gdal.Open(str(path)).ReadAsArray()
        part = merged[:, :, number * columns : (number + 1) * columns]
        np.testing.assert_array_equal(part, original)


def test_mosaic_as_vrt_replaces_the_layers_at_once(neighbours, qtbot):
    mosaic = Mosaic()
    ids = [layer.id() for layer in neighbours]
    files = [Path(layer.source()) for layer in neighbours]
    with qtbot.waitSignal(mosaic.replaced, timeout=WAIT_MS) as caught:
        assert mosaic.start(neighbours, VRT) is None  # done before start returns
    (layer,) = caught.args
    assert layer.source().endswith("west_mosaic.vrt")
    assert_replaced(layer, ids, files)


def select_in_layers_panel(view, layers) -> None:
    selection = view.selectionModel()
    selection.clearSelection()
    for layer in layers:
        node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
        selection.select(
            view.node2index(node),  # the view's index (through its filter proxy)
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_mosaic_as_cloud_optimized_geotiff_from_the_section(
    analysis_box, neighbours, layer_tree_view, qtbot
):
    box = analysis_box
    ids = [layer.id() for layer in neighbours]
    files = [Path(layer.source()) for layer in neighbours]
    select_in_layers_panel(layer_tree_view, neighbours)
    box.kind.setCurrentIndex(box.kind.findData(COG))
    with qtbot.waitSignal(box.mosaic.replaced, timeout=WAIT_MS) as caught:
        qtbot.mouseClick(box.mosaic_button, Qt.MouseButton.LeftButton)
        assert box.mosaic.busy and "background" in box.status.text()
    (layer,) = caught.args
    assert layer.source().endswith("west_mosaic.tif")
    structure = gdal.Open(layer.source()).GetMetadata("IMAGE_STRUCTURE")
    assert structure.get("LAYOUT") == "COG"
    assert_replaced(layer, ids, files)
    assert "replaced the layers" in box.status.text()


def test_mosaic_needs_two_raster_files(analysis_box, neighbours, layer_tree_view):
    box = analysis_box
    select_in_layers_panel(layer_tree_view, neighbours[:1])
    box.mosaic_selected()
    assert box.status.text() == "Select at least two raster layers to mosaic."
    assert len(group_of().findLayers()) == 2

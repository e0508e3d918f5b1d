"""Bad input in the dock and in Processing (issue 6): each is refused with a clear reason
before any paid call (the cases the older tests already cover are named in
tests/resilience_matrix.py)."""

from __future__ import annotations

import datetime as dt

import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, clearsky_provider, run, use_server
from dock_fixtures import LEFT, WAIT_MS, open_dock_fixture, search, tick  # noqa: F401
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from resilience_checks import complete_files_only, composite_posts, folder_names
from resilience_fixtures import EXTENT, download_batch
from tiny_disks import fill, read_only_reason, tmpfs

from clearsky_vision.core.api.config import Settings

FAR = "POLYGON((3e7 1e6,3.1e7 1e6,3.1e7 1.1e6,3e7 1.1e6,3e7 1e6))"  # beyond EPSG:3857's range
ACROSS_180 = "POLYGON((3.2e6 -2e6,3.5e6 -2e6,3.5e6 -1.8e6,3.2e6 -1.8e6,3.2e6 -2e6))"  # EPSG:3832
BOWTIE = "POLYGON((9.5 55.6,9.56 55.63,9.56 55.6,9.5 55.63,9.5 55.6))"
PLACED = "The area of interest could not be placed on the globe from its coordinate reference "
ANTIMERIDIAN = "The area of interest crosses the antimeridian (180 degrees): split it into"
REPAIRED = "The area of interest was not a valid polygon and has been repaired."
# id: (memory layer, geometry, what the dock says, what Processing says)
AREAS = {
    "empty": (
        "Polygon?crs=EPSG:4326",
        "POLYGON EMPTY",
        "The selection of Areas holds no polygons: choose polygon features.",
        "The area of interest is empty: choose or draw a polygon.",
    ),
    "line": (
        "LineString?crs=EPSG:4326",
        "LINESTRING(9.5 55.6,9.56 55.63)",
        "Make a polygon layer active in the Layers panel and select the features",
        "The area of interest is a line string: the imagery is cut to polygons",
    ),
    "far-outside": ("Polygon?crs=EPSG:3857", FAR, PLACED, PLACED),
    "antimeridian": ("Polygon?crs=EPSG:3832", ACROSS_180, ANTIMERIDIAN, ANTIMERIDIAN),
}


def layer_of(uri: str, wkt: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "Areas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


def requests_of(emulator, key: str) -> list[dict]:
    return [e for e in emulator.request_log if e["key"] == key]


def select(qgis_iface, layer) -> None:
    layer.selectAll()
    qgis_iface.setActiveLayer(layer)


@pytest.fixture
def new_processing_key(qgis_processing, emulator, new_key, monkeypatch):
    """``new_processing_key(**limits)``: a fresh key in the environment; our provider."""
    with clearsky_provider():
        yield lambda **limits: use_server(monkeypatch, emulator, new_key(**limits))


# Areas -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", list(AREAS))
def test_bad_areas_in_the_dock(case, open_dock, qgis_iface, emulator):
    uri, wkt, says, _ = AREAS[case]
    opened = open_dock()
    dock = opened.dock
    select(qgis_iface, layer_of(uri, wkt))
    dock.aoi_box.selection_button.click()
    assert dock.aoi_box.aoi is None
    assert dock.aoi_box.message.text().startswith(says)
    dock.dates_box.search_button.click()  # nothing to search over
    assert dock.dates_box.status.text().startswith("Choose an area first")
    assert composite_posts(emulator, opened.key) == []


@pytest.mark.parametrize("case", list(AREAS))
def test_bad_areas_in_processing(case, new_processing_key, emulator, tmp_path):
    uri, wkt, _, says = AREAS[case]
    key = new_processing_key()
    parameters = {"AOI": layer_of(uri, wkt), "DATES": "2024-06-03", "OUTPUT_FOLDER": str(tmp_path)}
    with pytest.raises(QgsProcessingException) as caught:
        run("clearsky:download", parameters)
    assert str(caught.value).startswith(says)
    if case == "empty":
        with pytest.raises(QgsProcessingException, match=r"^The extent is empty: draw or choose"):
            run("clearsky:download", {**parameters, "AOI": None, "EXTENT": "9.5,9.5,55,56"})
    assert requests_of(emulator, key) == [] and folder_names(tmp_path) == []


@pytest.mark.parametrize("path", ["dock", "processing"])
def test_a_self_intersecting_polygon_is_repaired_and_said_so(path, request, emulator):
    if path == "dock":
        dock = request.getfixturevalue("open_dock")().dock
        bowtie = layer_of("Polygon?crs=EPSG:4326", BOWTIE)
        select(request.getfixturevalue("qgis_iface"), bowtie)
        dock.aoi_box.selection_button.click()
        assert dock.aoi_box.aoi is not None and dock.aoi_box.aoi.wkt.startswith("MULTIPOLYGON")
        assert dock.aoi_box.message.text() == REPAIRED
        return
    request.getfixturevalue("new_processing_key")()
    bowtie = layer_of("Polygon?crs=EPSG:4326", BOWTIE)
    feedback = RecordingFeedback()
    parameters = {"AOI": bowtie, "START_DATE": "2024-06-01", "END_DATE": "2024-06-05"}
    results = run("clearsky:searchdates", {**parameters, "OUTPUT": "memory:"}, feedback)
    assert feedback.warnings == [REPAIRED] and results["DATES"]


# Limits, bands, dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "says"),
    [
        ({"max_area_km2": 5}, "The area (12.6 km2) is larger than your key allows (5 km2 per"),
        ({"max_bands": 3}, "10 bands requested, your key allows 3: choose fewer bands"),
    ],
    ids=["area", "bands"],
)
def test_limits_in_processing(limits, says, new_processing_key, emulator, tmp_path):
    key = new_processing_key(**limits)
    with pytest.raises(QgsProcessingException) as caught:
        download_batch(tmp_path, BANDS="all")
    assert str(caught.value).startswith(says)
    assert composite_posts(emulator, key) == [] and folder_names(tmp_path) == []


BAD_BANDS = {
    "B99": "Unknown band 'B99'. Use B2, B3, B4, B5, B6, B7, B8, B8A, B11, B12, index terms",
    "[B8_B4": "'[B8_B4' is not a valid index term: write it like [B8_B4].",
}


def test_bad_band_lists_in_the_dock(open_dock, qtbot, emulator):
    opened = open_dock()
    dock = opened.dock
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    tick(dock, matrix.FAULTY)
    for text, says in BAD_BANDS.items():
        dock.options_box.bands.setEditText(text)
        assert dock.options_box.bands_note.text().startswith(says)
        qtbot.waitUntil(
            lambda says=says: dock.order_box.note.text().startswith(says), timeout=WAIT_MS
        )
        assert not dock.order_box.download_button.isEnabled()
    assert composite_posts(emulator, opened.key) == []


def test_bad_band_lists_in_processing(new_processing_key, emulator, tmp_path):
    key = new_processing_key()
    for text, says in BAD_BANDS.items():
        with pytest.raises(QgsProcessingException) as caught:
            download_batch(tmp_path, BANDS=text)
        assert str(caught.value).startswith(says)
    assert requests_of(emulator, key) == []


@pytest.mark.parametrize(
    ("algorithm", "parameters", "says"),
    [
        (
            "clearsky:searchdates",
            {"START_DATE": "2024-06-30", "END_DATE": "2024-06-01", "OUTPUT": "memory:"},
            "The start date 2024-06-30 is after the end date 2024-06-01: swap them.",
        ),
        (
            "clearsky:download",
            {"DATES": "2024-06-03,2030-01-01"},
            "2030-01-01 is in the future: imagery exists up to yesterday. Choose a date from "
            "the search results.",
        ),
        (
            "clearsky:searchdates",
            {"START_DATE": "2030-01-01", "END_DATE": "2030-02-01", "OUTPUT": "memory:"},
            "The date range starts in the future (2030-01-01): imagery exists up to yesterday.",
        ),
    ],
    ids=["reversed", "future", "future-range"],
)
def test_bad_dates_in_processing(
    algorithm, parameters, says, new_processing_key, emulator, tmp_path
):
    key = new_processing_key()
    with pytest.raises(QgsProcessingException) as caught:
        run(algorithm, {"EXTENT": EXTENT, "OUTPUT_FOLDER": str(tmp_path), **parameters})
    assert str(caught.value) == says
    assert requests_of(emulator, key) == []


def test_future_dates_in_the_dock(open_dock):
    dock = open_dock().dock
    today = dt.date.today()
    dock.dates_box.set_date_range(today + dt.timedelta(days=10), today + dt.timedelta(days=40))
    assert dock.dates_box.date_range() == (today, today)  # the fields stop at today


# Output folders ----------------------------------------------------------------------


@pytest.mark.parametrize("case", ["read-only", pytest.param("full", marks=pytest.mark.mounts)])
def test_output_folders_in_the_dock(case, open_dock, qtbot, emulator, tmp_path):
    opened = open_dock()
    dock = opened.dock
    with tmpfs(tmp_path / case, read_only=case == "read-only") as folder:
        if case == "full":
            fill(folder)
        Settings(download_folder=str(folder)).save()
        dock.aoi_box.use_canvas_extent()
        search(dock, qtbot, estimate=False)
        tick(dock, matrix.FAULTY)
        if case == "read-only":  # the estimate already says so
            says = f"Cannot write to the output folder {folder} ({read_only_reason()}): "
            qtbot.waitUntil(lambda: dock.order_box.note.text().startswith(says), timeout=WAIT_MS)
            assert not dock.order_box.download_button.isEnabled()
        else:
            qtbot.waitUntil(lambda: dock.order_box.download_button.isEnabled(), timeout=WAIT_MS)
            qtbot.mouseClick(dock.order_box.download_button, LEFT)
            says = (
                "ClearSKY Vision: Check the input:"
                f"Download refused: Not enough free disk space in {folder}:"
            )
            warnings = lambda: opened.messages(Qgis.MessageLevel.Warning)  # noqa: E731
            qtbot.waitUntil(lambda: any(m.startswith(says) for m in warnings()), timeout=WAIT_MS)
            assert dock.order_box.refusal.text().startswith("Not enough free disk space")
        assert composite_posts(emulator, opened.key) == []
        assert folder_names(folder) == ([] if case == "read-only" else ["filler"])


@pytest.mark.parametrize(
    "case", ["missing", "read-only", pytest.param("full", marks=pytest.mark.mounts)]
)
def test_output_folders_in_processing(case, new_processing_key, emulator, tmp_path):
    key = new_processing_key()
    if case == "missing":  # a folder destination: Processing makes it, as for its own outputs
        folder = tmp_path / "new" / "downloads"
        assert len(download_batch(folder)["OUTPUT_LAYERS"]) == 2
        complete_files_only(folder, 2)
        return
    with tmpfs(tmp_path / case, read_only=case == "read-only") as folder:
        if case == "full":
            fill(folder)
            says = f"Not enough free disk space in {folder}: about "
        else:
            says = f"Cannot write to the output folder {folder} ({read_only_reason()})"
            with pytest.raises(
                QgsProcessingException, match=f"cannot be created \\({read_only_reason()}"
            ):
                download_batch(folder / "sub")
        with pytest.raises(QgsProcessingException) as caught:
            download_batch(folder)
        assert str(caught.value).startswith(says)
    assert composite_posts(emulator, key) == []

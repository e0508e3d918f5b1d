"""The shipped graphical models: AOI + date range -> search -> download -> NDVI per date -> the
area's NDVI time series, and AOI + period -> estimate -> order (MAX_EUR) -> wait -> download ->
NDVI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import model_compare
import pytest
from clearsky_processing import (
    RecordingFeedback,
    fresh_key,
    polygon_layer,
    registered_provider,
    run,
    use_server,
)
from osgeo import gdal
from qgis.analysis import QgsZonalStatistics
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)

from clearsky_vision.core.api.geometry import Aoi

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "clearsky_ndvi_time_series.model3"
MODEL_ID = "clearsky:ndvi_time_series"
SERIES = "time_series:ndvi_series"  # the model's table output
ORDER_MODEL = ROOT / "models" / "clearsky_order_ndvi_time_series.model3"
ORDER_MODEL_ID = "clearsky:order_ndvi_time_series"
ORDERS = "/api/tasking/orders"
# Inside one zone, off its border: every date of the emulator is fully covered here.
FIELDS = Aoi.from_bounds(9.51, 55.60, 9.57, 55.63, name="Fields")
# The emulator's SECOND_AOI: land outside the demo order.
SECOND = Aoi.from_bounds(10.20, 55.60, 10.26, 55.63, name="Second")


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


def test_the_toolbox_offers_the_model_with_its_inputs():
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None and model.provider().id() == "clearsky"
    names = [p.name() for p in model.parameterDefinitions()]
    assert names == ["AOI", "START_DATE", "END_DATE", "OUTPUT_FOLDER", "MAX_CREDITS", SERIES]
    assert " " not in model.name()
    assert "NDVI of each date" in model.shortHelpString()
    assert "mean NDVI of each AOI polygon on each date" in model.shortHelpString()
    steps = ["download", "ndvi", "search_dates", "time_series"]
    assert sorted(model.childAlgorithms()) == steps
    # Every step resolves in the registered model, so its table output is listed.
    assert all(model.childAlgorithm(step).algorithm() for step in steps)
    assert model.childAlgorithm("time_series").dependencies()[0].childId == "ndvi"


def test_model_runs_against_the_emulator(emulator, new_key, monkeypatch, tmp_path):
    key = new_key()
    use_server(monkeypatch, emulator, key)
    units = emulator.units(key)
    feedback = RecordingFeedback()
    area = polygon_layer(FIELDS, crs="EPSG:3857")  # the table's means come from any CRS
    series_table = tmp_path / "series.gpkg"
    results = run(
        MODEL_ID,
        {
            "AOI": area,
            "START_DATE": "2024-06-01",
            "END_DATE": "2024-06-03",
            "OUTPUT_FOLDER": str(tmp_path),
            SERIES: str(series_table),
        },
        feedback,
    )
    dates = results["CHILD_RESULTS"]["search_dates"]["DATES"].split(",")
    assert dates == ["2024-06-01", "2024-06-02", "2024-06-03"]
    downloads = sorted(tmp_path.glob("clearsky_*[0-9a-f].tif"))
    ndvi = sorted(tmp_path.glob("*_NDVI.tif"))
    assert len(downloads) == 3 and len(ndvi) == 3
    for image, index in zip(downloads, ndvi):
        assert index.name == f"{image.stem}_NDVI.tif"
        dataset = gdal.Open(str(index))
        assert dataset.GetMetadataItem("INDEX") == "NDVI"
        assert dataset.GetMetadataItem("IMAGE_DATE") == gdal.Open(str(image)).GetMetadataItem(
            "IMAGE_DATE"
        )
        minimum, maximum, mean, _std = dataset.GetRasterBand(1).GetStatistics(False, True)
        assert -1 <= minimum < mean < maximum <= 1
    # The time series step: the AOI's mean NDVI per date, as QGIS's zonal statistics find
    # it over the NDVI files the model wrote.
    assert results[SERIES] == str(series_table)
    rows = [
        (f["feature_id"], f["date"].toPyDate().isoformat(), f["value"], f["pixels"])
        for f in QgsVectorLayer(str(series_table), "series", "ogr").getFeatures()
    ]
    (fid,) = [feature.id() for feature in area.getFeatures()]
    assert [(r[0], r[1]) for r in rows] == [(fid, day) for day in dates]
    for row, index in zip(rows, ndvi):
        mean, count = zonal_mean(index, area)
        assert row[3] == count > 1000
        assert row[2] == pytest.approx(mean, rel=1e-12)
    assert emulator.units(key) == units  # the demo order includes one download per date
    assert key not in feedback.text


def zonal_mean(raster, area) -> tuple[float, int]:
    """QgsZonalStatistics' mean and pixel count of ``raster`` over the one polygon of ``area``."""
    zone = QgsVectorLayer(f"Polygon?crs={area.crs().authid()}", "zone", "memory")
    zone.dataProvider().addFeatures(list(area.getFeatures()))  # its statistics become fields
    index = QgsRasterLayer(str(raster), "ndvi")
    statistics = QgsZonalStatistics.Statistic.Mean | QgsZonalStatistics.Statistic.Count
    QgsZonalStatistics(zone, index, "z_", 1, statistics).calculateStatistics(None)
    feature = next(zone.getFeatures())
    return feature["z_mean"], feature["z_count"]


def test_model_honours_max_credits(emulator, new_key, monkeypatch, tmp_path):
    key = use_server(monkeypatch, emulator, new_key())
    layer = polygon_layer(FIELDS)
    # The included download of each date is used up: the model's variant costs units.
    run(
        "clearsky:download",
        {
            "AOI": layer,
            "DATES": "2024-06-01,2024-06-02,2024-06-03",
            "BANDS": "rgb",
            "OUTPUT_FOLDER": str(tmp_path / "first"),
        },
    )
    units = emulator.units(key)
    parameters = {
        "AOI": layer,
        "START_DATE": "2024-06-01",
        "END_DATE": "2024-06-03",
        "OUTPUT_FOLDER": str(tmp_path),
        "MAX_CREDITS": 1,
        SERIES: "TEMPORARY_OUTPUT",  # QGIS 3.22 runs a model only with its outputs given
    }
    feedback = RecordingFeedback()
    with pytest.raises(
        QgsProcessingException, match="Error encountered while running Download"
    ) as caught:
        run(MODEL_ID, parameters, feedback)
    # The model names the failing step and gives the reason, as the dock words it.
    reasons = model_compare.failure_reasons(feedback, caught.value)
    assert len(reasons) == 1
    assert re.fullmatch(
        r"The download would cost [\d.]+ processing units, more than the maximum of 1 you "
        r"set: raise it or choose fewer dates\.",
        reasons[0],
    )
    assert not list(tmp_path.glob("*.tif")) and emulator.units(key) == units


def test_the_toolbox_offers_the_order_model():
    model = QgsApplication.processingRegistry().algorithmById(ORDER_MODEL_ID)
    assert model is not None and model.provider().id() == "clearsky"
    names = [p.name() for p in model.parameterDefinitions()]
    assert names == [
        "AOI",
        "START_DATE",
        "END_DATE",
        "MAX_EUR",
        "TIMEOUT_MINUTES",
        "OUTPUT_FOLDER",
    ]
    assert " " not in model.name()
    assert "MAX_EUR" in model.shortHelpString()
    assert sorted(model.childAlgorithms()) == ["download", "estimate", "ndvi", "order", "wait"]


def test_order_model_orders_waits_downloads_and_indexes(emulator, new_key, monkeypatch, tmp_path):
    key = use_server(monkeypatch, emulator, fresh_key(emulator, demo_order=False))
    emulator.set_euros(key, 100)
    monkeypatch.setattr(emulator, "order_step_seconds", 0.1)
    units = emulator.units(key)
    feedback = RecordingFeedback()
    results = run(
        ORDER_MODEL_ID,
        {
            "AOI": polygon_layer(SECOND),
            "START_DATE": "2024-06-01",
            "END_DATE": "2024-06-03",
            "MAX_EUR": 50,
            "TIMEOUT_MINUTES": 1,
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback,
    )
    children = results["CHILD_RESULTS"]
    cost = children["order"]["COST_EUR"]
    assert 0 < cost <= 50 and emulator.euros(key) == pytest.approx(100 - cost, abs=0.01)
    assert children["wait"]["STATUS"] == "Completed"
    dates = children["wait"]["DATES"].split(",")
    assert dates == ["2024-06-01", "2024-06-02", "2024-06-03"]
    assert len(sorted(tmp_path.glob("*_NDVI.tif"))) == 3
    assert emulator.units(key) == units  # the order includes the first download
    assert key not in feedback.text


def test_order_model_refuses_above_max_eur(emulator, new_key, monkeypatch, tmp_path):
    key = use_server(monkeypatch, emulator, fresh_key(emulator, demo_order=False))
    emulator.set_euros(key, 100)
    feedback = RecordingFeedback()
    with pytest.raises(
        QgsProcessingException, match="Error encountered while running Order"
    ) as caught:
        run(
            ORDER_MODEL_ID,
            {
                "AOI": polygon_layer(SECOND),
                "START_DATE": "2024-06-01",
                "END_DATE": "2024-06-30",
                "MAX_EUR": 0.01,
                "TIMEOUT_MINUTES": 1,
                "OUTPUT_FOLDER": str(tmp_path),
            },
            feedback,
        )
    assert "nothing was ordered" in model_compare.failure_reasons(feedback, caught.value)[0]
    assert emulator.euros(key) == 100
    posted = [e for e in emulator.request_log if e["key"] == key and e["path"] == ORDERS]
    assert [e for e in posted if e["method"] == "POST"] == []


def test_committed_models_are_what_the_build_script_makes(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_model.py"), "--output-dir", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for committed in (MODEL, ORDER_MODEL):
        rebuilt = tmp_path / committed.name
        # Each QGIS version writes its own XML for the same model: compare what QGIS reads.
        assert model_compare.behaviour(rebuilt) == model_compare.behaviour(committed)

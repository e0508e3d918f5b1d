"""Ordering through Processing: models, tiles, estimate, order (MAX_EUR), list, wait, cancel."""

from __future__ import annotations

import threading

import pytest
from clearsky_processing import (
    RecordingFeedback,
    fresh_key,
    registered_provider,
    run,
    use_server,
)
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsWkbTypes

# SECOND_AOI of the emulator: land outside the demo order, for ordering.
SECOND = "10.20,10.26,55.60,55.63 [EPSG:4326]"
JUNE = {"START_DATE": "2024-06-01", "END_DATE": "2024-06-30"}
ORDERS = "/api/tasking/orders"

pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture
def key(emulator, new_key, monkeypatch):
    """A key with no order, 100 EUR of order credits and 1000 processing units."""
    key = fresh_key(emulator, demo_order=False)
    emulator.set_euros(key, 100)
    emulator.set_units(key, 1000)
    return use_server(monkeypatch, emulator, key)


def created(emulator, key) -> list[dict]:
    return [
        e
        for e in emulator.request_log
        if e["key"] == key and e["path"] == ORDERS and e["method"] == "POST"
    ]


def place_order(extra: dict | None = None) -> dict:
    return run("clearsky:order", {"EXTENT": SECOND, **JUNE, "MAX_EUR": 50, **(extra or {})})


def test_account_info_reports_units_and_euros(key, emulator):
    results = run("clearsky:accountinfo", {})
    assert results["PROCESSING_UNITS"] == pytest.approx(emulator.units(key))
    assert results["CREDITS"] == results["PROCESSING_UNITS"]  # the 2024 name, kept
    assert results["EURO_BALANCE"] == pytest.approx(emulator.euros(key))
    assert results["MAX_CONNECTIONS"] >= 1


def test_models_table_and_list(key):
    results = run("clearsky:models", {"OUTPUT": "memory:"})
    assert "Stratus2" in results["MODELS"].split(",")
    table = results["OUTPUT"]
    assert [f.name() for f in table.fields()] == [
        "MODEL",
        "CONSTELLATIONS",
        "OPTIONAL_CONSTELLATIONS",
    ]
    rows = {row["MODEL"]: row for row in table.getFeatures()}
    assert rows["Stratus2"]["CONSTELLATIONS"] == "Sentinel1,Sentinel2,Landsat89"


def test_search_tiles_with_and_without_minitiles(key):
    tiles = run("clearsky:searchtiles", {"EXTENT": SECOND, "OUTPUT": "memory:"})
    layer = tiles["OUTPUT"]
    assert [f.name() for f in layer.fields()] == ["GUID", "MINITILE", "EPSG"]
    assert layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    rows = list(layer.getFeatures())
    assert rows and not any(row["MINITILE"] for row in rows)
    assert tiles["TILE_GUIDS"].split(",") == [row["GUID"] for row in rows]
    assert all(str(row["EPSG"]).startswith("326") for row in rows)
    assert tiles["MINITILE_GUIDS"] == ""

    both = run("clearsky:searchtiles", {"EXTENT": SECOND, "MINITILES": True, "OUTPUT": "memory:"})
    minitiles = [row for row in both["OUTPUT"].getFeatures() if row["MINITILE"]]
    assert minitiles and both["MINITILE_GUIDS"].split(",") == [r["GUID"] for r in minitiles]
    assert all(not row.geometry().isEmpty() for row in minitiles)


def test_order_estimate_is_free(key, emulator):
    results = run("clearsky:orderestimate", {"EXTENT": SECOND, **JUNE})
    assert results["AREA_KM2"] == pytest.approx(12.6, abs=1)
    assert results["COST_EUR"] > 0
    dates = results["IMAGE_DATES"].split(",")
    assert dates[0] == "2024-06-01" and dates[-1] == "2024-06-30" and len(dates) == 30
    weekly = run("clearsky:orderestimate", {"EXTENT": SECOND, **JUNE, "IMAGE_FREQUENCY": 7})
    assert len(weekly["IMAGE_DATES"].split(",")) < len(dates)
    assert emulator.euros(key) == 100 and created(emulator, key) == []


def test_recurring_estimate_has_a_monthly_price(key):
    results = run("clearsky:orderestimate", {"EXTENT": SECOND, "START_DATE": "2024-07-01"})
    assert results["RECURRING_EUR"] > 0


def test_max_eur_refuses_before_anything_is_sent(key, emulator):
    estimate = run("clearsky:orderestimate", {"EXTENT": SECOND, **JUNE})
    with pytest.raises(QgsProcessingException) as caught:
        place_order({"MAX_EUR": estimate["COST_EUR"] / 2})
    assert f"would cost {estimate['COST_EUR']:g} EUR, more than the maximum" in str(caught.value)
    assert "nothing was ordered" in str(caught.value)
    assert created(emulator, key) == [] and emulator.euros(key) == 100


def test_order_list_wait_and_download(key, emulator, monkeypatch, tmp_path):
    feedback = RecordingFeedback()
    ordered = run("clearsky:order", {"EXTENT": SECOND, **JUNE, "MAX_EUR": 50}, feedback)
    assert ordered["STATUS"] == "Review" and ordered["ORDER_ID"]
    assert emulator.euros(key) == pytest.approx(100 - ordered["COST_EUR"], abs=0.01)
    assert len(created(emulator, key)) == 1
    assert key not in feedback.text

    listed = run("clearsky:orders", {"OUTPUT": "memory:"})["OUTPUT"]
    assert [f.name() for f in listed.fields()] == [
        "ORDER_ID",
        "STATUS",
        "MODEL",
        "START_DATE",
        "END_DATE",
        "IMAGE_FREQUENCY",
        "AREA_KM2",
    ]
    (row,) = [r for r in listed.getFeatures() if r["ORDER_ID"] == ordered["ORDER_ID"]]
    assert row["STATUS"] == "Review" and row["MODEL"] == "Stratus2"
    assert row["START_DATE"].toPyDate().isoformat() == "2024-06-01"
    assert row["END_DATE"].toPyDate().isoformat() == "2024-06-30"
    assert row["IMAGE_FREQUENCY"] == 1 and row["AREA_KM2"] > 0
    assert not row.geometry().isEmpty()

    # Nothing is downloadable before the order is produced.
    with pytest.raises(QgsProcessingException):
        run(
            "clearsky:download",
            {"EXTENT": SECOND, "DATES": "2024-06-02", "OUTPUT_FOLDER": str(tmp_path)},
        )

    monkeypatch.setattr(emulator, "order_step_seconds", 0.2)
    waited = run("clearsky:waitorder", {"ORDER_ID": ordered["ORDER_ID"], "TIMEOUT_MINUTES": 1})
    assert waited["STATUS"] == "Completed"
    dates = waited["DATES"].split(",")
    assert dates[0] >= "2024-06-01" and dates[-1] <= "2024-06-30" and len(dates) >= 10

    units = emulator.units(key)
    done = run(
        "clearsky:download",
        {"EXTENT": SECOND, "DATES": dates[0], "OUTPUT_FOLDER": str(tmp_path)},
    )
    assert len(done["OUTPUT_LAYERS"]) == 1
    assert done["CREDITS_SPENT"] == 0 and emulator.units(key) == units  # included download


def test_wait_times_out_and_cancel_stops_waiting(key, emulator):
    order_id = place_order()["ORDER_ID"]
    with pytest.raises(QgsProcessingException, match=r"still .* after 0\.01 minutes"):
        run("clearsky:waitorder", {"ORDER_ID": order_id, "TIMEOUT_MINUTES": 0.01})
    feedback = RecordingFeedback()
    threading.Timer(0.5, feedback.cancel).start()
    with pytest.raises(QgsProcessingException, match="Cancelled waiting"):
        run("clearsky:waitorder", {"ORDER_ID": order_id, "TIMEOUT_MINUTES": 5}, feedback)


def test_cancel_an_order_in_review_refunds_it(key, emulator):
    order_id = place_order()["ORDER_ID"]
    assert emulator.euros(key) < 100
    results = run("clearsky:cancelorder", {"ORDER_ID": order_id})
    assert results["STATUS"] == "Canceled"
    assert emulator.euros(key) == pytest.approx(100)
    with pytest.raises(QgsProcessingException, match="was cancelled"):
        run("clearsky:waitorder", {"ORDER_ID": order_id, "TIMEOUT_MINUTES": 1})


def test_unknown_order_id_is_an_actionable_error(key):
    unknown = {"ORDER_ID": "00000000-0000-0000-0000-000000000000"}
    with pytest.raises(QgsProcessingException, match=r"\(404\).*the order, tile or date"):
        run("clearsky:cancelorder", unknown)
    with pytest.raises(QgsProcessingException, match="check the id with 'List orders'"):
        run("clearsky:waitorder", unknown)


def test_minitile_order_then_download_by_guid(key, emulator, tmp_path, qgis_new_project):
    tiles = run("clearsky:searchtiles", {"EXTENT": SECOND, "MINITILES": True, "OUTPUT": "memory:"})
    minitile = tiles["MINITILE_GUIDS"].split(",")[0]
    ordered = run(
        "clearsky:order",
        {"MINITILE_GUIDS": minitile, **JUNE, "IMAGE_FREQUENCY": 7, "MAX_EUR": 50},
    )
    emulator.advance_orders(5)
    days = run("clearsky:waitorder", {"ORDER_ID": ordered["ORDER_ID"]})["DATES"].split(",")
    assert days
    with pytest.raises(QgsProcessingException, match="more than the maximum of 0"):
        run(
            "clearsky:downloadtiles",
            {
                "MINITILE_GUIDS": minitile,
                "DATES": days[0],
                "MAX_CREDITS": 0,
                "OUTPUT_FOLDER": str(tmp_path),
            },
        )
    assert list(tmp_path.glob("*.tif")) == []
    results = run(
        "clearsky:downloadtiles",
        {"MINITILE_GUIDS": minitile, "DATES": days[0], "OUTPUT_FOLDER": str(tmp_path)},
        load=True,
    )
    (path,) = results["OUTPUT_LAYERS"]
    dataset = gdal.Open(path)
    assert dataset.RasterCount == 10
    assert dataset.GetMetadataItem("IMAGE_DATE") == days[0].replace("-", "")
    again = run(
        "clearsky:downloadtiles",
        {"MINITILE_GUIDS": minitile, "DATES": days[0], "OUTPUT_FOLDER": str(tmp_path)},
    )
    assert again["OUTPUT_LAYERS"] == [path] and again["CREDITS_SPENT"] == 0


def test_the_recurring_demo_order_is_listed_and_ready(emulator, new_key, monkeypatch):
    use_server(monkeypatch, emulator, new_key())
    (row,) = run("clearsky:orders", {"OUTPUT": "memory:"})["OUTPUT"].getFeatures()
    assert row["STATUS"] == "UpToDate" and not row["END_DATE"]  # recurring: no end
    waited = run("clearsky:waitorder", {"ORDER_ID": row["ORDER_ID"], "TIMEOUT_MINUTES": 0})
    assert waited["STATUS"] == "UpToDate"
    dates = waited["DATES"].split(",")
    assert "2024-06-01" in dates and dates[-1] <= "2024-07-15"

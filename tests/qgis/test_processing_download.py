"""clearsky:download and clearsky:downloadtiles: checked before paying, files, layers."""

from __future__ import annotations

import re

import pytest
from clearsky_processing import (
    RecordingFeedback,
    fresh_key,
    registered_provider,
    run,
    use_server,
)
from events import cancel_when, in_flight
from osgeo import gdal
from qgis.core import QgsMultiBandColorRenderer, QgsProcessingException, QgsProject

from clearsky_vision.core.api.store import read_sidecar
from clearsky_vision.core.raster.raster_io import band_names

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"
BORDER = "9.98,10.02,55.60,55.62 [EPSG:4326]"  # across two zones: 2024-06-24 is partial
SECOND = "10.20,10.26,55.60,55.63 [EPSG:4326]"  # outside the demo order
DATES = "2024-06-01,2024-06-15"
COMPOSITE = "/api/satelliteimages/process/composite"


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture
def key(emulator, new_key, monkeypatch):
    return use_server(monkeypatch, emulator, new_key(credits=100, max_connections=2))


def bought(emulator, key) -> list[dict]:
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def test_download_files_units_and_true_colour_layers(key, emulator, tmp_path, qgis_new_project):
    feedback = RecordingFeedback()
    parameters = {
        "EXTENT": EXTENT,
        "DATES": DATES,
        "BANDS": "B2,B3,B4,B8",
        "OUTPUT_FOLDER": str(tmp_path),
    }
    results = run("clearsky:download", parameters, feedback, load=True)
    files = sorted(results["OUTPUT_LAYERS"])
    assert len(files) == 2 and all(path.startswith(str(tmp_path)) for path in files)
    # The demo order includes one download of each date: free, no units spent.
    assert results["CREDITS_SPENT"] == 0 and emulator.units(key) == 100
    assert [band_names(gdal.Open(path)) for path in files] == [["B2", "B3", "B4", "B8"]] * 2
    assert feedback.progress[-1] == pytest.approx(100)
    assert key not in feedback.text

    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert sorted(layers) == ["2024-06-01", "2024-06-15"]
    june_15 = layers["2024-06-15"]
    renderer = june_15.renderer()
    assert isinstance(renderer, QgsMultiBandColorRenderer)
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (3, 2, 1)
    span = june_15.temporalProperties().fixedTemporalRange()
    assert span.begin().date().toPyDate().isoformat() == "2024-06-15"
    assert "IMAGE_DATE: 20240615" in june_15.metadata().abstract()

    again = run("clearsky:download", parameters)
    assert again["CREDITS_SPENT"] == 0 and sorted(again["OUTPUT_LAYERS"]) == files
    # A variant of a date already downloaded costs processing units, exactly as estimated.
    variant = run("clearsky:download", {**parameters, "BANDS": "rgb"})
    spent = variant["CREDITS_SPENT"]
    assert spent > 0 and emulator.units(key) == pytest.approx(100 - spent)


def test_refused_before_any_paid_call(key, emulator, tmp_path):
    base = {"EXTENT": EXTENT, "DATES": DATES, "OUTPUT_FOLDER": str(tmp_path / "first")}
    run("clearsky:download", base)  # the included downloads: the variants below cost units
    base = {**base, "BANDS": "rgb", "OUTPUT_FOLDER": str(tmp_path)}
    units, paid_calls = emulator.units(key), len(bought(emulator, key))
    with pytest.raises(QgsProcessingException) as caught:
        run("clearsky:download", {**base, "MAX_CREDITS": 1})
    assert re.fullmatch(
        r"The download would cost [\d.]+ processing units, more than the maximum of 1 you "
        r"set: raise it or choose fewer dates\.",
        str(caught.value),
    )
    emulator.set_units(key, 1)
    with pytest.raises(QgsProcessingException, match="Not enough processing units: 2 date"):
        run("clearsky:download", base)
    with pytest.raises(QgsProcessingException, match="Your orders do not cover this area"):
        run("clearsky:download", {**base, "EXTENT": SECOND})
    assert len(bought(emulator, key)) == paid_calls and emulator.units(key) == 1 < units
    assert list(tmp_path.glob("*.tif")) == []


def test_partial_dates_need_allow_partial(key, emulator, tmp_path):
    base = {"EXTENT": BORDER, "DATES": "2024-06-24", "OUTPUT_FOLDER": str(tmp_path)}
    with pytest.raises(QgsProcessingException, match="2024-06-24: "):
        run("clearsky:download", base)
    assert bought(emulator, key) == []
    results = run("clearsky:download", {**base, "ALLOW_PARTIAL": True, "MODEL": "Stratus2"})
    (path,) = results["OUTPUT_LAYERS"]
    assert len(bought(emulator, key)) == 1
    sent = read_sidecar(path)["request"]
    assert sent["AllowPartialImage"] is True and sent["Model"] == "Stratus2"


def test_unknown_model_names_the_offered_ones(key, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Unknown model 'Cumulus'.*Stratus2"):
        run(
            "clearsky:download",
            {"EXTENT": EXTENT, "DATES": DATES, "MODEL": "Cumulus", "OUTPUT_FOLDER": str(tmp_path)},
        )


def test_a_failed_date_is_reported_and_the_others_kept(key, emulator, tmp_path):
    emulator.add_fault(key, "no_data", times=1, path=COMPOSITE)
    feedback = RecordingFeedback()
    results = run(
        "clearsky:download",
        {"EXTENT": EXTENT, "DATES": DATES, "BANDS": "rgb", "OUTPUT_FOLDER": str(tmp_path)},
        feedback,
    )
    assert len(results["OUTPUT_LAYERS"]) == 1
    assert len(feedback.errors) == 1
    assert "No imagery for this area and date" in feedback.errors[0]
    assert "code 1002" in feedback.errors[0]
    assert feedback.errors[0].startswith(("2024-06-01: ", "2024-06-15: "))


def test_every_date_failing_fails_the_algorithm(key, emulator, tmp_path):
    emulator.add_fault(key, "no_data", times=-1, path=COMPOSITE)
    with pytest.raises(QgsProcessingException, match="None of the 2 downloads succeeded"):
        run(
            "clearsky:download",
            {"EXTENT": EXTENT, "DATES": DATES, "BANDS": "rgb", "OUTPUT_FOLDER": str(tmp_path)},
        )


def test_cancel_keeps_no_partial_file(key, emulator, tmp_path):
    # Slow first bytes: the cancel arrives while both dates are still on their way.
    emulator.add_fault(key, "slow_first_byte", times=-1, path=COMPOSITE, delay=6)
    feedback = RecordingFeedback()
    cancel_when(feedback, lambda: in_flight(emulator, key))  # an event, not a timer
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            "clearsky:download",
            {"EXTENT": EXTENT, "DATES": DATES, "OUTPUT_FOLDER": str(tmp_path)},
            feedback,
        )
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".tif", ".part")] == []


def test_whole_tiles_of_the_area_with_the_2024_parameters(
    emulator, monkeypatch, tmp_path, qgis_new_project
):
    """AOI/EXTENT + START_DATE/END_DATE still work: the tiles over the area, the ordered dates."""
    use_server(monkeypatch, emulator, fresh_key(emulator, demo_order=False))
    tiles = run("clearsky:searchtiles", {"EXTENT": SECOND, "OUTPUT": "memory:"})["TILE_GUIDS"]
    order = run(
        "clearsky:order",
        {
            "TILE_GUIDS": tiles,
            "START_DATE": "2024-06-01",
            "END_DATE": "2024-06-15",
            "IMAGE_FREQUENCY": 7,
            "REFERENCE_DATE": "2024-06-01",
            "MAX_EUR": 1000,
        },
    )
    emulator.advance_orders(5)
    assert run("clearsky:waitorder", {"ORDER_ID": order["ORDER_ID"]})["STATUS"] == "Completed"
    parameters = {
        "EXTENT": SECOND,
        "START_DATE": "2024-06-01",
        "END_DATE": "2024-06-15",
        "RESOLUTION": "160",
        "OUTPUT_FOLDER": str(tmp_path),
    }
    with pytest.raises(QgsProcessingException, match=r"up to about [\d.]+ processing units"):
        run("clearsky:downloadtiles", {**parameters, "MAX_CREDITS": 1})
    assert list(tmp_path.glob("*.tif")) == []
    results = run("clearsky:downloadtiles", parameters, load=True)
    files = sorted(results["OUTPUT_LAYERS"])
    assert [gdal.Open(t).GetMetadataItem("IMAGE_DATE") for t in files] == [
        "20240601",
        "20240608",
        "20240615",
    ]
    assert results["CREDITS_SPENT"] == 0  # the order includes the first download
    tile_posts = [e for e in emulator.request_log if e["path"].endswith("/process/tile")]
    assert len(tile_posts) == 3
    layer = next(iter(QgsProject.instance().mapLayers().values()))
    assert isinstance(layer.renderer(), QgsMultiBandColorRenderer)

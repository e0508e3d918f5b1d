"""clearsky:download and clearsky:downloadtiles: checked before paying, files, layers."""

from __future__ import annotations

import threading

import pytest
from clearsky_processing import RecordingFeedback, registered_provider, run, use_server
from osgeo import gdal
from qgis.core import QgsMultiBandColorRenderer, QgsProcessingException, QgsProject

from clearsky_vision.core.raster.raster_io import band_names

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"
DATES = "2024-06-01,2024-06-15"
COMPOSITE = "/api/satelliteimages/process/composite"


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture
def key(emulator, new_key, monkeypatch):
    return use_server(monkeypatch, emulator, new_key(credits=100, max_connections=2))


def bought(emulator, key) -> list[dict]:
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def test_download_files_credits_and_true_colour_layers(key, emulator, tmp_path, qgis_new_project):
    feedback = RecordingFeedback()
    results = run(
        "clearsky:download",
        {"EXTENT": EXTENT, "DATES": DATES, "BANDS": "B2,B3,B4,B8", "OUTPUT_FOLDER": str(tmp_path)},
        feedback,
        load=True,
    )
    files = sorted(results["OUTPUT_LAYERS"])
    assert len(files) == 2 and all(path.startswith(str(tmp_path)) for path in files)
    spent = results["CREDITS_SPENT"]
    assert spent > 0 and emulator.credits(key) == pytest.approx(100 - spent)
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

    again = run(
        "clearsky:download",
        {"EXTENT": EXTENT, "DATES": DATES, "BANDS": "B2,B3,B4,B8", "OUTPUT_FOLDER": str(tmp_path)},
    )
    assert again["CREDITS_SPENT"] == 0 and sorted(again["OUTPUT_LAYERS"]) == files
    assert emulator.credits(key) == pytest.approx(100 - spent)  # reused, not bought twice


def test_refused_before_any_paid_call(key, emulator, tmp_path):
    base = {"EXTENT": EXTENT, "DATES": DATES, "OUTPUT_FOLDER": str(tmp_path)}
    with pytest.raises(QgsProcessingException) as caught:
        run("clearsky:download", {**base, "MAX_CREDITS": 10})
    assert str(caught.value) == (
        "The download would cost 25.26 credits, more than the maximum of 10 you set: raise "
        "it or choose fewer dates."
    )
    with pytest.raises(QgsProcessingException, match="Not enough credits: 10 date"):
        run(
            "clearsky:download",
            {**base, "DATES": ",".join(f"2024-06-{d:02d}" for d in range(1, 11))},
        )
    assert bought(emulator, key) == [] and emulator.credits(key) == 100
    assert list(tmp_path.glob("*.tif")) == []


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
    assert "No imagery for this area and date (1002)" in feedback.errors[0]
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
    emulator.add_fault(key, "slow_first_byte", times=-1, path=COMPOSITE, delay=1.5)
    feedback = RecordingFeedback()
    threading.Timer(0.3, feedback.cancel).start()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            "clearsky:download",
            {"EXTENT": EXTENT, "DATES": DATES, "OUTPUT_FOLDER": str(tmp_path)},
            feedback,
        )
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".tif", ".part")] == []


def test_whole_tiles(emulator, new_key, monkeypatch, tmp_path, qgis_new_project):
    key = new_key(credits=1000)
    use_server(monkeypatch, emulator, key)
    parameters = {
        "EXTENT": EXTENT,
        "START_DATE": "2024-06-14",
        "END_DATE": "2024-06-15",
        "OUTPUT_FOLDER": str(tmp_path),
    }
    with pytest.raises(
        QgsProcessingException, match=r"about 524\.2 credits, more than the maximum"
    ):
        run("clearsky:downloadtiles", {**parameters, "MAX_CREDITS": 300})
    assert emulator.credits(key) == 1000
    feedback = RecordingFeedback()
    results = run("clearsky:downloadtiles", parameters, feedback, load=True)
    tiles = sorted(results["OUTPUT_LAYERS"])
    assert len(tiles) == 2 and results["CREDITS_SPENT"] == pytest.approx(524.2)
    assert emulator.credits(key) == pytest.approx(1000 - 524.2)
    assert [gdal.Open(t).GetMetadataItem("IMAGE_DATE") for t in tiles] == ["20240614", "20240615"]
    assert any("under 10% of a tile" in warning for warning in feedback.warnings)
    layer = next(iter(QgsProject.instance().mapLayers().values()))
    assert isinstance(layer.renderer(), QgsMultiBandColorRenderer)

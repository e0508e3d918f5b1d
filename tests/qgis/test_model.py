"""The shipped graphical model: AOI + date range -> search -> download -> NDVI per date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from clearsky_processing import (
    RecordingFeedback,
    polygon_layer,
    registered_provider,
    run,
    use_server,
)
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException

from clearsky_vision.core.api.geometry import Aoi

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "clearsky_ndvi_time_series.model3"
MODEL_ID = "clearsky:NDVI time series"
# Inside one zone, off its border: every date of the emulator is fully covered here.
FIELDS = Aoi.from_bounds(9.51, 55.60, 9.57, 55.63, name="Fields")


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


def test_the_toolbox_offers_the_model_with_its_inputs():
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None and model.provider().id() == "clearsky"
    names = [p.name() for p in model.parameterDefinitions()]
    assert names == ["AOI", "START_DATE", "END_DATE", "OUTPUT_FOLDER", "MAX_CREDITS"]
    assert "NDVI of each date" in model.shortHelpString()
    assert sorted(model.childAlgorithms()) == ["download", "ndvi", "search_dates"]


def test_model_runs_against_the_emulator(emulator, new_key, monkeypatch, tmp_path):
    key = new_key(credits=200)
    use_server(monkeypatch, emulator, key)
    feedback = RecordingFeedback()
    results = run(
        MODEL_ID,
        {
            "AOI": polygon_layer(FIELDS),
            "START_DATE": "2024-06-01",
            "END_DATE": "2024-06-03",
            "OUTPUT_FOLDER": str(tmp_path),
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
    assert emulator.credits(key) < 200
    assert key not in feedback.text


def test_model_honours_max_credits(emulator, new_key, monkeypatch, tmp_path):
    use_server(monkeypatch, emulator, new_key(credits=200))
    parameters = {
        "AOI": polygon_layer(FIELDS),
        "START_DATE": "2024-06-01",
        "END_DATE": "2024-06-03",
        "OUTPUT_FOLDER": str(tmp_path),
        "MAX_CREDITS": 5,
    }
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="Error encountered while running Download"):
        run(MODEL_ID, parameters, feedback)
    # The model names the failing step; the reason is in its log, as the dock words it.
    assert feedback.errors == [
        "The download would cost 37.89 credits, more than the maximum of 5 you set: raise it "
        "or choose fewer dates."
    ]
    assert not list(tmp_path.glob("*.tif"))


def test_committed_model_is_what_the_build_script_makes(tmp_path):
    rebuilt = tmp_path / "model.model3"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_model.py"), "--output", str(rebuilt)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # Qt may order XML attributes differently from one run to the next: compare canonically.
    assert ElementTree.canonicalize(from_file=rebuilt) == ElementTree.canonicalize(from_file=MODEL)

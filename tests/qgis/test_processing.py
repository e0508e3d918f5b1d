"""The Processing provider: its public contract, searching dates and estimating costs."""

from __future__ import annotations

import pytest
from clearsky_processing import (
    RecordingFeedback,
    polygon_layer,
    registered_provider,
    run,
    use_server,
)
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeatureSourceDefinition
from world import BORDER_AOI

from clearsky_vision.core.api.geometry import Aoi

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"

# Models and scripts depend on these names: add new ones, never rename or remove.
CONTRACT = {
    "accountinfo": (
        [],
        ["CREDITS", "CREDIT_LIMIT", "MAX_AREA_KM2", "MAX_BANDS", "MAX_CONNECTIONS"],
    ),
    "searchdates": (["AOI", "EXTENT", "START_DATE", "END_DATE", "OUTPUT"], ["OUTPUT", "DATES"]),
    "estimate": (
        ["AOI", "EXTENT", "DATES", "RESOLUTION", "BANDS", "CRS"],
        ["AREA_KM2", "CREDITS", "CREDITS_PER_DATE", "CREDITS_LEFT"],
    ),
    "download": (
        [
            "AOI",
            "EXTENT",
            "DATES",
            "RESOLUTION",
            "BANDS",
            "CRS",
            "PIXEL_SELECTION",
            "MAX_CREDITS",
            "OUTPUT_FOLDER",
        ],
        ["OUTPUT_LAYERS", "CREDITS_SPENT", "OUTPUT_FOLDER"],
    ),
    "downloadtiles": (
        ["AOI", "EXTENT", "START_DATE", "END_DATE", "MAX_CREDITS", "OUTPUT_FOLDER"],
        ["OUTPUT_LAYERS", "CREDITS_SPENT", "OUTPUT_FOLDER"],
    ),
    "merge": (["INPUT", "CRS", "OUTPUT"], ["OUTPUT"]),
    "index": (
        ["INPUT", "INDEX", "EXPRESSION", "OUTPUT"],
        ["MEAN", "MINIMUM", "MAXIMUM", "OUTPUT"],
    ),
    "indexbatch": (
        ["INPUT_LAYERS", "INDEX", "EXPRESSION", "OUTPUT_FOLDER"],
        ["OUTPUT_LAYERS", "OUTPUT_FOLDER"],
    ),
}


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture
def key(emulator, new_key, monkeypatch):
    return use_server(monkeypatch, emulator, new_key(credits=300))


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_public_ids_parameters_and_outputs(name):
    algorithm = QgsApplication.processingRegistry().algorithmById(f"clearsky:{name}")
    parameters, outputs = CONTRACT[name]
    assert [p.name() for p in algorithm.parameterDefinitions()] == parameters
    assert sorted(o.name() for o in algorithm.outputDefinitions()) == sorted(outputs)
    assert len(algorithm.shortHelpString()) > 150
    assert not algorithm.icon().isNull()


def test_enum_values_are_stable_strings():
    index = QgsApplication.processingRegistry().algorithmById("clearsky:index")
    choice = index.parameterDefinition("INDEX")
    assert choice.usesStaticStrings() and choice.defaultValue() == "NDVI"
    assert choice.options() == [
        "NDVI",
        "GNDVI",
        "NDRE",
        "NDWI",
        "MNDWI",
        "NDMI",
        "NBR",
        "NBR2",
        "NDBI",
        "EVI",
        "SAVI",
        "MSAVI2",
        "CUSTOM",
    ]
    download = QgsApplication.processingRegistry().algorithmById("clearsky:download")
    assert download.parameterDefinition("RESOLUTION").options()[:3] == ["10", "20", "40"]
    assert download.parameterDefinition("PIXEL_SELECTION").options() == ["intersect", "contained"]


def test_tile_help_says_when_tiles_are_cheaper():
    tiles = QgsApplication.processingRegistry().algorithmById("clearsky:downloadtiles")
    assert "larger than about 10% of a tile (~262 km2)" in tiles.shortHelpString()


def test_search_dates_from_an_extent(key):
    feedback = RecordingFeedback()
    results = run(
        "clearsky:searchdates",
        {
            "EXTENT": EXTENT,
            "START_DATE": "2024-06-01",
            "END_DATE": "2024-06-15",
            "OUTPUT": "memory:",
        },
        feedback,
    )
    dates = results["DATES"].split(",")
    assert dates[0] == "2024-06-01" and dates[-1] == "2024-06-15" and len(dates) >= 12
    table = results["OUTPUT"]
    names = [field.name() for field in table.fields()]
    assert names == ["date", "coverage", "zones_missing", "zones_total", "model", "constellations"]
    rows = list(table.getFeatures())
    assert len(rows) == len(dates)
    assert {row["coverage"] for row in rows} == {"full"}
    assert rows[0]["date"].toPyDate().isoformat() == "2024-06-01"
    assert rows[0]["constellations"] == "Sentinel1,Sentinel2,Landsat89"
    assert feedback.progress[-1] == 100
    assert key not in feedback.text


def test_selected_features_only_is_honoured(key):
    # Fields inside one zone (the demo AOI's west edge is a zone border: keep off it).
    fields = Aoi.from_bounds(9.51, 55.60, 9.57, 55.63)
    layer = polygon_layer(fields, BORDER_AOI, crs="EPSG:3857")
    parameters = {"START_DATE": "2024-07-10", "END_DATE": "2024-07-14", "OUTPUT": "memory:"}

    def coverage(feature_number: int) -> dict:
        layer.selectByIds([sorted(layer.allFeatureIds())[feature_number]])
        source = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        table = run("clearsky:searchdates", {**parameters, "AOI": source})["OUTPUT"]
        return {row["date"].toPyDate().isoformat(): row["coverage"] for row in table.getFeatures()}

    demo, border = coverage(0), coverage(1)
    assert set(demo.values()) == {"full"}
    assert border["2024-07-14"] == "partial"  # the zone east of the border lags a day


def test_no_area_is_an_actionable_error(key):
    with pytest.raises(QgsProcessingException, match="No area chosen: give a polygon layer"):
        run(
            "clearsky:searchdates",
            {"START_DATE": "2024-06-01", "END_DATE": "2024-06-02", "OUTPUT": "memory:"},
        )


def test_estimate(key, emulator):
    results = run(
        "clearsky:estimate",
        {"EXTENT": EXTENT, "DATES": "2024-06-15, 2024-06-01,2024-06-15", "RESOLUTION": "10"},
    )
    assert results["AREA_KM2"] == pytest.approx(12.6, abs=0.2)
    assert results["CREDITS"] == pytest.approx(2 * results["CREDITS_PER_DATE"])  # distinct dates
    assert results["CREDITS_LEFT"] == pytest.approx(300 - results["CREDITS"])
    assert emulator.credits(key) == 300  # estimating is free


def test_estimate_warns_when_the_download_would_be_refused(key):
    feedback = RecordingFeedback()
    run(
        "clearsky:estimate",
        {"EXTENT": EXTENT, "DATES": ",".join(f"2024-06-{d:02d}" for d in range(1, 29))},
        feedback,
    )
    assert feedback.warnings == [
        "The download would be refused: Not enough credits: 28 date(s) cost 353.64 credits, "
        "you have 300. Choose fewer dates, a smaller area, fewer bands or a coarser "
        "resolution, or top up your account."
    ]


def test_bad_inputs_name_what_to_fix(key):
    with pytest.raises(QgsProcessingException, match="Unknown band 'B9'"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": "2024-06-01", "BANDS": "B4,B9"})
    with pytest.raises(QgsProcessingException, match="'June 1st' is not a date"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": "June 1st"})
    with pytest.raises(QgsProcessingException, match="No dates given"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": " , "})

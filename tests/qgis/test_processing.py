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
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
)
from world import BORDER_AOI

from clearsky_vision.core.api.geometry import Aoi

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"

ORDER_PARAMETERS = [
    "AOI",
    "EXTENT",
    "TILE_GUIDS",
    "MINITILE_GUIDS",
    "MODEL",
    "START_DATE",
    "END_DATE",
    "IMAGE_FREQUENCY",
    "REFERENCE_DATE",
    "STORAGE_MONTHS",
    "API_REQUESTS",
]
# Models and scripts depend on these names: add new ones, never rename or remove.
CONTRACT = {
    "accountinfo": (
        [],
        [
            "CREDITS",
            "CREDIT_LIMIT",
            "MAX_AREA_KM2",
            "MAX_BANDS",
            "MAX_CONNECTIONS",
            "PROCESSING_UNITS",
            "EURO_BALANCE",
        ],
    ),
    "models": (["OUTPUT"], ["OUTPUT", "MODELS"]),
    "searchtiles": (
        ["AOI", "EXTENT", "MINITILES", "OUTPUT"],
        ["OUTPUT", "TILE_GUIDS", "MINITILE_GUIDS"],
    ),
    "orderestimate": (
        ORDER_PARAMETERS,
        ["AREA_KM2", "COST_EUR", "RECURRING_EUR", "IMAGE_DATES"],
    ),
    "order": ([*ORDER_PARAMETERS, "MAX_EUR"], ["ORDER_ID", "STATUS", "COST_EUR"]),
    "orders": (["INCLUDE_EXPIRED", "OUTPUT"], ["OUTPUT"]),
    "cancelorder": (["ORDER_ID"], ["STATUS"]),
    "waitorder": (["ORDER_ID", "TIMEOUT_MINUTES"], ["STATUS", "DATES"]),
    "searchdates": (
        ["AOI", "EXTENT", "START_DATE", "END_DATE", "MODEL", "OUTPUT"],
        ["OUTPUT", "DATES"],
    ),
    "estimate": (
        ["AOI", "EXTENT", "DATES", "RESOLUTION", "BANDS", "CRS", "MODEL", "ALLOW_PARTIAL"],
        [
            "AREA_KM2",
            "CREDITS",
            "CREDITS_PER_DATE",
            "CREDITS_LEFT",
            "UNITS_BY_DATE",
            "READY_DATES",
        ],
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
            "MODEL",
            "ALLOW_PARTIAL",
            "RETRY_PAID",
        ],
        ["OUTPUT_LAYERS", "CREDITS_SPENT", "OUTPUT_FOLDER"],
    ),
    # The legacy Tile API is retired: the 2024 names stay (GUIDs or the area's tiles, DATES or
    # the dates in the range) so saved models keep working.
    "downloadtiles": (
        [
            "TILE_GUIDS",
            "MINITILE_GUIDS",
            "AOI",
            "EXTENT",
            "DATES",
            "START_DATE",
            "END_DATE",
            "MODEL",
            "RESOLUTION",
            "BANDS",
            "CRS",
            "ALLOW_PARTIAL",
            "MAX_CREDITS",
            "OUTPUT_FOLDER",
            "RETRY_PAID",
        ],
        ["OUTPUT_LAYERS", "CREDITS_SPENT", "OUTPUT_FOLDER"],
    ),
    "merge": (["INPUT", "CRS", "OUTPUT", "CLOUD_OPTIMIZED"], ["OUTPUT"]),
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


def test_tile_help_says_the_tile_api_is_retired_and_when_tiles_pay_off():
    tiles = QgsApplication.processingRegistry().algorithmById("clearsky:downloadtiles")
    assert "replaces the retired Tile API" in tiles.shortHelpString()
    assert "more than 40% of the tile" in tiles.shortHelpString()


def test_rarely_used_parameters_are_advanced_and_every_new_one_has_help():
    order = QgsApplication.processingRegistry().algorithmById("clearsky:order")
    advanced = [
        d.name()
        for d in order.parameterDefinitions()
        if d.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    ]
    assert advanced == ["REFERENCE_DATE", "STORAGE_MONTHS", "API_REQUESTS"]
    if hasattr(QgsProcessingParameterDefinition, "help"):
        assert all(d.help() for d in order.parameterDefinitions())


def test_added_parameters_keep_saved_models_valid():
    # A model saved before MODEL/ALLOW_PARTIAL/GUIDs existed gives them no value.
    registry = QgsApplication.processingRegistry()
    for name, old in (
        ("download", {"AOI", "EXTENT", "DATES", "RESOLUTION", "BANDS", "CRS", "PIXEL_SELECTION"}),
        ("downloadtiles", {"AOI", "EXTENT", "START_DATE", "END_DATE"}),
        ("estimate", {"AOI", "EXTENT", "DATES", "RESOLUTION", "BANDS", "CRS"}),
        ("searchdates", {"AOI", "EXTENT", "START_DATE", "END_DATE", "OUTPUT"}),
    ):
        algorithm = registry.algorithmById(f"clearsky:{name}")
        added = [
            d.name()
            for d in algorithm.parameterDefinitions()
            if d.name() not in old | {"MAX_CREDITS", "OUTPUT_FOLDER"}
        ]
        optional = QgsProcessingParameterDefinition.Flag.FlagOptional
        assert all(algorithm.parameterDefinition(n).flags() & optional for n in added), name


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
    # The demo order includes one download of each date: nothing used yet, so 0 units.
    assert results["UNITS_BY_DATE"] == "2024-06-01=0,2024-06-15=0"  # distinct, sorted
    assert results["CREDITS"] == results["CREDITS_PER_DATE"] == 0
    assert results["CREDITS_LEFT"] == pytest.approx(300)
    assert results["READY_DATES"] == "2024-06-01,2024-06-15"
    assert emulator.units(key) == 300  # estimating is free


def test_estimate_counts_units_once_the_included_download_is_used(key, emulator, tmp_path):
    days = "2024-06-01,2024-06-15"
    run("clearsky:download", {"EXTENT": EXTENT, "DATES": days, "OUTPUT_FOLDER": str(tmp_path)})
    emulator.set_units(key, 1)
    feedback = RecordingFeedback()
    results = run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": days, "BANDS": "rgb"}, feedback)
    per_date = [float(pair.split("=")[1]) for pair in results["UNITS_BY_DATE"].split(",")]
    assert per_date[0] == per_date[1] > 1 and results["CREDITS"] == pytest.approx(sum(per_date))
    assert results["CREDITS_LEFT"] == pytest.approx(1 - results["CREDITS"])
    assert feedback.warnings == [
        f"The download would be refused: Not enough processing units: 2 date(s) cost "
        f"{results['CREDITS']:g} PU, you have 1. Choose fewer dates, a smaller area, fewer "
        "bands or a coarser resolution, or top up processing units."
    ]


def test_estimate_names_the_dates_that_are_not_ready(key):
    feedback = RecordingFeedback()
    outside = "10.20,10.26,55.60,55.63 [EPSG:4326]"  # no order of this key covers it
    results = run("clearsky:estimate", {"EXTENT": outside, "DATES": "2024-06-01"}, feedback)
    assert results["READY_DATES"] == "" and results["UNITS_BY_DATE"] == ""
    (warning,) = feedback.warnings
    assert warning.startswith("2024-06-01: ") and "order" in warning.lower()


def test_bad_inputs_name_what_to_fix(key):
    with pytest.raises(QgsProcessingException, match="Unknown band 'B9'"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": "2024-06-01", "BANDS": "B4,B9"})
    with pytest.raises(QgsProcessingException, match="'June 1st' is not a date"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": "June 1st"})
    with pytest.raises(QgsProcessingException, match="No dates given"):
        run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": " , "})

"""clearsky:timeseries on the emulator's downloads: pixel values and polygon statistics against
numpy over the whole rasters and QgsZonalStatistics over the index rasters."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from clearsky_processing import RecordingFeedback, polygon_layer, registered_provider, run
from osgeo import gdal, osr
from qgis.analysis import QgsZonalStatistics
from qgis.core import (
    NULL,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from world import DEMO_AOI

from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.raster import timeseries
from clearsky_vision.core.raster.indices import compute_index
from clearsky_vision.processing_provider import timeseries as algorithm

DAYS = (dt.date(2024, 6, 1), dt.date(2024, 6, 15), dt.date(2024, 7, 1))
FIELD = Aoi.from_bounds(9.515, 55.605, 9.535, 55.618, name="Field")
POINTS = [(9.52, 55.61), (9.545, 55.625), (12.0, 50.0)]  # the last one outside every file

pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture(scope="module")
def downloads(emulator, tmp_path_factory):
    """Three dates over the demo fields (all bands, UTM 32N), bought once for the module."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key("timeseries-algorithm", credits=1000)
    client = ClearSkyClient(emulator.url, "timeseries-algorithm")
    folder = tmp_path_factory.mktemp("downloads")
    paths = [
        client.download_composite(CompositeRequest(DEMO_AOI, day, epsg=32632), folder).path
        for day in DAYS
    ]
    return folder, paths


def point_layer(points, crs: str = "EPSG:4326") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={crs}", "places", "memory")
    features = []
    for x, y in points:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def table(path) -> list[tuple]:
    """(feature_id, date, value, pixels) rows of the output table."""
    layer = QgsVectorLayer(str(path), "series", "ogr")
    assert layer.isValid() and [f.name() for f in layer.fields()][-4:] == [
        "feature_id",
        "date",
        "value",
        "pixels",
    ]
    rows = []
    for feature in layer.getFeatures():
        value = feature["value"]
        value = None if value == NULL else float(value)  # NULL: a gap
        rows.append((feature["feature_id"], feature["date"].toPyDate(), value, feature["pixels"]))
    return rows


def ndvi_at(path, lon: float, lat: float) -> float | None:
    """NDVI of the whole file in numpy, then the pixel under (lon, lat); None for nodata."""
    dataset = gdal.Open(str(path))
    names = [dataset.GetRasterBand(n).GetDescription() for n in range(1, 11)]
    red = dataset.GetRasterBand(names.index("B4") + 1).ReadAsArray().astype(np.float64)
    nir = dataset.GetRasterBand(names.index("B8") + 1).ReadAsArray().astype(np.float64)
    with np.errstate(all="ignore"):
        ndvi = ((nir / 1e4 - red / 1e4) / (nir / 1e4 + red / 1e4)).astype(np.float32)
    invalid = (red == -32768) | (nir == -32768) | ~np.isfinite(ndvi)
    wgs84, utm = osr.SpatialReference(), dataset.GetSpatialRef()
    wgs84.ImportFromEPSG(4326)
    for reference in (wgs84, utm):
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(wgs84, utm).TransformPoint(lon, lat)
    left, width, _, top, _, height = dataset.GetGeoTransform()
    column, row = int((x - left) // width), int((y - top) // height)
    if not (0 <= row < ndvi.shape[0] and 0 <= column < ndvi.shape[1]) or invalid[row, column]:
        return None
    return float(ndvi[row, column])


def test_points_give_the_pixel_of_every_date(downloads, tmp_path):
    folder, paths = downloads
    output = tmp_path / "series.gpkg"
    layer = point_layer(POINTS)
    feedback = RecordingFeedback()
    run(
        "clearsky:timeseries",
        {"FOLDER": str(folder), "INPUT_FEATURES": layer, "OUTPUT": str(output)},
        feedback,
    )
    rows = table(output)
    ids = [feature.id() for feature in layer.getFeatures()]
    assert [(r[0], r[1]) for r in rows] == [(i, day) for i in ids for day in DAYS]
    expected = [ndvi_at(path, *point) for point in POINTS for path in paths]
    assert [r[2] for r in rows] == expected
    assert all(value is not None for value in expected[:6]) and expected[6:] == [None] * 3
    assert [r[3] for r in rows] == [1] * 6 + [0] * 3
    assert feedback.progress[-1] == pytest.approx(100)
    assert any("3 dates (3 files)" in info for info in feedback.infos)


def zonal_mean(raster, polygon_wkt: str, crs: str):
    """QgsZonalStatistics' mean and count over an index raster (the polygon in ``crs``)."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "zone", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(polygon_wkt))
    layer.dataProvider().addFeatures([feature])
    index = QgsRasterLayer(str(raster), "ndvi")
    stats = QgsZonalStatistics.Statistic.Mean | QgsZonalStatistics.Statistic.Count
    QgsZonalStatistics(layer, index, "z_", 1, stats).calculateStatistics(None)
    found = next(layer.getFeatures())
    return found["z_mean"], found["z_count"]


@pytest.mark.parametrize("crs", ["EPSG:32632", "EPSG:4326"])
def test_polygon_mean_equals_zonal_statistics_of_the_index_raster(downloads, tmp_path, crs):
    _folder, paths = downloads
    layer = polygon_layer(FIELD, crs=crs)
    output = tmp_path / "series.gpkg"
    run(
        "clearsky:timeseries",
        {"INPUT": [str(p) for p in paths], "INPUT_FEATURES": layer, "OUTPUT": str(output)},
    )
    rows = table(output)
    wkt = next(layer.getFeatures()).geometry().asWkt()
    assert [r[1] for r in rows] == list(DAYS)
    for row, path in zip(rows, paths):
        index = compute_index(path, "NDVI", tmp_path / f"{path.stem}_NDVI.tif").path
        mean, count = zonal_mean(index, wkt, crs)
        assert row[3] == count > 300
        assert row[2] == pytest.approx(mean, rel=1e-12)


def test_statistic_and_expression(downloads, tmp_path):
    folder, paths = downloads
    layer = polygon_layer(FIELD)
    common = {"FOLDER": str(folder), "INPUT_FEATURES": layer}
    run(
        "clearsky:timeseries", {**common, "STATISTIC": "median", "OUTPUT": str(tmp_path / "a.gpkg")}
    )
    wkt = next(layer.getFeatures()).geometry().asWkt()
    core = timeseries.polygon_series(paths, "NDVI", wkt, 4326, "median")
    assert [r[2] for r in table(tmp_path / "a.gpkg")] == [item.value for item in core]
    # EXPRESSION replaces INDEX: B8 alone, as reflectance.
    run(
        "clearsky:timeseries",
        {
            **common,
            "INDEX": "NDWI",
            "EXPRESSION": "B8",
            "STATISTIC": "max",
            "OUTPUT": str(tmp_path / "b.gpkg"),
        },
    )
    core = timeseries.polygon_series(paths, "B8", wkt, 4326, "max")
    assert [r[2] for r in table(tmp_path / "b.gpkg")] == [item.value for item in core]
    assert all(0 < item.value < 1 for item in core)


def test_without_files_the_algorithm_says_what_to_give(tmp_path):
    with pytest.raises(QgsProcessingException, match="No downloaded files"):
        run(
            "clearsky:timeseries",
            {
                "FOLDER": str(tmp_path),
                "INPUT_FEATURES": point_layer(POINTS[:1]),
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )


def test_every_parameter_has_help_and_the_statistics_match_the_core():
    found = QgsApplication.processingRegistry().algorithmById("clearsky:timeseries")
    assert found.displayName() == "Time series" and found.group() == "Analysis"
    names = [definition.name() for definition in found.parameterDefinitions()]
    assert names == [
        "INPUT",
        "FOLDER",
        "INDEX",
        "EXPRESSION",
        "INPUT_FEATURES",
        "STATISTIC",
        "OUTPUT",
    ]
    assert all(definition.help() for definition in found.parameterDefinitions())
    assert algorithm.STATISTICS == timeseries.STATISTICS

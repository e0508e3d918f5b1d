"""Time series of an index at a point and over a polygon, against numpy over whole rasters."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from osgeo import gdal, osr
from rasters import FULL_ORDER, reflectances, write_raster

from clearsky_vision.core.api.errors import CancelledError, InputError
from clearsky_vision.core.raster.indices import compute_index
from clearsky_vision.core.raster.timeseries import (
    STATISTICS,
    DatedSource,
    SeriesValue,
    dated_sources,
    pixel_series,
    polygon_series,
    read_csv,
    write_csv,
)

SHAPE = (90, 110)
ORIGIN = (500000.0, 6160000.0)  # UTM 32N, 10 m pixels
PIXEL = 10.0
DAYS = ("2024-06-01", "2024-06-11", "2024-06-21")


def centre(column: float, row: float) -> tuple[float, float]:
    return ORIGIN[0] + (column + 0.5) * PIXEL, ORIGIN[1] - (row + 0.5) * PIXEL


def ndvi(bands, offset: float = 0.0, scale: float = 10000.0) -> np.ndarray:
    """NDVI over whole arrays, written out here (float64, then float32 as rasters hold it)."""
    red = (bands["B4"].astype(np.float64) + offset) / scale
    nir = (bands["B8"].astype(np.float64) + offset) / scale
    with np.errstate(all="ignore"):
        return ((nir - red) / (nir + red)).astype(np.float32)


@pytest.fixture
def stack(tmp_path):
    """Three dated downloads (sidecar, IMAGE_DATE tag, date in the name) and their bands."""
    arrays = {}
    for number, day in enumerate(DAYS):
        bands = reflectances(SHAPE, seed=number + 1)
        bands["B4"][5, 7] = -32768  # nodata on one date only
        arrays[day] = bands
    first = write_raster(tmp_path / "composite_a.tif", arrays[DAYS[0]])
    record = {"date": DAYS[0], "bands": list(FULL_ORDER)}
    (tmp_path / "composite_a.tif.clearsky.json").write_text(json.dumps(record))
    write_raster(tmp_path / "composite_b.tif", arrays[DAYS[1]], tags={"IMAGE_DATE": "20240611"})
    write_raster(tmp_path / "clearsky_2024-06-21_abcd1234.tif", arrays[DAYS[2]])
    # An index output in the same folder is not a download: it is passed over.
    compute_index(first, "NDVI", tmp_path / "composite_a_NDVI.tif")
    return tmp_path, arrays


def test_sources_are_dated_by_record_tag_or_name(stack):
    folder, _ = stack
    sources = dated_sources(folder)
    assert [s.date.isoformat() for s in sources] == list(DAYS)
    assert [s.path.name for s in sources] == [
        "composite_a.tif",
        "composite_b.tif",
        "clearsky_2024-06-21_abcd1234.tif",
    ]
    assert sources[0].bands == FULL_ORDER
    assert dated_sources([sources[2].path, sources[0].path]) == [sources[0], sources[2]]


def test_a_named_file_without_date_or_bands_is_refused(stack, tmp_path):
    undated = write_raster(tmp_path / "undated.tif", reflectances(SHAPE))
    with pytest.raises(InputError, match=r"undated\.tif has no image date"):
        dated_sources([undated])
    with pytest.raises(InputError, match="no named bands"):
        dated_sources([tmp_path / "composite_a_NDVI.tif"])


@pytest.mark.parametrize("column,row", [(0, 0), (7, 5), (60, 44), (109, 89)])
def test_pixel_values_equal_numpy_over_the_whole_raster(stack, column, row):
    folder, arrays = stack
    x, y = centre(column, row)
    series = pixel_series(dated_sources(folder), "NDVI", x, y, 32632)
    assert [item.date.isoformat() for item in series] == list(DAYS)
    for item, day in zip(series, DAYS):
        expected = ndvi(arrays[day])[row, column]
        if (column, row) == (7, 5):  # B4 is nodata there
            assert item.value is None and item.pixels == 0 and item.is_gap
        else:
            assert item.value == float(expected) and item.pixels == 1


def test_a_point_value_is_the_index_rasters_pixel(stack):
    folder, _ = stack
    written = gdal.Open(str(folder / "composite_a_NDVI.tif")).ReadAsArray()
    x, y = centre(33, 21)
    value = pixel_series([folder / "composite_a.tif"], "NDVI", x, y, 32632)[0].value
    assert value == float(written[21, 33])


def test_custom_expression_and_the_files_scaling_tags(tmp_path):
    bands = reflectances(SHAPE, seed=9)
    tags = {"IMAGE_DATE": "20240601", "ADD_OFFSET": "-1000", "QUANTIFICATION_VALUE": "10000"}
    path = write_raster(tmp_path / "scaled.tif", bands, tags=tags)
    x, y = centre(12, 40)
    scaled = {k: (v.astype(np.float64) - 1000) / 10000 for k, v in bands.items()}
    expected = np.float32((scaled["B8"] - scaled["B4"]) / (scaled["B8"] + scaled["B4"] + 0.5))
    series = pixel_series([path], "(B8 - B4) / (B8 + B4 + 0.5)", x, y, "EPSG:32632")
    assert series[0].value == float(expected[40, 12])
    assert pixel_series([path], "NDVI", x, y, 32632)[0].value == float(ndvi(bands, -1000.0)[40, 12])


def test_a_point_in_another_crs_is_transformed(stack):
    folder, arrays = stack
    x, y = centre(80, 30)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32632)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(x, y)
    assert 8 < lon < 10 < 55 < lat  # lon, lat order whatever the EPSG axis order
    for srs in (4326, wgs84.ExportToWkt()):
        series = pixel_series(dated_sources(folder), "NDVI", lon, lat, srs)
        assert [s.value for s in series] == [float(ndvi(arrays[d])[30, 80]) for d in DAYS]


def test_a_point_outside_every_file_is_a_gap(stack):
    folder, _ = stack
    for x, y in ((ORIGIN[0] - 5, ORIGIN[1] - 5), centre(110, 0), centre(0, 90)):
        series = pixel_series(dated_sources(folder), "NDVI", x, y, 32632)
        assert [(s.value, s.pixels) for s in series] == [(None, 0)] * 3
    far = pixel_series(dated_sources(folder), "NDVI", -120.0, 40.0, 4326)
    assert all(item.is_gap for item in far)


def inside_rectangle(columns: tuple[float, float], rows: tuple[float, float]) -> np.ndarray:
    """Pixels whose centre is strictly inside the rectangle (in pixel units), by hand."""
    row, column = np.mgrid[0 : SHAPE[0], 0 : SHAPE[1]] + 0.5
    return (columns[0] < column) & (column < columns[1]) & (rows[0] < row) & (row < rows[1])


def rectangle_wkt(columns, rows) -> str:
    west, east = (ORIGIN[0] + c * PIXEL for c in columns)
    north, south = (ORIGIN[1] - r * PIXEL for r in rows)
    return f"POLYGON(({west} {north},{east} {north},{east} {south},{west} {south},{west} {north}))"


@pytest.mark.parametrize(
    "columns,rows",
    [
        ((3.2, 41.7), (2.9, 30.1)),  # edges between pixel centres
        ((3.5, 40.5), (2.5, 30.5)),  # edges through pixel centres: those are outside
        ((100.3, 130.0), (80.2, 95.0)),  # partly beyond the raster
    ],
)
@pytest.mark.parametrize("statistic", STATISTICS)
def test_polygon_statistics_equal_numpy(stack, columns, rows, statistic):
    folder, arrays = stack
    mask = inside_rectangle(columns, rows)
    series = polygon_series(
        dated_sources(folder), "NDVI", rectangle_wkt(columns, rows), 32632, statistic
    )
    reduce = {"mean": np.mean, "median": np.median, "min": np.min, "max": np.max}
    for item, day in zip(series, DAYS):
        values = ndvi(arrays[day])
        valid = mask & (arrays[day]["B4"] != -32768)
        chosen = values[valid].astype(np.float64)
        assert item.pixels == chosen.size > 0
        expected = chosen.size if statistic == "count" else reduce[statistic](chosen)
        assert item.value == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_a_polygon_with_a_hole_and_a_triangle(stack):
    folder, arrays = stack
    west, north = ORIGIN
    outer = f"{west + 15} {north - 15},{west + 615} {north - 15},{west + 615} {north - 515}"
    outer += f",{west + 15} {north - 515},{west + 15} {north - 15}"
    hole = f"{west + 215} {north - 115},{west + 415} {north - 115},{west + 415} {north - 315}"
    hole += f",{west + 215} {north - 115}"  # a triangle cut out of the rectangle
    series = polygon_series(
        dated_sources(folder), "NDVI", f"POLYGON(({outer}),({hole}))", 32632, "count"
    )
    row, column = np.mgrid[0 : SHAPE[0], 0 : SHAPE[1]] + 0.5
    x, y = column * PIXEL, row * PIXEL  # metres from the origin, y downwards
    rectangle = (x > 15) & (x < 615) & (y > 15) & (y < 515)
    # The hole's interior and its outline (x = 415, y = 115 and the diagonal) are out too.
    in_hole = (x >= 215) & (x <= 415) & (y >= 115) & (y - 115 <= x - 215)
    expected = rectangle & ~in_hole & (arrays[DAYS[0]]["B4"] != -32768)
    assert series[0].value == series[0].pixels == int(expected.sum())
    assert in_hole.sum() > 100 and rectangle[5, 7] and not expected[5, 7]


def test_nodata_everywhere_in_the_polygon_is_a_gap(stack):
    folder, _ = stack
    wkt = rectangle_wkt((6.9, 8.1), (4.9, 6.1))  # only the centre of pixel (7, 5)
    series = polygon_series(dated_sources(folder), "NDVI", wkt, 32632)
    assert [(s.value, s.pixels) for s in series] == [(None, 0)] * 3


def test_tiles_of_one_date_are_pooled(tmp_path):
    left, right = reflectances(SHAPE, seed=4), reflectances(SHAPE, seed=5)
    east = (ORIGIN[0] + SHAPE[1] * PIXEL, ORIGIN[1])
    tags = {"IMAGE_DATE": "20240701"}
    paths = [
        write_raster(tmp_path / "tile_1.tif", left, tags=tags),
        write_raster(tmp_path / "tile_2.tif", right, tags=tags, origin=east),
    ]
    x, y = centre(SHAPE[1] + 3, 10)  # in the second tile
    point = pixel_series(dated_sources(paths), "NDVI", x, y, 32632)
    assert len(point) == 1 and point[0].path == paths[1]
    assert point[0].value == float(ndvi(right)[10, 3])
    columns, rows = (SHAPE[1] - 4.0, SHAPE[1] + 4.0), (10.0, 12.0)
    mean = polygon_series(dated_sources(paths), "NDVI", rectangle_wkt(columns, rows), 32632)
    both = np.concatenate([ndvi(left)[10:12, -4:].ravel(), ndvi(right)[10:12, :4].ravel()])
    assert mean[0].pixels == 16
    assert mean[0].value == pytest.approx(both.astype(np.float64).mean(), rel=1e-12)


def test_a_file_without_the_bands_is_a_gap_unless_none_has_them(stack, tmp_path):
    folder, _ = stack
    rgb = {name: values for name, values in reflectances(SHAPE).items() if name in "B2B3B4"}
    only_rgb = write_raster(tmp_path / "rgb_2024-06-15.tif", rgb)
    sources = dated_sources(folder)
    x, y = centre(1, 1)
    series = pixel_series(sources + dated_sources([only_rgb]), "NDVI", x, y, 32632)
    assert [s.date.day for s in series] == [1, 11, 15, 21]
    assert series[2].is_gap and not series[3].is_gap
    with pytest.raises(InputError, match="B8"):
        pixel_series([only_rgb], "NDVI", x, y, 32632)


def test_cancel_stops_the_series_and_progress_follows_the_dates(stack):
    folder, _ = stack
    with pytest.raises(CancelledError):
        pixel_series(dated_sources(folder), "NDVI", *centre(1, 1), 32632, lambda: True)
    fractions = []
    wkt = rectangle_wkt((1.2, 5.7), (1.2, 5.7))
    polygon_series(dated_sources(folder), "NDVI", wkt, 32632, progress=fractions.append)
    assert fractions == pytest.approx([1 / 3, 2 / 3, 1])


def test_bad_inputs_are_refused(stack):
    folder, _ = stack
    sources = dated_sources(folder)
    with pytest.raises(InputError, match="Unknown statistic"):
        polygon_series(sources, "NDVI", rectangle_wkt((1, 2), (1, 2)), 32632, "sum")
    with pytest.raises(InputError, match="not a polygon"):
        polygon_series(sources, "NDVI", "POINT(1 2)", 32632)
    with pytest.raises(InputError, match="coordinate reference system"):
        pixel_series(sources, "NDVI", 1, 2, "EPSG:999999")
    with pytest.raises(InputError, match="Unknown index"):
        pixel_series(sources, "NOPE", 1, 2, 4326)


def test_csv_round_trip(tmp_path):
    series = {
        "Field 1, north": [
            SeriesValue(dt.date(2024, 6, 1), 0.1 + 0.2, 12, tmp_path / "a.tif"),
            SeriesValue(dt.date(2024, 6, 2), None, 0, tmp_path / "b.tif"),
        ],
        "pixel (500005, 6159995)": [SeriesValue(dt.date(2024, 6, 1), -1e-300, 1, None)],
    }
    path = write_csv(series, tmp_path / "series.csv")
    assert read_csv(path) == series
    assert path.read_text(encoding="utf-8").splitlines()[0] == "place,date,value,pixels,source"
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="not a time series CSV"):
        read_csv(tmp_path / "other.csv")


def test_dated_source_objects_are_accepted_as_they_are(stack):
    folder, arrays = stack
    source = DatedSource(dt.date(2030, 1, 1), folder / "composite_b.tif", FULL_ORDER)
    series = pixel_series([source], "NDVI", *centre(2, 2), 32632)
    assert series[0].date == dt.date(2030, 1, 1)
    assert series[0].value == float(ndvi(arrays[DAYS[1]])[2, 2])

"""Merging files into one raster: grid, CRS, nodata, band names and tags."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from osgeo import gdal
from rasters import read, write_raster

from clearsky_vision.core.api.errors import CancelledError, InputError
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.raster.merge import MERGE_CACHE_BYTES, merge

JUNE_15 = dt.date(2024, 6, 15)
WEST = Aoi.from_bounds(9.50, 55.60, 9.53, 55.62, name="West")
EAST = Aoi.from_bounds(9.53, 55.60, 9.56, 55.62, name="East")


def block(value: int, shape=(40, 60)) -> np.ndarray:
    return np.full(shape, value, dtype=np.int16)


@pytest.fixture
def overlapping(tmp_path):
    """Two 40 x 60 files overlapping by 20 columns; each has nodata inside the overlap."""
    a = {"B4": block(100), "B8": block(1000)}
    a["B4"][:, 50:] = -32768  # A is nodata in the right part of the overlap
    a["B8"][:, 50:] = -32768
    b = {"B4": block(200), "B8": block(2000)}
    b["B4"][:, :10] = -32768  # B is nodata in the left part of the overlap
    b["B8"][:, :10] = -32768
    tags_a = {"IMAGE_DATE": "20240615", "MODEL_VERSION": "13", "IMAGE_VERSION": "1"}
    tags_b = {"IMAGE_DATE": "20240615", "MODEL_VERSION": "15", "IMAGE_VERSION": "2"}
    first = write_raster(tmp_path / "a.tif", a, origin=(500000, 6160000), tags=tags_a)
    second = write_raster(tmp_path / "b.tif", b, origin=(500400, 6160000), tags=tags_b)
    return first, second


@pytest.mark.parametrize("suffix", [".vrt", ".tif"])
def test_nodata_never_covers_data(overlapping, tmp_path, suffix):
    result = merge(overlapping, tmp_path / f"merged{suffix}")
    assert (result.width, result.height) == (100, 40)
    assert result.pixel_size == (10.0, 10.0)
    assert result.bands == ("B4", "B8") and result.nodata == -32768
    red = read(result.path, 1)
    assert (red[:, :40] == 100).all()  # only A
    assert (red[:, 40:50] == 100).all()  # overlap: B is nodata there, A shows
    assert (red[:, 50:60] == 200).all()  # overlap: A is nodata there, B shows
    assert (red[:, 60:] == 200).all()  # only B
    assert result.tags["IMAGE_DATE"] == "20240615"
    assert result.tags["MODEL_VERSION"] == "13,15" and result.tags["IMAGE_VERSION"] == "1,2"
    assert result.tags["MERGED_FROM"] == "a.tif,b.tif"


def test_geotiff_output_is_a_cloud_optimized_geotiff(overlapping, tmp_path):
    seen = []
    result = merge(overlapping, tmp_path / "merged.tif", progress=seen.append)
    dataset = gdal.Open(str(result.path))
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["LAYOUT"] == "COG" and structure["COMPRESSION"] == "DEFLATE"
    band = dataset.GetRasterBand(1)
    assert band.GetBlockSize() == [512, 512] and band.GetDescription() == "B4"
    assert seen == sorted(seen) and seen[-1] == 1.0  # one bar over both steps
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tif", "b.tif", "merged.tif"]


def test_band_lists_must_match(tmp_path):
    a = write_raster(tmp_path / "a.tif", {"B4": block(1), "B8": block(2)})
    b = write_raster(tmp_path / "b.tif", {"B8": block(1), "B4": block(2)})
    with pytest.raises(InputError) as caught:
        merge([a, b], tmp_path / "m.vrt")
    assert str(caught.value) == (
        "These files do not share a band list, so they cannot be merged: a.tif has B4, B8, "
        "b.tif has B8, B4. Merge files downloaded with the same bands."
    )
    assert not (tmp_path / "m.vrt").exists()


def test_nothing_to_merge_and_unreadable_inputs(tmp_path):
    with pytest.raises(InputError, match="Nothing to merge"):
        merge([], tmp_path / "m.tif")
    junk = tmp_path / "junk.tif"
    junk.write_text("no raster")
    with pytest.raises(InputError, match=r"junk\.tif cannot be read as a raster"):
        merge([junk], tmp_path / "m.tif")


@pytest.mark.parametrize("step, after", [("staging", 0.01), ("COG", 0.5)])
def test_cancel_removes_the_partial_files(tmp_path, step, after):
    """A COG is written through a staging file: a cancel in either step leaves neither."""
    # Large enough for GDAL to report progress (and so to check for cancel) as it writes.
    big = write_raster(tmp_path / "big.tif", {"B4": block(7, (1500, 1500))})
    seen = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] >= after

    with pytest.raises(CancelledError):
        merge([big], tmp_path / "m.tif", progress=seen.append, is_cancelled=cancelled)
    assert after <= seen[-1] < (0.4 if step == "staging" else 1.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.tif"]


@pytest.fixture(scope="module")
def neighbours(emulator, tmp_path_factory):
    """Two neighbouring areas on one date: west in UTM 32N, east in lon/lat."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key("merge-key", credits=1000)
    client = ClearSkyClient(emulator.url, "merge-key")
    folder = tmp_path_factory.mktemp("neighbours")
    west = client.download_composite(CompositeRequest(WEST, JUNE_15, epsg=32632), folder).path
    east = client.download_composite(CompositeRequest(EAST, JUNE_15, epsg=4326), folder).path
    east_utm = client.download_composite(CompositeRequest(EAST, JUNE_15, epsg=32632), folder).path
    return west, east, east_utm


def test_inputs_in_another_crs_are_reprojected_to_the_first(neighbours, tmp_path):
    west, east, east_utm = neighbours
    result = merge([west, east], tmp_path / "merged.tif")
    assert result.epsg == 32632 and result.pixel_size == (10.0, 10.0)
    assert result.bands == ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")
    same_crs = merge([west, east_utm], tmp_path / "same.tif")
    # Both cover the union of the two areas on the same 10 m grid.
    assert abs(result.width - same_crs.width) <= 1 and abs(result.height - same_crs.height) <= 1
    merged = gdal.Open(str(result.path))
    west_file = gdal.Open(str(west))
    assert merged.GetGeoTransform()[0] == pytest.approx(west_file.GetGeoTransform()[0])
    assert merged.GetGeoTransform()[3] >= west_file.GetGeoTransform()[3]
    red = merged.GetRasterBand(3).ReadAsArray()
    assert (red != -32768).mean() > 0.9  # the two halves fill the rectangle


def test_target_crs_can_be_chosen(neighbours, tmp_path):
    west, east, _ = neighbours
    result = merge([west, east], tmp_path / "mercator.vrt", target_crs="EPSG:3857")
    assert result.epsg == 3857
    parts = sorted(p.name for p in (tmp_path / "mercator_parts").iterdir())
    assert len(parts) == 2  # both warped; the .vrt reads these
    assert gdal.Open(str(result.path)).GetRasterBand(1).Checksum() > 0


@pytest.mark.parametrize(
    ("name", "cloud_optimized", "driver", "layout"),
    [
        ("merged.vrt", True, "VRT", None),
        ("merged.tif", True, "GTiff", "COG"),
        ("MERGED.TIFF", True, "GTiff", "COG"),
        ("merged.tif", False, "GTiff", None),
    ],
)
def test_the_extension_decides_the_format(
    overlapping, tmp_path, name, cloud_optimized, driver, layout
):
    result = merge(overlapping, tmp_path / name, cloud_optimized=cloud_optimized)
    dataset = gdal.Open(str(result.path))
    assert dataset.GetDriver().ShortName == driver
    written_layout = dataset.GetMetadata("IMAGE_STRUCTURE").get("LAYOUT")
    if layout is None and driver == "GTiff" and int(gdal.VersionInfo()) >= 3110000:
        # Newer GDAL (3.13 seen) lays out every tiled GeoTIFF in COG order and says LAYOUT=COG
        # for it too: a plain GeoTIFF is then told by its lack of overviews.
        assert dataset.GetRasterBand(1).GetOverviewCount() == 0
    else:
        assert written_layout == layout
    if driver == "GTiff":
        band = dataset.GetRasterBand(1)
        assert band.GetBlockSize() == [512, 512]
        assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert (read(result.path, 1)[:, :40] == 100).all()


@pytest.mark.parametrize("name", ["merged.img", "merged.png", "merged"])
def test_an_unknown_extension_is_refused_before_anything_is_written(overlapping, tmp_path, name):
    with pytest.raises(InputError) as caught:
        merge(overlapping, tmp_path / name)
    assert str(caught.value) == (
        f"{name}: a merge is written as a virtual raster (.vrt) or a GeoTIFF (.tif or .tiff). "
        "Name the output with one of these extensions."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tif", "b.tif"]


def test_the_block_cache_is_capped_during_the_merge_and_restored_after(tmp_path):
    big = write_raster(tmp_path / "big.tif", {"B4": block(7, (1500, 1500))})
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(MERGE_CACHE_BYTES * 4)
    seen = set()

    def progress(fraction: float) -> None:
        if fraction < 1:  # 1.0 comes once the merge is over
            seen.add(gdal.GetCacheMax())

    try:
        merge([big], tmp_path / "m.tif", progress=progress)
        assert seen == {MERGE_CACHE_BYTES}
        assert gdal.GetCacheMax() == MERGE_CACHE_BYTES * 4
        # A cache already smaller than the cap is left as it is.
        gdal.SetCacheMax(MERGE_CACHE_BYTES // 2)
        seen.clear()
        merge([big], tmp_path / "m2.tif", progress=progress)
        assert seen == {MERGE_CACHE_BYTES // 2}
    finally:
        gdal.SetCacheMax(before)

"""Indices of the files the (emulated) server delivers: all bands, rgb, custom lists."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from osgeo import gdal
from rasters import read
from world import DEMO_AOI

from clearsky_vision.core.api.errors import InputError
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.raster.indices import OUTPUT_NODATA, compute_index

JULY = dt.date(2024, 7, 1)


@pytest.fixture(scope="module")
def delivered(emulator, tmp_path_factory):
    """The demo fields on 1 July with three band lists, bought once for the module."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key("indices-key", credits=1000, max_connections=4)
    client = ClearSkyClient(emulator.url, "indices-key")
    folder = tmp_path_factory.mktemp("delivered")
    files = {}
    for bands in ("all", "rgb", "B4,[B8_B4],B8"):
        request = CompositeRequest(DEMO_AOI, JULY, bands=bands, epsg=32632)
        files[bands] = client.download_composite(request, folder).path
    return files


def raw_bands(path) -> dict[str, np.ndarray]:
    dataset = gdal.Open(str(path))
    return {
        dataset.GetRasterBand(n).GetDescription(): dataset.GetRasterBand(n).ReadAsArray()
        for n in range(1, dataset.RasterCount + 1)
    }


def test_ndvi_of_an_all_bands_file(delivered, tmp_path):
    result = compute_index(delivered["all"], "NDVI", tmp_path / "ndvi.tif")
    raw = raw_bands(delivered["all"])
    nir, red = raw["B8"].astype(float) / 10000, raw["B4"].astype(float) / 10000
    nodata = (raw["B8"] == -32768) | (raw["B4"] == -32768)
    written = read(result.path)
    np.testing.assert_array_equal(written == OUTPUT_NODATA, nodata)
    assert np.max(np.abs(written[~nodata] - ((nir - red) / (nir + red))[~nodata])) < 1e-6
    assert 0.5 < result.mean < 0.8  # the emulator's fields in July (README: ~0.65)
    assert result.image_date == "20240701"


def test_rgb_file_is_refused_for_ndvi_with_what_to_do(delivered, tmp_path):
    with pytest.raises(InputError) as caught:
        compute_index(delivered["rgb"], "NDVI", tmp_path / "ndvi.tif")
    assert str(caught.value) == (
        "NDVI needs band B8, which this file lacks (it has B2, B3, B4): download with bands "
        "'all' or include B8."
    )


def test_custom_list_with_a_server_ratio_band(delivered, tmp_path):
    raw = raw_bands(delivered["B4,[B8_B4],B8"])
    assert list(raw) == ["B4", "[B8_B4]", "B8"]
    result = compute_index(delivered["B4,[B8_B4],B8"], "[B8_B4]", tmp_path / "ratio.tif")
    nodata = raw["[B8_B4]"] == -32768
    written = read(result.path)
    np.testing.assert_allclose(written[~nodata], raw["[B8_B4]"][~nodata] / 32767.0, atol=1e-6)
    # The server's ratio and our NDVI from the bands agree within its int16 rounding.
    ours = read(compute_index(delivered["B4,[B8_B4],B8"], "NDVI", tmp_path / "ndvi.tif").path)
    assert np.max(np.abs(ours[~nodata] - written[~nodata])) < 1e-4

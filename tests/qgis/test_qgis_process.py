"""Headless runs: qgis_process with the installed plugin downloads and indexes real files."""

from __future__ import annotations

import pytest
from installed_plugin import build_plugin_zip, install_profile, qgis_process, run_json
from osgeo import gdal

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"
DATES = "2024-06-01,2024-06-15"


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    plugin_zip = build_plugin_zip(tmp_path_factory.mktemp("dist"))
    return install_profile(plugin_zip, tmp_path_factory.mktemp("qgis-profile"))


@pytest.fixture
def server(emulator, new_key):
    key = new_key(credits=500)
    return {"CLEARSKY_API_URL": emulator.url, "CLEARSKY_API_KEY": key}


def test_every_algorithm_and_the_model_are_listed(profile):
    listed = qgis_process(profile, "list").stdout
    for name in (
        "accountinfo",
        "searchdates",
        "estimate",
        "download",
        "downloadtiles",
        "merge",
        "index",
        "indexbatch",
        "NDVI time series",
    ):
        assert f"clearsky:{name}\t" in listed


def test_download_then_index_headless(profile, server, emulator, tmp_path):
    downloads = tmp_path / "downloads"
    results = run_json(
        profile,
        "clearsky:download",
        {
            "EXTENT": EXTENT,
            "DATES": DATES,
            "RESOLUTION": "20",
            "BANDS": "all",
            "OUTPUT_FOLDER": downloads,
        },
        server,
    )["results"]
    files = sorted(results["OUTPUT_LAYERS"])
    assert len(files) == 2 and results["CREDITS_SPENT"] > 0
    assert emulator.credits(server["CLEARSKY_API_KEY"]) == pytest.approx(
        500 - results["CREDITS_SPENT"]
    )
    for path, day in zip(files, ("20240601", "20240615")):
        dataset = gdal.Open(path)
        assert dataset.RasterCount == 10 and dataset.GetMetadataItem("IMAGE_DATE") == day
        assert dataset.GetGeoTransform()[1] == 20
        assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32632"  # the AOI's UTM zone

    ndvi = tmp_path / "ndvi.tif"
    done = run_json(
        profile, "clearsky:index", {"INPUT": files[1], "INDEX": "NDVI", "OUTPUT": ndvi}, server
    )["results"]
    dataset = gdal.Open(str(ndvi))
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32 and band.GetDescription() == "NDVI"
    assert band.GetNoDataValue() == -9999 and dataset.GetMetadataItem("IMAGE_DATE") == "20240615"
    assert dataset.RasterXSize == gdal.Open(files[1]).RasterXSize
    assert 0.3 < done["MEAN"] < 0.9


def test_refusals_reach_the_command_line_without_the_key(profile, server, emulator, tmp_path):
    done = qgis_process(
        profile,
        "run",
        "clearsky:download",
        "--",
        f"EXTENT={EXTENT}",
        f"DATES={DATES}",
        "MAX_CREDITS=1",
        f"OUTPUT_FOLDER={tmp_path}",
        env=server,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "more than the maximum of 1 you set: raise it or choose fewer dates" in output
    assert server["CLEARSKY_API_KEY"] not in output and "Traceback" not in output
    assert emulator.credits(server["CLEARSKY_API_KEY"]) == 500
    assert list(tmp_path.glob("*.tif")) == []

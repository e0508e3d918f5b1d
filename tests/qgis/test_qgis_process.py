"""Headless runs: qgis_process with the installed plugin downloads and indexes real files."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from installed_plugin import build_plugin_zip, install_profile, qgis_process, run_json
from osgeo import gdal, ogr

from clearsky_vision.core.api.bands import BandList
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.raster import timeseries

ROOT = Path(__file__).resolve().parents[2]
SECOND = (10.20, 55.60, 10.26, 55.63)  # the emulator's SECOND_AOI: outside the demo order

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
        "models",
        "searchtiles",
        "orderestimate",
        "order",
        "orders",
        "cancelorder",
        "waitorder",
        "searchdates",
        "estimate",
        "download",
        "downloadtiles",
        "merge",
        "index",
        "indexbatch",
        "timeseries",
        "ndvi_time_series",
        "order_ndvi_time_series",
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
    # The demo order includes one download of each date: no processing units spent.
    assert len(files) == 2 and results["CREDITS_SPENT"] == 0
    assert emulator.units(server["CLEARSKY_API_KEY"]) == 500
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


def test_refusals_reach_the_command_line_without_the_key(
    profile, server, emulator, make_client, tmp_path
):
    # Use up the included download of each date: the download below costs units.
    client = make_client(server["CLEARSKY_API_KEY"])
    fields = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63)
    (tmp_path / "first").mkdir()
    for day in DATES.split(","):
        request = CompositeRequest(fields, day, bands=BandList.parse("rgb"))
        client.download_composite(request, tmp_path / "first")
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
    assert emulator.units(server["CLEARSKY_API_KEY"]) == 500
    assert list(tmp_path.glob("*.tif")) == []  # the first files are in tmp_path / "first"


def test_time_series_headless(profile, server, make_client, tmp_path):
    client = make_client(server["CLEARSKY_API_KEY"])
    fields = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    for day in DATES.split(","):
        client.download_composite(CompositeRequest(fields, day, epsg=32632), downloads)
    places = tmp_path / "places.geojson"
    points = [(9.52, 55.61), (9.545, 55.625), (12.0, 50.0)]  # the last one outside the files
    features = [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": p}}
        for p in points
    ]
    places.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    table = tmp_path / "series.gpkg"
    parameters = {"FOLDER": downloads, "INPUT_FEATURES": places, "OUTPUT": table}
    results = run_json(profile, "clearsky:timeseries", parameters, server)["results"]
    assert Path(results["OUTPUT"]) == table
    written = ogr.Open(str(table))  # kept open while its layer is read
    rows = [
        (row["date"].replace("/", "-"), row["value"], row["pixels"]) for row in written.GetLayer(0)
    ]
    sources = timeseries.dated_sources(downloads)
    expected = [
        (day.date.isoformat(), day.value, day.pixels)
        for point in points
        for day in timeseries.pixel_series(sources, "NDVI", *point, 4326)
    ]
    assert rows == expected and len(rows) == 6
    assert [pixels for _date, _value, pixels in rows] == [1] * 4 + [0] * 2


@pytest.fixture
def stepping_server():
    """``python -m emulator`` in its own process, orders moving a step every 0.5 s."""
    command = [sys.executable, "-m", "emulator", "--port", "0", "--tile-size", "256"]
    command += ["--today", "2024-07-15", "--order-step-seconds", "0.5"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        env = dict(process.stdout.readline().strip().split("=", 1) for _ in range(2))
        yield env
    finally:
        process.terminate()
        process.wait(timeout=10)


def euros(server: dict) -> float:
    url = f"{server['CLEARSKY_API_URL']}/_emulator/state"
    with urllib.request.urlopen(url, timeout=10) as answer:
        state = json.load(answer)
    state = state.get("Data", state)
    return state["keys"][server["CLEARSKY_API_KEY"]]["euros"]


def test_order_algorithms_and_the_order_model_headless(profile, stepping_server, tmp_path):
    server = stepping_server
    west, south, east, north = SECOND
    extent = f"{west},{east},{south},{north} [EPSG:4326]"
    june = {"START_DATE": "2024-06-01", "END_DATE": "2024-06-03"}
    start = euros(server)
    estimate = run_json(profile, "clearsky:orderestimate", {"EXTENT": extent, **june}, server)
    cost = estimate["results"]["COST_EUR"]
    assert cost > 0 and estimate["results"]["IMAGE_DATES"] == "2024-06-01,2024-06-02,2024-06-03"

    refused = qgis_process(
        profile,
        "run",
        "clearsky:order",
        "--",
        f"EXTENT={extent}",
        "START_DATE=2024-06-01",
        "END_DATE=2024-06-03",
        f"MAX_EUR={cost / 2}",
        env=server,
        check=False,
    )
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "nothing was ordered" in output
    assert server["CLEARSKY_API_KEY"] not in output and "Traceback" not in output
    assert euros(server) == start

    area = tmp_path / "area.geojson"
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    polygon = {"type": "Polygon", "coordinates": [ring]}
    feature = {"type": "Feature", "properties": {}, "geometry": polygon}
    area.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    folder = tmp_path / "ndvi"
    results = run_json(
        profile,
        "clearsky:order_ndvi_time_series",
        {
            "AOI": area,
            **june,
            "MAX_EUR": 50,
            "TIMEOUT_MINUTES": 2,
            "OUTPUT_FOLDER": folder,
        },
        server,
    )
    assert results is not None
    ndvi = sorted(folder.glob("*_NDVI.tif"))
    assert len(ndvi) == 3
    assert [gdal.Open(str(p)).GetMetadataItem("IMAGE_DATE") for p in ndvi] == [
        "20240601",
        "20240602",
        "20240603",
    ]
    assert euros(server) == pytest.approx(start - cost, abs=0.01)

    listed = tmp_path / "orders.geojson"
    run_json(profile, "clearsky:orders", {"OUTPUT": listed}, server)
    orders = json.loads(listed.read_text())["features"]
    mine = [o["properties"] for o in orders if o["properties"]["START_DATE"] == "2024-06-01"]
    assert [o["STATUS"] for o in mine] == ["Completed"] and mine[0]["MODEL"] == "Stratus2"

"""Legacy Tile API: bounding box search, pre-signed URLs, COG tiles, Range requests, expiry."""

from __future__ import annotations

import time

import pytest
import requests
from osgeo import gdal, osr

from emulator import DEMO_AOI_WKT, Emulator

BBOX = "/api/satelliteimages/boundingbox"
IMAGE = "/api/satelliteimages"
ALL_BANDS = ["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12"]
RESTRICTED_AOI = "POLYGON ((14.6 45.1, 14.65 45.1, 14.65 45.13, 14.6 45.13, 14.6 45.1))"


def first_image(api, aoi=DEMO_AOI_WKT, day="2024-07-01") -> int:
    body = {"BoundingBoxWkt": aoi, "From": f"{day}T00:00:00Z", "Until": f"{day}T00:00:00Z"}
    zones = api.post(BBOX, body).json()["Data"]
    return zones[0]["SatelliteImageZones"][0]["SatelliteImageId"]


def tile_url(api, image: int, key: str | None = "") -> str:
    response = api.get(IMAGE, key=key, params={"satelliteImageId": image})
    assert response.status_code == 200, response.text
    data = response.json()["Data"]
    assert data["SatelliteImageId"] == image and data["ImageDate"].endswith("T00:00:00Z")
    return data["FileAzureSasUri"]


def test_tile_url_is_charged_once_and_fetched_without_a_key(emu, api, tmp_path):
    image = first_image(api)
    url = tile_url(api, image)
    assert url.startswith(f"{emu.url}/_blob/tiles/{image}.tif?se=") and "&sig=" in url
    assert emu.credits("demo-key") == pytest.approx(10000 - 262.1)
    assert [e["charged"] for e in emu.request_log if e["path"] == IMAGE] == [262.1]
    tile_url(api, image)  # the same image again: already bought
    assert emu.credits("demo-key") == pytest.approx(10000 - 262.1)

    response = requests.get(url, timeout=60)  # no X-API-KEY
    assert response.status_code == 200
    assert response.headers["Accept-Ranges"] == "bytes"
    path = tmp_path / "tile.tif"
    path.write_bytes(response.content)
    dataset = gdal.Open(str(path))
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["LAYOUT"] == "COG"
    assert (dataset.RasterXSize, dataset.RasterYSize, dataset.RasterCount) == (256, 256, 10)
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    assert srs.GetAuthorityCode(None) == "32632"
    assert dataset.GetGeoTransform()[1] == 10
    names = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(10)]
    assert names == ALL_BANDS
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Int16 and band.GetNoDataValue() == 0
    assert band.GetOverviewCount() >= 1
    assert dataset.GetMetadata()["IMAGE_DATE"] == "20240701"
    blob = [e for e in emu.request_log if e["path"].startswith("/_blob/")]
    assert blob[-1]["key"] is None and blob[-1]["status"] == 200 and blob[-1]["charged"] == 0


def test_range_and_head_requests(api):
    url = tile_url(api, first_image(api))
    whole = requests.get(url, timeout=60).content
    part = requests.get(url, headers={"Range": "bytes=100-299"}, timeout=60)
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 100-299/{len(whole)}"
    assert part.content == whole[100:300]
    tail = requests.get(url, headers={"Range": "bytes=-50"}, timeout=60)
    assert tail.status_code == 206 and tail.content == whole[-50:]
    beyond = requests.get(url, headers={"Range": f"bytes={len(whole)}-"}, timeout=60)
    assert beyond.status_code == 416
    head = requests.head(url, timeout=60)
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == len(whole)


def test_gdal_vsicurl_reads_the_tile_through_range_requests(emu, api):
    url = tile_url(api, first_image(api))
    gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
    try:
        dataset = gdal.Open("/vsicurl/" + url)
        overview = dataset.GetRasterBand(7).GetOverview(0).ReadAsArray()
        assert overview.shape == (128, 128) and overview.mean() > 1000
    finally:
        gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", None)
    assert any(e["status"] == 206 for e in emu.request_log if e["path"].startswith("/_blob/"))


def test_bad_signature_is_1007(api):
    url = tile_url(api, first_image(api))
    response = requests.get(url.replace("sig=", "sig=0"), timeout=30)
    assert response.status_code == 403 and response.json()["Error"]["Code"] == 1007


def test_expired_url_is_1007():
    with Emulator(tile_size=128, today="2024-07-15", presign_ttl=0.01) as emu:
        headers = {"X-API-KEY": emu.demo_key}
        url = requests.get(
            emu.url + IMAGE, params={"satelliteImageId": 37929100547}, headers=headers, timeout=30
        ).json()["Data"]["FileAzureSasUri"]
        time.sleep(1.1)
        response = requests.get(url, timeout=30)
        assert response.status_code == 403
        assert response.json()["Error"] == {
            "Message": "The pre-signed URL has expired.",
            "Code": 1007,
        }


def test_tile_needs_credits_and_access(emu, api):
    image = first_image(api)
    response = api.get(IMAGE, key="poor-key", params={"satelliteImageId": image})
    assert response.status_code == 402 and response.json()["Error"]["Code"] == 1005
    assert emu.credits("poor-key") == 2
    restricted = first_image(api, RESTRICTED_AOI)
    response = api.get(IMAGE, params={"satelliteImageId": restricted})
    assert response.status_code == 403 and response.json()["Error"]["Code"] == 1006


def test_faults_reach_blob_downloads_of_the_issuing_key(emu, api):
    url = tile_url(api, first_image(api))
    emu.add_fault("demo-key", "truncated_body", path="/_blob/")
    response = requests.get(url, stream=True, timeout=30)
    received = b""
    try:
        for chunk in response.iter_content(1 << 14):
            received += chunk
    except requests.exceptions.RequestException:
        pass
    assert len(received) < int(response.headers["Content-Length"])
    assert requests.get(url, timeout=30).ok


def test_tiles_are_cached_in_a_persistent_data_dir(tmp_path):
    image = 37929100547  # zone 379_291 on 2024-07-01
    cached = tmp_path / "tiles" / "128" / f"{image}.tif"
    stamps = []
    for _ in range(2):
        with Emulator(tile_size=128, data_dir=tmp_path, today="2024-07-15") as emu:
            headers = {"X-API-KEY": emu.demo_key}
            data = requests.get(
                emu.url + IMAGE, params={"satelliteImageId": image}, headers=headers, timeout=30
            ).json()["Data"]
            assert requests.get(data["FileAzureSasUri"], timeout=60).ok
        stamps.append(cached.stat().st_mtime_ns)
    assert stamps[0] == stamps[1]  # the second run served the first run's file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiles"]

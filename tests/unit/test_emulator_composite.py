"""Composite downloads: the GeoTIFF/PNG files, opened with GDAL."""

from __future__ import annotations

import http.server
import math
import re
import threading

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from emulator import BORDER_AOI_WKT, DEMO_AOI_WKT

COMPOSITE = "/api/satelliteimages/process/composite"
ESTIMATE = "/api/satelliteimages/process/composite/estimate"
ALL_BANDS = ["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12"]
# Inside the demo order (lon 9.45..10.05, lat 55.55..55.65), like every AOI downloaded here.
TRIANGLE_AOI = "POLYGON ((9.6 55.57, 9.64 55.57, 9.62 55.595, 9.6 55.57))"


def download(api, tmp_path, name="out.tif", **fields):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", **fields}
    response = api.post(COMPOSITE, body)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "application/octet-stream"
    assert int(response.headers["Content-Length"]) == len(response.content)
    path = tmp_path / name
    path.write_bytes(response.content)
    dataset = gdal.Open(str(path))
    assert dataset is not None
    return dataset, response


def epsg_of(dataset) -> int:
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    srs.AutoIdentifyEPSG()
    return int(srs.GetAuthorityCode(None))


def bands(dataset) -> list[np.ndarray]:
    return [dataset.GetRasterBand(i + 1).ReadAsArray() for i in range(dataset.RasterCount)]


def projected_bounds(wkt: str, epsg: int) -> tuple[float, float, float, float]:
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry = ogr.CreateGeometryFromWkt(wkt)
    geometry.Transform(osr.CoordinateTransformation(source, target))
    return geometry.GetEnvelope()


@pytest.mark.parametrize("epsg", [32632, 3857])
def test_projected_targets_have_crs_pixel_size_and_extent_of_the_geometry(api, tmp_path, epsg):
    dataset, _ = download(api, tmp_path, EpsgProjection=epsg, Resolution=20)
    assert epsg_of(dataset) == epsg
    x0, px, _, y1, _, py = dataset.GetGeoTransform()
    assert (px, py) == (20, -20)
    minx, maxx, miny, maxy = projected_bounds(DEMO_AOI_WKT, epsg)
    assert dataset.RasterXSize == math.ceil(maxx / 20) - math.floor(minx / 20)
    assert dataset.RasterYSize == math.ceil(maxy / 20) - math.floor(miny / 20)
    assert x0 == math.floor(minx / 20) * 20 and y1 == math.ceil(maxy / 20) * 20


def test_default_4326_target_has_about_10_m_pixels_on_the_ground(api, tmp_path):
    dataset, _ = download(api, tmp_path)
    assert epsg_of(dataset) == 4326
    x0, px, _, y1, _, py = dataset.GetGeoTransform()
    lat = 55.615
    assert px * 111320 * math.cos(math.radians(lat)) == pytest.approx(10, rel=0.01)
    assert -py * 111320 == pytest.approx(10, rel=1e-6)
    assert x0 <= 9.5 + 1e-9 < x0 + px and y1 - py > 55.63 >= y1 + py
    assert dataset.RasterXSize == pytest.approx(0.06 / px, abs=1.01)


@pytest.mark.parametrize("epsg", [4326, 32632])
def test_demo_aoi_is_fully_covered_even_on_its_zone_edge(api, tmp_path, epsg):
    # The demo AOI's west edge is the zone border at lon 9.5: touched pixels centred just west
    # of it still belong to the AOI's zone, whatever the neighbour zone has on that date.
    for date in ("2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05"):
        dataset, _ = download(api, tmp_path, Date=date, EpsgProjection=epsg, Bandnames="B4")
        values = dataset.GetRasterBand(1).ReadAsArray()
        if epsg == 4326:
            assert (values != -32768).all(), date
        else:
            assert (values[:, 0] != -32768).any() and (values[:, -1] != -32768).any()


@pytest.mark.parametrize(
    ("bandnames", "expected"),
    [
        ("all", ALL_BANDS),
        (None, ALL_BANDS),
        ("rgb", ["B2", "B3", "B4"]),
        ("B8,B4,B11", ["B8", "B4", "B11"]),
        ("[B8_B4],B3,[B8_B11]", ["[B8_B4]", "B3", "[B8_B11]"]),
    ],
)
def test_band_count_order_and_descriptions(api, tmp_path, bandnames, expected):
    fields = {"EpsgProjection": 32632, "Resolution": 40}
    if bandnames:
        fields["Bandnames"] = bandnames
    dataset, _ = download(api, tmp_path, **fields)
    assert dataset.RasterCount == len(expected)
    assert [dataset.GetRasterBand(i + 1).GetDescription() for i in range(len(expected))] == expected
    for i in range(len(expected)):
        band = dataset.GetRasterBand(i + 1)
        assert band.GetNoDataValue() == -32768 and band.DataType == gdal.GDT_Int16


def test_tags_and_filename(api, tmp_path):
    dataset, response = download(api, tmp_path, EpsgProjection=32632)
    tags = dataset.GetMetadata()
    assert tags["IMAGE_DATE"] == "20240701"
    assert re.fullmatch(r"\d+", tags["MODEL_VERSION"]) and re.fullmatch(
        r"\d+", tags["IMAGE_VERSION"]
    )
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r"attachment; filename=clearsky_2024-07-01_[0-9a-f]{8}\.tif", disposition)


def test_two_zones_give_comma_lists_and_nodata_where_a_zone_lacks_the_date(api, tmp_path):
    dataset, _ = download(api, tmp_path, Wkt=BORDER_AOI_WKT, EpsgProjection=32632)
    tags = dataset.GetMetadata()
    assert len(tags["MODEL_VERSION"].split(",")) == 2 and len(tags["IMAGE_VERSION"].split(",")) == 2
    partial, _ = download(
        api, tmp_path, "p.tif", Wkt=BORDER_AOI_WKT, Date="2024-07-14", AllowPartialImage=True
    )
    assert partial.GetMetadata()["MODEL_VERSION"].count(",") == 0
    blue = partial.GetRasterBand(1).ReadAsArray()
    half = blue.shape[1] // 2
    assert (blue[:, : half - 2] != -32768).all() and (blue[:, half + 2 :] == -32768).all()


def test_triangle_nodata_outside_and_contained_is_smaller_than_intersect(api, tmp_path):
    fields = {"Wkt": TRIANGLE_AOI, "EpsgProjection": 32632}
    touched, _ = download(api, tmp_path, "i.tif", **fields)
    inside, _ = download(api, tmp_path, "c.tif", PixelSelectionMode="contained", **fields)
    a = touched.GetRasterBand(3).ReadAsArray()
    b = inside.GetRasterBand(3).ReadAsArray()
    assert a.shape == b.shape
    assert a[0, 0] == -32768 and a[0, -1] == -32768  # top corners lie outside the triangle
    n_touched, n_inside = (a != -32768).sum(), (b != -32768).sum()
    assert 0 < n_inside < n_touched < a.size
    assert ((b != -32768) <= (a != -32768)).all()
    valid = a[a != -32768]
    assert valid.min() >= 1 and valid.max() < 10000


def test_index_band_matches_bands_of_the_same_request(api, tmp_path):
    fields = {"EpsgProjection": 32632}
    full, _ = download(api, tmp_path, "all.tif", **fields)
    index, _ = download(api, tmp_path, "ndvi.tif", Bandnames="[B8_B4]", **fields)
    b4 = full.GetRasterBand(3).ReadAsArray().astype(float)
    b8 = full.GetRasterBand(7).ReadAsArray().astype(float)
    ndvi = index.GetRasterBand(1).ReadAsArray().astype(float)
    valid = b4 != -32768
    assert ((ndvi == -32768) == ~valid).all()
    expected = (b8[valid] - b4[valid]) / (b8[valid] + b4[valid]) * 32767
    assert np.abs(ndvi[valid] - expected).max() <= 1.0
    assert index.GetRasterBand(1).GetDescription() == "[B8_B4]"


def test_ndvi_of_the_demo_aoi_is_higher_in_july_than_in_january(api, tmp_path):
    def mean_ndvi(date):
        dataset, _ = download(api, tmp_path, f"{date}.tif", Date=date, Bandnames="[B8_B4]")
        values = dataset.GetRasterBand(1).ReadAsArray()
        return values[values != -32768].mean() / 32767

    january, july = mean_ndvi("2024-01-15"), mean_ndvi("2024-07-01")
    assert july > january + 0.15
    assert 0.2 < january < 0.6 and 0.5 < july < 0.9


def test_same_request_gives_identical_bytes(api):
    body = {"Wkt": TRIANGLE_AOI, "Date": "2024-07-01", "EpsgProjection": 32632}
    first, second = api.post(COMPOSITE, body), api.post(COMPOSITE, body)
    assert first.content == second.content
    assert first.headers["Content-Disposition"] == second.headers["Content-Disposition"]


def test_uint8_variant_scales_with_nodata_zero(api, tmp_path):
    fields = {"Wkt": TRIANGLE_AOI, "EpsgProjection": 32632}
    int16, _ = download(api, tmp_path, "a.tif", **fields)
    uint8, _ = download(api, tmp_path, "b.tif", DataType="uint8", **fields)
    band = uint8.GetRasterBand(3)
    assert band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 0
    source = int16.GetRasterBand(3).ReadAsArray().astype(float)
    scaled = band.ReadAsArray().astype(float)
    assert ((source == -32768) == (scaled == 0)).all()
    valid = source != -32768
    expected = np.clip(np.rint(source[valid] / 4000 * 254 + 1), 1, 255)
    assert np.abs(scaled[valid] - expected).max() <= 1


def test_png_variant(api, tmp_path):
    dataset, response = download(api, tmp_path, "x.png", FileType="png", Bandnames="B4,B3,B2")
    assert dataset.GetDriver().ShortName == "PNG"
    assert dataset.RasterCount == 3 and dataset.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert response.headers["Content-Disposition"].endswith(".png")
    too_many = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "FileType": "png", "Bandnames": "all"}
    assert api.post(COMPOSITE, too_many).json()["Error"]["Code"] == 992


def test_included_download_then_units_charged_exactly_the_estimate(emu, api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Bandnames": "rgb", "Resolution": 20}
    assert api.post(ESTIMATE, body).json()["Data"]["CreditEstimate"] == 0
    assert api.post(COMPOSITE, body).status_code == 200
    assert emu.units("demo-key") == 10000 and emu.request_log[-1]["charged"] == 0
    estimate = api.post(ESTIMATE, body).json()["Data"]["CreditEstimate"]
    assert estimate == 1.27
    assert api.post(COMPOSITE, body).status_code == 200  # the same output again
    assert emu.units("demo-key") == pytest.approx(10000 - estimate, abs=1e-9)
    assert emu.request_log[-1]["charged"] == estimate
    variant = {**body, "EpsgProjection": 32632}
    assert api.post(COMPOSITE, variant).status_code == 200  # a variant is charged too
    assert emu.units("demo-key") == pytest.approx(10000 - 2 * estimate, abs=1e-9)
    other_date = {**body, "Date": "2024-07-02"}
    assert api.post(COMPOSITE, other_date).status_code == 200  # its own included download
    assert emu.units("demo-key") == pytest.approx(10000 - 2 * estimate, abs=1e-9)
    info = api.get("/api/account/info").json()["Data"]
    assert info["ProcessingUnits"] == round(10000 - 2 * estimate, 2)


def test_auto_utm_uint8_and_coarse_resolutions(api, tmp_path):
    dataset, _ = download(api, tmp_path, EpsgProjection=47000, Resolution=1280, DataType="UINT8")
    assert epsg_of(dataset) == 32632
    assert dataset.GetGeoTransform()[1] == 1280
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 0


def test_upload_url_gets_the_file_by_put_and_the_answer_is_201(emu, api, tmp_path):
    received = {}

    class Sink(http.server.BaseHTTPRequestHandler):
        def do_PUT(self):
            length = int(self.headers["Content-Length"])
            received["path"] = self.path
            received["body"] = self.rfile.read(length)
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    sink = http.server.HTTPServer(("127.0.0.1", 0), Sink)
    thread = threading.Thread(target=sink.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{sink.server_address[1]}/bucket/out.tif?sig=abc"
        body = {"Wkt": TRIANGLE_AOI, "Date": "2024-07-01", "EpsgProjection": 32632}
        direct = api.post(COMPOSITE, body)
        response = api.post(COMPOSITE, {**body, "UploadUrl": url})
        assert response.status_code == 201 and response.content == b""
        assert received["path"] == "/bucket/out.tif?sig=abc"
        assert received["body"] == direct.content
        # The upload was the second delivery of this output: charged like a download.
        assert emu.request_log[-1]["charged"] > 0, emu.request_log
        dead = {**body, "UploadUrl": "http://127.0.0.1:9/nowhere"}
        failed = api.post(COMPOSITE, dead)
        assert failed.status_code == 502 and failed.json()["Succeeded"] is False
    finally:
        sink.shutdown()
        sink.server_close()


def test_large_request_is_streamed_in_full(api):
    # About 100 km2 at 10 m with all bands: a few megabytes, several chunks.
    wkt = "POLYGON ((9.6 55.555, 9.76 55.555, 9.76 55.645, 9.6 55.645, 9.6 55.555))"
    response = api.post(COMPOSITE, {"Wkt": wkt, "Date": "2024-07-01"}, stream=True)
    total = sum(len(chunk) for chunk in response.iter_content(1 << 16))
    assert total == int(response.headers["Content-Length"]) > 4 * 256 * 1024


def test_non_harmonized_output_keeps_the_1000_offset_and_says_so(api, tmp_path):
    fields = {"Wkt": TRIANGLE_AOI, "EpsgProjection": 32632, "Bandnames": "B4,[B8_B4]"}
    plain, _ = download(api, tmp_path, "h.tif", **fields)
    raw, _ = download(api, tmp_path, "r.tif", Harmonize=False, Level=1, **fields)
    assert "ADD_OFFSET" not in plain.GetMetadata()
    assert raw.GetMetadata()["ADD_OFFSET"] == "-1000"
    assert raw.GetMetadata()["QUANTIFICATION_VALUE"] == "10000"
    a, b = plain.GetRasterBand(1).ReadAsArray(), raw.GetRasterBand(1).ReadAsArray()
    valid = a != -32768
    assert ((b == -32768) == ~valid).all()
    assert (b[valid].astype(int) - a[valid] == 1000).all()
    # Index bands are not offset.
    assert (plain.GetRasterBand(2).ReadAsArray() == raw.GetRasterBand(2).ReadAsArray()).all()


def test_a_link_speed_paces_the_files_like_a_real_line(tmp_path):
    """--link-mbps: a file takes at least its size over the line's speed (a lower bound only,
    so a busy machine cannot make this fail), and arrives whole."""
    import time

    from world import TODAY

    from clearsky_vision.core.api.client import ClearSkyClient
    from clearsky_vision.core.api.geometry import Aoi
    from clearsky_vision.core.api.models import CompositeRequest
    from emulator import Emulator

    with Emulator(tile_size=256, today=TODAY.isoformat(), link_mbps=4) as emu:
        client = ClearSkyClient(emu.url, emu.demo_key)
        request = CompositeRequest(Aoi.from_wkt(DEMO_AOI_WKT), TODAY.replace(day=1))
        started = time.monotonic()
        result = client.download_composite(request, tmp_path)
        elapsed = time.monotonic() - started
    size = result.path.stat().st_size
    assert size > 1_000_000  # long enough for the pace to show
    assert elapsed >= size / (4 * 125_000) * 0.95
    assert gdal.Open(str(result.path)).RasterCount == 10

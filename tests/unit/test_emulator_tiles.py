"""Tiles and minitiles: search (three flows), optimize, and downloads by GUID inside orders."""

from __future__ import annotations

import pytest
from osgeo import gdal, osr

from emulator import DEMO_AOI_WKT, SECOND_AOI_WKT

SEARCH_TILES = "/api/tasking/search/tiles"
OPTIMIZE = "/api/tasking/tile/optimize"
TILE = "/api/satelliteimages/process/tile"
MINITILE = "/api/satelliteimages/process/minitile"
ALL_BANDS = ["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12"]
CONSTELLATIONS = ["Sentinel1", "Sentinel2", "Landsat89"]


def search(api, **body):
    full = {"Wkt": None, "GeoJson": None, "TileGuids": None, "MiniTileGuids": None}
    full["TileGuidForMiniTiles"] = None
    response = api.post(SEARCH_TILES, {**full, **body})
    assert response.status_code == 200, response.text
    return response.json()["Data"]["Tiles"]


def tile_order(guids=(), minis=(), **fields):
    return {
        "TileGuids": list(guids) or None,
        "MiniTileGuids": list(minis) or None,
        "Model": "Stratus2",
        "SatelliteConstellations": CONSTELLATIONS,
        "ImageFrequency": 1,
        "ReferenceDate": "2024-06-01",
        "From": "2024-06-01",
        "To": "2024-06-30",
        "StorageMonths": 1,
        "ApiRequests": 1,
        **fields,
    }


def open_file(response, tmp_path, name="t.tif"):
    assert response.status_code == 200, response.text
    path = tmp_path / name
    path.write_bytes(response.content)
    return gdal.Open(str(path))


def test_search_by_geometry_lists_the_tile_and_its_touched_minitiles(api):
    found = search(api, Wkt=DEMO_AOI_WKT)
    tiles = [t for t in found if not t["MiniTile"]]
    minis = [t for t in found if t["MiniTile"]]
    assert len(tiles) == 1 and len(minis) == 4
    assert tiles[0]["Epsg"] == "32632" and isinstance(tiles[0]["Epsg"], str)
    assert tiles[0]["DataGeogWkt"] == "POLYGON ((9.5 55.5, 10 55.5, 10 56, 9.5 56, 9.5 55.5))"
    assert set(found[0]) == {"Guid", "MiniTile", "Epsg", "DataGeogWkt"}


def test_search_by_guids_and_minitiles_of_a_tile(api):
    found = search(api, Wkt=DEMO_AOI_WKT)
    tile = found[0]["Guid"]
    mini = found[1]["Guid"]
    again = search(api, TileGuids=[tile], MiniTileGuids=[mini])
    assert [t["Guid"] for t in again] == [tile, mini]
    inside = search(api, TileGuidForMiniTiles=tile)
    assert len(inside) == 256 and all(t["MiniTile"] for t in inside)
    assert mini in {t["Guid"] for t in inside}


def test_search_needs_exactly_one_flow(api):
    tile = search(api, Wkt=DEMO_AOI_WKT)[0]["Guid"]
    both = {"Wkt": DEMO_AOI_WKT, "TileGuids": [tile]}
    assert api.post(SEARCH_TILES, both).json()["Error"]["Code"] == 992
    assert api.post(SEARCH_TILES, {}).json()["Error"]["Code"] == 992
    bad = api.post(SEARCH_TILES, {"TileGuids": ["00000000-0000-0000-0000-000000000000"]})
    assert "TileGuids" in bad.json()["Data"]
    world = "POLYGON ((-170 -80, 170 -80, 170 80, -170 80, -170 -80))"
    assert api.post(SEARCH_TILES, {"Wkt": world}).json()["Error"]["Code"] == 992


def test_optimize_picks_minitiles_for_small_areas_and_tiles_for_large_ones(api):
    small = api.post(OPTIMIZE, {"Wkt": f"GEOMETRYCOLLECTION ({SECOND_AOI_WKT})"}).json()["Data"]
    assert small["Tiles"] == [] and len(small["MiniTiles"]) == 6
    big = "POLYGON ((9.5 55.5, 9.9 55.5, 9.9 55.9, 9.5 55.9, 9.5 55.5))"  # 64 % of a tile
    large = api.post(OPTIMIZE, {"Wkt": f"GEOMETRYCOLLECTION ({big})"}).json()["Data"]
    assert len(large["Tiles"]) == 1 and large["MiniTiles"] == []
    assert api.post(OPTIMIZE, {"Wkt": "LINESTRING (9 55, 10 56)"}).json()["Error"]["Code"] == 992


def test_minitile_download_inside_a_minitile_order(emu, api, new_key, tmp_path):
    key = new_key(demo_order=False)
    mini = search(api, Wkt=SECOND_AOI_WKT)[1]["Guid"]
    emu.add_order(key, tile_order(minis=[mini]))
    body = {"MiniTileGuid": mini, "Date": "2024-06-03", "Resolution": 10, "EpsgProjection": 47000}
    dataset = open_file(api.post(MINITILE, body, key=key), tmp_path)
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    assert srs.GetAuthorityCode(None) == "32632"
    assert dataset.GetGeoTransform()[1] == 10 and dataset.RasterCount == 10
    names = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(10)]
    assert names == ALL_BANDS
    assert dataset.GetMetadata()["IMAGE_DATE"] == "20240603"
    values = dataset.GetRasterBand(3).ReadAsArray()
    assert (values != -32768).mean() > 0.9
    # Off the order's window, or a minitile it does not hold: 1006.
    later = api.post(MINITILE, {**body, "Date": "2024-07-03"}, key=key)
    assert later.status_code == 400 and later.json()["Error"]["Code"] == 1006
    other = search(api, Wkt=SECOND_AOI_WKT)[2]["Guid"]
    refused = api.post(MINITILE, {**body, "MiniTileGuid": other}, key=key)
    assert refused.json()["Error"]["Code"] == 1006
    # A tile GUID is not a minitile GUID.
    tile = search(api, Wkt=SECOND_AOI_WKT)[0]["Guid"]
    wrong = api.post(MINITILE, {**body, "MiniTileGuid": tile}, key=key)
    assert "MiniTileGuid" in wrong.json()["Data"]


def test_whole_tile_download_is_capped_at_tile_size_pixels(emu, api, new_key, tmp_path):
    key = new_key(demo_order=False)
    tile = search(api, Wkt=SECOND_AOI_WKT)[0]["Guid"]
    emu.add_order(key, tile_order(guids=[tile]))
    body = {
        "TileGuid": tile,
        "Date": "2024-06-15",
        "Model": "Stratus2",
        "SatelliteConstellations": CONSTELLATIONS,
        "Level": 2,
        "Harmonize": True,
        "ClipReflectance": None,
        "UploadUrl": None,
        "Resolution": 10,
        "EpsgProjection": 47000,
        "Bandnames": "B4,B8",
        "DataType": "INT16",
        "UtmDataSelectionMode": "combined_utm",
        "UtmGridForcePixelResolutionSize": True,
        "AllowPartialImage": False,
    }
    response = api.post(TILE, body, key=key)
    dataset = open_file(response, tmp_path)
    assert "clearsky_tile_" in response.headers["Content-Disposition"]
    # The session emulator renders whole tiles at most 256 px: 10 m becomes 320 m here.
    assert dataset.GetGeoTransform()[1] == 320
    assert max(dataset.RasterXSize, dataset.RasterYSize) <= 256 * 1.05
    assert dataset.RasterCount == 2
    # The tile order's first download of that date was included, the second is charged.
    assert emu.units(key) == 10000
    assert api.post(TILE, body, key=key).status_code == 200
    assert emu.units(key) < 10000


@pytest.mark.parametrize("path", [TILE, MINITILE])
def test_tile_downloads_outside_orders_are_1006(api, new_key, path):
    key = new_key()  # has the demo order, which covers no whole tile nor SECOND_AOI
    found = search(api, Wkt=SECOND_AOI_WKT)
    guid = found[0]["Guid"] if path == TILE else found[1]["Guid"]
    field = "TileGuid" if path == TILE else "MiniTileGuid"
    response = api.post(path, {field: guid, "Date": "2024-07-01", "Resolution": 320}, key=key)
    assert response.status_code == 400 and response.json()["Error"]["Code"] == 1006


def test_minitile_inside_a_polygon_order_can_be_downloaded(api, new_key, tmp_path):
    key = new_key()  # the demo order covers lat 55.55..55.65
    mini = next(t for t in search(api, Wkt=DEMO_AOI_WKT) if "55.59375, 9.5" in t["DataGeogWkt"])
    body = {"MiniTileGuid": mini["Guid"], "Date": "2024-07-01", "Resolution": 40}
    assert open_file(api.post(MINITILE, body, key=key), tmp_path).RasterCount == 10

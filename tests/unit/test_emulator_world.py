"""The emulator's world model, request parsing and pricing, without HTTP."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from shapely import wkt

from emulator import BORDER_AOI_WKT, DEMO_AOI_WKT, contract, landscape, tasking, tiles, world
from emulator.contract import ProblemDetailsError, ValidationError

TODAY = dt.date(2024, 7, 15)


def test_zone_grid_positions_follow_the_provider_convention():
    zone = world.Zone.at(9.53, 55.61)
    assert (zone.x, zone.y) == (379, 291)
    assert zone.bounds == (9.5, 55.5, 10.0, 56.0)
    assert zone.wkt == "POLYGON ((9.5 55.5, 10 55.5, 10 56, 9.5 56, 9.5 55.5))"
    assert world.Zone.at(10.0, 55.61).x == 380


def test_demo_aoi_lies_in_one_land_zone_and_border_aoi_in_two():
    assert world.land_zones(wkt.loads(DEMO_AOI_WKT)) == [world.Zone(379, 291)]
    assert world.land_zones(wkt.loads(BORDER_AOI_WKT)) == [
        world.Zone(379, 291),
        world.Zone(380, 291),
    ]


def test_lag_rule_makes_the_newest_date_partial_across_neighbours():
    west, east = world.Zone(379, 291), world.Zone(380, 291)
    assert west.lag_days == 1 and east.lag_days == 2
    assert west.last_date(TODAY) == dt.date(2024, 7, 14)
    assert west.has_date(dt.date(2024, 7, 14), TODAY)
    assert not east.has_date(dt.date(2024, 7, 14), TODAY)
    assert not west.has_date(TODAY, TODAY)


def test_about_eight_percent_of_dates_are_missing_but_never_the_1st_or_15th():
    zone = world.Zone(379, 291)
    dates = zone.dates(dt.date(2023, 1, 1), dt.date(2024, 6, 30), TODAY)
    total = (dt.date(2024, 6, 30) - dt.date(2023, 1, 1)).days + 1
    assert 0.04 < 1 - len(dates) / total < 0.12
    assert all(zone.has_date(dt.date(2024, m, d), TODAY) for m in range(1, 7) for d in (1, 15))
    assert zone.dates(dt.date(2022, 1, 1), dt.date(2022, 12, 31), TODAY) == []


def test_water_restricted_and_outside_zones():
    water = world.Zone.at(6.0, 55.0)
    assert water.is_water and not water.is_land and water.dates(TODAY, TODAY, TODAY) == []
    restricted = world.Zone.at(14.7, 45.2)
    assert restricted.is_restricted and restricted.is_land
    assert world.land_zones(wkt.loads("POLYGON ((20 50, 21 50, 21 51, 20 51, 20 50))")) == []


def test_version_tags_list_one_value_per_zone_in_storage_order():
    zones = world.land_zones(wkt.loads(BORDER_AOI_WKT))
    day = dt.date(2024, 7, 1)
    from emulator.imagery import version_tags

    tags = version_tags(day, zones)
    assert tags["IMAGE_DATE"] == "20240701"
    assert len(tags["MODEL_VERSION"].split(",")) == 2
    assert len(tags["IMAGE_VERSION"].split(",")) == 2


def test_tile_and_minitile_guids_round_trip():
    zone = world.Zone(379, 291)
    tile, mini = tiles.Cell(zone), tiles.Cell(zone, 3, 15)
    assert tiles.cell_for_guid(tile.guid).bounds == zone.bounds
    assert tiles.cell_for_guid(mini.guid.upper()).bounds == mini.bounds
    assert tiles.cell_for_guid("00000000-0000-0000-0000-000000000000") is None
    assert tile.epsg == 32632 and len(tile.minitiles()) == 256
    assert tiles.resolve(tile.guid, True) is None and tiles.resolve(mini.guid, True) is not None
    assert world.utm_epsg(9.5, 55.6) == 32632 and world.utm_epsg(-3, -10) == 32730


def test_reflectance_magnitudes_are_plausible_per_class():
    rng = np.random.default_rng(1)
    lon = 9.5 + rng.random(200_000) * 0.5
    lat = 55.5 + rng.random(200_000) * 0.5
    day = dt.date(2024, 7, 10)
    classes = landscape.classify(lon, lat, 2024)
    refl = landscape.reflectance(lon, lat, day).astype(float)
    b4, b8, b11 = refl[2], refl[6], refl[8]
    ndvi = (b8 - b4) / (b8 + b4)
    water = classes == landscape.LAKE
    forest = classes == landscape.FOREST
    spring = classes == landscape.SPRING_CROP
    assert water.any() and forest.any() and spring.any()
    assert np.median(b8[water]) < 400 and np.median(ndvi[water]) < 0
    assert np.median(b8[forest]) > 2500 and np.median(ndvi[forest]) > 0.7
    assert np.median(ndvi[spring]) > 0.6 and 150 < np.median(b4[spring]) < 800
    assert np.median(((b8 - b11) / (b8 + b11))[forest]) > 0.2  # NDMI: moist canopy
    assert refl.min() >= 1 and refl.max() < 10000


def test_parse_bandnames_expands_all_rgb_and_indices_in_order():
    problems = contract.Problems()
    assert contract.parse_bandnames("all", problems) == landscape.BANDS
    assert contract.parse_bandnames("rgb", problems) == ("B2", "B3", "B4")
    assert contract.parse_bandnames("b8, B4 ,[b8_b4],B8A", problems) == (
        "B8",
        "B4",
        "[B8_B4]",
        "B8A",
    )
    assert not problems.errors
    contract.parse_bandnames("B99,[B8_B13]", problems)
    assert len(problems.errors["Bandnames"]) == 2


def test_parse_composite_defaults_and_validation_messages():
    request = contract.parse_composite({"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01"}, True)
    assert (request.resolution, request.file_type, request.epsg) == (10, "tif", 4326)
    assert (request.data_type, request.pixel_mode, request.utm_mode) == (
        "int16",
        "intersect",
        "combined_utm",
    )
    assert (request.model, request.allow_partial, request.upload_url) == ("Stratus2", False, None)
    auto = contract.parse_composite(
        {"Wkt": DEMO_AOI_WKT, "EpsgProjection": 47000, "DataType": "UINT8"}, False
    )
    assert auto.epsg == 32632 and auto.data_type == "uint8"
    bad = {
        "Wkt": "POINT (9 55)",
        "Resolution": 15,
        "FileType": "jpg",
        "DataType": "float32",
        "UtmDataSelectionMode": "any",
        "PixelSelectionMode": "centre",
        "Model": "stratus2",
        "SatelliteConstellations": ["Sentinel2"],
        "bandnames": "rgb",
    }
    with pytest.raises(ValidationError) as caught:
        contract.parse_composite(bad, True)
    assert set(caught.value.errors) == {
        "Wkt",
        "Date",
        "Resolution",
        "FileType",
        "DataType",
        "UtmDataSelectionMode",
        "PixelSelectionMode",
        "Model",
        "SatelliteConstellations",
        "bandnames",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Resolution", "ten"),
        ("Resolution", 10.5),
        ("Date", "01/07/2024"),
        ("Date", "2024-02-30"),
        ("AllowPartialImage", "yes"),
        ("SatelliteConstellations", "Sentinel2"),
        ("Bandnames", 7),
    ],
)
def test_wrong_json_types_are_binding_errors(field, value):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", field: value}
    with pytest.raises(ProblemDetailsError) as caught:
        contract.parse_composite(body, True)
    assert f"$.{field}" in caught.value.errors


def test_numbers_in_strings_bind_like_asp_net():
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01T00:00:00Z", "Resolution": "20"}
    assert contract.parse_composite(body, True).resolution == 20


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": DEMO_AOI_WKT, "GeoJson": {"type": "Polygon"}, "Date": "2024-07-01"}, "GeoJson"),
        ({"Wkt": "POLYGON ((9 55, 10 55", "Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": "LINESTRING (9 55, 10 56)", "Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "FileType": "png"}, "FileType"),
    ],
)
def test_geometry_and_date_errors_name_their_field(body, field):
    with pytest.raises(ValidationError) as caught:
        contract.parse_composite(body, True)
    assert field in caught.value.errors


def test_geojson_is_accepted_as_object_string_or_feature():
    geometry = wkt.loads(DEMO_AOI_WKT).__geo_interface__
    import json

    for value in (geometry, json.dumps(geometry), {"type": "Feature", "geometry": geometry}):
        request = contract.parse_composite({"GeoJson": value, "Date": "2024-07-01"}, True)
        assert request.geometry.equals(wkt.loads(DEMO_AOI_WKT))


def test_processing_unit_price_is_area_over_ten_rounded_up():
    area = contract.area_km2(wkt.loads(DEMO_AOI_WKT))
    assert 12.0 < area < 13.2
    assert contract.unit_price(area) == 1.27
    assert contract.unit_price(10.0) == 1.0
    assert contract.unit_price(0.0001) == 0.01


def order_spec(**fields):
    body = {
        "Wkt": "GEOMETRYCOLLECTION (" + DEMO_AOI_WKT + ")",
        "Model": "Stratus2",
        "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
        "From": "2025-01-01",
        "To": "2025-01-31",
        **fields,
    }
    return tasking.parse_order(body, TODAY)


def test_image_dates_follow_frequency_and_reference_date():
    weekly = order_spec(ImageFrequency=7, ReferenceDate="2025-01-01")
    assert [d.day for d in weekly.dates(weekly.start, weekly.end)] == [1, 8, 15, 22, 29]
    shifted = order_spec(ImageFrequency=2, ReferenceDate="2023-03-02")
    days = shifted.dates(shifted.start, shifted.end)
    assert all((d - dt.date(2023, 3, 2)).days % 2 == 0 for d in days) and len(days) == 15
    assert days[0] == dt.date(2025, 1, 2)
    assert order_spec(ImageFrequency=1).has_date(dt.date(2025, 1, 31))
    assert not order_spec(ImageFrequency=1).has_date(dt.date(2025, 2, 1))


def test_order_prices_follow_model_mode_and_storage():
    daily = order_spec(ImageFrequency=1)
    polygon = daily.estimate(TODAY)["CurrentMonthCosts"]["TotalCost"]
    assert polygon == pytest.approx(daily.area_km2 * 0.20 * 31 / 30, abs=0.01)
    fast = order_spec(Model="Stratus2Fast", SatelliteConstellations=["Sentinel2", "Sentinel1"])
    assert fast.constellations == ("Sentinel1", "Sentinel2")
    with_landsat = order_spec(
        Model="Stratus2Fast", SatelliteConstellations=["Sentinel1", "Sentinel2", "Landsat89"]
    )
    assert with_landsat.price(30, 1) == pytest.approx(daily.area_km2 * (0.18 + 0.02), abs=0.01)
    assert fast.price(31, 1) == pytest.approx(daily.area_km2 * 0.18 * 31 / 30, abs=0.01)
    zone = world.Zone(379, 291)
    tile = tasking.parse_order(
        {
            "TileGuids": [tiles.Cell(zone).guid],
            "Model": "Stratus2",
            "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
            "From": "2025-01-01",
            "To": "2025-01-30",
        },
        TODAY,
    )
    assert tile.price(30, 1) == pytest.approx(tile.area_km2 * 0.20 * 0.2, abs=0.01)
    tile.storage_months = 3  # two extra months at EUR 0.00001 per km2 and month
    assert tile.price(30, 1) == pytest.approx(tile.area_km2 * (0.04 + 2 * 0.00001), abs=0.01)


@pytest.mark.parametrize(
    "wkt_text",
    [
        "POLYGON ((9.5 55.6, 9.501 55.6, 9.501 55.7, 9.5 55.7, 9.5 55.6))",  # 63 m wide
        "POLYGON ((9.5 55.6, 9.6 55.7, 9.6 55.6, 9.5 55.7, 9.5 55.6))",  # self-intersecting
        "POLYGON ((9.5 55.6, 9.6 55.7, 9.6 55.7001, 9.5 55.6001, 9.5 55.6))",  # < 5 % of its box
    ],
)
def test_polygon_order_rules_are_field_errors(wkt_text):
    with pytest.raises(ValidationError) as caught:
        order_spec(Wkt=f"GEOMETRYCOLLECTION ({wkt_text})")
    assert "Wkt" in caught.value.errors


def test_small_polygons_are_billed_at_least_half_a_square_kilometre():
    tiny = "POLYGON ((9.5 55.6, 9.505 55.6, 9.505 55.603, 9.5 55.603, 9.5 55.6))"  # ~0.1 km2
    spec = order_spec(Wkt=f"GEOMETRYCOLLECTION ({tiny}, {DEMO_AOI_WKT})")
    assert spec.area_km2 == pytest.approx(0.5 + contract.area_km2(wkt.loads(DEMO_AOI_WKT)))


def test_storage_lasts_to_the_end_of_the_month_plus_storage_months():
    assert tasking.month_end(dt.date(2024, 5, 3), 1) == dt.date(2024, 6, 30)
    assert tasking.month_end(dt.date(2024, 12, 31), 2) == dt.date(2025, 2, 28)

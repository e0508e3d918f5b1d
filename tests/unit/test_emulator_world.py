"""The emulator's world model, request parsing and pricing, without HTTP."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from shapely import wkt

from emulator import BORDER_AOI_WKT, DEMO_AOI_WKT, contract, landscape, tiles, world
from emulator.contract import ValidationError

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


def test_image_ids_round_trip():
    zone, day = world.Zone(379, 291), dt.date(2024, 7, 1)
    assert tiles.decode_image_id(tiles.image_id(zone, day)) == (zone, day)
    assert tiles.utm_epsg(zone) == 32632


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
    bad = {
        "Wkt": "POINT (9 55)",
        "Date": "01/07/2024",
        "Resolution": 15,
        "FileType": "jpg",
        "DataType": "float32",
        "UtmDataSelectionMode": "any",
        "PixelSelectionMode": "centre",
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
        "bandnames",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": DEMO_AOI_WKT, "GeoJson": {"type": "Polygon"}, "Date": "2024-07-01"}, "GeoJson"),
        ({"Wkt": "POLYGON ((9 55, 10 55", "Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": "LINESTRING (9 55, 10 56)", "Date": "2024-07-01"}, "Wkt"),
        ({"Wkt": DEMO_AOI_WKT, "Date": "2024-02-30"}, "Date"),
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


def test_pricing_rules():
    area = contract.area_km2(wkt.loads(DEMO_AOI_WKT))
    assert 12.0 < area < 13.2
    assert contract.credit_estimate(area, 10, 10) == round(area, 2)
    assert contract.credit_estimate(area, 3, 20) == round(area * 0.3 * 0.5, 2)
    assert contract.credit_estimate(area, 10, 320) == round(area * 0.25, 2)
    assert contract.credit_estimate(0.0001, 1, 10) == 0.01

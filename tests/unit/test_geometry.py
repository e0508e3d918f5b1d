import pytest

from clearsky_vision.core.api.errors import InputError
from clearsky_vision.core.api.geometry import Aoi

SQUARE_UTM = "POLYGON((500000 6100000,504000 6100000,504000 6103000,500000 6103000,500000 6100000))"


def test_bounds_in_lonlat_and_area():
    aoi = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63)
    assert aoi.bounds == pytest.approx((9.50, 55.60, 9.56, 55.63))
    # 0.06 deg x 0.03 deg at 55.6 N: 3.77 km x 3.34 km.
    assert aoi.area_km2 == pytest.approx(12.6, abs=0.1)
    assert aoi.utm_epsg() == 32632


def test_projected_polygon_is_transformed_to_lonlat():
    aoi = Aoi.from_wkt(SQUARE_UTM, "EPSG:32632")
    west, south, east, _north = aoi.bounds
    assert 8.99 < west < 9.01 and 55.0 < south < 55.1 and east < 9.1
    assert aoi.area_km2 == pytest.approx(12.0, rel=0.01)


def test_self_intersecting_polygon_is_repaired_with_a_note():
    aoi = Aoi.from_wkt("POLYGON((9 55,9.1 55.1,9.1 55,9 55.1,9 55))")
    assert aoi.wkt.startswith("MULTIPOLYGON")
    assert "repaired" in aoi.notes[0]


def test_3d_multipolygon_is_flattened():
    aoi = Aoi.from_wkt("MULTIPOLYGON Z (((9 55 1,9.1 55 1,9.1 55.1 1,9 55 1)))")
    assert " 1," not in aoi.wkt and aoi.area_km2 > 1


@pytest.mark.parametrize(
    ("wkt", "crs", "fragment"),
    [
        ("LINESTRING(9 55,9.1 55.1)", 4326, "is a line string"),
        ("POINT(9 55)", 4326, "is a point"),
        ("POLYGON EMPTY", 4326, "is empty"),
        ("not wkt", 4326, "not readable WKT"),
        ("POLYGON((9 55,9.1 55,9 55))", 4326, "no area"),
        ("POLYGON((1e9 1e9,1.1e9 1e9,1.1e9 1.1e9,1e9 1e9))", "EPSG:32632", "placed on the globe"),
        ("POLYGON((170 0,-170 0,-170 1,170 1,170 0))", 4326, "antimeridian"),
        ("POLYGON((9 55,9.1 55,9.1 55.1,9 55))", "EPSG:999999", "Unknown coordinate"),
    ],
)
def test_bad_areas_are_refused_with_a_reason(wkt, crs, fragment):
    with pytest.raises(InputError, match=fragment):
        Aoi.from_wkt(wkt, crs)


def test_empty_extent():
    with pytest.raises(InputError, match="extent is empty"):
        Aoi.from_bounds(9, 55, 9, 56)

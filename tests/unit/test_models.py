import datetime as dt

import pytest

from clearsky_vision.core.api.errors import InputError
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import (
    AccountInfo,
    CompositeRequest,
    Coverage,
    check_date_range,
    image_dates_from_search,
)

AOI = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63)


def test_dates_are_full_only_where_every_zone_has_them():
    data = {
        "ModelImageDates": [
            {
                "Model": "Stratus2",
                "SatelliteConstellations": ["Sentinel2"],
                "DatesByGeog": [
                    {"Wkt": "A", "Dates": ["2024-06-01", "2024-06-02", "2024-06-03"]},
                    {"Wkt": "B", "Dates": ["2024-06-01", "2024-06-03"]},
                    {"Wkt": "C", "Dates": ["2024-06-03"]},
                ],
                "Unexpected": 1,
            }
        ],
        "AlsoUnexpected": True,
    }
    dates = image_dates_from_search(data)
    summary = [(d.date.isoformat(), d.coverage, d.zones_missing) for d in dates]
    assert summary == [
        ("2024-06-01", Coverage.PARTIAL, 1),
        ("2024-06-02", Coverage.PARTIAL, 2),
        ("2024-06-03", Coverage.FULL, 0),
    ]
    assert dates[1].label == "2024-06-02  partial: 2 of 3 zones lack it"
    assert dates[0].constellations == ("Sentinel2",)


def test_no_zones_means_no_dates():
    assert image_dates_from_search({"ModelImageDates": []}) == []
    assert image_dates_from_search(None) == []


def test_account_ignores_extra_fields_and_drops_the_key():
    info = AccountInfo.from_api(
        {"Key": "secret", "CreditAmount": 12.5, "MaxConcurrentConnections": 3, "New": 1}
    )
    assert info.credits == 12.5 and info.max_connections == 3
    assert "secret" not in repr(info)


def test_request_normalises_and_builds_the_documented_body():
    request = CompositeRequest(
        AOI, "2024-06-01", resolution="20", bands="B4,[b8_b4]", epsg="EPSG:32632"
    )
    body = request.download_body()
    assert body["Date"] == "2024-06-01" and body["Resolution"] == 20
    assert body["Bandnames"] == "B4,[B8_B4]" and body["EpsgProjection"] == 32632
    assert body["PixelSelectionMode"] == "intersect" and body["FileType"] == "tif"
    assert set(request.estimate_body()) == {
        "Wkt",
        "Resolution",
        "FileType",
        "EpsgProjection",
        "DataType",
        "UtmDataSelectionMode",
        "Bandnames",
    }


def test_fingerprint_changes_with_what_changes_the_file():
    base = CompositeRequest(AOI, "2024-06-01")
    same = CompositeRequest(AOI, dt.date(2024, 6, 1), bands="ALL")
    assert base.fingerprint("http://x") == same.fingerprint("http://x/")
    others = [
        base.for_date("2024-06-02"),
        CompositeRequest(AOI, "2024-06-01", resolution=20),
        CompositeRequest(AOI, "2024-06-01", epsg=32632),
        CompositeRequest(AOI, "2024-06-01", bands="rgb"),
        CompositeRequest(AOI, "2024-06-01", pixel_selection="contained"),
        CompositeRequest(AOI, "2024-06-01", data_type="uint8"),
        CompositeRequest(AOI, "2024-06-01", constellations=["Sentinel2"]),
        CompositeRequest(Aoi.from_bounds(9.5, 55.6, 9.57, 55.63), "2024-06-01"),
    ]
    prints = {r.fingerprint("http://x") for r in others} | {base.fingerprint("http://x")}
    assert len(prints) == len(others) + 1
    assert base.fingerprint("http://x") != base.fingerprint("http://y")


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"resolution": 15}, "Resolution 15 m is not offered"),
        ({"epsg": "UTM"}, "must be an EPSG code"),
        ({"epsg": 999999}, "Unknown coordinate"),
        ({"file_type": "jpg"}, "File type 'jpg' is not supported"),
        ({"data_type": "float32"}, "Data type"),
        ({"utm_mode": "nearest"}, "UTM mode"),
        ({"pixel_selection": "centre"}, "Pixel mode"),
        ({"constellations": ["Sentinel3"]}, "Unknown constellation"),
        ({"file_type": "png"}, "PNG files hold at most 4 bands"),
        ({"bands": "B99"}, "Unknown band"),
    ],
)
def test_request_validation(kwargs, fragment):
    with pytest.raises(InputError, match=fragment):
        CompositeRequest(AOI, "2024-06-01", **kwargs)


def test_date_range_checks():
    today = dt.date(2024, 7, 15)
    assert check_date_range("2024-06-01", "2024-06-30", today) == (
        dt.date(2024, 6, 1),
        dt.date(2024, 6, 30),
    )
    with pytest.raises(InputError, match="after the end date"):
        check_date_range("2024-07-01", "2024-06-01", today)
    with pytest.raises(InputError, match="starts in the future"):
        check_date_range("2024-08-01", "2024-08-30", today)
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        check_date_range("01/06/2024", "2024-06-30", today)

import datetime as dt

import pytest

from clearsky_vision.core.api.errors import InputError
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import (
    ORDER_STATUSES,
    AccountInfo,
    CompositeAvailability,
    CompositeRequest,
    Coverage,
    Order,
    OrderEstimate,
    OrderRequest,
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
    assert info.processing_units == 12.5 and info.max_connections == 3
    assert info.extra == (("New", 1.0),)
    assert "secret" not in repr(info)


def test_account_fields_are_unknown_when_missing_never_zero():
    info = AccountInfo.from_api({"tenantId": "t", "maxTotalBands": "12"})
    assert (info.tenant_id, info.max_bands) == ("t", 12)
    assert info.processing_units is None and info.max_area_km2 is None
    assert info.connections == 1 and not info.may_overdraw
    assert AccountInfo.from_api({"EuroOverdraftLimit": 20}).may_overdraw
    assert AccountInfo.from_api({"CreditAmount": 0, "CreditLimit": 0}).may_overdraw
    assert not AccountInfo.from_api({"ProcessingUnits": 0, "EuroOverdraftLimit": 0}).may_overdraw


def test_request_normalises_and_builds_the_documented_body():
    request = CompositeRequest(
        AOI, "2024-06-01", resolution="20", bands="B4,[b8_b4]", epsg="EPSG:32632"
    )
    body = request.body()
    assert body["Date"] == "2024-06-01T00:00:00Z" and body["Resolution"] == 20
    assert body["Bandnames"] == "B4,[B8_B4]" and body["EpsgProjection"] == 32632
    assert body["PixelSelectionMode"] == "contained" and body["FileType"] == "tif"
    assert body["DataType"] == "INT16" and body["UtmGridForcePixelResolutionSize"] is True
    assert request.estimate_body() == request.download_body() == body
    assert CompositeRequest(AOI, "2024-06-01", epsg=47000, resolution=1280).epsg == 47000


def test_models_and_constellations_are_not_checked_against_a_fixed_list():
    request = CompositeRequest(AOI, "2024-06-01", model="Nimbus-NDVI", constellations=["sentinel2"])
    assert request.body()["Model"] == "Nimbus-NDVI"
    assert request.body()["SatelliteConstellations"] == ["Sentinel2"]
    other = CompositeRequest(AOI, "2024-06-01", constellations=["Sentinel3"])
    assert other.constellations == ("Sentinel3",)


def test_fingerprint_changes_with_what_changes_the_file():
    base = CompositeRequest(AOI, "2024-06-01")
    same = CompositeRequest(AOI, dt.date(2024, 6, 1), bands="ALL")
    assert base.fingerprint("http://x") == same.fingerprint("http://x/")
    others = [
        base.for_date("2024-06-02"),
        base.for_date("2024-06-01", allow_partial=True),
        CompositeRequest(AOI, "2024-06-01", resolution=20),
        CompositeRequest(AOI, "2024-06-01", epsg=4326),
        CompositeRequest(AOI, "2024-06-01", bands="rgb"),
        CompositeRequest(AOI, "2024-06-01", pixel_selection="intersect"),
        CompositeRequest(AOI, "2024-06-01", data_type="uint8"),
        CompositeRequest(AOI, "2024-06-01", constellations=["Sentinel2"]),
        CompositeRequest(AOI, "2024-06-01", model="Stratus2Fast"),
        CompositeRequest(Aoi.from_bounds(9.5, 55.6, 9.57, 55.63), "2024-06-01"),
    ]
    prints = {r.fingerprint("http://x") for r in others} | {base.fingerprint("http://x")}
    assert len(prints) == len(others) + 1
    assert base.fingerprint("http://x") != base.fingerprint("http://y")


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"resolution": 15}, "Resolution 15 m is not offered"),
        ({"resolution": 50}, "Resolution 50 m is not offered"),
        ({"epsg": "UTM"}, "must be an EPSG code"),
        ({"epsg": 999999}, "Unknown coordinate"),
        ({"file_type": "jpg"}, "File type 'jpg' is not supported"),
        ({"file_type": "png"}, "File type 'png' is not supported"),
        ({"data_type": "float32"}, "Data type"),
        ({"utm_mode": "nearest"}, "UTM mode"),
        ({"pixel_selection": "centre"}, "Pixel mode"),
        ({"constellations": []}, "at least one satellite constellation"),
        ({"model": " "}, "Choose a model"),
        ({"bands": "B99"}, "Unknown band"),
    ],
)
def test_request_validation(kwargs, fragment):
    with pytest.raises(InputError, match=fragment):
        CompositeRequest(AOI, "2024-06-01", **kwargs)


def test_order_request_moves_start_to_the_month_and_checks_one_aoi_mode():
    order = OrderRequest("Stratus2", ("Sentinel1",), "2025-04-17", None, aoi=AOI)
    assert order.start == dt.date(2025, 4, 1) and order.recurring
    body = order.body(estimate=False)
    assert body["ReferenceDate"] == "2025-04-01" and body["To"] is None
    with pytest.raises(InputError, match="either an area or tiles"):
        OrderRequest("Stratus2", ("Sentinel1",), "2025-04-01", aoi=AOI, tile_guids=("t",))
    with pytest.raises(InputError, match="either an area or tiles"):
        OrderRequest("Stratus2", ("Sentinel1",), "2025-04-01")
    with pytest.raises(InputError, match="Image frequency 8"):
        OrderRequest("Stratus2", ("Sentinel1",), "2025-04-01", image_frequency=8, aoi=AOI)


@pytest.mark.parametrize(
    ("data", "current", "recurring", "currency"),
    [
        (
            {
                "CurrentMonthCosts": {"CurrencyCode": "EUR", "TotalCostEuro": 12.5},
                "RecurringCostsEstimate": {"TotalCost": 30},
                "ImageDates": ["2025-04-01T00:00:00Z", "2025-04-04"],
                "AreaKm2": 10,
            },
            12.5,
            30.0,
            "EUR",
        ),
        (
            {"CurrentMonthCost": 4, "NextMonthCost": 5, "Costs": {"CurrencyCode": "DKK"}},
            4.0,
            5.0,
            "DKK",
        ),
        (
            {
                "Costs": {
                    "CurrentMonthOrderCostEstimate": 1,
                    "CurrentMonthStorageCosts": 0.5,
                    "NextMonthOrderCostEstimate": 2,
                }
            },
            1.5,
            2.0,
            "EUR",
        ),
        ({}, None, None, "EUR"),
    ],
)
def test_order_estimate_reads_every_generation(data, current, recurring, currency):
    estimate = OrderEstimate.from_api(data)
    assert (estimate.current_month_eur, estimate.recurring_eur, estimate.currency) == (
        current,
        recurring,
        currency,
    )
    if "ImageDates" in data:
        assert estimate.image_dates == (dt.date(2025, 4, 1), dt.date(2025, 4, 4))


@pytest.mark.parametrize(
    ("status", "downloadable", "in_progress", "cancellable"),
    [
        ("Review", False, True, True),
        ("Processing", False, True, False),
        ("Completed", True, False, False),
        ("UpToDate", True, False, False),
        ("Canceled", False, False, False),
        ("SomethingNew", False, True, False),
    ],
)
def test_order_statuses(status, downloadable, in_progress, cancellable):
    order = Order.from_api({"TaskOrderGuid": "g", "OrderingProcessStatus": status})
    assert (order.downloadable, order.in_progress, order.cancellable) == (
        downloadable,
        in_progress,
        cancellable,
    )
    assert order.status_text == ORDER_STATUSES.get(status, f"{status} (in progress)")


@pytest.mark.parametrize(
    ("flags", "readiness"),
    [
        (
            {"FullyAvailable": True, "OrdersCoverPolygon": True, "DataAvailableForUser": True},
            "ready",
        ),
        ({"FullyAvailable": False, "PartiallyAvailable": True}, "partial"),
        ({"OrdersCoverPolygon": False, "FullyAvailable": False}, "not_ordered"),
        ({"AnyImageWithinStorageMonths": False}, "expired"),
        ({"FullyAvailable": True, "DataAvailableForUser": False}, "restricted"),
        ({"FullyAvailable": False, "AllImagesPredicted": False}, "not_produced"),
        ({"PolygonInDataArea": False}, "outside_data_area"),
        ({}, "unknown"),
    ],
)
def test_availability_readiness(flags, readiness):
    found = CompositeAvailability.from_api(flags)
    assert found.readiness.value == readiness and found.reason
    assert found.ready == (readiness == "ready")
    assert found.partial_ready == (readiness == "partial")


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

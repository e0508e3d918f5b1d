"""Orders: models, estimates, creation and euros, lifecycle, details, cancel, coverage, storage."""

from __future__ import annotations

import time

import pytest
import requests

from emulator import DEMO_AOI_WKT, SECOND_AOI_WKT

MODELS = "/api/tasking/models"
ESTIMATE = "/api/tasking/orders/estimate"
ORDERS = "/api/tasking/orders"
DETAILS = "/api/tasking/orders/details"
CANCEL = "/api/tasking/orders/cancel"
COMPOSITE = "/api/satelliteimages/process/composite"
AVAILABLE = "/api/satelliteimages/process/composite/available"
SEARCH = "/api/satelliteimages/search/available"
CONSTELLATIONS = ["Sentinel1", "Sentinel2", "Landsat89"]
NARROW = "POLYGON ((10.2 55.6, 10.201 55.6, 10.201 55.7, 10.2 55.7, 10.2 55.6))"
ORDER_FIELDS = {
    "TaskOrderGuid",
    "OrderingProcessStatus",
    "BillingCycle",
    "StorageMonths",
    "ApiRequests",
    "ImageFrequency",
    "TaskOrderAreaKm2",
    "Model",
    "ReferenceDate",
    "From",
    "To",
    "SatelliteConstellations",
    "Tiles",
    "MiniTiles",
    "Wkt",
    "CreatedDate",
}


def order_body(**fields) -> dict:
    """A June 2024 order over SECOND_AOI, every 3 days from 2024-06-01."""
    return {
        "Wkt": f"GEOMETRYCOLLECTION ({SECOND_AOI_WKT})",
        "GeoJson": None,
        "TileGuids": None,
        "MiniTileGuids": None,
        "SatelliteConstellations": CONSTELLATIONS,
        "Model": "Stratus2",
        "StorageMonths": 1,
        "ApiRequests": 1,
        "ImageFrequency": 3,
        "ReferenceDate": "2024-06-01",
        "From": "2024-06-01",
        "To": "2024-06-30",
        "TileDeduplication": False,
        **fields,
    }


def data_of(response, status=200):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["Succeeded"] is (status < 400)
    return body["Data"] if status < 400 else body


def create(api, key, **fields) -> dict:
    return data_of(api.post(ORDERS, order_body(**fields), key=key))


def details(api, key, *guids) -> list[dict]:
    return data_of(api.post(DETAILS, {"Guids": list(guids)}, key=key))["TaskOrders"]


def status_of(api, key, guid) -> str:
    return details(api, key, guid)[0]["OrderingProcessStatus"]


def delete(api, key, guid):
    return requests.delete(
        api.url + CANCEL, params={"taskOrderGuid": guid}, headers=api.headers(key), timeout=30
    )


def test_models_list_required_and_optional_constellations(api):
    models = {m["Model"]: m for m in data_of(api.get(MODELS))["TaskingModels"]}
    assert {"Stratus2", "Stratus2Fast"} <= set(models)

    def inputs(name, optional):
        return [
            c["SatelliteConstellation"]
            for c in models[name]["SupportedSatelliteConstellations"]
            if c["Optional"] is optional
        ]

    assert inputs("Stratus2", False) == CONSTELLATIONS and inputs("Stratus2", True) == []
    assert inputs("Stratus2Fast", False) == ["Sentinel1", "Sentinel2"]
    assert inputs("Stratus2Fast", True) == ["Landsat89"]


def test_estimate_has_the_newest_shape(api):
    data = data_of(api.post(ESTIMATE, {**order_body(), "SimulatedEuroUsage": None}))
    assert 12 < data["AreaKm2"] < 13.2
    assert data["CurrentMonthCosts"]["CurrencyCode"] == "EUR"
    assert data["CurrentMonthCosts"]["TotalCost"] == pytest.approx(
        data["AreaKm2"] * 0.20 * 10 / 30, abs=0.01
    )
    assert data["RecurringCostsEstimate"] == {"CurrencyCode": "EUR", "TotalCost": 0}
    assert data["ImageDates"][:3] == ["2024-06-01", "2024-06-04", "2024-06-07"]
    assert len(data["ImageDates"]) == 10 and data["CancellationDate"] is None


def test_recurring_estimate_bills_up_to_this_month_and_quotes_the_next(api):
    data = data_of(api.post(ESTIMATE, order_body(To=None, ImageFrequency=1, From="2024-07-01")))
    assert data["ImageDates"][0] == "2024-07-01" and data["ImageDates"][-1] == "2024-07-31"
    assert data["RecurringCostsEstimate"]["TotalCost"] > 0
    assert data["CancellationDate"].startswith("2024-08-01")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"Model": "Stratus-2"}, "Model"),
        ({"SatelliteConstellations": ["Sentinel2"]}, "SatelliteConstellations"),
        ({"ImageFrequency": 8}, "ImageFrequency"),
        ({"To": "2024-05-01"}, "To"),
        ({"TileGuids": ["00000000-0000-0000-0000-000000000000"]}, "TileGuids"),  # two modes
        ({"Wkt": None}, "Wkt"),  # no mode
        ({"Wkt": "GEOMETRYCOLLECTION (LINESTRING (10.2 55.6, 10.3 55.7))"}, "Wkt"),
        ({"Wkt": f"GEOMETRYCOLLECTION ({NARROW})"}, "Wkt"),  # 63 m wide
    ],
)
def test_order_validation_is_992_with_field_messages(api, fields, field):
    body = data_of(api.post(ESTIMATE, order_body(**fields)), 400)
    assert body["Error"]["Code"] == 992 and field in body["Data"]


def test_order_type_errors_are_problem_details(api):
    response = api.post(ESTIMATE, order_body(ImageFrequency="weekly", From="June"))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert "$.ImageFrequency" in errors and "$.From" in errors


def test_create_charges_euros_and_lists_the_order(emu, api, new_key):
    key = new_key(demo_order=False, euros=50)
    estimate = data_of(api.post(ESTIMATE, order_body(), key=key))
    order = create(api, key)
    assert set(order) == ORDER_FIELDS
    assert order["OrderingProcessStatus"] == "Review" and order["BillingCycle"] == "Monthly"
    assert order["Wkt"].startswith("GEOMETRYCOLLECTION") and order["Tiles"] == []
    assert order["To"] == "2024-06-30" and order["ImageFrequency"] == 3
    price = estimate["CurrentMonthCosts"]["TotalCost"]
    assert emu.euros(key) == pytest.approx(50 - price)
    assert data_of(api.get("/api/account/info", key=key))["EuroBalance"] == round(50 - price, 2)
    listed = data_of(api.get(ORDERS, key=key))["TaskOrders"]
    assert [o["TaskOrderGuid"] for o in listed] == [order["TaskOrderGuid"]]
    data_of(api.post(ORDERS + "?automaticOrderGuid=abc", order_body(), key=key))  # ignored


def test_too_few_euros_is_1007_and_the_overdraft_counts(emu, api, new_key):
    key = new_key(demo_order=False, euros=0.1)
    body = data_of(api.post(ORDERS, order_body(), key=key), 400)
    assert body["Error"]["Code"] == 1007 and "euro" in body["Error"]["Message"].lower()
    assert emu.euros(key) == 0.1 and data_of(api.get(ORDERS, key=key))["TaskOrders"] == []
    emu.add_key(key, euro_balance=0.1, euro_overdraft_limit=100, demo_order=False)
    create(api, key)
    assert emu.euros(key) < 0


def test_lifecycle_advances_on_the_tests_clock(emu, api, new_key):
    key = new_key(demo_order=False)
    fixed = create(api, key)["TaskOrderGuid"]
    recurring = create(api, key, To=None, From="2024-07-01")["TaskOrderGuid"]
    seen = []
    for _ in range(5):
        seen.append((status_of(api, key, fixed), status_of(api, key, recurring)))
        emu.advance_orders()
    assert seen == [
        ("Review", "Review"),
        ("Preparing", "Preparing"),
        ("AwaitingSatelliteProducts", "AwaitingSatelliteProducts"),
        ("Processing", "Processing"),
        ("Completed", "UpToDate"),
    ]
    emu.advance_orders(3)
    assert status_of(api, key, fixed) == "Completed"


def test_order_step_seconds_moves_orders_with_wall_time(emu, api, new_key):
    key = new_key(demo_order=False)
    guid = create(api, key)["TaskOrderGuid"]
    emu.order_step_seconds = 0.05
    seen = [status_of(api, key, guid)]
    deadline = time.monotonic() + 30  # a few steps of 0.05 s each; generous on a busy machine
    while seen[-1] != "Completed" and time.monotonic() < deadline:
        time.sleep(0.02)
        seen.append(status_of(api, key, guid))
    assert seen[-1] == "Completed", seen


def test_downloads_follow_the_order_through_its_life(emu, api, new_key):
    key = new_key(demo_order=False)
    download = {"Wkt": SECOND_AOI_WKT, "Date": "2024-06-04", "Resolution": 40}
    assert data_of(api.post(COMPOSITE, download, key=key), 400)["Error"]["Code"] == 1006
    guid = create(api, key)["TaskOrderGuid"]
    # Ordered but not produced yet: 1002, and availability says why.
    assert data_of(api.post(COMPOSITE, download, key=key), 400)["Error"]["Code"] == 1002
    flags = data_of(api.post(AVAILABLE, download, key=key))
    assert flags["OrdersCoverPolygon"] and not flags["AllImagesPredicted"]
    assert not flags["FullyAvailable"]
    emu.advance_orders(4)
    assert status_of(api, key, guid) == "Completed"
    flags = data_of(api.post(AVAILABLE, download, key=key))
    assert flags["FullyAvailable"] and flags["OrdersCoverPolygon"] and flags["AllImagesPredicted"]
    assert api.post(COMPOSITE, download, key=key).status_code == 200
    assert emu.units(key) == 10000  # the included download
    # Off the 3-day cadence, or outside From..To: not covered.
    for day in ("2024-06-05", "2024-07-01"):
        off = {**download, "Date": day}
        assert data_of(api.post(COMPOSITE, off, key=key), 400)["Error"]["Code"] == 1006
    assert not data_of(api.post(AVAILABLE, {**download, "Date": "2024-06-05"}, key=key))[
        "DataOnZoneDataFrequencyDate"
    ]
    search = {"Wkt": SECOND_AOI_WKT, "From": "2024-06-01", "Until": "2024-06-30"}
    (group,) = data_of(api.post(SEARCH, search, key=key))["ModelImageDates"]
    dates = group["DatesByGeog"][0]["Dates"]
    assert "2024-06-04" in dates and "2024-06-05" not in dates
    assert all((int(d[-2:]) - 1) % 3 == 0 for d in dates)


def test_storage_expires_at_the_end_of_the_following_month(emu, api, new_key):
    key = new_key(demo_order=False)
    guid = create(api, key)["TaskOrderGuid"]
    emu.advance_orders(4)  # completed on 2024-07-15: stored until 2024-08-31
    download = {"Wkt": SECOND_AOI_WKT, "Date": "2024-06-04", "Resolution": 40}
    emu.set_today("2024-08-31")
    assert api.post(COMPOSITE, download, key=key).status_code == 200
    emu.set_today("2024-09-01")
    body = data_of(api.post(COMPOSITE, download, key=key), 400)
    assert body["Error"]["Code"] == 1002 and "storage" in body["Error"]["Message"].lower()
    flags = data_of(api.post(AVAILABLE, download, key=key))
    assert flags["AnyImageWithinStorageMonths"] is False and flags["OrdersCoverPolygon"]
    # Expired orders leave the list unless asked for.
    assert data_of(api.get(ORDERS, key=key))["TaskOrders"] == []
    listed = data_of(api.get(ORDERS, key=key, params={"getExpired": "true"}))["TaskOrders"]
    assert [o["TaskOrderGuid"] for o in listed] == [guid]


def test_longer_storage_months_keep_data_longer(emu, api, new_key):
    key = new_key(demo_order=False)
    create(api, key, StorageMonths=3)
    emu.advance_orders(4)
    emu.set_today("2024-10-31")
    download = {"Wkt": SECOND_AOI_WKT, "Date": "2024-06-04", "Resolution": 40}
    assert api.post(COMPOSITE, download, key=key).status_code == 200


def test_details_by_post_and_get(api, new_key):
    key = new_key(demo_order=False)
    first = create(api, key)["TaskOrderGuid"]
    second = create(api, key, To=None, From="2024-07-01")["TaskOrderGuid"]
    by_post = details(api, key, second, first)
    assert [o["TaskOrderGuid"] for o in by_post] == [second, first]
    response = api.get(DETAILS, key=key, params=[("guids", first), ("guids", second)])
    by_get = data_of(response)["TaskOrders"]
    assert [o["TaskOrderGuid"] for o in by_get] == [first, second]
    assert set(by_get[0]) == ORDER_FIELDS
    # Another key's orders are not visible; malformed GUIDs are 992.
    assert details(api, "demo-key", first) == []
    assert data_of(api.post(DETAILS, {"Guids": ["nope"]}, key=key), 400)["Error"]["Code"] == 992


def test_list_filters_recurring_orders(api, new_key):
    key = new_key()  # with the demo order (recurring)
    fixed = create(api, key)["TaskOrderGuid"]
    everything = data_of(api.get(ORDERS, key=key))["TaskOrders"]
    assert len(everything) == 2 and everything[-1]["TaskOrderGuid"] == fixed
    recurring = data_of(api.get(ORDERS, key=key, params={"recurringOnly": "true"}))["TaskOrders"]
    assert len(recurring) == 1 and recurring[0]["To"] is None
    assert recurring[0]["OrderingProcessStatus"] == "UpToDate"


def test_cancel_rules(emu, api, new_key):
    key = new_key(demo_order=False, euros=100)
    review = create(api, key)
    assert emu.euros(key) < 100
    cancelled = data_of(delete(api, key, review["TaskOrderGuid"]))
    assert cancelled["OrderingProcessStatus"] == "Canceled"
    assert emu.euros(key) == pytest.approx(100)  # refunded in full
    assert data_of(delete(api, key, review["TaskOrderGuid"]))["OrderingProcessStatus"] == "Canceled"

    fixed = create(api, key)["TaskOrderGuid"]
    recurring = create(api, key, To=None, From="2024-07-01")["TaskOrderGuid"]
    emu.advance_orders()
    refused = data_of(delete(api, key, fixed), 400)
    assert refused["Error"]["Code"] == 1008 and "Review" in refused["Error"]["Message"]
    stopped = data_of(delete(api, key, recurring))
    assert stopped["OrderingProcessStatus"] == "Preparing" and stopped["To"] == "2024-07-31"
    assert data_of(delete(api, key, recurring))["To"] == "2024-07-31"  # idempotent
    recurring_only = data_of(api.get(ORDERS, key=key, params={"recurringOnly": True}))
    assert recurring_only["TaskOrders"] == []
    assert data_of(delete(api, key, "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), 404)
    assert data_of(delete(api, key, ""), 400)["Error"]["Code"] == 992


def test_tile_orders_and_deduplication(emu, api, new_key):
    key = new_key(demo_order=False)
    cover = data_of(
        api.post("/api/tasking/tile/optimize", {"Wkt": f"GEOMETRYCOLLECTION ({SECOND_AOI_WKT})"})
    )
    body = {"Wkt": None, "MiniTileGuids": cover["MiniTiles"][:4]}
    estimate = data_of(api.post(ESTIMATE, order_body(**body), key=key))
    polygon = data_of(api.post(ESTIMATE, order_body(), key=key))
    assert estimate["AreaKm2"] > polygon["AreaKm2"]
    per_km2 = estimate["CurrentMonthCosts"]["TotalCost"] / estimate["AreaKm2"]
    assert per_km2 == pytest.approx(
        polygon["CurrentMonthCosts"]["TotalCost"] / polygon["AreaKm2"] / 2, rel=0.02
    )
    first = create(api, key, **body)
    assert first["MiniTiles"] == cover["MiniTiles"][:4] and first["Wkt"] is None
    dedup = create(api, key, Wkt=None, MiniTileGuids=cover["MiniTiles"], TileDeduplication=True)
    assert dedup["MiniTiles"] == cover["MiniTiles"][4:]
    again = order_body(Wkt=None, MiniTileGuids=cover["MiniTiles"], TileDeduplication=True)
    assert data_of(api.post(ORDERS, again, key=key), 400)["Error"]["Code"] == 992
    emu.advance_orders(4)
    download = {"Wkt": SECOND_AOI_WKT, "Date": "2024-06-04", "Resolution": 40}
    assert api.post(COMPOSITE, download, key=key).status_code == 200  # over both tile orders


def test_stratus2_fast_orders_serve_only_their_model(emu, api, new_key):
    key = new_key(demo_order=False)
    create(api, key, Model="Stratus2Fast", SatelliteConstellations=["Sentinel1", "Sentinel2"])
    emu.advance_orders(4)
    download = {"Wkt": SECOND_AOI_WKT, "Date": "2024-06-04", "Resolution": 40}
    assert data_of(api.post(COMPOSITE, download, key=key), 400)["Error"]["Code"] == 1006
    fast = {
        **download,
        "Model": "Stratus2Fast",
        "SatelliteConstellations": ["Sentinel1", "Sentinel2"],
    }
    assert api.post(COMPOSITE, fast, key=key).status_code == 200


def test_add_key_with_orders_and_the_demo_order(emu, api):
    emu.add_key("k-orders", demo_order=False, orders=[order_body(Status="Processing")])
    (order,) = data_of(api.get(ORDERS, key="k-orders"))["TaskOrders"]
    assert order["OrderingProcessStatus"] == "Processing"
    emu.add_key("k-demo")
    (demo,) = data_of(api.get(ORDERS, key="k-demo"))["TaskOrders"]
    assert demo["Model"] == "Stratus2" and demo["To"] is None and demo["StorageMonths"] == 24
    assert demo["From"] == "2023-01-01" and demo["ImageFrequency"] == 1
    download = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Resolution": 40}
    assert api.post(COMPOSITE, download, key="k-demo").status_code == 200

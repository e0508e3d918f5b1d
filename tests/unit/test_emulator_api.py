"""JSON endpoints of the emulator: shapes, field names, errors and their order."""

from __future__ import annotations

import pytest

from emulator import BORDER_AOI_WKT, DEMO_AOI_WKT, SECOND_AOI_WKT

SEARCH = "/api/satelliteimages/search/available"
AVAILABLE = "/api/satelliteimages/process/composite/available"
ESTIMATE = "/api/satelliteimages/process/composite/estimate"
COMPOSITE = "/api/satelliteimages/process/composite"
INFO = "/api/account/info"
WATER_AOI = "POLYGON ((6.0 55.0, 6.1 55.0, 6.1 55.1, 6.0 55.1, 6.0 55.0))"
RESTRICTED_AOI = "POLYGON ((14.6 45.1, 14.65 45.1, 14.65 45.13, 14.6 45.13, 14.6 45.1))"
OUTSIDE_AOI = "POLYGON ((20.0 50.0, 20.05 50.0, 20.05 50.03, 20.0 50.03, 20.0 50.0))"
# ~40 km2 inside the demo order: above small-key's 25 km2 limit.
MEDIUM_AOI = "POLYGON ((9.6 55.56, 9.7 55.56, 9.7 55.62, 9.6 55.62, 9.6 55.56))"


def envelope(response, status=200):
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"Succeeded", "Error", "Data"}
    return body


def error_of(response, status, code):
    body = envelope(response, status)
    assert body["Succeeded"] is False
    assert body["Error"]["Code"] == code, body
    assert isinstance(body["Error"]["Message"], str) and body["Error"]["Message"]
    return body


def problem_of(response) -> dict:
    """An ASP.NET ProblemDetails body: no envelope, no Error.Code."""
    assert response.status_code == 400, response.text
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert set(body) == {"type", "title", "status", "errors", "traceId"}
    assert body["status"] == 400 and body["title"] and body["traceId"].startswith("00-")
    return body["errors"]


def test_account_info_has_the_contract_fields_and_balances(api):
    data = envelope(api.get(INFO))["Data"]
    assert data["MaxConcurrentConnections"] == 4
    assert data["MaxCompositeAreaKm2"] == 1000 and data["MaxTotalBands"] == 20
    assert data["EuroOverdraftLimit"] == 0 and data["EuroBalanceCap"] > 0
    assert isinstance(data["TenantId"], str) and data["TenantId"]
    assert data["ProcessingUnits"] == 10000 and data["EuroBalance"] == 1000


def test_apikey_info_is_404_unless_switched_on(emu, api):
    error_of(api.get("/api/apikey/info"), 404, 404)
    emu.legacy_account_endpoint = True
    data = envelope(api.get("/api/apikey/info"))["Data"]
    assert data["Key"] == "demo-key"
    assert data["CreditAmount"] == 10000 and data["CreditLimit"] == 10000
    assert data["EuroCreditAmount"] == 1000 and data["EuroCreditLimit"] == 0
    assert data["Email"] == "demo@example.com" and data["ContactInfo"]
    assert data["MaxConcurrentConnections"] == 4
    assert data["CurrentMonthCosts"] == 0 and data["NextMonthCosts"] > 0  # the demo order
    emu.reset()
    error_of(api.get("/api/apikey/info"), 404, 404)


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_missing_or_unknown_key_is_401_with_envelope(api, key):
    body = error_of(api.get(INFO, key=key), 401, 401)
    assert body == {
        "Succeeded": False,
        "Error": {"Message": "Unauthorized", "Code": 401},
        "Data": None,
    }


def test_header_name_is_case_insensitive_and_revoked_keys_are_refused(emu, api):
    assert api.get(INFO, key=None, headers={"x-api-key": "small-key"}).ok
    emu.revoke_key("small-key")
    error_of(api.get(INFO, key="small-key"), 401, 401)


def test_added_keys_units_and_euros(emu, api):
    emu.add_key("tiny", processing_units=5, euro_balance=7, max_connections=1, max_bands=3)
    data = api.get(INFO, key="tiny").json()["Data"]
    assert (data["ProcessingUnits"], data["EuroBalance"], data["MaxTotalBands"]) == (5, 7, 3)
    emu.set_units("tiny", 1.5)
    emu.set_euros("tiny", 2.5)
    assert emu.units("tiny") == 1.5 and emu.euros("tiny") == 2.5
    emu.set_credits("tiny", 3)  # the 2024 names stay as aliases
    assert emu.credits("tiny") == 3 == emu.units("tiny")
    emu.add_key("old", credits=9)
    assert emu.units("old") == 9


def test_search_full_and_partial_dates_across_the_zone_border(api):
    body = {"Wkt": BORDER_AOI_WKT, "From": "2024-07-01", "Until": "2024-07-15"}
    data = envelope(api.post(SEARCH, body))["Data"]
    (model,) = data["ModelImageDates"]
    assert model["Model"] == "Stratus2"
    assert model["SatelliteConstellations"] == ["Sentinel1", "Sentinel2", "Landsat89"]
    west, east = model["DatesByGeog"]
    # One entry per (order x zone) piece: the demo order cut at the zone border.
    assert "9.5 55.55" in west["Wkt"] and "10.05 55.65" in east["Wkt"]
    assert west["Dates"] == sorted(west["Dates"])
    assert west["Dates"][-1] == "2024-07-14" and east["Dates"][-1] == "2024-07-13"
    assert "2024-07-01" in west["Dates"] and "2024-07-01" in east["Dates"]
    assert set(west["Dates"]) != set(east["Dates"])


def test_search_over_a_long_range_has_partial_dates_in_the_past(api):
    body = {"Wkt": BORDER_AOI_WKT, "From": "2023-01-01", "To": "2023-12-31"}  # To = Until
    west, east = api.post(SEARCH, body).json()["Data"]["ModelImageDates"][0]["DatesByGeog"]
    assert set(west["Dates"]) ^ set(east["Dates"])
    assert west["Dates"][0] == "2023-01-01" and west["Dates"][-1] <= "2023-12-31"


def test_search_accepts_geojson(api):
    geojson = {
        "type": "Polygon",
        "coordinates": [[[9.5, 55.6], [9.56, 55.6], [9.56, 55.63], [9.5, 55.63], [9.5, 55.6]]],
    }
    body = {"GeoJson": geojson, "From": "2024-07-01", "Until": "2024-07-01"}
    groups = api.post(SEARCH, body).json()["Data"]["ModelImageDates"][0]["DatesByGeog"]
    assert groups[0]["Dates"] == ["2024-07-01"]


@pytest.mark.parametrize("aoi", [WATER_AOI, OUTSIDE_AOI, SECOND_AOI_WKT])
def test_search_outside_every_order_is_empty(api, aoi):
    body = {"Wkt": aoi, "From": "2024-07-01", "Until": "2024-07-10"}
    assert envelope(api.post(SEARCH, body))["Data"] == {"ModelImageDates": []}


def test_search_for_a_key_without_orders_is_empty(api, new_key):
    key = new_key(demo_order=False)
    body = {"Wkt": DEMO_AOI_WKT, "From": "2024-07-01", "Until": "2024-07-10"}
    assert envelope(api.post(SEARCH, body, key=key))["Data"] == {"ModelImageDates": []}


def test_search_validation_in_both_shapes(api):
    body = {"Wkt": DEMO_AOI_WKT, "From": "2024-07-10", "Until": "2024-07-01"}
    assert "Until" in error_of(api.post(SEARCH, body), 400, 992)["Data"]
    assert "$" in problem_of(api.post(SEARCH, key="demo-key", data=b"{nope"))
    assert "$.From" in problem_of(api.post(SEARCH, {"Wkt": DEMO_AOI_WKT, "From": "July"}))


FLAGS = (
    "IntersectedActiveZones",
    "IntersectedActiveZonesUtmEpsg",
    "FullyAvailable",
    "PartiallyAvailable",
    "UncertaintyAvailable",
    "PartiallyUncertaintyAvailable",
    "PolygonInDataArea",
    "DataAvailableForUser",
    "DataOnZoneDataFrequencyDate",
    "AllImagesPredicted",
    "AnyImageWithinStorageMonths",
    "OrdersCoverPolygon",
)


def test_composite_available_has_all_twelve_flags(api):
    data = envelope(api.post(AVAILABLE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01"}))["Data"]
    assert set(data) == set(FLAGS)
    assert all(data[f] is True for f in FLAGS if "Partially" not in f)
    assert data["PartiallyAvailable"] is False


@pytest.mark.parametrize(
    ("aoi", "date", "expected"),
    [
        # (Fully, Partially, InDataArea, ForUser, OnFrequency, Predicted, Stored, Covered)
        (DEMO_AOI_WKT, "2024-07-01", (1, 0, 1, 1, 1, 1, 1, 1)),
        (BORDER_AOI_WKT, "2024-07-14", (0, 1, 1, 1, 1, 0, 1, 1)),
        (DEMO_AOI_WKT, "2024-07-15", (0, 0, 1, 1, 1, 0, 1, 1)),  # today: not produced
        (SECOND_AOI_WKT, "2024-07-01", (0, 0, 1, 1, 0, 0, 0, 0)),  # not ordered
        (WATER_AOI, "2024-07-01", (0, 0, 0, 0, 0, 0, 0, 0)),
        (OUTSIDE_AOI, "2024-07-01", (0, 0, 0, 0, 0, 0, 0, 0)),
        (RESTRICTED_AOI, "2024-07-01", (0, 0, 1, 0, 0, 0, 0, 0)),
    ],
)
def test_composite_available(api, aoi, date, expected):
    data = envelope(api.post(AVAILABLE, {"Wkt": aoi, "Date": date}))["Data"]
    fields = (
        "FullyAvailable",
        "PartiallyAvailable",
        "PolygonInDataArea",
        "DataAvailableForUser",
        "DataOnZoneDataFrequencyDate",
        "AllImagesPredicted",
        "AnyImageWithinStorageMonths",
        "OrdersCoverPolygon",
    )
    assert tuple(int(data[f]) for f in fields) == expected


def test_available_matches_model_and_constellations(api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Model": "Stratus2Fast"}
    data = envelope(api.post(AVAILABLE, body))["Data"]
    assert data["OrdersCoverPolygon"] is False and data["FullyAvailable"] is False
    utm33 = api.post(
        AVAILABLE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "EpsgProjection": 32633}
    )
    assert utm33.json()["Data"]["IntersectedActiveZonesUtmEpsg"] is False


def test_estimate_is_zero_while_the_included_download_is_unused(emu, api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Resolution": 10}
    data = envelope(api.post(ESTIMATE, body))["Data"]
    assert 12 < data["AreaEstimateKm2"] < 13.2
    assert data["CreditEstimate"] == 0
    for field in ("FastTimeEstimateSeconds", "SlowTimeEstimateSeconds", "FileSizeEstimateMB"):
        assert data[field] > 0
    assert api.post(COMPOSITE, body).status_code == 200
    again = envelope(api.post(ESTIMATE, {**body, "Resolution": 20, "Bandnames": "rgb"}))["Data"]
    assert again["CreditEstimate"] == 1.27  # a variant: area / 10 km2, rounded up
    # Without a date there is no included download to count on.
    assert api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}).json()["Data"]["CreditEstimate"] == 1.27


def test_estimate_is_free(emu, api):
    assert envelope(api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}, key="poor-key"))["Succeeded"]
    assert emu.units("poor-key") == 1
    assert emu.request_log[-1]["charged"] == 0


def test_estimate_limits_1004_1005(api):
    error_of(api.post(ESTIMATE, {"Wkt": MEDIUM_AOI}, key="small-key"), 400, 1004)
    error_of(api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}, key="small-key"), 400, 1005)
    body = {"Wkt": DEMO_AOI_WKT, "Bandnames": "B2,B3,B4,[B8_B4]"}
    assert envelope(api.post(ESTIMATE, body, key="small-key"))["Succeeded"]


def test_composite_validation_lists_every_bad_field(api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Resolution": 30, "Bandnames": "B2,B99"}
    data = error_of(api.post(COMPOSITE, body), 400, 992)["Data"]
    assert set(data) == {"Resolution", "Bandnames"}
    assert all(isinstance(m, list) and m for m in data.values())


def test_composite_rejects_miscased_field_names(api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "BandNames": "rgb"}
    assert "BandNames" in error_of(api.post(COMPOSITE, body), 400, 992)["Data"]


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"Wkt": "POLYGON ((9.5 55.6, 9.56 55.6, 9.5 55.6))", "Date": ', "$"),
        (b"[1, 2]", "$"),
        (b'{"Wkt": "x", "Date": "2024-07-01", "Resolution": "ten"}', "$.Resolution"),
        (b'{"Wkt": "x", "Date": "2024-07-01", "AllowPartialImage": "yes"}', "$.AllowPartialImage"),
        (b'{"Wkt": "x", "Date": "not a date"}', "$.Date"),
    ],
)
def test_malformed_json_and_wrong_types_get_problem_details(api, raw, field):
    response = api.post(COMPOSITE, data=raw, headers={"Content-Type": "application/json"})
    assert field in problem_of(response)


def test_composite_not_produced_yet_is_1002(api):
    error_of(api.post(COMPOSITE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-15"}), 400, 1002)


@pytest.mark.parametrize(
    ("aoi", "date"),
    [
        (DEMO_AOI_WKT, "2022-06-01"),  # before the demo order's From
        (WATER_AOI, "2024-07-01"),
        (OUTSIDE_AOI, "2024-07-01"),
        (SECOND_AOI_WKT, "2024-07-01"),
        ("POLYGON ((9.4 55.6, 9.47 55.6, 9.47 55.63, 9.4 55.63, 9.4 55.6))", "2024-07-01"),
    ],
)
def test_composite_outside_the_orders_is_1006(api, aoi, date):
    body = error_of(api.post(COMPOSITE, {"Wkt": aoi, "Date": date}), 400, 1006)
    assert "order" in body["Error"]["Message"].lower()


def test_key_without_orders_gets_1006(api, new_key):
    key = new_key(demo_order=False)
    error_of(api.post(COMPOSITE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01"}, key=key), 400, 1006)
    other_model = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Model": "Stratus2Fast"}
    error_of(api.post(COMPOSITE, other_model), 400, 1006)


def test_composite_over_restricted_zone_is_1006(api):
    error_of(api.post(COMPOSITE, {"Wkt": RESTRICTED_AOI, "Date": "2024-07-01"}), 400, 1006)


def test_partial_date_needs_allow_partial_image(api):
    body = {"Wkt": BORDER_AOI_WKT, "Date": "2024-07-14", "Resolution": 40}
    error_of(api.post(COMPOSITE, body), 400, 1002)
    assert api.post(COMPOSITE, {**body, "AllowPartialImage": True}).status_code == 200


def test_composite_error_order_992_1004_1005_1006_1002_994(emu, api):
    emu.add_key("strict", processing_units=0.5, max_area_km2=25, max_bands=4)
    base = {"Wkt": MEDIUM_AOI, "Date": "2024-07-01", "Bandnames": "all"}
    error_of(api.post(COMPOSITE, {**base, "Resolution": 7}, key="strict"), 400, 992)
    error_of(api.post(COMPOSITE, base, key="strict"), 400, 1004)
    demo = {**base, "Wkt": DEMO_AOI_WKT}
    error_of(api.post(COMPOSITE, demo, key="strict"), 400, 1005)
    rgb = {**demo, "Bandnames": "rgb", "Resolution": 40}
    error_of(api.post(COMPOSITE, {**rgb, "Date": "2022-07-01"}, key="strict"), 400, 1006)
    error_of(api.post(COMPOSITE, {**rgb, "Date": "2024-07-15"}, key="strict"), 400, 1002)
    assert api.post(COMPOSITE, rgb, key="strict").status_code == 200  # the included download
    error_of(api.post(COMPOSITE, rgb, key="strict"), 400, 994)
    assert emu.units("strict") == 0.5


def test_poor_key_gets_the_included_download_but_cannot_pay_a_second(emu, api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Resolution": 40}
    assert api.post(COMPOSITE, body, key="poor-key").status_code == 200
    error_of(api.post(COMPOSITE, body, key="poor-key"), 400, 994)
    assert emu.units("poor-key") == 1


def test_unknown_route_and_wrong_method(api):
    error_of(api.get("/api/nothing/here"), 404, 404)
    error_of(api.get(COMPOSITE), 405, 405)


def test_legacy_tile_api_is_gone(api):
    error_of(
        api.post("/api/satelliteimages/boundingbox", {"BoundingBoxWkt": DEMO_AOI_WKT}), 404, 404
    )
    error_of(api.get("/api/satelliteimages", params={"satelliteImageId": "1"}), 404, 404)


def test_request_log_records_arrival_order_and_key(emu, api):
    api.get(INFO)
    api.get(INFO, key=None)
    log = emu.request_log
    assert [(e["method"], e["path"], e["status"], e["key"]) for e in log] == [
        ("GET", INFO, 200, "demo-key"),
        ("GET", INFO, 401, None),
    ]
    emu.clear_log()
    assert emu.request_log == []


def test_control_api_over_http(emu, api):
    import requests

    url = emu.url + "/_emulator"
    fault = {"key": "demo-key", "fault": "http_500", "times": 1}
    assert requests.post(url + "/faults", json=fault, timeout=10).json()["Succeeded"]
    assert (
        requests.get(url + "/state", timeout=10).json()["Data"]["faults"][0]["fault"] == "http_500"
    )
    error_of(api.get(INFO), 500, 500)
    assert api.get(INFO).ok
    requests.post(url + "/keys", json={"key": "k2", "credits": 7, "euro_balance": 3}, timeout=10)
    data = api.get(INFO, key="k2").json()["Data"]
    assert (data["ProcessingUnits"], data["EuroBalance"]) == (7, 3)
    requests.post(url + "/units", json={"key": "k2", "units": 4}, timeout=10)
    requests.post(url + "/euros", json={"key": "k2", "euros": 5}, timeout=10)
    assert (emu.units("k2"), emu.euros("k2")) == (4, 5)
    log = requests.get(url + "/log", timeout=10).json()["Data"]
    assert [e["status"] for e in log] == [500, 200, 200]
    requests.post(url + "/faults", json={"key": "demo-key", "fault": "http_502"}, timeout=10)
    requests.delete(url + "/faults", timeout=10)
    assert api.get(INFO).ok
    bad = requests.post(url + "/faults", json={"key": "demo-key", "fault": "nope"}, timeout=10)
    assert bad.status_code == 400
    settings = {"legacy_account_endpoint": True, "order_step_seconds": None}
    requests.post(url + "/settings", json=settings, timeout=10)
    assert api.get("/api/apikey/info").ok
    requests.post(url + "/today", json={"today": "2024-08-01"}, timeout=10)
    assert emu.today.isoformat() == "2024-08-01"
    state = requests.get(url + "/state", timeout=10).json()["Data"]
    assert state["keys"]["demo-key"]["orders"][0]["OrderingProcessStatus"] == "UpToDate"
    assert requests.post(url + "/reset", timeout=10).json()["Succeeded"]
    state = requests.get(url + "/state", timeout=10).json()["Data"]
    assert state["keys"].get("k2") is None and state["today"] == "2024-07-15"
    assert state["legacy_account_endpoint"] is False


def test_unexpected_server_errors_are_a_500_envelope_without_traceback(api, monkeypatch):
    from emulator import api as endpoints

    def broken(app, call):
        raise ZeroDivisionError("boom")

    route = ("GET", INFO)
    monkeypatch.setitem(endpoints.ROUTES, route, (broken, False))
    response = api.get(INFO)
    body = error_of(response, 500, 500)
    assert "Traceback" not in response.text and "boom" not in response.text
    assert body["Error"]["Message"] == "Internal server error"

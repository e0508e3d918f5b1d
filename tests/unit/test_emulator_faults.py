"""Injected faults, concurrency limits and when processing units are (not) charged."""

from __future__ import annotations

import threading
import time

import pytest
import requests
from osgeo import gdal
from resilience_checks import settled_units

from emulator import DEMO_AOI_WKT, FAULTS, SECOND_AOI_WKT

INFO = "/api/account/info"
COMPOSITE = "/api/satelliteimages/process/composite"
ESTIMATE = "/api/satelliteimages/process/composite/estimate"
AVAILABLE = "/api/satelliteimages/process/composite/available"
SMALL_AOI = "POLYGON ((9.6 55.57, 9.62 55.57, 9.62 55.58, 9.6 55.58, 9.6 55.57))"
BODY = {"Wkt": SMALL_AOI, "Date": "2024-07-01"}


def read_all(response) -> bytes:
    """Whatever body arrives before the server closes (or the read times out)."""
    data = b""
    try:
        for chunk in response.iter_content(1 << 14):
            data += chunk
    except requests.exceptions.RequestException:
        pass
    return data


def test_fault_names_are_the_documented_ones():
    assert set(FAULTS) == {
        "http_500", "http_502", "http_503", "http_429", "http_429_no_retry_after",
        "slow_first_byte", "stall_mid_body", "truncated_body", "connection_reset",
        "garbage_json", "html_error_200", "html_error_502", "corrupt_geotiff",
        "evil_filename", "validation_error", "revoke_key", "no_data", "reset_mid_body",
        "concurrency_limit",
    }  # fmt: skip


def test_http_500_once_then_fine_and_always(emu, api):
    emu.add_fault("demo-key", "http_500", times=1)
    first = api.get(INFO)
    assert first.status_code == 500
    assert first.json() == {
        "Succeeded": False,
        "Error": {"Message": "Internal server error", "Code": 500},
        "Data": None,
    }
    assert api.get(INFO).ok
    emu.add_fault("demo-key", "http_500", times=-1)
    assert [api.get(INFO).status_code for _ in range(3)] == [500, 500, 500]
    emu.clear_faults()
    assert api.get(INFO).ok


@pytest.mark.parametrize(
    ("fault", "status", "retry_after"),
    [("http_502", 502, None), ("http_503", 503, "1"), ("http_429", 429, "1")],
)
def test_status_faults_answer_with_an_envelope(emu, api, fault, status, retry_after):
    emu.add_fault("demo-key", fault)
    response = api.get(INFO)
    assert response.status_code == status
    assert response.json()["Error"]["Code"] == status
    assert response.headers.get("Retry-After") == retry_after


def test_http_429_retry_after_uses_delay_or_is_absent(emu, api):
    emu.add_fault("demo-key", "http_429", delay=7)
    assert api.get(INFO).headers["Retry-After"] == "7"
    emu.add_fault("demo-key", "http_429_no_retry_after")
    response = api.get(INFO)
    assert response.status_code == 429 and "Retry-After" not in response.headers


def test_garbage_json_and_html_pages(emu, api):
    emu.add_fault("demo-key", "garbage_json")
    response = api.get(INFO)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    emu.add_fault("demo-key", "html_error_200")
    response = api.get(INFO)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert "Service temporarily unavailable" in response.text
    emu.add_fault("demo-key", "html_error_502")
    response = api.get(INFO)
    assert response.status_code == 502 and "502 Bad Gateway" in response.text


def test_validation_error_and_no_data_faults(emu, api):
    emu.add_fault("demo-key", "validation_error")
    body = api.post(COMPOSITE, BODY).json()
    assert body["Error"] == {"Message": "One or more validation errors occurred.", "Code": 992}
    assert set(body["Data"]) == {"Resolution", "Bandnames"}
    emu.add_fault("demo-key", "no_data")
    response = api.post(COMPOSITE, BODY)
    assert response.status_code == 400 and response.json()["Error"]["Code"] == 1002


def test_revoke_key_fault_revokes_from_that_request_on(emu, api):
    emu.add_fault("demo-key", "revoke_key")
    assert api.get(INFO).status_code == 401
    assert api.get(INFO).status_code == 401
    assert api.get(INFO, key="single-key").ok


def test_slow_first_byte_then_normal_response(emu, api):
    emu.add_fault("demo-key", "slow_first_byte", delay=0.6)
    start = time.monotonic()
    assert api.get(INFO).ok
    assert time.monotonic() - start >= 0.6


def included_unused(api) -> bool:
    return api.post(ESTIMATE, BODY).json()["Data"]["CreditEstimate"] == 0


def test_truncated_body_is_not_charged(emu, api):
    emu.add_fault("demo-key", "truncated_body")
    response = api.post(COMPOSITE, BODY, stream=True)
    assert response.status_code == 200
    data = read_all(response)
    assert 0 < len(data) < int(response.headers["Content-Length"])
    assert emu.units("demo-key") == 10000
    assert emu.request_log[-1]["charged"] == 0
    assert included_unused(api)  # the included download is still there


def test_truncated_second_download_is_not_charged_either(emu, api):
    assert api.post(COMPOSITE, BODY).ok  # uses the included download
    emu.add_fault("demo-key", "truncated_body")
    read_all(api.post(COMPOSITE, BODY, stream=True))
    assert emu.units("demo-key") == 10000
    assert api.post(COMPOSITE, BODY).ok
    assert emu.units("demo-key") < 10000


def test_stall_mid_body_is_not_charged(emu, api):
    emu.add_fault("demo-key", "stall_mid_body", delay=1.0)
    response = api.post(COMPOSITE, BODY, stream=True, timeout=(5, 0.3))
    data = read_all(response)
    assert 0 < len(data) < int(response.headers["Content-Length"])
    # Once the server has tried to send the rest (and found the client gone), not before.
    assert settled_units(emu, "demo-key") == 10000 and included_unused(api)


def test_truncated_body_applies_to_json_too(emu, api):
    emu.add_fault("demo-key", "truncated_body")
    response = api.get(INFO, stream=True)
    assert len(read_all(response)) < int(response.headers["Content-Length"])


def test_connection_reset_is_not_charged(emu, api):
    emu.add_fault("demo-key", "connection_reset")
    with pytest.raises(requests.exceptions.ConnectionError):
        api.post(COMPOSITE, BODY)
    assert emu.units("demo-key") == 10000 and included_unused(api)
    assert emu.request_log[-2]["status"] == 0
    assert api.post(COMPOSITE, BODY).ok


def test_reset_mid_body_is_not_charged(emu, api):
    emu.add_fault("demo-key", "reset_mid_body")
    response = api.post(COMPOSITE, BODY, stream=True)
    assert response.status_code == 200
    assert 0 < len(read_all(response)) < int(response.headers["Content-Length"])
    assert emu.units("demo-key") == 10000 and included_unused(api)


def test_concurrency_limit_fault_answers_1003(emu, api):
    emu.add_fault("demo-key", "concurrency_limit", path=COMPOSITE)
    response = api.post(COMPOSITE, BODY)
    assert response.status_code == 400 and response.json()["Error"]["Code"] == 1003
    assert emu.units("demo-key") == 10000 and included_unused(api)


def test_a_fault_can_be_restricted_to_one_method(emu, api):
    orders = "/api/tasking/orders"
    emu.add_fault("demo-key", "http_500", path=orders, method="POST")
    assert api.get(orders).ok  # the listing of the same path does not take it
    assert api.post(orders, {}).status_code == 500


@pytest.mark.parametrize(
    "fault",
    [
        "http_500",
        "http_503",
        "connection_reset",
        "truncated_body",
        "reset_mid_body",
        "slow_first_byte",
    ],
)
def test_charge_on_request_charges_before_the_fault_hits(emu, api, fault):
    """The switch mimics a server that charges first: the fault no longer saves the money."""
    assert api.post(COMPOSITE, BODY).ok  # the included download: from now on it costs PU
    price = api.post(ESTIMATE, BODY).json()["Data"]["CreditEstimate"]
    assert price > 0
    emu.charge_on_request = True
    emu.add_fault("demo-key", fault, delay=0.2 if fault == "slow_first_byte" else None)
    try:
        read_all(api.post(COMPOSITE, BODY, stream=True))
    except requests.exceptions.ConnectionError:
        assert fault == "connection_reset"
    assert emu.units("demo-key") == pytest.approx(10000 - price)
    entry = [e for e in emu.request_log if e["path"] == COMPOSITE][-1]
    assert entry["charged"] == pytest.approx(price) and entry["fault"] == fault
    emu.reset()
    assert emu.charge_on_request is False


def test_charge_on_request_places_an_order_whose_answer_is_lost(emu, api):
    emu.add_key("buyer", euro_balance=1000.0, demo_order=False)
    body = {
        "Model": "Stratus2",
        "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
        "From": "2024-06-01",
        "To": "2024-06-30",
        "ImageFrequency": 7,
        "ReferenceDate": "2024-06-01",
        "StorageMonths": 1,
        "ApiRequests": 1,
        "Wkt": f"GEOMETRYCOLLECTION ({SECOND_AOI_WKT})",
    }
    emu.charge_on_request = True
    emu.add_fault("buyer", "http_500", path="/api/tasking/orders", method="POST")
    assert api.post("/api/tasking/orders", body, key="buyer").status_code == 500
    assert len(emu.orders_of("buyer")) == 1 and emu.euros("buyer") < 1000.0


def test_corrupt_geotiff_is_charged_and_unreadable(emu, api, tmp_path):
    emu.add_fault("demo-key", "corrupt_geotiff")
    response = api.post(COMPOSITE, BODY)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment; filename=clearsky_")
    assert len(response.content) == int(response.headers["Content-Length"]) > 1000
    assert response.content[:4] == b"II*\x00"
    path = tmp_path / "bad.tif"
    path.write_bytes(response.content)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        opened = gdal.Open(str(path))
    except RuntimeError:  # GDAL exceptions may be enabled by other code in this process
        opened = None
    finally:
        gdal.PopErrorHandler()
    assert opened is None
    assert not included_unused(api)  # the server believes it delivered


@pytest.mark.parametrize("value", [None, "/etc/passwd", "C:\\x.tif"])
def test_evil_filename(emu, api, value):
    emu.add_fault("demo-key", "evil_filename", value=value)
    response = api.post(COMPOSITE, BODY)
    assert response.status_code == 200
    expected = value or "../../evil.tif"
    assert response.headers["Content-Disposition"] == f"attachment; filename={expected}"


def test_file_only_faults_wait_for_a_file_response(emu, api):
    emu.add_fault("demo-key", "corrupt_geotiff")
    assert api.get(INFO).ok
    assert api.post(COMPOSITE, BODY).content[:4] == b"II*\x00"


def test_path_restricted_faults_match_exactly_or_by_prefix(emu, api):
    emu.add_fault("demo-key", "http_500", path=COMPOSITE)
    assert api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}).ok
    assert api.post(AVAILABLE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01"}).ok
    assert api.post(COMPOSITE, BODY).status_code == 500
    emu.add_fault("demo-key", "http_503", path="/api/satelliteimages/process/", times=2)
    assert api.get(INFO).ok
    assert api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}).status_code == 503
    assert api.post(COMPOSITE, BODY).status_code == 503
    assert api.post(COMPOSITE, BODY).ok


def test_faults_are_per_key_or_for_any_key(emu, api):
    emu.add_fault("single-key", "http_502")
    assert api.get(INFO).ok
    assert api.get(INFO, key="single-key").status_code == 502
    emu.add_fault("*", "http_502")
    assert api.get(INFO, key="small-key").status_code == 502


def test_per_request_fault_header(emu, api):
    response = api.get(INFO, headers={"X-Emulator-Fault": "http_503"})
    assert response.status_code == 503
    assert api.get(INFO).ok
    start = time.monotonic()
    headers = {"X-Emulator-Fault": "slow_first_byte", "X-Emulator-Fault-Delay": "0.4"}
    assert api.get(INFO, headers=headers).ok and time.monotonic() - start >= 0.4
    assert api.get(INFO, headers={"X-Emulator-Fault": "bogus"}).status_code == 400


def test_unknown_fault_name_is_refused(emu):
    with pytest.raises(ValueError):
        emu.add_fault("demo-key", "http_999")


def test_concurrency_limit_gives_1003_immediately_and_is_not_charged(emu, api):
    emu.add_fault("single-key", "slow_first_byte", delay=3.0)
    results = {}
    worker = threading.Thread(
        target=lambda: results.setdefault("slow", api.post(COMPOSITE, BODY, key="single-key"))
    )
    worker.start()
    deadline = time.monotonic() + 5
    while emu.state()["keys"]["single-key"]["active_connections"] < 1:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    second = api.post(COMPOSITE, BODY, key="single-key")
    assert "slow" not in results  # answered while the first one still waits: immediately
    assert second.status_code == 400 and "Retry-After" not in second.headers
    assert second.json()["Error"]["Code"] == 1003
    worker.join()
    assert results["slow"].ok
    statuses = [e["status"] for e in emu.request_log if e["key"] == "single-key"]
    assert sorted(statuses) == [200, 400]
    assert api.post(ESTIMATE, BODY, key="single-key").json()["Data"]["CreditEstimate"] > 0
    assert api.get(INFO, key="single-key").ok  # the slot is free again

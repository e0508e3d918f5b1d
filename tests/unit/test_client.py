"""The client against the emulator over real HTTP: every endpoint, what the user gets."""

from __future__ import annotations

import datetime as dt
import json
import logging
import subprocess
import threading

import pytest
from osgeo import gdal
from world import BORDER_AOI, DEMO_AOI, JUNE, TODAY

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest, Coverage, TaskingOrderRequest
from clearsky_vision.core.api.purchase import checked_plan

COMPOSITE = "/api/satelliteimages/process/composite"


def composite_posts(emulator, key):
    return [e for e in emulator.request_log if e["path"] == COMPOSITE and e["key"] == key]


def first_full_date(client, aoi=DEMO_AOI):
    dates = client.search_dates(aoi, *JUNE)
    return next(d.date for d in dates if d.coverage is Coverage.FULL)


def test_account_info_reads_limits_and_sizes_the_connection_limit(make_client, new_key):
    client = make_client(new_key(credits=123.5, max_connections=3, max_area_km2=50, max_bands=7))
    info = client.account_info()
    assert (info.credits, info.max_connections, info.max_area_km2, info.max_bands) == (
        123.5,
        3,
        50,
        7,
    )
    assert client.transport.limiter.limit == 3


def test_unknown_key_is_refused_with_a_way_to_fix_it(make_client):
    client = make_client("not-a-key-4242")
    with pytest.raises(errors.KeyRefusedError) as caught:
        client.account_info()
    assert "refused (401)" in str(caught.value) and "Settings" in str(caught.value)
    assert "not-a-key-4242" not in str(caught.value)


def test_search_inside_one_zone_gives_only_full_dates(client):
    dates = client.search_dates(DEMO_AOI, *JUNE)
    assert 20 <= len(dates) <= 30
    assert {d.coverage for d in dates} == {Coverage.FULL}
    assert all(JUNE[0] <= d.date <= JUNE[1] for d in dates)


def test_search_across_two_zones_marks_partial_dates(client):
    dates = client.search_dates(BORDER_AOI, TODAY - dt.timedelta(days=60), TODAY)
    partial = [d for d in dates if d.coverage is Coverage.PARTIAL]
    assert partial and all(d.zones_total == 2 and d.zones_missing == 1 for d in partial)
    assert dates[-1].coverage is Coverage.PARTIAL  # one zone lags a day behind its neighbour
    assert "partial: 1 of 2 zones lack it" in partial[0].label


def test_availability_flags(client):
    day = first_full_date(client)
    ok = client.composite_availability(DEMO_AOI, day)
    assert ok.intersected_active_zones and ok.fully_available and ok.available_for_user
    sea = client.composite_availability(Aoi.from_bounds(6.2, 55.0, 6.3, 55.1), day)
    assert not sea.polygon_in_data_area
    restricted = client.composite_availability(Aoi.from_bounds(14.6, 45.1, 14.7, 45.2), day)
    assert restricted.polygon_in_data_area and not restricted.available_for_user


def test_estimate_is_proportional_to_area_and_bands(client):
    request = CompositeRequest(DEMO_AOI, JUNE[0])
    full = client.estimate(request)
    assert full.area_km2 == pytest.approx(DEMO_AOI.area_km2, rel=0.02)
    rgb = client.estimate(CompositeRequest(DEMO_AOI, JUNE[0], bands="rgb"))
    assert rgb.credits == pytest.approx(full.credits * 0.3, rel=0.05)


def test_download_writes_the_requested_file_and_charges_once(emulator, client, tmp_path):
    day = first_full_date(client)
    request = CompositeRequest(DEMO_AOI, day, resolution=20, epsg=32632)
    credits_before = client.account_info().credits
    cost = client.estimate(request).credits
    seen = []
    result = client.download_composite(request, tmp_path, progress=lambda d, t: seen.append((d, t)))

    assert not result.reused and result.path.parent == tmp_path
    dataset = gdal.Open(str(result.path))
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32632"
    assert dataset.GetGeoTransform()[1] == 20
    assert [dataset.GetRasterBand(i + 1).GetDescription() for i in range(3)] == ["B2", "B3", "B4"]
    assert dataset.RasterCount == 10 and dataset.GetRasterBand(1).GetNoDataValue() == -32768
    assert dataset.GetMetadataItem("IMAGE_DATE") == day.strftime("%Y%m%d")
    assert seen[-1][0] == seen[-1][1] == result.path.stat().st_size
    assert client.account_info().credits == pytest.approx(credits_before - cost)

    sidecar = json.loads(result.path.with_name(result.path.name + ".clearsky.json").read_text())
    assert sidecar["fingerprint"] == request.fingerprint(emulator.url)
    assert sidecar["date"] == day.isoformat()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [result.path.name, result.path.name + ".clearsky.json"]
    )

    again = client.download_composite(request, tmp_path)
    assert again.reused and again.path == result.path
    assert len(composite_posts(emulator, client.transport._key)) == 1
    assert client.account_info().credits == pytest.approx(credits_before - cost)


def test_download_of_another_request_never_overwrites(client, tmp_path):
    day = first_full_date(client)
    first = client.download_composite(CompositeRequest(DEMO_AOI, day, bands="rgb"), tmp_path)
    second = client.download_composite(CompositeRequest(DEMO_AOI, day, bands="B8"), tmp_path)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def assert_nothing_saved(folder):
    assert list(folder.iterdir()) == []


def test_cancel_removes_the_partial_file(client, tmp_path):
    request = CompositeRequest(Aoi.from_bounds(9.5, 55.6, 9.7, 55.7), first_full_date(client))
    seen = []
    with pytest.raises(errors.CancelledError):
        client.download_composite(
            request, tmp_path, progress=lambda d, t: seen.append(d), is_cancelled=lambda: bool(seen)
        )
    assert_nothing_saved(tmp_path)


def test_connections_never_exceed_the_keys_limit(emulator, make_client, new_key, tmp_path):
    key = new_key(max_connections=1)
    client = make_client(key)
    client.account_info()
    dates = [d.date for d in client.search_dates(DEMO_AOI, *JUNE)][:3]
    results, failures = [], []

    def fetch(day):
        try:
            results.append(client.download_composite(CompositeRequest(DEMO_AOI, day), tmp_path))
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=fetch, args=(day,)) for day in dates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures and len(results) == 3
    statuses = [e["status"] for e in emulator.request_log if e["key"] == key]
    assert 429 not in statuses


def test_planning_refuses_before_any_paid_call(emulator, make_client, new_key, tmp_path):
    poor = new_key(credits=2)
    request = CompositeRequest(DEMO_AOI, JUNE[0])
    with pytest.raises(errors.InsufficientCreditsError, match="Not enough credits"):
        checked_plan(make_client(poor), [request], tmp_path)
    small = new_key(max_area_km2=5)
    with pytest.raises(errors.AreaTooLargeError, match="larger than your key allows"):
        checked_plan(make_client(small), [request], tmp_path)
    few_bands = new_key(max_bands=3)
    with pytest.raises(errors.TooManyBandsError, match="10 bands requested"):
        checked_plan(make_client(few_bands), [request], tmp_path)
    with pytest.raises(errors.InputError, match="maximum of 5"):
        checked_plan(make_client(), [request], tmp_path, max_credits=5)
    with pytest.raises(errors.InputError, match="does not exist"):
        checked_plan(make_client(), [request], tmp_path / "missing")
    for key in (poor, small, few_bands):
        assert composite_posts(emulator, key) == []


def test_legacy_tiles_fetch_without_the_key_and_are_reused(emulator, client, tmp_path):
    zones = client.tile_zones(DEMO_AOI, JUNE[0], JUNE[0] + dt.timedelta(days=3))
    assert len(zones) == 1 and zones[0].images
    image = zones[0].images[0]
    result = client.download_tile(image.image_id, tmp_path)
    dataset = gdal.Open(str(result.path))
    assert dataset.RasterXSize == 256 and dataset.RasterCount == 10
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32632"
    assert dataset.GetRasterBand(1).GetOverviewCount() > 0
    blob = [e for e in emulator.request_log if e["path"].startswith("/_blob/")]
    assert blob and all(e["key"] is None for e in blob)
    credits = client.account_info().credits
    assert client.download_tile(image.image_id, tmp_path).reused
    assert client.account_info().credits == credits


def test_tasking_round_trip(client):
    assert client.tasking_models()
    tiles = client.tasking_tiles(DEMO_AOI)
    assert tiles and tiles[0].name
    order = TaskingOrderRequest(
        from_date=TODAY,
        to_date=TODAY + dt.timedelta(days=90),
        reference_date=TODAY,
        tiles=(tiles[0].name,),
    )
    estimate = client.tasking_estimate(order)
    assert float(estimate.raw["CreditEstimate"]) > 0
    placed = client.tasking_order(order)
    assert placed.name in [o.name for o in client.tasking_orders()]
    client.tasking_cancel(placed.name)
    status = {o.name: o.raw.get("Status") for o in client.tasking_orders()}
    assert status[placed.name] == "Cancelled"


def test_the_key_never_reaches_logs_or_messages(emulator, make_client, new_key, caplog):
    key = new_key()
    client = make_client(key)
    emulator.add_fault(key, "validation_error")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(errors.ValidationError) as caught:
        client.estimate(CompositeRequest(DEMO_AOI, JUNE[0]))
    client.account_info()
    assert key not in caplog.text and key not in str(caught.value)
    assert key not in repr(client) and key not in repr(client.transport)


def test_a_kill_between_the_file_and_its_record_costs_nothing_more(emulator, client, tmp_path):
    """A process killed after the file took its name but before its record did."""
    request = CompositeRequest(DEMO_AOI, first_full_date(client), bands="rgb", resolution=40)
    bought = client.download_composite(request, tmp_path)
    sidecar = bought.path.with_name(bought.path.name + ".clearsky.json")
    dead = subprocess.Popen(["true"])  # its pid belongs to no running process afterwards
    dead.wait()
    fingerprint = request.fingerprint(emulator.url)
    pending = tmp_path / f".clearsky-{fingerprint[:16]}-{dead.pid}-1.json.part"
    sidecar.rename(pending)
    leftover = tmp_path / f".clearsky-{fingerprint[:16]}-{dead.pid}-1.part"
    leftover.write_bytes(b"half a file")
    key = client.transport._key
    paid = len(composite_posts(emulator, key))

    again = client.download_composite(request, tmp_path)

    assert again.reused and again.path == bought.path
    assert len(composite_posts(emulator, key)) == paid
    assert sorted(p.name for p in tmp_path.iterdir()) == [bought.path.name, sidecar.name]

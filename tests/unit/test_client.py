"""The client against the emulator over real HTTP: every endpoint, what the user gets."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import subprocess
import threading

import pytest
from osgeo import gdal, ogr
from world import BORDER_AOI, DEMO_AOI, JUNE, TODAY

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import (
    CompositeRequest,
    Coverage,
    OrderRequest,
    Readiness,
    TileRequest,
)
from clearsky_vision.core.api.purchase import checked_plan, plan_purchase
from clearsky_vision.core.api.store import band_ids_of
from emulator import SECOND_AOI_WKT

COMPOSITE = "/api/satelliteimages/process/composite"
SECOND_AOI = Aoi.from_wkt(SECOND_AOI_WKT)
_numbers = itertools.count(1)


def composite_posts(emulator, key):
    return [e for e in emulator.request_log if e["path"] == COMPOSITE and e["key"] == key]


def first_full_date(client, aoi=DEMO_AOI):
    dates = client.search_dates(aoi, *JUNE)
    return next(d.date for d in dates if d.coverage is Coverage.FULL)


def included(tmp_path):
    """Another folder, for a download that only spends a date's included download."""
    folder = tmp_path.with_name(tmp_path.name + "-included")
    folder.mkdir(exist_ok=True)
    return folder


def raw_key(emulator, **settings) -> str:
    """A key with exactly these emulator settings (e.g. no demo order)."""
    key = f"client-key-{next(_numbers)}"
    emulator.add_key(key, **settings)
    return key


def test_account_info_reads_limits_and_sizes_the_connection_limit(make_client, new_key):
    client = make_client(new_key(credits=123.5, max_connections=3, max_area_km2=50, max_bands=7))
    info = client.account_info()
    assert (info.processing_units, info.max_connections, info.max_area_km2, info.max_bands) == (
        123.5,
        3,
        50,
        7,
    )
    assert info.source == "account/info" and info.tenant_id
    assert info.euro_balance is not None and info.euro_overdraft_limit is not None
    assert client.transport.limiter.limit == 3


def test_unknown_key_is_refused_with_a_way_to_fix_it(make_client):
    client = make_client("not-a-key-4242")
    with pytest.raises(errors.KeyRefusedError) as caught:
        client.account_info()
    assert "refused (401)" in str(caught.value) and "Settings" in str(caught.value)
    assert "not-a-key-4242" not in str(caught.value)


def test_models_come_from_the_server(client):
    models = {m.name: m for m in client.models()}
    assert models["Stratus2"].required == ("Sentinel1", "Sentinel2", "Landsat89")
    assert "Landsat89" in models["Stratus2Fast"].optional


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


def test_search_outside_every_order_gives_no_dates(client):
    assert client.search_dates(SECOND_AOI, *JUNE) == []


def test_availability_flags(client):
    day = first_full_date(client)
    ok = client.composite_availability(CompositeRequest(DEMO_AOI, day))
    assert ok.ready and ok.intersected_active_zones and ok.orders_cover_polygon
    sea = client.composite_availability(
        CompositeRequest(Aoi.from_bounds(6.2, 55.0, 6.3, 55.1), day)
    )
    assert sea.readiness is Readiness.OUTSIDE_DATA_AREA
    unordered = client.composite_availability(CompositeRequest(SECOND_AOI, day))
    assert unordered.readiness is Readiness.NOT_ORDERED and "Orders section" in unordered.reason


def test_estimate_is_free_while_the_included_download_is_unused(client, tmp_path):
    request = CompositeRequest(DEMO_AOI, first_full_date(client), bands="rgb", resolution=40)
    first = client.estimate(request)
    assert first.area_km2 == pytest.approx(DEMO_AOI.area_km2, rel=0.02)
    assert first.processing_units == 0
    client.download_composite(request, tmp_path, units=first.processing_units)
    again = client.estimate(request)
    assert again.processing_units == pytest.approx(DEMO_AOI.area_km2 / 10, abs=0.2)


def test_download_writes_the_requested_file_and_charges_what_was_estimated(
    emulator, client, tmp_path
):
    day = first_full_date(client)
    request = CompositeRequest(DEMO_AOI, day, resolution=20, epsg=32632)
    client.download_composite(request.for_date(day), included(tmp_path))  # use the included one
    units_before = client.account_info().processing_units
    variant = CompositeRequest(DEMO_AOI, day, resolution=20, epsg=32632, bands="B8,B4,[B8_B4]")
    cost = client.estimate(variant).processing_units
    assert cost > 0
    seen = []
    result = client.download_composite(
        variant, tmp_path, progress=lambda d, t: seen.append((d, t)), units=cost
    )

    assert not result.reused and result.path.parent == tmp_path
    dataset = gdal.Open(str(result.path))
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32632"
    assert dataset.GetGeoTransform()[1] == 20
    assert dataset.RasterCount == 3 and dataset.GetRasterBand(1).GetNoDataValue() == -32768
    assert dataset.GetMetadataItem("IMAGE_DATE") == day.strftime("%Y%m%d")
    assert seen[-1][0] == seen[-1][1] == result.path.stat().st_size
    assert client.account_info().processing_units == pytest.approx(units_before - cost)
    assert band_ids_of(result.path) == ["B8", "B4", "[B8_B4]"]

    sidecar = json.loads(result.path.with_name(result.path.name + ".clearsky.json").read_text())
    assert sidecar["fingerprint"] == variant.fingerprint(emulator.url)
    assert (sidecar["date"], sidecar["units"], sidecar["kind"]) == (
        day.isoformat(),
        cost,
        "composite",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [result.path.name, result.path.name + ".clearsky.json"]
    )

    posts = len(composite_posts(emulator, client.transport._key))
    again = client.download_composite(variant, tmp_path)
    assert again.reused and again.path == result.path
    assert len(composite_posts(emulator, client.transport._key)) == posts
    assert client.account_info().processing_units == pytest.approx(units_before - cost)


def test_download_of_another_request_never_overwrites(client, tmp_path):
    day = first_full_date(client)
    first = client.download_composite(CompositeRequest(DEMO_AOI, day, bands="rgb"), tmp_path)
    second = client.download_composite(CompositeRequest(DEMO_AOI, day, bands="B8"), tmp_path)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_partial_dates_need_allow_partial(client, tmp_path):
    day = TODAY - dt.timedelta(days=1)
    strict = CompositeRequest(BORDER_AOI, day)
    assert client.composite_availability(strict).readiness is Readiness.PARTIAL
    with pytest.raises(errors.NoDataError):
        client.download_composite(strict, tmp_path)
    partial = strict.for_date(day, allow_partial=True)
    assert client.download_composite(partial, tmp_path).path.exists()


def test_not_ordered_downloads_point_to_ordering(emulator, make_client, tmp_path):
    client = make_client(raw_key(emulator, demo_order=False))
    with pytest.raises(errors.NotOrderedError, match="Orders section"):
        client.download_composite(CompositeRequest(DEMO_AOI, JUNE[0]), tmp_path)


def assert_nothing_saved(folder):
    assert list(folder.iterdir()) == []


def test_cancel_removes_the_partial_file(client, tmp_path):
    request = CompositeRequest(Aoi.from_bounds(9.5, 55.6, 9.7, 55.64), first_full_date(client))
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
    request = CompositeRequest(DEMO_AOI, JUNE[0])
    small = new_key(max_area_km2=5)
    with pytest.raises(errors.AreaTooLargeError, match="larger than your key allows"):
        checked_plan(make_client(small), [request], tmp_path)
    few_bands = new_key(max_bands=3)
    with pytest.raises(errors.TooManyBandsError, match="10 bands requested"):
        checked_plan(make_client(few_bands), [request], tmp_path)
    unordered = raw_key(emulator, demo_order=False)
    with pytest.raises(errors.NotOrderedError, match="Orders section"):
        checked_plan(make_client(unordered), [request], tmp_path)
    with pytest.raises(errors.InputError, match="does not exist"):
        checked_plan(make_client(), [request], tmp_path / "missing")
    for key in (small, few_bands, unordered):
        assert composite_posts(emulator, key) == []


def test_plan_counts_included_downloads_free_and_refuses_over_the_maximum(
    emulator, make_client, new_key, tmp_path
):
    client = make_client(new_key(credits=0))
    days = [d.date for d in client.search_dates(DEMO_AOI, *JUNE)][:2]
    requests = [CompositeRequest(DEMO_AOI, day, bands="rgb", resolution=40) for day in days]
    client.download_composite(requests[0], included(tmp_path))  # spends day 1's included download
    plan = plan_purchase(client, requests, tmp_path)
    assert plan.units_of(days[1]) == 0 and plan.units_of(days[0]) > 0
    assert plan.total_units == plan.units_of(days[0])
    assert isinstance(plan.refusal(), errors.InsufficientUnitsError)  # 0 PU, no overdraft
    assert isinstance(plan.refusal(max_units=0.1), errors.ClearSkyError)
    free = plan_purchase(client, requests[1:], tmp_path)
    assert free.refusal() is None and free.total_units == 0


def test_a_low_balance_with_an_overdraft_is_left_to_the_server(emulator, make_client, tmp_path):
    key = raw_key(emulator, processing_units=0, euro_overdraft_limit=100)
    client = make_client(key)
    day = first_full_date(client)
    request = CompositeRequest(DEMO_AOI, day, bands="rgb", resolution=40)
    client.download_composite(request, included(tmp_path))
    variant = CompositeRequest(DEMO_AOI, day, bands="B8", resolution=40)
    plan = plan_purchase(client, [variant], tmp_path)
    assert plan.total_units > 0 and plan.refusal() is None
    with pytest.raises(errors.InsufficientUnitsError, match="top up processing units"):
        client.download_composite(variant, tmp_path)


def test_tiles_and_minitiles_by_guid_are_downloaded_and_reused(emulator, client, tmp_path):
    found = client.search_tiles(aoi=DEMO_AOI)
    tile = next(t for t in found if not t.minitile)
    order = ogr.CreateGeometryFromWkt(client.orders()[0].wkt)
    minitile = next(
        t for t in found if t.minitile and ogr.CreateGeometryFromWkt(t.wkt).Within(order)
    )
    assert tile.epsg == 32632 and tile.wkt.startswith("POLYGON")
    day = first_full_date(client)
    request = TileRequest(minitile.guid, True, day, "Stratus2")
    result = client.download_tile(request, tmp_path)
    dataset = gdal.Open(str(result.path))
    assert dataset.RasterCount == 10 and band_ids_of(result.path)[0] == "B2"
    assert client.find_downloaded_tile(request, tmp_path).path == result.path
    posts = [e for e in emulator.request_log if e["path"].endswith("/process/minitile")]
    assert client.download_tile(request, tmp_path).reused
    assert len([e for e in emulator.request_log if e["path"].endswith("/process/minitile")]) == len(
        posts
    )
    inside = client.search_tiles(minitiles_of=tile.guid)
    assert inside and all(t.minitile for t in inside)
    cover = client.optimize_tiles(DEMO_AOI)
    assert cover.tiles or cover.minitiles


def test_order_round_trip(emulator, client):
    models = {m.name: m for m in client.models()}
    order = OrderRequest(
        "Stratus2",
        models["Stratus2"].required,
        TODAY,
        TODAY + dt.timedelta(days=40),
        image_frequency=2,
        reference_date=TODAY,
        aoi=SECOND_AOI,
    )
    estimate = client.order_estimate(order)
    assert estimate.current_month_eur and estimate.current_month_eur > 0
    assert estimate.image_dates and estimate.currency
    placed = client.create_order(order)
    assert placed.guid and placed.status == "Review" and placed.cancellable
    assert placed.guid in [o.guid for o in client.orders()]
    (detail,) = client.order_details([placed.guid])
    assert detail.guid == placed.guid and detail.model == "Stratus2"
    client.cancel_order(placed.guid)
    (after,) = client.order_details([placed.guid])
    assert after.status == "Canceled" and not after.in_progress


def test_an_order_moves_through_its_lifecycle(emulator, client):
    order = OrderRequest(
        "Stratus2", ("Sentinel1", "Sentinel2", "Landsat89"), TODAY, None, aoi=SECOND_AOI
    )
    placed = client.create_order(order)
    seen = [placed.status]
    for _ in range(6):
        emulator.advance_orders()
        seen.append(client.order_details([placed.guid])[0].status)
    assert seen[0] == "Review" and seen[-1] == "UpToDate"
    assert client.order_details([placed.guid])[0].downloadable


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

"""The resilience matrix through the core client (issue 6): the cases test_client_faults.py
does not already cover, the file system, secrets, TLS, and the matrix document itself."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

import pytest
import resilience_matrix as matrix
import tiny_disks
from fault_servers import COMPOSITE, CannedServer, DateFaultProxy, tls_server
from resilience_checks import (
    complete_files_only,
    composite_posts,
    download_in_flight,
    folder_names,
    settled_units,
    use_up_included_downloads,
)
from tiny_disks import fill, read_only_reason, tmpfs
from world import DEMO_AOI

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.config import retry_policy
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest, OrderRequest, TileRequest
from clearsky_vision.core.api.purchase import checked_plan
from clearsky_vision.core.api.store import CorruptFileError
from clearsky_vision.core.api.transport import NetworkOptions, RetryPolicy, Transport
from emulator import FAULTS as EMULATOR_FAULTS
from emulator import SECOND_AOI_WKT

FAULTY = CompositeRequest(DEMO_AOI, matrix.FAULTY, bands="rgb", resolution=40)
CLEAN = FAULTY.for_date(matrix.CLEAN)
ERRORS = {cls.__name__: cls for cls in vars(errors).values() if isinstance(cls, type)}
ERRORS["CorruptFileError"] = CorruptFileError
ONCE_QUICKLY = NetworkOptions(timeout=5, download_timeout=5)
SECRET = "SECRET-KEY-7f3a9c1e"
ORDERS = "/api/tasking/orders"
CLIENT_CASES = [case for case in matrix.FAULTS if case.client == matrix.CLIENT_TEST]


@pytest.fixture
def proxy(emulator):
    relay = DateFaultProxy(emulator.url)
    yield relay
    relay.close()


@pytest.fixture(scope="module")
def tls_url(tmp_path_factory):
    with tls_server(tmp_path_factory.mktemp("tls")) as url:
        yield url


@pytest.mark.parametrize("case", CLIENT_CASES, ids=[c.id for c in CLIENT_CASES])
def test_fault_through_the_client(case, emulator, new_key, make_client, proxy, tmp_path):
    key = new_key(processing_units=100)
    direct = make_client(key).transport
    network, delay, message = direct.network, case.delay, case.message
    if delay and delay > matrix.DOWNLOAD_TIMEOUT:  # the same fault, waited for 1 s, not 10
        network, delay = NetworkOptions(timeout=5, download_timeout=1), 1.5
        message = message.replace(f"within {matrix.DOWNLOAD_TIMEOUT:g} s", "within 1 s")
    client = ClearSkyClient(proxy.url, key, network, direct.retry)
    use_up_included_downloads(emulator.url, key, FAULTY.date, CLEAN.date)
    cost = client.estimate(FAULTY).processing_units
    assert client.estimate(CLEAN).processing_units == cost > 0
    start = emulator.units(key)
    proxy.add_fault(FAULTY.date, case.fault, case.times, delay, case.value)
    emulator.charge_on_request = case.after_charge
    try:
        if case.error:
            with pytest.raises(ERRORS[case.error]) as caught:
                client.download_composite(FAULTY, tmp_path, units=cost)
            assert str(caught.value).startswith(message)
            assert caught.value.maybe_charged == case.maybe_charged
            if case.maybe_charged:
                assert caught.value.rerun_units == cost
                assert str(caught.value).endswith(
                    f"Downloading it again costs about {cost:g} processing units more: check "
                    "your balance first."
                )
        else:
            assert client.download_composite(FAULTY, tmp_path).path.parent == tmp_path
        settled_units(emulator, key)  # the faulty request has ended on the server's side
    finally:
        emulator.charge_on_request = False
    client.download_composite(CLEAN, tmp_path)  # the other date of the batch
    complete_files_only(tmp_path, 1 if case.error else 2)
    assert list(tmp_path.parent.glob("*bashrc*")) == []
    tries = client.transport.retry.attempts if case.requests == matrix.ATTEMPTS else case.requests
    assert proxy.requests_for(FAULTY.date) == tries  # the client tests make 4 tries at most
    charged = 2 if case.charged else 1
    assert settled_units(emulator, key) == pytest.approx(start - charged * cost)


def test_a_paid_download_is_repeated_when_no_connection_was_made(new_key, tmp_path, caplog):
    """Nothing listens on the port: the server never had the request, so trying again is free."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    client = ClearSkyClient(url, new_key(), ONCE_QUICKLY, RetryPolicy(4, 0.01, 0.02))
    caplog.set_level(logging.INFO, logger="clearsky_vision")
    with pytest.raises(errors.NetworkError) as caught:
        client.download_composite(FAULTY, tmp_path, units=3)
    assert str(caught.value).startswith(f"Could not connect to {url}: check your internet")
    assert not caught.value.maybe_charged and "charged" not in str(caught.value)
    assert len([r for r in caplog.records if r.getMessage().startswith("Retrying")]) == 3
    assert folder_names(tmp_path) == []


@pytest.mark.parametrize("after_charge", [False, True], ids=["before-charge", "after-charge"])
def test_retry_paid_repeats_once_and_may_pay_twice(
    after_charge, emulator, new_key, make_client, tmp_path
):
    key = new_key(processing_units=100)
    client = make_client(key)
    use_up_included_downloads(emulator.url, key, FAULTY.date)
    cost = client.estimate(FAULTY).processing_units
    posts = len(composite_posts(emulator, key))
    emulator.add_fault(key, "http_500", times=1, path=COMPOSITE)
    emulator.charge_on_request = after_charge
    try:
        result = client.download_composite(FAULTY, tmp_path, units=cost, retry_paid=True)
    finally:
        emulator.charge_on_request = False
    assert result.path.parent == tmp_path
    assert len(composite_posts(emulator, key)[posts:]) == 2
    paid = 2 if after_charge else 1  # the repeat is a second purchase when the first was charged
    assert settled_units(emulator, key) == pytest.approx(100 - paid * cost)
    # Off (the default), or a second failure: one repeat at most, and the error says so.
    emulator.add_fault(key, "http_500", times=-1, path=COMPOSITE)
    other = FAULTY.for_date(matrix.CLEAN)
    for repeat, tries in ((False, 1), (True, 2)):
        posts = len(composite_posts(emulator, key))
        with pytest.raises(errors.ServerError) as caught:
            client.download_composite(other, tmp_path, units=cost, retry_paid=repeat)
        assert caught.value.maybe_charged
        assert len(composite_posts(emulator, key)[posts:]) == tries
    emulator.clear_faults()


FREE_CALLS = {
    "/api/account/info": lambda c: c.account_info(),
    "/api/tasking/models": lambda c: c.models(refresh=True),
    "/api/tasking/search/tiles": lambda c: c.search_tiles(aoi=DEMO_AOI),
    "/api/tasking/tile/optimize": lambda c: c.optimize_tiles(DEMO_AOI),
    ORDERS: lambda c: c.orders(),
    "/api/satelliteimages/search/available": lambda c: c.search_dates(
        DEMO_AOI, matrix.FAULTY, matrix.CLEAN
    ),
    f"{COMPOSITE}/available": lambda c: c.composite_availability(FAULTY),
    f"{COMPOSITE}/estimate": lambda c: c.estimate(FAULTY),
}


@pytest.mark.parametrize("path", list(FREE_CALLS))
def test_free_requests_are_tried_again_after_a_500(path, emulator, new_key, make_client):
    key = new_key()
    emulator.add_fault(key, "http_500", times=1, path=path)
    FREE_CALLS[path](make_client(key))
    assert [e["status"] for e in emulator.request_log if e["key"] == key and e["path"] == path][
        :2
    ] == [500, 200]


@pytest.mark.parametrize("minitile", [False, True], ids=["tile", "minitile"])
def test_tile_downloads_are_paid_once(minitile, emulator, new_key, make_client, tmp_path):
    key = new_key()
    client = make_client(key)
    tile = next(t for t in client.search_tiles(aoi=DEMO_AOI) if t.minitile == minitile)
    request = TileRequest(tile.guid, minitile, matrix.FAULTY, "Stratus2")
    emulator.add_fault(key, "http_502", times=-1, path=request.path)
    with pytest.raises(errors.RateLimitedError) as caught:  # 502/503/504: busy
        client.download_tile(request, tmp_path, units=4)
    assert caught.value.maybe_charged and "costs about 4 processing units more" in str(caught.value)
    sent = [e for e in emulator.request_log if e["key"] == key and e["path"] == request.path]
    assert len(sent) == 1
    emulator.clear_faults()


ORDER_CASES = {
    # id: (fault, the server acts before the fault, order POSTs, placed)
    "reset-after-placing": ("connection_reset", True, 1, True),
    "reset-before-placing": ("connection_reset", False, 1, False),
    "500-after-placing": ("http_500", True, 1, True),
    "500-before-placing": ("http_500", False, 1, False),
    "429-once": ("http_429_no_retry_after", False, 2, True),
    "1003-once": ("concurrency_limit", False, 2, True),
}


@pytest.mark.parametrize("case", list(ORDER_CASES))
def test_an_order_create_is_never_placed_twice(case, emulator, new_key, make_client):
    fault, after_charge, posts, placed = ORDER_CASES[case]
    key = new_key(euro_balance=1000.0, demo_order=False)
    client = make_client(key)
    order = OrderRequest(
        "Stratus2",
        ("Sentinel1", "Sentinel2", "Landsat89"),
        dt.date(2024, 6, 1),
        dt.date(2024, 6, 30),
        image_frequency=7,
        aoi=Aoi.from_wkt(SECOND_AOI_WKT),
    )
    price = client.order_estimate(order).current_month_eur
    assert price and price > 0
    emulator.add_fault(key, fault, times=1, path=ORDERS, method="POST")
    emulator.charge_on_request = after_charge
    try:
        if placed:
            found = client.create_order(order)
        else:
            with pytest.raises(errors.OrderUncertainError) as caught:
                client.create_order(order)
            assert "so it was most likely not placed: check the Orders list" in str(caught.value)
    finally:
        emulator.charge_on_request = False
    sent = [e for e in emulator.request_log if e["key"] == key and e["method"] == "POST"]
    assert len([e for e in sent if e["path"] == ORDERS]) == posts
    mine = emulator.orders_of(key)
    assert len(mine) == (1 if placed else 0)
    if placed:
        assert found.guid == mine[0]["TaskOrderGuid"]
    assert emulator.euros(key) == pytest.approx(1000.0 - (price if placed else 0.0))


def test_retry_after_is_honoured_up_to_the_cap(emulator, new_key, make_client, tmp_path, caplog):
    key = new_key(processing_units=100)
    client = make_client(key)  # a policy whose longest wait is 1.5 s
    emulator.add_fault(key, "http_429", times=1, path=COMPOSITE, delay=1)  # Retry-After: 1
    started = time.monotonic()
    with caplog.at_level(logging.INFO, logger="clearsky_vision"):
        client.download_composite(FAULTY, tmp_path)
    assert time.monotonic() - started >= 1.0
    waits = [re.match(r"Retrying in ([\d.]+) s", r.getMessage()) for r in caplog.records]
    assert [wait[1] for wait in waits if wait] == ["1.0"]  # Retry-After, not the backoff
    assert [e["status"] for e in composite_posts(emulator, key)] == [429, 200]


@pytest.mark.parametrize(
    ("value", "longest"),
    [("0.05", 0.05), ("0", 0.0), ("-3", 0.0), ("", 30.0), ("soon", 30.0), ("inf", 30.0)],
)
def test_the_retry_wait_can_be_capped_from_the_environment(value, longest, monkeypatch):
    monkeypatch.setenv("CLEARSKY_RETRY_MAX_WAIT", value)
    policy = retry_policy()
    assert policy.max_delay == longest and policy.attempts == RetryPolicy().attempts
    assert policy.delay(3, retry_after=60) == longest  # a server's longer wish is cut


def test_coordinates_beyond_their_crs_are_refused_not_moved():
    """x = 30,000 km in EPSG:3857 is past the edge of the world: PROJ would wrap it to the
    Americas, so a layer with the wrong CRS would buy imagery of another place."""
    beyond = "POLYGON((3e7 1e6,3.1e7 1e6,3.1e7 1.1e6,3e7 1.1e6,3e7 1e6))"
    with pytest.raises(errors.InputError, match="could not be placed on the globe"):
        Aoi.from_wkt(beyond, "EPSG:3857")
    inside = "POLYGON((1e6 7.4e6,1.01e6 7.4e6,1.01e6 7.41e6,1e6 7.41e6,1e6 7.4e6))"
    assert Aoi.from_wkt(inside, "EPSG:3857").bounds[0] == pytest.approx(8.98, abs=0.01)


def test_stall_always_gives_up_within_bounds(emulator, new_key, make_client, tmp_path):
    key = new_key(processing_units=100)
    use_up_included_downloads(emulator.url, key, FAULTY.date)  # so a charge would show
    client = make_client(key, timeout=0.5)
    posts = len(composite_posts(emulator, key))
    emulator.add_fault(key, "stall_mid_body", times=-1, path=COMPOSITE, delay=1.5)
    with pytest.raises(
        errors.NetworkError, match="The connection broke during the download"
    ) as caught:
        client.download_composite(FAULTY, tmp_path)
    assert caught.value.maybe_charged  # so it is not repeated: one try, one read timeout
    assert len(composite_posts(emulator, key)[posts:]) == 1
    emulator.clear_faults()
    assert folder_names(tmp_path) == []
    assert settled_units(emulator, key) == 100


CANCEL_EARLY = "cancel-before-the-first-byte"


@pytest.mark.parametrize("case", ["500-always", "truncated-always", CANCEL_EARLY])
def test_a_failed_delivery_keeps_the_included_download(
    case, emulator, new_key, make_client, tmp_path
):
    """The first download of a date under an order is included (0 PU): a delivery that
    fails or is cancelled must not use it up, or the next try would cost processing units."""
    key = new_key(processing_units=100)
    client = make_client(key)
    assert client.estimate(FAULTY).processing_units == 0
    if case == CANCEL_EARLY:  # the user cancels while the server "processes" (3 s)
        emulator.add_fault(key, "slow_first_byte", times=1, path=COMPOSITE, delay=3)
        with pytest.raises(errors.CancelledError):
            client.download_composite(
                FAULTY, tmp_path, is_cancelled=lambda: download_in_flight(emulator, key)
            )
    else:
        fault = {"500-always": "http_500", "truncated-always": "truncated_body"}[case]
        emulator.add_fault(key, fault, times=1, path=COMPOSITE)
        with pytest.raises(errors.ClearSkyError):
            client.download_composite(FAULTY, tmp_path)
    assert settled_units(emulator, key) == 100 and folder_names(tmp_path) == []
    assert client.estimate(FAULTY).processing_units == 0  # still included
    assert not client.download_composite(FAULTY, tmp_path).reused
    assert settled_units(emulator, key) == 100  # the included download, at last
    assert client.estimate(FAULTY).processing_units > 0  # now used up


def test_units_run_out_between_estimate_and_download(emulator, new_key, make_client, tmp_path):
    key = new_key(processing_units=100)
    client = make_client(key)
    use_up_included_downloads(emulator.url, key, FAULTY.date)
    assert 0 < client.estimate(FAULTY).processing_units < 100
    posts = len(composite_posts(emulator, key))
    emulator.set_units(key, 0.01)  # spent elsewhere meanwhile
    with pytest.raises(errors.InsufficientUnitsError) as caught:
        client.download_composite(FAULTY, tmp_path)
    assert str(caught.value).startswith("Not enough processing units for this request (")
    assert "top up processing units in the dashboard, or choose fewer dates" in str(caught.value)
    assert folder_names(tmp_path) == [] and emulator.units(key) == 0.01
    statuses = [e["status"] for e in composite_posts(emulator, key)[posts:]]
    assert statuses == [400]  # not retried


def test_cancel_before_the_first_byte_closes_the_connection(
    emulator, new_key, make_client, tmp_path
):
    key = new_key(processing_units=100)
    use_up_included_downloads(emulator.url, key, FAULTY.date)  # so a charge would show
    client = make_client(key, timeout=20)
    # The server "processes" for 3 s, then delivers (and would charge) the whole file.
    emulator.add_fault(key, "slow_first_byte", times=1, path=COMPOSITE, delay=3)
    with pytest.raises(errors.CancelledError):
        client.download_composite(
            FAULTY, tmp_path, is_cancelled=lambda: download_in_flight(emulator, key)
        )
    assert download_in_flight(emulator, key)  # back at once, not when the server answers
    assert folder_names(tmp_path) == []
    assert settled_units(emulator, key) == 100  # it could not deliver, so it charged nothing


def test_a_future_date_is_refused_before_any_call(emulator, new_key, make_client, tmp_path):
    key = new_key()
    future = dt.date.today() + dt.timedelta(days=30)
    with pytest.raises(errors.InputError, match=f"{future} is in the future: imagery exists"):
        make_client(key).download_composite(FAULTY.for_date(future), tmp_path)
    assert [e for e in emulator.request_log if e["key"] == key] == []


def test_output_folder_on_a_read_only_file_system(emulator, new_key, make_client, tmp_path):
    key = new_key()
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        with pytest.raises(errors.InputError) as caught:
            checked_plan(make_client(key), [FAULTY], folder)
        assert str(caught.value) == (
            f"Cannot write to the output folder {folder} ({read_only_reason()}): choose "
            "another folder."
        )
        with pytest.raises(errors.InputError, match=read_only_reason()):
            make_client(key).download_composite(FAULTY, folder)
    assert composite_posts(emulator, key) == []


@pytest.mark.mounts
def test_output_folder_on_a_full_disk(emulator, new_key, make_client, tmp_path):
    key = new_key(processing_units=100)
    client = make_client(key)
    with tmpfs(tmp_path / "full") as folder:
        fill(folder)
        (folder / "filler").unlink()
        fill(folder)  # what a full disk looks like: not even a block left
        with pytest.raises(errors.InputError, match=r"Not enough free disk space in .*: about"):
            checked_plan(client, [FAULTY], folder)
        assert composite_posts(emulator, key) == []
        # Without the plan, the size announced by the server stops it before any byte.
        with pytest.raises(errors.StorageError) as caught:
            client.download_composite(FAULTY, folder)
        assert re.match(
            r"Not enough free disk space in .* for the [\d.]+ MB file", str(caught.value)
        )
        assert "Nothing was written. This download may have been charged" in str(caught.value)
        assert folder_names(folder) == ["filler"]


ROOT = Path(__file__).resolve().parents[2]


def test_the_full_disk_case_runs_without_root_too(request):
    """Not root, the case above runs in a user and mount namespace of its own (tiny_disks):
    as root this runs it as the user nobody, to show that route passes. Where no namespace
    can be made (in a chroot, as in the QGIS matrix's root file systems, the kernel refuses
    them even to root) the route must skip and say why, rather than pass or fail silently."""
    # Nobody in a user namespace of its own: not root, so it may not mount, but it still
    # reaches the files (a checkout under /root included).
    user = ["unshare", "--user", "--map-user=65534", "--map-group=65534"]
    user = user if os.geteuid() == 0 else []
    probe = subprocess.run([*user, "unshare", "-Urm", "true"], capture_output=True, text=True)
    if probe.returncode != 0:  # only where this process cannot make one either
        here = subprocess.run(["unshare", "-Urm", "true"], capture_output=True, text=True)
        assert here.returncode != 0, probe.stderr
        with pytest.raises(pytest.skip.Exception, match="not root, and no namespace of its own"):
            tiny_disks.run_in_own_namespace(request.node)
        return
    node = f"{Path(__file__).relative_to(ROOT)}::test_output_folder_on_a_full_disk"
    command = [sys.executable, "-m", "pytest", node, "-q", "-p", "no:pytest_qgis"]
    command += ["-p", "no:pytest-qt", "-p", "no:cacheprovider"]
    with tempfile.TemporaryDirectory(prefix="clearsky-nobody-") as scratch:
        done = subprocess.run(
            [*user, *command, f"--basetemp={scratch}/tmp"],
            cwd=ROOT,
            env={**os.environ, "HOME": scratch, "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"\b1 passed\b", done.stdout) and "skipped" not in done.stdout


def error_texts(error: BaseException) -> list[str]:
    """What a user or a log could see of ``error``: its text, repr and chained causes."""
    chain = [error, error.__cause__, error.__context__]
    return [str(e) for e in chain] + [repr(e) for e in chain] + [str(error.args)]


def test_no_error_of_the_matrix_shows_the_key(emulator, tmp_path, caplog):
    """Every emulator fault once, with a recognisable key: no error text, log or URL has it."""
    caplog.set_level(logging.DEBUG)
    emulator.add_key(SECRET, processing_units=1000)
    client = ClearSkyClient(emulator.url, SECRET, NetworkOptions(1, 1), RetryPolicy(attempts=1))
    seen = []
    faults = sorted(EMULATOR_FAULTS, key=lambda name: name == "revoke_key")  # revoke last
    for day, fault in enumerate(faults, start=1):
        slow = fault in ("slow_first_byte", "stall_mid_body")
        emulator.add_fault(SECRET, fault, times=1, path=COMPOSITE, delay=2 if slow else None)
        with pytest.raises(errors.ClearSkyError) if fault != "evil_filename" else nullcontext():
            try:
                client.download_composite(FAULTY.for_date(dt.date(2024, 6, day)), tmp_path)
            except errors.ClearSkyError as exc:
                seen.append(exc)
                raise
    assert len(seen) == len(faults) - 1
    assert not [text for error in seen for text in error_texts(error) if SECRET in text]
    assert SECRET not in caplog.text
    log = [e for e in emulator.request_log if e["key"] == SECRET]
    assert log and not [e for e in log if SECRET in f"{e['path']}?{e['query']}"]


def test_a_server_echoing_the_key_never_gets_it_shown(tmp_path):
    """A careless server echoes the key it received into every part of its answers."""
    key = SECRET
    server = CannedServer()
    client = ClearSkyClient(server.url, key, ONCE_QUICKLY, RetryPolicy(attempts=1))
    answers = [
        (401, "application/json", {"Message": "Key {key} unknown"}),
        (
            200,  # a failure envelope with status 200, on the file endpoint
            "application/json",
            {
                "Succeeded": False,
                "Error": {"Message": "Key {key} may not", "Code": 1001},
                "Data": {"X-API-KEY": ["'{key}' is not valid"], "Bandnames": ["B99 for {key}"]},
            },
        ),
        (400, "application/json", {"Succeeded": False, "Error": {"Message": "{key}", "Code": 9}}),
        (500, "text/html", "<h1>Error for {key}</h1>"),
        (200, "text/html", "<p>Log in, {key}</p>"),
        (200, "application/json", "{key} not json"),
    ]
    seen = []
    try:
        for status, kind, body in answers:
            server.answer(status, kind, body)
            with pytest.raises(errors.ClearSkyError) as caught:
                client.download_composite(FAULTY, tmp_path)
            seen.append(caught.value)
    finally:
        server.close()
    assert isinstance(seen[1], errors.ValidationError)
    assert "Bandnames: B99 for ***" in str(seen[1])
    for error in seen:
        assert not [text for text in error_texts(error) if key in text]
        assert key not in str(getattr(error, "issues", ""))
    assert folder_names(tmp_path) == []


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"REQUESTS_CA_BUNDLE": ""},
        {"REQUESTS_CA_BUNDLE": "0"},
        {"REQUESTS_CA_BUNDLE": "false", "CURL_CA_BUNDLE": "False"},
        {"CURL_CA_BUNDLE": "", "PYTHONHTTPSVERIFY": "0", "SSL_CERT_FILE": "no"},
    ],
    ids=["none", "empty", "zero", "false", "mixed"],
)
def test_tls_is_verified_whatever_the_environment(environment, monkeypatch, tls_url):
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    transport = Transport("https://api.clearsky.vision", "k")
    session = transport.session()
    effective = session.merge_environment_settings(transport.base_url, {}, False, None, None)
    assert session.verify is True and effective["verify"] not in (False, None, "")
    client = ClearSkyClient(tls_url, "k", ONCE_QUICKLY, RetryPolicy(attempts=1))
    with pytest.raises(errors.ClearSkyError) as caught:
        client.account_info()
    message = str(caught.value)
    if effective["verify"] is True:
        assert message.startswith("The server's TLS certificate could not be verified")
    else:  # a CA bundle path that does not exist: said so, never "verify off"
        assert message.startswith("The secure connection could not be set up (Could not find")


def test_the_document_is_generated_from_the_matrix():
    assert matrix.DOC.read_text(encoding="utf-8") == matrix.render(), (
        "docs/reliability.md is out of date: run `python tests/resilience_matrix.py`"
    )


def test_every_test_the_matrix_names_exists():
    missing = []
    for test in sorted(matrix.every_test()):
        path, function = test.split("::")
        source = (matrix.ROOT / path).read_text(encoding="utf-8")
        if not re.search(rf"^def {re.escape(function)}\(", source, re.MULTILINE):
            missing.append(test)
    assert missing == []

"""Interruptions (issue 6): cancel while the server processes and mid-body, the emulator
killed and restarted, and qgis_process killed with SIGKILL then run again. Where a key pays,
its included downloads of the dates are used up first, so a charge shows in processing units."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import threading
import time

import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, clearsky_provider, run
from dock_fixtures import LEFT, WAIT_MS, open_dock_fixture, wait_estimate  # noqa: F401
from events import cancel_when, in_flight
from fault_servers import COMPOSITE, EmulatorProcess
from installed_plugin import process_environment
from qgis.core import Qgis, QgsProcessingException
from resilience_checks import (
    complete_files_only,
    folder_names,
    settled_units,
    use_up_included_downloads,
)
from resilience_fixtures import (  # noqa: F401
    BANDS,
    EXTENT,
    RESOLUTION,
    batch_in_dock_fixture,
    dock_statuses,
    download_batch,
    installed_profile_fixture,
    processing_cost,
    processing_key_fixture,
    proxy_fixture,
    quick_network_fixture,
    ready_to_download,
)
from world import DEMO_AOI, TODAY

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.queue import ItemStatus
from clearsky_vision.core.api.transport import NetworkOptions, RetryPolicy
from clearsky_vision.core.qgs.session import OrderSession
from emulator import DEMO_KEY

FAULTY, CLEAN = matrix.FAULTY.isoformat(), matrix.CLEAN.isoformat()
CANCELLED = "Cancelled: finished files were kept, partial ones removed."


SERVER_DELAY = 6  # seconds the server "processes" a file in the cancel tests


# Cancel ------------------------------------------------------------------------------


def test_cancel_before_the_first_byte_in_the_dock(batch_in_dock, proxy, emulator, qtbot):
    opened = batch_in_dock()
    dock = opened.dock
    for day in (FAULTY, CLEAN):  # the server "processes" each date, then delivers
        proxy.add_fault(day, "slow_first_byte", times=1, delay=SERVER_DELAY)
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    qtbot.waitUntil(lambda: len(in_flight(emulator, opened.key)) == 2, timeout=WAIT_MS)
    qtbot.mouseClick(dock.order_box.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dock.session.busy, timeout=WAIT_MS)
    # The batch ended while the server still processed both: the cancel did not wait for it.
    assert len(in_flight(emulator, opened.key)) == 2
    statuses = dock_statuses(dock)
    assert (statuses[FAULTY], statuses[CLEAN]) == ("Cancelled", "Cancelled")
    assert dock.order_box.status.text() == "0 dates added, 2 cancelled."
    assert folder_names(opened.folder) == []
    assert settled_units(emulator, opened.key) == 10000


def test_cancel_before_the_first_byte_in_processing(processing_key, proxy, emulator, tmp_path):
    for day in (FAULTY, CLEAN):
        proxy.add_fault(day, "slow_first_byte", times=1, delay=SERVER_DELAY)
    feedback = RecordingFeedback()
    cancel_when(feedback, lambda: in_flight(emulator, processing_key))
    with pytest.raises(QgsProcessingException, match=CANCELLED):
        download_batch(tmp_path, feedback)
    assert in_flight(emulator, processing_key)  # ended before the server answered
    assert folder_names(tmp_path) == []
    assert settled_units(emulator, processing_key) == 100


def test_cancel_mid_body_in_processing(processing_key, proxy, emulator, tmp_path):
    for day in (FAULTY, CLEAN):  # half of each file, then silence
        proxy.add_fault(day, "stall_mid_body", times=1, delay=3)
    feedback = RecordingFeedback()

    cancel_when(feedback, lambda: list(tmp_path.glob(".clearsky-*.part")))
    with pytest.raises(QgsProcessingException, match=CANCELLED):
        download_batch(tmp_path, feedback)
    assert folder_names(tmp_path) == []
    assert settled_units(emulator, processing_key) == 100


# A batch always ends ------------------------------------------------------------------


def test_a_batch_ends_even_when_what_it_reports_to_fails(emulator, new_key, tmp_path, qtbot):
    """A listener (the dock) that raises on a finished date must not stop the next dates or
    the end of the batch: the bookkeeping runs whatever the listener does."""
    client = ClearSkyClient(emulator.url, new_key())
    days = (matrix.FAULTY, matrix.CLEAN)
    requests = [CompositeRequest(DEMO_AOI, day, RESOLUTION, BANDS) for day in days]
    ended = []

    def broken(*_args) -> None:
        raise RuntimeError("a bug in what the batch reports to")

    session = OrderSession()
    session.dateDone.connect(broken)
    session.dateFailed.connect(broken)
    session.finished.connect(ended.append)
    with qtbot.capture_exceptions() as raised:
        session.buy(client, requests, tmp_path)
        qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert len(ended) == 1 and ended[0].count(ItemStatus.DONE) == 2
    assert [str(error) for _kind, error, _trace in raised] == [
        "a bug in what the batch reports to"
    ] * 2
    complete_files_only(tmp_path, 2)


# The server killed -------------------------------------------------------------------


@pytest.fixture
def server(tmp_path):
    process = EmulatorProcess(tmp_path / "emulator-data", TODAY.isoformat()).start()
    yield process
    process.kill()


def slow_download(server) -> None:
    """The next paid request takes 10 s before its first byte: time to kill the server."""
    fault = {"key": DEMO_KEY, "fault": "slow_first_byte", "path": COMPOSITE, "delay": 10}
    server.control("POST", "faults", fault)


def kill_when_downloading(server) -> threading.Thread:
    def kill() -> None:
        with contextlib.suppress(OSError):  # the server already gone: the test has failed
            server.wait_for_composite_in_flight()
        server.kill()

    killer = threading.Thread(target=kill, daemon=True)
    killer.start()
    return killer


def broke_off(server) -> str:
    """The start of the error after the server died holding a paid request (not repeated)."""
    return f"The connection to {server.url} broke before an answer arrived"


MAYBE_CHARGED = "This download may have been charged"


def through_the_client(server, folder, request):
    download = CompositeRequest(DEMO_AOI, matrix.FAULTY, RESOLUTION, BANDS)
    client = ClearSkyClient(server.url, DEMO_KEY, NetworkOptions(2, 20), RetryPolicy(4, 0.05, 0.2))
    killer = kill_when_downloading(server)
    with pytest.raises(errors.NetworkError) as caught:
        client.download_composite(download, folder)
    killer.join()
    assert str(caught.value).startswith(broke_off(server))
    assert MAYBE_CHARGED in str(caught.value)
    assert folder_names(folder) == []
    server.start()
    assert not client.download_composite(download, folder).reused
    return folder


def through_the_dock(server, folder, request):
    qtbot, monkeypatch = request.getfixturevalue("qtbot"), request.getfixturevalue("monkeypatch")
    opened = request.getfixturevalue("open_dock")()
    dock = opened.dock
    monkeypatch.setenv("CLEARSKY_API_URL", server.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", DEMO_KEY)
    ready_to_download(dock, qtbot, matrix.FAULTY)
    killer = kill_when_downloading(server)
    with qtbot.waitSignal(dock.downloadsFinished, timeout=WAIT_MS):
        qtbot.mouseClick(dock.order_box.download_button, LEFT)
    killer.join()
    assert dock_statuses(dock)[FAULTY] == "Network error"
    expected = f"ClearSKY Vision: Network error:{FAULTY}: {broke_off(server)}"
    assert [m for m in opened.messages(Qgis.MessageLevel.Critical) if m.startswith(expected)]
    assert folder_names(opened.folder) == []
    server.start()
    qtbot.mouseClick(dock.order_box.estimate_button, LEFT)  # the user asks again
    wait_estimate(dock, qtbot)
    qtbot.waitUntil(lambda: dock.order_box.download_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    qtbot.waitUntil(lambda: dock_statuses(dock)[FAULTY] == "Added", timeout=WAIT_MS)
    return opened.folder


def through_processing(server, folder, request):
    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setenv("CLEARSKY_API_URL", server.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", DEMO_KEY)
    parameters = {"EXTENT": EXTENT, "DATES": FAULTY, "RESOLUTION": str(RESOLUTION)}
    parameters.update({"BANDS": BANDS, "OUTPUT_FOLDER": str(folder)})
    request.getfixturevalue("qgis_processing")
    killer = kill_when_downloading(server)
    with clearsky_provider():
        with pytest.raises(QgsProcessingException) as caught:
            run("clearsky:download", parameters)
        killer.join()
        assert str(caught.value).startswith(broke_off(server))
        assert MAYBE_CHARGED in str(caught.value)
        assert folder_names(folder) == []
        server.start()
        assert run("clearsky:download", parameters)["CREDITS_SPENT"] == 0  # included
    return folder


@pytest.mark.parametrize(
    "path",
    [through_the_client, through_the_dock, through_processing],
    ids=["client", "dock", "processing"],
)
def test_server_killed_during_a_download_then_restarted(
    path, server, tmp_path, request, quick_network
):
    slow_download(server)
    folder = tmp_path / "downloads"
    folder.mkdir()
    folder = path(server, folder, request)
    complete_files_only(folder, 1)
    # The restarted emulator knows nothing of the first one (keys, balances and orders live
    # in memory): the rerun is the date's first download under a fresh demo order, so it is
    # the included one (0 PU), delivered once; now that it is used, the date costs PU.
    log = server.control("GET", "log")
    delivered = [e for e in log if e["path"] == COMPOSITE and e["status"] == 200]
    assert len(delivered) == 1 and delivered[0]["charged"] == 0
    assert server.control("GET", "state")["keys"][DEMO_KEY]["units"] == 10000
    again = CompositeRequest(DEMO_AOI, matrix.FAULTY, RESOLUTION, BANDS)
    assert ClearSkyClient(server.url, DEMO_KEY).estimate(again).processing_units > 0


# qgis_process killed -----------------------------------------------------------------


def test_sigkill_mid_download_then_the_same_request_again(
    installed_profile, proxy, emulator, new_key, tmp_path
):
    key = new_key(processing_units=100, max_connections=2)
    dates = [dt.date(2024, 6, d) for d in (3, 4, 5)]
    use_up_included_downloads(emulator.url, key, *dates)  # each date costs PU
    days = [day.isoformat() for day in dates]
    folder = tmp_path / "downloads"
    arguments = ["qgis_process.bin", "--json", "run", "clearsky:download", "--"]
    arguments += [f"EXTENT={EXTENT}", f"DATES={','.join(days)}", f"RESOLUTION={RESOLUTION}"]
    arguments += [f"BANDS={BANDS}", f"OUTPUT_FOLDER={folder}"]
    environment = process_environment(
        installed_profile, {"CLEARSKY_API_URL": proxy.url, "CLEARSKY_API_KEY": key}
    )
    # The first two dates arrive; the third sends half its body and then nothing.
    proxy.add_fault(days[2], "stall_mid_body", times=1, delay=4)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    killed = subprocess.Popen(arguments, env=environment, **quiet)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        len(list(folder.glob("*.clearsky.json"))) == 2 and list(folder.glob(".clearsky-*.part"))
    ):
        time.sleep(0.02)
    killed.kill()  # SIGKILL: no clean-up of any kind
    killed.wait()
    names = folder_names(folder)
    assert len([n for n in names if n.endswith(".part")]) == 1, names
    assert len([n for n in names if n.endswith(".tif.clearsky.json")]) == 2
    assert len([n for n in names if n.endswith(".tif")]) == 2

    again = subprocess.run(arguments, env=environment, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stdout + again.stderr
    assert key not in again.stdout + again.stderr
    answer = json.loads(again.stdout)
    results, told = answer["results"], answer["log"]["info"]
    assert [line.split(":")[0] for line in told if "(already downloaded, free)" in line] == [
        days[0],
        days[1],
    ]
    cost = results["CREDITS_SPENT"]
    assert len(results["OUTPUT_LAYERS"]) == 3 and cost == processing_cost(emulator, key) > 0
    complete_files_only(folder, 3)  # the stale .part of the killed process is gone
    assert [proxy.requests_for(day) for day in days] == [1, 1, 2]  # nothing bought twice
    assert settled_units(emulator, key) == pytest.approx(100 - 3 * cost)

"""Fixtures of the resilience matrix on the QGIS side: a quick network, the per-date fault
proxy, and one two-date batch ready to download in the dock or in clearsky:download."""

from __future__ import annotations

import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, clearsky_provider, run, use_server
from dock_fixtures import WAIT_MS, search, tick
from fault_servers import DateFaultProxy
from installed_plugin import build_plugin_zip, install_profile
from qgis.core import QgsNetworkAccessManager
from resilience_checks import use_up_included_downloads
from world import DEMO_AOI

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.store import CorruptFileError
from clearsky_vision.ui.date_list import STATUS

EXTENT = "9.50,9.56,55.60,55.63 [EPSG:4326]"  # DEMO_AOI
RESOLUTION, BANDS = 40, "rgb"
ERRORS = {cls.__name__: cls for cls in vars(errors).values() if isinstance(cls, type)}
ERRORS["CorruptFileError"] = CorruptFileError


@pytest.fixture(name="quick_network")
def quick_network_fixture(monkeypatch):
    """QGIS's network timeout at matrix.TIMEOUT and short waits between retries."""
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(int(matrix.TIMEOUT * 1000))
    monkeypatch.setenv("CLEARSKY_RETRY_MAX_WAIT", "0.05")
    yield
    QgsNetworkAccessManager.setTimeout(before)


@pytest.fixture(name="proxy")
def proxy_fixture(emulator):
    relay = DateFaultProxy(emulator.url)
    yield relay
    relay.close()


@pytest.fixture(name="batch_in_dock")
def batch_in_dock_fixture(open_dock, qtbot, emulator, proxy, monkeypatch, quick_network):
    """``batch_in_dock(**account)``: the dock, talking through the proxy, with the demo
    fields searched, coarse options, and the two matrix dates ticked. The key's included
    downloads of those dates are used up, so each date costs processing units."""

    def make(**account):
        opened = open_dock(**account)
        use_up_included_downloads(emulator.url, opened.key, matrix.FAULTY, matrix.CLEAN)
        monkeypatch.setenv("CLEARSKY_API_URL", proxy.url)
        ready_to_download(opened.dock, qtbot, matrix.FAULTY, matrix.CLEAN)
        return opened

    return make


def ready_to_download(dock, qtbot, *dates) -> None:
    """Coarse options, the demo fields (the canvas extent) searched, ``dates`` ticked."""
    dock.options_box.resolution.setCurrentIndex(dock.options_box.resolution.findData(RESOLUTION))
    dock.options_box.bands.setEditText(BANDS)
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    tick(dock, *dates)
    qtbot.waitUntil(lambda: dock.order_box.download_button.isEnabled(), timeout=WAIT_MS)


@pytest.fixture(scope="module", name="installed_profile")
def installed_profile_fixture(tmp_path_factory):
    """A QGIS profile with the plugin installed from its zip, for qgis_process runs."""
    plugin_zip = build_plugin_zip(tmp_path_factory.mktemp("dist"))
    return install_profile(plugin_zip, tmp_path_factory.mktemp("qgis-profile"))


def dock_statuses(dock) -> dict:
    """Each listed date's status cell (what the user reads in the dates list)."""
    return {row[0]: row[STATUS] for row in dock.dates_box.row_texts()}


@pytest.fixture(name="processing_key")
def processing_key_fixture(qgis_processing, emulator, new_key, monkeypatch, proxy, quick_network):
    """Our provider registered, and a fresh key (100 processing units, the matrix dates'
    included downloads used up) in the environment with the proxy as the server."""
    key = new_key(processing_units=100)
    use_up_included_downloads(emulator.url, key, matrix.FAULTY, matrix.CLEAN)
    use_server(monkeypatch, emulator, key)
    monkeypatch.setenv("CLEARSKY_API_URL", proxy.url)
    with clearsky_provider():
        yield key


def download_batch(folder, feedback=None, **parameters) -> dict:
    """clearsky:download of the two matrix dates over the demo fields."""
    return run(
        "clearsky:download",
        {
            "EXTENT": EXTENT,
            "DATES": f"{matrix.FAULTY},{matrix.CLEAN}",
            "RESOLUTION": str(RESOLUTION),
            "BANDS": BANDS,
            "OUTPUT_FOLDER": str(folder),
            **parameters,
        },
        feedback or RecordingFeedback(),
    )


def processing_cost(emulator, key: str) -> float:
    """Processing units per date of ``download_batch`` (the area's UTM zone, as Processing
    picks), both dates alike."""
    request = CompositeRequest(DEMO_AOI, matrix.FAULTY, RESOLUTION, BANDS, DEMO_AOI.utm_epsg())
    client = ClearSkyClient(emulator.url, key)
    cost = client.estimate(request).processing_units
    assert client.estimate(request.for_date(matrix.CLEAN)).processing_units == cost
    return cost

"""Secrets (issue 6): a recognisable key through the whole plugin, then every artefact a user,
a log or a file could show is searched for it; TLS stays verified; plain http is warned about."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import processing_history
import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, clearsky_provider, run
from dock_fixtures import WAIT_MS, download, open_dock_fixture, search, tick  # noqa: F401
from fault_servers import COMPOSITE
from installed_plugin import qgis_process
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
)
from resilience_fixtures import (  # noqa: F401
    EXTENT,
    installed_profile_fixture,
    quick_network_fixture,
)

from clearsky_vision.core.api.config import Settings, network_options, store_key
from clearsky_vision.core.api.transport import Transport

SECRET = "SECRET-KEY-7f3a9c1e"
LEVELS = (Qgis.MessageLevel.Info, Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)


@pytest.fixture
def message_log():
    """Every message QGIS's Log Messages panel receives meanwhile."""
    received: list[str] = []

    def keep(message, tag, _level) -> None:
        received.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def files_holding(folder: Path, secret: str) -> list[str]:
    """Every file under ``folder`` whose bytes hold ``secret`` (zip members included)."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                data += b"".join(archive.read(name) for name in archive.namelist())
        if secret.encode() in data:
            found.append(str(path))
    return found


def test_the_key_appears_in_no_artefact(
    qgis_processing,
    open_dock,
    qtbot,
    emulator,
    monkeypatch,
    caplog,
    message_log,
    installed_profile,
    tmp_path,
):
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included
    caplog.set_level(logging.DEBUG, logger="clearsky_vision")  # the plugin sets it to INFO
    emulator.add_key(SECRET, processing_units=1000)
    seen: list[str] = []

    # The dock, with the key typed into the settings (kept in the authentication database).
    opened = open_dock(through="settings")
    dock = opened.dock
    settings = Settings.load()
    settings.auth_config_id = store_key(SECRET, settings.auth_config_id)
    settings.save()
    dock.settings_changed()
    units = dock.account_box.labels["processing_units"]
    qtbot.waitUntil(lambda: units.text() == "1,000.00 PU", timeout=WAIT_MS)
    dock.options_box.resolution.setCurrentIndex(dock.options_box.resolution.findData(40))
    dock.aoi_box.use_canvas_extent()
    # A retried fault (logged to QGIS's log panel) and a failed date (in the message bar).
    emulator.add_fault(SECRET, "http_500", times=1, path=f"{COMPOSITE}/estimate")
    search(dock, qtbot)
    emulator.add_fault(SECRET, "validation_error", times=1, path=COMPOSITE)
    tick(dock, matrix.FAULTY, matrix.CLEAN)
    download(dock, qtbot)
    layers = list(QgsProject.instance().mapLayers().values())  # the dock's orders layer too
    rasters = [layer for layer in layers if isinstance(layer, QgsRasterLayer)]
    assert len(rasters) == 1  # the other date failed, as it should
    seen += [message for level in LEVELS for message in opened.messages(level)]
    seen += [layer.metadata().abstract() for layer in layers]
    project = tmp_path / "project"
    for suffix in (".qgs", ".qgz"):
        assert QgsProject.instance().write(str(project.with_suffix(suffix)))

    # Processing, with the key in the environment: a download and an index, then what the
    # Processing dialog writes to its history for such a run (processing.log up to QGIS 3.30,
    # the history database from 3.32 on: see processing_history.py).
    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", SECRET)
    feedback = RecordingFeedback()
    processed = tmp_path / "processing"
    parameters = {"EXTENT": EXTENT, "DATES": f"{matrix.CLEAN}", "OUTPUT_FOLDER": str(processed)}
    results = run("clearsky:download", parameters, feedback)  # the plugin's own provider
    index = {"INPUT": results["OUTPUT_LAYERS"][0], "INDEX": "NDVI"}
    run("clearsky:index", {**index, "OUTPUT": str(tmp_path / "ndvi.tif")}, feedback)
    for algorithm, used in (("clearsky:download", parameters), ("clearsky:index", index)):
        processing_history.record(algorithm, used)
    history = processing_history.text()
    assert "clearsky:download" in history
    seen += [feedback.text, history]

    # qgis_process, headless, with the key in the environment.
    headless = qgis_process(
        installed_profile,
        "--json",
        "run",
        "clearsky:download",
        "--",
        f"EXTENT={EXTENT}",
        f"DATES={matrix.CLEAN}",
        f"OUTPUT_FOLDER={tmp_path / 'headless'}",
        env={"CLEARSKY_API_URL": emulator.url, "CLEARSKY_API_KEY": SECRET},
    )
    seen += [headless.stdout, headless.stderr]

    seen += [caplog.text, *message_log]
    seen += [f"{e['path']}?{e['query']}" for e in emulator.request_log]
    assert len([e for e in emulator.request_log if e["key"] == SECRET]) > 10  # it was used
    assert [text for text in seen if SECRET in text] == []
    assert [m for m in message_log if "Retrying in" in m] and "POST /api/" in caplog.text
    assert ": The server rejected the request: Resolution:" in "\n".join(seen)
    # Files: the project (.qgs, and inside the .qgz), sidecars, outputs, both profiles.
    folders = [tmp_path, opened.folder, Path(QgsApplication.qgisSettingsDirPath())]
    assert [path for folder in folders for path in files_holding(folder, SECRET)] == []
    assert list(opened.folder.glob("*.clearsky.json")) and list(processed.glob("*.json"))


ODD_VALUES = ["", " ", "0", "false", "False", "no", "off", "/nonexistent/ca.pem"]


@pytest.mark.parametrize("value", ODD_VALUES)
def test_network_options_keep_tls_verification(value, monkeypatch, qgis_app):
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(name, value)
    options = network_options()
    assert options.verify is True or (isinstance(options.verify, str) and options.verify)
    session = Transport("https://api.clearsky.vision", "k", options).session()
    effective = session.merge_environment_settings(
        "https://api.clearsky.vision", {}, False, None, None
    )
    assert session.verify == options.verify and effective["verify"] not in (False, None, "")


INSECURE = "http://clearsky.invalid"  # .invalid never resolves (RFC 6761): fails at once
WARNING = (
    f"The base URL {INSECURE} is not encrypted (http://): your API key would be sent in clear "
    "text. Use https:// unless you trust every network in between."
)


@pytest.mark.parametrize("where", ["dock", "processing", "settings"])
def test_plain_http_is_warned_about_visibly(where, request, monkeypatch, quick_network):
    if where == "settings":
        from clearsky_vision.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings=Settings(base_url=INSECURE))
        assert dialog.url_warning.text() == WARNING and not dialog.url_warning.isHidden()
        dialog.base_url.setText("https://api.clearsky.vision")
        assert dialog.url_warning.isHidden()
        return
    if where == "processing":
        request.getfixturevalue("qgis_processing")
        monkeypatch.setenv("CLEARSKY_API_URL", INSECURE)
        monkeypatch.setenv("CLEARSKY_API_KEY", "k")
        feedback = RecordingFeedback()
        unreachable = pytest.raises(QgsProcessingException, match="Could not connect to")
        with clearsky_provider(), unreachable:
            run("clearsky:accountinfo", {}, feedback)
        assert feedback.warnings == [WARNING]
        return
    qtbot = request.getfixturevalue("qtbot")
    opened = request.getfixturevalue("open_dock")()  # the emulator on 127.0.0.1: no warning
    assert opened.messages(Qgis.MessageLevel.Warning) == []
    monkeypatch.setenv("CLEARSKY_API_URL", INSECURE)
    status = opened.dock.account_box.status
    for _ in range(2):
        opened.dock.account_box.refresh_button.click()
        qtbot.waitUntil(lambda: "Could not connect to" in status.text(), timeout=WAIT_MS)
    assert opened.messages(Qgis.MessageLevel.Warning) == [f"ClearSKY Vision:{WARNING}"]  # once

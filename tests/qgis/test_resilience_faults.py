"""The fault matrix through the dock and clearsky:download (issue 6): one date of a batch of
two meets the fault, the other completes; messages, files, credits and tries are checked."""

from __future__ import annotations

import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, run
from dock_fixtures import LEFT, WAIT_MS, download, open_dock_fixture  # noqa: F401
from fault_servers import COMPOSITE
from qgis.core import Qgis, QgsProcessingException
from resilience_checks import complete_files_only, composite_posts, settled_credits
from resilience_fixtures import (  # noqa: F401
    EXTENT,
    batch_in_dock_fixture,
    dock_statuses,
    download_batch,
    processing_cost,
    processing_key_fixture,
    proxy_fixture,
    quick_network_fixture,
)

from clearsky_vision.core.api.purchase import PurchasePlan

FAULTY, CLEAN = matrix.FAULTY.isoformat(), matrix.CLEAN.isoformat()
IDS = [case.id for case in matrix.FAULTS]
TITLE = "ClearSKY Vision:"


@pytest.mark.parametrize("case", matrix.FAULTS, ids=IDS)
def test_one_faulty_date_in_the_dock(case, batch_in_dock, proxy, emulator, qtbot):
    opened = batch_in_dock()
    dock = opened.dock
    cost = dock.plan.estimate.credits
    proxy.add_fault(FAULTY, case.fault, case.times, case.delay, case.value)
    download(dock, qtbot)

    statuses = dock_statuses(dock)
    assert statuses[CLEAN] == "added"
    critical = opened.messages(Qgis.MessageLevel.Critical)
    if case.error:
        assert statuses[FAULTY] not in ("added", "cancelled")
        assert [m for m in critical if m.startswith(f"{TITLE}{FAULTY}: {case.message}")]
        assert dock.order_box.status.text().startswith("1 date added (")
    else:
        assert statuses[FAULTY] == "added" and critical == []
    files = complete_files_only(opened.folder, 1 if case.error else 2)
    if case.value:
        assert "bashrc.tif" in files
        assert [p.name for p in opened.folder.parent.iterdir()] == [opened.folder.name]
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (case.requests, 1)
    assert len(composite_posts(emulator, opened.key)) == case.requests + 1  # the server agrees
    charged = 2 if case.charged else 1
    assert settled_credits(emulator, opened.key) == pytest.approx(10000 - charged * cost)


@pytest.mark.parametrize("case", matrix.FAULTS, ids=IDS)
def test_one_faulty_date_in_processing(case, processing_key, proxy, emulator, tmp_path):
    cost = processing_cost(emulator, processing_key)
    proxy.add_fault(FAULTY, case.fault, case.times, case.delay, case.value)
    feedback = RecordingFeedback()
    folder = tmp_path / "downloads"
    results = download_batch(folder, feedback)

    assert len(results["OUTPUT_LAYERS"]) == (1 if case.error else 2)
    if case.error:
        assert len(feedback.errors) == 1
        assert feedback.errors[0].startswith(f"{FAULTY}: {case.message}")
    else:
        assert feedback.errors == []
    assert results["CREDITS_SPENT"] == pytest.approx(cost * len(results["OUTPUT_LAYERS"]))
    files = complete_files_only(folder, 1 if case.error else 2)
    if case.value:
        assert "bashrc.tif" in files
        assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (case.requests, 1)
    assert len(composite_posts(emulator, processing_key)) == case.requests + 1
    charged = 2 if case.charged else 1
    assert settled_credits(emulator, processing_key) == pytest.approx(100 - charged * cost)


def test_key_revoked_mid_session_in_the_dock(batch_in_dock, emulator, qtbot):
    opened = batch_in_dock()
    emulator.add_fault(opened.key, "revoke_key", times=1, path=COMPOSITE)
    download(opened.dock, qtbot)
    statuses = dock_statuses(opened.dock)
    # The first date asked for is refused; the other is refused too, or never tried.
    assert sorted(statuses[day] for day in (FAULTY, CLEAN)) in (
        ["cancelled", "key refused"],
        ["key refused", "key refused"],
    )
    message = "Your API key was refused (401): check it in Raster > ClearSKY Vision > Settings."
    critical = opened.messages(Qgis.MessageLevel.Critical)
    assert len(critical) == 1 and critical[0].endswith(f": {message}")  # said once
    complete_files_only(opened.folder, 0)
    assert settled_credits(emulator, opened.key) == 10000


def test_key_revoked_mid_session_in_processing(processing_key, emulator, tmp_path):
    emulator.add_fault(processing_key, "revoke_key", times=1, path=COMPOSITE)
    with pytest.raises(QgsProcessingException) as caught:
        download_batch(tmp_path)
    assert str(caught.value) == (
        "None of the 2 downloads succeeded; first: Your API key was refused (401): check it "
        "in Raster > ClearSKY Vision > Settings."
    )
    complete_files_only(tmp_path, 0)
    assert settled_credits(emulator, processing_key) == 100


def test_credits_run_out_after_the_estimate_in_the_dock(batch_in_dock, emulator, qtbot):
    opened = batch_in_dock()
    dock = opened.dock
    plan: PurchasePlan = dock.ticked_plan()
    emulator.set_credits(opened.key, 1)  # spent elsewhere after the estimate was shown
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    expected = (
        f"Download refused: Not enough credits: 2 date(s) cost {plan.total_credits:g} credits, "
        "you have 1. Choose fewer dates, a smaller area, fewer bands or a coarser resolution, "
        "or top up your account."
    )
    warnings = lambda: opened.messages(Qgis.MessageLevel.Warning)  # noqa: E731
    qtbot.waitUntil(lambda: f"{TITLE}{expected}" in warnings(), timeout=WAIT_MS)
    assert dock.batch is None and not dock.order_box.download_button.isEnabled()
    assert composite_posts(emulator, opened.key) == []
    complete_files_only(opened.folder, 0)
    assert emulator.credits(opened.key) == 1


def test_credits_run_out_after_the_estimate_in_processing(processing_key, emulator, tmp_path):
    dates = f"{matrix.FAULTY},{matrix.CLEAN}"
    estimate = run("clearsky:estimate", {"EXTENT": EXTENT, "DATES": dates, "BANDS": "rgb"})
    assert estimate["CREDITS"] < 100
    emulator.set_credits(processing_key, 1)
    with pytest.raises(QgsProcessingException, match=r"^Not enough credits: 2 date\(s\) cost"):
        download_batch(tmp_path)
    assert composite_posts(emulator, processing_key) == []
    complete_files_only(tmp_path, 0)

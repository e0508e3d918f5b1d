"""The fault matrix through the dock and clearsky:download (issue 6): one date of a batch of
two meets the fault, the other completes; messages, files, processing units and tries are
checked. The key's included downloads of both dates are used up first (see the fixtures), so
every delivery costs processing units and a wrong charge shows in the balance."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
import resilience_matrix as matrix
from clearsky_processing import RecordingFeedback, run
from dock_fixtures import LEFT, WAIT_MS, download, open_dock_fixture  # noqa: F401
from fault_servers import COMPOSITE
from qgis.core import Qgis, QgsProcessingException
from resilience_checks import complete_files_only, composite_posts, settled_units
from resilience_fixtures import (  # noqa: F401
    BANDS,
    EXTENT,
    RESOLUTION,
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
KEY_REFUSED = (
    "Your API key was refused (401): check it in Raster > ClearSKY Vision > Settings (it may "
    "be wrong, revoked or expired, or lack the right for this call)."
)


@contextmanager
def charging(emulator, on_request: bool):
    """The emulator charges on request (before the fault) or, by default, on delivery."""
    emulator.charge_on_request = on_request
    try:
        yield
    finally:
        emulator.charge_on_request = False


@pytest.mark.parametrize("case", matrix.FAULTS, ids=IDS)
def test_one_faulty_date_in_the_dock(case, batch_in_dock, proxy, emulator, qtbot):
    opened = batch_in_dock()
    dock = opened.dock
    cost = dock.session.plan.units_of(matrix.FAULTY)
    assert cost > 0 and dock.session.plan.units_of(matrix.CLEAN) == cost
    posts = len(composite_posts(emulator, opened.key))
    proxy.add_fault(FAULTY, case.fault, case.times, case.delay, case.value)
    with charging(emulator, case.after_charge):
        download(dock, qtbot)
        settled_units(emulator, opened.key)

    statuses = dock_statuses(dock)
    assert statuses[CLEAN] == "Added"
    critical = opened.messages(Qgis.MessageLevel.Critical)
    if case.error:
        assert statuses[FAULTY] not in ("Added", "Cancelled")
        assert [m for m in critical if f":{FAULTY}: {case.message}" in m]
        assert dock.order_box.status.text().startswith(f"1 date added ({cost:g} processing units)")
    else:
        assert statuses[FAULTY] == "Added" and critical == []
        spent = round(2 * cost, 2)
        assert dock.order_box.status.text().startswith(
            f"2 dates added ({spent:g} processing units)"
        )
    question = dock.order_box.rerun_question
    assert dock.order_box.rerun_button.isVisibleTo(dock) == case.maybe_charged
    if case.maybe_charged:  # asked, never repeated on its own
        assert question.text() == (
            f"1 date(s) may have been charged although the download failed ({FAULTY}). "
            f"Download again? That costs about {cost:g} processing units more."
        )
        assert [
            m
            for m in critical
            if m.endswith(f"costs about {cost:g} processing units more: check your balance first.")
        ]
    files = complete_files_only(opened.folder, 1 if case.error else 2)
    if case.value:
        assert "bashrc.tif" in files
        assert [p.name for p in opened.folder.parent.iterdir()] == [opened.folder.name]
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (case.requests, 1)
    new_posts = composite_posts(emulator, opened.key)[posts:]
    assert len(new_posts) == case.requests + 1  # the server agrees
    charged = 2 if case.charged else 1
    assert settled_units(emulator, opened.key) == pytest.approx(10000 - charged * cost)


def test_the_dock_asks_before_downloading_a_charged_date_again(
    batch_in_dock, proxy, emulator, qtbot
):
    """A 500 after the server charged: the date fails, the dock asks, the user says yes and
    pays the date a second time (as the question said); nothing is repeated without asking."""
    opened = batch_in_dock()
    dock = opened.dock
    cost = dock.session.plan.units_of(matrix.FAULTY)
    proxy.add_fault(FAULTY, "http_500", 1)
    with charging(emulator, True):
        download(dock, qtbot)
        assert dock_statuses(dock)[FAULTY] == "Server error"
        assert settled_units(emulator, opened.key) == pytest.approx(10000 - 2 * cost)
    button = dock.order_box.rerun_button
    assert button.isVisibleTo(dock) and button.text() == f"Download again ({cost:g} PU)"
    with qtbot.waitSignal(dock.downloadsFinished, timeout=WAIT_MS):
        qtbot.mouseClick(button, LEFT)
    assert dock_statuses(dock)[FAULTY] == "Added"
    assert not button.isVisibleTo(dock)
    assert dock.order_box.status.text().startswith(f"1 date added ({cost:g} processing units)")
    complete_files_only(opened.folder, 2)
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (2, 1)
    assert settled_units(emulator, opened.key) == pytest.approx(10000 - 3 * cost)


@pytest.mark.parametrize("case", matrix.FAULTS, ids=IDS)
def test_one_faulty_date_in_processing(case, processing_key, proxy, emulator, tmp_path):
    cost = processing_cost(emulator, processing_key)
    assert cost > 0
    posts = len(composite_posts(emulator, processing_key))
    proxy.add_fault(FAULTY, case.fault, case.times, case.delay, case.value)
    feedback = RecordingFeedback()
    folder = tmp_path / "downloads"
    with charging(emulator, case.after_charge):
        results = download_batch(folder, feedback)
        settled_units(emulator, processing_key)

    assert len(results["OUTPUT_LAYERS"]) == (1 if case.error else 2)
    if case.error:
        assert len(feedback.errors) == 1
        assert feedback.errors[0].startswith(f"{FAULTY}: {case.message}")
        assert ("may have been charged" in feedback.errors[0]) == case.maybe_charged
    else:
        assert feedback.errors == []
    assert results["CREDITS_SPENT"] == pytest.approx(cost * len(results["OUTPUT_LAYERS"]))
    files = complete_files_only(folder, 1 if case.error else 2)
    if case.value:
        assert "bashrc.tif" in files
        assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (case.requests, 1)
    assert len(composite_posts(emulator, processing_key)[posts:]) == case.requests + 1
    charged = 2 if case.charged else 1
    assert settled_units(emulator, processing_key) == pytest.approx(100 - charged * cost)


def test_retry_paid_in_processing(processing_key, proxy, emulator, tmp_path):
    """RETRY_PAID: a date whose download failed after the server charged is downloaded once
    more at once, and paid twice; off (the default) it is reported, as the matrix rows show."""
    cost = processing_cost(emulator, processing_key)
    proxy.add_fault(FAULTY, "http_500", 1)
    feedback = RecordingFeedback()
    with charging(emulator, True):
        results = download_batch(tmp_path / "downloads", feedback, RETRY_PAID=True)
        settled_units(emulator, processing_key)
    assert len(results["OUTPUT_LAYERS"]) == 2 and feedback.errors == []
    complete_files_only(tmp_path / "downloads", 2)
    assert (proxy.requests_for(FAULTY), proxy.requests_for(CLEAN)) == (2, 1)
    assert settled_units(emulator, processing_key) == pytest.approx(100 - 3 * cost)


def test_key_revoked_mid_session_in_the_dock(batch_in_dock, emulator, qtbot):
    opened = batch_in_dock()
    emulator.add_fault(opened.key, "revoke_key", times=1, path=COMPOSITE)
    download(opened.dock, qtbot)
    statuses = dock_statuses(opened.dock)
    # The first date asked for is refused; the other is refused too, or never tried.
    assert sorted(statuses[day] for day in (FAULTY, CLEAN)) in (
        ["Cancelled", "Key refused"],
        ["Key refused", "Key refused"],
    )
    critical = opened.messages(Qgis.MessageLevel.Critical)
    assert len(critical) == 1 and critical[0].endswith(f": {KEY_REFUSED}")  # said once
    complete_files_only(opened.folder, 0)
    assert settled_units(emulator, opened.key) == 10000


def test_key_revoked_mid_session_in_processing(processing_key, emulator, tmp_path):
    emulator.add_fault(processing_key, "revoke_key", times=1, path=COMPOSITE)
    with pytest.raises(QgsProcessingException) as caught:
        download_batch(tmp_path)
    assert str(caught.value) == f"None of the 2 downloads succeeded; first: {KEY_REFUSED}"
    complete_files_only(tmp_path, 0)
    assert settled_units(emulator, processing_key) == 100


def test_units_run_out_after_the_estimate_in_the_dock(batch_in_dock, emulator, qtbot):
    opened = batch_in_dock()
    dock = opened.dock
    plan: PurchasePlan = dock.session.ticked(dock.dates_box.checked_dates())
    assert plan.total_units > 1  # both dates cost PU: their included downloads are used
    posts = composite_posts(emulator, opened.key)
    emulator.set_units(opened.key, 1)  # spent elsewhere after the estimate was shown
    qtbot.mouseClick(dock.order_box.download_button, LEFT)
    expected = (
        f"Download refused: Not enough processing units: 2 date(s) cost {plan.total_units:g} "
        "PU, you have 1. Choose fewer dates, a smaller area, fewer bands or a coarser "
        "resolution, or top up processing units."
    )
    warnings = lambda: opened.messages(Qgis.MessageLevel.Warning)  # noqa: E731
    qtbot.waitUntil(lambda: any(m.endswith(f":{expected}") for m in warnings()), timeout=WAIT_MS)
    assert not dock.session.busy and not dock.order_box.download_button.isEnabled()
    assert composite_posts(emulator, opened.key) == posts  # nothing asked for since
    complete_files_only(opened.folder, 0)
    assert emulator.units(opened.key) == 1


def test_units_run_out_after_the_estimate_in_processing(processing_key, emulator, tmp_path):
    dates = f"{matrix.FAULTY},{matrix.CLEAN}"
    parameters = {"EXTENT": EXTENT, "DATES": dates, "RESOLUTION": str(RESOLUTION), "BANDS": BANDS}
    estimate = run("clearsky:estimate", parameters)
    assert 1 < estimate["CREDITS"] < 100  # both dates cost PU: their included downloads are used
    posts = composite_posts(emulator, processing_key)
    emulator.set_units(processing_key, 1)
    expected = (
        f"Not enough processing units: 2 date(s) cost {estimate['CREDITS']:g} PU, you have 1. "
    )
    with pytest.raises(QgsProcessingException) as caught:
        download_batch(tmp_path)
    assert str(caught.value).startswith(expected)
    assert composite_posts(emulator, processing_key) == posts
    complete_files_only(tmp_path, 0)
    assert emulator.units(processing_key) == 1

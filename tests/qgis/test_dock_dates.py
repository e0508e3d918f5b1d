"""Dates and cost: the search list, ticking, options, the estimate and when Download refuses."""

from __future__ import annotations

import datetime as dt

import pytest
from dock_fixtures import (  # noqa: F401
    FIELDS,
    LEFT,
    WAIT_MS,
    download,
    open_dock_fixture,
    search,
    show_area,
    tick,
    wait_estimate,
)
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject
from world import BORDER_AOI, JUNE

from clearsky_vision.ui.date_list import COST, READY

JUNE_3, JUNE_5 = dt.date(2024, 6, 3), dt.date(2024, 6, 5)


@pytest.fixture
def fields(open_dock, qtbot):
    """The dock with the demo fields as the area and June searched."""
    opened = open_dock()
    opened.dock.aoi_box.use_canvas_extent()
    search(opened.dock, qtbot)
    return opened


def test_search_lists_every_date_with_its_coverage(fields, client):
    dock = fields.dock
    expected = client.search_dates(dock.aoi_box.aoi, *JUNE)
    rows = dock.dates_box.row_texts()
    assert [row[0] for row in rows] == [d.date.isoformat() for d in expected]
    assert {row[1] for row in rows} == {"full"}
    assert {row[READY] for row in rows} == {"ready"}  # under the key's demo order
    assert {row[COST] for row in rows} == {"0 (included)"}  # its first download is included
    assert dock.dates_box.status.text() == (
        f"{len(expected)} dates from 2024-06-01 to 2024-06-30 (all full). "
        "Tick the ones to download."
    )
    assert dock.dates_box.count_label.text() == f"0 of {len(expected)} ticked"
    assert dock.dates_box.items[JUNE_3].checkState(0) == 0  # nothing is ticked for the user


def test_partial_dates_say_how_many_zones_lack_them(open_dock, qtbot):
    opened = open_dock()
    show_area(opened.canvas, BORDER_AOI)
    opened.dock.aoi_box.use_canvas_extent()
    search(opened.dock, qtbot, dt.date(2024, 7, 10), dt.date(2024, 7, 14))
    rows = dict((row[0], row[1]) for row in opened.dock.dates_box.row_texts())
    assert rows["2024-07-14"] == "partial: 1 of 2 zones lack it"
    readiness = {row[0]: row[READY] for row in opened.dock.dates_box.row_texts()}
    assert readiness["2024-07-14"] == "partial" and readiness["2024-07-13"] == "ready"
    assert "partial" in opened.dock.dates_box.status.text()
    tick(opened.dock, dt.date(2024, 7, 14))
    assert opened.dock.order_box.note.text().startswith("Partial coverage on 2024-07-14: ")


def test_ticking_dates_totals_their_cost_and_the_balance_after(fields):
    dock = fields.dock
    rows = dock.dates_box.row_texts()
    assert dock.order_box.per_date.text() == "–"  # nothing ticked yet
    tick(dock, JUNE_3, JUNE_5)
    assert dock.order_box.area.text() == f"{dock.aoi_box.aoi.area_km2:,.2f} km²"
    assert dock.order_box.per_date.text().startswith("0 PU (the download included in your order)")
    assert dock.dates_box.count_label.text() == f"2 of {len(rows)} ticked"
    assert dock.order_box.total.text() == "0.00 PU for 2 date(s)"
    assert dock.order_box.balance.text() == "10,000.00 PU"
    assert dock.order_box.download_button.text() == "Download 2 date(s) (included in your order)"
    assert dock.order_box.download_button.isEnabled()
    dock.dates_box.all_button.click()
    assert dock.order_box.total.text().endswith(f"for {len(rows)} date(s)")
    dock.dates_box.none_button.click()
    assert dock.dates_box.count_label.text() == f"0 of {len(rows)} ticked"
    assert not dock.order_box.download_button.isEnabled()


def test_download_refused_when_processing_units_fall_short(open_dock, qtbot, emulator):
    opened = open_dock(processing_units=0)
    dock = opened.dock
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    tick(dock, JUNE_3)
    download(dock, qtbot)  # the order's included download: no PU needed
    wait_estimate(dock, qtbot)
    dock.options_box.bands.setEditText("rgb")  # a variant of a downloaded date costs PU
    qtbot.waitUntil(lambda: dock.order_box.refusal.isVisible(), timeout=WAIT_MS)
    refusal = dock.order_box.refusal.text()
    assert refusal.startswith("Not enough processing units: 1 date(s) cost ")
    assert "you have 0." in refusal
    costs = {row[0]: row[COST] for row in dock.dates_box.row_texts()}
    assert costs["2024-06-03"] not in ("0 (included)", "free")
    assert costs["2024-06-04"] == "0 (included)"
    assert not dock.order_box.download_button.isEnabled()
    assert dock.order_box.balance.text().startswith("-")
    dock.download()  # as if the button were pressed anyway
    warnings = opened.messages(Qgis.MessageLevel.Warning)
    assert warnings and warnings[-1].startswith(
        "ClearSKY Vision: Not enough processing units:Download refused: Not enough"
    )
    paid = [e for e in emulator.request_log if e["key"] == opened.key and e["charged"]]
    assert paid == []


def test_files_already_downloaded_are_free(fields, qtbot):
    dock = fields.dock
    tick(dock, JUNE_3)
    download(dock, qtbot)
    wait_estimate(dock, qtbot)
    costs = {row[0]: row[COST] for row in dock.dates_box.row_texts()}
    assert costs["2024-06-03"] == "free"
    assert costs["2024-06-04"] != "free"
    tip = dock.dates_box.items[JUNE_3].toolTip(COST)
    assert tip.startswith("Already downloaded with these options")
    tick(dock, JUNE_5)
    total = dock.order_box.total.text()
    assert total == "0.00 PU for 1 date(s); 1 already downloaded (free)"


def test_band_list_is_checked_as_the_user_types(fields, qtbot):
    dock = fields.dock
    tick(dock, JUNE_3)
    bands = dock.options_box.bands
    bands.setEditText("B4,B99")
    note = dock.options_box.bands_note.text()
    assert note.startswith("Unknown band 'B99'. Use B2, B3")
    qtbot.waitUntil(lambda: "Unknown band 'B99'" in dock.order_box.note.text(), timeout=WAIT_MS)
    assert not dock.order_box.download_button.isEnabled()
    bands.setEditText("B4,B3,B2,[B8_B4]")
    assert dock.options_box.bands_note.text() == "4 bands: B4, B3, B2, [B8_B4]"
    wait_estimate(dock, qtbot)
    assert dock.order_box.per_date.text().startswith("0 PU")


def test_more_bands_than_the_key_allows_are_refused(open_dock, qtbot):
    opened = open_dock(max_bands=4)
    dock = opened.dock
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot, estimate=False)
    assert dock.options_box.bands_note.text().endswith("Your key allows 4 bands.")
    tick(dock, JUNE_3)
    too_many = "10 bands requested, your key allows 4: choose fewer bands or index terms."
    qtbot.waitUntil(lambda: dock.order_box.note.text() == too_many, timeout=WAIT_MS)
    dock.download()
    assert dock.order_box.refusal.text() == too_many
    dock.options_box.bands.setEditText("rgb")
    wait_estimate(dock, qtbot)
    assert not dock.order_box.refusal.isVisible()
    assert dock.order_box.download_button.isEnabled()


def test_output_crs_utm_of_the_area(fields, qtbot):
    dock = fields.dock
    mode = dock.options_box.crs.mode
    assert mode.currentText() == "Project CRS (EPSG:3857)"
    mode.setCurrentIndex(mode.findData("UTM"))
    assert mode.currentText() == "UTM zone of the area (EPSG:32632)"
    wait_estimate(dock, qtbot)
    assert dock.session.plan.requests[0].epsg == 32632


def test_a_crs_without_epsg_code_is_refused_with_a_reason(fields, qtbot):
    dock = fields.dock
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=laea +lat_0=55 +lon_0=10 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    )
    QgsProject.instance().setCrs(custom)
    qtbot.waitUntil(lambda: "has no EPSG code" in dock.order_box.note.text(), timeout=WAIT_MS)
    assert "The project CRS" in dock.order_box.note.text()
    assert "choose an EPSG CRS, or the UTM zone of the area" in dock.order_box.note.text()


def test_search_needs_an_area_and_a_sane_range(open_dock):
    dock = open_dock().dock
    dock.dates_box.search_button.click()
    assert dock.dates_box.status.text().startswith("Choose an area first")
    dock.aoi_box.use_canvas_extent()
    dock.dates_box.set_date_range(dt.date(2024, 6, 30), dt.date(2024, 6, 1))
    dock.dates_box.search_button.click()
    assert dock.dates_box.status.text() == (
        "The start date 2024-06-30 is after the end date 2024-06-01: swap them."
    )


def test_default_range_is_the_last_30_days(open_dock):
    dock = open_dock().dock
    first, last = dock.dates_box.date_range()
    assert last == dt.date.today()
    assert (last - first).days == 30


def test_a_new_area_clears_the_old_dates(fields):
    dock = fields.dock
    assert dock.dates_box.items
    show_area(fields.canvas, FIELDS)
    dock.aoi_box.use_canvas_extent()
    assert dock.dates_box.items == {}
    assert dock.dates_box.status.text() == "Search for the dates over the area."
    assert dock.order_box.total.text() == "–"


def test_estimate_button_asks_again(fields, qtbot, emulator):
    dock = fields.dock
    tick(dock, JUNE_3)
    assert dock.order_box.download_button.isEnabled()
    emulator.set_units(fields.key, 5)
    qtbot.mouseClick(dock.order_box.estimate_button, LEFT)
    units = dock.account_box.labels["processing_units"]
    qtbot.waitUntil(lambda: units.text() == "5.00 PU", timeout=WAIT_MS)  # the estimate brought them
    wait_estimate(dock, qtbot)
    # The included download needs no units: a low balance never refuses it.
    assert not dock.order_box.refusal.isVisible()
    assert dock.order_box.download_button.isEnabled()


def test_a_missing_download_folder_is_explained(open_dock, qtbot, tmp_path):
    from clearsky_vision.core.api.config import Settings

    dock = open_dock().dock
    missing = tmp_path / "not-there"
    Settings(download_folder=str(missing)).save()
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot, estimate=False)
    expected = f"The download folder {missing} does not exist: create it or choose another"
    qtbot.waitUntil(lambda: expected in dock.order_box.note.text(), timeout=WAIT_MS)
    assert not missing.exists()


def test_the_default_download_folder_is_created(open_dock, qtbot, tmp_path, monkeypatch):
    from clearsky_vision.core.api.config import Settings

    dock = open_dock().dock
    default = tmp_path / "home" / "ClearSKY"
    monkeypatch.setattr(Settings, "download_folder", str(default))
    Settings(download_folder=str(default)).save()
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    assert default.is_dir()

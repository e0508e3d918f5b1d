"""The account section: what it shows for a key, and how it explains a refused or missing key."""

from __future__ import annotations

from dock_fixtures import LEFT, WAIT_MS, open_dock_fixture, search  # noqa: F401
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication


def account_texts(dock) -> dict[str, str]:
    """The rows the account box shows (fields the server did not send are hidden)."""
    return {
        name: label.text()
        for name, label in dock.account_box.labels.items()
        if not label.isHidden()
    }


def test_shows_the_keys_processing_units_euros_and_limits(open_dock):
    dock = open_dock(
        processing_units=1234.5,
        euro_balance=80,
        euro_overdraft_limit=25,
        max_connections=3,
        max_area_km2=250,
        max_bands=7,
    ).dock
    assert account_texts(dock) == {
        "processing_units": "1,234.50 PU",
        "euro_balance": "€80.00",
        "euro_overdraft_limit": "€25.00",
        "euro_balance_cap": "€100,000.00",
        "max_area_km2": "250 km²",
        "max_bands": "7",
        "max_connections": "3",
    }
    assert not dock.account_box.status.isVisible()
    form = dock.account_box.form
    assert form.labelForField(dock.account_box.labels["processing_units"]).text() == (
        "Processing units"
    )
    assert form.labelForField(dock.account_box.labels["current_month_costs"]).isHidden()


def test_an_account_without_any_balance_is_shown_without_failing(open_dock):
    from clearsky_vision.core.api.models import AccountInfo

    dock = open_dock().dock
    dock.account_box.show_account(AccountInfo())
    assert account_texts(dock) == {}
    dock.account_box.show_account(AccountInfo(max_bands=5, extra=(("FreeTrialDays", 14.0),)))
    assert account_texts(dock) == {"max_bands": "5"}
    assert dock.account_box.extra.text() == "FreeTrialDays: 14"


def test_key_from_the_authentication_database(open_dock, qtbot, emulator):
    """Settings hold the server and the auth config id only; the key comes from the auth DB."""
    opened = open_dock(through="settings", processing_units=77)
    dock = opened.dock
    assert account_texts(dock)["processing_units"] == "77.00 PU"
    stored = QgsSettings()
    values = [str(stored.value(k)) for k in stored.allKeys() if k.startswith("clearsky_vision")]
    assert emulator.url in values
    assert not any(opened.key in value for value in values)
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    assert dock.dates_box.items  # the whole flow works from the stored key too


def test_refused_key_explains_and_offers_the_settings(open_dock, qtbot, emulator, plugin):
    opened = open_dock()
    dock = opened.dock
    emulator.revoke_key(opened.key)
    qtbot.mouseClick(dock.account_box.refresh_button, LEFT)
    status = dock.account_box.status
    qtbot.waitUntil(lambda: "refused" in status.text(), timeout=WAIT_MS)
    assert status.text().startswith("Your API key was refused (401): ")
    assert "heck it in Raster &gt; ClearSKY Vision &gt; Settings" in status.text()
    assert "Open the ClearSKY settings" in status.text()
    assert "Traceback" not in status.text() and opened.key not in status.text()
    assert dock.account_box.labels["processing_units"].text() == "–"
    assert dock.account_box.refresh_button.isEnabled()

    shown = []

    def close_settings() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(dialog.windowTitle() if dialog else None)
        if dialog:
            dialog.reject()

    QTimer.singleShot(200, close_settings)
    status.linkActivated.emit("settings")
    assert shown == ["ClearSKY Vision settings"]


def test_missing_key_points_to_the_settings(open_dock):
    dock = open_dock(through="nothing", wait=False).dock
    text = dock.account_box.status.text()
    assert text.startswith("No API key: enter yours in")
    assert "Open the ClearSKY settings" in text


def test_account_is_refreshed_when_the_dock_opens_again(open_dock, plugin, emulator, qtbot):
    opened = open_dock(processing_units=300)
    plugin.dock_action.setChecked(False)
    emulator.set_units(opened.key, 123)
    plugin.dock_action.setChecked(True)
    units = opened.dock.account_box.labels["processing_units"]
    qtbot.waitUntil(lambda: units.text() == "123.00 PU", timeout=WAIT_MS)


def test_settings_dialog_stores_the_key_encrypted_and_sets_the_docks_defaults(
    open_dock, tmp_path, monkeypatch, emulator, new_key
):
    from clearsky_vision.core.api.config import Settings, read_key
    from clearsky_vision.ui.settings_dialog import SettingsDialog

    key = new_key()
    dialog = SettingsDialog(settings=Settings(download_folder=str(tmp_path)))
    dialog.base_url.setText(emulator.url)
    dialog.api_key.setText(key)
    dialog.resolution.setCurrentIndex(dialog.resolution.findData(20))
    dialog.bands.setText("B4, B3, B2")
    dialog.crs.mode.setCurrentIndex(dialog.crs.mode.findData("UTM"))
    dialog.accept()
    saved = Settings.load()
    assert (saved.default_resolution, saved.default_bands, saved.default_crs) == (
        20,
        "B4,B3,B2",
        "UTM",
    )
    assert read_key(saved.auth_config_id) == key
    stored = QgsSettings()
    assert not [k for k in stored.allKeys() if key in str(stored.value(k))]

    monkeypatch.delenv("CLEARSKY_API_URL", raising=False)
    monkeypatch.delenv("CLEARSKY_API_KEY", raising=False)
    from clearsky_vision.ui.options import OptionsBox

    options = OptionsBox(Settings.load())
    assert options.resolution.currentText() == "20 m"
    assert options.bands.currentText() == "B4,B3,B2"
    assert options.crs.mode.currentText().startswith("UTM zone of the area")


def test_the_dock_fits_its_panel_without_scrolling_sideways(open_dock, iface):
    from clearsky_vision.ui.dock import PREFERRED_WIDTH

    dock = open_dock().dock
    content = dock.widget().widget()
    assert content.minimumSizeHint().width() <= PREFERRED_WIDTH - 40  # room for a scrollbar
    assert iface.docks == [dock]

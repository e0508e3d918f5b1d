"""Loading and unloading the plugin: everything it adds, and nothing left behind."""

from __future__ import annotations

import logging

import pytest
from qgis.core import QgsApplication, QgsSettings

from clearsky_vision.core.api.i18n import tr
from clearsky_vision.core.qgs import tasks
from scripts.build_zip import compile_translations


def clearsky_algorithms():
    registry = QgsApplication.processingRegistry()
    return sorted(a.id() for a in registry.algorithms() if a.provider().id() == "clearsky")


def test_load_adds_menu_toolbar_provider(plugin, iface):
    texts = [a.text() for a in iface.menu_actions]
    assert texts == ["ClearSKY Vision", "Time series…", "Settings…"]
    assert [a.text() for a in iface.toolbar_actions] == ["ClearSKY Vision"]
    assert not iface.menu_actions[0].icon().isNull()
    provider = QgsApplication.processingRegistry().providerById("clearsky")
    assert provider is not None and provider.name() == "ClearSKY Vision"
    assert not provider.icon().isNull()
    assert "clearsky:accountinfo" in clearsky_algorithms()
    assert iface.docks == []  # the dock is built on first use, not at QGIS start-up


def test_dock_opens_from_its_action(plugin, iface, qtbot):
    plugin.dock_action.setChecked(True)
    assert len(iface.docks) == 1 and iface.docks[0].windowTitle() == "ClearSKY Vision"
    assert iface.docks[0].isVisible()
    plugin.dock_action.setChecked(False)
    assert not iface.docks[0].isVisible()


def test_time_series_panel_opens_from_its_action(plugin, iface):
    plugin.timeseries_action.setChecked(True)
    assert [d.windowTitle() for d in iface.docks] == ["ClearSKY time series"]
    assert iface.docks[0].isVisible()
    plugin.timeseries_action.setChecked(False)
    assert not iface.docks[0].isVisible()


def test_unload_leaves_nothing_behind(plugin, iface, qgis_canvas, qtbot):
    plugin.dock_action.setChecked(True)
    plugin.timeseries_action.setChecked(True)
    dock = iface.docks[0]
    handlers_before = list(logging.getLogger("clearsky_vision").handlers)
    plugin.unload()
    assert iface.menu_actions == [] and iface.toolbar_actions == [] and iface.docks == []
    assert QgsApplication.processingRegistry().providerById("clearsky") is None
    assert clearsky_algorithms() == []
    assert plugin.log_handler in handlers_before
    assert plugin.log_handler not in logging.getLogger("clearsky_vision").handlers
    tool = qgis_canvas.mapTool()
    assert tool is None or "clearsky" not in type(tool).__module__
    qtbot.waitUntil(lambda: not tasks.running(), timeout=10000)
    qtbot.waitUntil(lambda: _deleted(dock), timeout=5000)


def test_load_unload_twice(iface, qgis_new_project):
    import clearsky_vision

    for _ in range(2):
        loaded = clearsky_vision.classFactory(iface)
        loaded.initGui()
        loaded.unload()
    assert QgsApplication.processingRegistry().providerById("clearsky") is None
    assert iface.menu_actions == []


def _deleted(widget) -> bool:
    from qgis.PyQt import sip

    return sip.isdeleted(widget)


@pytest.fixture
def german_qgis():
    """QGIS set to German in its options (as Settings > Options > General does)."""
    compile_translations()  # the .qm files are build outputs
    settings = QgsSettings()
    before = {k: settings.value(k) for k in ("locale/userLocale", "locale/overrideFlag")}
    settings.setValue("locale/userLocale", "de_DE")
    settings.setValue("locale/overrideFlag", True)
    yield
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_the_plugin_speaks_the_language_qgis_is_set_to(german_qgis, iface, qgis_new_project):
    import clearsky_vision

    assert tr("Settings…") == "Settings…"
    loaded = clearsky_vision.classFactory(iface)  # de_DE: no such file, so the "de" one
    loaded.initGui()
    try:
        texts = [a.text() for a in iface.menu_actions]
        assert texts == ["ClearSKY Vision", "Zeitreihe…", "Einstellungen…"]
        assert tr("Search") == "Suchen"
    finally:
        loaded.unload()
    assert tr("Settings…") == "Settings…"  # unload took the translation away again

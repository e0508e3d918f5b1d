"""QGIS-side fixtures: an iface that records what the plugin adds, and a loaded plugin."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow

import clearsky_vision


class RecordingIface:
    """pytest-qgis's iface plus bookkeeping of menus, toolbars and docks, like QGIS keeps."""

    def __init__(self, iface) -> None:
        self._iface = iface
        self.window = QMainWindow()
        self.window.show()
        self.menu_actions: list = []
        self.toolbar_actions: list = []
        self.docks: list = []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def mainWindow(self):
        return self.window

    def addPluginToRasterMenu(self, _menu, action):
        self.menu_actions.append(action)

    def removePluginRasterMenu(self, _menu, action):
        self.menu_actions.remove(action)

    def addRasterToolBarIcon(self, action):
        self.toolbar_actions.append(action)

    def removeRasterToolBarIcon(self, action):
        self.toolbar_actions.remove(action)

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)
        self.docks.remove(dock)


@pytest.fixture(scope="session", autouse=True)
def isolated_qgis(qgis_app):
    """A master password for the test profile's authentication database.

    pytest-qgis already points QGIS at a throw-away profile in .qgis-settings/.
    """
    assert ".qgis-settings" in QgsApplication.qgisSettingsDirPath()
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("clearsky-tests", True)
    return qgis_app


@pytest.fixture(scope="session", autouse=True)
def private_settings_file(isolated_qgis):
    """This session's own QGIS settings file: what it saves never reaches another session."""
    from private_profile import private_settings

    with private_settings() as path:
        yield path


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_iface):
    """A real layer tree view on pytest-qgis's iface, which answers a MagicMock otherwise.

    From QGIS 3.44 on, Processing's result handling passes ``iface.layerTreeView()`` to
    ``QgsProcessingGuiUtils.addResultLayers``, which takes only a QgsLayerTreeView.
    """
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    return view


@pytest.fixture
def iface(qgis_iface):
    return RecordingIface(qgis_iface)


@pytest.fixture
def plugin(iface, qgis_new_project):
    loaded = clearsky_vision.classFactory(iface)
    loaded.initGui()
    yield loaded
    if loaded.actions:
        loaded.unload()

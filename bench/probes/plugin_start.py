"""Probe: start a plugin the way QGIS does (import, classFactory, initGui) in a fresh process.

    plugin_start.py clearsky   our plugin
    plugin_start.py minimal    a one-action plugin, the floor any plugin pays

Prints ELAPSED=<seconds> and HEAVY=<modules that were imported but should not have been>.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow

MINIMAL = """
from qgis.PyQt.QtWidgets import QAction

def classFactory(iface):
    return Minimal(iface)

class Minimal:
    def __init__(self, iface):
        self.iface = iface

    def initGui(self):
        self.action = QAction("Minimal", self.iface.mainWindow())
        self.iface.addPluginToRasterMenu("&Minimal", self.action)

    def unload(self):
        self.iface.removePluginRasterMenu("&Minimal", self.action)
"""
HEAVY = ("numpy", "osgeo.gdal_array", "requests", "clearsky_vision.core.api.client")


class Iface:
    """The part of QgisInterface a plugin's start-up touches."""

    def __init__(self) -> None:
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def addPluginToRasterMenu(self, _menu, action) -> None:
        self.window.menuBar().addAction(action)

    def removePluginRasterMenu(self, _menu, action) -> None:
        self.window.menuBar().removeAction(action)

    def addRasterToolBarIcon(self, action) -> None:
        self.window.addAction(action)

    def removeRasterToolBarIcon(self, action) -> None:
        self.window.removeAction(action)


def main(which: str) -> None:
    app = QgsApplication([], True)
    app.initQgis()
    iface = Iface()
    if which == "minimal":
        folder = Path(tempfile.mkdtemp())
        (folder / "minimal_plugin").mkdir()
        (folder / "minimal_plugin" / "__init__.py").write_text(MINIMAL)
        sys.path.insert(0, str(folder))
        name = "minimal_plugin"
    else:
        name = "clearsky_vision"
    already = set(sys.modules)
    started = time.perf_counter()
    package = __import__(name)
    plugin = package.classFactory(iface)
    plugin.initGui()
    elapsed = time.perf_counter() - started
    heavy = [m for m in HEAVY if m in sys.modules and m not in already]
    print(f"ELAPSED={elapsed:.4f}")
    print(f"HEAVY={','.join(heavy)}")
    print(f"HEAVY_COUNT={len(heavy)}")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1])

"""Wiring only: the actions, the dock and the Processing provider, and their removal."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .processing_provider.provider import ClearSkyProvider

PLUGIN_DIR = Path(__file__).resolve().parent
MENU = "&ClearSKY Vision"
LOG_TAG = "ClearSKY Vision"


def icon(name: str = "clearsky.svg") -> QIcon:
    return QIcon(str(PLUGIN_DIR / "icons" / name))


class MessageLogHandler(logging.Handler):
    """Sends the plugin's Python log records to QGIS's Log Messages panel."""

    LEVELS = (
        (logging.ERROR, Qgis.MessageLevel.Critical),
        (logging.WARNING, Qgis.MessageLevel.Warning),
    )

    def emit(self, record: logging.LogRecord) -> None:
        level = next((q for py, q in self.LEVELS if record.levelno >= py), Qgis.MessageLevel.Info)
        QgsMessageLog.logMessage(self.format(record), LOG_TAG, level)


class ClearSkyPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: ClearSkyProvider | None = None
        self.dock = None
        self.actions: list[QAction] = []
        self.log_handler = MessageLogHandler()
        self.logger = logging.getLogger("clearsky_vision")

    def initProcessing(self) -> None:
        self.provider = ClearSkyProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        from .core.qgs import network

        self.initProcessing()
        network.install()  # the plugin's requests show in QGIS's Network Logger
        self.logger.addHandler(self.log_handler)
        self.logger.setLevel(logging.INFO)
        window = self.iface.mainWindow()
        self.dock_action = QAction(icon(), "ClearSKY Vision", window)
        self.dock_action.setObjectName("clearskyDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip("Cloudless Sentinel-2 from ClearSKY Vision")
        self.dock_action.toggled.connect(self.show_dock)
        self.settings_action = QAction(icon("settings.svg"), "Settings…", window)
        self.settings_action.setObjectName("clearskySettingsAction")
        self.settings_action.triggered.connect(self.show_settings)
        for action in (self.dock_action, self.settings_action):
            self.iface.addPluginToRasterMenu(MENU, action)
            self.actions.append(action)
        self.iface.addRasterToolBarIcon(self.dock_action)

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginRasterMenu(MENU, action)
        self.iface.removeRasterToolBarIcon(self.dock_action)
        self.actions.clear()
        if self.dock is not None:
            self.dock.close_down()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self.logger.removeHandler(self.log_handler)
        from .core.qgs import network

        network.uninstall()

    def show_dock(self, visible: bool = True) -> None:
        # Built on first use: keeps QGIS start-up free of the dock's imports.
        if self.dock is None:
            if not visible:
                return
            from .ui.dock import ClearSkyDock

            self.dock = ClearSkyDock(self.iface, self.show_settings)
            self.dock.setToggleVisibilityAction(self.dock_action)
            self.iface.addDockWidget(self.dock.default_area(), self.dock)
            self.dock.fit_width(self.iface.mainWindow())
        self.dock.setVisible(visible)

    def show_settings(self) -> None:
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec() and self.dock is not None:
            self.dock.settings_changed()

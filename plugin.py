"""Wiring only: the actions, the dock and the Processing provider, and their removal."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.api.i18n import tr
from .processing_provider.provider import ClearSkyProvider

PLUGIN_DIR = Path(__file__).resolve().parent
I18N_DIR = PLUGIN_DIR / "i18n"
MENU = "&ClearSKY Vision"
LOG_TAG = "ClearSKY Vision"


def icon(name: str = "clearsky.svg") -> QIcon:
    return QIcon(str(PLUGIN_DIR / "icons" / name))


def user_locale() -> str:
    """The language QGIS shows: the one chosen in its options, else the system's."""
    settings = QgsSettings()
    chosen = settings.value("locale/userLocale", "", type=str)
    if settings.value("locale/overrideFlag", False, type=bool) and chosen:
        return chosen
    return QLocale().name()


def load_translator(locale: str) -> QTranslator | None:
    """The plugin's translation for ``locale`` ("de_AT", then "de"); None for English."""
    for name in dict.fromkeys((locale, locale.split("_")[0])):
        path = I18N_DIR / f"clearsky_vision_{name}.qm"
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            return translator
    return None


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
        self.timeseries = None
        self.actions: list[QAction] = []
        self.log_handler = MessageLogHandler()
        self.logger = logging.getLogger("clearsky_vision")
        # Installed before anything is built, so that the first texts are translated already
        # (qgis_process calls initProcessing without initGui).
        self.translator = load_translator(user_locale())
        if self.translator is not None:
            QCoreApplication.installTranslator(self.translator)

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
        self.dock_action.setToolTip(tr("Cloudless Sentinel-2 from ClearSKY Vision"))
        self.dock_action.toggled.connect(self.show_dock)
        self.settings_action = QAction(icon("settings.svg"), tr("Settings…"), window)
        self.settings_action.setObjectName("clearskySettingsAction")
        self.settings_action.triggered.connect(self.show_settings)
        self.timeseries_action = QAction(icon(), tr("Time series…"), window)
        self.timeseries_action.setObjectName("clearskyTimeSeriesAction")
        self.timeseries_action.setCheckable(True)
        self.timeseries_action.setToolTip(
            tr("Chart an index over the downloaded dates at a pixel or over a polygon")
        )
        self.timeseries_action.toggled.connect(self.show_timeseries)
        for action in (self.dock_action, self.timeseries_action, self.settings_action):
            self.iface.addPluginToRasterMenu(MENU, action)
            self.actions.append(action)
        self.iface.addRasterToolBarIcon(self.dock_action)

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginRasterMenu(MENU, action)
        self.iface.removeRasterToolBarIcon(self.dock_action)
        self.actions.clear()
        for panel in (self.timeseries, self.dock):
            if panel is not None:
                panel.close_down()
                self.iface.removeDockWidget(panel)
                panel.deleteLater()
        self.dock = self.timeseries = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self.logger.removeHandler(self.log_handler)
        from .core.qgs import network

        network.uninstall()
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

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

    def show_timeseries(self, visible: bool = True) -> None:
        if self.timeseries is None:
            if not visible:
                return
            from .ui.timeseries import TimeSeriesPanel

            self.timeseries = TimeSeriesPanel(
                self.iface, aoi=lambda: self.dock.aoi_box.aoi if self.dock else None
            )
            self.timeseries.setToggleVisibilityAction(self.timeseries_action)
            self.iface.addDockWidget(TimeSeriesPanel.default_area(), self.timeseries)
        self.timeseries.setVisible(visible)
        if visible:
            self.timeseries.raise_()

    def show_settings(self) -> None:
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec() and self.dock is not None:
            self.dock.settings_changed()

"""The ClearSKY Vision Processing provider (id ``clearsky``)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.version import plugin_version

ICON = Path(__file__).resolve().parent.parent / "icons" / "clearsky.svg"


class ClearSkyProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "clearsky"

    def name(self) -> str:
        return "ClearSKY Vision"

    def longName(self) -> str:
        return f"ClearSKY Vision {plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def versionInfo(self) -> str:
        return plugin_version()

    def loadAlgorithms(self) -> None:
        # Algorithm modules import only qgis.core: the client is loaded when one runs.
        from .account_info import AccountInfoAlgorithm

        for algorithm in (AccountInfoAlgorithm(),):
            self.addAlgorithm(algorithm)

"""The ClearSKY Vision Processing provider (id ``clearsky``)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.api.version import plugin_version

ICON = Path(__file__).resolve().parent.parent / "icons" / "clearsky.svg"
MODELS = Path(__file__).resolve().parent.parent / "models"


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
        from .download import DownloadAlgorithm
        from .download_tiles import DownloadTilesAlgorithm
        from .estimate import EstimateAlgorithm
        from .merge_rasters import MergeAlgorithm
        from .orders import (
            CancelOrderAlgorithm,
            OrderAlgorithm,
            OrderEstimateAlgorithm,
            OrdersAlgorithm,
            WaitOrderAlgorithm,
        )
        from .search_dates import SearchDatesAlgorithm
        from .search_tiles import SearchTilesAlgorithm
        from .spectral_index import IndexAlgorithm, IndexBatchAlgorithm
        from .tasking_models import ModelsAlgorithm

        for algorithm in (
            AccountInfoAlgorithm(),
            ModelsAlgorithm(),
            SearchTilesAlgorithm(),
            OrderEstimateAlgorithm(),
            OrderAlgorithm(),
            OrdersAlgorithm(),
            CancelOrderAlgorithm(),
            WaitOrderAlgorithm(),
            SearchDatesAlgorithm(),
            EstimateAlgorithm(),
            DownloadAlgorithm(),
            DownloadTilesAlgorithm(),
            MergeAlgorithm(),
            IndexAlgorithm(),
            IndexBatchAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
        self.load_models()

    def load_models(self) -> None:
        """The graphical models shipped in models/, offered in the toolbox like algorithms."""
        from qgis.core import QgsProcessingModelAlgorithm

        for path in sorted(MODELS.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)

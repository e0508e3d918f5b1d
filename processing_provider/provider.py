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
        from .timeseries import TimeSeriesAlgorithm

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
            TimeSeriesAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
        self.load_models()

    def load_models(self) -> None:
        """The graphical models shipped in models/, offered in the toolbox like algorithms."""
        from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            # While the registry adds this provider it cannot find our algorithms, so a model
            # loaded now has unresolved steps and drops the outputs they give (the time
            # series table): load everything again once the provider is in.
            registry.providerAdded.connect(self._reload_once_added)
        for path in sorted(MODELS.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)

    def _reload_once_added(self, provider_id: str) -> None:
        from qgis.core import QgsApplication

        registry = QgsApplication.processingRegistry()
        try:
            if provider_id != self.id() or registry.providerById(provider_id) is not self:
                return
            registry.providerAdded.disconnect(self._reload_once_added)
        except (RuntimeError, TypeError):  # this provider was deleted, or already disconnected
            return
        self.refreshAlgorithms()

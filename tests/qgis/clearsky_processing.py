"""Running the ClearSKY algorithms in-process as the Processing toolbox does."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
)

from clearsky_vision.processing_provider.provider import ClearSkyProvider


@pytest.fixture(scope="module")
def registered_provider(qgis_processing):
    """Our provider registered for a test module (use with pytest.mark.usefixtures)."""
    with clearsky_provider() as provider:
        yield provider


@contextmanager
def clearsky_provider():
    """Our provider registered in QGIS's Processing registry for the duration."""
    registry = QgsApplication.processingRegistry()
    provider = ClearSkyProvider()
    assert registry.addProvider(provider), "another clearsky provider is still registered"
    try:
        yield provider
    finally:
        registry.removeProvider(provider)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message and progress value an algorithm reports."""

    def __init__(self, cancel_at_progress: float | None = None) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.progress: list[float] = []
        self.cancel_at_progress = cancel_at_progress
        self.progressChanged.connect(self._progress)

    def _progress(self, value: float) -> None:
        self.progress.append(value)
        if self.cancel_at_progress is not None and value >= self.cancel_at_progress:
            self.cancel()

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error: str, fatal_error: bool = False) -> None:
        self.errors.append(error)
        super().reportError(error, fatal_error)

    @property
    def text(self) -> str:
        return "\n".join(self.infos + self.warnings + self.errors)


def run(algorithm: str, parameters: dict, feedback=None, load: bool = False) -> dict:
    """``processing.run``; with ``load``, results are loaded into the project as the GUI does
    (destination outputs marked to open, then Processing's own result handling)."""
    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults

    feedback = feedback or RecordingFeedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if load:
        definitions = QgsApplication.processingRegistry().algorithmById(algorithm)
        parameters = dict(parameters)
        for destination in definitions.destinationParameterDefinitions():
            value = parameters.get(destination.name())
            if isinstance(value, str) and destination.type() in ("rasterDestination", "sink"):
                project = QgsProject.instance()
                parameters[destination.name()] = QgsProcessingOutputLayerDefinition(value, project)
    on_finish = (lambda alg, ctx, fb: handleAlgorithmResults(alg, ctx, fb)) if load else None
    return processing.run(
        algorithm, parameters, onFinish=on_finish, feedback=feedback, context=context
    )


def use_server(monkeypatch, emulator, key: str) -> str:
    """Point the algorithms at the emulator, as CLEARSKY_API_URL / CLEARSKY_API_KEY do."""
    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", key)
    return key


def polygon_layer(*aois, crs: str = "EPSG:4326"):
    """A memory layer with one polygon feature per Aoi (given in lon/lat)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "areas", "memory")
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem(crs),
        QgsProject.instance(),
    )
    features = []
    for aoi in aois:
        geometry = QgsGeometry.fromWkt(aoi.wkt)
        geometry.transform(transform)
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def fresh_key(emulator, **account) -> str:
    """A new emulator key (``add_key`` keywords, e.g. ``demo_order=False``: no orders)."""
    import uuid

    key = f"processing-{uuid.uuid4().hex[:12]}"
    emulator.add_key(key, **account)
    return key

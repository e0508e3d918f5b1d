"""Post-processors: the layers the algorithms load when they finish are styled by
core.qgs.style on the main thread."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtCore import QCoreApplication, QThread, QTimer

# QGIS keeps only a C++ pointer to a post-processor: without a Python reference the
# object is collected before the layer is loaded (a known PyQGIS pitfall). Each one is kept
# until it has styled its layer, then let go on the next turn of the event loop (not inside
# postProcessLayer, which C++ is still running). A run whose layers are never loaded
# (processing.run from a script, qgis_process) keeps its few until QGIS exits.
_KEEP: set[QgsProcessingLayerPostProcessorInterface] = set()


def kept() -> int:
    """How many post-processors wait for their layer (for tests)."""
    return len(_KEEP)


def _release(style) -> None:
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        QTimer.singleShot(0, lambda: _KEEP.discard(style))


class CompositeStyle(QgsProcessingLayerPostProcessorInterface):
    """True colour (or an index ramp for index-only files), the date, the metadata."""

    def __init__(self, facts=()) -> None:
        super().__init__()
        self.facts = tuple(facts)

    def postProcessLayer(self, layer, context, feedback) -> None:
        from ..core.qgs.style import present_composite

        try:
            present_composite(layer, self.facts)
        finally:
            _release(self)


class IndexStyle(QgsProcessingLayerPostProcessorInterface):
    """The index's diverging ramp, date and metadata (core.qgs.index_style, as in the dock)."""

    def __init__(self, index, minimum: float | None = None, maximum: float | None = None) -> None:
        super().__init__()
        self.index = index
        self.values = (minimum, maximum)

    def postProcessLayer(self, layer, context, feedback) -> None:
        from ..core.qgs.index_style import style_index_layer

        try:
            style_index_layer(layer, self.index, *self.values)
        finally:
            _release(self)


def load_on_completion(context, path, name: str, output: str, style) -> None:
    """Load ``path`` into the project when the algorithm ends, styled by ``style``."""
    details = QgsProcessingContext.LayerDetails(name, context.project(), output)
    _keep(style)
    details.setPostProcessor(style)
    context.addLayerToLoadOnCompletion(str(path), details)


def style_when_loaded(context, path, style) -> None:
    """Style a destination parameter's output if Processing is going to load it."""
    if context.willLoadLayerOnCompletion(str(path)):
        _keep(style)
        context.layerToLoadOnCompletionDetails(str(path)).setPostProcessor(style)


def _keep(style) -> None:
    _KEEP.add(style)

"""Layers the algorithms load when they finish, styled by core.qgs.style on the main thread."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

# QGIS keeps only a C++ pointer to a post-processor: without a Python reference the
# object is collected before the layer is loaded (a known PyQGIS pitfall). They are tiny.
_KEEP: list[QgsProcessingLayerPostProcessorInterface] = []


class CompositeStyle(QgsProcessingLayerPostProcessorInterface):
    """True colour (or an index ramp for index-only files), the date, the metadata."""

    def __init__(self, facts=()) -> None:
        super().__init__()
        self.facts = tuple(facts)

    def postProcessLayer(self, layer, context, feedback) -> None:
        from ..core.qgs.style import present_composite

        present_composite(layer, self.facts)


class IndexStyle(QgsProcessingLayerPostProcessorInterface):
    """The index's diverging ramp, date and metadata (core.qgs.index_style, as in the dock)."""

    def __init__(self, index, minimum: float | None = None, maximum: float | None = None) -> None:
        super().__init__()
        self.index = index
        self.values = (minimum, maximum)

    def postProcessLayer(self, layer, context, feedback) -> None:
        from ..core.qgs.index_style import style_index_layer

        style_index_layer(layer, self.index, *self.values)


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
    _KEEP.append(style)

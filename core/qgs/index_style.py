"""How an index file looks in QGIS: its catalogue ramp, its date and where it comes from.

Shared by the Processing algorithms (when their outputs load) and the dock. Main thread.
"""

from __future__ import annotations

from qgis.core import QgsRasterLayer

from ..raster.catalogue import SpectralIndex
from ..raster.indices import IndexResult
from .style import RasterInfo, date_and_describe, style_index


def index_range(
    index: SpectralIndex, minimum: float | None = None, maximum: float | None = None
) -> tuple[float, float]:
    """The ramp's span: the catalogue's range, else (custom band math) the values found."""
    low, high = index.valid_range or (minimum, maximum)
    if low is None or high is None or low >= high:
        return (-1.0, 1.0)
    return (low, high)


def style_index_layer(
    layer: QgsRasterLayer,
    index: SpectralIndex,
    minimum: float | None = None,
    maximum: float | None = None,
) -> None:
    """The index's diverging ramp (nodata stays transparent), its date and its metadata."""
    style_index(layer, 1, index.ramp, *index_range(index, minimum, maximum))
    facts = [("Index", index.label), ("Formula", index.formula)]
    if index.reference:
        facts.append(("Reference", index.reference))
    date_and_describe(layer, RasterInfo.read(layer.source()), facts)


def load_index(result: IndexResult, name: str | None = None) -> QgsRasterLayer:
    """A styled layer for a computed index. Not added to a project."""
    layer = QgsRasterLayer(str(result.path), name or result.path.stem)
    style_index_layer(layer, result.index, result.minimum, result.maximum)
    return layer

"""How an index file looks in QGIS: its ramp, range and legend, its date and where it comes from.

Every date of one index gets the same look (``index_look``): one ramp, one fixed range and a
legend naming what the colours mean, so dates compare by eye. Shared by the Processing
algorithms (when their outputs load) and the dock. Main thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsColorRampLegendNodeSettings, QgsRasterLayer

from ..api.i18n import noop, tr
from ..raster.catalogue import CUSTOM, SpectralIndex
from ..raster.indices import IndexResult
from .style import RasterInfo, date_and_describe, style_index

# Band math has no natural range: this one until the user sets another (stated in the legend).
DEFAULT_CUSTOM_RANGE = (-1.0, 1.0)
# What the low, middle and high end of each ramp (core.qgs.style.RAMPS) mean on the ground.
MEANINGS = {
    "vegetation": (noop("water, bare soil"), noop("sparse vegetation"), noop("dense vegetation")),
    "water": (noop("vegetation, dry soil"), noop("bare soil, built-up"), noop("open water")),
    "moisture": (noop("dry, water stress"), noop("moderate"), noop("moist vegetation")),
    "burn": (noop("burnt"), noop("bare soil"), noop("healthy vegetation")),
    "built": (noop("water, vegetation"), noop("bare soil"), noop("built-up")),
}
CUSTOM_MEANINGS = (noop("low"), noop("middle"), noop("high"))


@dataclass(frozen=True)
class IndexLook:
    """One ramp over one fixed range, and what its low, middle and high colours mean."""

    ramp: str
    minimum: float
    maximum: float
    meanings: tuple[str, str, str]  # untranslated; ``labels`` translates them

    def labels(self) -> tuple[str, str, str]:
        """Legend texts of the three colour stops, e.g. ``-1 water, bare soil``."""
        middle = (self.minimum + self.maximum) / 2
        values = (self.minimum, middle, self.maximum)
        return tuple(f"{value:g} {tr(meaning)}" for value, meaning in zip(values, self.meanings))


def index_range(
    index: SpectralIndex, minimum: float | None = None, maximum: float | None = None
) -> tuple[float, float]:
    """The ramp's span: the catalogue's range, else (custom band math) the values given."""
    low, high = index.valid_range or (minimum, maximum)
    if low is None or high is None or low >= high:
        return DEFAULT_CUSTOM_RANGE
    return (low, high)


def index_look(
    index: SpectralIndex, minimum: float | None = None, maximum: float | None = None
) -> IndexLook:
    """The look every date of ``index`` shares; ``minimum``/``maximum`` set band math's range."""
    low, high = index_range(index, minimum, maximum)
    if index.key == CUSTOM or index.ramp not in MEANINGS:
        return IndexLook(index.ramp, low, high, CUSTOM_MEANINGS)
    return IndexLook(index.ramp, low, high, MEANINGS[index.ramp])


def apply_look(layer: QgsRasterLayer, look: IndexLook) -> None:
    """Band 1 on the look's ramp and fixed range (nodata transparent), a labelled legend."""
    style_index(layer, 1, look.ramp, look.minimum, look.maximum)
    function = layer.renderer().shader().rasterShaderFunction()
    items = function.colorRampItemList()
    for item, label in zip(items, look.labels()):
        item.label = label
    function.setColorRampItemList(items)
    # A new object: the shader takes ownership of it and deletes the one it had. Three
    # patches rather than QGIS's gradient, so all three meanings are shown.
    settings = QgsColorRampLegendNodeSettings()
    settings.setUseContinuousLegend(False)
    settings.setMinimumLabel(items[0].label)
    settings.setMaximumLabel(items[-1].label)
    function.setLegendSettings(settings)


def legend_facts(index: SpectralIndex, look: IndexLook) -> list[tuple[str, str]]:
    """What the layer's metadata records about the index and its colours."""
    facts = [("Index", index.label), ("Formula", index.formula)]
    if index.reference:
        facts.append(("Reference", index.reference))
    facts.append(("Colours", "; ".join(look.labels())))
    return facts


def style_index_layer(
    layer: QgsRasterLayer,
    index: SpectralIndex,
    minimum: float | None = None,
    maximum: float | None = None,
) -> None:
    """The index's ramp and legend (nodata stays transparent), its date and its metadata."""
    look = index_look(index, minimum, maximum)
    apply_look(layer, look)
    date_and_describe(layer, RasterInfo.read(layer.source()), legend_facts(index, look))


def load_index(result: IndexResult, name: str | None = None) -> QgsRasterLayer:
    """A styled layer for a computed index. Not added to a project."""
    layer = QgsRasterLayer(str(result.path), name or result.path.stem)
    style_index_layer(layer, result.index, result.minimum, result.maximum)
    return layer

"""How our rasters look in QGIS: true colour, index ramps, time and metadata.

One fixed reflectance stretch is shared by every date so dates compare by eye (a per-layer
cumulative cut would make each date look equally bright). Runs on the main thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsColorRampShader,
    QgsContrastEnhancement,
    QgsDateTimeRange,
    QgsLayerMetadata,
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
    QgsRasterMinMaxOrigin,
    QgsRasterRange,
    QgsRasterShader,
    QgsSingleBandGrayRenderer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QDateTime, QTime
from qgis.PyQt.QtGui import QColor

from ..api.bands import INDEX_SCALE, NODATA, TRUE_COLOUR, index_term
from ..api.errors import InputError
from ..api.gdal_calls import open_raster
from ..api.i18n import tr
from ..raster.raster_io import band_ids, reflectance_scaling
from .enums import FIXED_TEMPORAL_RANGE, INTERPOLATED_RAMP, USER_DEFINED_LIMITS

# Reflectance shown from black to white: 0 .. 0.3 suits land in true colour. In DN that is
# 0 .. 3000 for DN / 10000, shifted by the file's ADD_OFFSET / QUANTIFICATION_VALUE if any.
REFLECTANCE_RANGE = (0.0, 0.3)
REFLECTANCE_STRETCH = (0, 3000)
UINT8_STRETCH = (0, 255)
UINT8_NODATA = 0
RAMPS = {
    # Diverging ramps: low -> middle -> high, chosen by what the index measures.
    "vegetation": ("#a6611a", "#f5f1d0", "#1a9641"),
    "water": ("#a6611a", "#f7f7f7", "#0571b0"),
    "moisture": ("#d7191c", "#ffffbf", "#2b83ba"),
    "burn": ("#7b3294", "#f7f7f7", "#008837"),
    "built": ("#1a9641", "#f7f7f7", "#d7191c"),
}


@dataclass(frozen=True)
class RasterInfo:
    """Band meaning, data type, tags and reflectance scaling of one of our files, read once.

    Band meaning comes from the request kept beside the file (its sidecar), then the band
    descriptions, then the Stratus ``all`` order; never from the descriptions alone.
    """

    bands: tuple[str, ...]
    data_type: str
    tags: dict
    scaling: tuple[float, float] = (0.0, 10000.0)  # reflectance = (DN + offset) / divisor

    @classmethod
    def read(cls, path: str | Path) -> RasterInfo:
        dataset = open_raster(str(path))
        if dataset is None:
            raise InputError(tr("{file} is not a raster GDAL can read.").format(file=path))
        names = tuple(
            name or f"Band {number}" for number, name in enumerate(band_ids(dataset, path), 1)
        )
        kind = gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType).lower()
        scaling = reflectance_scaling(dataset, 1)
        return cls(names, kind, dict(dataset.GetMetadata() or {}), scaling)

    def reflectance_stretch(self) -> tuple[float, float]:
        """DN limits of the shared true-colour stretch for this file."""
        offset, divisor = self.scaling
        low, high = REFLECTANCE_RANGE
        return round(low * divisor - offset, 6), round(high * divisor - offset, 6)

    def band_number(self, name: str) -> int | None:
        """1-based band number of ``name`` (case-insensitive), or None."""
        wanted = name.upper()
        for number, band in enumerate(self.bands, 1):
            if band.upper() == wanted:
                return number
        return None

    @property
    def image_date(self) -> dt.date | None:
        text = str(self.tags.get("IMAGE_DATE") or "")
        try:
            return dt.datetime.strptime(text[:8], "%Y%m%d").date()
        except ValueError:
            return None


def true_colour_bands(info: RasterInfo) -> tuple[int, int, int] | None:
    """Band numbers of B4, B3, B2 wherever they are in the file, if all three are there."""
    numbers = tuple(info.band_number(name) for name in TRUE_COLOUR)
    return numbers if all(numbers) else None  # type: ignore[return-value]


def style_composite(layer: QgsRasterLayer, info: RasterInfo | None = None) -> str:
    """True colour when B4/B3/B2 are present, else an index ramp or grey; returns which."""
    info = info or RasterInfo.read(layer.source())
    set_nodata(layer, info)
    bands = true_colour_bands(info)
    index_band = next((n for n, name in enumerate(info.bands, 1) if index_term(name)), None)
    provider = layer.dataProvider()
    if bands:
        renderer = QgsMultiBandColorRenderer(provider, *bands)
        low, high = UINT8_STRETCH if info.data_type == "byte" else info.reflectance_stretch()
        for number, setter in zip(
            bands,
            (
                renderer.setRedContrastEnhancement,
                renderer.setGreenContrastEnhancement,
                renderer.setBlueContrastEnhancement,
            ),
        ):
            setter(_stretch(provider.dataType(number), low, high))
        renderer.setMinMaxOrigin(_fixed_origin())
        layer.setRenderer(renderer)
        kind = "true colour"
    elif index_band:
        # Server-side index bands hold the ratio x 32767.
        style_index(layer, index_band, "vegetation", scale=INDEX_SCALE)
        kind = "index"
    else:
        renderer = QgsSingleBandGrayRenderer(provider, 1)
        renderer.setContrastEnhancement(_stretch(provider.dataType(1), *info.reflectance_stretch()))
        renderer.setMinMaxOrigin(_fixed_origin())
        layer.setRenderer(renderer)
        kind = "grey"
    layer.triggerRepaint()
    return kind


def set_nodata(layer: QgsRasterLayer, info: RasterInfo) -> None:
    """Make nodata transparent even when a file lacks the tag (-32768, or 0 for uint8)."""
    provider = layer.dataProvider()
    value = UINT8_NODATA if info.data_type == "byte" else NODATA
    for band in range(1, provider.bandCount() + 1):
        provider.setUseSourceNoDataValue(band, True)
        if not provider.sourceHasNoDataValue(band):
            provider.setUserNoDataValue(band, [QgsRasterRange(value, value)])


def _fixed_origin() -> QgsRasterMinMaxOrigin:
    # "User defined" limits: QGIS never recomputes them per layer or per canvas extent,
    # which would undo the shared stretch that lets dates compare by eye.
    origin = QgsRasterMinMaxOrigin()
    origin.setLimits(USER_DEFINED_LIMITS)
    return origin


def _stretch(data_type, low: float, high: float) -> QgsContrastEnhancement:
    enhancement = QgsContrastEnhancement(data_type)
    enhancement.setContrastEnhancementAlgorithm(
        QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum
    )
    enhancement.setMinimumValue(low)
    enhancement.setMaximumValue(high)
    return enhancement


def style_index(
    layer: QgsRasterLayer,
    band: int = 1,
    ramp: str = "vegetation",
    minimum: float = -1.0,
    maximum: float = 1.0,
    scale: float = 1.0,
) -> None:
    """A diverging colour ramp from ``minimum`` to ``maximum`` (index units)."""
    low, middle, high = (QColor(c) for c in RAMPS.get(ramp, RAMPS["vegetation"]))
    centre = (minimum + maximum) / 2
    items = [
        QgsColorRampShader.ColorRampItem(value * scale, colour, f"{value:g}")
        for value, colour in ((minimum, low), (centre, middle), (maximum, high))
    ]
    shader_function = QgsColorRampShader(minimum * scale, maximum * scale)
    shader_function.setColorRampType(INTERPOLATED_RAMP)
    shader_function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(minimum * scale)
    renderer.setClassificationMax(maximum * scale)
    renderer.setMinMaxOrigin(_fixed_origin())
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def set_date(layer: QgsRasterLayer, date: dt.date) -> None:
    """Make the Temporal Controller show ``layer`` during its whole day."""
    start = QDateTime(date, QTime(0, 0, 0))
    properties = layer.temporalProperties()
    properties.setIsActive(True)
    properties.setMode(FIXED_TEMPORAL_RANGE)
    properties.setFixedTemporalRange(QgsDateTimeRange(start, start.addDays(1), True, False))


def describe(layer: QgsRasterLayer, info: RasterInfo, facts: Sequence[tuple[str, str]]) -> None:
    """Layer metadata: title, the image tags and the request facts (never the key)."""
    metadata = QgsLayerMetadata(layer.metadata())
    lines = [f"{name}: {value}" for name, value in facts]
    for tag in ("IMAGE_DATE", "MODEL_VERSION", "IMAGE_VERSION"):
        if info.tags.get(tag):
            lines.append(f"{tag}: {info.tags[tag]}")
    metadata.setTitle(layer.name())
    metadata.setAbstract(tr("ClearSKY Vision cloudless Sentinel-2") + "\n" + "\n".join(lines))
    metadata.setKeywords({"ClearSKY Vision": ["Sentinel-2", "cloudless", *info.bands]})
    layer.setMetadata(metadata)


def date_and_describe(
    layer: QgsRasterLayer, info: RasterInfo, facts: Sequence[tuple[str, str]]
) -> None:
    """Put the layer on its IMAGE_DATE in the Temporal Controller and fill its metadata."""
    if info.image_date:
        set_date(layer, info.image_date)
    describe(layer, info, facts)


def present_composite(
    layer: QgsRasterLayer, facts: Sequence[tuple[str, str]] = (), info: RasterInfo | None = None
) -> None:
    """Style, date and describe a layer of one of our files (the dock and Processing)."""
    info = info or RasterInfo.read(layer.source())
    style_composite(layer, info)
    date_and_describe(layer, info, facts)


def load_composite(
    path: str | Path, name: str | None = None, facts: Sequence[tuple[str, str]] = ()
) -> QgsRasterLayer:
    """A raster layer for one of our files: styled, dated, described. Not added to a project."""
    info = RasterInfo.read(path)
    date = info.image_date
    layer = QgsRasterLayer(str(path), name or (date.isoformat() if date else Path(path).stem))
    present_composite(layer, facts, info)
    return layer

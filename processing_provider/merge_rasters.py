"""clearsky:merge: several downloaded files into one VRT or Cloud Optimized GeoTIFF."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
)

from ..core.api.i18n import noop, tr
from .base import ClearSkyAlgorithm
from .parameters import RASTER, add
from .post_processors import CompositeStyle, style_when_loaded
from .spectral_index import raster_path, written_where

INPUT = "INPUT"
CRS = "CRS"
OUTPUT = "OUTPUT"
CLOUD_OPTIMIZED = "CLOUD_OPTIMIZED"


class MergeAlgorithm(ClearSkyAlgorithm):
    NAME = "merge"
    DISPLAY = noop("Merge downloaded files")
    GROUP = noop("Analysis")
    HELP = (
        noop(
            "Merges several downloaded files (tiles of one date, neighbouring areas) into one "
            "raster. Name the output .vrt for a virtual raster made at once (it reads the input "
            "files, which must stay where they are), or .tif for a Cloud Optimized GeoTIFF "
            "(tiled, compressed, with overviews; CLOUD_OPTIMIZED off: a plain tiled GeoTIFF, "
            "quicker to write). Other extensions are refused before anything is read."
        ),
        noop(
            "Nodata never covers data: where files overlap, a nodata pixel (-32768, or a file's "
            "own nodata) shows what the other file has. Files in another CRS are reprojected "
            "(nearest neighbour, keeping the delivered values) to CRS, by default the first "
            "file's CRS, at the finest resolution among the inputs. The files must share one "
            "band list (the same bands in the same order); band names and the IMAGE_DATE (when "
            "all files share it), MODEL_VERSION and IMAGE_VERSION tags are carried over."
        ),
    )

    def define(self) -> None:
        add(
            self,
            QgsProcessingParameterMultipleLayers(INPUT, tr("Files to merge"), RASTER),
            tr(
                "Downloaded GeoTIFFs with the same bands and data type, e.g. the tiles of one date."
            ),
        )
        add(
            self,
            QgsProcessingParameterCrs(
                CRS, tr("Target CRS (default: the first file's)"), optional=True
            ),
            tr(
                "The merged raster's CRS; files in another CRS are reprojected to it. "
                "Empty: the first file's CRS."
            ),
            advanced=True,
        )
        add(
            self,
            QgsProcessingParameterRasterDestination(OUTPUT, tr("Merged raster")),
            tr(
                "A .vrt (virtual raster reading the inputs) or a .tif (GeoTIFF); other "
                "extensions are refused."
            ),
        )
        add(
            self,
            QgsProcessingParameterBoolean(
                CLOUD_OPTIMIZED, tr("Cloud Optimized GeoTIFF for .tif"), True, optional=True
            ),
            tr(
                "Write a Cloud Optimized GeoTIFF (with overviews) for .tif outputs; off: a "
                "plain tiled GeoTIFF, quicker to write. Ignored for .vrt."
            ),
            advanced=True,
        )

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import InputError
        from ..core.raster.merge import merge, output_format

        layers = self.parameterAsLayerList(parameters, INPUT, context)
        if not layers:
            raise InputError(tr("No files to merge: choose downloaded rasters in INPUT."))
        sources = [raster_path(layer) for layer in layers]
        crs = self.parameterAsCrs(parameters, CRS, context)
        output = Path(self.parameterAsOutputLayer(parameters, OUTPUT, context))
        output_format(output)  # an unsupported extension is refused before any work
        result = merge(
            sources,
            output,
            crs.toWkt() if crs.isValid() else None,
            progress=lambda fraction: feedback.setProgress(100.0 * fraction),
            is_cancelled=feedback.isCanceled,
            cloud_optimized=self.parameterAsBoolean(parameters, CLOUD_OPTIMIZED, context),
        )
        feedback.pushInfo(
            tr(
                "{count} file(s) into {file}: {width} x {height} pixels of {size:g}, bands {bands}"
            ).format(
                count=len(sources),
                file=result.path.name,
                width=result.width,
                height=result.height,
                size=result.pixel_size[0],
                bands=", ".join(result.bands),
            )
        )
        written = written_where(result.path, output, feedback)
        merged_from = [(tr("Merged from"), ", ".join(s.name for s in sources))]
        style_when_loaded(context, written, CompositeStyle(merged_from))
        return {OUTPUT: str(written)}

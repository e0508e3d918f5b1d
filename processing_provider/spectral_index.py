"""clearsky:index and clearsky:indexbatch: spectral indices of our files."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core.raster.catalogue import CATALOGUE, CUSTOM
from . import parameters as p
from .base import ClearSkyAlgorithm
from .layers import IndexStyle, load_on_completion, style_when_loaded

INPUT = "INPUT"
INPUT_LAYERS = "INPUT_LAYERS"
INDEX = "INDEX"
EXPRESSION = "EXPRESSION"
OUTPUT = "OUTPUT"
STATISTICS = {"MEAN": "mean", "MINIMUM": "minimum", "MAXIMUM": "maximum"}


def _index_help() -> str:
    lines = [f"{index.key}: {index.name} = {index.formula}" for index in CATALOGUE.values()]
    references = [f"{index.key}: {index.reference}" for index in CATALOGUE.values()]
    return (
        "INDEX is one of:\n"
        + "\n".join(lines)
        + f"\n{CUSTOM}: the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4 + 0.5), or "
        "nd(B8, B5) for the normalized difference of any two bands. Band math knows band "
        "names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, "
        "sqrt, log, exp, min, max, nd.\n\n"
        "Bands are found by name in any ClearSKY Vision file (all bands, rgb or a custom "
        "list); reflectance is divided by 10000 and server-computed index bands by 32767. A "
        "pixel is nodata (-9999) where an input band is nodata or the result is undefined "
        "(division by zero). The file is processed block by block, so memory stays small "
        "whatever its size. Output: float32 GeoTIFF, styled on load with a diverging ramp "
        "suited to the index, on the source's date.\n\nReferences:\n" + "\n".join(references)
    )


def add_index_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            INDEX, "Index", [*CATALOGUE, CUSTOM], defaultValue="NDVI", usesStaticStrings=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            EXPRESSION, f"Band math (for {CUSTOM}), e.g. (B8 - B4) / (B8 + B4)", optional=True
        )
    )


def spectral_index(algorithm, parameters, context, feedback):
    """The chosen catalogue index, or the EXPRESSION when INDEX is CUSTOM."""
    from ..core.api.errors import InputError
    from ..core.raster.catalogue import custom_index, resolve_index

    key = algorithm.parameterAsEnumString(parameters, INDEX, context)
    expression = (algorithm.parameterAsString(parameters, EXPRESSION, context) or "").strip()
    if key == CUSTOM:
        if not expression:
            raise InputError(
                f"INDEX is {CUSTOM}: write the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4)."
            )
        return custom_index(expression)
    if expression:
        feedback.pushWarning(f"EXPRESSION is ignored: it is used only when INDEX is {CUSTOM}.")
    return resolve_index(key)


def raster_path(layer) -> Path:
    """The file behind a raster layer; the index reads files, not web services."""
    from ..core.api.errors import InputError

    if layer is None or layer.providerType() != "gdal":
        name = layer.name() if layer is not None else "The input"
        raise InputError(f"{name} is not a raster file: choose a downloaded GeoTIFF.")
    return Path(layer.source().split("|", 1)[0])


def compute(source: Path, index, output: Path, feedback):
    """The core computation with Processing's progress and cancel."""
    from ..core.raster.indices import compute_index

    return compute_index(
        source,
        index,
        output,
        progress=lambda fraction: feedback.setProgress(100.0 * fraction),
        is_cancelled=feedback.isCanceled,
    )


class IndexAlgorithm(ClearSkyAlgorithm):
    NAME = "index"
    DISPLAY = "Spectral index"
    GROUP = "Analysis"

    def shortHelpString(self) -> str:
        return "Computes a spectral index of one downloaded file.\n\n" + _index_help()

    def define(self) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(INPUT, "Downloaded file"))
        add_index_parameters(self)
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, "Index"))
        for name in STATISTICS:
            self.addOutput(QgsProcessingOutputNumber(name, f"{name.title()} over valid pixels"))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import InputError

        source = raster_path(self.parameterAsRasterLayer(parameters, INPUT, context))
        index = spectral_index(self, parameters, context, feedback)
        output = Path(self.parameterAsOutputLayer(parameters, OUTPUT, context))
        if output.suffix.lower() not in (".tif", ".tiff"):
            raise InputError(f"The index is written as GeoTIFF: name the output {output.stem}.tif.")
        feedback.pushInfo(f"{index.label} = {index.formula}")
        result = compute(source, index, output, feedback)
        feedback.pushInfo(_summary(result))
        written = written_where(result.path, output, feedback)
        style_when_loaded(context, written, IndexStyle(index, result.minimum, result.maximum))
        return {OUTPUT: str(written), **{n: getattr(result, a) for n, a in STATISTICS.items()}}


def written_where(written: Path, asked: Path, feedback) -> Path:
    """Where the result really is: beside ``asked`` when that file was held open (Windows)."""
    if Path(written) != Path(asked):
        feedback.pushWarning(
            f"{asked.name} is open in another program (QGIS keeps the files of its layers "
            f"open), so the result was written beside it as {Path(written).name}."
        )
    return Path(written)


class IndexBatchAlgorithm(ClearSkyAlgorithm):
    NAME = "indexbatch"
    DISPLAY = "Spectral index of several files"
    GROUP = "Analysis"

    def shortHelpString(self) -> str:
        return (
            "Computes the same spectral index of several downloaded files (e.g. every date "
            "of 'Download imagery', in a model) into the output folder, as "
            "<file name>_<INDEX>.tif. A file that fails is reported and the others go on.\n\n"
            + _index_help()
        )

    def define(self) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(INPUT_LAYERS, "Downloaded files", p.RASTER)
        )
        add_index_parameters(self)
        p.add_output_folder(self)
        self.addOutput(QgsProcessingOutputMultipleLayers(p.OUTPUT_LAYERS, "Index files"))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import CancelledError, ClearSkyError, InputError
        from ..core.raster.indices import index_output_path

        layers = self.parameterAsLayerList(parameters, INPUT_LAYERS, context)
        if not layers:
            raise InputError("No input files: choose downloaded rasters in INPUT_LAYERS.")
        index = spectral_index(self, parameters, context, feedback)
        folder = p.output_folder(self, parameters, context)
        written, errors = [], []
        for number, layer in enumerate(layers):
            step = _Scaled(feedback, number, len(layers))
            try:
                source = raster_path(layer)
                result = compute(source, index, index_output_path(source, index, folder), step)
            except CancelledError:
                raise
            except ClearSkyError as exc:
                errors.append(f"{layer.name()}: {exc}")  # the text only: no traceback kept
                feedback.reportError(errors[-1], False)
                continue
            feedback.pushInfo(f"{source.name}: {_summary(result)}")
            style = IndexStyle(index, result.minimum, result.maximum)
            load_on_completion(context, result.path, result.path.stem, p.OUTPUT_LAYERS, style)
            written.append(str(result.path))
        if errors and not written:
            raise ClearSkyError(f"No file could be indexed. {errors[0]}")
        return {p.OUTPUT_FOLDER: str(folder), p.OUTPUT_LAYERS: written}


class _Scaled:
    """One file's share of the progress bar, and the algorithm's cancel."""

    def __init__(self, feedback, number: int, count: int) -> None:
        self.feedback, self.number, self.count = feedback, number, count

    def setProgress(self, percent: float) -> None:
        self.feedback.setProgress((self.number * 100.0 + percent) / self.count)

    def isCanceled(self) -> bool:
        return self.feedback.isCanceled()


def _summary(result) -> str:
    if not result.valid_pixels:
        return f"{result.path.name}: no valid pixel (every pixel is nodata)"
    return (
        f"{result.path.name}: {result.valid_pixels} valid pixels, mean {result.mean:.4f}, "
        f"min {result.minimum:.4f}, max {result.maximum:.4f}"
    )

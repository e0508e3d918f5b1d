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

from ..core.api.i18n import noop, tr
from ..core.raster.catalogue import CATALOGUE, CUSTOM
from . import parameters as p
from .base import ClearSkyAlgorithm
from .post_processors import IndexStyle, load_on_completion, style_when_loaded

INPUT = "INPUT"
INPUT_LAYERS = "INPUT_LAYERS"
INDEX = "INDEX"
EXPRESSION = "EXPRESSION"
OUTPUT = "OUTPUT"
STATISTICS = {
    "MEAN": ("mean", noop("Mean over valid pixels")),
    "MINIMUM": ("minimum", noop("Minimum over valid pixels")),
    "MAXIMUM": ("maximum", noop("Maximum over valid pixels")),
}


def index_help(purpose: str) -> str:
    """The help of an index algorithm: ``purpose`` (translated), then the indices."""
    lines = [f"{index.key}: {index.title} = {index.formula}" for index in CATALOGUE.values()]
    references = [f"{index.key}: {index.reference}" for index in CATALOGUE.values()]
    custom = tr(
        "{custom}: the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4 + 0.5), or "
        "nd(B8, B5) for the normalized difference of any two bands. Band math knows band "
        "names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, "
        "sqrt, log, exp, min, max, nd."
    ).format(custom=CUSTOM)
    how = tr(
        "Bands are found by name in any ClearSKY Vision file (all bands, rgb or a custom "
        "list); reflectance is divided by 10000 and server-computed index bands by 32767. A "
        "pixel is nodata (-9999) where an input band is nodata or the result is undefined "
        "(division by zero). The file is processed block by block, so memory stays small "
        "whatever its size. Output: float32 GeoTIFF, styled on load with a diverging ramp "
        "suited to the index, on the source's date."
    )
    indices = "\n".join([tr("INDEX is one of:"), *lines, custom])
    cited = "\n".join([tr("References:"), *references])
    return "\n\n".join([purpose, indices, how, cited])


def add_index_parameters(algorithm) -> None:
    p.add(
        algorithm,
        QgsProcessingParameterEnum(
            INDEX,
            tr("Index"),
            [*CATALOGUE, CUSTOM],
            defaultValue="NDVI",
            usesStaticStrings=True,
        ),
        tr(
            "A spectral index of the catalogue (the algorithm's help lists each formula "
            "and its reference), or {custom} for the band math in EXPRESSION."
        ).format(custom=CUSTOM),
    )
    p.add(
        algorithm,
        QgsProcessingParameterString(
            EXPRESSION,
            tr("Band math (for {custom}), e.g. (B8 - B4) / (B8 + B4)").format(custom=CUSTOM),
            optional=True,
        ),
        tr(
            "Used only when INDEX is {custom}: band names (B2 ... B12, B8A), index bands "
            "like [B8_B4], numbers, + - * / ^ ( ) and abs, sqrt, log, exp, min, max, nd."
        ).format(custom=CUSTOM),
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
                tr(
                    "INDEX is {custom}: write the band math in EXPRESSION, e.g. "
                    "(B8 - B4) / (B8 + B4)."
                ).format(custom=CUSTOM)
            )
        return custom_index(expression)
    if expression:
        feedback.pushWarning(
            tr("EXPRESSION is ignored: it is used only when INDEX is {custom}.").format(
                custom=CUSTOM
            )
        )
    return resolve_index(key)


def raster_path(layer) -> Path:
    """The file behind a raster layer; the index reads files, not web services."""
    from ..core.api.errors import InputError

    if layer is None or layer.providerType() != "gdal":
        name = layer.name() if layer is not None else tr("The input")
        raise InputError(
            tr("{layer} is not a raster file: choose a downloaded GeoTIFF.").format(layer=name)
        )
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
    DISPLAY = noop("Spectral index")
    GROUP = noop("Analysis")

    def shortHelpString(self) -> str:
        return index_help(tr("Computes a spectral index of one downloaded file."))

    def define(self) -> None:
        p.add(
            self,
            QgsProcessingParameterRasterLayer(INPUT, tr("Downloaded file")),
            tr("A GeoTIFF downloaded from ClearSKY Vision (its bands are found by name)."),
        )
        add_index_parameters(self)
        p.add(
            self,
            QgsProcessingParameterRasterDestination(OUTPUT, tr("Index")),
            tr("The index as a float32 GeoTIFF (.tif), nodata -9999."),
        )
        for name, (_attribute, label) in STATISTICS.items():
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import InputError

        source = raster_path(self.parameterAsRasterLayer(parameters, INPUT, context))
        index = spectral_index(self, parameters, context, feedback)
        output = Path(self.parameterAsOutputLayer(parameters, OUTPUT, context))
        if output.suffix.lower() not in (".tif", ".tiff"):
            raise InputError(
                tr("The index is written as GeoTIFF: name the output {name}.tif.").format(
                    name=output.stem
                )
            )
        feedback.pushInfo(f"{index.label} = {index.formula}")
        result = compute(source, index, output, feedback)
        feedback.pushInfo(_summary(result))
        written = written_where(result.path, output, feedback)
        style_when_loaded(context, written, IndexStyle(index, result.minimum, result.maximum))
        statistics = {name: getattr(result, a) for name, (a, _label) in STATISTICS.items()}
        return {OUTPUT: str(written), **statistics}


def written_where(written: Path, asked: Path, feedback) -> Path:
    """Where the result really is: beside ``asked`` when that file was held open (Windows)."""
    if Path(written) != Path(asked):
        feedback.pushWarning(
            tr(
                "{asked} is open in another program (QGIS keeps the files of its layers "
                "open), so the result was written beside it as {written}."
            ).format(asked=asked.name, written=Path(written).name)
        )
    return Path(written)


class IndexBatchAlgorithm(ClearSkyAlgorithm):
    NAME = "indexbatch"
    DISPLAY = noop("Spectral index of several files")
    GROUP = noop("Analysis")

    def shortHelpString(self) -> str:
        return index_help(
            tr(
                "Computes the same spectral index of several downloaded files (e.g. every date "
                "of 'Download imagery', in a model) into the output folder, as "
                "<file name>_<INDEX>.tif. A file that fails is reported and the others go on."
            )
        )

    def define(self) -> None:
        p.add(
            self,
            QgsProcessingParameterMultipleLayers(INPUT_LAYERS, tr("Downloaded files"), p.RASTER),
            tr("GeoTIFFs downloaded from ClearSKY Vision, e.g. the OUTPUT_LAYERS of a download."),
        )
        add_index_parameters(self)
        p.add_output_folder(
            self,
            tr(
                "Where the index files go (created when missing), named "
                "<file name>_<INDEX>.tif; an existing file of that name is replaced."
            ),
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(p.OUTPUT_LAYERS, tr("Index files")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import CancelledError, ClearSkyError, InputError
        from ..core.raster.indices import index_output_path

        layers = self.parameterAsLayerList(parameters, INPUT_LAYERS, context)
        if not layers:
            raise InputError(tr("No input files: choose downloaded rasters in INPUT_LAYERS."))
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
            raise ClearSkyError(tr("No file could be indexed. {error}").format(error=errors[0]))
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
        return tr("{file}: no valid pixel (every pixel is nodata)").format(file=result.path.name)
    return tr(
        "{file}: {count} valid pixels, mean {mean:.4f}, min {minimum:.4f}, max {maximum:.4f}"
    ).format(
        file=result.path.name,
        count=result.valid_pixels,
        mean=result.mean,
        minimum=result.minimum,
        maximum=result.maximum,
    )

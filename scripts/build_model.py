"""Build the shipped models (models/*.model3) with the Processing model API.

The .model3 files are committed; run this again after changing a model here, so the files
stay reproducible rather than hand-edited: ``python scripts/build_model.py``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
MODEL_FILE = MODELS_DIR / "clearsky_ndvi_time_series.model3"
# Model ids have no spaces: qgis_process and scripts then need no quoting (the first model was
# "NDVI time series" until 2026-11; no shipped test or model refers to that id any more).
MODEL_NAME = "ndvi_time_series"
SERIES_OUTPUT = "ndvi_series"  # the model's table output: parameter time_series:ndvi_series
ORDER_MODEL_FILE = MODELS_DIR / "clearsky_order_ndvi_time_series.model3"
ORDER_MODEL_NAME = "order_ndvi_time_series"


def build_model():
    """The model: AOI + date range -> search dates -> download each date -> NDVI of each file
    -> the NDVI time series of the area (its mean per date)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
    )

    from clearsky_vision.processing_provider import parameters as p

    model = QgsProcessingModelAlgorithm(MODEL_NAME, "ClearSKY Vision")
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Searches the dates with imagery over the area between the start and end "
                "dates, downloads every fully covered date (all bands, 10 m, the area's UTM "
                "zone) into the output folder, computes the NDVI of each date beside it "
                "(<file>_NDVI.tif), and gives the NDVI time series of the area: a table with "
                "the mean NDVI of each AOI polygon on each date (feature_id, date, value, "
                "pixels; no value where the date is nodata there). For points or fields of "
                "your own, run 'Time series' (clearsky:timeseries) on the output folder "
                "afterwards. Costs credits: one composite per date; set MAX_CREDITS "
                "to cap the total (nothing is bought above it)."
            ),
            p.AOI: "Polygon layer of the area (selected features only is honoured).",
            p.START_DATE: "First date to search (inclusive).",
            p.END_DATE: "Last date to search (inclusive).",
            p.OUTPUT_FOLDER: "Folder for the downloads and their NDVI files.",
            p.MAX_CREDITS: "Optional: refuse the download when it would cost more than this.",
            f"time_series:{SERIES_OUTPUT}": "The mean NDVI of each AOI polygon on each date.",
        }
    )
    inputs = [
        _input_like(p.AOI, "clearsky:searchdates", "Area of interest (polygon layer)"),
        _input_like(p.START_DATE, "clearsky:searchdates", "Start date"),
        _input_like(p.END_DATE, "clearsky:searchdates", "End date"),
        QgsProcessingParameterFile(
            p.OUTPUT_FOLDER, "Output folder", QgsProcessingParameterFile.Behavior.Folder
        ),
        QgsProcessingParameterNumber(
            p.MAX_CREDITS,
            "Refuse if the download would cost more credits than",
            p.DOUBLE,
            optional=True,
            minValue=0,
        ),
    ]
    _add_inputs(model, inputs)

    def child(child_id, algorithm, x, sources):
        _add_child(model, child_id, algorithm, x, sources)

    param = QgsProcessingModelChildParameterSource.fromModelParameter
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    output = QgsProcessingModelChildParameterSource.fromChildOutput
    child(
        "search_dates",
        "clearsky:searchdates",
        420,
        {p.AOI: param(p.AOI), p.START_DATE: param(p.START_DATE), p.END_DATE: param(p.END_DATE)},
    )
    child(
        "download",
        "clearsky:download",
        700,
        {
            p.AOI: param(p.AOI),
            p.DATES: output("search_dates", p.DATES),
            p.RESOLUTION: static("10"),
            p.BANDS: static("all"),
            p.PIXEL_SELECTION: static("intersect"),
            p.MAX_CREDITS: param(p.MAX_CREDITS),
            p.OUTPUT_FOLDER: param(p.OUTPUT_FOLDER),
        },
    )
    child(
        "ndvi",
        "clearsky:indexbatch",
        980,
        {
            "INPUT_LAYERS": output("download", p.OUTPUT_LAYERS),
            "INDEX": static("NDVI"),
            p.OUTPUT_FOLDER: param(p.OUTPUT_FOLDER),
        },
    )
    series = QgsProcessingModelOutput(SERIES_OUTPUT, "NDVI time series of the area")
    series.setChildOutputName("OUTPUT")
    series.setDefaultValue("TEMPORARY_OUTPUT")
    _add_child(
        model,
        "time_series",
        "clearsky:timeseries",
        1260,
        {
            "INPUT": output("download", p.OUTPUT_LAYERS),
            "INDEX": static("NDVI"),
            "INPUT_FEATURES": param(p.AOI),
            "STATISTIC": static("mean"),
        },
        after="ndvi",
        outputs={SERIES_OUTPUT: series},
    )
    model.updateDestinationParameters()  # the model's own parameter for the table
    return model


def build_order_model():
    """AOI + period -> estimate -> order (MAX_EUR) -> wait -> download each date -> NDVI."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingParameterFile,
    )

    from clearsky_vision.processing_provider import parameters as p

    model = QgsProcessingModelAlgorithm(ORDER_MODEL_NAME, "ClearSKY Vision")
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Orders the area for the period (a fixed period: the order ends on the end "
                "date), waits until the order is produced, downloads every fully covered date "
                "(all bands, 10 m, the area's UTM zone) into the output folder and computes "
                "the NDVI of each date beside it (<file>_NDVI.tif). Costs euros: the order is "
                "estimated first and refused, with nothing ordered, above MAX_EUR. The order "
                "includes one download of each date, so the downloads cost no processing "
                "units the first time. Orders take hours to days to produce: when the wait "
                "times out the order goes on; run the model ndvi_time_series "
                "(clearsky:ndvi_time_series) over the area later."
            ),
            p.AOI: "Polygon layer of the area to order (selected features only is honoured).",
            p.START_DATE: "The order starts on the first of this date's month.",
            p.END_DATE: "Last date of the order (the order is not recurring).",
            p.MAX_EUR: "Refuse the order when it would cost more euros than this.",
            "TIMEOUT_MINUTES": "How long to wait for the order to be produced.",
            p.OUTPUT_FOLDER: "Folder for the downloads and their NDVI files.",
        }
    )
    end = _input_like(p.END_DATE, "clearsky:order", "Last date of the order")
    end.setFlags(end.flags() & ~_optional_flag())
    inputs = [
        _input_like(p.AOI, "clearsky:order", "Area of interest (polygon layer)"),
        _input_like(p.START_DATE, "clearsky:order", "First month"),
        end,
        _input_like(p.MAX_EUR, "clearsky:order", "Refuse if the order costs more than (EUR)"),
        _input_like("TIMEOUT_MINUTES", "clearsky:waitorder", "Wait for the order (minutes)"),
        QgsProcessingParameterFile(
            p.OUTPUT_FOLDER, "Output folder", QgsProcessingParameterFile.Behavior.Folder
        ),
    ]
    _add_inputs(model, inputs)
    param = QgsProcessingModelChildParameterSource.fromModelParameter
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    output = QgsProcessingModelChildParameterSource.fromChildOutput
    period = {
        p.AOI: param(p.AOI),
        p.START_DATE: param(p.START_DATE),
        p.END_DATE: param(p.END_DATE),
        p.IMAGE_FREQUENCY: static(1),
        p.STORAGE_MONTHS: static(1),
        p.API_REQUESTS: static(1),
    }
    _add_child(model, "estimate", "clearsky:orderestimate", 420, period)
    _add_child(
        model,
        "order",
        "clearsky:order",
        640,
        {**period, p.MAX_EUR: param(p.MAX_EUR)},
        after="estimate",
    )
    _add_child(
        model,
        "wait",
        "clearsky:waitorder",
        860,
        {p.ORDER_ID: output("order", p.ORDER_ID), "TIMEOUT_MINUTES": param("TIMEOUT_MINUTES")},
    )
    _add_child(
        model,
        "download",
        "clearsky:download",
        1080,
        {
            p.AOI: param(p.AOI),
            p.DATES: output("wait", p.DATES),
            p.RESOLUTION: static("10"),
            p.BANDS: static("all"),
            p.PIXEL_SELECTION: static("intersect"),
            p.ALLOW_PARTIAL: static(False),
            p.OUTPUT_FOLDER: param(p.OUTPUT_FOLDER),
        },
    )
    _add_child(
        model,
        "ndvi",
        "clearsky:indexbatch",
        1300,
        {
            "INPUT_LAYERS": output("download", p.OUTPUT_LAYERS),
            "INDEX": static("NDVI"),
            p.OUTPUT_FOLDER: param(p.OUTPUT_FOLDER),
        },
    )
    return model


def _optional_flag():
    from clearsky_vision.core.qgs.enums import enum_member

    return enum_member(
        "Qgis.ProcessingParameterFlag.Optional",
        "QgsProcessingParameterDefinition.Flag.FlagOptional",
    )


def _add_inputs(model, inputs) -> None:
    """The model's inputs, in this order, one above the other."""
    from qgis.core import QgsProcessingModelParameter
    from qgis.PyQt.QtCore import QPointF

    for row, definition in enumerate(inputs):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, 80 + 90 * row))
        model.addModelParameter(definition, component)
    model.setParameterOrder([definition.name() for definition in inputs])


def _add_child(
    model, child_id, algorithm, x, sources, after: str | None = None, outputs=None
) -> None:
    """A step running ``algorithm`` with these parameter sources (after another step), and
    the model ``outputs`` it gives (name -> QgsProcessingModelOutput)."""
    from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency
    from qgis.PyQt.QtCore import QPointF

    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    step.setDescription(child_id.replace("_", " ").capitalize())
    step.setPosition(QPointF(x, 260))
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    if after:
        step.setDependencies([QgsProcessingModelChildDependency(after)])
    if outputs:
        step.setModelOutputs(outputs)
    model.addChildAlgorithm(step)


def _input_like(name: str, algorithm_id: str, label: str):
    """A model input that is a copy of ``algorithm_id``'s parameter ``name``."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    definition = algorithm.parameterDefinition(name).clone()
    definition.setDescription(label)
    if name in ("START_DATE", "END_DATE", "REFERENCE_DATE"):
        definition.setDefaultValue(None)  # a model should not bake in the day it was built
    return definition


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--output-dir", type=Path, default=MODELS_DIR, help="where the .model3 files go"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed hash seed keeps Qt's XML attribute order, so a rebuild diffs only real changes.
    os.environ.setdefault("QT_HASH_SEED", "0")
    from qgis.core import QgsApplication

    from clearsky_vision.processing_provider.provider import ClearSkyProvider

    app = QgsApplication([], False)
    app.initQgis()
    provider = ClearSkyProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for file, build in ((MODEL_FILE, build_model), (ORDER_MODEL_FILE, build_order_model)):
        model = build()
        problems = [m for child in model.childAlgorithms() for m in _check(model, child)]
        if problems:
            raise SystemExit(f"The model {file.name} is not valid:\n" + "\n".join(problems))
        target = args.output_dir / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not model.toFile(str(target)):
            raise SystemExit(f"Could not write {target}")
        print(target)
    QgsApplication.processingRegistry().removeProvider(provider)


def _check(model, child_id) -> list[str]:
    ok, issues = model.validateChildAlgorithm(child_id)
    return [] if ok else [f"{child_id}: {issue}" for issue in issues]


if __name__ == "__main__":
    main()

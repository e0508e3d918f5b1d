"""Build models/clearsky_ndvi_time_series.model3 with the Processing model API.

The .model3 is committed; run this again after changing the model here, so the file stays
reproducible rather than hand-edited: ``python scripts/build_model.py``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILE = ROOT / "models" / "clearsky_ndvi_time_series.model3"
MODEL_NAME = "NDVI time series"


def build_model():
    """The model: AOI + date range -> search dates -> download each date -> NDVI of each file."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    from clearsky_vision.processing_provider import parameters as p

    model = QgsProcessingModelAlgorithm(MODEL_NAME, "ClearSKY Vision")
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Searches the dates with imagery over the area between the start and end "
                "dates, downloads every fully covered date (all bands, 10 m, the area's UTM "
                "zone) into the output folder, and computes the NDVI of each date beside it "
                "(<file>_NDVI.tif). Costs credits: one composite per date; set MAX_CREDITS "
                "to cap the total (nothing is bought above it)."
            ),
            p.AOI: "Polygon layer of the area (selected features only is honoured).",
            p.START_DATE: "First date to search (inclusive).",
            p.END_DATE: "Last date to search (inclusive).",
            p.OUTPUT_FOLDER: "Folder for the downloads and their NDVI files.",
            p.MAX_CREDITS: "Optional: refuse the download when it would cost more than this.",
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
    for row, definition in enumerate(inputs):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, 80 + 90 * row))
        model.addModelParameter(definition, component)
    model.setParameterOrder([definition.name() for definition in inputs])

    def child(child_id, algorithm, x, sources):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        step.setDescription(child_id.replace("_", " ").capitalize())
        step.setPosition(QPointF(x, 260))
        for name, source in sources.items():
            step.addParameterSources(name, [source])
        model.addChildAlgorithm(step)

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
    return model


def _input_like(name: str, algorithm_id: str, label: str):
    """A model input that is a copy of ``algorithm_id``'s parameter ``name``."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    definition = algorithm.parameterDefinition(name).clone()
    definition.setDescription(label)
    if name in ("START_DATE", "END_DATE"):
        definition.setDefaultValue(None)  # a model should not bake in the day it was built
    return definition


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
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
    model = build_model()
    problems = [message for child in model.childAlgorithms() for message in _check(model, child)]
    if problems:
        raise SystemExit("The model is not valid:\n" + "\n".join(problems))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(args.output)):
        raise SystemExit(f"Could not write {args.output}")
    print(args.output)
    QgsApplication.processingRegistry().removeProvider(provider)


def _check(model, child_id) -> list[str]:
    ok, issues = model.validateChildAlgorithm(child_id)
    return [] if ok else [f"{child_id}: {issue}" for issue in issues]


if __name__ == "__main__":
    main()

"""clearsky:models: the processing models the server offers and their satellite inputs."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm

OUTPUT = "OUTPUT"
MODELS = "MODELS"
FIELDS = ("MODEL", "CONSTELLATIONS", "OPTIONAL_CONSTELLATIONS")


class ModelsAlgorithm(ClearSkyAlgorithm):
    NAME = "models"
    DISPLAY = noop("List models")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "The processing models your key can order and download (Stratus2, Stratus2Fast, "
            "...) with the satellite constellations each requires and those it accepts as "
            "optional extras. Free."
        ),
        noop(
            "OUTPUT is a table: MODEL, CONSTELLATIONS (required, comma-separated) and "
            "OPTIONAL_CONSTELLATIONS. MODELS lists the model names, comma-separated: use one "
            "as the MODEL of 'Estimate order', 'Place order', 'Download imagery' or 'Download "
            "tiles'."
        ),
    )

    def define(self) -> None:
        p.add(
            self,
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Models"), p.TABLE),
            tr(
                "A table with one row per model: MODEL, CONSTELLATIONS (required) and "
                "OPTIONAL_CONSTELLATIONS."
            ),
        )
        self.addOutput(QgsProcessingOutputString(MODELS, tr("Model names")))

    def execute(self, parameters, context, feedback) -> dict:
        models = self.client(feedback).models()
        columns = [(name, "string") for name in FIELDS]
        destination, write = p.output_sink(
            self, parameters, context, OUTPUT, columns, wgs84_polygons=False
        )
        for model in models:
            attributes = [model.name, ",".join(model.required), ",".join(model.optional)]
            write(attributes)
            required = ", ".join(model.required)
            if model.optional:
                line = tr("{model}: {required} (optional: {optional})").format(
                    model=model.name, required=required, optional=", ".join(model.optional)
                )
            else:
                line = f"{model.name}: {required}"
            feedback.pushInfo(line)
        return {OUTPUT: destination, MODELS: ",".join(model.name for model in models)}

"""What a Processing model does, read through QGIS, for comparing two model files.

Each QGIS version serialises a model its own way (3.40 writes elements and attributes 3.22 does
not), so two files that behave the same need not have the same XML. Both files are loaded by
the running QGIS and compared by what they declare: inputs, steps, how each step's parameters
are fed, and outputs.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm


def _plain(value):
    """An enum or flags value as a plain int, whichever binding style this QGIS uses."""
    for convert in (int, lambda v: v.value):
        try:
            return convert(value)
        except (TypeError, ValueError, AttributeError):
            continue
    return str(value)


def _parameter(definition) -> dict:
    described = {
        # A model output's name is made by QGIS when the model is built ("child:output" up to
        # 3.3x, from its description later): the file's own name is what ships, whatever
        # version rebuilt it, so only what the output is counts here.
        "name": "(output)" if definition.isDestination() else definition.name(),
        "type": definition.type(),
        "description": definition.description(),
        "default": repr(definition.defaultValue()),
        "flags": _plain(definition.flags()),
        "help": definition.help(),
    }
    for getter in ("options", "minimum", "maximum", "dataType", "allowMultiple", "behavior"):
        if hasattr(definition, getter):
            described[getter] = repr(_plain(getattr(definition, getter)()))
    return described


def _source(source) -> tuple:
    return (
        _plain(source.source()),
        repr(source.staticValue()),
        source.parameterName(),
        source.outputChildId(),
        source.outputName(),
        source.expression(),
        source.expressionText(),
    )


def _child(child) -> dict:
    return {
        "algorithm": child.algorithmId(),
        "description": child.description(),
        "active": child.isActive(),
        "dependencies": sorted((d.childId, d.conditionalBranch) for d in child.dependencies()),
        "configuration": repr(sorted(child.configuration().items())),
        "parameters": {
            name: [_source(s) for s in sources]
            for name, sources in sorted(child.parameterSources().items())
        },
        "outputs": {
            name: (output.childOutputName(), output.description(), repr(output.defaultValue()))
            for name, output in sorted(child.modelOutputs().items())
        },
    }


def behaviour(path: Path) -> dict:
    """The model in ``path`` as plain data: equal for files that make the same model."""
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), f"QGIS cannot read the model {path}"
    return {
        "name": model.name(),
        "group": model.group(),
        "help": repr(sorted(model.helpContent().items())),
        "inputs": [_parameter(p) for p in model.parameterDefinitions()],
        "outputs": [(o.type(), o.description()) for o in model.outputDefinitions()],
        "steps": {
            child_id: _child(model.childAlgorithm(child_id))
            for child_id in sorted(model.childAlgorithms())
        },
    }


def failure_reasons(feedback, error: Exception) -> list[str]:
    """Why a model stopped, as the user is told: QGIS up to 3.3x reports the failing step's
    reason on the feedback and raises "Error encountered while running <step>"; newer QGIS
    reports nothing there and appends the reason to that error instead."""
    if feedback.errors:
        return list(feedback.errors)
    _step, _colon, reason = str(error).partition(": ")
    return [reason] if reason else []

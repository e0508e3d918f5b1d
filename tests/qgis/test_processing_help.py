"""Every parameter of every ClearSKY algorithm explains itself, and the rarely used ones wait
behind "Advanced parameters" (issue 11)."""

from __future__ import annotations

import pytest
from clearsky_processing import registered_provider
from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingParameterDefinition

from clearsky_vision.processing_provider.parameters import ADVANCED

pytestmark = pytest.mark.usefixtures(registered_provider.__name__)

# The parameters a first-time user can leave alone: defaults that fit most runs (model,
# CRS, pixel selection), safety nets for scripted runs (MAX_CREDITS, RETRY_PAID) and the
# fine print of an order. Orders keep MODEL in view: there the model is what is bought.
ADVANCED_PARAMETERS = {
    "accountinfo": set(),
    "models": set(),
    "searchtiles": set(),
    "orderestimate": {"REFERENCE_DATE", "STORAGE_MONTHS", "API_REQUESTS"},
    "order": {"REFERENCE_DATE", "STORAGE_MONTHS", "API_REQUESTS"},
    "orders": set(),
    "cancelorder": set(),
    "waitorder": set(),
    "searchdates": {"MODEL"},
    "estimate": {"CRS", "MODEL", "ALLOW_PARTIAL"},
    "download": {"CRS", "PIXEL_SELECTION", "MAX_CREDITS", "MODEL", "ALLOW_PARTIAL", "RETRY_PAID"},
    "downloadtiles": {"CRS", "MODEL", "ALLOW_PARTIAL", "MAX_CREDITS", "RETRY_PAID"},
    "merge": {"CRS", "CLOUD_OPTIMIZED"},
    "index": set(),
    "indexbatch": set(),
}


def algorithms(provider) -> dict:
    """The provider's algorithms (not the shipped models: their help lives in the .model3)."""
    return {
        algorithm.name(): algorithm
        for algorithm in provider.algorithms()
        if not isinstance(algorithm, QgsProcessingModelAlgorithm)
    }


def test_every_parameter_has_its_own_help(registered_provider):
    if not hasattr(QgsProcessingParameterDefinition, "help"):
        pytest.skip("parameter help needs QGIS 3.16")
    missing = [
        f"{name}:{definition.name()}"
        for name, algorithm in algorithms(registered_provider).items()
        for definition in algorithm.parameterDefinitions()
        if not definition.help().strip()
    ]
    assert missing == []


def test_help_says_more_than_the_label(registered_provider):
    if not hasattr(QgsProcessingParameterDefinition, "help"):
        pytest.skip("parameter help needs QGIS 3.16")
    for name, algorithm in algorithms(registered_provider).items():
        for definition in algorithm.parameterDefinitions():
            assert definition.help() != definition.description(), f"{name}:{definition.name()}"


@pytest.mark.parametrize("name", sorted(ADVANCED_PARAMETERS))
def test_rarely_used_parameters_are_advanced(name, registered_provider):
    algorithm = algorithms(registered_provider)[name]
    advanced = {d.name() for d in algorithm.parameterDefinitions() if d.flags() & ADVANCED}
    assert advanced == ADVANCED_PARAMETERS[name]


def test_every_algorithm_has_a_name_group_and_help(registered_provider):
    for name, algorithm in algorithms(registered_provider).items():
        assert algorithm.displayName() and algorithm.group(), name
        assert " " not in algorithm.groupId() and algorithm.groupId().islower(), name
        assert len(algorithm.shortHelpString()) > 150, name

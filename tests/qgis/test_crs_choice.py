"""The output CRS choice: project, UTM of the area, automatic UTM (47000) or a chosen CRS."""

from __future__ import annotations

import pytest
from world import DEMO_AOI

from clearsky_vision.core.api.errors import InputError
from clearsky_vision.core.api.models import AUTO_UTM_EPSG
from clearsky_vision.ui.crs_choice import AUTO_UTM, UTM, OutputCrsChoice


def test_automatic_utm_asks_the_server_for_47000_and_is_remembered(qgis_app):
    choice = OutputCrsChoice(AUTO_UTM)
    assert choice.mode.currentData() == AUTO_UTM
    assert "EPSG 47000" in choice.mode.currentText()
    assert choice.epsg() == AUTO_UTM_EPSG == 47000  # no area needed: the server picks
    assert choice.stored() == AUTO_UTM
    assert not choice.selector.isVisible()


def test_utm_of_the_area_needs_an_area_then_names_its_zone(qgis_app):
    choice = OutputCrsChoice(UTM)
    with pytest.raises(InputError, match="Choose an area first"):
        choice.epsg()
    choice.set_aoi(DEMO_AOI)
    assert choice.epsg() == 32632
    assert choice.mode.currentText() == "UTM zone of the area (EPSG:32632)"


def test_a_chosen_crs_is_stored_by_its_authority_id(qgis_app):
    choice = OutputCrsChoice("EPSG:25832")
    assert choice.epsg() == 25832
    assert choice.stored() == "EPSG:25832"

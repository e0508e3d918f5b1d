"""Small leaks (issue 13): what Processing hands QGIS is let go once QGIS is done with it."""

from __future__ import annotations

import datetime as dt

from clearsky_processing import clearsky_provider, run
from dock_fixtures import LEFT, WAIT_MS, open_dock_fixture  # noqa: F401
from qgis.core import QgsProject, QgsSingleBandPseudoColorRenderer
from world import DEMO_AOI

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.config import ENV_KEY, Settings, store_key
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.processing_provider import post_processors


def test_post_processors_are_let_go_once_their_layer_is_styled(
    emulator, new_key, tmp_path, qgis_processing, qgis_new_project, qtbot
):
    client = ClearSkyClient(emulator.url, new_key(credits=100))
    day = dt.date(2024, 7, 1)
    source = client.download_composite(CompositeRequest(DEMO_AOI, day), tmp_path).path
    before = post_processors.kept()
    with clearsky_provider():
        for index in ("NDVI", "EVI"):
            output = tmp_path / f"{index}.tif"
            run(
                "clearsky:index",
                {"INPUT": str(source), "INDEX": index, "OUTPUT": str(output)},
                load=True,
            )
    styled = list(QgsProject.instance().mapLayers().values())
    assert len(styled) == 2
    assert all(isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer) for layer in styled)
    qtbot.waitUntil(lambda: post_processors.kept() == before, timeout=5000)


def test_the_account_box_names_the_key_in_use_and_where_it_came_from(open_dock, qtbot):
    opened = open_dock()  # the key in the environment
    box = opened.dock.account_box
    assert box.key.text() == f"From the environment variable {ENV_KEY} (ending …{opened.key[-4:]})."
    settings = Settings.load()
    settings.auth_config_id = store_key("a-key-saved-in-settings")
    settings.save()
    qtbot.mouseClick(box.refresh_button, LEFT)
    qtbot.waitUntil(lambda: "replaces the key saved in Settings" in box.key.text(), timeout=WAIT_MS)
    assert "a-key-saved-in-settings" not in box.key.text()

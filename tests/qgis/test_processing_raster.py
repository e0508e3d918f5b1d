"""clearsky:index, clearsky:indexbatch and clearsky:merge on downloaded files."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from clearsky_processing import RecordingFeedback, registered_provider, run
from osgeo import gdal
from qgis.core import (
    QgsMultiBandColorRenderer,
    QgsProcessingException,
    QgsProject,
    QgsSingleBandPseudoColorRenderer,
)
from world import DEMO_AOI

from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.raster.indices import compute_index

WEST = Aoi.from_bounds(9.50, 55.60, 9.53, 55.62)
EAST = Aoi.from_bounds(9.53, 55.60, 9.56, 55.62)


pytestmark = pytest.mark.usefixtures(registered_provider.__name__)


@pytest.fixture(scope="module")
def files(emulator, tmp_path_factory):
    """Downloads bought once for the module with the core client."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key("raster-algorithms", credits=1000)
    client = ClearSkyClient(emulator.url, "raster-algorithms")
    folder = tmp_path_factory.mktemp("files")

    def get(aoi, day, **options):
        return str(client.download_composite(CompositeRequest(aoi, day, **options), folder).path)

    return {
        "june": get(DEMO_AOI, dt.date(2024, 6, 15), epsg=32632),
        "july": get(DEMO_AOI, dt.date(2024, 7, 1), epsg=32632),
        "rgb": get(DEMO_AOI, dt.date(2024, 6, 15), epsg=32632, bands="rgb"),
        "west": get(WEST, dt.date(2024, 6, 15), epsg=32632),
        "east": get(EAST, dt.date(2024, 6, 15), epsg=4326),
    }


def test_index_file_statistics_and_ramp(files, tmp_path, qgis_new_project):
    output = tmp_path / "ndvi.tif"
    feedback = RecordingFeedback()
    results = run(
        "clearsky:index",
        {"INPUT": files["july"], "INDEX": "NDVI", "OUTPUT": str(output)},
        feedback,
        load=True,
    )
    expected = compute_index(files["july"], "NDVI", tmp_path / "core.tif")
    np.testing.assert_array_equal(
        gdal.Open(str(output)).ReadAsArray(), gdal.Open(str(expected.path)).ReadAsArray()
    )
    assert results["MEAN"] == pytest.approx(expected.mean)
    assert results["MINIMUM"] < results["MEAN"] < results["MAXIMUM"] <= 1
    assert feedback.progress[-1] == pytest.approx(100)
    assert "NDVI: Normalized Difference Vegetation Index = (B8 - B4) / (B8 + B4)" in feedback.infos

    (layer,) = QgsProject.instance().mapLayers().values()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    assert (renderer.classificationMin(), renderer.classificationMax()) == (-1, 1)
    ramp = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert [item.color.name() for item in ramp] == ["#a6611a", "#f5f1d0", "#1a9641"]
    assert layer.dataProvider().sourceNoDataValue(1) == -9999
    span = layer.temporalProperties().fixedTemporalRange()
    assert span.begin().date().toPyDate() == dt.date(2024, 7, 1)
    assert "Rouse" in layer.metadata().abstract()


def test_each_index_gets_its_own_ramp(files, tmp_path, qgis_new_project):
    run(
        "clearsky:index",
        {"INPUT": files["june"], "INDEX": "NBR", "OUTPUT": str(tmp_path / "nbr.tif")},
        load=True,
    )
    (layer,) = QgsProject.instance().mapLayers().values()
    ramp = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [item.color.name() for item in ramp] == ["#7b3294", "#f7f7f7", "#008837"]


def test_custom_expression(files, tmp_path, qgis_new_project):
    output = tmp_path / "custom.tif"
    results = run(
        "clearsky:index",
        {
            "INPUT": files["june"],
            "INDEX": "CUSTOM",
            "EXPRESSION": "nd(B8, B5) * 2",
            "OUTPUT": str(output),
        },
        load=True,
    )
    dataset = gdal.Open(str(output))
    assert dataset.GetMetadataItem("FORMULA") == "nd(B8, B5) * 2"
    assert dataset.GetRasterBand(1).GetDescription() == "CUSTOM"
    (layer,) = QgsProject.instance().mapLayers().values()
    renderer = layer.renderer()
    # No catalogue range for free band math: the ramp spans the values found.
    assert renderer.classificationMin() == pytest.approx(results["MINIMUM"])
    assert renderer.classificationMax() == pytest.approx(results["MAXIMUM"])


def test_index_refusals_are_the_core_messages(files, tmp_path):
    with pytest.raises(QgsProcessingException) as caught:
        run(
            "clearsky:index",
            {"INPUT": files["rgb"], "INDEX": "NDRE", "OUTPUT": str(tmp_path / "a.tif")},
        )
    assert str(caught.value) == (
        "NDRE needs bands B8, B5, which this file lacks (it has B2, B3, B4): download with "
        "bands 'all' or include B8, B5."
    )
    with pytest.raises(QgsProcessingException, match="write the band math in EXPRESSION"):
        run(
            "clearsky:index",
            {"INPUT": files["june"], "INDEX": "CUSTOM", "OUTPUT": str(tmp_path / "b.tif")},
        )
    with pytest.raises(QgsProcessingException, match="is not allowed in band math"):
        run(
            "clearsky:index",
            {
                "INPUT": files["june"],
                "INDEX": "CUSTOM",
                "EXPRESSION": "__import__('os')",
                "OUTPUT": str(tmp_path / "c.tif"),
            },
        )
    assert not any(tmp_path.iterdir())


def test_index_cancel_leaves_no_file(files, tmp_path):
    feedback = RecordingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            "clearsky:index",
            {"INPUT": files["june"], "INDEX": "EVI", "OUTPUT": str(tmp_path / "evi.tif")},
            feedback,
        )
    assert list(tmp_path.iterdir()) == []


def test_index_of_several_files(files, tmp_path, qgis_new_project):
    feedback = RecordingFeedback()
    results = run(
        "clearsky:indexbatch",
        {
            "INPUT_LAYERS": [files["june"], files["rgb"], files["july"]],
            "INDEX": "NDMI",
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback,
        load=True,
    )
    written = sorted(results["OUTPUT_LAYERS"])
    assert [p.split("/")[-1] for p in written] == sorted(
        f"{path.split('/')[-1][:-4]}_NDMI.tif" for path in (files["june"], files["july"])
    )
    assert len(feedback.errors) == 1 and "NDMI needs bands B8, B11" in feedback.errors[0]
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert names == sorted(p.split("/")[-1][:-4] for p in written)
    assert feedback.progress[-1] == pytest.approx(100)


def test_merge_neighbours_in_two_crs(files, tmp_path, qgis_new_project):
    output = tmp_path / "merged.tif"
    run(
        "clearsky:merge",
        {"INPUT": [files["west"], files["east"]], "OUTPUT": str(output)},
        load=True,
    )
    dataset = gdal.Open(str(output))
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32632"
    assert dataset.GetGeoTransform()[1] == 10 and dataset.RasterCount == 10
    assert dataset.GetMetadataItem("IMAGE_DATE") == "20240615"
    (layer,) = QgsProject.instance().mapLayers().values()
    assert isinstance(layer.renderer(), QgsMultiBandColorRenderer)


def test_merge_to_a_chosen_crs_as_vrt(files, tmp_path):
    output = tmp_path / "merged.vrt"
    run(
        "clearsky:merge",
        {"INPUT": [files["west"], files["east"]], "CRS": "EPSG:3035", "OUTPUT": str(output)},
    )
    assert gdal.Open(str(output)).GetSpatialRef().GetAuthorityCode(None) == "3035"


def test_merge_refuses_different_band_lists(files, tmp_path):
    with pytest.raises(QgsProcessingException, match="do not share a band list"):
        run(
            "clearsky:merge",
            {"INPUT": [files["june"], files["rgb"]], "OUTPUT": str(tmp_path / "m.tif")},
        )

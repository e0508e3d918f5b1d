"""How core.qgs.style shows our files: true colour by band name, ramps, nodata, time, metadata."""

from __future__ import annotations

import datetime as dt

import pytest
from osgeo import gdal
from qgis.core import (
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)
from world import DEMO_AOI

from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.qgs.enums import USER_DEFINED_LIMITS
from clearsky_vision.core.qgs.style import load_composite, style_composite

JUNE_3 = dt.date(2024, 6, 3)


@pytest.fixture(scope="module")
def files(tmp_path_factory, emulator):
    """One small file per band list (and one uint8), bought once for the module."""
    from clearsky_vision.core.api.client import ClearSkyClient

    emulator.add_key(
        "style-key", processing_units=10000, max_connections=2, max_area_km2=1000, max_bands=20
    )
    client = ClearSkyClient(emulator.url, "style-key")
    folder = tmp_path_factory.mktemp("style")
    made = {}
    for name, options in {
        "all": {},
        "rgb": {"bands": "rgb"},
        "reversed": {"bands": "B4,B3,B2"},
        "no_rgb": {"bands": "B8,[B8_B4]"},
        "uint8": {"bands": "rgb", "data_type": "uint8"},
        "all_june_4": {"date": dt.date(2024, 6, 4)},
    }.items():
        request = CompositeRequest(DEMO_AOI, options.pop("date", JUNE_3), resolution=20, **options)
        made[name] = client.download_composite(request, folder).path
    return made


def true_colour(layer: QgsRasterLayer) -> tuple[int, int, int]:
    renderer = layer.renderer()
    assert isinstance(renderer, QgsMultiBandColorRenderer)
    return renderer.redBand(), renderer.greenBand(), renderer.blueBand()


def stretch(layer: QgsRasterLayer) -> tuple[float, float]:
    enhancement = layer.renderer().redContrastEnhancement()
    return enhancement.minimumValue(), enhancement.maximumValue()


@pytest.mark.parametrize(
    ("name", "bands"), [("all", (3, 2, 1)), ("rgb", (3, 2, 1)), ("reversed", (1, 2, 3))]
)
def test_true_colour_bands_are_found_by_name(files, name, bands):
    layer = load_composite(files[name])
    assert true_colour(layer) == bands
    assert stretch(layer) == (0, 3000)
    assert layer.renderer().minMaxOrigin().limits() == USER_DEFINED_LIMITS


def test_every_date_shares_one_stretch(files):
    """No per-layer cumulative cut: two dates are drawn with the same reflectance range."""
    june_3, june_4 = load_composite(files["all"]), load_composite(files["all_june_4"])
    assert stretch(june_3) == stretch(june_4) == (0, 3000)


def test_an_index_band_gets_the_ramp_when_there_is_no_true_colour(files):
    layer = load_composite(files["no_rgb"])
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    assert renderer.band() == 2  # [B8_B4], not B8 in grey
    assert (renderer.classificationMin(), renderer.classificationMax()) == (-32767, 32767)


def test_uint8_files_use_their_own_range_and_nodata(files):
    layer = load_composite(files["uint8"])
    assert stretch(layer) == (0, 255)
    assert layer.dataProvider().sourceNoDataValue(1) == 0


def test_a_file_without_a_nodata_tag_still_hides_minus_32768(files, tmp_path):
    bare = tmp_path / "bare.tif"
    gdal.Translate(str(bare), str(files["rgb"]), options="-a_nodata none")
    assert gdal.Open(str(bare)).GetRasterBand(1).GetNoDataValue() is None
    layer = QgsRasterLayer(str(bare), "bare")
    style_composite(layer)
    ranges = layer.dataProvider().userNoDataValues(1)
    assert [(r.min(), r.max()) for r in ranges] == [(-32768, -32768)]


def test_load_composite_dates_and_describes_the_layer(files):
    layer = load_composite(files["all"], facts=[("Processing units", "3.16"), ("Bands", "all")])
    assert layer.name() == "2024-06-03"
    span = layer.temporalProperties().fixedTemporalRange()
    assert span.begin().date().toPyDate() == JUNE_3
    assert span.end().date().toPyDate() == dt.date(2024, 6, 4)
    assert not span.includeEnd()
    abstract = layer.metadata().abstract()
    assert abstract.startswith(
        "ClearSKY Vision cloudless Sentinel-2\nProcessing units: 3.16\nBands: all"
    )
    assert "IMAGE_DATE: 20240603" in abstract and "MODEL_VERSION: " in abstract


def copy_with_sidecar(source, target):
    """A copy of a downloaded file and its sidecar (the record of the requested bands)."""
    gdal.Translate(str(target), str(source))
    sidecar = source.with_name(source.name + ".clearsky.json")
    target.with_name(target.name + ".clearsky.json").write_text(sidecar.read_text())
    return target


def test_band_meaning_comes_from_the_sidecar_not_the_descriptions(files, tmp_path):
    misled = copy_with_sidecar(files["reversed"], tmp_path / "misled.tif")  # B4,B3,B2
    dataset = gdal.Open(str(misled), gdal.GA_Update)
    for number, wrong in enumerate(("B2", "B3", "B4"), 1):
        dataset.GetRasterBand(number).SetDescription(wrong)
    dataset = None
    assert true_colour(load_composite(misled)) == (1, 2, 3)
    # Without its sidecar the descriptions are all there is.
    misled.with_name(misled.name + ".clearsky.json").unlink()
    assert true_colour(load_composite(misled)) == (3, 2, 1)


def test_the_stretch_follows_the_files_reflectance_offset(files, tmp_path):
    shifted = copy_with_sidecar(files["rgb"], tmp_path / "shifted.tif")
    dataset = gdal.Open(str(shifted), gdal.GA_Update)
    dataset.SetMetadataItem("ADD_OFFSET", "-1000")
    dataset.SetMetadataItem("QUANTIFICATION_VALUE", "10000")
    dataset = None
    # reflectance = (DN - 1000) / 10000: 0 .. 0.3 is DN 1000 .. 4000.
    assert stretch(load_composite(shifted)) == (1000, 4000)

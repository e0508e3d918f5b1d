"""Every catalogue index, pixel by pixel, against formulas written out here in numpy."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal
from rasters import FULL_ORDER, read, reflectances, write_raster

from clearsky_vision.core.api.errors import CancelledError, InputError
from clearsky_vision.core.raster.catalogue import (
    CATALOGUE,
    custom_index,
    normalized_difference,
    resolve_index,
)
from clearsky_vision.core.raster.indices import OUTPUT_NODATA, compute_index, index_output_path

SHAPE = (530, 610)  # several 256-pixel windows, the last ones cut short
TAGS = {"IMAGE_DATE": "20240615", "MODEL_VERSION": "13,15", "IMAGE_VERSION": "1,2"}

# Independent formulas over reflectance (value / 10000), straight from the references.
REFERENCE = {
    "NDVI": lambda b: (b["B8"] - b["B4"]) / (b["B8"] + b["B4"]),
    "GNDVI": lambda b: (b["B8"] - b["B3"]) / (b["B8"] + b["B3"]),
    "NDRE": lambda b: (b["B8"] - b["B5"]) / (b["B8"] + b["B5"]),
    "NDWI": lambda b: (b["B3"] - b["B8"]) / (b["B3"] + b["B8"]),
    "MNDWI": lambda b: (b["B3"] - b["B11"]) / (b["B3"] + b["B11"]),
    "NDMI": lambda b: (b["B8"] - b["B11"]) / (b["B8"] + b["B11"]),
    "NBR": lambda b: (b["B8"] - b["B12"]) / (b["B8"] + b["B12"]),
    "NBR2": lambda b: (b["B11"] - b["B12"]) / (b["B11"] + b["B12"]),
    "NDBI": lambda b: (b["B11"] - b["B8"]) / (b["B11"] + b["B8"]),
    "EVI": lambda b: 2.5 * (b["B8"] - b["B4"]) / (b["B8"] + 6 * b["B4"] - 7.5 * b["B2"] + 1),
    "SAVI": lambda b: 1.5 * (b["B8"] - b["B4"]) / (b["B8"] + b["B4"] + 0.5),
    "MSAVI2": lambda b: (
        (2 * b["B8"] + 1 - np.sqrt((2 * b["B8"] + 1) ** 2 - 8 * (b["B8"] - b["B4"]))) / 2
    ),
}
USES = {
    "NDVI": ("B8", "B4"),
    "GNDVI": ("B8", "B3"),
    "NDRE": ("B8", "B5"),
    "NDWI": ("B3", "B8"),
    "MNDWI": ("B3", "B11"),
    "NDMI": ("B8", "B11"),
    "NBR": ("B8", "B12"),
    "NBR2": ("B11", "B12"),
    "NDBI": ("B11", "B8"),
    "EVI": ("B8", "B4", "B2"),
    "SAVI": ("B8", "B4"),
    "MSAVI2": ("B8", "B4"),
}


def special_pixels(raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Nodata on single bands, zero denominators, a negative red under a root."""
    raw = {name: values.copy() for name, values in raw.items()}
    for row, name in enumerate(FULL_ORDER):
        raw[name][row, :3] = -32768  # each band has nodata somewhere of its own
    for name in FULL_ORDER:
        raw[name][20, 5:9] = 0  # every band 0: every normalized difference is 0 / 0
    raw["B8"][21, 5] = 0
    raw["B4"][21, 5] = 0  # NDVI 0 / 0, other indices still defined
    raw["B4"][22, 7] = -100  # slightly negative red: MSAVI2's root is of a negative number
    raw["B8"][22, 7] = 5000
    return raw


def expected(key: str, raw: dict[str, np.ndarray]):
    """(values, nodata mask) computed independently in float64."""
    scaled = {name: values.astype(np.float64) / 10000.0 for name, values in raw.items()}
    with np.errstate(all="ignore"):
        values = REFERENCE[key](scaled)
    nodata = np.zeros(values.shape, dtype=bool)
    for name in USES[key]:
        nodata |= raw[name] == -32768
    nodata |= ~np.isfinite(values)
    return values, nodata


@pytest.fixture(scope="module")
def raw():
    return special_pixels(reflectances(SHAPE, seed=7))


@pytest.fixture(scope="module")
def full_file(tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("full")
    return write_raster(folder / "all.tif", {n: raw[n] for n in FULL_ORDER}, tags=TAGS)


@pytest.fixture(scope="module")
def shuffled_file(tmp_path_factory, raw):
    """A subset of bands in another order, as a custom band list downloads them."""
    folder = tmp_path_factory.mktemp("shuffled")
    order = ("B12", "B4", "B11", "B8", "B2", "B5", "B3")
    return write_raster(folder / "subset.tif", {n: raw[n] for n in order}, tags=TAGS)


def test_catalogue_matches_the_issue_and_cites_its_sources():
    assert set(CATALOGUE) == set(REFERENCE)
    for index in CATALOGUE.values():
        assert index.reference and index.name and index.ramp
        assert set(index.bands) == set(USES[index.key])


@pytest.mark.parametrize("key", sorted(REFERENCE))
@pytest.mark.parametrize("which", ["full_file", "shuffled_file"])
def test_index_matches_numpy_pixel_by_pixel(key, which, raw, tmp_path, request):
    source = request.getfixturevalue(which)
    result = compute_index(source, key, tmp_path / f"{key}.tif", window_pixels=256 * 256)
    values, nodata = expected(key, raw)
    written = read(result.path)
    assert written.dtype == np.float32
    np.testing.assert_array_equal(written == OUTPUT_NODATA, nodata)
    assert np.max(np.abs(written[~nodata] - values[~nodata])) < 1e-6
    assert result.valid_pixels == int((~nodata).sum())
    assert result.mean == pytest.approx(float(written[~nodata].astype(np.float64).mean()))
    assert result.minimum == pytest.approx(float(written[~nodata].min()))
    assert result.maximum == pytest.approx(float(written[~nodata].max()))


def test_zero_denominators_and_invalid_roots_are_nodata(full_file, tmp_path):
    ndvi = read(compute_index(full_file, "NDVI", tmp_path / "ndvi.tif").path)
    assert (ndvi[20, 5:9] == OUTPUT_NODATA).all() and ndvi[21, 5] == OUTPUT_NODATA
    msavi = read(compute_index(full_file, "MSAVI2", tmp_path / "msavi.tif").path)
    assert msavi[22, 7] == OUTPUT_NODATA and msavi[21, 5] != OUTPUT_NODATA


def test_output_file_is_a_tiled_compressed_float_geotiff_with_tags(full_file, tmp_path):
    result = compute_index(full_file, "ndvi", tmp_path / "ndvi.tif")
    dataset = gdal.Open(str(result.path))
    band = dataset.GetRasterBand(1)
    assert dataset.RasterCount == 1 and band.DataType == gdal.GDT_Float32
    assert band.GetNoDataValue() == OUTPUT_NODATA and band.GetDescription() == "NDVI"
    assert band.GetBlockSize() == [256, 256]
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["COMPRESSION"] in ("ZSTD", "DEFLATE") and structure["PREDICTOR"] == "2"
    tags = dataset.GetMetadata()
    assert {k: tags[k] for k in TAGS} == TAGS
    assert tags["INDEX"] == "NDVI" and tags["FORMULA"] == "(B8 - B4) / (B8 + B4)"
    source = gdal.Open(str(full_file))
    assert dataset.GetGeoTransform() == source.GetGeoTransform()
    assert dataset.GetSpatialRef().IsSame(source.GetSpatialRef())
    stored = band.GetMetadata()
    assert float(stored["STATISTICS_MEAN"]) == pytest.approx(result.mean)
    assert result.image_date == "20240615"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ndvi.tif"]  # no .part, no .aux.xml


def test_blockwise_result_does_not_depend_on_the_window_size(full_file, tmp_path):
    small = read(compute_index(full_file, "EVI", tmp_path / "small.tif", window_pixels=256).path)
    large = read(compute_index(full_file, "EVI", tmp_path / "large.tif", window_pixels=10**8).path)
    np.testing.assert_array_equal(small, large)


def test_custom_expression_and_normalized_difference(full_file, raw, tmp_path):
    scaled = {n: raw[n].astype(np.float64) / 10000 for n in FULL_ORDER}
    nodata = (raw["B8"] == -32768) | (raw["B4"] == -32768)
    result = compute_index(full_file, "(B8 - B4) / (B8 + B4 + 0.5)", tmp_path / "custom.tif")
    assert result.index.key == "CUSTOM"
    with np.errstate(all="ignore"):
        wanted = (scaled["B8"] - scaled["B4"]) / (scaled["B8"] + scaled["B4"] + 0.5)
    written = read(result.path)
    assert np.max(np.abs(written[~nodata] - wanted[~nodata])) < 1e-6
    assert (written[nodata] == OUTPUT_NODATA).all()
    nd = normalized_difference("b12", "B5")
    assert nd.key == "ND_B12_B5"
    written = read(compute_index(full_file, nd, tmp_path / "nd.tif").path)
    with np.errstate(all="ignore"):
        wanted = (scaled["B12"] - scaled["B5"]) / (scaled["B12"] + scaled["B5"])
    valid = written != OUTPUT_NODATA
    assert np.max(np.abs(written[valid] - wanted[valid])) < 1e-6


def test_the_file_own_nodata_is_honoured(raw, tmp_path):
    # Whole tiles mark nodata with 0, not -32768.
    bands = {"B4": raw["B4"].copy(), "B8": raw["B8"].copy()}
    bands["B4"][40, 40] = 0
    bands["B8"][bands["B8"] == -32768] = 1000
    source = write_raster(tmp_path / "tile.tif", bands, nodata=0)
    written = read(compute_index(source, "NDVI", tmp_path / "ndvi.tif").path)
    assert written[40, 40] == OUTPUT_NODATA
    assert written[0, 0] != OUTPUT_NODATA  # -32768 is a value in a file whose nodata is 0


def test_untagged_int16_files_still_treat_minus_32768_as_nodata(raw, tmp_path):
    source = write_raster(
        tmp_path / "untagged.tif", {"B4": raw["B4"], "B8": raw["B8"]}, nodata=None
    )
    written = read(compute_index(source, "NDVI", tmp_path / "ndvi.tif").path)
    assert (written[(raw["B4"] == -32768) | (raw["B8"] == -32768)] == OUTPUT_NODATA).all()


def test_server_index_bands_are_scaled_by_32767(tmp_path):
    ratio = np.linspace(-1, 1, 200).reshape(10, 20)
    stored = np.round(ratio * 32767).astype(np.int16)
    stored[0, 0] = -32768
    source = write_raster(tmp_path / "terms.tif", {"B4": stored * 0 + 500, "[B8_B4]": stored})
    # NDVI falls back to the server's own ratio when B8 is not in the file.
    written = read(compute_index(source, "NDVI", tmp_path / "ndvi.tif").path)
    assert written[0, 0] == OUTPUT_NODATA
    np.testing.assert_allclose(written.ravel()[1:], stored.ravel()[1:] / 32767.0, atol=1e-6)
    doubled = read(compute_index(source, "[B8_B4] * 2 + B4", tmp_path / "custom.tif").path)
    np.testing.assert_allclose(
        doubled.ravel()[1:], stored.ravel()[1:] / 32767.0 * 2 + 0.05, atol=1e-6
    )


@pytest.mark.parametrize(
    ("bands", "index", "message"),
    [
        (
            ("B2", "B3", "B4"),
            "NDRE",
            "NDRE needs bands B8, B5, which this file lacks (it has B2, B3, B4): download "
            "with bands 'all' or include B8, B5.",
        ),
        (
            ("B2", "B3", "B4", "B8"),
            "NDMI",
            "NDMI needs band B11, which this file lacks (it has B2, B3, B4, B8): download "
            "with bands 'all' or include B11.",
        ),
        (
            ("B4", "B8"),
            "B12 / B8",
            "The expression needs band B12, which this file lacks (it has B4, B8)",
        ),
    ],
)
def test_missing_bands_are_named(bands, index, message, raw, tmp_path):
    source = write_raster(tmp_path / "few.tif", {n: raw[n] for n in bands})
    with pytest.raises(InputError) as caught:
        compute_index(source, index, tmp_path / "out.tif")
    assert message in str(caught.value)
    assert not (tmp_path / "out.tif").exists()


def test_unsuitable_inputs_are_refused_clearly(raw, tmp_path):
    byte = write_raster(
        tmp_path / "byte.tif",
        {"B4": np.ones(SHAPE), "B8": np.ones(SHAPE)},
        nodata=0,
        data_type=gdal.GDT_Byte,
    )
    with pytest.raises(InputError, match=r"8-bit file made for display.*data type int16"):
        compute_index(byte, "NDVI", tmp_path / "a.tif")
    unnamed = write_raster(tmp_path / "unnamed.tif", {"": raw["B4"], " ": raw["B8"]})
    with pytest.raises(InputError, match="has no named bands"):
        compute_index(unnamed, "NDVI", tmp_path / "b.tif")
    text = tmp_path / "notes.tif"
    text.write_text("not a raster")
    with pytest.raises(InputError, match=r"notes\.tif cannot be read as a raster"):
        compute_index(text, "NDVI", tmp_path / "c.tif")
    source = write_raster(tmp_path / "ok.tif", {"B4": raw["B4"], "B8": raw["B8"]})
    with pytest.raises(InputError, match=r"output folder .* does not exist"):
        compute_index(source, "NDVI", tmp_path / "missing" / "d.tif")
    with pytest.raises(InputError, match="The output file is the input file"):
        compute_index(source, "NDVI", source)


def test_unknown_names_and_bad_math_are_refused_before_reading():
    with pytest.raises(InputError, match="Unknown index 'NDVJ': choose one of NDVI, GNDVI"):
        resolve_index("NDVJ")
    with pytest.raises(InputError, match="is not valid band math"):
        resolve_index("(B8 - B4")
    with pytest.raises(InputError, match="Unknown band 'B13'"):
        normalized_difference("B13", "B4")
    assert resolve_index("msavi2") is CATALOGUE["MSAVI2"]
    assert custom_index("B8 / B4").formula == "B8 / B4"


def test_progress_rises_to_one_and_cancel_leaves_nothing(full_file, tmp_path):
    seen = []
    compute_index(full_file, "NDVI", tmp_path / "done.tif", seen.append, window_pixels=256 * 256)
    assert len(seen) == 9 and seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    calls = []

    def cancel_on_third_window() -> bool:
        calls.append(1)
        return len(calls) >= 3

    target = tmp_path / "cancelled" / "ndvi.tif"
    target.parent.mkdir()
    with pytest.raises(CancelledError):
        compute_index(full_file, "NDVI", target, None, cancel_on_third_window, window_pixels=65536)
    assert list(target.parent.iterdir()) == []


def test_existing_output_is_replaced_only_when_done(full_file, tmp_path):
    target = tmp_path / "ndvi.tif"
    target.write_bytes(b"old")
    with pytest.raises(CancelledError):
        compute_index(full_file, "NDVI", target, is_cancelled=lambda: True)
    assert target.read_bytes() == b"old"
    compute_index(full_file, "NDVI", target)
    assert gdal.Open(str(target)).GetRasterBand(1).GetDescription() == "NDVI"


def test_default_output_names(tmp_path):
    source = tmp_path / "clearsky_2024-06-15_ab12.tif"
    assert index_output_path(source, CATALOGUE["NDVI"]).name == "clearsky_2024-06-15_ab12_NDVI.tif"
    assert index_output_path(source, CATALOGUE["NBR"], tmp_path / "x").parent == tmp_path / "x"


def test_band_meaning_comes_from_the_sidecar_not_the_descriptions(raw, tmp_path):
    # Descriptions say B4, B8; the request (sidecar) says the file holds B8 then B4.
    source = write_raster(tmp_path / "swapped.tif", {"B4": raw["B8"], "B8": raw["B4"]})
    sidecar = tmp_path / "swapped.tif.clearsky.json"
    sidecar.write_text(json.dumps({"bands": ["B8", "B4"]}))
    result = compute_index(source, "NDVI", tmp_path / "ndvi.tif")
    values = read(result.path)
    with np.errstate(invalid="ignore", divide="ignore"):
        want = (raw["B8"] - raw["B4"]) / (raw["B8"] + raw["B4"])
    valid = (raw["B8"] != -32768) & (raw["B4"] != -32768) & np.isfinite(want)
    assert np.allclose(values[valid], want[valid], atol=1e-5)


def test_unnamed_ten_band_files_take_the_stratus_all_order(raw, tmp_path):
    source = write_raster(tmp_path / "plain.tif", {f"x{n}": raw[n] for n in FULL_ORDER})
    result = compute_index(source, "NDVI", tmp_path / "n.tif")
    values = read(result.path)
    with np.errstate(invalid="ignore", divide="ignore"):
        want = (raw["B8"] - raw["B4"]) / (raw["B8"] + raw["B4"])
    valid = (raw["B8"] != -32768) & (raw["B4"] != -32768) & np.isfinite(want)
    assert np.allclose(values[valid], want[valid], atol=1e-5)


def test_reflectance_uses_add_offset_and_quantification_value(tmp_path):
    nir, red = np.full((8, 8), 5000, np.int16), np.full((8, 8), 2000, np.int16)
    tags = {"ADD_OFFSET": "-1000", "QUANTIFICATION_VALUE": "10000"}
    source = write_raster(tmp_path / "offset.tif", {"B8": nir, "B4": red}, tags=tags)
    result = compute_index(source, "SAVI", tmp_path / "savi.tif")
    values = read(result.path)
    b8, b4 = 0.4, 0.1  # (DN - 1000) / 10000
    assert np.allclose(values, 1.5 * (b8 - b4) / (b8 + b4 + 0.5), atol=1e-6)

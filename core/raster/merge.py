"""Merge downloaded files (tiles of one date, neighbouring AOIs) into one raster.

GDAL does the mosaicking: inputs in another CRS are warped (as virtual rasters) onto the
target grid, ``BuildVRT`` stacks them with each file's nodata transparent, so nodata never
wins over data, and a GeoTIFF request is one ``Translate`` of that VRT. The output's extension
decides its format: ``.vrt`` is the VRT itself (it reads the input files and, for warped
inputs, small VRTs in a ``<name>_parts`` folder beside it whenever it is opened); ``.tif`` or
``.tiff`` a Cloud Optimized GeoTIFF, or a plain tiled GeoTIFF without overviews when asked;
any other extension is refused before anything is written.

A Cloud Optimized GeoTIFF is written in two steps: the VRT into a lightly compressed staging
GeoTIFF (in strips) beside the output, then that into the COG. GDAL's COG driver reads its
source twice (once for the overviews, once for the full resolution), and the delivered tiles
are DEFLATE strips of one row, slow to decode: decoding them once and reading the staging
file twice is faster (about 1.5x on the benchmark's four tiles) for the same pixels.

GDAL's block cache is capped for the merge (``MERGE_CACHE_BYTES``): uncapped it grows to 5% of
the machine's memory (about 1 GB on a 24 GB machine) while the Translate runs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, osr

from ..api.bands import NODATA
from ..api.errors import CancelledError, InputError, StorageError
from ..api.geometry import spatial_reference
from ..api.i18n import tr
from ..api.replace import move_into_place
from ..api.store import remove_quietly
from .indices import SOURCE_TAGS
from .raster_io import (
    CancelCheck,
    Progress,
    band_names,
    check_output_folder,
    checked,
    open_dataset,
    partial_path,
    released_on_error,
)

# DEFLATE, which every GIS reads, at level 2: on the benchmark's tiles it needs a third less
# CPU than GDAL's default level 6 (merging 1.3x faster) for files about 2% larger.
COG_OPTIONS = [
    "COMPRESS=DEFLATE",
    "LEVEL=2",
    "PREDICTOR=YES",
    "BLOCKSIZE=512",
    "OVERVIEWS=AUTO",
    "RESAMPLING=AVERAGE",
    "NUM_THREADS=ALL_CPUS",
    "BIGTIFF=IF_SAFER",
]
# A plain GeoTIFF (``cloud_optimized=False``): the same tiles and compression, no overviews, so
# it is quicker to write; the predictor suits the data type (2 for integers, 3 for floats).
GTIFF_OPTIONS = [
    "TILED=YES",
    "BLOCKXSIZE=512",
    "BLOCKYSIZE=512",
    "COMPRESS=DEFLATE",
    "ZLEVEL=2",
    "NUM_THREADS=ALL_CPUS",
    "BIGTIFF=IF_SAFER",
]
# The staging file of a COG: strips of whole rows, so a copy never writes part of a block
# (with the capped cache, partly written tiles are compressed again and again); ZSTD level 1
# keeps it smaller than the COG itself at little CPU cost. A strip holds up to 64 rows and
# about STAGING_STRIP_BYTES, whatever the mosaic's width.
# (A GDAL built without ZSTD gets DEFLATE level 1.)
STAGING_OPTIONS = ["COMPRESS=ZSTD", "ZSTD_LEVEL=1", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]
STAGING_FALLBACK = ["COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]
STAGING_STRIP_BYTES = 4 * 2**20
VRT_SUFFIXES = (".vrt",)
GEOTIFF_SUFFIXES = (".tif", ".tiff")
# GDAL's block cache while a merge runs; the Translate's swaths are a quarter of it. On the
# benchmark's four 20 m tiles the merge then peaks near 250 MB (90 MB of it the process
# itself), where the default cache (5% of RAM) let it reach 650 MB to 1 GB. 40 MB holds a row
# of 512 px output blocks of a 10-band int16 mosaic up to 4000 px wide read from tiles in
# strips, so no strip is decoded twice; a wider mosaic decodes some twice (slower, not larger).
MERGE_CACHE_BYTES = 40 * 2**20


@dataclass(frozen=True)
class MergeResult:
    """The merged raster and its grid."""

    path: Path
    crs_wkt: str
    epsg: int | None
    bands: tuple[str, ...]
    width: int
    height: int
    pixel_size: tuple[float, float]
    nodata: float | None
    tags: dict


@dataclass(frozen=True)
class _Source:
    path: Path
    srs: osr.SpatialReference
    bands: tuple[str, ...]
    data_type: str
    nodata: float | None
    resolution: tuple[float, float]
    tags: dict


def merge(
    sources: Sequence[str | os.PathLike],
    output: str | os.PathLike,
    target_crs: str | int | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    cloud_optimized: bool = True,
) -> MergeResult:
    """Merge ``sources`` into ``output``: ``.vrt`` a VRT, ``.tif``/``.tiff`` a GeoTIFF (Cloud
    Optimized unless ``cloud_optimized`` is false). ``target_crs`` (EPSG code, ``EPSG:xxxx``
    or WKT) defaults to the first input's CRS.
    """
    output = Path(output)
    as_vrt = output_format(output) == "VRT"
    with released_on_error():
        inputs = [_describe(Path(path)) for path in sources]
    if not inputs:
        raise InputError(tr("Nothing to merge: choose at least one raster."))
    _check_compatible(inputs)
    check_output_folder(output)
    target = spatial_reference(target_crs) if target_crs not in (None, "") else inputs[0].srs
    # Warped inputs are kept as small VRTs: beside a .vrt output (which needs them), in a
    # scratch folder for a GeoTIFF.
    parts = output.with_name(f"{output.stem}_parts") if as_vrt else Path(tempfile.mkdtemp())
    keep_parts = as_vrt and parts.exists()
    temp = partial_path(output)
    staging = temp.with_suffix(".staging")
    done = False
    with released_on_error(), capped_block_cache():
        try:
            if is_cancelled and is_cancelled():
                raise CancelledError()
            mosaic = temp if as_vrt else parts / "mosaic.vrt"
            _mosaic(inputs, target, parts, mosaic)
            if not as_vrt and cloud_optimized:
                # Measured on the benchmark: the staging step takes 40% of the time.
                first, second = _part(progress, 0.0, 0.4), _part(progress, 0.4, 1.0)
                options = _staging_options(mosaic)
                _translate(mosaic, staging, "GTiff", options, first, is_cancelled)
                _translate(staging, temp, "COG", COG_OPTIONS, second, is_cancelled)
            elif not as_vrt:
                options = _gtiff_options(inputs[0])
                _translate(mosaic, temp, "GTiff", options, progress, is_cancelled)
            output = move_into_place(temp, output)
            done = True
        except RuntimeError as exc:
            raise StorageError(
                tr(
                    "GDAL could not merge the files ({reason}): check free disk space "
                    "and that every input is complete."
                ).format(reason=str(exc).strip())
            ) from None
        finally:
            remove_quietly(temp)
            remove_quietly(staging)
            if not (keep_parts or (as_vrt and done)):
                shutil.rmtree(parts, ignore_errors=True)
    if progress:
        progress(1.0)
    return _result(output)


def output_format(output: str | os.PathLike) -> str:
    """``"VRT"`` or ``"GTiff"``: what ``merge`` writes for this name; InputError otherwise."""
    suffix = Path(output).suffix.lower()
    if suffix in VRT_SUFFIXES:
        return "VRT"
    if suffix in GEOTIFF_SUFFIXES:
        return "GTiff"
    raise InputError(
        tr(
            "{file}: a merge is written as a virtual raster (.vrt) or a GeoTIFF "
            "(.tif or .tiff). Name the output with one of these extensions."
        ).format(file=Path(output).name)
    )


_cache_lock = threading.Lock()
_cache_users = 0
_cache_before = 0


@contextmanager
def capped_block_cache(limit: int | None = None) -> Iterator[None]:
    """GDAL's block cache at most ``limit`` bytes (``MERGE_CACHE_BYTES``) inside, as it was
    after the last one leaves.

    The cache is one for the whole process: merges running at once share the cap, QGIS's
    own reads make do with it meanwhile, and whoever set the cache before (QGIS's settings)
    gets its size back after the last merge.
    """
    global _cache_users, _cache_before
    with _cache_lock:
        if _cache_users == 0:
            _cache_before = gdal.GetCacheMax()
            gdal.SetCacheMax(min(_cache_before, limit or MERGE_CACHE_BYTES))
        _cache_users += 1
    try:
        yield
    finally:
        with _cache_lock:
            _cache_users -= 1
            if _cache_users == 0:
                gdal.SetCacheMax(_cache_before)


def _gtiff_options(first: _Source) -> list[str]:
    floating = first.data_type.startswith(("Float", "CFloat"))
    return [*GTIFF_OPTIONS, f"PREDICTOR={3 if floating else 2}"]


def _mosaic(inputs: list[_Source], target: osr.SpatialReference, parts: Path, path: Path) -> None:
    """The VRT stacking every input on the target grid, with band names and tags."""
    nodata = inputs[0].nodata if inputs[0].nodata is not None else NODATA
    layers = _on_target_grid(inputs, target, parts)
    mosaic = checked(gdal.BuildVRT, str(path), layers, resolution="highest", VRTNodata=nodata)
    _describe_mosaic(mosaic, inputs)
    mosaic = None  # closing it writes the VRT


def _describe(path: Path) -> _Source:
    dataset = open_dataset(path)
    wkt = dataset.GetProjection()
    if not wkt:
        raise InputError(
            tr("{file} has no coordinate reference system: it cannot be placed.").format(
                file=path.name
            )
        )
    srs = osr.SpatialReference(wkt=wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    first = dataset.GetRasterBand(1)
    transform = dataset.GetGeoTransform()
    return _Source(
        path,
        srs,
        tuple(band_names(dataset)),
        gdal.GetDataTypeName(first.DataType),
        first.GetNoDataValue(),
        (abs(transform[1]), abs(transform[5])),
        dict(dataset.GetMetadata() or {}),
    )


def _check_compatible(inputs: list[_Source]) -> None:
    first = inputs[0]
    for other in inputs[1:]:
        if other.bands != first.bands:
            raise InputError(
                tr(
                    "These files do not share a band list, so they cannot be merged: "
                    "{first} has {first_bands}, {other} has {other_bands}. "
                    "Merge files downloaded with the same bands."
                ).format(
                    first=first.path.name,
                    first_bands=_bands(first),
                    other=other.path.name,
                    other_bands=_bands(other),
                )
            )
        if other.data_type != first.data_type:
            raise InputError(
                tr(
                    "{first} holds {first_type} values and {other} {other_type}: merge files "
                    "downloaded with the same data type."
                ).format(
                    first=first.path.name,
                    first_type=first.data_type,
                    other=other.path.name,
                    other_type=other.data_type,
                )
            )


def _bands(source: _Source) -> str:
    return ", ".join(name or tr("(unnamed)") for name in source.bands)


def _on_target_grid(inputs: list[_Source], target: osr.SpatialReference, parts: Path) -> list:
    """Each input as a path on the target CRS: as it is, or warped into a VRT in ``parts``."""
    native = [source for source in inputs if source.srs.IsSame(target)]
    # The finest native grid sets the resolution that warped inputs are brought to.
    resolution = min((s.resolution for s in native), default=None)
    layers = []
    for number, source in enumerate(inputs, 1):
        if source.srs.IsSame(target) and source.nodata is not None:
            layers.append(str(source.path))
            continue
        parts.mkdir(exist_ok=True)
        part = parts / f"{number:03d}_{source.path.stem}.vrt"
        own_nodata = source.nodata if source.nodata is not None else NODATA
        if source.srs.IsSame(target):  # only the nodata mark is missing
            checked(gdal.Translate, str(part), str(source.path), format="VRT", noData=own_nodata)
        else:
            checked(
                gdal.Warp,
                str(part),
                str(source.path),
                format="VRT",
                dstSRS=target.ExportToWkt(),
                srcNodata=own_nodata,
                dstNodata=own_nodata,
                xRes=resolution[0] if resolution else None,
                yRes=resolution[1] if resolution else None,
                targetAlignedPixels=resolution is not None,
                resampleAlg="near",  # keeps the delivered values: no blending of reflectances
            )
        layers.append(str(part))
    return layers


def _describe_mosaic(mosaic: gdal.Dataset, inputs: list[_Source]) -> None:
    """Band names, and the tags that still hold for the merged whole."""
    for number, name in enumerate(inputs[0].bands, 1):
        mosaic.GetRasterBand(number).SetDescription(name)
    tags: dict[str, str] = {}
    dates = {s.tags.get("IMAGE_DATE") for s in inputs}
    if len(dates) == 1 and None not in dates:
        tags["IMAGE_DATE"] = dates.pop()
    elif dates - {None}:
        tags["IMAGE_DATES"] = ",".join(s.tags.get("IMAGE_DATE", "") for s in inputs)
    for tag in SOURCE_TAGS[1:]:
        values = [s.tags[tag] for s in inputs if s.tags.get(tag)]
        if values:
            tags[tag] = ",".join(values)  # one value per input, in input order
    tags["MERGED_FROM"] = ",".join(s.path.name for s in inputs)
    mosaic.SetMetadata(tags)


def _staging_options(mosaic: Path) -> list[str]:
    dataset = open_dataset(mosaic)
    band = dataset.GetRasterBand(1)
    row = dataset.RasterXSize * dataset.RasterCount * gdal.GetDataTypeSize(band.DataType) // 8
    rows = max(1, min(64, STAGING_STRIP_BYTES // max(1, row)))
    codecs = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    options = STAGING_OPTIONS if "ZSTD" in codecs else STAGING_FALLBACK
    return [*options, f"BLOCKYSIZE={rows}"]


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for one step that covers ``start``..``end`` of the whole."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def _translate(mosaic: Path, temp: Path, driver: str, options, progress, is_cancelled) -> None:
    def callback(fraction, _message, _data):
        if is_cancelled and is_cancelled():
            return 0  # GDAL stops and raises; the partial file is removed by the caller
        if progress:
            progress(min(fraction, 0.999))
        return 1

    try:
        checked(
            gdal.Translate,
            str(temp),
            str(mosaic),
            format=driver,
            creationOptions=options,
            callback=callback,
        )
    except RuntimeError:
        if is_cancelled and is_cancelled():
            raise CancelledError() from None
        raise


def _result(path: Path) -> MergeResult:
    dataset = open_dataset(path)
    srs = dataset.GetSpatialRef()
    code = srs.GetAuthorityCode(None) if srs else None
    transform = dataset.GetGeoTransform()
    return MergeResult(
        path,
        dataset.GetProjection(),
        int(code) if code and code.isdigit() else None,
        tuple(band_names(dataset)),
        dataset.RasterXSize,
        dataset.RasterYSize,
        (abs(transform[1]), abs(transform[5])),
        dataset.GetRasterBand(1).GetNoDataValue(),
        dict(dataset.GetMetadata() or {}),
    )

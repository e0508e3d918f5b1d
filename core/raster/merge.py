"""Merge downloaded files (tiles of one date, neighbouring AOIs) into one raster.

GDAL does the mosaicking: inputs in another CRS are warped (as virtual rasters) onto the
target grid, ``BuildVRT`` stacks them with each file's nodata transparent, so nodata never
wins over data, and a GeoTIFF request is one ``Translate`` of that VRT to a Cloud Optimized
GeoTIFF. A ``.vrt`` output is the VRT itself: it reads the input files (and, for warped
inputs, small VRTs in a ``<name>_parts`` folder beside it) whenever it is opened.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, osr

from ..api.bands import NODATA
from ..api.errors import CancelledError, InputError, StorageError
from ..api.geometry import spatial_reference
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
) -> MergeResult:
    """Merge ``sources`` into ``output`` (``.vrt``, else a Cloud Optimized GeoTIFF).

    ``target_crs`` (EPSG code, ``EPSG:xxxx`` or WKT) defaults to the first input's CRS.
    """
    output = Path(output)
    with released_on_error():
        inputs = [_describe(Path(path)) for path in sources]
    if not inputs:
        raise InputError("Nothing to merge: choose at least one raster.")
    _check_compatible(inputs)
    check_output_folder(output)
    target = spatial_reference(target_crs) if target_crs not in (None, "") else inputs[0].srs
    as_vrt = output.suffix.lower() == ".vrt"
    # Warped inputs are kept as small VRTs: beside a .vrt output (which needs them), in a
    # scratch folder for a GeoTIFF.
    parts = output.with_name(f"{output.stem}_parts") if as_vrt else Path(tempfile.mkdtemp())
    keep_parts = as_vrt and parts.exists()
    temp = partial_path(output)
    done = False
    with released_on_error():
        try:
            if is_cancelled and is_cancelled():
                raise CancelledError()
            mosaic = temp if as_vrt else parts / "mosaic.vrt"
            _mosaic(inputs, target, parts, mosaic)
            if not as_vrt:
                _translate(mosaic, temp, progress, is_cancelled)
            os.replace(temp, output)
            done = True
        except RuntimeError as exc:
            raise StorageError(
                f"GDAL could not merge the files ({str(exc).strip()}): check free disk space "
                "and that every input is complete."
            ) from None
        finally:
            remove_quietly(temp)
            if not (keep_parts or (as_vrt and done)):
                shutil.rmtree(parts, ignore_errors=True)
    if progress:
        progress(1.0)
    return _result(output)


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
        raise InputError(f"{path.name} has no coordinate reference system: it cannot be placed.")
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
                "These files do not share a band list, so they cannot be merged: "
                f"{first.path.name} has {_bands(first)}, {other.path.name} has {_bands(other)}. "
                "Merge files downloaded with the same bands."
            )
        if other.data_type != first.data_type:
            raise InputError(
                f"{first.path.name} holds {first.data_type} values and {other.path.name} "
                f"{other.data_type}: merge files downloaded with the same data type."
            )


def _bands(source: _Source) -> str:
    return ", ".join(name or "(unnamed)" for name in source.bands)


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


def _translate(mosaic: Path, temp: Path, progress, is_cancelled) -> None:
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
            format="COG",
            creationOptions=COG_OPTIONS,
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

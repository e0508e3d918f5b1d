"""Spectral indices of our files, computed block by block.

Every index (``core.catalogue``) is band math (``core.band_math``) over band names, so
the catalogue, custom normalized differences and free expressions share one evaluator.
Works on any of our files: bands are found by the band list kept beside the file (its
sidecar; else descriptions, else the Stratus ``all`` order), reflectance ((DN + ADD_OFFSET) /
QUANTIFICATION_VALUE when the file has those tags, else DN / 10000) and server-side index
bands (``[Bx_By]``, x 32767) are scaled back to their physical values,
and a pixel is nodata wherever one of its input bands is nodata or the result is not a
finite number (a zero denominator, the root of a negative number).

Output: float32 GeoTIFF, tiled and compressed, nodata ``OUTPUT_NODATA`` (-9999: outside
every index's range, understood by every GIS, unlike NaN in some), the index name as band
description, the source's IMAGE_DATE / MODEL_VERSION / IMAGE_VERSION tags plus INDEX and
FORMULA, and the band statistics over valid pixels. GDAL and numpy only (no QGIS).
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import gdal

from ..api.bands import ALL_BANDS, INDEX_SCALE, NODATA, index_term
from ..api.errors import CancelledError, InputError, StorageError
from ..api.i18n import tr
from ..api.replace import move_into_place
from ..api.store import remove_quietly
from .band_math import Expression
from .catalogue import CUSTOM, SpectralIndex, resolve_index
from .raster_io import (
    CancelCheck,
    Progress,
    band_ids,
    check_output_folder,
    checked,
    flush,
    open_dataset,
    partial_path,
    reflectance_scaling,
    released_on_error,
)

OUTPUT_NODATA = -9999.0
SOURCE_TAGS = ("IMAGE_DATE", "MODEL_VERSION", "IMAGE_VERSION")
# Pixels read per window: bounds memory whatever the raster size (the reader holds one
# window ahead). A whole row of 512 px blocks across a 5120 px tile: one read then decodes
# ten blocks, which GDAL spreads over every core (on 2 cores: 1.0 s instead of 1.1 s for a
# whole tile with 1024 x 512 windows, for 35 MB more at peak).
WINDOW_PIXELS = 5120 * 512
# Pixels computed at a time: numpy's float64 temporaries then stay in the CPU cache, which
# makes the arithmetic two to three times faster than over whole windows.
CHUNK_PIXELS = 1 << 15
OUTPUT_BLOCK = 256


def index_output_path(
    source: str | os.PathLike, index: SpectralIndex, folder: str | os.PathLike | None = None
) -> Path:
    """Where an index of ``source`` goes by default: ``<stem>_<KEY>.tif`` (beside it)."""
    source = Path(source)
    return Path(folder or source.parent) / f"{source.stem}_{index.key}.tif"


@dataclass(frozen=True)
class IndexResult:
    """The written file and what it holds (statistics over valid pixels)."""

    path: Path
    index: SpectralIndex
    width: int
    height: int
    valid_pixels: int
    minimum: float | None
    maximum: float | None
    mean: float | None
    std: float | None
    tags: dict = field(default_factory=dict)
    nodata: float = OUTPUT_NODATA

    @property
    def image_date(self) -> str | None:
        return self.tags.get("IMAGE_DATE")


@dataclass(frozen=True)
class _Input:
    """Where each term of the formula lives in the source, and how to scale it."""

    numbers: tuple[int, ...]  # 1-based band numbers, in the order of ``terms``
    terms: tuple[str, ...]
    scales: tuple[float, ...]  # physical value = (stored + offset) / scale
    nodata: tuple[float | None, ...]
    offsets: tuple[float, ...] = ()


def compute_index(
    source: str | os.PathLike,
    index: str | SpectralIndex,
    output: str | os.PathLike,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    window_pixels: int = WINDOW_PIXELS,
) -> IndexResult:
    """Write ``index`` of ``source`` to ``output`` (float32 GeoTIFF), window by window.

    ``progress`` gets a fraction 0..1; when ``is_cancelled()`` turns true, CancelledError is
    raised and nothing is left at ``output``.
    """
    spectral = resolve_index(index)
    source, output = Path(source), Path(output)
    check_output_folder(output)
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise InputError(tr("The output file is the input file: choose another output name."))
    temp = partial_path(output)
    dataset = target = None
    with released_on_error():
        try:
            dataset = _open(source)
            names = band_ids(dataset, source)
            expression = _formula_for(spectral, names)
            inputs = _locate(expression.terms, dataset, source, spectral, names)
            tags = {k: v for k, v in (dataset.GetMetadata() or {}).items() if k in SOURCE_TAGS}
            target = _create(temp, dataset, spectral, expression, tags)
            windows = _windows(dataset, inputs.numbers[0], window_pixels)
            stats = _fill(dataset, inputs, expression, target, windows, progress, is_cancelled)
            stats.write(target.GetRasterBand(1))
            flush(target)
            target = None
            output = move_into_place(temp, output)
        except RuntimeError as exc:  # GDAL: a full disk, an unreadable block
            raise StorageError(
                tr(
                    "Could not write {file} ({reason}): check free disk space and that the "
                    "source file is complete. Nothing was saved."
                ).format(file=output.name, reason=str(exc).strip())
            ) from None
        finally:
            target = dataset = None
            remove_quietly(temp)
    return stats.result(output, spectral, tags)


def _fill(dataset, inputs, expression, target, windows, progress, is_cancelled) -> _Statistics:
    """Compute and write every window; the statistics of what was written.

    One reader thread decodes the next window while this one is computed and written: GDAL
    lets go of the GIL while it decodes, so the two overlap on separate cores. Only that
    thread touches the source dataset until the loop ends.
    """
    band = target.GetRasterBand(1)
    stats = _Statistics()
    done, total = 0, dataset.RasterXSize * dataset.RasterYSize
    numbers = list(dict.fromkeys(inputs.numbers))
    positions = [numbers.index(number) for number in inputs.numbers]
    queue = [(window, window == row[-1]) for row in windows for window in row]
    with ThreadPoolExecutor(1, thread_name_prefix="clearsky-index-read") as reader:
        ahead = reader.submit(_read, dataset, numbers, *queue[0])
        for position, ((x, y, width, height), row_end) in enumerate(queue):
            if is_cancelled and is_cancelled():
                raise CancelledError()
            raw = ahead.result()
            if position + 1 < len(queue):
                ahead = reader.submit(_read, dataset, numbers, *queue[position + 1])
            result = _compute(raw, positions, inputs, expression, stats)
            checked(band.WriteArray, result, x, y)
            done += width * height
            if progress:
                progress(done / total)
            if row_end:
                # Whole block rows are done: write them out and drop them from GDAL's
                # block cache, so memory stays bounded whatever the raster size.
                flush(target)
    return stats


def _read(dataset: gdal.Dataset, numbers: list[int], window: tuple, row_end: bool) -> np.ndarray:
    """The window's bands (band, row, column) as stored, in one dataset-level read."""
    x, y, width, height = window
    # Pixel-interleaved files decode each block once for all bands.
    raw = checked(dataset.ReadAsArray, x, y, width, height, band_list=numbers)
    if row_end:
        dataset.FlushCache()
    return raw.reshape(len(numbers), height, width)


def _compute(raw: np.ndarray, positions, inputs: _Input, expression, stats) -> np.ndarray:
    """The window's float32 result with nodata marked, a few rows at a time.

    ``positions``: where each of ``inputs.terms`` is in ``raw``.
    """
    height, width = raw.shape[1:]
    result = np.empty((height, width), dtype=np.float32)
    step = max(1, CHUNK_PIXELS // width)
    for top in range(0, height, step):
        planes = raw[:, top : top + step]
        invalid = np.zeros(planes.shape[1:], dtype=bool)
        values = {}
        offsets = inputs.offsets or (0.0,) * len(inputs.terms)
        for term, position, scale, nodata, offset in zip(
            inputs.terms, positions, inputs.scales, inputs.nodata, offsets
        ):
            plane = planes[position]
            if nodata is not None:
                invalid |= np.isnan(plane) if math.isnan(nodata) else plane == nodata
            if offset:
                values[term] = np.add(plane, offset, dtype=np.float64) * (1.0 / scale)
            else:
                values[term] = np.multiply(plane, 1.0 / scale, dtype=np.float64)
        part = result[top : top + step]
        part[...] = expression.evaluate(values)
        invalid |= ~np.isfinite(part)
        np.copyto(part, np.float32(OUTPUT_NODATA), where=invalid)
        stats.add(part, invalid)
    return result


def _open(source: Path) -> gdal.Dataset:
    dataset = open_dataset(source)
    if dataset.GetDriver().ShortName == "GTiff":
        # GDAL >= 3.6 decodes the blocks of one read on several threads.
        dataset = open_dataset(source, ["NUM_THREADS=ALL_CPUS"])
    return dataset


def _formula_for(spectral: SpectralIndex, names: list[str]) -> Expression:
    """The index's formula, or the server-side ratio band when only that is in the file."""
    expression = spectral.expression
    lacking = set(expression.terms) - set(names)
    if lacking and spectral.server_term and spectral.server_term in names:
        return Expression.parse(spectral.server_term)
    return expression


def _locate(terms, dataset: gdal.Dataset, source: Path, spectral: SpectralIndex, names) -> _Input:
    if not any(name in ALL_BANDS or index_term(name) for name in names):
        raise InputError(
            tr(
                "{file} has no named bands (B2, B3, ...): indices work on ClearSKY Vision "
                "files, whose bands are named by the server."
            ).format(file=source.name)
        )
    missing = [term for term in terms if term not in names]
    if missing:
        what = spectral.key if spectral.key != CUSTOM else tr("The expression")
        if len(missing) > 1:
            text = tr(
                "{what} needs bands {missing}, which this file lacks (it has {present}): "
                "download with bands 'all' or include {missing}."
            )
        else:
            text = tr(
                "{what} needs band {missing}, which this file lacks (it has {present}): "
                "download with bands 'all' or include {missing}."
            )
        raise InputError(
            text.format(
                what=what,
                missing=", ".join(missing),
                present=", ".join(n for n in names if n),
            )
        )
    numbers = tuple(names.index(term) + 1 for term in terms)
    for number in numbers:
        kind = gdal.GetDataTypeName(dataset.GetRasterBand(number).DataType)
        if kind == "Byte":
            raise InputError(
                tr(
                    "{file} is an 8-bit file made for display: indices need the int16 "
                    "reflectance files. Download with data type int16."
                ).format(file=source.name)
            )
    scaling = [
        (0.0, INDEX_SCALE) if index_term(term) else reflectance_scaling(dataset, number)
        for term, number in zip(terms, numbers)
    ]
    nodata = tuple(_nodata(dataset.GetRasterBand(number)) for number in numbers)
    offsets = tuple(offset for offset, _ in scaling)
    scales = tuple(scale for _, scale in scaling)
    return _Input(numbers, tuple(terms), scales, nodata, offsets)


def _nodata(band: gdal.Band) -> float | None:
    value = band.GetNoDataValue()
    if value is not None:
        return value
    # Our files always mark -32768; an integer band without the tag still means it.
    return NODATA if band.DataType in (gdal.GDT_Int16, gdal.GDT_Int32) else None


def _creation_options() -> list[str]:
    options = ["TILED=YES", f"BLOCKXSIZE={OUTPUT_BLOCK}", f"BLOCKYSIZE={OUTPUT_BLOCK}"]
    codecs = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    # ZSTD level 1 writes these float rasters twice as fast as DEFLATE at the same size;
    # DEFLATE where this GDAL lacks ZSTD. Level 1: higher levels barely shrink the file.
    if "ZSTD" in codecs:
        options += ["COMPRESS=ZSTD", "ZSTD_LEVEL=1"]
    else:
        options += ["COMPRESS=DEFLATE", "ZLEVEL=1"]
    # Horizontal differencing (2), lossless on float32 too: on a 10 m tile's NDVI it needs
    # less than half the CPU of the floating point predictor (3), whose libtiff code took a
    # quarter of the whole index's time, for a file 17% larger (51 MB instead of 44).
    options += ["PREDICTOR=2", "BIGTIFF=IF_SAFER"]
    # Compressing on GDAL's worker threads pays where cores are left over; on two, the
    # reader's decoding already takes both, and the hand-offs only cost (5% more CPU).
    if (os.cpu_count() or 1) > 2:
        options.append("NUM_THREADS=ALL_CPUS")
    return options


def _create(temp: Path, source: gdal.Dataset, spectral, expression, tags) -> gdal.Dataset:
    driver = gdal.GetDriverByName("GTiff")
    try:
        target = checked(
            driver.Create,
            str(temp),
            source.RasterXSize,
            source.RasterYSize,
            1,
            gdal.GDT_Float32,
            options=_creation_options(),
        )
    except RuntimeError as exc:
        raise StorageError(
            tr("Cannot create a file in {folder} ({reason}): choose another folder.").format(
                folder=temp.parent, reason=str(exc).strip()
            )
        ) from None
    target.SetGeoTransform(source.GetGeoTransform())
    target.SetProjection(source.GetProjection())
    target.SetMetadata({**tags, "INDEX": spectral.key, "FORMULA": expression.text})
    band = target.GetRasterBand(1)
    band.SetNoDataValue(OUTPUT_NODATA)
    band.SetDescription(spectral.key)
    return target


def _windows(dataset: gdal.Dataset, band: int, budget: int) -> list[list[tuple]]:
    """Rows of windows (x, y, width, height) aligned to the source's and output's blocks."""
    width, height = dataset.RasterXSize, dataset.RasterYSize
    block_x, block_y = dataset.GetRasterBand(band).GetBlockSize()
    rows = _align(max(block_y, OUTPUT_BLOCK), OUTPUT_BLOCK)
    if rows > 4 * OUTPUT_BLOCK:  # odd strip heights: do not let one window grow huge
        rows = OUTPUT_BLOCK
    step_x = block_x if block_x < width else OUTPUT_BLOCK
    step_x = math.lcm(step_x, OUTPUT_BLOCK) if step_x <= 4 * OUTPUT_BLOCK else OUTPUT_BLOCK
    cols = min(width, max(step_x, budget // rows // step_x * step_x))
    return [
        [(x, y, min(cols, width - x), min(rows, height - y)) for x in range(0, width, cols)]
        for y in range(0, height, rows)
    ]


def _align(value: int, step: int) -> int:
    return -(-value // step) * step


class _Statistics:
    """Running count, sum, sum of squares, min and max over valid pixels."""

    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0
        self.squares = 0.0
        self.minimum = math.inf
        self.maximum = -math.inf

    def add(self, values: np.ndarray, invalid: np.ndarray) -> None:
        valid = values[~invalid] if invalid.any() else values.ravel()
        if not valid.size:
            return
        wide = valid.astype(np.float64)
        self.count += int(wide.size)
        self.total += float(wide.sum())
        self.squares += float(np.square(wide).sum())  # not np.dot: BLAS threads spin
        self.minimum = min(self.minimum, float(valid.min()))
        self.maximum = max(self.maximum, float(valid.max()))

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None

    @property
    def std(self) -> float | None:
        if not self.count:
            return None
        return math.sqrt(max(0.0, self.squares / self.count - self.mean**2))

    def write(self, band: gdal.Band) -> None:
        # Stored in the file, so QGIS need not scan it again to style or show statistics.
        if self.count:
            band.SetStatistics(self.minimum, self.maximum, self.mean, self.std)

    def result(self, path: Path, spectral: SpectralIndex, tags: dict) -> IndexResult:
        dataset = open_dataset(path)
        found = self.count > 0
        return IndexResult(
            path,
            spectral,
            dataset.RasterXSize,
            dataset.RasterYSize,
            self.count,
            self.minimum if found else None,
            self.maximum if found else None,
            self.mean,
            self.std,
            tags,
        )

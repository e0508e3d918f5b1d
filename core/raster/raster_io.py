"""GDAL helpers shared by merge and indices: checked calls, opening, band names.

QGIS shares one ``osgeo`` module with every plugin, so the plugin never switches GDAL's
exception mode: ``checked`` turns a failure into RuntimeError with GDAL's message in
either mode (a None result, an error code, or an error raised or only recorded).
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from osgeo import gdal

from ..api.bands import ALL_BANDS, REFLECTANCE_SCALE, index_term
from ..api.errors import InputError
from ..api.gdal_calls import quiet
from ..api.i18n import tr
from ..api.store import band_ids_of

Progress = Callable[[float], None]  # a fraction from 0 to 1
CancelCheck = Callable[[], bool]


def checked(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, or RuntimeError naming GDAL's error when it failed."""
    gdal.ErrorReset()
    with quiet():
        result = function(*args, **kwargs)
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure
    if failed or result is None or (isinstance(result, int) and result != 0):
        raise RuntimeError(gdal.GetLastErrorMsg() or f"GDAL's {function.__name__} failed")
    return result


@contextmanager
def released_on_error() -> Iterator[None]:
    """Let an error out without the GDAL datasets its traceback's frames still hold.

    A stored error (a batch collecting failures, a task keeping it for the main thread)
    would otherwise keep a dataset open until Python's last garbage collection, after QGIS
    has shut GDAL down: closing it then crashes the process.
    """
    try:
        yield
    except BaseException as exc:
        seen = exc
        while seen is not None:
            traceback.clear_frames(seen.__traceback__)
            seen = seen.__cause__ or seen.__context__
        raise


def flush(dataset: gdal.Dataset) -> None:
    """Write cached blocks out (and drop them); RuntimeError if writing failed (a full disk)."""
    gdal.ErrorReset()
    with quiet():
        dataset.FlushCache()
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise RuntimeError(gdal.GetLastErrorMsg())


def open_dataset(path: Path, open_options: list[str] | None = None) -> gdal.Dataset:
    """The raster at ``path``, or InputError saying it cannot be read."""
    try:
        dataset = checked(gdal.OpenEx, str(path), gdal.OF_RASTER, open_options=open_options or [])
    except RuntimeError:
        dataset = None
    if dataset is None or dataset.RasterCount == 0:
        raise InputError(
            tr("{file} cannot be read as a raster: choose a GeoTIFF file.").format(file=path.name)
        )
    return dataset


def band_names(dataset: gdal.Dataset) -> list[str]:
    """The band descriptions as terms (``B8``, ``[B8_B4]``), '' for unnamed bands."""
    names = []
    for number in range(1, dataset.RasterCount + 1):
        text = (dataset.GetRasterBand(number).GetDescription() or "").strip()
        pair = index_term(text)
        names.append(f"[{pair[0]}_{pair[1]}]" if pair else text.upper())
    return names


def band_ids(dataset: gdal.Dataset, path: str | os.PathLike | None = None) -> list[str]:
    """What each band of the file holds (``B8``, ``[B8_B4]``, '' when unknown), in order.

    The requested band list kept beside the file (its sidecar) decides; without one, the
    band descriptions; without those, the Stratus ``all`` order for a 10-band file. The
    GeoTIFF's descriptions alone are never trusted over the request.
    """
    count = dataset.RasterCount
    recorded = band_ids_of(path) if path is not None else None
    if recorded and len(recorded) == count:
        return [_canonical(term) for term in recorded]
    described = band_names(dataset)
    if any(name in ALL_BANDS or index_term(name) for name in described):
        return described
    if count == len(ALL_BANDS):
        return list(ALL_BANDS)
    return described


def _canonical(term: str) -> str:
    pair = index_term(term)
    return f"[{pair[0]}_{pair[1]}]" if pair else term.strip().upper()


def reflectance_scaling(dataset: gdal.Dataset, number: int) -> tuple[float, float]:
    """(offset, divisor) so that reflectance = (DN + offset) / divisor for band ``number``.

    From the file's ADD_OFFSET / QUANTIFICATION_VALUE tags (band first, then dataset;
    any metadata domain GDAL shows by default) when present, else (0, 10000).
    """
    band = dataset.GetRasterBand(number)
    offset = _tag(band, dataset, "ADD_OFFSET")
    divisor = _tag(band, dataset, "QUANTIFICATION_VALUE")
    if divisor is None or divisor == 0:
        divisor = REFLECTANCE_SCALE
    return (offset or 0.0), divisor


def _tag(band: gdal.Band, dataset: gdal.Dataset, name: str) -> float | None:
    for holder in (band, dataset):
        for key, value in (holder.GetMetadata() or {}).items():
            if key.upper() in (name, f"BOA_{name}"):
                try:
                    return float(str(value).split(",")[0])
                except ValueError:
                    continue
    return None


def partial_path(output: Path) -> Path:
    """A hidden file beside ``output`` to write into before the final rename."""
    return output.with_name(f".{output.name}.{os.getpid()}-{threading.get_ident()}.part")


def check_output_folder(output: Path) -> None:
    if not output.parent.is_dir():
        raise InputError(
            tr("The output folder {folder} does not exist: create it or choose another.").format(
                folder=output.parent
            )
        )

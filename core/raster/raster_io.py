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

from ..api.bands import index_term
from ..api.errors import InputError
from ..api.gdal_calls import quiet

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
        raise InputError(f"{path.name} cannot be read as a raster: choose a GeoTIFF file.")
    return dataset


def band_names(dataset: gdal.Dataset) -> list[str]:
    """The band descriptions as terms (``B8``, ``[B8_B4]``), '' for unnamed bands."""
    names = []
    for number in range(1, dataset.RasterCount + 1):
        text = (dataset.GetRasterBand(number).GetDescription() or "").strip()
        pair = index_term(text)
        names.append(f"[{pair[0]}_{pair[1]}]" if pair else text.upper())
    return names


def partial_path(output: Path) -> Path:
    """A hidden file beside ``output`` to write into before the final rename."""
    return output.with_name(f".{output.name}.{os.getpid()}-{threading.get_ident()}.part")


def check_output_folder(output: Path) -> None:
    if not output.parent.is_dir():
        raise InputError(
            f"The output folder {output.parent} does not exist: create it or choose another."
        )

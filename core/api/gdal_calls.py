"""GDAL calls that behave the same whether or not anyone called ``gdal.UseExceptions()``.

QGIS shares one ``osgeo`` module with every plugin and Processing, so the plugin never flips
that process-wide switch. Errors are silenced on this thread only (CPL error handlers are
thread-local) and come back as ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable

from osgeo import gdal


@contextmanager
def quiet() -> Iterator[None]:
    """No GDAL warnings or errors printed by calls inside, on this thread."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def attempt(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)``, or None when GDAL reports a failure (by exception or by value)."""
    with quiet():
        try:
            return function(*args)
        except (RuntimeError, ValueError, TypeError):
            return None


def succeeded(function: Callable[..., Any], *args: Any) -> bool:
    """For GDAL calls returning an error code: True when the code is 0 (OGRERR_NONE/CE_None)."""
    return attempt(function, *args) == 0


def open_raster(path: str, update: bool = False) -> gdal.Dataset | None:
    """The dataset, or None when GDAL cannot open it as a raster."""
    flags = gdal.OF_RASTER | (gdal.OF_UPDATE if update else 0)
    return attempt(gdal.OpenEx, str(path), flags)

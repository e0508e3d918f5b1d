"""Small GeoTIFFs written with GDAL for raster tests: named bands, chosen values and nodata."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, osr

FULL_ORDER = ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")


def write_raster(
    path: Path,
    bands: dict[str, np.ndarray],
    nodata: float | None = -32768,
    epsg: int = 32632,
    origin: tuple[float, float] = (500000.0, 6160000.0),
    pixel: float = 10.0,
    tags: dict | None = None,
    data_type: int = gdal.GDT_Int16,
) -> Path:
    """A GeoTIFF with one band per entry of ``bands`` (description = key), in that order."""
    arrays = list(bands.values())
    height, width = arrays[0].shape
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path),
        width,
        height,
        len(arrays),
        data_type,
        ["TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"],
    )
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    for number, (name, values) in enumerate(bands.items(), 1):
        band = dataset.GetRasterBand(number)
        band.SetDescription(name)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(values)
    if tags:
        dataset.SetMetadata(tags)
    dataset = None
    return path


def reflectances(shape: tuple[int, int], seed: int = 1) -> dict[str, np.ndarray]:
    """Plausible int16 reflectances (x 10000) for every band, vegetation-like NIR > red."""
    rng = np.random.default_rng(seed)
    ranges = {
        "B2": (100, 1000),
        "B3": (200, 1500),
        "B4": (100, 3000),
        "B5": (300, 3500),
        "B6": (500, 4500),
        "B7": (600, 5000),
        "B8": (500, 6000),
        "B8A": (500, 6000),
        "B11": (300, 4000),
        "B12": (200, 3000),
    }
    return {
        name: rng.integers(low, high, size=shape).astype(np.int16)
        for name, (low, high) in ranges.items()
    }


def read(path: Path, band: int = 1) -> np.ndarray:
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(band).ReadAsArray()

"""Raster generation with GDAL: the Processing API's GeoTIFF/PNG for one request.

Pixels are computed block by block: the pixel centres of a block are mapped to lon/lat through a
coarse grid of exactly transformed points (bilinear in between), then fed to the landscape model.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from osgeo import gdal, ogr, osr
from shapely.geometry.base import BaseGeometry

from emulator.contract import CompositeRequest, index_parts
from emulator.landscape import BANDS, reflectance
from emulator.world import Zone, pixel_zone_keys

NODATA_INT16 = -32768
NODATA_UINT8 = 0
INDEX_SCALE = 32767
HARMONIZE_OFFSET = 1000  # Harmonize=false: the processing-baseline 04 offset stays in the DN
UINT8_REFLECTANCE_MAX = 4000  # reflectance x 10000 that maps to uint8 255
M_PER_DEG = 111320.0
MAX_PIXELS = 150_000_000
_COARSE_STEP = 16
_BLOCK_PIXELS = 1 << 20
GTIFF_OPTIONS = ["COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=1", "BIGTIFF=IF_SAFER"]


class RasterTooLargeError(ValueError):
    """The request's bounding box holds more pixels than the emulator will render."""


class OutsideProjectionError(ValueError):
    """The AOI cannot be expressed in the requested CRS."""


def srs_for(epsg: int) -> osr.SpatialReference:
    """An EPSG spatial reference with x = easting/longitude axis order."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


WGS84 = srs_for(4326)


@dataclass
class Grid:
    """A north-up pixel grid in some CRS."""

    srs: osr.SpatialReference
    epsg: int
    geotransform: tuple[float, float, float, float, float, float]
    width: int
    height: int

    def lonlat_rows(self, r0: int, r1: int, coarse: tuple | None) -> tuple[np.ndarray, np.ndarray]:
        """lon/lat (float64, shape (r1-r0, width)) of the pixel centres of rows r0..r1."""
        gt = self.geotransform
        cols = np.arange(self.width, dtype=np.float64)
        rows = np.arange(r0, r1, dtype=np.float64)
        if coarse is None:
            lon = np.broadcast_to(gt[0] + (cols + 0.5) * gt[1], (r1 - r0, self.width))
            lat = np.broadcast_to((gt[3] + (rows + 0.5) * gt[5])[:, None], (r1 - r0, self.width))
            return np.ascontiguousarray(lon), np.ascontiguousarray(lat)
        return _interpolate(coarse[0], r0, r1, self.width), _interpolate(
            coarse[1], r0, r1, self.width
        )

    def coarse_lonlat(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Exactly transformed lon/lat every 16 pixels (None when the grid is already lon/lat)."""
        if self.epsg == 4326:
            return None
        gt = self.geotransform
        gh = (self.height - 1) // _COARSE_STEP + 2
        gw = (self.width - 1) // _COARSE_STEP + 2
        xs = gt[0] + (np.arange(gw) * _COARSE_STEP + 0.5) * gt[1]
        ys = gt[3] + (np.arange(gh) * _COARSE_STEP + 0.5) * gt[5]
        xx, yy = np.meshgrid(xs, ys)
        ct = osr.CoordinateTransformation(self.srs, WGS84)
        pts = np.array(ct.TransformPoints(np.column_stack([xx.ravel(), yy.ravel()]).tolist()))
        return pts[:, 0].reshape(gh, gw), pts[:, 1].reshape(gh, gw)


def _interpolate(coarse: np.ndarray, r0: int, r1: int, width: int) -> np.ndarray:
    rows = np.arange(r0, r1)
    k = rows // _COARSE_STEP
    t = ((rows % _COARSE_STEP) / _COARSE_STEP)[:, None]
    along = coarse[k] * (1 - t) + coarse[k + 1] * t
    cols = np.arange(width)
    kc = cols // _COARSE_STEP
    tc = (cols % _COARSE_STEP) / _COARSE_STEP
    return along[:, kc] * (1 - tc) + along[:, kc + 1] * tc


def pixel_size(resolution: int, srs: osr.SpatialReference, lat: float) -> tuple[float, float]:
    """(x, y) pixel size: metres as given, or degrees spanning ~resolution m on the ground."""
    if srs.IsGeographic():
        return resolution / (M_PER_DEG * math.cos(math.radians(lat))), resolution / M_PER_DEG
    return float(resolution), float(resolution)


def plan_grid(geometry: BaseGeometry, epsg: int, resolution: int) -> tuple[Grid, ogr.Geometry]:
    """The output grid aligned to multiples of the pixel size, and the AOI in the target CRS."""
    srs = srs_for(epsg)
    target = ogr.CreateGeometryFromWkb(geometry.wkb)
    if epsg != 4326:
        try:
            failed = target.Transform(osr.CoordinateTransformation(WGS84, srs)) != 0
        except RuntimeError:  # when the caller's process runs OGR with exceptions enabled
            failed = True
        minx, maxx, miny, maxy = target.GetEnvelope()
        if failed or not all(math.isfinite(v) for v in (minx, maxx, miny, maxy)):
            raise OutsideProjectionError(f"the AOI cannot be projected to EPSG:{epsg}")
    px, py = pixel_size(resolution, srs, geometry.centroid.y)
    minx, maxx, miny, maxy = target.GetEnvelope()
    eps = 1e-7
    x0 = math.floor(minx / px + eps) * px
    x1 = math.ceil(maxx / px - eps) * px
    y0 = math.floor(miny / py + eps) * py
    y1 = math.ceil(maxy / py - eps) * py
    width = max(1, round((x1 - x0) / px))
    height = max(1, round((y1 - y0) / py))
    if width * height > MAX_PIXELS:
        raise RasterTooLargeError(f"{width} x {height} pixels")
    return Grid(srs, epsg, (x0, px, 0.0, y1, 0.0, -py), width, height), target


def polygon_mask(grid: Grid, geometry: ogr.Geometry, mode: str) -> np.ndarray:
    """Pixels selected by the AOI: 'intersect' = touching it, 'contained' = fully inside it."""
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(grid.geotransform)
    mem.SetProjection(grid.srs.ExportToWkt())
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("aoi", grid.srs)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    if mode == "intersect":
        gdal.RasterizeLayer(mem, [1], layer, burn_values=[1], options=["ALL_TOUCHED=TRUE"])
    else:
        gdal.RasterizeLayer(mem, [1], layer, burn_values=[1])
        # A pixel crossed by the outline is not fully inside, even when its centre is.
        edges = source.CreateLayer("edges", grid.srs)
        outline = ogr.Feature(edges.GetLayerDefn())
        outline.SetGeometry(geometry.GetBoundary())
        edges.CreateFeature(outline)
        gdal.RasterizeLayer(mem, [1], edges, burn_values=[0], options=["ALL_TOUCHED=TRUE"])
    return mem.GetRasterBand(1).ReadAsArray().astype(bool)


def band_values(terms: tuple[str, ...], refl: np.ndarray) -> np.ndarray:
    """int16 values (len(terms), N) of bands and [Bx_By] indices from reflectance (10, N)."""
    out = np.empty((len(terms), refl.shape[1]), dtype=np.int16)
    for i, term in enumerate(terms):
        parts = index_parts(term)
        if parts is None:
            out[i] = refl[BANDS.index(term)]
            continue
        a = refl[BANDS.index(parts[0])].astype(np.float32)
        b = refl[BANDS.index(parts[1])].astype(np.float32)
        total = a + b
        with np.errstate(invalid="ignore", divide="ignore"):
            index = np.rint((a - b) / total * INDEX_SCALE)
        out[i] = np.where(total == 0, NODATA_INT16, index).astype(np.int16)
    return out


def to_uint8(terms: tuple[str, ...], values: np.ndarray) -> np.ndarray:
    """uint8 scaling: bands 0..4000 -> 1..255, indices -1..1 -> 1..255; 0 stays nodata."""
    out = np.empty(values.shape, dtype=np.uint8)
    for i, term in enumerate(terms):
        v = values[i].astype(np.float32)
        if index_parts(term) is None:
            scaled = v / UINT8_REFLECTANCE_MAX * 254 + 1
        else:
            scaled = (v / INDEX_SCALE + 1) / 2 * 254 + 1
        out[i] = np.where(values[i] == NODATA_INT16, 0, np.clip(np.rint(scaled), 1, 255))
    return out


def render(
    dataset: gdal.Dataset,
    grid: Grid,
    day: dt.date,
    terms: tuple[str, ...],
    valid: Callable[[int, int, np.ndarray, np.ndarray], np.ndarray],
    uint8: bool,
    nodata: int = NODATA_INT16,
    offset: int = 0,
) -> None:
    """Fill `dataset` block by block; valid(r0, r1, lon, lat) selects the pixels that get data.

    `nodata` replaces -32768 in int16 output; uint8 output always uses 0. `offset` is added to
    the valid pixels of spectral bands (non-harmonized output: DN = reflectance x 10000 + 1000).
    """
    spectral = [i for i, term in enumerate(terms) if index_parts(term) is None]
    coarse = grid.coarse_lonlat()
    rows_per_block = max(1, _BLOCK_PIXELS // grid.width)
    for r0 in range(0, grid.height, rows_per_block):
        r1 = min(grid.height, r0 + rows_per_block)
        lon, lat = grid.lonlat_rows(r0, r1, coarse)
        ok = valid(r0, r1, lon, lat) & np.isfinite(lon) & np.isfinite(lat)
        values = np.full((len(terms), r1 - r0, grid.width), NODATA_INT16, dtype=np.int16)
        if ok.any():
            values[:, ok] = band_values(terms, reflectance(lon[ok], lat[ok], day))
            if offset and not uint8:
                for i in spectral:
                    values[i, ok] += offset
        block = to_uint8(terms, values) if uint8 else values
        if not uint8 and nodata != NODATA_INT16:
            block[:, ~ok] = nodata
        dataset.WriteRaster(
            0, r0, grid.width, r1 - r0, block.tobytes(), band_list=list(range(1, len(terms) + 1))
        )


def describe(dataset: gdal.Dataset, terms: tuple[str, ...], tags: dict, nodata: int) -> None:
    """Band descriptions, nodata on every band and the dataset metadata tags."""
    dataset.SetMetadata(tags)
    for i, term in enumerate(terms, start=1):
        band = dataset.GetRasterBand(i)
        band.SetDescription(term)
        band.SetNoDataValue(nodata)


def version_tags(day: dt.date, zones: list[Zone]) -> dict[str, str]:
    """IMAGE_DATE and one MODEL_VERSION / IMAGE_VERSION value per zone, in storage order."""
    ordered = sorted(zones, key=Zone.storage_key)
    return {
        "IMAGE_DATE": day.strftime("%Y%m%d"),
        "MODEL_VERSION": ",".join(z.model_version for z in ordered),
        "IMAGE_VERSION": ",".join(z.image_version(day) for z in ordered),
    }


def render_composite(request: CompositeRequest, zones: list[Zone], out_path: Path) -> Path:
    """Write the composite file for a validated request; zones = the AOI's zones with the date."""
    assert request.date is not None
    grid, target = plan_grid(request.geometry, request.epsg, request.resolution)
    mask = polygon_mask(grid, target, request.pixel_mode)
    allowed = np.array(sorted(z.x * 1000 + z.y for z in zones), dtype=np.int64)
    bounds = request.geometry.bounds

    def valid(r0: int, r1: int, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        return mask[r0:r1] & np.isin(pixel_zone_keys(lon, lat, bounds), allowed)

    uint8 = request.out_data_type == "uint8"
    gdal_type = gdal.GDT_Byte if uint8 else gdal.GDT_Int16
    n = len(request.bands)
    if request.file_type == "png":
        dataset = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, n, gdal_type)
    else:
        dataset = gdal.GetDriverByName("GTiff").Create(
            str(out_path), grid.width, grid.height, n, gdal_type, options=GTIFF_OPTIONS
        )
    if dataset is None:
        raise RuntimeError(f"GDAL could not create {out_path}: {gdal.GetLastErrorMsg()}")
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.srs.ExportToWkt())
    offset = 0 if request.harmonize or uint8 else HARMONIZE_OFFSET
    render(dataset, grid, request.date, request.bands, valid, uint8, offset=offset)
    tags = version_tags(request.date, zones)
    if offset:
        tags.update(ADD_OFFSET=str(-offset), QUANTIFICATION_VALUE="10000")
    describe(dataset, request.bands, tags, 0 if uint8 else NODATA_INT16)
    if request.file_type == "png":
        png = gdal.GetDriverByName("PNG").CreateCopy(
            str(out_path), dataset, options=["WRITE_METADATA_AS_TEXT=YES"]
        )
        if png is None:
            raise RuntimeError(f"GDAL could not write {out_path}: {gdal.GetLastErrorMsg()}")
        png = None
    dataset.FlushCache()
    dataset = None
    return out_path

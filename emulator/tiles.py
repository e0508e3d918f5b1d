"""Legacy Tile API: image ids, pre-signed blob URLs and cached Cloud Optimized GeoTIFF tiles."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import math
import os
import secrets
import threading
import time
import uuid
from pathlib import Path

from osgeo import gdal, osr

from emulator import imagery
from emulator.landscape import BANDS
from emulator.world import FIRST_DATE, Zone, land_mask

TILE_PIXEL_M = 10
TILE_NODATA = 0
TILE_PRICE_CREDITS = 262.1
_ID_DAYS = 100_000
_CACHE_MAX_BYTES = 256 * 1024 * 1024


def image_id(zone: Zone, day: dt.date) -> int:
    """SatelliteImageId = (X * 1000 + Y) * 100000 + days since 2023-01-01."""
    return (zone.x * 1000 + zone.y) * _ID_DAYS + (day - FIRST_DATE).days


def decode_image_id(value: int) -> tuple[Zone, dt.date] | None:
    """(zone, date) of an id, None when it cannot be one of ours."""
    if value < 0:
        return None
    cell, days = divmod(value, _ID_DAYS)
    x, y = divmod(cell, 1000)
    try:
        return Zone(x, y), FIRST_DATE + dt.timedelta(days=days)
    except OverflowError:
        return None


def utm_epsg(zone: Zone) -> int:
    lon0, lat0, lon1, _ = zone.bounds
    number = math.floor(((lon0 + lon1) / 2 + 180) / 6) + 1
    return (32600 if lat0 >= 0 else 32700) + number


class Presigner:
    """HMAC-signed, expiring blob URLs; remembers which key each URL was issued to."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._secret = secrets.token_bytes(32)
        self._owners: dict[str, str] = {}
        self._lock = threading.Lock()

    def _sign(self, image: int, expiry: int) -> str:
        message = f"tiles/{image}.tif|{expiry}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:40]

    def sign(self, image: int, key: str) -> tuple[str, int]:
        """(query string, expiry unix time) for a tile URL issued to `key`."""
        expiry = math.ceil(time.time() + self.ttl)
        sig = self._sign(image, expiry)
        with self._lock:
            self._owners[sig] = key
        return f"se={expiry}&sig={sig}", expiry

    def check(self, image: int, expiry: str, sig: str) -> str:
        """'ok', 'expired' or 'bad'."""
        try:
            expiry_value = int(expiry)
        except (TypeError, ValueError):
            return "bad"
        if not sig or not hmac.compare_digest(self._sign(image, expiry_value), sig):
            return "bad"
        return "ok" if time.time() <= expiry_value else "expired"

    def owner(self, sig: str | None) -> str | None:
        with self._lock:
            return self._owners.get(sig or "")


class TileStore:
    """Tiles generated once per (image id, tile size) and cached on disk."""

    def __init__(self, root: Path, tile_size: int) -> None:
        self.root = root / "tiles" / str(tile_size)
        self.tile_size = tile_size
        self._locks: dict[int, threading.Lock] = {}
        self._guard = threading.Lock()

    def path(self, zone: Zone, day: dt.date) -> Path:
        """The cached tile file, generated first if needed (concurrent callers wait for one run)."""
        image = image_id(zone, day)
        final = self.root / f"{image}.tif"
        if final.exists():
            return final
        with self._guard:
            lock = self._locks.setdefault(image, threading.Lock())
        with lock:
            if not final.exists():
                self.root.mkdir(parents=True, exist_ok=True)
                render_tile(zone, day, self.tile_size, final)
        return final


def tile_grid(zone: Zone, tile_size: int) -> imagery.Grid:
    """A tile_size square of 10 m pixels in the zone's UTM zone, centred on the zone."""
    epsg = utm_epsg(zone)
    srs = imagery.srs_for(epsg)
    lon0, lat0, lon1, lat1 = zone.bounds
    ct = osr.CoordinateTransformation(imagery.WGS84, srs)
    cx, cy, _ = ct.TransformPoint((lon0 + lon1) / 2, (lat0 + lat1) / 2)
    half = tile_size * TILE_PIXEL_M / 2
    x0 = round(cx / TILE_PIXEL_M) * TILE_PIXEL_M - half
    y1 = round(cy / TILE_PIXEL_M) * TILE_PIXEL_M + half
    return imagery.Grid(
        srs, epsg, (x0, TILE_PIXEL_M, 0, y1, 0, -TILE_PIXEL_M), tile_size, tile_size
    )


def render_tile(zone: Zone, day: dt.date, tile_size: int, final: Path) -> None:
    """Render block-wise into an uncompressed temporary GeoTIFF, then write the COG and rename."""
    grid = tile_grid(zone, tile_size)
    token = uuid.uuid4().hex
    source_path = final.with_name(f".{final.stem}.{token}.src.tif")
    cog_path = final.with_name(f".{final.stem}.{token}.cog.tif")
    # The block cache would otherwise grow to 5% of RAM while the 500 MB tile streams through it.
    if gdal.GetCacheMax() > _CACHE_MAX_BYTES:
        gdal.SetCacheMax(_CACHE_MAX_BYTES)
    try:
        source = gdal.GetDriverByName("GTiff").Create(
            str(source_path), tile_size, tile_size, len(BANDS), gdal.GDT_Int16, ["BIGTIFF=YES"]
        )
        source.SetGeoTransform(grid.geotransform)
        source.SetProjection(grid.srs.ExportToWkt())

        def valid(r0, r1, lon, lat):
            return land_mask(lon, lat)

        imagery.render(source, grid, day, BANDS, valid, uint8=False, nodata=TILE_NODATA)
        tags = imagery.version_tags(day, [zone])
        tags["ZONE"] = zone.name
        imagery.describe(source, BANDS, tags, TILE_NODATA)
        block = 512 if tile_size >= 2048 else max(128, tile_size // 2)
        options = [
            "COMPRESS=DEFLATE",
            "PREDICTOR=YES",
            f"BLOCKSIZE={block}",
            "OVERVIEWS=AUTO",
            "RESAMPLING=AVERAGE",
            "NUM_THREADS=ALL_CPUS",
            "BIGTIFF=IF_SAFER",
        ]
        cog = gdal.GetDriverByName("COG").CreateCopy(str(cog_path), source, options=options)
        if cog is None:
            raise RuntimeError(f"COG creation failed: {gdal.GetLastErrorMsg()}")
        cog = None
        source = None
        os.replace(cog_path, final)
    finally:
        for leftover in (source_path, cog_path):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()

"""Synthetic land cover and Sentinel-2 L2A reflectance as a deterministic function of lon/lat/date.

Parcels of ~260 x 180-420 m on a slightly warped grid carry a crop class (rotating yearly); forests,
villages, roads and lakes come from seeded noise. Each pixel is a mix of spectral end-members whose
weights follow the class's phenology, plus mild deterministic texture.
"""

from __future__ import annotations

import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from emulator.noise import hash2, unit, value_noise

BANDS = ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")

# Land cover classes (as returned by `classify`).
LAKE, SPRING_CROP, WINTER_CEREAL, GRASSLAND, FOREST, BARE_SOIL, BUILT_UP = range(7)
CLASS_NAMES = (
    "lake",
    "spring crop",
    "winter cereal",
    "grassland",
    "forest",
    "bare soil",
    "built-up",
)

# End-member spectra, reflectance x 10000, in BANDS order.
_ENDMEMBERS = np.array(
    [
        [250, 550, 300, 950, 2900, 3700, 4100, 4300, 2100, 1000],  # green crop/grass canopy
        [950, 1300, 1650, 1900, 2100, 2250, 2400, 2550, 3200, 2700],  # bare soil
        [850, 1200, 1500, 1850, 2300, 2600, 2800, 2950, 3600, 2800],  # straw, ripe cereal
        [200, 400, 220, 700, 2000, 2700, 3000, 3150, 1400, 650],  # forest canopy
        [500, 650, 750, 1000, 1300, 1450, 1600, 1700, 2000, 1400],  # leaf-off forest floor
        [450, 520, 320, 280, 240, 220, 180, 160, 60, 40],  # open water
        [1050, 1150, 1250, 1350, 1450, 1500, 1600, 1650, 1950, 1750],  # roofs, yards
        [800, 850, 900, 950, 1000, 1020, 1050, 1080, 1200, 1100],  # asphalt
    ],
    dtype=np.float32,
)
_VEG, _SOIL, _STRAW, _CANOPY, _LITTER, _WATER, _URBAN, _ROAD = range(8)

_POOL = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="landscape")
_M_PER_DEG = 111320.0
_COLUMN_M = 260.0
_VILLAGE_CELL_M = 3000.0
_ROAD_SPACING_M = 2300.0
_ROAD_COLUMN_EVERY = 9


def _metric(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # Sinusoidal coordinates: ground metres everywhere, parcels tilt a little with longitude.
    return lon * (_M_PER_DEG * np.cos(np.radians(lat))), lat * _M_PER_DEG


def _gauss(d: np.ndarray, centre: float, width: float) -> np.ndarray:
    return np.exp(-(((d - centre) / width) ** 2))


def _ramp(d: np.ndarray, start: float, length: float) -> np.ndarray:
    return np.clip((d - start) / length, 0.0, 1.0)


class _Parcels:
    """Per-pixel parcel geometry and attributes for one chunk of pixels."""

    def __init__(self, x: np.ndarray, y: np.ndarray):
        warp_x = (value_noise(x / 700.0, y / 700.0, 11) - 0.5) * 80.0
        warp_y = (value_noise(x / 700.0, y / 700.0, 12) - 0.5) * 80.0
        xw = x + warp_x
        yw = y + warp_y
        col_f = xw / _COLUMN_M
        col = np.floor(col_f)
        fx = (col_f - col).astype(np.float32)
        self.col = col.astype(np.int64)
        hcol = hash2(self.col, 0, 13)
        height = (180 + hcol % 240).astype(np.float64)
        offset = ((hcol >> np.uint32(12)) % 400).astype(np.float64)
        row_f = (yw + offset) / height
        row = np.floor(row_f)
        fy = (row_f - row).astype(np.float32)
        self.row = row.astype(np.int64)
        self.hash = hash2(self.col, self.row, 14)
        self.edge_m = np.minimum(
            np.minimum(fx, 1 - fx) * np.float32(_COLUMN_M),
            np.minimum(fy, 1 - fy) * height.astype(np.float32),
        )
        self.centre_x = (self.col + 0.5) * _COLUMN_M
        self.centre_y = (self.row + 0.5) * height - offset
        # Distance to the nearest road: N-S roads on every 9th column edge, E-W roads every 2.3 km.
        left = self.col % _ROAD_COLUMN_EVERY == 0
        right = (self.col + 1) % _ROAD_COLUMN_EVERY == 0
        d_ns = np.where(left, fx * _COLUMN_M, np.float32(1e4))
        d_ns = np.minimum(d_ns, np.where(right, (1 - fx) * _COLUMN_M, np.float32(1e4)))
        t = yw / _ROAD_SPACING_M
        d_ew = (np.abs(t - np.round(t)) * _ROAD_SPACING_M).astype(np.float32)
        self.road_m = np.minimum(d_ns, d_ew)
        self.xw, self.yw = xw, yw
        self.warp_x, self.warp_y = warp_x, warp_y


def _villages(x: np.ndarray, y: np.ndarray, p: _Parcels) -> np.ndarray:
    """True inside a village: about 30% of 3-km cells hold one, of radius 250-600 m."""
    ci = np.floor(x / _VILLAGE_CELL_M).astype(np.int64)
    cj = np.floor(y / _VILLAGE_CELL_M).astype(np.int64)
    h = hash2(ci, cj, 21)
    present = (h & np.uint32(0xFF)) < 77
    u1 = ((h >> np.uint32(8)) & np.uint32(0xFF)).astype(np.float32) / 255
    u2 = ((h >> np.uint32(16)) & np.uint32(0xFF)).astype(np.float32) / 255
    u3 = (h >> np.uint32(24)).astype(np.float32) / 255
    cx = (ci + 0.3 + 0.4 * u1) * _VILLAGE_CELL_M
    cy = (cj + 0.3 + 0.4 * u2) * _VILLAGE_CELL_M
    radius = 250 + 350 * u3
    # A strong warp turns the disc into an irregular settlement outline.
    dx = x + 5 * p.warp_x - cx
    dy = y + 5 * p.warp_y - cy
    return present & (np.hypot(dx, dy) < radius)


def classify(lon: np.ndarray, lat: np.ndarray, year: int) -> np.ndarray:
    """Land cover class per lon/lat for a calendar year (crops rotate between years)."""
    x, y = _metric(lon, lat)
    return _classify(x, y, _Parcels(x, y), year)


def _classify(x: np.ndarray, y: np.ndarray, p: _Parcels, year: int) -> np.ndarray:
    u = unit(p.hash)
    crop = np.where(_crop_is_winter(p.hash, year), WINTER_CEREAL, SPRING_CROP)
    cls = np.where(u < 0.20, GRASSLAND, np.where(u < 0.25, BARE_SOIL, crop)).astype(np.int8)
    forest = value_noise(p.centre_x / 2500.0, p.centre_y / 2500.0, 31) > 0.70
    cls[forest] = FOREST
    cls[_villages(x, y, p)] = BUILT_UP
    lakes = 0.65 * value_noise(x / 1500.0, y / 1500.0, 41) + 0.35 * value_noise(
        x / 450.0, y / 450.0, 42
    )
    cls[lakes > 0.78] = LAKE
    return cls


def _crop_is_winter(parcel_hash: np.ndarray, year: int) -> np.ndarray:
    return unit(hash2(parcel_hash.astype(np.int64), year, 15)) < 0.5


def _spring_crop(d, vigor, next_winter):
    """Green and straw fractions of a spring crop (NDVI peak mid-July, harvest late September)."""
    fv = np.where((d >= 115) & (d <= 268), 0.92 * vigor * _gauss(d, 200, 38), 0.05)
    straw = np.where(d > 200, 0.6 * _ramp(d, 200, 50), 0.10)
    straw = np.where(d > 268, 0.25 * (1 - _ramp(d, 268, 60)) + 0.05, straw)
    fv = np.where(next_winter & (d > 285), np.maximum(fv, 0.30 * _ramp(d, 285, 45)), fv)
    return fv, straw


def _winter_cereal(d, vigor, next_winter):
    """Winter cereal: green through winter, peak in May, ripe (straw) in July, then bare stubble."""
    fv = 0.30 + 0.65 * _ramp(d, 60, 80)
    fv = np.where(d > 175, 0.95 * (1 - _ramp(d, 175, 30)), fv) * vigor
    straw = np.where(d > 175, 0.90 * _ramp(d, 175, 30), 0.05)
    harvested = d > 205
    fv = np.where(harvested, 0.03 + 0.10 * _ramp(d, 230, 60), fv)
    straw = np.where(harvested, 0.45 * (1 - _ramp(d, 205, 55)) + 0.05, straw)
    fv = np.where(next_winter & (d > 285), np.maximum(fv, 0.30 * _ramp(d, 285, 45)), fv)
    return fv, straw


def _grassland(d, vigor):
    """Permanent grass: green all year, greener in summer, with three cuts."""
    fv = vigor * (0.55 + 0.30 * _gauss(d, 170, 70))
    straw = np.full_like(d, 0.04)
    for cut in (150.0, 205.0, 255.0):
        since = d - cut
        recent = (since >= 0) & (since < 25)
        fv = np.where(recent, fv - 0.35 * (1 - since / 25), fv)
        straw = np.where(recent, straw + 0.12 * (1 - since / 25), straw)
    return fv, straw


def _weights(cls, p: _Parcels, d_year: float, year: int, texture: np.ndarray) -> np.ndarray:
    """End-member weights (N, 8) for each pixel."""
    n = cls.shape[0]
    shift = ((p.hash >> np.uint32(16)) % 25).astype(np.float32) - 12
    vigor = 0.85 + 0.20 * unit(hash2(p.hash.astype(np.int64), 1, 16))
    d = np.float32(d_year) - shift
    next_winter = _crop_is_winter(p.hash, year + 1)
    w = np.zeros((n, 8), dtype=np.float32)

    fv_s, st_s = _spring_crop(d, vigor, next_winter)
    fv_w, st_w = _winter_cereal(d, vigor, next_winter)
    fv_g, st_g = _grassland(d, vigor)
    fv_b = 0.04 + 0.08 * _gauss(d, 190, 50)
    fv = np.select(
        [cls == SPRING_CROP, cls == WINTER_CEREAL, cls == GRASSLAND, cls == BARE_SOIL],
        [fv_s, fv_w, fv_g, fv_b],
        0.0,
    ).astype(np.float32)
    straw = np.select(
        [cls == SPRING_CROP, cls == WINTER_CEREAL, cls == GRASSLAND], [st_s, st_w, st_g], 0.0
    ).astype(np.float32)
    # Within-field heterogeneity: denser and thinner patches of the same crop.
    fv = np.clip(fv * (0.88 + 0.24 * texture), 0.0, 1.0)
    straw = np.minimum(straw, 1.0 - fv)
    soil_brightness = 0.80 + 0.40 * unit(hash2(p.hash.astype(np.int64), 2, 17))
    soil_season = 0.90 + 0.12 * _gauss(np.float32(d_year), 200, 80)  # wet dark soil in winter
    w[:, _VEG] = fv
    w[:, _STRAW] = straw
    w[:, _SOIL] = (1.0 - fv - straw) * soil_brightness * soil_season

    forest = cls == FOREST
    evergreen = ((p.hash >> np.uint32(20)) % 5) < 2
    leaf = 0.35 + 0.65 * _ramp(d, 110, 30) * (1 - _ramp(d, 285, 30))
    leaf = np.where(evergreen, 1.0, leaf)
    w[forest] = 0
    w[forest, _CANOPY] = leaf[forest] * (0.92 + 0.16 * texture[forest])
    w[forest, _LITTER] = 1 - leaf[forest]

    built = cls == BUILT_UP
    garden = texture > 0.62
    w[built] = 0
    season = 0.6 + 0.4 * _gauss(np.float32(d_year), 190, 60)
    w[built, _URBAN] = np.where(garden[built], 0.25, 0.75)
    w[built, _VEG] = np.where(garden[built], 0.65, 0.2) * season
    w[built, _SOIL] = 0.08

    lake = cls == LAKE
    w[lake] = 0
    w[lake, _WATER] = 1.0

    # Hedges and tracks along parcel edges; roads are mixed into the pixels they cross.
    fields = (cls != LAKE) & (cls != BUILT_UP) & (cls != FOREST)
    hedge = np.where(fields, 0.5 * np.clip((9.0 - p.edge_m) / 10.0, 0.0, 1.0), 0.0)
    w *= (1 - hedge)[:, None]
    w[:, _VEG] += hedge * 0.7
    w[:, _SOIL] += hedge * 0.3
    road = np.where(lake, 0.0, np.clip((8.5 - p.road_m) / 10.0, 0.0, 1.0))
    w *= (1 - road)[:, None]
    w[:, _ROAD] += road
    return w


def reflectance(lon: np.ndarray, lat: np.ndarray, day: dt.date) -> np.ndarray:
    """Reflectance x 10000 as int16, shape (10, N) in BANDS order, for 1-D lon/lat arrays."""
    out = np.empty((len(BANDS), lon.shape[0]), dtype=np.int16)
    chunk = 1 << 17

    def work(start: int) -> None:
        stop = min(start + chunk, lon.shape[0])
        out[:, start:stop] = _reflectance_chunk(lon[start:stop], lat[start:stop], day)

    starts = range(0, lon.shape[0], chunk)
    if len(starts) > 1:
        # numpy releases the GIL in its loops: chunks on a few threads use the machine's cores.
        list(_POOL.map(work, starts))
    else:
        for start in starts:
            work(start)
    return out


def _reflectance_chunk(lon: np.ndarray, lat: np.ndarray, day: dt.date) -> np.ndarray:
    x, y = _metric(lon, lat)
    parcels = _Parcels(x, y)
    year = day.year
    cls = _classify(x, y, parcels, year)
    texture = value_noise(x / 90.0, y / 90.0, 51)
    weights = _weights(cls, parcels, float(day.timetuple().tm_yday), year, texture)
    refl = weights @ _ENDMEMBERS  # (N, 10)
    # Per-pixel speckle (10 m) and a small per-date radiometric wobble, as in real composites.
    speckle = unit(hash2(np.floor(x / 10.0), np.floor(y / 10.0), 61))
    wobble = (unit(hash2(day.toordinal(), 0, 62))[0] - 0.5) * 0.04
    refl *= (1.0 + wobble + 0.06 * (speckle - 0.5))[:, None]
    np.rint(refl, out=refl)
    np.clip(refl, 1, 32767, out=refl)
    return refl.astype(np.int16).T

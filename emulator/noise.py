"""Deterministic integer hashes and smooth value noise on numpy arrays (uint32 arithmetic)."""

from __future__ import annotations

import numpy as np

_M1 = np.uint32(0x7FEB352D)
_M2 = np.uint32(0x846CA68B)
_PX = np.uint32(0x8DA6B343)
_PY = np.uint32(0xD8163841)
_PS = np.uint32(0xCB1AB31F)
_INV24 = np.float32(1.0 / (1 << 24))


def _avalanche(h: np.ndarray) -> np.ndarray:
    """Mix the bits of uint32 values in place (the 'lowbias32' finaliser) and return them."""
    h ^= h >> np.uint32(16)
    h *= _M1
    h ^= h >> np.uint32(15)
    h *= _M2
    h ^= h >> np.uint32(16)
    return h


def _u32(values) -> np.ndarray:
    # Negative integers wrap modulo 2**32 on purpose: the hash only needs to be stable.
    arr = np.atleast_1d(np.asarray(values))
    if arr.dtype == np.int32:
        return arr.view(np.uint32)
    if arr.dtype.kind == "f":
        arr = arr.astype(np.int64)
    return arr.astype(np.uint32)


def hash_x(xi, seed: int) -> np.ndarray:
    """First stage of the 2-D hash: depends on the x lattice index and the seed only."""
    h = _u32(xi) * _PX
    h += np.uint32((seed * int(_PS)) & 0xFFFFFFFF)
    return _avalanche(h)


def hash_xy(hx: np.ndarray, yi) -> np.ndarray:
    """Second stage of the 2-D hash: combine a `hash_x` result with the y lattice index."""
    h = hx ^ (_u32(yi) * _PY)
    return _avalanche(h)


def hash2(xi, yi, seed: int) -> np.ndarray:
    """Stable uint32 hash of integer lattice coordinates (arrays broadcast)."""
    return hash_xy(hash_x(xi, seed), yi)


def unit(h: np.ndarray) -> np.ndarray:
    """Map uint32 hashes to float32 in [0, 1)."""
    return (h >> np.uint32(8)).astype(np.float32) * _INV24


def value_noise(x: np.ndarray, y: np.ndarray, seed: int) -> np.ndarray:
    """Smooth 2-D value noise in [0, 1); x and y are in lattice units (one unit = one feature)."""
    xf = np.floor(x)
    yf = np.floor(y)
    tx = (x - xf).astype(np.float32)
    ty = (y - yf).astype(np.float32)
    xi = xf.astype(np.int32)
    yi = yf.astype(np.int32)
    tx = tx * tx * (np.float32(3.0) - np.float32(2.0) * tx)
    ty = ty * ty * (np.float32(3.0) - np.float32(2.0) * ty)
    h0 = hash_x(xi, seed)
    h1 = hash_x(xi + 1, seed)
    y1 = yi + 1
    v00 = unit(hash_xy(h0, yi))
    v10 = unit(hash_xy(h1, yi))
    v01 = unit(hash_xy(h0, y1))
    v11 = unit(hash_xy(h1, y1))
    a = v00 + (v10 - v00) * tx
    b = v01 + (v11 - v01) * tx
    return a + (b - a) * ty


def scalar_hash(*parts: int) -> int:
    """Stable uint32 hash of a few Python integers (for zone and date decisions)."""
    h = hash_x(parts[0], 0x5EED)
    for part in parts[1:]:
        h = hash_xy(h, part)
    return int(h[0])

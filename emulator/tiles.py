"""The orderable grid: tiles (= zones) and minitiles (16 x 16 per tile), GUIDs, search, optimize."""

from __future__ import annotations

import hashlib
import math
import uuid
from typing import Any

from shapely import wkt as shapely_wkt
from shapely.errors import ShapelyError
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from emulator.contract import Problems, parse_geometry
from emulator.world import ZONE_SIZE_DEG, Box, Zone, grid_zones, utm_epsg

MINI_PER_SIDE = 16  # 256 minitiles per tile
MINI_DEG = ZONE_SIZE_DEG / MINI_PER_SIDE
MAX_TILES = 500
MAX_ENTRIES = 5000
TILE_SHARE = 0.4  # a tile pays off over minitiles when more than 40 % of its minitiles are needed


class Cell(Box):
    """A tile (i = j = None) or one of its minitiles."""

    def __init__(self, zone: Zone, i: int | None = None, j: int | None = None) -> None:
        self.zone, self.i, self.j = zone, i, j

    @property
    def minitile(self) -> bool:
        return self.i is not None

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        lon0, lat0, lon1, lat1 = self.zone.bounds
        if not self.minitile:
            return lon0, lat0, lon1, lat1
        x0, y0 = lon0 + self.i * MINI_DEG, lat0 + self.j * MINI_DEG
        return x0, y0, x0 + MINI_DEG, y0 + MINI_DEG

    @property
    def epsg(self) -> int:
        centre = self.polygon.centroid
        return utm_epsg(centre.x, centre.y)

    @property
    def guid(self) -> str:
        i = -1 if self.i is None else self.i
        j = -1 if self.j is None else self.j
        check = hashlib.sha256(f"cell:{self.zone.x}:{self.zone.y}:{i}:{j}".encode()).digest()[:4]
        raw = (
            check
            + self.zone.x.to_bytes(4, "big", signed=True)
            + self.zone.y.to_bytes(4, "big", signed=True)
            + i.to_bytes(2, "big", signed=True)
            + j.to_bytes(2, "big", signed=True)
        )
        return str(uuid.UUID(bytes=raw))

    def info(self) -> dict:
        return {
            "Guid": self.guid,
            "MiniTile": self.minitile,
            "Epsg": str(self.epsg),
            "DataGeogWkt": self.wkt,
        }

    def minitiles(self) -> list[Cell]:
        return [
            Cell(self.zone, i, j)
            for j in range(MINI_PER_SIDE - 1, -1, -1)
            for i in range(MINI_PER_SIDE)
        ]


def cell_for_guid(value: Any) -> Cell | None:
    """The tile or minitile of a GUID, None when it is not one of ours."""
    try:
        raw = uuid.UUID(str(value).strip()).bytes
    except (ValueError, AttributeError):
        return None
    x = int.from_bytes(raw[4:8], "big", signed=True)
    y = int.from_bytes(raw[8:12], "big", signed=True)
    i = int.from_bytes(raw[12:14], "big", signed=True)
    j = int.from_bytes(raw[14:16], "big", signed=True)
    if i == -1 and j == -1:
        cell = Cell(Zone(x, y))
    elif 0 <= i < MINI_PER_SIDE and 0 <= j < MINI_PER_SIDE:
        cell = Cell(Zone(x, y), i, j)
    else:
        return None
    return cell if cell.guid == str(uuid.UUID(bytes=raw)) else None


def resolve(guid: Any, minitile: bool) -> BaseGeometry | None:
    """The polygon of a tile (minitile=False) or minitile GUID; None when unknown or wrong kind."""
    cell = cell_for_guid(guid)
    if cell is None or cell.minitile != minitile:
        return None
    return cell.polygon


def zones_of(geometry: BaseGeometry, problems: Problems, field: str) -> list[Zone]:
    lon0, lat0, lon1, lat1 = geometry.bounds
    cells = (math.floor(lon1 * 2) - math.floor(lon0 * 2) + 1) * (
        math.floor(lat1 * 2) - math.floor(lat0 * 2) + 1
    )
    if cells > 20 * MAX_TILES:  # do not even enumerate a continent
        problems.add(field, f"The area is too large; at most {MAX_TILES} tiles per request.")
        return []
    zones = sorted(grid_zones(geometry, limit=None), key=Zone.storage_key)
    if len(zones) > MAX_TILES:
        problems.add(field, f"The area covers {len(zones)} tiles; at most {MAX_TILES} per request.")
        return []
    return zones


def minitiles_touching(zone: Zone, geometry: BaseGeometry) -> list[Cell]:
    """The zone's minitiles that share area with the geometry."""
    part = zone.polygon.intersection(geometry)
    if part.is_empty or part.area == 0:
        return []
    lon0, lat0, _, _ = zone.bounds
    gx0, gy0, gx1, gy1 = part.bounds
    i0 = max(0, math.floor((gx0 - lon0) / MINI_DEG))
    i1 = min(MINI_PER_SIDE - 1, math.floor((gx1 - lon0) / MINI_DEG - 1e-9))
    j0 = max(0, math.floor((gy0 - lat0) / MINI_DEG))
    j1 = min(MINI_PER_SIDE - 1, math.floor((gy1 - lat0) / MINI_DEG - 1e-9))
    out = []
    for j in range(j1, j0 - 1, -1):
        for i in range(i0, i1 + 1):
            cell = Cell(zone, i, j)
            if cell.polygon.intersection(part).area > 0:
                out.append(cell)
    return out


def _guid_cells(values: Any, minitile: bool, field: str, problems: Problems) -> list[Cell]:
    if not isinstance(values, list):
        problems.add(field, f"{field} must be a list of GUIDs.")
        return []
    cells: list[Cell] = []
    for value in values:
        cell = cell_for_guid(value)
        if cell is None or cell.minitile != minitile:
            problems.add(field, f"Unknown {'minitile' if minitile else 'tile'} '{value}'.")
        elif cell.guid not in [c.guid for c in cells]:
            cells.append(cell)
    return cells


def search(body: dict) -> dict:
    """POST /api/tasking/search/tiles: exactly one of the three flows."""
    problems = Problems()
    by_geometry = body.get("Wkt") is not None or body.get("GeoJson") is not None
    by_guids = body.get("TileGuids") is not None or body.get("MiniTileGuids") is not None
    parent = body.get("TileGuidForMiniTiles")
    flows = sum((by_geometry, by_guids, parent is not None))
    if flows != 1:
        for name in ("Wkt", "TileGuids", "TileGuidForMiniTiles"):
            problems.add(
                name,
                "Give exactly one of Wkt/GeoJson, TileGuids/MiniTileGuids, TileGuidForMiniTiles.",
            )
        problems.raise_if_any()
    cells: list[Cell] = []
    if by_geometry:
        geometry = parse_geometry(body, problems)
        if geometry is not None:
            for zone in zones_of(geometry, problems, "Wkt"):
                cells.append(Cell(zone))
                cells.extend(minitiles_touching(zone, geometry))
            if len(cells) > MAX_ENTRIES:
                problems.add("Wkt", f"The area gives more than {MAX_ENTRIES} tiles and minitiles.")
    elif by_guids:
        cells = _guid_cells(body.get("TileGuids") or [], False, "TileGuids", problems)
        cells += _guid_cells(body.get("MiniTileGuids") or [], True, "MiniTileGuids", problems)
    else:
        tile = cell_for_guid(parent)
        if tile is None or tile.minitile:
            problems.add("TileGuidForMiniTiles", f"Unknown tile '{parent}'.")
        else:
            cells = tile.minitiles()
    problems.raise_if_any()
    return {"Tiles": [c.info() for c in cells]}


def collection(value: Any, problems: Problems, field: str = "Wkt") -> BaseGeometry | None:
    """A GEOMETRYCOLLECTION (or bare polygon) of (multi)polygons, as parts kept apart."""
    try:
        geometry = shapely_wkt.loads(value) if isinstance(value, str) else None
    except (ShapelyError, ValueError):
        geometry = None
    if geometry is None or geometry.is_empty:
        problems.add(field, "The geometry could not be parsed.")
        return None
    parts = list(getattr(geometry, "geoms", [geometry]))
    if geometry.geom_type == "MultiPolygon":
        parts = [geometry]
    if not all(p.geom_type in ("Polygon", "MultiPolygon") for p in parts):
        problems.add(field, f"{field} must be a GEOMETRYCOLLECTION of polygons or multipolygons.")
        return None
    lon0, lat0, lon1, lat1 = geometry.bounds
    if lon0 < -180 or lon1 > 180 or lat0 < -90 or lat1 > 90:
        problems.add(field, "Coordinates must be longitude/latitude in EPSG:4326.")
        return None
    return geometry


def optimize(body: dict) -> dict:
    """POST /api/tasking/tile/optimize: the cheapest tile + minitile cover (20 % / 50 % rule)."""
    problems = Problems()
    geometry = collection(body.get("Wkt"), problems)
    zones = zones_of(geometry.buffer(0), problems, "Wkt") if geometry is not None else []
    problems.raise_if_any()
    area = unary_union([geometry.buffer(0)])
    tiles, minis = [], []
    for zone in zones:
        needed = minitiles_touching(zone, area)
        if not needed:
            continue
        if len(needed) > TILE_SHARE * MINI_PER_SIDE**2:
            tiles.append(Cell(zone).guid)
        else:
            minis.extend(c.guid for c in needed)
    return {"Tiles": tiles, "MiniTiles": minis}


def cells_geometry(tile_guids: list[str], minitile_guids: list[str]) -> BaseGeometry:
    cells = [cell_for_guid(g) for g in list(tile_guids) + list(minitile_guids)]
    return unary_union([c.polygon for c in cells if c is not None])

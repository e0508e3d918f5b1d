"""An index over the dates of downloaded files, at a point or over a polygon.

Reads only what the answer needs: the one pixel under a point, or the polygon's bounding
window, from the bands the index uses. The values are those ``compute_index`` writes (same
band lookup, reflectance scaling, nodata rule and float32 result), so a point of the chart
equals the index raster's pixel. A polygon keeps the pixels whose centre lies inside it, the
rule of QgsZonalStatistics, so its statistics equal that tool's over the index rasters.
GDAL, OGR and numpy only (no QGIS): it runs on background tasks and in Processing.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from ..api.bands import ALL_BANDS, index_term
from ..api.errors import CancelledError, InputError
from ..api.i18n import tr
from ..api.store import band_ids_of, read_sidecar
from .catalogue import SpectralIndex, resolve_index
from .indices import OUTPUT_NODATA, _compute, _formula_for, _locate, _read, _Statistics
from .raster_io import CancelCheck, Progress, _canonical, band_ids, checked, open_dataset

STATISTICS = ("mean", "median", "min", "max", "count")
RASTER_SUFFIXES = (".tif", ".tiff")
CSV_COLUMNS = ("place", "date", "value", "pixels", "source")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_STATISTIC_FUNCTIONS: dict[str, Callable[[np.ndarray], float]] = {
    "mean": lambda values: float(values.mean()),
    "median": lambda values: float(np.median(values)),
    "min": lambda values: float(values.min()),
    "max": lambda values: float(values.max()),
    "count": lambda values: float(values.size),
}


@dataclass(frozen=True)
class DatedSource:
    """A downloaded file, its image date and what each of its bands holds."""

    date: dt.date
    path: Path
    bands: tuple[str, ...]


@dataclass(frozen=True)
class SeriesValue:
    """The index on one date: ``value`` None is a gap (nodata, outside, no pixel)."""

    date: dt.date
    value: float | None
    pixels: int
    path: Path | None

    @property
    def is_gap(self) -> bool:
        return self.value is None


def dated_sources(
    paths_or_folder: str | os.PathLike | Iterable[str | os.PathLike],
) -> list[DatedSource]:
    """The downloads among the paths (or the GeoTIFFs of a folder), sorted by date.

    In a folder, files that hold no named band (index outputs) or no date are passed over;
    a file given by name must have a date.
    """
    if isinstance(paths_or_folder, (str, os.PathLike)) and Path(paths_or_folder).is_dir():
        folder = Path(paths_or_folder)
        candidates = sorted(
            path
            for path in folder.iterdir()
            if path.suffix.lower() in RASTER_SUFFIXES and not path.name.startswith(".")
        )
        found = [source for source in map(_listed_source, candidates) if source]
    else:
        paths = (
            [paths_or_folder]
            if isinstance(paths_or_folder, (str, os.PathLike))
            else paths_or_folder
        )
        found = []
        for path in map(Path, paths):
            source = _dated_source(path, explicit=True)
            if source:
                found.append(source)
    return sorted(found, key=lambda source: (source.date, str(source.path)))


def _listed_source(path: Path) -> DatedSource | None:
    """A file found in a folder, None when it is not a dated download (or unreadable)."""
    try:
        return _dated_source(path)
    except InputError:
        return None


def _dated_source(path: Path, explicit: bool = False) -> DatedSource | None:
    record = read_sidecar(path) or {}
    day, bands = _parse_date(record.get("date")), band_ids_of(path)
    if day and bands:  # our download's record says it all: no need to open the file
        return DatedSource(day, path, tuple(_canonical(term) for term in bands))
    dataset = open_dataset(path)
    bands = tuple(band_ids(dataset, path))
    if not any(name in ALL_BANDS or index_term(name) for name in bands):
        if explicit:
            raise InputError(
                tr(
                    "{name} has no named bands (B2, B3, ...): a time series reads ClearSKY "
                    "Vision downloads, not index files."
                ).format(name=path.name)
            )
        return None
    day = day or _date_of(path, dataset)
    if day is None and explicit:
        raise InputError(
            tr(
                "{name} has no image date (no record beside it, no IMAGE_DATE tag, no date in "
                "its name): rename it with its date, e.g. image_2024-06-01.tif."
            ).format(name=path.name)
        )
    return DatedSource(day, path, bands) if day else None


def _date_of(path: Path, dataset: gdal.Dataset) -> dt.date | None:
    """The IMAGE_DATE tag, else a date in the file name (for files without a record)."""
    for text in (dataset.GetMetadataItem("IMAGE_DATE"), path.stem):
        day = _parse_date(text)
        if day:
            return day
    return None


def _parse_date(text) -> dt.date | None:
    for match in _DATE_IN_NAME.finditer(str(text or "")):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def pixel_series(
    sources: Iterable[DatedSource | str | os.PathLike],
    index_or_expression: str | SpectralIndex,
    x: float,
    y: float,
    srs: str | int = 4326,
    is_cancelled: CancelCheck | None = None,
    progress: Progress | None = None,
) -> list[SeriesValue]:
    """The index at point (x, y) of ``srs`` on every date: one 1 x 1 window read per file.

    ``progress`` gets the fraction of files done (0..1) after each date.
    """
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(float(x), float(y))
    point.AssignSpatialReference(spatial_reference(srs))
    return _series(sources, index_or_expression, point, _pixel_of, "point", is_cancelled, progress)


def polygon_series(
    sources: Iterable[DatedSource | str | os.PathLike],
    index_or_expression: str | SpectralIndex,
    geometry_wkt: str,
    srs: str | int = 4326,
    statistic: str = "mean",
    is_cancelled: CancelCheck | None = None,
    progress: Progress | None = None,
) -> list[SeriesValue]:
    """``statistic`` of the index over the pixels whose centre is inside the polygon, per date.

    Only the polygon's bounding window is read; nodata pixels are left out, and the tiles of
    one date are pooled (tiles are taken not to overlap: a shared pixel would count twice).
    """
    if statistic not in STATISTICS:
        raise InputError(
            tr("Unknown statistic '{name}': use one of {known}.").format(
                name=statistic, known=", ".join(STATISTICS)
            )
        )
    geometry = ogr.CreateGeometryFromWkt(str(geometry_wkt or ""))
    if geometry is None or geometry.IsEmpty() or geometry.GetDimension() != 2:
        raise InputError(tr("The area is not a polygon: draw or choose a polygon."))
    geometry.AssignSpatialReference(spatial_reference(srs))
    return _series(
        sources, index_or_expression, geometry, _pixels_in, statistic, is_cancelled, progress
    )


def spatial_reference(srs: str | int) -> osr.SpatialReference:
    """``srs`` (EPSG code, ``EPSG:xxxx``, WKT or PROJ text) with x = easting / longitude."""
    reference = osr.SpatialReference()
    try:
        if isinstance(srs, int) or str(srs).strip().isdigit():
            status = reference.ImportFromEPSG(int(srs))
        else:
            status = reference.SetFromUserInput(str(srs))
    except RuntimeError:  # osr raises instead when another plugin enabled GDAL's exceptions
        status = -1
    if status != 0:
        raise InputError(tr("Unknown coordinate reference system: {srs}.").format(srs=srs))
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def _series(sources, index_or_expression, geometry, read, statistic, is_cancelled, progress):
    """One SeriesValue per date from ``read(dataset, geometry)`` over each date's files."""
    spectral = resolve_index(index_or_expression)
    dated = [s if isinstance(s, DatedSource) else _dated_source(Path(s), True) for s in sources]
    dated.sort(key=lambda source: (source.date, str(source.path)))
    places = _Places(geometry)
    series, lacking, done = [], [], 0
    for day, group in _by_date(dated):
        pooled, used = [], None
        for source in group:
            if is_cancelled and is_cancelled():
                raise CancelledError(tr("Cancelled: the time series was not finished."))
            try:
                values = _values(source, spectral, places, read)
            except _LacksBandsError as exc:
                lacking.append(exc.error)
                continue
            if values is not None and values.size:
                pooled.append(values)
                used = used or source.path
                if statistic == "point":
                    break  # the first tile with a value answers for the date
        values = np.concatenate(pooled) if pooled else np.empty(0)
        series.append(_summary(day, values, statistic, used or group[0].path))
        done += len(group)
        if progress:
            progress(done / len(dated))
    if lacking and len(lacking) == len(dated):
        raise lacking[0]  # no file has the bands: say which are missing
    return series


def _by_date(dated: list[DatedSource]) -> Iterator[tuple[dt.date, list[DatedSource]]]:
    group: list[DatedSource] = []
    for source in dated:
        if group and source.date != group[0].date:
            yield group[0].date, group
            group = []
        group.append(source)
    if group:
        yield group[0].date, group


def _summary(day: dt.date, values: np.ndarray, statistic: str, path: Path) -> SeriesValue:
    if not values.size:
        return SeriesValue(day, None, 0, path)
    if statistic == "point":
        return SeriesValue(day, float(values[0]), 1, path)
    return SeriesValue(day, _STATISTIC_FUNCTIONS[statistic](values), int(values.size), path)


class _LacksBandsError(Exception):
    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


class _Places:
    """The point or polygon in each source's CRS, transformed once per CRS."""

    def __init__(self, geometry: ogr.Geometry) -> None:
        self.geometry = geometry
        self._found: dict[str, ogr.Geometry | None] = {}

    def in_crs_of(self, dataset: gdal.Dataset) -> ogr.Geometry | None:
        """The geometry in the dataset's CRS (as given when the file has none)."""
        wkt = dataset.GetProjection() or ""
        if wkt not in self._found:
            self._found[wkt] = self._transformed(wkt)
        return self._found[wkt]

    def _transformed(self, wkt: str) -> ogr.Geometry | None:
        copy = self.geometry.Clone()
        if not wkt:
            return copy
        target = osr.SpatialReference()
        target.ImportFromWkt(wkt)
        target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if target.IsSame(self.geometry.GetSpatialReference()):
            return copy
        # A place that cannot be expressed in the file's CRS (beyond its projection's
        # domain) is outside it.
        try:
            return copy if copy.TransformTo(target) == 0 else None
        except RuntimeError:
            return None


def _values(
    source: DatedSource, spectral: SpectralIndex, places: _Places, read
) -> np.ndarray | None:
    """The valid index values ``read`` finds in one file (None: the place is outside it)."""
    # A polygon's window spans several blocks: GDAL then decodes them on every core.
    threads = ["NUM_THREADS=ALL_CPUS"] if read is _pixels_in else None
    dataset = open_dataset(source.path, threads)
    geometry = places.in_crs_of(dataset)
    if geometry is None:
        return None
    names = (
        list(source.bands)
        if len(source.bands) == dataset.RasterCount
        else band_ids(dataset, source.path)
    )
    expression = _formula_for(spectral, names)
    try:
        inputs = _locate(expression.terms, dataset, source.path, spectral, names)
    except InputError as exc:
        raise _LacksBandsError(exc) from None
    window, mask = read(dataset, geometry)
    if window is None:
        return None
    numbers = list(dict.fromkeys(inputs.numbers))
    positions = [numbers.index(number) for number in inputs.numbers]
    try:
        raw = _read(dataset, numbers, window, False)
    except RuntimeError as exc:
        raise InputError(
            tr("{name} cannot be read ({reason}): download it again.").format(
                name=source.path.name, reason=str(exc).strip()
            )
        ) from None
    result = _compute(raw, positions, inputs, expression, _Statistics())
    valid = result != np.float32(OUTPUT_NODATA)
    if mask is not None:
        valid &= mask
    return result[valid].astype(np.float64)


def _pixel_of(dataset: gdal.Dataset, point: ogr.Geometry):
    """((column, row, 1, 1), None) of the pixel under the point; (None, None) outside."""
    inverse = gdal.InvGeoTransform(dataset.GetGeoTransform())
    x, y = point.GetX(), point.GetY()
    column = math.floor(inverse[0] + inverse[1] * x + inverse[2] * y)
    row = math.floor(inverse[3] + inverse[4] * x + inverse[5] * y)
    if 0 <= column < dataset.RasterXSize and 0 <= row < dataset.RasterYSize:
        return (column, row, 1, 1), None
    return None, None


def _pixels_in(dataset: gdal.Dataset, polygon: ogr.Geometry):
    """(window, mask) of the pixels whose centre is inside the polygon; (None, None) if none."""
    transform = dataset.GetGeoTransform()
    window = _bounding_window(dataset, transform, polygon)
    if window is None:
        return None, None
    column, row, width, height = window
    origin_x = transform[0] + column * transform[1] + row * transform[2]
    origin_y = transform[3] + column * transform[4] + row * transform[5]
    grid = (origin_x, transform[1], transform[2], origin_y, transform[4], transform[5])
    mask = _centres_inside(polygon, grid, width, height)
    if not mask.any():
        return None, None
    return window, mask


def _bounding_window(dataset, transform, polygon) -> tuple[int, int, int, int] | None:
    """The pixels under the polygon's envelope, clipped to the raster."""
    inverse = gdal.InvGeoTransform(transform)
    west, east, south, north = polygon.GetEnvelope()
    columns, rows = [], []
    for x, y in ((west, south), (west, north), (east, south), (east, north)):
        columns.append(inverse[0] + inverse[1] * x + inverse[2] * y)
        rows.append(inverse[3] + inverse[4] * x + inverse[5] * y)
    left, top = max(0, math.floor(min(columns))), max(0, math.floor(min(rows)))
    right = min(dataset.RasterXSize, math.floor(max(columns)) + 1)
    bottom = min(dataset.RasterYSize, math.floor(max(rows)) + 1)
    if left >= right or top >= bottom:
        return None
    return left, top, right - left, bottom - top


def _centres_inside(polygon: ogr.Geometry, grid: tuple, width: int, height: int) -> np.ndarray:
    """Which pixels of the window have their centre strictly inside the polygon.

    GDAL's rasteriser burns pixels by their centre; only pixels the outline crosses can have
    a centre on it, where it and GEOS may disagree, so those are asked of GEOS (OGR's
    Contains), as QgsZonalStatistics does for every pixel.
    """
    driver = gdal.GetDriverByName("MEM")
    raster = driver.Create("", width, height, 2, gdal.GDT_Byte)
    raster.SetGeoTransform(grid)
    layer_source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = layer_source.CreateLayer("place", None, ogr.wkbUnknown)
    for geometry, band, options in (
        (polygon, 1, []),
        (polygon.GetBoundary(), 2, ["ALL_TOUCHED=TRUE"]),
    ):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometryDirectly(geometry.Clone())
        layer.CreateFeature(feature)
        checked(gdal.RasterizeLayer, raster, [band], layer, burn_values=[1], options=options)
        layer.DeleteFeature(feature.GetFID())
    inside = raster.GetRasterBand(1).ReadAsArray().astype(bool)
    crossed = raster.GetRasterBand(2).ReadAsArray().astype(bool)
    centre = ogr.Geometry(ogr.wkbPoint)
    centre.AddPoint_2D(0.0, 0.0)
    # A prepared geometry answers these many questions several times faster (GDAL >= 3.3).
    prepare = getattr(polygon, "CreatePreparedGeometry", None)
    test = prepare() if prepare else polygon
    for row, column in zip(*np.nonzero(crossed)):
        x = grid[0] + (column + 0.5) * grid[1] + (row + 0.5) * grid[2]
        y = grid[3] + (column + 0.5) * grid[4] + (row + 0.5) * grid[5]
        centre.SetPoint_2D(0, x, y)
        inside[row, column] = test.Contains(centre)
    return inside


def write_csv(
    series_by_place: Mapping[str, Sequence[SeriesValue]], path: str | os.PathLike
) -> Path:
    """One row per place and date (``place,date,value,pixels,source``); a gap has no value."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        for place, series in series_by_place.items():
            for item in series:
                value = "" if item.value is None else repr(float(item.value))
                source = "" if item.path is None else str(item.path)
                writer.writerow([place, item.date.isoformat(), value, item.pixels, source])
    return path


def read_csv(path: str | os.PathLike) -> dict[str, list[SeriesValue]]:
    """The series ``write_csv`` wrote, by place in the file's order."""
    found: dict[str, list[SeriesValue]] = {}
    with Path(path).open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        if tuple(reader.fieldnames or ()) != CSV_COLUMNS:
            raise InputError(
                tr("{name} is not a time series CSV: its columns should be {columns}.").format(
                    name=Path(path).name, columns=",".join(CSV_COLUMNS)
                )
            )
        for row in reader:
            try:
                item = SeriesValue(
                    dt.date.fromisoformat(row["date"]),
                    float(row["value"]) if row["value"] else None,
                    int(row["pixels"]),
                    Path(row["source"]) if row["source"] else None,
                )
            except (TypeError, ValueError):
                raise InputError(
                    tr("Line {line} of {name} cannot be read as a date, value and count.").format(
                        line=reader.line_num, name=Path(path).name
                    )
                ) from None
            found.setdefault(row["place"], []).append(item)
    return found

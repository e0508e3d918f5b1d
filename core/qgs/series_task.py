"""The index over time at one place (a pixel or a polygon), computed on a worker thread.

Only ``core.raster.timeseries`` reads the files, and it reads just the windows the place
covers; this task adds what every BaseTask gives: progress, cancel, and the result or error
handed to the main thread.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Union

from ..api.bands import ALL_BANDS, index_term
from ..api.errors import CancelledError, InputError
from ..api.i18n import tr
from ..raster.catalogue import SpectralIndex, resolve_index
from ..raster.timeseries import (
    DatedSource,
    SeriesValue,
    dated_sources,
    pixel_series,
    polygon_series,
)
from .tasks import BaseTask

# A folder of downloads, or the files of the layers on the map (a runtime alias: Python 3.9).
Sources = Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]


@dataclass(frozen=True)
class Place:
    """Where a series is read: a point (x, y) or a polygon (WKT), both in ``srs``.

    ``srs`` is what ``core.raster.timeseries`` takes: "EPSG:xxxx" or the CRS's WKT.
    """

    name: str
    srs: str
    point: tuple[float, float] | None = None
    polygon: str | None = None

    @property
    def is_point(self) -> bool:
        return self.point is not None


@dataclass(frozen=True)
class PlaceSeries:
    """One value (or gap) per date of ``index`` at ``place``."""

    place: Place
    index: SpectralIndex
    values: tuple[SeriesValue, ...]
    problems: tuple[str, ...] = ()  # why some dates are gaps beyond nodata (unreadable, ...)

    @property
    def dates(self) -> list[dt.date]:
        return [item.date for item in self.values]


def is_download(source: DatedSource) -> bool:
    """Whether a dated file holds named bands (a download), not an index computed from one."""
    return any(band in ALL_BANDS or index_term(band) for band in source.bands)


def layer_sources(paths: Iterable[str | os.PathLike]) -> list[DatedSource]:
    """The ClearSKY downloads among ``paths`` (e.g. every raster on the map), sorted by date.

    Files without a date or without named bands (index layers, other imagery) are skipped.
    """
    found: dict[Path, DatedSource] = {}
    for path in dict.fromkeys(Path(p) for p in paths):
        if not path.is_file():
            continue
        try:
            items = dated_sources([path])
        except InputError:
            continue  # not ours: no date to place it in time
        for item in items:
            if is_download(item):
                found.setdefault(item.path, item)
    return sorted(found.values(), key=lambda item: (item.date, str(item.path)))


def folder_sources(folder: str | os.PathLike) -> list[DatedSource]:
    """The dated ClearSKY downloads in ``folder``."""
    if not Path(folder).is_dir():
        raise InputError(
            tr("The folder {folder} does not exist: choose the folder of your downloads.").format(
                folder=folder
            )
        )
    return [item for item in dated_sources(folder) if is_download(item)]


class SeriesTask(BaseTask):
    """The series of one place. Result: a PlaceSeries.

    ``sources`` is a folder of downloads or a list of files (the layers on the map); they
    are resolved on the worker thread, since that reads every file's record.
    """

    def __init__(
        self,
        place: Place,
        sources: Sources,
        index: str | SpectralIndex,
        statistic: str = "mean",
        **callbacks,
    ) -> None:
        # Resolved here, on the caller's thread: a typo fails before anything is queued.
        self.index = resolve_index(index)
        description = tr("{index} over time at {place}").format(
            index=self.index.key, place=place.name
        )
        super().__init__(f"ClearSKY Vision: {description}", **callbacks)
        self.place = place
        self.sources = sources
        self.statistic = statistic

    def work(self) -> PlaceSeries:
        if isinstance(self.sources, (str, os.PathLike)):
            sources = folder_sources(self.sources)
        else:
            sources = layer_sources(self.sources)
        if not sources:
            raise InputError(
                tr(
                    "No dated ClearSKY Vision downloads to read: add downloaded dates to the map "
                    "or choose the folder they were saved in."
                )
            )
        # One call per date gives progress between dates. A date that cannot be read (a file
        # without the index's bands, a damaged file) is a gap with its reason, as long as
        # some other date has an answer.
        days = [list(group) for _day, group in groupby(sources, key=lambda item: item.date)]
        values: list[SeriesValue] = []
        problems: list[InputError] = []
        for number, day in enumerate(days, 1):
            if self.isCanceled():
                raise CancelledError()
            try:
                values.extend(self._read(day))
            except InputError as exc:
                problems.append(exc)
                values.append(SeriesValue(day[0].date, None, 0, day[0].path))
            self.report_fraction(number / len(days))
        if len(problems) == len(days):
            raise problems[0]
        reasons = tuple(dict.fromkeys(str(problem) for problem in problems))
        return PlaceSeries(self.place, self.index, tuple(values), reasons)

    def _read(self, sources: list[DatedSource]) -> list[SeriesValue]:
        place = self.place
        if place.point is not None:
            x, y = place.point
            return pixel_series(sources, self.index, x, y, place.srs, is_cancelled=self.cancelled)
        return polygon_series(
            sources,
            self.index,
            place.polygon or "",
            place.srs,
            statistic=self.statistic,
            is_cancelled=self.cancelled,
        )

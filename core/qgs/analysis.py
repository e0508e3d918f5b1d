"""Indices of downloaded dates and mosaics of layers, as background tasks that end on the map.

``IndexJobs`` starts one IndexTask per index per date as soon as a date's file is there (so
downloads and computation overlap) and puts each result in the date's group, in a subgroup
per index, dated for the Temporal Controller, in the look every date of that index shares.
``Mosaic`` merges layers into a VRT at once or a Cloud Optimized GeoTIFF on a MergeTask and
puts the result where they were. Both run on the main thread and report through signals;
the work itself runs in QGIS's task manager, where the user sees its progress and can cancel.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..api.errors import CancelledError, ClearSkyError, InputError
from ..api.gdal_calls import open_raster
from ..api.i18n import tr
from ..api.replace import free_name_beside
from ..api.store import read_sidecar
from ..raster.catalogue import CATALOGUE, CUSTOM, SpectralIndex, resolve_index
from ..raster.indices import index_output_path
from ..raster.merge import MergeResult, merge
from . import tasks
from .index_style import DEFAULT_CUSTOM_RANGE, IndexLook, apply_look, index_look, legend_facts
from .layers import add_dated_layer, date_group, extend_time_range, layer_date
from .raster_tasks import IndexTask, MergeTask
from .style import RasterInfo, describe, set_date

LOG = logging.getLogger("clearsky_vision")
# Marks our index layers (the catalogue key, or CUSTOM) and the formula they show.
INDEX_PROPERTY = "clearsky_vision/index"
FORMULA_PROPERTY = "clearsky_vision/formula"
VRT, COG = "vrt", "cog"


@dataclass(frozen=True)
class IndexJob:
    """One index of one date: where it comes from, where it goes, how it looks."""

    date: dt.date
    source: Path
    index: SpectralIndex
    look: IndexLook
    group: str  # the layer-tree group of the date ('' = the root)
    aoi_name: str
    output: Path

    @property
    def layer_name(self) -> str:
        key = tr("Band math") if self.index.key == CUSTOM else self.index.key
        return f"{key} {self.date.isoformat()}"


def index_file(source: str | os.PathLike, index: SpectralIndex) -> Path:
    """``<stem>_NDVI.tif`` beside ``source``; band math gets its formula's digest in the name,
    so two expressions never write over each other."""
    if index.key != CUSTOM:
        return index_output_path(source, index)
    digest = hashlib.sha1(index.formula.encode("utf-8")).hexdigest()[:8]
    source = Path(source)
    return source.with_name(f"{source.stem}_{CUSTOM}_{digest}.tif")


def subgroup_name(index: SpectralIndex) -> str:
    """The subgroup of a date group holding one index: ``NDVI: Normalized ...``."""
    if index.key == CUSTOM:
        return tr("Band math: {formula}").format(formula=index.formula)
    return index.label


def file_of(layer: QgsMapLayer) -> Path | None:
    """The file a GDAL raster layer reads, or None (another provider, a missing file)."""
    if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("gdal", layer.source())
    path = Path(parts.get("path") or layer.source())
    return path if path.is_file() else None


def is_index_layer(layer: QgsMapLayer) -> bool:
    return bool(layer.customProperty(INDEX_PROPERTY))


def composite_file(layer: QgsMapLayer) -> Path | None:
    """The file of a ClearSKY date on the map (a download: a record beside it or an image
    date), or None for anything else, index layers included."""
    path = file_of(layer)
    if path is None or is_index_layer(layer):
        return None
    info = RasterInfo.read(path)
    if "INDEX" in info.tags:  # an index written by Processing
        return None
    if read_sidecar(path) is None and info.image_date is None:
        return None
    return path


def composite_layers(project: QgsProject) -> list[QgsRasterLayer]:
    """Every ClearSKY date on the map, in layer-tree order."""
    found = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is not None and composite_file(layer) is not None:
            found.append(layer)
    return found


def parent_group_name(project: QgsProject, layer: QgsMapLayer) -> str:
    node = project.layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    if parent is None or parent.parent() is None:  # the root
        return ""
    return parent.name()


class IndexJobs(QObject):
    """Indices of dates, one background task per index per date, their layers on the map."""

    # (date, index key, the layer added): a layer is in its group, styled and dated.
    layerAdded = pyqtSignal(object, str, object)
    # (date, index key, the error): a CancelledError when the user cancelled the task.
    jobFailed = pyqtSignal(object, str, object)
    # Every task started has ended.
    allDone = pyqtSignal()

    def __init__(self, project: QgsProject | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._running: dict[Path, IndexTask] = {}  # by output file: one task per file
        self.custom_range: tuple[float, float] = DEFAULT_CUSTOM_RANGE
        self._closed = False

    @property
    def project(self) -> QgsProject:
        return self._project or QgsProject.instance()

    def running(self) -> int:
        """Index tasks started and not ended yet."""
        return len(self._running)

    def tasks(self) -> list[IndexTask]:
        return list(self._running.values())

    def start(
        self,
        date: dt.date,
        path: str | os.PathLike,
        group: str,
        aoi_name: str,
        indices: Iterable[str | SpectralIndex],
    ) -> list[IndexTask]:
        """One task per index of the date's file ``path``, all started now; their layers go
        into ``group`` ('' = the root). An index already shown, or already on disk for this
        file, is added without a task. Returns the tasks started."""
        started = []
        # All checked before any starts: InputError for an unknown index or bad band math.
        for index in [resolve_index(choice) for choice in indices]:
            look = index_look(index, *self.custom_range)
            job = IndexJob(date, Path(path), index, look, group, aoi_name, index_file(path, index))
            if job.output in self._running or self._shown(job.output):
                continue
            if self._reusable(job):
                self._add_or_fail(job, job.output)
                continue
            started.append(self._launch(job))
        return started

    def apply_to_layers(
        self, layers: Iterable[QgsMapLayer], indices: Sequence[str | SpectralIndex]
    ) -> list[IndexTask]:
        """``start`` for ClearSKY dates already on the map (other layers are skipped), each
        index into the layer's own group."""
        started = []
        for layer in layers:
            path = composite_file(layer)
            if path is None:
                continue
            date = layer_date(layer) or RasterInfo.read(path).image_date
            if date is None:
                LOG.info("%s has no date: no index computed for it", layer.name())
                continue
            group = parent_group_name(self.project, layer)
            started += self.start(date, path, group, group or layer.name(), indices)
        return started

    def set_custom_range(self, minimum: float, maximum: float) -> None:
        """The fixed range of band math, for the next dates and every band math layer shown."""
        if minimum >= maximum:
            raise InputError(tr("The lowest value must be below the highest."))
        self.custom_range = (float(minimum), float(maximum))
        for layer in self.project.mapLayers().values():
            if layer.customProperty(INDEX_PROPERTY) == CUSTOM:
                index = resolve_index(str(layer.customProperty(FORMULA_PROPERTY)))
                apply_look(layer, index_look(index, *self.custom_range))

    def cancel(self) -> None:
        """Cancel every running index task (each removes what it had written)."""
        for task in list(self._running.values()):
            if not sip.isdeleted(task):
                task.cancel()

    def close_down(self) -> None:
        """Cancel and stop reporting: results arriving later touch neither project nor signals."""
        self._closed = True
        self.cancel()

    # Internals -----------------------------------------------------------------------

    def _launch(self, job: IndexJob) -> IndexTask:
        task = IndexTask(
            job.source,
            job.index,
            job.output,
            label=job.date.isoformat(),
            on_done=lambda result, job=job: self._done(job, result.path),
            on_error=lambda error, job=job: self._failed(job, error),
        )
        self._running[job.output] = task
        tasks.start(task)  # on the next turn of the event loop (qgis/QGIS#53806)
        return task

    def _shown(self, output: Path) -> bool:
        return any(file_of(layer) == output for layer in self.project.mapLayers().values())

    @staticmethod
    def _reusable(job: IndexJob) -> bool:
        # Only a finished index is ever at its final name (it is written beside and renamed),
        # so a file there from this source, for this index and formula, is complete.
        if not job.output.is_file() or job.output.stat().st_mtime < job.source.stat().st_mtime:
            return False
        dataset = open_raster(str(job.output))
        tags = (dataset.GetMetadata() or {}) if dataset is not None else {}
        if tags.get("INDEX") != job.index.key:
            return False
        return job.index.key != CUSTOM or tags.get("FORMULA") == job.index.formula

    def _done(self, job: IndexJob, path: Path) -> None:
        self._running.pop(job.output, None)
        if not self._closed:
            self._add_or_fail(job, Path(path))
        self._check_done()

    def _failed(self, job: IndexJob, error: Exception) -> None:
        self._running.pop(job.output, None)
        if not self._closed:
            if not isinstance(error, CancelledError):
                LOG.warning("%s of %s failed: %s", job.index.key, job.date, error)
            self.jobFailed.emit(job.date, job.index.key, error)
        self._check_done()

    def _check_done(self) -> None:
        if not self._running and not self._closed:
            self.allDone.emit()

    def _add_or_fail(self, job: IndexJob, path: Path) -> None:
        try:
            layer = self._add(job, path)
        except Exception as exc:  # one layer that cannot be shown must not stop the others
            if not isinstance(exc, ClearSkyError):
                LOG.exception("Adding %s of %s failed", job.index.key, job.date)
            self.jobFailed.emit(job.date, job.index.key, exc)
            return
        self.layerAdded.emit(job.date, job.index.key, layer)

    def _add(self, job: IndexJob, path: Path) -> QgsRasterLayer:
        layer = QgsRasterLayer(str(path), job.layer_name)
        if not layer.isValid():
            raise InputError(
                tr("QGIS could not open {name}: the file is kept.").format(name=path.name)
            )
        apply_look(layer, job.look)
        set_date(layer, job.date)
        facts = [
            *legend_facts(job.index, job.look),
            ("Date", job.date.isoformat()),
            ("Area of interest", job.aoi_name),
            ("Computed from", job.source.name),
        ]
        describe(layer, RasterInfo.read(path), facts)
        layer.setCustomProperty(INDEX_PROPERTY, job.index.key)
        layer.setCustomProperty(FORMULA_PROPERTY, job.index.formula)
        project = self.project
        parent = date_group(project, job.group) if job.group else project.layerTreeRoot()
        add_dated_layer(project, index_group(parent, job.index), layer)
        extend_time_range(project, [job.date])
        return layer


def index_group(parent: QgsLayerTreeGroup, index: SpectralIndex) -> QgsLayerTreeGroup:
    """The subgroup of ``parent`` for ``index``, created if missing: index subgroups sit above
    the dates, in catalogue order (band math last), whichever finished first."""
    name = subgroup_name(index)
    rank = _rank(index.key)
    position = 0
    for number, child in enumerate(parent.children()):
        if not isinstance(child, QgsLayerTreeGroup):
            continue
        if child.name() == name:
            return child
        key = child.customProperty(INDEX_PROPERTY)
        if key and _rank(str(key)) <= rank:
            position = number + 1
    group = parent.insertGroup(position, name)
    group.setCustomProperty(INDEX_PROPERTY, index.key)
    return group


def _rank(key: str) -> int:
    keys = list(CATALOGUE)
    return keys.index(key) if key in keys else len(keys)


# Mosaic -------------------------------------------------------------------------------


class Mosaic(QObject):
    """Layers merged into one raster that takes their place on the map (files stay on disk)."""

    # The merged layer, in the place of the first of the layers it replaced.
    replaced = pyqtSignal(object)
    # The error (a CancelledError when the user cancelled the merge); the layers stay.
    failed = pyqtSignal(object)

    def __init__(self, project: QgsProject | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.task: MergeTask | None = None
        self._closed = False

    @property
    def project(self) -> QgsProject:
        return self._project or QgsProject.instance()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(
        self, layers: Sequence[QgsMapLayer], kind: str = VRT, output: str | os.PathLike = ""
    ) -> MergeTask | None:
        """Merge ``layers`` into ``output`` (default: beside the first one's file): a VRT at
        once (``replaced`` is emitted before this returns), a Cloud Optimized GeoTIFF on a
        MergeTask (returned). InputError, before anything is written, when the layers cannot
        be merged (fewer than two, not files, a merge already running)."""
        if self.task is not None:
            raise InputError(tr("A mosaic is being written: wait for it or cancel it."))
        files = [file_of(layer) for layer in layers]
        if len(layers) < 2:
            raise InputError(tr("Select at least two raster layers to mosaic."))
        missing = [layer.name() for layer, path in zip(layers, files) if path is None]
        if missing:
            raise InputError(
                tr("{names}: not a raster file, so it cannot be mosaicked.").format(
                    names=", ".join(missing)
                )
            )
        suffix = ".vrt" if kind == VRT else ".tif"
        target = Path(output) if output else mosaic_path(files[0], suffix)
        ids = [layer.id() for layer in layers]
        if kind == VRT:
            try:
                result = merge(files, target)
            except Exception as exc:
                self._failed(exc)
                return None
            self._merged(ids, result)
            return None
        self.task = MergeTask(
            files,
            target,
            on_done=lambda result: self._merged(ids, result),
            on_error=self._failed,
        )
        tasks.start(self.task)
        return self.task

    def cancel(self) -> None:
        if self.task is not None and not sip.isdeleted(self.task):
            self.task.cancel()

    def close_down(self) -> None:
        self._closed = True
        self.cancel()

    def _failed(self, error: Exception) -> None:
        self.task = None
        if not isinstance(error, (ClearSkyError, CancelledError)):
            LOG.exception("The mosaic failed", exc_info=error)
        if not self._closed:
            self.failed.emit(error)

    def _merged(self, ids: list[str], result: MergeResult) -> None:
        self.task = None
        if self._closed:
            return
        try:
            layer = replace_layers(self.project, ids, result.path)
        except Exception as exc:
            self._failed(exc)
            return
        self.replaced.emit(layer)


def mosaic_path(first: Path, suffix: str) -> Path:
    """``<first stem>_mosaic.vrt`` (or .tif) beside the first file, numbered if taken."""
    target = first.with_name(f"{first.stem}_mosaic{suffix}")
    return free_name_beside(target) if target.exists() else target


def replace_layers(project: QgsProject, ids: Sequence[str], path: Path) -> QgsRasterLayer:
    """Put the raster at ``path`` where the first (topmost) of the layers ``ids`` is, looking
    like it (renderer, nodata, date when they all share one), and remove them from the
    project; their files stay."""
    root = project.layerTreeRoot()
    nodes = [node for node in root.findLayers() if node.layerId() in ids]
    originals = [node.layer() for node in nodes if node.layer() is not None]
    layer = QgsRasterLayer(str(path), mosaic_name(originals, path))
    if not layer.isValid():
        raise InputError(tr("QGIS could not open {name}: the file is kept.").format(name=path.name))
    if originals:
        _look_like(layer, originals)
    parent, position = root, 0
    if nodes:
        parent = nodes[0].parent()
        position = _position(parent, nodes[0].layerId())
    project.addMapLayer(layer, False)
    parent.insertLayer(position, layer)
    project.removeMapLayers([node.layerId() for node in nodes])
    return layer


def mosaic_name(originals: Sequence[QgsMapLayer], path: Path) -> str:
    if not originals:
        return path.stem
    return tr("{name} (mosaic of {count})").format(name=originals[0].name(), count=len(originals))


def _position(parent: QgsLayerTreeGroup, layer_id: str) -> int:
    for number, child in enumerate(parent.children()):
        if isinstance(child, QgsLayerTreeLayer) and child.layerId() == layer_id:
            return number
    return 0


def _look_like(layer: QgsRasterLayer, originals: Sequence[QgsMapLayer]) -> None:
    first = originals[0]
    if isinstance(first, QgsRasterLayer) and first.renderer() is not None:
        layer.setRenderer(first.renderer().clone())
        mine, theirs = layer.dataProvider(), first.dataProvider()
        for band in range(1, min(mine.bandCount(), theirs.bandCount()) + 1):
            mine.setUseSourceNoDataValue(band, theirs.useSourceNoDataValue(band))
            if theirs.userNoDataValues(band):
                mine.setUserNoDataValue(band, theirs.userNoDataValues(band))
    dates = {layer_date(original) for original in originals}
    if len(dates) == 1 and None not in dates:
        set_date(layer, dates.pop())
    for key in (INDEX_PROPERTY, FORMULA_PROPERTY):
        if first.customProperty(key):
            layer.setCustomProperty(key, first.customProperty(key))
    info = RasterInfo.read(layer.source())
    sources = ", ".join(original.name() for original in originals)
    describe(layer, info, [("Mosaic of", sources)])

"""Merge and index as background tasks, and a download chained to an index.

The tasks only call ``core.merge.merge`` and ``core.indices.compute_index``, the same
functions the Processing algorithms call, with BaseTask's progress and cancel hooks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from qgis.core import QgsTask

from ..raster.catalogue import SpectralIndex, resolve_index
from ..raster.indices import IndexResult, compute_index, index_output_path
from ..raster.merge import MergeResult, merge
from .tasks import BaseTask, DownloadTask


class IndexTask(BaseTask):
    """One index of one file. Result: an IndexResult.

    ``source`` may be a callable giving the path when the task runs (e.g. a download's
    result); ``output`` defaults to ``<source stem>_<INDEX>.tif`` beside the source.
    """

    def __init__(
        self,
        source: str | os.PathLike | Callable[[], str | os.PathLike],
        index: str | SpectralIndex,
        output: str | os.PathLike | None = None,
        **callbacks,
    ) -> None:
        # Resolved here, on the caller's thread: a typo fails before anything is queued.
        self.index = resolve_index(index)
        super().__init__(f"ClearSKY Vision: {self.index.key}", **callbacks)
        self.source = source
        self.output = output

    def work(self) -> IndexResult:
        source = Path(self.source() if callable(self.source) else self.source)
        output = Path(self.output) if self.output else index_output_path(source, self.index)
        return compute_index(
            source, self.index, output, progress=self.report_fraction, is_cancelled=self.cancelled
        )


class MergeTask(BaseTask):
    """Several files into one VRT or Cloud Optimized GeoTIFF. Result: a MergeResult."""

    def __init__(
        self,
        sources: Sequence[str | os.PathLike],
        output: str | os.PathLike,
        target_crs: str | int | None = None,
        **callbacks,
    ) -> None:
        super().__init__(f"ClearSKY Vision: merge into {Path(output).name}", **callbacks)
        self.sources = list(sources)
        self.output = output
        self.target_crs = target_crs

    def work(self) -> MergeResult:
        return merge(
            self.sources,
            self.output,
            self.target_crs,
            progress=self.report_fraction,
            is_cancelled=self.cancelled,
        )


def download_then_index(
    download: DownloadTask,
    index: str | SpectralIndex,
    output: str | os.PathLike | None = None,
    on_done: Callable[[IndexResult], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> IndexTask:
    """An IndexTask that waits for ``download`` (its subtask) and indexes the file it delivers.

    Start only the returned task (``core.tasks.start``). A failed or cancelled download
    cancels the index, and ``on_error`` gets the download's own error, once.
    """

    def report(error: Exception) -> None:
        if on_error:
            on_error(download.error or error)

    task = IndexTask(lambda: download.result.path, index, output, on_done=on_done, on_error=report)
    task.download = download  # the Python side of the subtask must outlive the C++ hand-over
    task.addSubTask(download, [], QgsTask.SubTaskDependency.ParentDependsOnSubTask)
    return task

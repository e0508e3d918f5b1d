"""Merge and index as background tasks (the dock's analysis section runs them).

The tasks only call ``core.merge.merge`` and ``core.indices.compute_index``, the same
functions the Processing algorithms call, with BaseTask's progress and cancel hooks. A task
cancelled after its file was complete (between the last window and the end of ``run``) removes
that file too: a cancelled task never leaves a result behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..api.i18n import tr
from ..api.store import remove_quietly
from ..raster.catalogue import SpectralIndex, resolve_index
from ..raster.indices import IndexResult, compute_index, index_output_path
from ..raster.merge import MergeResult, merge
from .tasks import BaseTask


class _FileTask(BaseTask):
    """A task whose result is a file (``result.path``), removed when the task did not succeed."""

    def finished(self, ok: bool) -> None:
        if not ok and self.result is not None:
            # Cancelled after the file was complete: the user asked for nothing to be left.
            path = Path(self.result.path)
            remove_quietly(path)
            remove_quietly(path.with_name(path.name + ".aux.xml"))
        super().finished(ok)


class IndexTask(_FileTask):
    """One index of one file. Result: an IndexResult.

    ``source`` may be a callable giving the path when the task runs (e.g. a file another
    task makes); ``output`` defaults to ``<source stem>_<INDEX>.tif`` beside the source;
    ``label`` names the source in the task manager (e.g. its date).
    """

    def __init__(
        self,
        source: str | os.PathLike | Callable[[], str | os.PathLike],
        index: str | SpectralIndex,
        output: str | os.PathLike | None = None,
        label: str = "",
        **callbacks,
    ) -> None:
        # Resolved here, on the caller's thread: a typo fails before anything is queued.
        self.index = resolve_index(index)
        if label:
            description = tr("ClearSKY Vision: {index} of {date}").format(
                index=self.index.key, date=label
            )
        else:
            description = tr("ClearSKY Vision: {index}").format(index=self.index.key)
        super().__init__(description, **callbacks)
        self.source = source
        self.output = output

    def work(self) -> IndexResult:
        source = Path(self.source() if callable(self.source) else self.source)
        output = Path(self.output) if self.output else index_output_path(source, self.index)
        return compute_index(
            source, self.index, output, progress=self.report_fraction, is_cancelled=self.cancelled
        )


class MergeTask(_FileTask):
    """Several files into one VRT or (Cloud Optimized) GeoTIFF. Result: a MergeResult."""

    def __init__(
        self,
        sources: Sequence[str | os.PathLike],
        output: str | os.PathLike,
        target_crs: str | int | None = None,
        cloud_optimized: bool = True,
        **callbacks,
    ) -> None:
        super().__init__(
            tr("ClearSKY Vision: merge into {name}").format(name=Path(output).name), **callbacks
        )
        self.sources = list(sources)
        self.output = output
        self.target_crs = target_crs
        self.cloud_optimized = cloud_optimized

    def work(self) -> MergeResult:
        return merge(
            self.sources,
            self.output,
            self.target_crs,
            progress=self.report_fraction,
            is_cancelled=self.cancelled,
            cloud_optimized=self.cloud_optimized,
        )

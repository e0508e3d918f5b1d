"""What the download algorithms share: their delivery outputs, the batch's reports to
Processing's feedback, and the files loaded styled when the algorithm ends.

processAlgorithm may block, so the batch runs on worker threads (core.api.queue), under the
same rules the dock's order session follows: the key's connection limit, a refused key
stopping the batch, per-item errors.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from qgis.core import QgsProcessingOutputMultipleLayers, QgsProcessingOutputNumber

from ..core.api.errors import CancelledError, ClearSkyError
from ..core.api.i18n import tr
from ..core.api.queue import Job, PaidQueue, run_in_threads
from .parameters import OUTPUT_FOLDER, OUTPUT_LAYERS, add_max_credits, add_output_folder
from .post_processors import CompositeStyle, load_on_completion

CREDITS_SPENT = "CREDITS_SPENT"


def add_delivery(algorithm, what: str, files: str, credits: str) -> None:
    """MAX_CREDITS (the most processing units to spend) and OUTPUT_FOLDER, and the outputs
    OUTPUT_LAYERS and CREDITS_SPENT (processing units; the 2024 name is kept)."""
    add_max_credits(algorithm, what)
    add_output_folder(algorithm)
    algorithm.addOutput(QgsProcessingOutputMultipleLayers(OUTPUT_LAYERS, files))
    algorithm.addOutput(QgsProcessingOutputNumber(CREDITS_SPENT, credits))


def item_text(item: Hashable) -> str:
    return item.isoformat() if hasattr(item, "isoformat") else str(item)


def error_text(error: Exception) -> str:
    if isinstance(error, ClearSkyError):
        return str(error)
    return tr("unexpected error ({error})").format(error=error)


class FeedbackReport:
    """A batch's events told to Processing: the whole batch's progress and each failure."""

    def __init__(self, feedback, queue: PaidQueue | None = None) -> None:
        self.feedback = feedback
        self.queue = queue

    def __call__(self, event: str, item: Hashable, value) -> None:
        if event == "failed" and not isinstance(value, CancelledError):
            self.feedback.reportError(f"{item_text(item)}: {error_text(value)}", False)
        if self.queue is not None:
            self.feedback.setProgress(self.queue.overall_progress())


def outcome(queue: PaidQueue, feedback) -> list[tuple[str, object]]:
    """``(label, result)`` of the items delivered; raises when cancelled or when none was."""
    if feedback.isCanceled():
        raise CancelledError(tr("Cancelled: finished files were kept, partial ones removed."))
    done = [(item_text(i), queue.results[i]) for i in queue.items if i in queue.results]
    failures = [queue.errors[i] for i in queue.items if i in queue.errors]
    if not done and failures:
        first = failures[0]
        if len(queue.items) == 1 and isinstance(first, ClearSkyError):
            raise first
        raise ClearSkyError(
            tr("None of the {count} downloads succeeded; first: {error}").format(
                count=len(queue.items), error=error_text(first)
            )
        )
    return done


def run_jobs(jobs: Sequence[tuple[str, Job]], workers: int, feedback) -> list[tuple[str, object]]:
    """Run ``(label, job)`` pairs, at most ``workers`` at a time; the successes in order.

    A failed job is reported and the others go on; if none succeeds its error is raised.
    """
    by_label = dict(jobs)
    queue = PaidQueue(by_label, workers)
    run_in_threads(
        queue, by_label.__getitem__, feedback.isCanceled, FeedbackReport(feedback, queue)
    )
    return outcome(queue, feedback)


def deliver(done, folder, context, feedback, cost_of, facts, spent=None) -> dict:
    """Report each file and what it cost, load it styled; the algorithm's outputs.

    ``cost_of(label)`` gives a new file's processing units (None: not known per file; then
    ``spent`` is the total); ``facts(label, result)`` the (name, value) pairs for the layer's
    metadata.
    """
    total = 0.0
    for label, result in done:
        cost = 0.0 if result.reused else cost_of(label)
        total += cost or 0.0
        if result.reused:
            note = tr("already downloaded, free")
        elif cost is None:
            note = tr("downloaded")
        else:
            note = tr("{units:g} processing units").format(units=cost)
        feedback.pushInfo(f"{label}: {result.path.name} ({note})")
        style = CompositeStyle(facts(label, result))
        load_on_completion(context, result.path, label, OUTPUT_LAYERS, style)
    if spent is None:
        spent = total
    feedback.pushInfo(tr("Processing units spent: {units:g}").format(units=spent))
    return {
        OUTPUT_FOLDER: str(folder),
        OUTPUT_LAYERS: [str(result.path) for _label, result in done],
        CREDITS_SPENT: round(spent, 2),
    }

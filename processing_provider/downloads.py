"""Several downloads inside one algorithm: in parallel, with progress, cancel, per-item
errors, and the files loaded styled when the algorithm ends.

processAlgorithm already runs off the GUI thread, so a thread pool is fine here; the
client's connection limiter keeps the key's MaxConcurrentConnections in any case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Any

from qgis.core import QgsProcessingOutputMultipleLayers, QgsProcessingOutputNumber

from ..core.api.errors import CancelledError, ClearSkyError
from .layers import CompositeStyle, load_on_completion
from .parameters import OUTPUT_FOLDER, OUTPUT_LAYERS, add_max_credits, add_output_folder

CREDITS_SPENT = "CREDITS_SPENT"

LOG = logging.getLogger("clearsky_vision")

# A job gets (progress(done, total), is_cancelled) and returns its result.
Job = Callable[[Callable[[int, "int | None"], None], Callable[[], bool]], Any]


def add_delivery(algorithm, what: str, files: str, credits: str) -> None:
    """MAX_CREDITS (the most processing units to spend) and OUTPUT_FOLDER, and the outputs
    OUTPUT_LAYERS and CREDITS_SPENT (processing units; the 2024 name is kept)."""
    add_max_credits(algorithm, what)
    add_output_folder(algorithm)
    algorithm.addOutput(QgsProcessingOutputMultipleLayers(OUTPUT_LAYERS, files))
    algorithm.addOutput(QgsProcessingOutputNumber(CREDITS_SPENT, credits))


def run_jobs(jobs: Sequence[tuple[str, Job]], workers: int, feedback) -> list[tuple[str, Any]]:
    """Run ``(label, job)`` pairs on up to ``workers`` threads; returns the successes in order.

    A failed job is reported through ``feedback.reportError`` and the others go on; if
    none succeeds, the first error is raised. Cancel stops the pool and raises CancelledError.
    """
    fractions = [0.0] * len(jobs)

    def run(number: int, job: Job) -> Any:
        if feedback.isCanceled():
            raise CancelledError()

        def progress(done: int, total: int | None) -> None:
            if total:
                fractions[number] = min(1.0, done / total)

        result = job(progress, feedback.isCanceled)
        fractions[number] = 1.0
        return result

    results: dict[int, tuple[str, Any]] = {}
    errors: list[ClearSkyError] = []
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(run, n, job): (n, label) for n, (label, job) in enumerate(jobs)}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            feedback.setProgress(100.0 * sum(fractions) / len(jobs))
            if feedback.isCanceled():
                pool.shutdown(wait=True, cancel_futures=True)
                raise CancelledError("Cancelled: finished files were kept, partial ones removed.")
            for future in finished:
                number, label = futures[future]
                try:
                    results[number] = (label, future.result())
                except ClearSkyError as exc:
                    errors.append(exc)
                    feedback.reportError(f"{label}: {exc}", False)
                except Exception as exc:  # a bug: one line for the user, the trace in the log
                    LOG.exception("%s failed", label)
                    errors.append(ClearSkyError(f"{label}: unexpected error ({exc})"))
                    feedback.reportError(f"{label}: unexpected error ({exc})", False)
    if not results and errors:
        if len(jobs) == 1:
            raise errors[0]
        raise ClearSkyError(f"None of the {len(jobs)} downloads succeeded; first: {errors[0]}")
    return [results[n] for n in sorted(results)]


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
            note = "already downloaded, free"
        elif cost is None:
            note = "downloaded"
        else:
            note = f"{cost:g} processing units"
        feedback.pushInfo(f"{label}: {result.path.name} ({note})")
        style = CompositeStyle(facts(label, result))
        load_on_completion(context, result.path, label, OUTPUT_LAYERS, style)
    if spent is None:
        spent = total
    feedback.pushInfo(f"Processing units spent: {spent:g}")
    return {
        OUTPUT_FOLDER: str(folder),
        OUTPUT_LAYERS: [str(result.path) for _label, result in done],
        CREDITS_SPENT: round(spent, 2),
    }

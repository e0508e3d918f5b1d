"""Waiting on what happened, not on the clock: cancel once a condition holds (issue 13)."""

from __future__ import annotations

import threading
import time

from fault_servers import COMPOSITE

STEP = 0.02  # seconds between two looks at a condition (a polling step, not a time limit)


def in_flight(emulator, key: str) -> list[dict]:
    """The key's download requests the emulator has not answered yet."""
    return [
        e
        for e in emulator.request_log
        if e["key"] == key and e["path"] == COMPOSITE and e["status"] is None
    ]


def cancel_when(feedback, condition, limit: float = 20.0) -> threading.Thread:
    """Cancel ``feedback`` as soon as ``condition()`` holds (after ``limit`` s at the latest)."""
    looked = threading.Event()

    def watch() -> None:
        deadline = time.monotonic() + limit
        while not condition() and time.monotonic() < deadline:
            looked.wait(STEP)
        feedback.cancel()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    return watcher

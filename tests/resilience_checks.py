"""What the resilience matrix asserts after each case: the files left, the processing units
(PU) spent, the requests a server saw; and how a key comes to pay PU for the matrix dates."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from fault_servers import COMPOSITE
from world import DEMO_AOI

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.models import CompositeRequest

SIDECAR = ".clearsky.json"


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def complete_files_only(folder: Path, count: int) -> list[str]:
    """Exactly ``count`` files, each with its sidecar, and nothing else: no ``.part``, no
    half-written or hidden file. Returns the file names."""
    names = folder_names(folder)
    files = [n for n in names if not n.endswith(SIDECAR)]
    assert len(files) == count, names
    assert sorted(files + [f + SIDECAR for f in files]) == names
    assert not [n for n in names if n.startswith(".") or n.endswith(".part")]
    return files


def composite_posts(emulator, key: str) -> list[dict]:
    """The download requests of ``key`` in the emulator's request log."""
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def download_in_flight(emulator, key: str) -> bool:
    """Whether a download request of ``key`` has reached the server and is not answered yet:
    an event to cancel on, and, checked after the cancel, proof it did not wait for the answer."""
    return any(e["status"] is None for e in composite_posts(emulator, key))


def use_up_included_downloads(url: str, key: str, *dates) -> None:
    """Download another variant (band B8 at 80 m over the demo fields) of each date, free.

    A key's order includes the first download of each date; this uses it up, so from now on
    every download of ``dates`` under the demo order costs processing units (area / 10 km2).
    The matrix counts money in PU, which a double charge or a charge for a failed delivery
    would move; an included download would hide both behind a price of 0.
    """
    client = ClearSkyClient(url, key)
    with tempfile.TemporaryDirectory() as folder:
        for day in dates:
            variant = CompositeRequest(DEMO_AOI, day, resolution=80, bands="B8")
            assert client.estimate(variant).processing_units == 0  # the included download
            client.download_composite(variant, folder)
            assert client.estimate(variant).processing_units > 0  # used up


def settled_units(emulator, key: str, timeout: float = 30.0) -> float:
    """The key's processing units once every request of it has finished on the emulator's side.

    A request the client gave up on (timeout, cancel) may still be running on the server,
    which settles its charge (or refund) only when it tries to deliver.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = [e for e in emulator.request_log if e["key"] == key]
        if all(e.get("done") for e in entries):  # refunds of failed deliveries included
            break
        time.sleep(0.05)
    return emulator.units(key)

"""What the resilience matrix asserts after each case: the files left, the credits, the
requests a server saw."""

from __future__ import annotations

import time
from pathlib import Path

from fault_servers import COMPOSITE

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
    """The paid requests of ``key`` in the emulator's request log."""
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def settled_credits(emulator, key: str, timeout: float = 30.0) -> float:
    """The key's credits once every request of it has finished on the emulator's side.

    A request the client gave up on (timeout, cancel) may still be running on the server,
    which settles its charge (or refund) only when it tries to deliver.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = [e for e in emulator.request_log if e["key"] == key]
        busy = emulator.state()["keys"].get(key, {}).get("active_connections", 0)
        if all(e["status"] is not None for e in entries) and not busy:
            break
        time.sleep(0.05)
    time.sleep(0.2)  # a refund follows its failed write by microseconds
    return emulator.credits(key)

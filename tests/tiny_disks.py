"""Small file systems for the output-folder cases: read-only and full (tmpfs mounts).

Root can write through file modes, so "not writable" needs a read-only mount; "full" needs a
file system of a few KiB. Tests are skipped, with the reason, where mounting is not allowed.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "64k", read_only: bool = False):
    """``path`` as a fresh tmpfs of ``size`` (read-only if asked), unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (to simulate a read-only or full disk)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def fill(path: Path) -> None:
    """Fill the file system of ``path`` to the last byte."""
    with contextlib.suppress(OSError), open(path / "filler", "wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()

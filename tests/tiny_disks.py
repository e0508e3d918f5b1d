"""Small file systems for the output-folder cases: read-only and full.

As root: a fresh tmpfs of a few KiB (read-only if asked), since root writes through file
modes. As anyone else: a read-only folder is a real one the kernel refuses to write into
(mode 0555: the error is "Permission denied" rather than "Read-only file system", see
``read_only_reason``); a full disk still needs a mount, so that case is skipped, with the
reason, where mounting is not allowed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path

import pytest


def can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def read_only_reason() -> str:
    """The system's words for a write refused in ``tmpfs(..., read_only=True)``."""
    return "Read-only file system" if can_mount() else "Permission denied"


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "64k", read_only: bool = False):
    """``path`` as a fresh tmpfs of ``size`` (read-only if asked), unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        if read_only:
            with _read_only_folder(path):
                yield path
            return
        pytest.skip("a full disk needs a small tmpfs, and mounting one needs root")
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:  # root writes through modes: only a mount makes a folder read-only
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


@contextlib.contextmanager
def _read_only_folder(path: Path):
    mode = path.stat().st_mode
    path.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH)
    try:
        yield
    finally:
        path.chmod(stat.S_IMODE(mode))


def fill(path: Path) -> None:
    """Fill the file system of ``path`` to the last byte."""
    with contextlib.suppress(OSError), open(path / "filler", "wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()

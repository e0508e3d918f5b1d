"""Small file systems for the output-folder cases: read-only and full.

As root: a fresh tmpfs of a few KiB (read-only if asked), since root writes through file
modes. As anyone else: a read-only folder is a real one the kernel refuses to write into
(mode 0555: the error is "Permission denied" rather than "Read-only file system", see
``read_only_reason``); a full disk needs a mount, so a test marked ``mounts`` runs again in a
user and mount namespace of its own (``unshare -Urm``, which any user may make on Linux
unless the administrator forbids it), where it is root and may mount a tmpfs; the outer test
reports the inner run's result (``run_in_own_namespace``, called from tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest


def can_mount() -> bool:
    """Root (a namespace's own included): a tmpfs may be mounted."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


# Set in the inner run: it must not try another namespace (and must mount).
INNER = "CLEARSKY_TESTS_IN_OWN_NAMESPACE"


def run_in_own_namespace(item: pytest.Item) -> None:
    """Run the test ``item`` in a pytest of its own inside ``unshare -Urm``; fail with its
    output unless it passed there."""
    if os.environ.get(INNER):
        pytest.fail("Inside its own namespace the test is still not root: it cannot mount.")
    unshare = shutil.which("unshare")
    probe = unshare and subprocess.run([unshare, "-Urm", "true"], capture_output=True, text=True)
    if not probe or probe.returncode != 0:
        reason = probe.stderr.strip() if probe else "unshare (util-linux) is not installed"
        pytest.skip(f"a full disk needs a tmpfs: not root, and no namespace of its own ({reason})")
    config = item.config
    given = list(config.invocation_params.args)
    plugins = [
        part for flag, name in zip(given, given[1:]) if flag == "-p" for part in (flag, name)
    ]
    command = [unshare, "-Urm", sys.executable, "-m", "pytest", item.nodeid, "-q", *plugins]
    with tempfile.TemporaryDirectory(prefix="clearsky-namespace-") as base:
        done = subprocess.run(
            [*command, "-p", "no:cacheprovider", f"--basetemp={base}/tmp"],
            cwd=config.rootpath,
            env={**os.environ, INNER: "1"},
            capture_output=True,
            text=True,
        )
    if done.returncode != 0 or not re.search(r"\b1 passed\b", done.stdout):
        output = done.stdout[-4000:] + done.stderr[-2000:]
        pytest.fail(f"In its own namespace (unshare -Urm) the test did not pass:\n{output}")


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
        raise AssertionError(
            "a full disk needs a small tmpfs, and mounting one needs root: mark the test "
            "'mounts' so it runs in a namespace of its own"
        )
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

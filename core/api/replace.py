"""Giving a finished file its final name, also when that name is held open.

Windows refuses to replace a file that another program has open, and QGIS keeps the file of
every raster layer open: writing an index or a merge again over a file shown on the map fails
there (on Linux and macOS the rename just works). Such a result is written beside the old file
instead, under a numbered name, and a warning says so.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG = logging.getLogger("clearsky_vision")


def move_into_place(temp: Path, target: Path) -> Path:
    """Rename ``temp`` to ``target``; where ``target`` cannot be replaced because it is open,
    to a free ``<stem>_<n><suffix>`` beside it. Returns where the file is now."""
    try:
        os.replace(temp, target)
        return target
    except PermissionError:
        if not target.exists():
            raise  # the folder itself refuses: nothing to go around
    beside = free_name_beside(target)
    os.replace(temp, beside)
    LOG.warning(
        "%s could not be replaced: it is open in another program (QGIS keeps the files of its "
        "layers open). The new result was written beside it as %s.",
        target,
        beside.name,
    )
    return beside


def free_name_beside(target: Path) -> Path:
    """The first ``<stem>_<n><suffix>`` (n = 2, 3, ...) in ``target``'s folder not in use."""
    number = 2
    while True:
        candidate = target.with_name(f"{target.stem}_{number}{target.suffix}")
        if not candidate.exists():
            return candidate
        number += 1

"""One QGIS settings file per test session.

pytest-qgis points every session at the same profile (``.qgis-settings/`` in the repository),
and QSettings re-reads its file whenever another process wrote it. Two QGIS test sessions at
once (a developer's run beside ``make test``) then read each other's plugin settings: one
dock downloaded into the other session's folder. Each session here copies the profile's
settings file into its own directory and points QSettings there, so what one session saves
never reaches another. The authentication database stays shared (its entries have unique ids).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QSettings


@contextmanager
def private_settings() -> Iterator[Path]:
    """This session's own settings file, inside the profile (so profile scans still see it),
    removed afterwards; the shared file is used again after the block."""
    shared_root = Path(QgsSettings().fileName()).parent.parent
    sessions = Path(QgsApplication.qgisSettingsDirPath()) / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="session-", dir=sessions))
    try:
        yield use_private_settings(directory)
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(shared_root))
        shutil.rmtree(directory, ignore_errors=True)


def use_private_settings(directory: Path) -> Path:
    """Copy the current settings file under ``directory`` and use the copy from now on.

    Returns the new settings file. QgsSettings objects made afterwards read and write it.
    """
    shared = Path(QgsSettings().fileName())
    root = Path(directory) / "profiles" / "default"
    private = root / shared.parent.name / shared.name
    private.parent.mkdir(parents=True, exist_ok=True)
    if shared.is_file():
        shutil.copyfile(shared, private)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
    assert Path(QgsSettings().fileName()) == private, QgsSettings().fileName()
    return private

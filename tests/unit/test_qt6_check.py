"""The Qt6 check of `make lint` (scripts/qt6_check.py): it refuses what QGIS 4 cannot run and
accepts the plugin as shipped."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path(__file__).resolve().parent / "samples"
sys.path.insert(0, str(ROOT / "scripts"))

import qt6_check  # noqa: E402

QT6_STAMP = "build/qt6-venv/.installed"  # the Makefile's target that makes the PyQt6 venv


def _has_pyqt6(python: Path) -> bool:
    try:
        subprocess.run([str(python), "-c", "import PyQt6.QtCore"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


@functools.lru_cache(maxsize=1)
def pyqt6_python() -> Path:
    """The PyQt6 venv's python; made through the Makefile when missing. Never a skip: a
    check that cannot run must fail (issue 13), with what to do."""
    python = qt6_check.DEFAULT_QT6_PYTHON
    if _has_pyqt6(python):
        return python
    made = subprocess.run(
        ["make", "-C", str(ROOT), QT6_STAMP], capture_output=True, text=True, timeout=900
    )
    if not _has_pyqt6(python):
        pytest.fail(
            f"No PyQt6 venv at {python} and `make {QT6_STAMP}` could not make it "
            f"(exit {made.returncode}): {made.stderr.strip()[-500:]}"
        )
    return python


def findings(path: Path) -> list[str]:
    return [str(f) for f in qt6_check.check([path], pyqt6_python())]


def test_the_qt5_sample_is_refused_line_by_line():
    found = "\n".join(findings(SAMPLES / "qt5_only.py"))
    for expected in (
        "qt5_only.py:6: from PyQt5.QtWidgets import ...: use qgis.PyQt",
        "qt5_only.py:10: Qt.AlignLeft: PyQt6 QtCore.Qt has no attribute AlignLeft",
        "write Qt.AlignmentFlag.AlignLeft",
        "qt5_only.py:11: pyqtSignal outside a class body",
        "qt5_only.py:15: pyqtSignal in NotAQObject, which is not a QObject",
        "qt5_only.py:24: QRegExp: QRegExp is gone in Qt6",
        "qt5_only.py:25: QDesktopWidget: QDesktopWidget is gone in Qt6",
        "qt5_only.py:26: exec_() is gone in PyQt6",
    ):
        assert expected in found
    assert "qt5_only.py:19:" not in found  # a signal on a QObject subclass is fine
    assert "qt5_only.py:23:" not in found  # Qt.AlignmentFlag.AlignLeft is fine


def test_the_command_fails_on_the_sample_and_passes_a_clean_file():
    python = pyqt6_python()
    script = ROOT / "scripts" / "qt6_check.py"
    for sample, status in (("qt5_only.py", 1), ("qt6_clean.py", 0)):
        done = subprocess.run(
            [sys.executable, str(script), "--qt6-python", str(python), str(SAMPLES / sample)],
            capture_output=True,
            text=True,
        )
        assert done.returncode == status, done.stdout + done.stderr


def test_qgis_enums_must_be_scoped_too(tmp_path):
    pytest.importorskip("qgis.core")
    sample = tmp_path / "levels.py"
    sample.write_text(
        "from qgis.core import Qgis\nBAD = Qgis.Critical\nGOOD = Qgis.MessageLevel.Critical\n",
        encoding="utf-8",
    )
    found = findings(sample)
    assert len(found) == 1 and "levels.py:2:" in found[0]
    assert "write Qgis.MessageLevel.Critical" in found[0]


def test_the_shipped_plugin_passes():
    assert [str(f) for f in qt6_check.check(qt6_check.shipped_python_files(), pyqt6_python())] == []


def test_the_plugin_manager_of_qgis_4_accepts_the_plugin():
    """Without qgisMaximumVersion the plugin manager takes <minimum major>.99, i.e. 3.99."""
    import configparser

    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    maximum = tuple(int(part) for part in general["qgisMaximumVersion"].split("."))
    assert maximum >= (4, 99)
    assert general.getboolean("supportsQt6")

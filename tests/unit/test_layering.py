"""core/ is layered by what each folder may import: core/api and core/raster run without QGIS
and Qt, core/qgs without widgets, and no folder imports one above it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A folder may import only the folders listed after it (and the standard library, GDAL...).
LAYERS = ["ui", "processing_provider", "core/qgs", "core/raster", "core/api"]
NO_QT = ("core/api", "core/raster")
BLOCKER = """
import importlib.abc, sys
class NoQgis(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"):
            raise ImportError(f"{name} is not allowed here")
        return None
sys.meta_path.insert(0, NoQgis())
"""


def modules(folder: str) -> list[str]:
    return sorted(
        "clearsky_vision." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / folder).glob("*.py")
    )


@pytest.mark.parametrize("folder", NO_QT)
def test_a_qt_free_layer_loads_in_an_interpreter_without_qgis(folder):
    names = modules(folder)
    script = BLOCKER + "".join(f"import {name}\n" for name in names) + "print('loaded')\n"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "loaded"


def imported_folders(path: Path, root: Path = ROOT) -> set[str]:
    """The plugin folders a module imports (relative imports resolved)."""
    package = path.relative_to(root).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            parts = [part for part in (node.module or "").split(".") if part]
            found.add("/".join((*base, *parts)))
    return found


def layer_of(target: str) -> str | None:
    return next((lay for lay in LAYERS if target == lay or target.startswith(lay + "/")), None)


def violations(folder: str, root: Path = ROOT) -> list[str]:
    allowed = set(LAYERS[LAYERS.index(folder) :])
    return [
        f"{path.relative_to(root)} imports {target}"
        for path in sorted((root / folder).glob("*.py"))
        for target in imported_folders(path, root)
        if (layer := layer_of(target)) is not None and layer not in allowed
    ]


@pytest.mark.parametrize("folder", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(folder):
    assert violations(folder) == []


def test_the_layer_check_bites(tmp_path):
    """core/api importing core/qgs, or core/raster importing ui, is caught."""
    (tmp_path / "core" / "api").mkdir(parents=True)
    (tmp_path / "core" / "raster").mkdir(parents=True)
    (tmp_path / "core" / "api" / "probe.py").write_text("from ..qgs import tasks\n")
    (tmp_path / "core" / "raster" / "probe.py").write_text("from ...ui.dock import Dock\n")
    assert violations("core/api", tmp_path) == ["core/api/probe.py imports core/qgs"]
    assert violations("core/raster", tmp_path) == ["core/raster/probe.py imports ui/dock"]


def test_package_init_files_stay_empty():
    """Start-up stays lazy: importing a folder runs nothing."""
    for init in ("core", "core/api", "core/raster", "core/qgs", "ui", "processing_provider"):
        assert (ROOT / init / "__init__.py").read_text(encoding="utf-8").strip() == ""

"""Build the plugin zip for the QGIS plugin manager from the file list in pb_tool.cfg.

Only the plugin goes in: no tests, emulator, benchmarks or development files. The compiled
translations (i18n/*.qm) go in too, rebuilt first when missing or older than their .ts source.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".part"}


def plugin_files(root: Path = ROOT) -> list[Path]:
    """The files pb_tool.cfg declares, folders expanded, caches left out."""
    config = configparser.ConfigParser()
    config.read(root / "pb_tool.cfg")
    files = config["files"]
    names = (files.get("python_files", "") + " " + files.get("extras", "")).split()
    found = [root / name for name in names] + translations(root, files.get("locales", "").split())
    for folder in files.get("extra_dirs", "").split():
        found += sorted(p for p in (root / folder).rglob("*") if p.is_file())
    return [
        p
        for p in found
        if not SKIP_PARTS & set(p.relative_to(root).parts) and p.suffix not in SKIP_SUFFIXES
    ]


def translations(root: Path, locales: list[str]) -> list[Path]:
    """The compiled translation (.qm) of each locale pb_tool.cfg names."""
    return [root / "i18n" / f"{Path(locale).stem}.qm" for locale in locales]


def compile_translations(root: Path = ROOT) -> None:
    """Run lrelease when a .qm file is missing or older than its .ts source."""
    config = configparser.ConfigParser()
    config.read(root / "pb_tool.cfg")
    compiled = translations(root, config["files"].get("locales", "").split())
    if any(
        not qm.exists() or qm.stat().st_mtime < qm.with_suffix(".ts").stat().st_mtime
        for qm in compiled
    ):
        _i18n_tool().build(root)


def _i18n_tool():
    # scripts/ is no package: load i18n.py beside this file whether run as a script or imported.
    spec = importlib.util.spec_from_file_location(
        "clearsky_i18n", Path(__file__).with_name("i18n.py")
    )
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def build(output: Path, root: Path = ROOT) -> Path:
    name = configparser.ConfigParser()
    name.read(root / "pb_tool.cfg")
    package = name["plugin"]["name"]
    compile_translations(root)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files(root):
            archive.write(path, f"{package}/{path.relative_to(root).as_posix()}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    path = build(args.output)
    print(f"{path} ({path.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()

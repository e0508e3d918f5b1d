"""Build the plugin zip for the QGIS plugin manager from the file list in pb_tool.cfg.

Only the plugin goes in: no tests, emulator, benchmarks or development files.
"""

from __future__ import annotations

import argparse
import configparser
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
    found = [root / name for name in names]
    for folder in files.get("extra_dirs", "").split():
        found += sorted(p for p in (root / folder).rglob("*") if p.is_file())
    return [
        p
        for p in found
        if not SKIP_PARTS & set(p.relative_to(root).parts) and p.suffix not in SKIP_SUFFIXES
    ]


def build(output: Path, root: Path = ROOT) -> Path:
    name = configparser.ConfigParser()
    name.read(root / "pb_tool.cfg")
    package = name["plugin"]["name"]
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

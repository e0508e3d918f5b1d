"""The plugin version, read from metadata.txt (its single source)."""

from __future__ import annotations

import configparser
import functools
import platform
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "metadata.txt"


@functools.lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    """The [general] section of metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def plugin_version() -> str:
    return metadata().get("version", "0")


def user_agent() -> str:
    return f"clearsky-vision-qgis/{plugin_version()} (Python {platform.python_version()})"

"""The plugin as a user installs it: the zip from `make zip` in a fresh QGIS profile, and
qgis_process (the headless Processing runner) pointed at that profile.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

from scripts.build_zip import build

PLUGIN = "clearsky_vision"
SERVER_VARIABLES = ("CLEARSKY_API_URL", "CLEARSKY_API_KEY")


def build_plugin_zip(folder: Path) -> Path:
    return build(folder / f"{PLUGIN}.zip")


def install_profile(plugin_zip: Path, root: Path) -> Path:
    """A QGIS profile folder with the plugin unzipped into it and enabled."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    qgis_process(root, "plugins", "enable", PLUGIN)
    return root


def process_environment(profile: Path, env: dict | None = None) -> dict:
    """The environment of a ``qgis_process.bin`` run with that profile.

    The server variables come only from ``env``, never from the calling environment.
    """
    environment = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(profile),
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    for name in SERVER_VARIABLES:
        if env is None or name not in env:
            environment.pop(name, None)
    return environment


def qgis_process(profile: Path, *args: str, env: dict | None = None, check: bool = True):
    """Run ``qgis_process.bin`` (Debian's wrapper script is broken) with that profile."""
    done = subprocess.run(
        ["qgis_process.bin", *args],
        env=process_environment(profile, env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def run_json(profile: Path, algorithm: str, parameters: dict, env: dict) -> dict:
    """``qgis_process --json run algorithm -- NAME=value ...``: the parsed results.

    Also checks that the API key shows nowhere in what qgis_process printed.
    """
    arguments = [f"{name}={value}" for name, value in parameters.items()]
    done = qgis_process(profile, "--json", "run", algorithm, "--", *arguments, env=env)
    assert env["CLEARSKY_API_KEY"] not in done.stdout + done.stderr
    return json.loads(done.stdout)

"""The zip from `make zip` installs into a fresh QGIS profile and works headless."""

from __future__ import annotations

import os
import subprocess
import zipfile

import pytest

from scripts.build_zip import build

PLUGIN = "clearsky_vision"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dist") / f"{PLUGIN}.zip")


def test_zip_holds_the_plugin_only(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert f"{PLUGIN}/metadata.txt" in names and f"{PLUGIN}/__init__.py" in names
    assert f"{PLUGIN}/icons/clearsky.svg" in names
    unwanted = ("tests/", "emulator/", "bench/", "scripts/", ".git", "__pycache__", ".venv")
    assert not [n for n in names if any(part in n for part in unwanted)]


def qgis_process(profile, *args, env=None, check=True):
    environment = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(profile),
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    for name in ("CLEARSKY_API_URL", "CLEARSKY_API_KEY"):
        if env is None or name not in env:
            environment.pop(name, None)
    done = subprocess.run(
        ["qgis_process.bin", *args], env=environment, capture_output=True, text=True, timeout=180
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def profile(plugin_zip, tmp_path_factory):
    """A QGIS profile with the plugin unzipped into it and enabled, as a user would."""
    root = tmp_path_factory.mktemp("qgis-profile")
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    qgis_process(root, "plugins", "enable", PLUGIN)
    return root


def test_qgis_loads_the_installed_plugin(profile):
    listed = qgis_process(profile, "list").stdout
    assert "clearsky:accountinfo" in listed


def test_algorithm_runs_headless_from_the_installed_plugin(profile, emulator, new_key):
    key = new_key(credits=321)
    env = {"CLEARSKY_API_URL": emulator.url, "CLEARSKY_API_KEY": key}
    done = qgis_process(profile, "run", "clearsky:accountinfo", env=env)
    assert "CREDITS:\t321\n" in done.stdout
    assert key not in done.stdout + done.stderr


def test_missing_key_is_an_actionable_error(profile, emulator):
    done = qgis_process(
        profile,
        "run",
        "clearsky:accountinfo",
        env={"CLEARSKY_API_URL": emulator.url},
        check=False,
    )
    assert done.returncode != 0
    assert "No API key" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr

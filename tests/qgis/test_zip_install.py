"""The zip from `make zip` installs into a fresh QGIS profile and works headless."""

from __future__ import annotations

import zipfile

import pytest
from installed_plugin import PLUGIN, build_plugin_zip, install_profile, qgis_process


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return build_plugin_zip(tmp_path_factory.mktemp("dist"))


def test_zip_holds_the_plugin_only(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert f"{PLUGIN}/metadata.txt" in names and f"{PLUGIN}/__init__.py" in names
    assert f"{PLUGIN}/icons/clearsky.svg" in names
    unwanted = ("tests/", "emulator/", "bench/", "scripts/", ".git", "__pycache__", ".venv")
    assert not [n for n in names if any(part in n for part in unwanted)]


@pytest.fixture(scope="module")
def profile(plugin_zip, tmp_path_factory):
    """A QGIS profile with the plugin unzipped into it and enabled, as a user would."""
    return install_profile(plugin_zip, tmp_path_factory.mktemp("qgis-profile"))


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

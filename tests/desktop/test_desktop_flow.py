"""The real QGIS desktop under Xvfb: the plugin from `make zip`, the whole dock flow, screenshots.

QGIS starts with a throw-away profile holding the unzipped plugin, talks to the emulator
through CLEARSKY_API_URL / CLEARSKY_API_KEY, and runs a script (``--code``) that clicks
through the dock like a user (NDVI ticked, two dates downloaded, NDVI charted at a clicked
pixel in the time-series panel), then saves screenshots and a JSON report of what it saw.
A second, shorter run sets QGIS to German and checks that the dock speaks it.
Set CLEARSKY_SCREENSHOTS_DIR=docs/screenshots to refresh the README's screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest
from world import DEMO_AOI

from scripts.build_zip import build

PLUGIN = "clearsky_vision"
SCREEN = "1280x800x24"
FLOW = Path(__file__).with_name("flow_script.py")
DAYS = ("2024-06-28", "2024-06-03")  # the dates the flow downloads, newest first as listed
SHOTS = {  # file saved by the flow: name in docs/screenshots
    "dock.png": "dock.png",
    "canvas.png": "canvas.png",
    "window.png": "desktop.png",
    "indices.png": "indices.png",
    "timeseries.png": "timeseries.png",
}

pytestmark = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("qgis")),
    reason="needs the QGIS desktop (qgis) and xvfb-run: apt-get install qgis xvfb",
)


def make_profile(root: Path, plugin_zip: Path, downloads: Path, locale: str = "") -> Path:
    """A QGIS profile folder with the plugin unzipped and enabled, as a user installs it;
    ``locale`` ("de") is the language chosen in QGIS's options (empty: the system's)."""
    profile = root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\n"
        f"{PLUGIN}=true\n"
        "[qgis]\n"
        "showTips=false\n"
        "checkVersion=false\n"
        f"[{PLUGIN}]\n"
        f"download_folder={downloads}\n"
        + (f"[locale]\nuserLocale={locale}\noverrideFlag=true\n" if locale else "")
    )
    return root


def aoi_file(folder: Path) -> Path:
    """The demo fields as a GeoJSON file, the way a user keeps an area of interest."""
    west, south, east, north = DEMO_AOI.bounds
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    feature = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    path = folder / "Demo fields.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def run_desktop(command: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run QGIS under xvfb-run; on a time-out end the whole process group, QGIS included
    (xvfb-run's children outlive a plain kill of xvfb-run)."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        stdout, stderr = process.communicate(timeout=150)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def run_flow(tmp_path: Path, emulator, key: str, mode: str = "flow", locale: str = ""):
    """Run flow_script.py (``mode``: "flow" or "language") in QGIS; its report and folder."""
    out = tmp_path / "out"
    downloads = tmp_path / "downloads"
    out.mkdir()
    downloads.mkdir()
    plugin_zip = build(tmp_path / f"{PLUGIN}.zip")
    profiles = make_profile(tmp_path / "qgis", plugin_zip, downloads, locale)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": key,
        "CLEARSKY_FLOW_OUT": str(out),
        "CLEARSKY_FLOW_AOI": str(aoi_file(tmp_path)),
        "CLEARSKY_FLOW_MODE": mode,
        "XDG_RUNTIME_DIR": str(runtime),
    }
    command = [
        "xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}",
        "qgis", "--nologo", "--noversioncheck", "--profiles-path", str(profiles),
        "--code", str(FLOW),
    ]  # fmt: skip
    done = run_desktop(command, env)
    report_file = out / "report.json"
    assert report_file.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(report_file.read_text())
    assert report.get("error") is None, report.get("error")
    return report, out


def test_whole_flow_in_the_qgis_desktop(tmp_path, emulator):
    key = "desktop-flow-key"
    emulator.add_key(key, processing_units=1000)  # owns the demo order over the fields
    report, out = run_flow(tmp_path, emulator, key)
    downloads = tmp_path / "downloads"
    report_file = out / "report.json"

    assert report["account_units"] == "1,000.00 PU"
    assert report["aoi"] == f"Area: {DEMO_AOI.area_km2:,.2f} km²"
    assert report["dates_listed"] >= 20
    assert report["layers"] == [
        {"name": "2024-06-28", "bands": [3, 2, 1], "stretch": [0, 3000], "day": "2024-06-28"},
        {"name": "2024-06-03", "bands": [3, 2, 1], "stretch": [0, 3000], "day": "2024-06-03"},
    ]
    assert report["group"] == "Demo fields 2024-06-01..2024-06-30"
    assert report["frame_days"] == 1
    assert any("2 dates added" in text for text in report["messages"])
    assert key not in report_file.read_text()
    files = sorted(path.name for path in downloads.glob("*.tif"))
    assert len(files) == 4 and len([name for name in files if name.endswith("_NDVI.tif")]) == 2

    assert report["indices"] == [
        {
            "name": f"NDVI {day}",
            "renderer": "QgsSingleBandPseudoColorRenderer",
            "range": report["indices"][0]["range"],  # one ramp for every date: comparable colours
            "subgroup": "NDVI: Normalized Difference Vegetation Index",
            "visible": True,
        }
        for day in DAYS
    ]
    low, high = report["indices"][0]["range"]
    assert -1 <= low < high <= 1

    series = report["series"]
    assert series["index"] == "NDVI" and series["problems"] == []
    assert [day for day, _value in series["values"]] == sorted(DAYS)
    for day, value in series["values"]:
        assert value is not None and -1 <= value <= 1, (day, value)
        # The chart shows what the NDVI layer on the map holds at the clicked pixel.
        assert value == pytest.approx(series["layer_values"][f"NDVI {day}"], abs=1e-4)
    meant, clicked = series["pixel"]
    assert report["pick_tool_active"] and clicked == meant

    assert_keyboard_and_width(report)
    for name in SHOTS:
        image = out / name
        assert image.exists() and image.stat().st_size > 20_000, name
    assert report["canvas_colours"] > 500  # fields, forest and water: far from a blank map
    assert report["indices_canvas_colours"] > 100  # the NDVI ramp over the fields
    copy_screenshots(out, SHOTS)


def assert_keyboard_and_width(report: dict) -> None:
    """The dock fits the 1280 px screen without a horizontal scroll bar, and Tab walks into
    the analysis section, through every index check box to the band math, and back."""
    assert report["horizontal_scrollbar"] is False, report["dock_widths"]
    boxes = report["index_boxes"]
    assert boxes[0] == "index_NDVI"
    # From the section (its collapse button comes first), through every box in grid order.
    forward = report["tab_forward"]
    assert forward[-len(boxes) - 1 :] == [*boxes, "custom_index"]
    assert len(forward) <= len(boxes) + 2, forward
    assert report["tab_back"] == boxes[::-1]  # Shift+Tab from the band math


def copy_screenshots(out: Path, names: dict) -> None:
    """With CLEARSKY_SCREENSHOTS_DIR set, the screenshots go there (the README's)."""
    target = os.environ.get("CLEARSKY_SCREENSHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for name, saved_as in names.items():
            shutil.copy(out / name, Path(target) / saved_as)


def test_the_dock_speaks_german_when_qgis_does(tmp_path, emulator):
    key = "desktop-german-key"
    emulator.add_key(key, processing_units=1000)
    report, out = run_flow(tmp_path, emulator, key, mode="language", locale="de")

    assert report["settings_action"] == "Einstellungen…"
    assert report["account_title"] == "Konto"
    assert report["search_button"] == "Suchen"
    assert report["aoi"] == f"Fläche: {DEMO_AOI.area_km2:,.2f} km²"
    assert report["dates_listed"] >= 20
    assert "Aufnahmetage von 2024-06-01 bis 2024-06-30" in report["dates_status"]
    assert_keyboard_and_width(report)
    image = out / "dock.png"
    assert image.exists() and image.stat().st_size > 20_000
    copy_screenshots(out, {"dock.png": "dock_de.png"})

"""The benchmark harness: specs take turns, medians of what the runs printed, the line format,
the output checks (rasters, bytes) and a mismatch failing the run.

No timing is asserted: the commands print the numbers the harness must collect.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from common import Spec, measure_all, summary_line

# Prints ELAPSED from a list, one value per run, counting runs in a file.
SCRIPT = """
import sys
from pathlib import Path
log, name, *values = sys.argv[1:]
path = Path(log)
done = path.read_text().split() if path.exists() else []
runs = sum(1 for seen in done if seen == name)
path.write_text(" ".join([*done, name]))
print(f"ELAPSED={values[runs]}")
print("ignored line")
print(f"OTHER_MS={10 * (runs + 1)}")
"""


def test_specs_take_turns_and_keep_medians_of_what_runs_print(tmp_path):
    log = tmp_path / "order"
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT)

    def spec(name: str, *values: str) -> Spec:
        return Spec(name, [sys.executable, script, log, name, *values])

    first, second = measure_all([spec("a", "3", "1", "2"), spec("b", "0.5", "9", "0.7")], 3)
    assert log.read_text().split() == ["a", "b", "a", "b", "a", "b"]
    assert (first.inner, second.inner) == (2.0, 0.7)
    assert first.metrics["OTHER_MS"] == 20.0
    assert first.runs == 3 and first.peak_mb > 0 and first.seconds > 0
    assert first.command.endswith("a 3 1 2")


def test_summary_line_is_name_ours_peer_ratio():
    assert summary_line("ndvi", 1.0, 2.5) == "ndvi: ours 1.000 s, peer 2.500 s, ratio 2.50"
    assert summary_line("rss", 200.4, 1000.0, "MB") == "rss: ours 200 MB, peer 1000 MB, ratio 4.99"


def test_the_bench_key_gets_whole_tiles_and_the_dates_and_curl_posts_the_same_tile(tmp_path):
    """The bench key's order (common.tile_order) covers the tiles and the download AOI, and
    the download benchmark's probe and curl peer fetch the same tile and print their times."""
    from bench_download import AOI, DATES, curl_command
    from common import PYTHON, TODAY, ZONES, run_once, tile_guid, tile_order, tile_request

    from clearsky_vision.core.api.client import ClearSkyClient
    from clearsky_vision.core.api.models import CompositeRequest
    from emulator import Emulator

    with Emulator(tile_size=128, today=TODAY) as emulator:
        guids = [tile_guid(emulator.url, emulator.demo_key, zone) for zone in ZONES]
        assert len(set(guids)) == len(ZONES)
        emulator.add_key("bench", processing_units=1e6, orders=[tile_order(guids)])
        client = ClearSkyClient(emulator.url, "bench")
        for day in DATES:  # the concurrent benchmark's dates, at a coarse resolution
            client.download_composite(CompositeRequest(AOI, day, resolution=320), tmp_path)
        request = tile_request(guids[0], "2024-07-01", 10)
        ours = client.download_tile(request, tmp_path)  # the included download
        body = tmp_path / "tile.json"
        body.write_text(json.dumps(request.body()))
        output = tmp_path / "curl.tif"
        _, _, printed = run_once(curl_command(emulator.url, "bench", request.path, body, output))
        assert set(printed) == {"SERVER_MS", "ELAPSED"}
        assert output.read_bytes() == ours.path.read_bytes()  # the same request, the same file
        assert emulator.units("bench") < 1e6  # a repeated download is charged
        (tmp_path / "probe").mkdir()
        probe = [PYTHON, "bench/probes/download.py", "tile", emulator.url, "bench"]
        probe += [tmp_path / "probe", request.guid, "2024-07-01", 10, request.epsg]
        probe += [request.model, ",".join(request.constellations)]
        _, _, printed = run_once(probe)
        assert set(printed) == {"SERVER_MS", "ELAPSED"}


def _raster(path: Path, values, nodata: float | None = -9999.0) -> Path:
    import numpy as np
    from osgeo import gdal

    values = np.asarray(values, dtype=np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32
    )
    dataset.SetGeoTransform((500000, 10, 0, 6160000, 0, -10))
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    dataset = None
    return path


def test_rasters_agree_within_the_tolerance_and_nodata_in_the_same_places(tmp_path):
    from common import OutputMismatchError, same_raster

    nan = float("nan")
    ours = _raster(tmp_path / "ours.tif", [[0.5, -9999], [0.25, 0.1]])
    same = _raster(tmp_path / "same.tif", [[0.5, -9999], [0.25, 0.1]])
    close = _raster(tmp_path / "close.tif", [[0.5000005, nan], [0.25, 0.1]], nodata=-1)
    far = _raster(tmp_path / "far.tif", [[0.50001, -9999], [0.25, 0.1]])
    holes = _raster(tmp_path / "holes.tif", [[0.5, -9999], [-9999, 0.1]])
    assert same_raster(ours, same, "a") == "a: pixel-identical (3 valid pixels, same nodata)"
    # NaN counts as nodata, whatever the file's nodata value.
    assert same_raster(ours, close, "b", 1e-6).startswith("b: same grid and nodata, 3 valid")
    with pytest.raises(OutputMismatchError, match=r"values differ by up to 1\.001"):
        same_raster(ours, far, "c", 1e-6)
    with pytest.raises(OutputMismatchError, match="nodata in one file where the other"):
        same_raster(ours, holes, "d", 1e-6)
    shapes = re.escape("is (1, 2, 2), small.tif is (1, 1, 2)")
    with pytest.raises(OutputMismatchError, match=shapes):
        same_raster(ours, _raster(tmp_path / "small.tif", [[0.5, 0.1]]), "e")


def test_files_must_hold_the_same_bytes(tmp_path):
    from common import OutputMismatchError, same_bytes

    (tmp_path / "a").write_bytes(b"x" * 3_000_000)
    (tmp_path / "b").write_bytes(b"x" * 3_000_000)
    (tmp_path / "c").write_bytes(b"x" * 2_999_999 + b"y")
    assert same_bytes(tmp_path / "a", tmp_path / "b", "tile") == "tile: byte-identical (3 MB)"
    with pytest.raises(OutputMismatchError, match=re.escape("tile: a (3000000 bytes) and c")):
        same_bytes(tmp_path / "a", tmp_path / "c", "tile")
    with pytest.raises(OutputMismatchError, match="missing was not written"):
        same_bytes(tmp_path / "a", tmp_path / "missing", "tile")


def test_a_mismatch_fails_the_run_and_the_other_benchmarks_still_report(tmp_path, monkeypatch):
    import run
    from common import OutputMismatchError

    def mismatched(_runs=None):
        raise OutputMismatchError("ours vs peer: values differ")

    good = SimpleNamespace(run=lambda _runs=None: ("## good\n", ["good: ours 1 s, ratio 1.00"]))
    bad = SimpleNamespace(run=mismatched)
    monkeypatch.setattr(run, "BENCHMARKS", {"bad": bad, "good": good})
    report = tmp_path / "benchmarks.md"
    monkeypatch.setattr(sys, "argv", ["run.py", "--report", str(report), "--runs", "1"])
    assert run.main() == 1
    text = report.read_text()
    assert "## bad: output check failed" in text and "ours vs peer: values differ" in text
    assert "## good" in text and "good: ours 1 s, ratio 1.00" in text
    monkeypatch.setattr(sys, "argv", ["run.py", "--only", "good"])
    assert run.main() == 0


def test_a_report_from_a_loaded_machine_says_so():
    import run

    cores = os.cpu_count() or 1
    quiet = {"Load average at start (1, 5, 15 min)": "0.20, 0.5, 0.5"}
    # At the end the benchmarks' own work counts: every core busy is still a quiet machine.
    own = {**quiet, "Load average at end (1, 5, 15 min)": f"{cores:.2f}, 1, 1"}
    busy = {**quiet, "Load average at end (1, 5, 15 min)": "64.00, 10, 5"}
    busy_start = {"Load average at start (1, 5, 15 min)": f"{cores:.2f}, 1, 1"}
    assert run.loaded_warning(quiet) == "" and run.loaded_warning(own) == ""
    assert run.loaded_warning(busy_start).startswith("**Measured on a loaded machine**")
    assert run.loaded_warning(busy).startswith("**Measured on a loaded machine** (1-minute load")
    assert "**Measured on a loaded machine**" in run.report(busy, [], [])

"""The benchmark harness: specs take turns, medians of what the runs printed, the line format.

No timing is asserted: the commands print the numbers the harness must collect.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

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

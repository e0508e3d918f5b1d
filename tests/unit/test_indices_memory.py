"""An index of a whole 5120 x 5120 x 10 tile stays within a memory bound (not a time bound).

The tile comes from the emulator once and is cached in tests/.tmp/ (about 360 MB); the
index runs in a fresh Python process whose peak RSS is measured. Set
CLEARSKY_SKIP_MEMORY_TEST=1 to skip it on a machine too slow to generate the tile.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from world import DEMO_AOI, TODAY

PEAK_RSS_LIMIT_MB = 250
TILE_SIZE = 5120
CACHE = Path(__file__).resolve().parent.parent / ".tmp" / "full-tile"
TILE_DATE = "2024-07-01"

pytestmark = [
    pytest.mark.skipif(
        bool(os.environ.get("CLEARSKY_SKIP_MEMORY_TEST")), reason="CLEARSKY_SKIP_MEMORY_TEST is set"
    ),
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc"),
]

# VmHWM is this process's own peak. ru_maxrss would not do: Linux carries it over exec
# from the forked parent, so it would report pytest's size.
MEASURE = """
import json, sys
from clearsky_vision.core.raster.indices import compute_index
result = compute_index(sys.argv[1], sys.argv[2], sys.argv[3])
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(json.dumps({
    "peak_mb": int(status.split()[0]) / 1024,
    "size": [result.width, result.height],
    "valid": result.valid_pixels,
    "mean": result.mean,
}))
"""


def full_tile() -> Path:
    """The emulator's full-size tile of the demo zone, downloaded once through the client."""
    tile = CACHE / f"tile_{TILE_SIZE}_{TILE_DATE}.tif"
    if tile.exists():
        return tile
    from clearsky_vision.core.api.client import ClearSkyClient
    from emulator import Emulator

    CACHE.mkdir(parents=True, exist_ok=True)
    # The emulator renders into its own scratch folder; only the downloaded copy is kept.
    with Emulator(tile_size=TILE_SIZE, today=TODAY) as emulator:
        client = ClearSkyClient(emulator.url, emulator.demo_key)
        zones = client.tile_zones(DEMO_AOI, TILE_DATE, TILE_DATE)
        image = zones[0].images[0]
        downloaded = client.download_tile(image.image_id, CACHE).path
    downloaded.replace(tile)
    downloaded.with_name(downloaded.name + ".clearsky.json").unlink()
    return tile


@pytest.mark.timeout(600)
@pytest.mark.parametrize("index", ["NDVI", "EVI"])
def test_index_of_a_full_tile_stays_under_the_memory_bound(index, tmp_path):
    tile = full_tile()
    output = tmp_path / f"{index}.tif"
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tile), index, str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{index} of a {TILE_SIZE} px tile: peak RSS {measured['peak_mb']:.0f} MB")
    assert measured["size"] == [TILE_SIZE, TILE_SIZE]
    assert measured["valid"] > 0.9 * TILE_SIZE**2 and 0.2 < measured["mean"] < 0.9
    assert measured["peak_mb"] < PEAK_RSS_LIMIT_MB
    assert output.stat().st_size > 10_000_000

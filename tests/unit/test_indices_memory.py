"""An index of a whole 5120 x 5120 x 10 tile stays within a memory bound (not a time bound).

The tile is one emulator composite of the demo fields repeated over 5120 x 5120 pixels
(a few seconds to write, cached in tests/.tmp/, about 360 MB): the same layout as a real tile
(512 px blocks, DEFLATE, pixel interleaved), made without rendering a full tile. The index
runs in a fresh Python process whose peak RSS is measured. It always runs (issue 13).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from osgeo import gdal
from world import DEMO_AOI

PEAK_RSS_LIMIT_MB = 250
TILE_SIZE = 5120
CACHE = Path(__file__).resolve().parent.parent / ".tmp" / "full-tile"
TILE_DATE = "2024-07-01"

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="measures peak memory through Linux's /proc"
)

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


def full_tile(emulator) -> Path:
    """A full-size 10-band tile: the demo fields' composite repeated, written once."""
    tile = CACHE / f"tile_{TILE_SIZE}_{TILE_DATE}.tif"
    if tile.exists():
        return tile
    from clearsky_vision.core.api.client import ClearSkyClient
    from clearsky_vision.core.api.models import CompositeRequest

    CACHE.mkdir(parents=True, exist_ok=True)
    client = ClearSkyClient(emulator.url, emulator.demo_key)
    with tempfile.TemporaryDirectory() as work:
        request = CompositeRequest(DEMO_AOI, dt.date.fromisoformat(TILE_DATE), epsg=32632)
        piece = client.download_composite(request, work).path
        mosaic = Path(work) / "mosaic.vrt"
        mosaic.write_text(repeated(piece), encoding="utf-8")
        partial = tile.with_suffix(".part.tif")
        options = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE"]
        options += ["PREDICTOR=2", "INTERLEAVE=PIXEL", "NUM_THREADS=ALL_CPUS"]
        gdal.Translate(str(partial), str(mosaic), creationOptions=options)
    partial.replace(tile)
    return tile


def repeated(piece: Path) -> str:
    """A VRT of TILE_SIZE x TILE_SIZE pixels that tiles ``piece`` (every band, descriptions)."""
    source = gdal.Open(str(piece))
    width, height = source.RasterXSize, source.RasterYSize
    x0, size, _r, y0, _r2, step = source.GetGeoTransform()
    origin = f"{x0}, {size}, 0, {y0}, 0, {step}"
    bands = []
    for number in range(1, source.RasterCount + 1):
        band = source.GetRasterBand(number)
        kind = gdal.GetDataTypeName(band.DataType)
        pieces = [
            f"<SimpleSource><SourceFilename>{piece}</SourceFilename>"
            f"<SourceBand>{number}</SourceBand>"
            f'<SrcRect xOff="0" yOff="0" xSize="{width}" ySize="{height}"/>'
            f'<DstRect xOff="{x}" yOff="{y}" xSize="{width}" ySize="{height}"/></SimpleSource>'
            for y in range(0, TILE_SIZE, height)
            for x in range(0, TILE_SIZE, width)
        ]
        nodata = band.GetNoDataValue()
        bands.append(
            f'<VRTRasterBand dataType="{kind}" band="{number}">'
            f"<Description>{band.GetDescription()}</Description>"
            + (f"<NoDataValue>{nodata:g}</NoDataValue>" if nodata is not None else "")
            + "".join(pieces)
            + "</VRTRasterBand>"
        )
    return (
        f'<VRTDataset rasterXSize="{TILE_SIZE}" rasterYSize="{TILE_SIZE}">'
        f"<SRS>{source.GetProjection()}</SRS><GeoTransform>{origin}</GeoTransform>"
        + "".join(bands)
        + "</VRTDataset>"
    )


@pytest.mark.timeout(600)
@pytest.mark.parametrize("index", ["NDVI", "EVI"])
def test_index_of_a_full_tile_stays_under_the_memory_bound(index, emulator, tmp_path):
    tile = full_tile(emulator)
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

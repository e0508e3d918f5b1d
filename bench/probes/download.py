"""Probe: download with the plugin's client, as the dock and Processing do.

download.py tile  URL KEY FOLDER GUID DATE RESOLUTION EPSG MODEL CONSTELLATION[,...]
download.py dates URL KEY FOLDER WKT DATE [DATE ...]   (all at once, one thread per date)

"tile" downloads a whole tile and prints SERVER_MS (from the request to the first MiB
written: the server renders the tile before it answers) and ELAPSED, the transfer alone (the
rest of the body to disk, the GDAL check, the sidecar). "dates" prints ELAPSED for the whole
job.
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest, TileRequest


def tile(client: ClearSkyClient, folder, guid, day, resolution, epsg, model, constellations):
    request = TileRequest(
        guid,
        False,
        day,
        model=model,
        constellations=tuple(constellations.split(",")),
        resolution=int(resolution),
        epsg=int(epsg),
    )
    first_bytes = []

    def progress(_done, _total) -> None:
        if not first_bytes:
            first_bytes.append(time.perf_counter())

    started = time.perf_counter()
    client.download_tile(request, folder, progress=progress)
    finished = time.perf_counter()
    print(f"SERVER_MS={1000 * (first_bytes[0] - started):.1f}")
    print(f"ELAPSED={finished - first_bytes[0]:.4f}")


def dates(client: ClearSkyClient, folder, wkt, *days) -> None:
    aoi = Aoi.from_wkt(wkt)
    started = time.perf_counter()
    client.account_info()  # sizes the connection limit from the key
    with ThreadPoolExecutor(len(days)) as pool:
        fetch = lambda day: client.download_composite(CompositeRequest(aoi, day), folder)  # noqa: E731
        list(pool.map(fetch, days))
    print(f"ELAPSED={time.perf_counter() - started:.4f}")


def main(mode: str, url: str, key: str, *rest: str) -> None:
    {"tile": tile, "dates": dates}[mode](ClearSkyClient(url, key), *rest)


if __name__ == "__main__":
    main(*sys.argv[1:])

"""Probe: download with the plugin's client, as the dock and Processing do.

download.py tile URL KEY IMAGE_ID FOLDER
download.py dates URL KEY FOLDER WKT DATE [DATE ...]   (all at once, one thread per date)
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest


def main(mode: str, url: str, key: str, *rest: str) -> None:
    client = ClearSkyClient(url, key)
    started = time.perf_counter()
    if mode == "tile":
        image_id, folder = rest
        client.download_tile(int(image_id), folder)
    else:
        folder, wkt, *dates = rest
        aoi = Aoi.from_wkt(wkt)
        client.account_info()  # sizes the connection limit from the key
        with ThreadPoolExecutor(len(dates)) as pool:
            fetch = lambda day: client.download_composite(CompositeRequest(aoi, day), folder)  # noqa: E731
            list(pool.map(fetch, dates))
    print(f"ELAPSED={time.perf_counter() - started:.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:])

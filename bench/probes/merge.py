"""Probe: merge tiles with core.raster.merge.merge, as the dock and Processing do.

    merge.py OUTPUT SOURCE [SOURCE ...]

Prints ELAPSED=<seconds> for the merge alone.
"""

from __future__ import annotations

import sys
import time

try:
    from clearsky_vision.core.raster.merge import merge
except ImportError:  # the plugin as it was before core/ was layered (the 'before' row)
    from clearsky_vision.core.merge import merge


def main(output: str, *sources: str) -> None:
    started = time.perf_counter()
    merge(sources, output)
    print(f"ELAPSED={time.perf_counter() - started:.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:])

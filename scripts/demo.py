"""The main job end to end, headless: emulator + the plugin's core.

Starts the API emulator on a free port, then, as a user of the plugin would: reads the
account, searches the last 30 days over a field area, estimates the cost, downloads the two
newest fully covered dates (true-colour ready GeoTIFFs), computes their NDVI with the same
core function the plugin's Processing algorithm and tasks use, and writes a summary of what
was fetched and spent. Point it at another server with --url/--key (or CLEARSKY_API_URL/KEY).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from osgeo import gdal

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest, Coverage
from clearsky_vision.core.api.purchase import checked_plan
from clearsky_vision.core.raster.catalogue import resolve_index
from clearsky_vision.core.raster.indices import compute_index, index_output_path

ROOT = Path(__file__).resolve().parent.parent
DEMO_AOI = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63, name="Demo fields")


def spawn_emulator(*args: str) -> tuple[subprocess.Popen, str, str]:
    """Start ``python -m emulator --port 0`` and read the URL and demo key it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "emulator", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    found: dict[str, str] = {}
    while len(found) < 2:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("The emulator stopped before printing its URL.")
        name, _, value = line.strip().partition("=")
        if name in ("CLEARSKY_API_URL", "CLEARSKY_API_KEY"):
            found[name] = value
    return process, found["CLEARSKY_API_URL"], found["CLEARSKY_API_KEY"]


def describe(path: Path) -> dict:
    """What gdalinfo would show that matters here."""
    dataset = gdal.Open(str(path))
    srs = dataset.GetSpatialRef()
    band = dataset.GetRasterBand(1)
    return {
        "crs": f"EPSG:{srs.GetAuthorityCode(None)}",
        "pixel_size": dataset.GetGeoTransform()[1],
        "size": [dataset.RasterXSize, dataset.RasterYSize],
        "bands": [
            dataset.GetRasterBand(i + 1).GetDescription() for i in range(dataset.RasterCount)
        ],
        "nodata": band.GetNoDataValue(),
        "image_date": dataset.GetMetadataItem("IMAGE_DATE"),
    }


def run(client: ClearSkyClient, output: Path, dates_wanted: int, epsg: int) -> dict:
    account = client.account_info()
    print(
        f"Account: {account.credits:,.2f} credits, up to {account.max_area_km2:g} km2 per request"
    )
    today = dt.date.today()
    dates = client.search_dates(DEMO_AOI, today - dt.timedelta(days=30), today)
    full = [d.date for d in dates if d.coverage is Coverage.FULL]
    print(f"Search: {len(dates)} dates in the last 30 days, {len(full)} fully covered")
    chosen = full[-dates_wanted:]
    requests = [CompositeRequest(DEMO_AOI, day, epsg=epsg) for day in chosen]
    output.mkdir(parents=True, exist_ok=True)
    plan = checked_plan(client, requests, output)
    print(
        f"Estimate: {plan.estimate.area_km2:.2f} km2, {plan.estimate.credits:g} credits per date, "
        f"{plan.total_credits:g} for {len(plan.to_buy)} new date(s), "
        f"{len(plan.reused)} already downloaded"
    )
    rows = []
    for request in requests:
        result = client.download_composite(request, output, credits=plan.estimate.credits)
        spent = 0.0 if result.reused else plan.estimate.credits
        rows.append(
            {
                "date": request.date.isoformat(),
                "credits": spent,
                "file": str(result.path),
                **describe(result.path),
            }
        )
        print(f"  {request.date}  {spent:>8.2f} credits  {result.path.name}")
    add_ndvi(rows, output / "ndvi")
    after = client.account_info().credits
    summary = {
        "aoi": DEMO_AOI.wkt,
        "area_km2": round(plan.estimate.area_km2, 3),
        "credits_before": account.credits,
        "credits_after": after,
        "credits_spent": round(account.credits - after, 2),
        "files": rows,
    }
    (output / "summary.json").write_text(json.dumps(summary, indent=2))
    print(
        f"Spent {summary['credits_spent']:g} credits; {after:,.2f} left. Summary: "
        f"{output / 'summary.json'}"
    )
    return summary


def add_ndvi(rows: list[dict], folder: Path) -> None:
    """NDVI of each downloaded file, then the table: date, credits, file, mean NDVI."""
    folder.mkdir(parents=True, exist_ok=True)
    ndvi = resolve_index("NDVI")
    for row in rows:
        source = Path(row["file"])
        result = compute_index(source, ndvi, index_output_path(source, ndvi, folder))
        row["ndvi_file"] = str(result.path)
        row["mean_ndvi"] = None if result.mean is None else round(result.mean, 4)
    print(f"\n{'date':<10} | {'credits':>7} | {'file':<34} | mean NDVI")
    for row in rows:
        mean = "-" if row["mean_ndvi"] is None else f"{row['mean_ndvi']:.4f}"
        name = Path(row["file"]).name
        print(f"{row['date']:<10} | {row['credits']:>7.2f} | {name:<34} | {mean}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("demo-output"))
    parser.add_argument("--dates", type=int, default=2)
    parser.add_argument("--epsg", type=int, default=32632)
    parser.add_argument("--url", default=os.environ.get("CLEARSKY_API_URL"))
    parser.add_argument("--key", default=os.environ.get("CLEARSKY_API_KEY"))
    args = parser.parse_args()
    emulator = None
    if not args.url:
        emulator, args.url, args.key = spawn_emulator()
        print(f"Emulator running at {args.url}")
    try:
        run(ClearSkyClient(args.url, args.key), args.output.resolve(), args.dates, args.epsg)
    finally:
        if emulator:
            emulator.terminate()
            emulator.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

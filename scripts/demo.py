"""The main job end to end, headless: emulator + the plugin's core.

Starts the API emulator on a free port, then, as a user of the plugin would: reads the
account and its orders (the demo key owns one order over the demo fields), searches the last
30 days under that order, plans the download per date (readiness and processing units; each
order includes one download of every date), downloads the two newest fully covered dates,
computes their NDVI with the same core function the plugin's Processing algorithm and tasks
use, and prices an order for a second area three ways (as drawn, as minitiles, as tiles)
without buying it. Writes a summary of what was fetched and spent. Point it at another
server with --url/--key (or CLEARSKY_API_URL/KEY).
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
from clearsky_vision.core.api.models import (
    AccountInfo,
    CompositeRequest,
    Coverage,
    Order,
    OrderRequest,
)
from clearsky_vision.core.api.ordering import cheapest, price_covers
from clearsky_vision.core.api.purchase import checked_plan
from clearsky_vision.core.raster.catalogue import resolve_index
from clearsky_vision.core.raster.indices import compute_index, index_output_path

ROOT = Path(__file__).resolve().parent.parent
DEMO_AOI = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63, name="Demo fields")
SECOND_AOI = Aoi.from_bounds(10.20, 55.60, 10.26, 55.63, name="Second fields")


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
        "band_count": dataset.RasterCount,
        "nodata": band.GetNoDataValue(),
        "image_date": dataset.GetMetadataItem("IMAGE_DATE"),
    }


def show_account(client: ClearSkyClient) -> AccountInfo:
    """Print what the key holds and may do; every field is optional on the server's side."""
    account = client.account_info()
    parts = []
    if account.processing_units is not None:
        parts.append(f"{account.processing_units:,.2f} processing units")
    if account.euro_balance is not None:
        parts.append(f"EUR {account.euro_balance:,.2f} for orders")
    if account.euro_overdraft_limit:
        parts.append(f"overdraft EUR {account.euro_overdraft_limit:,.0f}")
    if account.max_area_km2:
        parts.append(f"up to {account.max_area_km2:g} km2 per request")
    if account.max_bands:
        parts.append(f"{account.max_bands} bands")
    parts.append(f"{account.connections} connection(s)")
    print("Account: " + ", ".join(parts))
    return account


def show_orders(client: ClearSkyClient) -> list[Order]:
    orders = client.orders()
    print(f"Orders: {len(orders)}")
    for order in orders:
        period = f"{order.start} to {order.end or 'recurring'}"
        cadence = f"every {order.image_frequency} day(s)" if order.image_frequency else "?"
        area = f"{order.area_km2:,.1f} km2" if order.area_km2 is not None else "area ?"
        print(f"  {order.guid[:8]}  {order.status:<10} {order.model}, {cadence}, {period}, {area}")
        print(f"            {order.status_text}")
    return orders


def run(client: ClearSkyClient, output: Path, dates_wanted: int, epsg: int) -> dict:
    account = show_account(client)
    show_orders(client)
    today = dt.date.today()
    dates = client.search_dates(DEMO_AOI, today - dt.timedelta(days=30), today)
    full = [d.date for d in dates if d.coverage is Coverage.FULL]
    print(f"Search: {len(dates)} dates under your orders in the last 30 days, {len(full)} full")
    chosen = full[-dates_wanted:]
    requests = [CompositeRequest(DEMO_AOI, day, epsg=epsg) for day in chosen]
    output.mkdir(parents=True, exist_ok=True)
    plan = checked_plan(client, requests, output)
    print(
        f"Plan: {plan.total_units:g} processing units for {len(plan.to_buy)} new date(s) "
        f"(an order includes one download of each date), {len(plan.reused)} already on disk"
    )
    rows = []
    for request in requests:
        units = plan.units_of(request.date)
        result = client.download_composite(request, output, units=units)
        spent = 0.0 if result.reused else float(units or 0)
        ready = plan.availability.get(request.date)
        rows.append(
            {
                "date": request.date.isoformat(),
                "units": spent,
                "readiness": ready.readiness.value if ready else "reused",
                "file": str(result.path),
                "bands": list(request.bands.terms),
                **describe(result.path),
            }
        )
        print(f"  {request.date}  {spent:>6.2f} PU  {result.path.name}")
    add_ndvi(rows, output / "ndvi")
    after = client.account_info().processing_units
    before = account.processing_units
    estimates = estimate_second_area(client, today)
    summary = {
        "aoi": DEMO_AOI.wkt,
        "units_before": before,
        "units_after": after,
        "units_spent": None if None in (before, after) else round(before - after, 2),
        "files": rows,
        "second_area_order_estimates": estimates,
    }
    (output / "summary.json").write_text(json.dumps(summary, indent=2, default=str))
    print(f"Summary: {output / 'summary.json'}")
    return summary


def estimate_second_area(client: ClearSkyClient, today: dt.date) -> list[dict]:
    """Free estimates for ordering an area the key has no order for, three ways, side by side."""
    model = client.models()[0]
    start = today.replace(day=1)
    order = OrderRequest(
        model=model.name,
        constellations=model.required,
        start=start,
        end=None,
        image_frequency=5,
        reference_date=start,
        aoi=SECOND_AOI,
    )
    prices = price_covers(client, order)
    best = cheapest(prices)
    print(f"\nOrdering '{SECOND_AOI.name}' ({model.name}, every 5 days, recurring): free estimates")
    rows = []
    for price in prices:
        if price.estimate is None:
            print(f"  {price.cover:<9}  not available: {price.error}")
            rows.append({"cover": price.cover, "error": str(price.error)})
            continue
        estimate = price.estimate
        mark = "  <- cheapest" if price is best else ""
        print(
            f"  {price.cover:<9}  {estimate.area_km2 or 0:>8.2f} km2 billed  "
            f"EUR {estimate.current_month_eur or 0:>8.2f} this month, "
            f"EUR {estimate.recurring_eur or 0:>8.2f} per month after, "
            f"{len(estimate.image_dates)} image dates{mark}"
        )
        rows.append(
            {
                "cover": price.cover,
                "area_km2": estimate.area_km2,
                "current_month_eur": estimate.current_month_eur,
                "recurring_eur": estimate.recurring_eur,
                "image_dates": [d.isoformat() for d in estimate.image_dates],
                "cheapest": price is best,
            }
        )
    print("Nothing was ordered: the dock and clearsky:order ask before they buy.")
    return rows


def add_ndvi(rows: list[dict], folder: Path) -> None:
    """NDVI of each downloaded file, then the table: date, units, file, mean NDVI."""
    folder.mkdir(parents=True, exist_ok=True)
    ndvi = resolve_index("NDVI")
    for row in rows:
        source = Path(row["file"])
        result = compute_index(source, ndvi, index_output_path(source, ndvi, folder))
        row["ndvi_file"] = str(result.path)
        row["mean_ndvi"] = None if result.mean is None else round(result.mean, 4)
    print(f"\n{'date':<10} | {'PU':>6} | {'file':<34} | mean NDVI")
    for row in rows:
        mean = "-" if row["mean_ndvi"] is None else f"{row['mean_ndvi']:.4f}"
        name = Path(row["file"]).name
        print(f"{row['date']:<10} | {row['units']:>6.2f} | {name:<34} | {mean}")
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

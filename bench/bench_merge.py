"""Benchmark 2: merge of 4 neighbouring tiles into one GeoTIFF, ours vs GDAL's own tools."""

from __future__ import annotations

import shlex

from common import (
    BEFORE,
    OUT,
    PYTHON,
    ZONES,
    Spec,
    before_env,
    measure_all,
    same_raster,
    summary_line,
    table,
    tile_facts,
    verdict,
    whole_tiles,
)
from osgeo import gdal

from clearsky_vision.core.raster.merge import COG_OPTIONS, MERGE_CACHE_BYTES, STAGING_OPTIONS

# Whole tiles at 20 m (about 1600 x 2800 px each): 10 m tiles have four times the pixels
# and would make this benchmark that much longer. ZONES are 2 x 2 neighbours: X and Y differ
# by 1.
RESOLUTION = 20
PEAK_TARGET_MB = 300  # ours' peak RSS, whatever the inputs (GDAL's block cache is capped)


def run(runs: int = 5) -> tuple[str, list[str]]:
    paths = whole_tiles(ZONES, resolution=RESOLUTION)
    tiles = [str(path) for path in paths]
    facts = tile_facts(paths[0])
    nodata = facts["nodata"]  # the tiles' own, as ours keeps it
    folder = OUT / "merge"
    outputs = {key: folder / f"{key}.tif" for key in ("ours", "pair", "merged", "before")}
    vrt = folder / "mosaic.vrt"
    folder.mkdir(parents=True, exist_ok=True)

    def fresh(key: str):
        def setup() -> None:  # every run writes its file anew (the others' last files stay)
            for path in (outputs[key], vrt):
                path.unlink(missing_ok=True)

        return setup

    ours_command = [PYTHON, "bench/probes/merge.py", outputs["ours"], *tiles]
    pair = (
        f"gdalbuildvrt -q -vrtnodata {nodata} {vrt} {shlex.join(tiles)} && "
        "gdal_translate -q -of COG "
        + " ".join(f"-co {option}" for option in COG_OPTIONS)  # the same file as ours
        + f" {vrt} {outputs['pair']}"
    )
    gdal_merge = ["gdal_merge.py", "-q", "-n", nodata, "-a_nodata", nodata, "-o", outputs["merged"]]
    specs = [
        Spec("ours: core.raster.merge.merge to a COG", ours_command, fresh("ours")),
        Spec("gdalbuildvrt + gdal_translate -of COG", ["bash", "-c", pair], fresh("pair")),
        Spec(f"gdal_merge.py -n {nodata} (plain GTiff)", [*gdal_merge, *tiles], fresh("merged")),
    ]
    env = before_env()
    if env:
        before_command = [*ours_command[:2], outputs["before"], *tiles]
        specs.append(Spec(f"ours before ({BEFORE[:7]})", before_command, fresh("before"), env))
    measures = measure_all(specs, runs)
    ours, same, merged = measures[:3]
    # Before any ratio: every peer wrote the same pixels as ours (OutputMismatchError if not).
    peers = [("pair", "the GDAL pair"), ("merged", "gdal_merge.py")]
    if env:
        peers.append(("before", f"ours before ({BEFORE[:7]})"))
    checks = [
        same_raster(outputs["ours"], outputs[key], f"ours vs {label}") for key, label in peers
    ]
    sizes = {key: path.stat().st_size / 1e6 for key, path in outputs.items() if path.exists()}
    mosaic = gdal.Open(str(outputs["ours"]))
    shape = f"{mosaic.RasterXSize} x {mosaic.RasterYSize}"
    mosaic = None
    lines = [
        summary_line("merge_vs_gdalbuildvrt_translate", ours.seconds, same.seconds),
        summary_line("merge_vs_gdal_merge", ours.seconds, merged.seconds),
    ]
    before_note = ""
    if env:
        lines.append(summary_line("merge_vs_ours_before", ours.seconds, measures[3].seconds))
        before_note = (
            " Ours before wrote the same COG at DEFLATE's default level 6: "
            f"{sizes['before']:.0f} MB."
        )
    overviews = (
        "the overviews come from the tiles' own overviews through the VRT"
        if int(facts["overviews"])
        else "the tiles have no overviews, so both build them from the full-resolution mosaic"
    )
    section = table(
        f"2. Merge of 4 neighbouring whole tiles at {RESOLUTION} m into one GeoTIFF",
        ".venv/bin/python bench/run.py --only merge",
        measures,
        "; ".join(lines),
    )
    pair_ratio, merge_ratio = same.seconds / ours.seconds, merged.seconds / ours.seconds
    section += "\n".join(
        [
            "",
            verdict(f"no slower than the GDAL pair ({pair_ratio:.2f}x)", pair_ratio >= 1.0),
            verdict(f"faster than gdal_merge.py ({merge_ratio:.2f}x)", merge_ratio > 1),
            verdict(
                f"peak RSS under {PEAK_TARGET_MB} MB ({ours.peak_mb:.0f} MB; the GDAL pair, "
                f"with GDAL's default block cache, {same.peak_mb:.0f} MB)",
                ours.peak_mb < PEAK_TARGET_MB,
            ),
            "",
            "Output checks, made before any ratio (every band, every pixel, nodata included; a "
            "mismatch fails `make bench`):",
            "",
            *(f"- {check}" for check in checks),
            "",
        ]
    )
    section += (
        f"\nThe inputs are the emulator's whole tiles of zones {', '.join(ZONES)} on "
        f"2024-07-01 at {RESOLUTION} m, as `POST /api/satelliteimages/process/tile` delivers "
        f"them ({facts['shape']} px and some {facts['megabytes']} MB each, {facts['bands']} "
        f"{facts['type']} bands, {facts['compression']}, {facts['layout']}, nodata "
        f"{facts['nodata']}, {facts['overviews']} overviews, all in UTM 32N, so nothing is "
        f"reprojected). The tiles adjoin: the mosaic is {shape} px. They are {RESOLUTION} m "
        "rather than 10 m to keep `make bench` within a quarter of an hour (10 m tiles have "
        "four times the pixels, and this benchmark would take about that much longer). "
        "Ratios compare wall times (whole processes), peer / ours: above 1 means we are "
        "faster.\n\n"
        "What each writes: ours and the GDAL pair the same Cloud Optimized GeoTIFF "
        f"(`{' '.join(COG_OPTIONS)}`; {overviews}), nodata transparent wherever tiles "
        "overlap: "
        f"{sizes['ours']:.0f} and {sizes['pair']:.0f} MB. gdal_merge.py (with `-n {nodata}`, so "
        "nodata never covers data) writes an uncompressed GeoTIFF without overviews, cheaper "
        f"to write and larger: {sizes['merged']:.0f} MB.{before_note}\n\n"
        "Memory: ours caps GDAL's block cache at "
        f"{MERGE_CACHE_BYTES / 2**20:.0f} MB while it merges (and restores it after; "
        "`core.raster.merge.capped_block_cache`). Uncapped, the cache grows to 5% of the "
        "machine's memory, and the Translate's swaths (a quarter of the cache) with it: the "
        "GDAL pair's row shows what that costs.\n\n"
        "Why ours is faster than the pair that writes the same file: GDAL's COG driver reads "
        "its source twice, once to build the overviews and once for the full resolution, and "
        "through the VRT each read decodes the tiles' one-row DEFLATE strips again. Ours "
        "first copies the VRT into a staging GeoTIFF beside the output (strips of up to 64 "
        f"rows, ZSTD level 1; `{' '.join(STAGING_OPTIONS)}`), so the tiles are decoded once, "
        "and then writes the COG from it; the staging file is deleted at the end. It needs "
        "free space for about one more output file while it runs. The staging file is written "
        "in whole strips, because with the capped cache a copy into 512 px tiles wrote each "
        "tile part by part and compressed it again each time (that step took 3x as long).\n"
    )
    return section, lines

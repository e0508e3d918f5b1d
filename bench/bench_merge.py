"""Benchmark 2: merge of 4 neighbouring tiles into one GeoTIFF, ours vs GDAL's own tools."""

from __future__ import annotations

import shlex

from common import (
    BEFORE,
    OUT,
    PYTHON,
    Spec,
    before_env,
    legacy_tiles,
    measure_all,
    summary_line,
    table,
    verdict,
)
from osgeo import gdal

from clearsky_vision.core.raster.merge import COG_OPTIONS

TILE_SIZE = 2560
ZONES = ["379_291", "380_291", "379_292", "380_292"]  # 2 x 2 zones: X and Y differ by 1


def run(runs: int = 5) -> tuple[str, list[str]]:
    tiles = [str(path) for path in legacy_tiles(TILE_SIZE, ZONES)]
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
        f"gdalbuildvrt -q -vrtnodata 0 {vrt} {shlex.join(tiles)} && gdal_translate -q -of COG "
        + " ".join(f"-co {option}" for option in COG_OPTIONS)  # the same file as ours
        + f" {vrt} {outputs['pair']}"
    )
    gdal_merge = ["gdal_merge.py", "-q", "-n", "0", "-a_nodata", "0", "-o", outputs["merged"]]
    specs = [
        Spec("ours: core.raster.merge.merge to a COG", ours_command, fresh("ours")),
        Spec("gdalbuildvrt + gdal_translate -of COG", ["bash", "-c", pair], fresh("pair")),
        Spec("gdal_merge.py -n 0 (plain GTiff)", [*gdal_merge, *tiles], fresh("merged")),
    ]
    env = before_env()
    if env:
        before_command = [*ours_command[:2], outputs["before"], *tiles]
        specs.append(Spec(f"ours before ({BEFORE[:7]})", before_command, fresh("before"), env))
    measures = measure_all(specs, runs)
    ours, same, merged = measures[:3]
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
    section = table(
        f"2. Merge of 4 neighbouring {TILE_SIZE} px tiles into one GeoTIFF",
        ".venv/bin/python bench/run.py --only merge",
        measures,
        "; ".join(lines),
    )
    pair_ratio, merge_ratio = same.seconds / ours.seconds, merged.seconds / ours.seconds
    section += "\n".join(
        [
            "",
            verdict(
                f"no slower than the GDAL pair ({pair_ratio:.2f}x; within 5% counts: both run "
                "the same GDAL calls, and medians differ by that much from run to run here)",
                pair_ratio >= 0.95,
            ),
            verdict(f"faster than gdal_merge.py ({merge_ratio:.2f}x)", merge_ratio > 1),
            "",
        ]
    )
    section += (
        f"\nThe inputs are the emulator's tiles of zones {', '.join(ZONES)} on 2024-07-01 "
        f"({TILE_SIZE} x {TILE_SIZE} px, 10 int16 bands, nodata 0, all in UTM 32N, so "
        "nothing is reprojected). Tiles are centred on their zone, so at this size the "
        f"mosaic ({shape} px) has nodata gaps between them. The tiles are {TILE_SIZE} px "
        "rather than 5120 px to keep `make bench` within a quarter of an hour (with 5120 px "
        "tiles this benchmark alone would take over ten minutes here). Ratios compare wall "
        "times (whole processes), peer / ours: above 1 means we are faster.\n\n"
        "What each writes: ours and the GDAL pair the same Cloud Optimized GeoTIFF "
        f"(`{' '.join(COG_OPTIONS)}`; the overviews come from the tiles' own overviews "
        "through the VRT), nodata transparent wherever tiles overlap: "
        f"{sizes['ours']:.0f} and {sizes['pair']:.0f} MB. gdal_merge.py (with `-n 0`, so "
        "nodata never covers data) writes an uncompressed GeoTIFF without overviews, cheaper "
        f"to write and larger: {sizes['merged']:.0f} MB.{before_note}\n"
    )
    return section, lines

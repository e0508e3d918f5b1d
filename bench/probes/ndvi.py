"""Probe: NDVI of a 10-band tile (B4 = band 3, B8 = band 7) written to a float32 GeoTIFF.

    ndvi.py ours  SOURCE OUTPUT   core.raster.indices.compute_index (as the dock calls it)
    ndvi.py qgis  SOURCE OUTPUT   QgsRasterCalculator with its defaults
    ndvi.py naive SOURCE OUTPUT   whole bands in numpy, as a short script does it
    ndvi.py read  SOURCE OUTPUT   only reading B4 and B8 on every core, as ours does: the floor

Each mode sets up (imports, QGIS start) untimed and returns the work; ELAPSED=<seconds> is
the work alone.
"""

from __future__ import annotations

import sys
import time

RED, NIR = 3, 7


def ours(source: str, output: str):
    try:
        from clearsky_vision.core.raster.indices import compute_index
    except ImportError:  # the plugin as it was before core/ was layered (the 'before' row)
        from clearsky_vision.core.indices import compute_index

    return lambda: compute_index(source, "NDVI", output)


def qgis(source: str, output: str):
    from qgis.analysis import QgsRasterCalculator, QgsRasterCalculatorEntry
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer

    app = QgsApplication([], False)
    app.initQgis()

    def work() -> None:
        layer = QgsRasterLayer(source, "tile")
        entries = []
        for number in (RED, NIR):
            entry = QgsRasterCalculatorEntry()
            entry.ref, entry.raster, entry.bandNumber = f"tile@{number}", layer, number
            entries.append(entry)
        calculator = QgsRasterCalculator(
            f'("tile@{NIR}" - "tile@{RED}") / ("tile@{NIR}" + "tile@{RED}")',
            output,
            "GTiff",
            layer.extent(),
            layer.width(),
            layer.height(),
            entries,
            QgsProject.instance().transformContext(),
        )
        status = calculator.processCalculation()
        if status != QgsRasterCalculator.Result.Success:
            raise SystemExit(f"QgsRasterCalculator failed: {status}")

    work.app = app  # kept alive while the work runs
    return work


def naive(source: str, output: str):
    import numpy as np
    from osgeo import gdal

    def work() -> None:
        dataset = gdal.Open(source)
        red = dataset.GetRasterBand(RED).ReadAsArray().astype(float)
        nir = dataset.GetRasterBand(NIR).ReadAsArray().astype(float)
        nodata = dataset.GetRasterBand(RED).GetNoDataValue()
        with np.errstate(all="ignore"):
            ndvi = (nir - red) / (nir + red)
        ndvi[(red == nodata) | (nir == nodata) | ~np.isfinite(ndvi)] = -9999
        driver = gdal.GetDriverByName("GTiff")
        size = dataset.RasterXSize, dataset.RasterYSize
        target = driver.Create(output, *size, 1, gdal.GDT_Float32)
        target.SetGeoTransform(dataset.GetGeoTransform())
        target.SetProjection(dataset.GetProjection())
        target.GetRasterBand(1).SetNoDataValue(-9999)
        target.GetRasterBand(1).WriteArray(ndvi.astype(np.float32))
        target.FlushCache()

    return work


def read(source: str, _output: str):
    from osgeo import gdal

    def work() -> None:
        dataset = gdal.OpenEx(source, gdal.OF_RASTER, open_options=["NUM_THREADS=ALL_CPUS"])
        width, height = dataset.RasterXSize, dataset.RasterYSize
        # Whole rows of blocks, at least 256 rows (ours' output blocks), as ours reads them.
        block_rows = dataset.GetRasterBand(RED).GetBlockSize()[1]
        rows = block_rows * -(-256 // block_rows)
        for y in range(0, height, rows):
            dataset.ReadAsArray(0, y, width, min(rows, height - y), band_list=[RED, NIR])
            dataset.FlushCache()

    return work


MODES = {"ours": ours, "qgis": qgis, "naive": naive, "read": read}


def main(mode: str, source: str, output: str) -> None:
    work = MODES[mode](source, output)
    started = time.perf_counter()
    work()
    print(f"ELAPSED={time.perf_counter() - started:.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:])

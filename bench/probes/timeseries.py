"""Probe: an NDVI time series over dated files, ours and the ways a user has without it.

    timeseries.py pixel   FOLDER LON LAT RESULT        core.raster.timeseries.pixel_series
    timeseries.py whole   FOLDER LON LAT RESULT        B4 and B8 of each file read whole
    timeseries.py polygon FOLDER WKT RESULT            core.raster.timeseries.polygon_series
    timeseries.py zonal   NDVI_FOLDER WKT RESULT       QgsZonalStatistics over NDVI rasters on disk
    timeseries.py route   FOLDER NDVI_FOLDER WKT RESULT  NDVI raster of each date, then
                                                       QgsZonalStatistics (the route in QGIS)

Each mode sets up (imports, QGIS start) untimed; ELAPSED=<seconds> is the work alone. RESULT
gets [[date, value, pixels], ...] as JSON, for the output check.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

# The benchmark's files: B4 and B8, with their date and band list in a record beside each.
RED, NIR = 1, 2


def dated_files(folder: str) -> list[tuple[str, Path]]:
    found = []
    for path in sorted(Path(folder).glob("*.tif")):
        record = json.loads(path.with_name(path.name + ".clearsky.json").read_text())
        found.append((record["date"], path))
    return sorted(found)


def pixel(folder: str, lon: str, lat: str):
    from clearsky_vision.core.raster.timeseries import dated_sources, pixel_series

    def work():
        series = pixel_series(dated_sources(folder), "NDVI", float(lon), float(lat), 4326)
        return [[s.date.isoformat(), s.value, s.pixels] for s in series]

    return work


def whole(folder: str, lon: str, lat: str):
    """Each file's two bands read whole, then the pixel's NDVI as the index raster holds it."""
    import numpy as np
    from osgeo import gdal, osr

    def work():
        wgs84, found = osr.SpatialReference(), []
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        for day, path in dated_files(folder):
            dataset = gdal.Open(str(path))
            crs = dataset.GetSpatialRef()
            crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            x, y, _ = osr.CoordinateTransformation(wgs84, crs).TransformPoint(
                float(lon), float(lat)
            )
            left, width, _, top, _, height = dataset.GetGeoTransform()
            column, row = int((x - left) // width), int((y - top) // height)
            bands = dataset.ReadAsArray(band_list=[RED, NIR])  # both bands, whole
            red, nir = (float(value) for value in bands[:, row, column])
            nodata = dataset.GetRasterBand(RED).GetNoDataValue()
            if nodata in (red, nir):
                found.append([day, None, 0])
                continue
            red, nir = red / 10000, nir / 10000
            found.append([day, float(np.float32((nir - red) / (nir + red))), 1])
        return found

    return work


def polygon(folder: str, wkt: str):
    from clearsky_vision.core.raster.timeseries import dated_sources, polygon_series

    def work():
        series = polygon_series(dated_sources(folder), "NDVI", wkt, 32632, "mean")
        return [[s.date.isoformat(), s.value, s.pixels] for s in series]

    return work


def _qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def _zonal(ndvi: list[tuple[str, Path]], wkt: str) -> list:
    """QgsZonalStatistics' mean and count of each NDVI raster, its leanest use (a provider,
    no layer or renderer to set up, no attribute table to write)."""
    from qgis.analysis import QgsZonalStatistics
    from qgis.core import QgsGeometry, QgsProviderRegistry, QgsRasterDataProvider

    geometry = QgsGeometry.fromWkt(wkt)
    wanted = QgsZonalStatistics.Statistic.Mean | QgsZonalStatistics.Statistic.Count
    found = []
    for day, path in ndvi:
        provider = QgsProviderRegistry.instance().createProvider("gdal", str(path))
        assert isinstance(provider, QgsRasterDataProvider) and provider.isValid(), path
        size_x = provider.extent().width() / provider.xSize()
        size_y = provider.extent().height() / provider.ySize()
        stats = QgsZonalStatistics.calculateStatistics(
            provider, geometry, size_x, size_y, 1, wanted
        )
        count = int(stats[int(QgsZonalStatistics.Statistic.Count)])
        mean = stats[int(QgsZonalStatistics.Statistic.Mean)] if count else None
        found.append([day, mean, count])
    return found


def zonal(ndvi_folder: str, wkt: str):
    app = _qgis()

    def work():
        return _zonal(dated_ndvi(ndvi_folder), wkt)

    work.app = app  # kept alive while the work runs
    return work


def dated_ndvi(ndvi_folder: str) -> list[tuple[str, Path]]:
    from osgeo import gdal

    found = []
    for path in sorted(Path(ndvi_folder).glob("*_NDVI.tif")):
        tag = gdal.Open(str(path)).GetMetadataItem("IMAGE_DATE")
        found.append((f"{tag[:4]}-{tag[4:6]}-{tag[6:]}", path))
    return sorted(found)


def route(folder: str, ndvi_folder: str, wkt: str):
    from clearsky_vision.core.raster.indices import compute_index, index_output_path

    app = _qgis()

    def work():
        written = []
        for day, path in dated_files(folder):
            output = index_output_path(path, _ndvi(), ndvi_folder)
            compute_index(path, "NDVI", output)
            written.append((day, output))
        return _zonal(written, wkt)

    work.app = app
    return work


def _ndvi():
    from clearsky_vision.core.raster.catalogue import CATALOGUE

    return CATALOGUE["NDVI"]


MODES = {"pixel": pixel, "whole": whole, "polygon": polygon, "zonal": zonal, "route": route}


def main() -> None:
    mode, *arguments, result = sys.argv[1:]
    work = MODES[mode](*arguments)
    started = time.perf_counter()
    found = work()
    print(f"ELAPSED={time.perf_counter() - started:.4f}")
    Path(result).write_text(json.dumps(found))


if __name__ == "__main__":
    main()

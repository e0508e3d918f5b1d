"""clearsky:searchtiles: the fixed tiles and minitiles over an area, for tile orders and
tile downloads."""

from __future__ import annotations

from qgis.core import (
    QgsGeometry,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
)

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm

OUTPUT = "OUTPUT"
MINITILES = "MINITILES"


class SearchTilesAlgorithm(ClearSkyAlgorithm):
    NAME = "searchtiles"
    DISPLAY = noop("Search tiles")
    GROUP = noop("Orders")
    HELP = (
        noop(
            "The fixed grid tiles (5120 x 5120 px, about 51 km square) over the area and, with "
            "MINITILES, the minitiles (320 x 320 px, about 3.2 km square) inside them. Free."
        ),
        p.AREA_HELP,
        noop(
            "OUTPUT is a polygon layer (EPSG:4326) with GUID, MINITILE (true for a minitile) "
            "and EPSG (the UTM zone the data are stored in). TILE_GUIDS and MINITILE_GUIDS list "
            "the GUIDs comma-separated, for the TILE_GUIDS/MINITILE_GUIDS of 'Estimate order', "
            "'Place order' and 'Download tiles'. A tile order costs 20% and a minitile order "
            "50% of the polygon price per km2: tiles pay off when you need more than 40% of one."
        ),
    )

    def define(self) -> None:
        p.add_area(self)
        p.add(
            self,
            QgsProcessingParameterBoolean(MINITILES, tr("Also list minitiles"), False),
            tr("Also the minitiles that intersect the area (many: 256 per tile)."),
        )
        p.add(
            self,
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Tiles"), p.POLYGONS),
            tr("A polygon layer (EPSG:4326) of the tiles (and minitiles): GUID, MINITILE, EPSG."),
        )
        self.addOutput(QgsProcessingOutputString(p.TILE_GUIDS, tr("Tile GUIDs")))
        self.addOutput(QgsProcessingOutputString(p.MINITILE_GUIDS, tr("Minitile GUIDs")))

    def execute(self, parameters, context, feedback) -> dict:
        aoi = p.area_of_interest(self, parameters, context, feedback)
        with_minitiles = self.parameterAsBoolean(parameters, MINITILES, context)
        client = self.client(feedback)
        found = client.search_tiles(aoi=aoi)
        tiles = [t for t in found if not t.minitile]
        minitiles = [t for t in found if t.minitile]
        if with_minitiles and not minitiles:
            # The server lists minitiles per tile: keep those touching the area.
            area = QgsGeometry.fromWkt(aoi.wkt)
            for tile in tiles:
                if feedback.isCanceled():
                    break
                minitiles += [
                    m
                    for m in client.search_tiles(minitiles_of=tile.guid)
                    if not m.wkt or QgsGeometry.fromWkt(m.wkt).intersects(area)
                ]
        if not with_minitiles:
            minitiles = []
        columns = (("GUID", "string"), ("MINITILE", "bool"), ("EPSG", "int"))
        destination, write = p.output_sink(
            self, parameters, context, OUTPUT, columns, wgs84_polygons=True
        )
        for tile in tiles + minitiles:
            geometry = QgsGeometry.fromWkt(tile.wkt) if tile.wkt else None
            if geometry is not None:
                geometry.convertToMultiType()
            write([tile.guid, tile.minitile, tile.epsg], geometry)
        feedback.pushInfo(
            tr("{tiles} tile(s), {minitiles} minitile(s)").format(
                tiles=len(tiles), minitiles=len(minitiles)
            )
        )
        return {
            OUTPUT: destination,
            p.TILE_GUIDS: ",".join(t.guid for t in tiles),
            p.MINITILE_GUIDS: ",".join(t.guid for t in minitiles),
        }

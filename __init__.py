"""ClearSKY Vision for QGIS: cloudless Sentinel-2 imagery (QGIS loads this package)."""


def classFactory(iface):
    """Called by QGIS to create the plugin; imports stay inside to keep start-up light."""
    from .plugin import ClearSkyPlugin

    return ClearSkyPlugin(iface)

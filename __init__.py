def classFactory(iface):  # noqa: N802
    from .plugin import ClearSkyPlugin
    return ClearSkyPlugin(iface)

"""clearsky:accountinfo: credits and limits of the API key."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber

from .base import ClearSkyAlgorithm

OUTPUTS = {
    "CREDITS": ("Credits left", "credits"),
    "CREDIT_LIMIT": ("Credit limit", "credit_limit"),
    "MAX_AREA_KM2": ("Largest area per request (km2)", "max_area_km2"),
    "MAX_BANDS": ("Most bands per request", "max_bands"),
    "MAX_CONNECTIONS": ("Simultaneous connections allowed", "max_connections"),
}


class AccountInfoAlgorithm(ClearSkyAlgorithm):
    NAME = "accountinfo"
    DISPLAY = "Account information"
    GROUP = "Account"
    HELP = (
        "Credits left and the limits of your ClearSKY Vision API key. Free: no credits are "
        "spent.\n\nThe key comes from the plugin settings, or from the CLEARSKY_API_KEY "
        "environment variable (and the server from CLEARSKY_API_URL) for headless runs."
    )

    def define(self) -> None:
        for name, (label, _field) in OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def execute(self, parameters, context, feedback) -> dict:
        info = self.client(feedback).account_info()
        results = {name: getattr(info, field) for name, (_label, field) in OUTPUTS.items()}
        for name, value in results.items():
            feedback.pushInfo(f"{OUTPUTS[name][0]}: {value:g}")
        return results

"""clearsky:accountinfo: balances and limits of the API key."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm

# CREDITS and CREDIT_LIMIT are the 2024 names of the processing-unit balance and limit:
# kept, since models and scripts read them. Labels are translated where they are shown.
OUTPUTS = {
    "CREDITS": (noop("Processing units left (CREDITS, the older name)"), "processing_units"),
    "CREDIT_LIMIT": (noop("Processing unit limit"), "processing_unit_limit"),
    "MAX_AREA_KM2": (noop("Largest area per request (km2)"), "max_area_km2"),
    "MAX_BANDS": (noop("Most bands per request"), "max_bands"),
    "MAX_CONNECTIONS": (noop("Simultaneous connections allowed"), "max_connections"),
    "PROCESSING_UNITS": (noop("Processing units left"), "processing_units"),
    "EURO_BALANCE": (noop("Order credits left (EUR)"), "euro_balance"),
}


class AccountInfoAlgorithm(ClearSkyAlgorithm):
    NAME = "accountinfo"
    DISPLAY = noop("Account information")
    GROUP = noop("Account")
    HELP = (
        noop("Balances and limits of your ClearSKY Vision API key. Free."),
        noop(
            "PROCESSING_UNITS (also as CREDITS, its older name): units left for downloads (one "
            "unit covers up to 10 km2; each order includes one download of its data). "
            "EURO_BALANCE: order credits left, spent when placing orders. MAX_AREA_KM2, "
            "MAX_BANDS, MAX_CONNECTIONS: the key's limits per request. A value the server does "
            "not report is left empty (NULL), never 0."
        ),
        noop(
            "The key comes from the plugin settings, or from the CLEARSKY_API_KEY environment "
            "variable (and the server from CLEARSKY_API_URL) for headless runs."
        ),
    )

    def define(self) -> None:
        for name, (label, _field) in OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def execute(self, parameters, context, feedback) -> dict:
        info = self.client(feedback).account_info()
        results = {name: getattr(info, field) for name, (_label, field) in OUTPUTS.items()}
        for name, value in results.items():
            if name != "CREDITS":
                feedback.pushInfo(f"{tr(OUTPUTS[name][0])}: {p.number_text(value)}")
        for name, value in getattr(info, "extra", ()):
            feedback.pushInfo(f"{name}: {p.number_text(value)}")
        return results

"""A local emulator of the ClearSKY Vision HTTP API (see emulator/README.md)."""

from emulator.app import Emulator
from emulator.faults import FAULTS
from emulator.keys import BUILTIN_KEYS, DEMO_KEY
from emulator.world import BORDER_AOI_WKT, DEMO_AOI_WKT, DEMO_ORDER_WKT, MODELS, SECOND_AOI_WKT

# Built-in keys and their limits, for tests and docs: {key: {"processing_units": ..., ...}}.
KEYS = {
    name: {
        "processing_units": k.units,
        "credits": k.units,
        "credit_limit": k.unit_limit,
        "euro_balance": k.euros,
        "demo_order": k.demo_order,
        "max_connections": k.max_connections,
        "max_area_km2": k.max_area_km2,
        "max_bands": k.max_bands,
        "email": k.email,
    }
    for name, k in BUILTIN_KEYS.items()
}

__all__ = [
    "BORDER_AOI_WKT",
    "DEMO_AOI_WKT",
    "DEMO_KEY",
    "DEMO_ORDER_WKT",
    "FAULTS",
    "KEYS",
    "MODELS",
    "SECOND_AOI_WKT",
    "Emulator",
]

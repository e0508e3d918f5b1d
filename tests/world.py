"""Facts of the emulator's world that tests rely on (see emulator/README.md)."""

from __future__ import annotations

import datetime as dt

from clearsky_vision.core.api.geometry import Aoi

# The emulator is pinned to this day so dates and coverage are reproducible.
TODAY = dt.date(2024, 7, 15)
# Fields inside one land zone (lon 9.5-10, lat 55.5-56): every listed date is fully covered.
DEMO_AOI = Aoi.from_bounds(9.50, 55.60, 9.56, 55.63, name="Demo fields")
# Straddles the zone border at lon 10.0: some dates are partial.
BORDER_AOI = Aoi.from_bounds(9.98, 55.60, 10.02, 55.62, name="Zone border")
# Land near the demo fields, outside the demo order: ordering tests order it first.
SECOND_AOI = Aoi.from_bounds(10.20, 55.60, 10.26, 55.63, name="Second fields")
JUNE = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))

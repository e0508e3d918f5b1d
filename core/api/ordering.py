"""Ordering an area: the same area priced as drawn, as minitiles and as tiles (free calls).

The dock, Processing and the demo price covers with this, so the cheapest is found the same
way everywhere. Nothing here places an order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .client import ClearSkyClient
from .errors import ClearSkyError, InputError
from .i18n import noop, tr
from .models import OrderEstimate, OrderRequest

COVERS = ("polygon", "minitiles", "tiles")
_NONE_UNDER = {
    "minitiles": noop("No minitiles under this area."),
    "tiles": noop("No tiles under this area."),
}


@dataclass(frozen=True)
class CoverPrice:
    """One way to order an area (as drawn, as minitiles, as tiles) and what it costs."""

    cover: str
    request: OrderRequest | None
    estimate: OrderEstimate | None = None
    error: Exception | None = None

    @property
    def monthly_eur(self) -> float | None:
        """What the cover costs per month after this one (recurring), else this month's price."""
        if self.estimate is None:
            return None
        if self.request is not None and self.request.end is None:
            return self.estimate.recurring_eur
        return self.estimate.current_month_eur


def cheapest(prices: Iterable[CoverPrice]) -> CoverPrice | None:
    """The priced cover with the lowest price now (then per month after); None if none."""
    priced = [
        p for p in prices if p.estimate is not None and p.estimate.current_month_eur is not None
    ]
    if not priced:
        return None
    return min(priced, key=lambda p: (p.estimate.current_month_eur, p.monthly_eur or 0.0))


def price_covers(client: ClearSkyClient, order: OrderRequest) -> list[CoverPrice]:
    """Free estimates for ``order``'s AOI as a polygon, as minitiles and as tiles (blocking).

    A cover that cannot be priced carries its error; the others are still priced.
    """
    prices = [_priced(client, "polygon", order)]
    try:
        refs = client.search_tiles(aoi=order.aoi)
        minitiles = tuple(ref.guid for ref in refs if ref.minitile)
        tiles = tuple(ref.guid for ref in refs if not ref.minitile)
        if not minitiles:  # some servers list only tiles for an area: ask for the cover
            minitiles = tuple(client.optimize_tiles(order.aoi).minitiles)
    except ClearSkyError as exc:
        return [
            *prices,
            CoverPrice("minitiles", None, error=exc),
            CoverPrice("tiles", None, error=exc),
        ]
    for cover, guids, field_name in (
        ("minitiles", minitiles, "minitile_guids"),
        ("tiles", tiles, "tile_guids"),
    ):
        if not guids:
            prices.append(CoverPrice(cover, None, error=InputError(tr(_NONE_UNDER[cover]))))
            continue
        request = replace(
            order, **{"aoi": None, "tile_guids": (), "minitile_guids": (), field_name: guids}
        )
        prices.append(_priced(client, cover, request))
    return prices


def _priced(client: ClearSkyClient, cover: str, request: OrderRequest) -> CoverPrice:
    try:
        return CoverPrice(cover, request, client.order_estimate(request))
    except ClearSkyError as exc:
        return CoverPrice(cover, request, error=exc)

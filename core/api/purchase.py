"""What a batch of dates will cost, what is already paid for, and whether to go ahead.

The dock and the Processing algorithms both plan with this before any paid call, so the
same checks give the same messages everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import errors
from .client import ClearSkyClient
from .models import AccountInfo, CompositeRequest, CostEstimate
from .store import DownloadResult, check_output_folder

BYTES_PER_SAMPLE = {"int16": 2, "uint8": 1}


@dataclass(frozen=True)
class PurchasePlan:
    """Account, per-date estimate and the files already on disk for a batch of dates."""

    account: AccountInfo
    estimate: CostEstimate
    requests: tuple[CompositeRequest, ...]
    reused: dict = field(default_factory=dict)  # date -> DownloadResult

    @property
    def to_buy(self) -> list[CompositeRequest]:
        return [r for r in self.requests if r.date not in self.reused]

    @property
    def total_credits(self) -> float:
        return round(self.estimate.credits * len(self.to_buy), 2)

    @property
    def balance_after(self) -> float:
        return round(self.account.credits - self.total_credits, 2)

    def refusal(self, max_credits: float | None = None) -> errors.ClearSkyError | None:
        """Why this batch must not be bought, or None when it may."""
        limits = limit_refusal(self.account, self.requests[0], self.estimate.area_km2)
        if limits:
            return limits
        if self.to_buy and self.total_credits > self.account.credits:
            return errors.InsufficientCreditsError(
                f"Not enough credits: {len(self.to_buy)} date(s) cost {self.total_credits:g} "
                f"credits, you have {self.account.credits:g}. Choose fewer dates, a smaller "
                "area, fewer bands or a coarser resolution, or top up your account."
            )
        if max_credits is not None and self.total_credits > max_credits:
            return errors.InputError(
                f"The download would cost {self.total_credits:g} credits, more than the "
                f"maximum of {max_credits:g} you set: raise it or choose fewer dates."
            )
        return None

    def needed_bytes(self) -> int:
        """Disk space the new files need (the server's estimate, else from pixel count)."""
        if self.estimate.file_size_mb:
            per_file = self.estimate.file_size_mb * 1e6
        else:
            first = self.requests[0]
            pixels = self.estimate.area_km2 * 1e6 / first.resolution**2
            per_file = pixels * first.bands.count * BYTES_PER_SAMPLE[first.data_type.value]
        return int(per_file * 1.1 * len(self.to_buy))


def limit_refusal(
    account: AccountInfo, request: CompositeRequest, area_km2: float
) -> errors.ClearSkyError | None:
    """The key's area or band limit that ``request`` breaks, if any."""
    limit = account.max_area_km2
    if limit and area_km2 > limit:
        return errors.AreaTooLargeError(
            f"The area ({area_km2:.1f} km2) is larger than your key allows "
            f"({limit:g} km2 per request): draw a smaller area or split it."
        )
    if account.max_bands and request.bands.count > account.max_bands:
        return errors.TooManyBandsError(
            f"{request.bands.count} bands requested, your key allows {account.max_bands}: "
            "choose fewer bands or index terms."
        )
    return None


def plan_purchase(
    client: ClearSkyClient, requests: Sequence[CompositeRequest], folder: str | Path
) -> PurchasePlan:
    """Ask for the account and one estimate (free calls) and look for files already bought."""
    if not requests:
        raise errors.InputError("No dates chosen: tick at least one date.")
    check_output_folder(folder)
    account = client.account_info()
    # Checked here first so the message is ours, not the server's refusal of the estimate.
    limits = limit_refusal(account, requests[0], requests[0].aoi.area_km2)
    if limits:
        raise limits
    estimate = client.estimate(requests[0])
    reused: dict = {}
    for request in requests:
        found: DownloadResult | None = client.find_downloaded(request, folder)
        if found:
            reused[request.date] = found
    return PurchasePlan(account, estimate, tuple(requests), reused)


def checked_plan(
    client: ClearSkyClient,
    requests: Sequence[CompositeRequest],
    folder: str | Path,
    max_credits: float | None = None,
) -> PurchasePlan:
    """``plan_purchase`` that raises the refusal, and checks free disk space."""
    plan = plan_purchase(client, requests, folder)
    refusal = plan.refusal(max_credits)
    if refusal:
        raise refusal
    check_output_folder(folder, plan.needed_bytes())
    return plan

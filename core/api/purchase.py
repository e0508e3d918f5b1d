"""What a batch of dates will cost, what is already paid for, and whether to go ahead.

The dock and the Processing algorithms both plan with this before any paid call, so the
same checks give the same messages everywhere. The plan is made per date: an order's
included download makes some dates free, files already on disk are reused free, and each
date has its own availability. The server has the last word on money: a low balance is
refused here only when the account reports a balance and no limit that allows overdraft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import errors
from .client import ClearSkyClient
from .config import Settings
from .i18n import tr
from .models import AccountInfo, CompositeAvailability, CompositeRequest, CostEstimate, Readiness
from .store import DownloadResult, check_output_folder

BYTES_PER_SAMPLE = {"INT16": 2, "UINT8": 1}


@dataclass(frozen=True)
class PurchasePlan:
    """Account, per-date availability and estimate, and the files already on disk."""

    account: AccountInfo
    requests: tuple[CompositeRequest, ...]
    estimates: dict[dt.date, CostEstimate] = field(default_factory=dict)
    availability: dict[dt.date, CompositeAvailability] = field(default_factory=dict)
    reused: dict[dt.date, DownloadResult] = field(default_factory=dict)

    @property
    def to_buy(self) -> list[CompositeRequest]:
        return [r for r in self.requests if r.date not in self.reused]

    @property
    def estimate(self) -> CostEstimate | None:
        """The first date's estimate (area, size) for summaries."""
        for request in self.to_buy:
            if request.date in self.estimates:
                return self.estimates[request.date]
        return next(iter(self.estimates.values()), None)

    @property
    def total_units(self) -> float:
        """Processing units the dates to buy cost now (free included downloads count 0)."""
        total = sum(self.estimates[r.date].units for r in self.to_buy if r.date in self.estimates)
        return round(total, 2)

    @property
    def total_credits(self) -> float:  # the earlier name
        return self.total_units

    @property
    def balance_after(self) -> float | None:
        """PU left afterwards, None when the account reports no PU balance."""
        if self.account.processing_units is None:
            return None
        return round(self.account.processing_units - self.total_units, 2)

    def units_of(self, date: dt.date) -> float | None:
        estimate = self.estimates.get(date)
        return None if estimate is None else estimate.processing_units

    def refusal(self, max_units: float | None = None) -> errors.ClearSkyError | None:
        """Why this batch must not be bought, or None when it may."""
        if not self.requests:
            return errors.InputError(tr("No dates chosen: tick at least one date."))
        estimate = self.estimate
        area = estimate.area_km2 if estimate and estimate.area_km2 else None
        limits = limit_refusal(self.account, self.requests[0], area)
        if limits:
            return limits
        for request in self.to_buy:
            problem = date_refusal(request, self.availability.get(request.date))
            if problem:
                return problem
        total = self.total_units
        balance = self.account.processing_units
        overdraw = self.account.may_overdraw
        if self.to_buy and balance is not None and not overdraw and total > balance:
            return errors.InsufficientUnitsError(
                tr(
                    "Not enough processing units: {count} date(s) cost {total:g} PU, you have "
                    "{balance:g}. Choose fewer dates, a smaller area, fewer bands or a coarser "
                    "resolution, or top up processing units."
                ).format(count=len(self.to_buy), total=total, balance=balance)
            )
        if max_units is not None and total > max_units:
            return errors.InputError(
                tr(
                    "The download would cost {total:g} processing units, more than the maximum "
                    "of {max_units:g} you set: raise it or choose fewer dates."
                ).format(total=total, max_units=max_units)
            )
        return None

    def needed_bytes(self) -> int:
        """Disk space the new files need (the server's estimate, else from pixel count)."""
        if not self.to_buy:
            return 0
        total = 0.0
        for request in self.to_buy:
            estimate = self.estimates.get(request.date)
            if estimate and estimate.file_size_mb:
                total += estimate.file_size_mb * 1e6
                continue
            area = (estimate.area_km2 if estimate else None) or request.aoi.area_km2
            pixels = area * 1e6 / request.resolution**2
            total += pixels * request.bands.count * BYTES_PER_SAMPLE[request.data_type.value]
        return int(total * 1.1)


def date_refusal(
    request: CompositeRequest, availability: CompositeAvailability | None
) -> errors.ClearSkyError | None:
    """Why ``request``'s date cannot be downloaded now, from its availability flags."""
    if availability is None:
        return None
    readiness = availability.readiness
    day = request.date.isoformat()
    if readiness in (Readiness.READY, Readiness.UNKNOWN):
        return None
    if readiness is Readiness.PARTIAL:
        if request.allow_partial:
            return None
        return errors.NoDataError(f"{day}: {availability.reason}")
    if readiness is Readiness.NOT_ORDERED:
        return errors.NotOrderedError(f"{day}: {availability.reason}")
    return errors.NoDataError(f"{day}: {availability.reason}")


def limit_refusal(
    account: AccountInfo, request: CompositeRequest, area_km2: float | None = None
) -> errors.ClearSkyError | None:
    """The key's area or band limit that ``request`` breaks, if the key reports it."""
    area = request.aoi.area_km2 if area_km2 is None else area_km2
    limit = account.max_area_km2
    if limit and area > limit:
        return errors.AreaTooLargeError(
            tr(
                "The area ({area:.1f} km2) is larger than your key allows ({limit:g} km2 per "
                "request): draw a smaller area or split it."
            ).format(area=area, limit=limit)
        )
    if account.max_bands and request.bands.count > account.max_bands:
        return errors.TooManyBandsError(
            tr(
                "{count} bands requested, your key allows {limit}: choose fewer bands or index "
                "terms."
            ).format(count=request.bands.count, limit=account.max_bands)
        )
    return None


def plan_purchase(
    client: ClearSkyClient, requests: Sequence[CompositeRequest], folder: str | Path | None
) -> PurchasePlan:
    """Account, then per date: the file on disk (when ``folder`` is given), or availability
    and estimate (free calls)."""
    if not requests:
        raise errors.InputError(tr("No dates chosen: tick at least one date."))
    if folder is not None:
        check_output_folder(folder)
    account = client.account_info()
    # Checked here first so the message is ours, not the server's refusal of the estimate.
    limits = limit_refusal(account, requests[0])
    if limits:
        raise limits
    estimates: dict[dt.date, CostEstimate] = {}
    availability: dict[dt.date, CompositeAvailability] = {}
    reused: dict[dt.date, DownloadResult] = {}
    for request in requests:
        found = client.find_downloaded(request, folder) if folder is not None else None
        if found:
            reused[request.date] = found
            continue
        flags = client.composite_availability(request)
        availability[request.date] = flags
        if date_refusal(request, flags):
            continue  # the plan refuses it; an estimate would only be refused too
        estimates[request.date] = client.estimate(request)
    return PurchasePlan(account, tuple(requests), estimates, availability, reused)


def checked_plan(
    client: ClearSkyClient,
    requests: Sequence[CompositeRequest],
    folder: str | Path,
    max_units: float | None = None,
    *,
    max_credits: float | None = None,
) -> PurchasePlan:
    """``plan_purchase`` that raises the refusal, and checks free disk space."""
    plan = plan_purchase(client, requests, folder)
    refusal = plan.refusal(max_units if max_units is not None else max_credits)
    if refusal:
        raise refusal
    check_output_folder(folder, plan.needed_bytes())
    return plan


def download_folder(settings: Settings) -> Path:
    """The folder from the settings; the default one is created when missing."""
    folder = Path(settings.download_folder or Settings.download_folder).expanduser()
    if not folder.is_dir():
        if folder != Path(Settings.download_folder).expanduser():
            raise errors.InputError(
                tr(
                    "The download folder {folder} does not exist: create it or choose another "
                    "in {settings}."
                ).format(folder=folder, settings=tr(errors.SETTINGS_HINT))
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.InputError(
                tr(
                    "Could not create the download folder {folder} ({reason}): choose another "
                    "in {settings}."
                ).format(folder=folder, reason=exc.strerror, settings=tr(errors.SETTINGS_HINT))
            ) from None
    return folder

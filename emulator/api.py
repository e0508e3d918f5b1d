"""The contract's endpoints: each takes the emulator and the call, and returns a reply."""

from __future__ import annotations

import contextlib
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from emulator import contract, imagery, tasking, tiles
from emulator.contract import DATE, OBJ, STR, STRS, ProblemDetailsError, Problems, ValidationError
from emulator.keys import ApiKey
from emulator.replies import (
    ApiError,
    FileReply,
    ProblemError,
    Reply,
    failure,
    no_data,
    success,
    validation,
)
from emulator.world import land_zones, utm_epsg

if TYPE_CHECKING:
    from emulator.app import Emulator

UPLOAD_TIMEOUT = 60.0
SEARCH_TYPES = {
    "Wkt": STR,
    "GeoJson": OBJ,
    "From": DATE,
    "Until": DATE,
    "To": DATE,
    "Model": STR,
    "SatelliteConstellations": STRS,
}


@dataclass
class Call:
    """One request as the endpoints see it."""

    method: str
    path: str
    query: dict[str, str]  # lower-cased parameter names (ASP.NET binds them case-insensitively)
    body: bytes
    key: str | None
    account: ApiKey | None
    range_header: str | None = None
    charged: float = 0.0  # units charged while answering (files charge on delivery instead)
    query_all: list[tuple[str, str]] = field(default_factory=list)  # (lower name, value)


def _json(call: Call) -> dict:
    try:
        return contract.parse_json_body(call.body)
    except ProblemDetailsError as exc:
        raise ProblemError(exc.errors) from None


def _validated(parse: Callable, *args):
    try:
        return parse(*args)
    except ProblemDetailsError as exc:
        raise ProblemError(exc.errors) from None
    except ValidationError as exc:
        raise validation(exc.errors) from None


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes")


# ---- account -------------------------------------------------------------------------------


def account_info(app: Emulator, call: Call) -> Reply:
    return success(call.account.account_info())


def apikey_info(app: Emulator, call: Call) -> Reply:
    if not app.legacy_account_endpoint:
        return failure(404, 404, f"Not found: {call.path}")
    return success(call.account.apikey_info(app.orders.recurring_costs(call.account.key)))


# ---- tasking -------------------------------------------------------------------------------


def tasking_models(app: Emulator, call: Call) -> Reply:
    return success(tasking.models_reply())


def tasking_search_tiles(app: Emulator, call: Call) -> Reply:
    body = _json(call)
    _validated(
        contract.check_types,
        body,
        {**SEARCH_TYPES, "TileGuids": STRS, "MiniTileGuids": STRS, "TileGuidForMiniTiles": STR},
    )
    return success(_validated(tiles.search, body))


def tasking_optimize(app: Emulator, call: Call) -> Reply:
    body = _json(call)
    _validated(contract.check_types, body, {"Wkt": STR})
    return success(_validated(tiles.optimize, body))


def tasking_estimate(app: Emulator, call: Call) -> Reply:
    spec = _validated(tasking.parse_order, _json(call), app.today)
    return success(spec.estimate(app.today))


def tasking_create(app: Emulator, call: Call) -> Reply:
    # automaticOrderGuid (query) is accepted and ignored.
    spec = _validated(tasking.parse_order, _json(call), app.today, app.orders, call.account.key)
    price = spec.estimate(app.today)["CurrentMonthCosts"]["TotalCost"]
    if not app.keys.try_charge_euros(call.account, price):
        raise ApiError(
            400,
            1007,
            f"Insufficient euro balance: the order costs EUR {price:.2f}, the balance is "
            f"EUR {call.account.euros:.2f} (overdraft limit EUR "
            f"{call.account.euro_overdraft_limit:.2f}). Top up in the dashboard.",
        )
    order = app.orders.create(call.account.key, spec, price)
    return success(app.orders.json(order))


def tasking_orders(app: Emulator, call: Call) -> Reply:
    orders = app.orders.list(
        call.account.key,
        recurring_only=_flag(call.query.get("recurringonly")),
        expired=_flag(call.query.get("getexpired")),
    )
    return success({"TaskOrders": orders})


def tasking_details(app: Emulator, call: Call) -> Reply:
    if call.method == "POST":
        body = _json(call)
        _validated(contract.check_types, body, {"Guids": STRS})
        guids = body.get("Guids")
    else:
        guids = [v for k, v in call.query_all if k in ("guids", "guid", "taskorderguids")]
    problems = Problems()
    if not guids:
        problems.add("Guids", "At least one order GUID is required.")
    for guid in guids or []:
        try:
            uuid.UUID(str(guid))
        except ValueError:
            problems.add("Guids", f"'{guid}' is not a GUID.")
    if problems.errors:
        raise validation(problems.errors)
    found = [app.orders.find(call.account.key, g) for g in guids]
    return success({"TaskOrders": [app.orders.json(o) for o in found if o is not None]})


def tasking_cancel(app: Emulator, call: Call) -> Reply:
    guid = call.query.get("taskorderguid")
    if not guid:
        raise validation({"taskOrderGuid": ["The taskOrderGuid parameter is required."]})
    order = app.orders.find(call.account.key, guid)
    if order is None:
        raise ApiError(404, 404, f"No order '{guid}' for this key.")
    outcome, refund = app.orders.cancel(order)
    if outcome == "refused":
        raise ApiError(
            400,
            1008,
            f"Order {order.guid} is {app.orders.status(order)}: only orders in Review can be "
            "cancelled, and a fixed-period order cannot be stopped after acceptance.",
        )
    if refund:
        app.keys.refund_euros(call.account, refund)
    return success(app.orders.json(order))


# ---- availability --------------------------------------------------------------------------


def _search_body(body: dict):
    contract.check_types(body, SEARCH_TYPES)
    problems = Problems()
    contract.check_field_case(body, tuple(SEARCH_TYPES), problems)
    geometry = contract.parse_geometry(body, problems)
    start = contract.parse_date(body.get("From"), "From", problems)
    end_field = "Until" if body.get("Until") is not None else "To"
    end = contract.parse_date(body.get(end_field), end_field, problems, required=False)
    if start and end and end < start:
        problems.add(end_field, f"{end_field} must not be before From.")
    problems.raise_if_any()
    return geometry, start, end


def search_available(app: Emulator, call: Call) -> Reply:
    geometry, start, end = _validated(_search_body, _json(call))
    end = end or app.today
    zones = land_zones(geometry)
    groups: dict[tuple, list] = {}
    for order in app.orders.matching_all(call.account.key):
        if app.orders.status(order) not in tasking.DOWNLOADABLE:
            continue
        if order.spec.geometry.intersection(geometry).area <= 0:
            continue
        wanted = set(order.spec.dates(start, end))
        for zone in zones:
            piece = order.spec.geometry.intersection(zone.polygon)
            if piece.area <= 0 or piece.intersection(geometry).area <= 0:
                continue
            dates = [
                d
                for d in zone.dates(start, end, app.today)
                if d in wanted and app.today <= order.expiry(d)
            ]
            group = groups.setdefault((order.spec.model, order.spec.constellations), [])
            group.append({"Wkt": piece.wkt, "Dates": [d.isoformat() for d in dates]})
    data = [
        {"Model": model, "SatelliteConstellations": list(consts), "DatesByGeog": by_geog}
        for (model, consts), by_geog in groups.items()
    ]
    return success({"ModelImageDates": data})


def composite_available(app: Emulator, call: Call) -> Reply:
    request = _validated(contract.parse_composite, _json(call), True)
    zones = land_zones(request.geometry)
    with_date = [z for z in zones if z.has_date(request.date, app.today)]
    cover = app.orders.coverage(
        call.account.key, request.geometry, request.date, request.model, request.constellations
    )
    ready = cover.produced and cover.stored
    epsg_zones = [
        z
        for z in zones
        if not _is_utm(request.epsg)
        or utm_epsg(z.polygon.centroid.x, z.polygon.centroid.y) == request.epsg
    ]
    full = bool(zones) and len(with_date) == len(zones) and ready
    partial = bool(with_date) and len(with_date) < len(zones) and ready
    return success(
        {
            "IntersectedActiveZones": bool(zones),
            "IntersectedActiveZonesUtmEpsg": bool(epsg_zones),
            "FullyAvailable": full,
            "PartiallyAvailable": partial,
            "UncertaintyAvailable": full,
            "PartiallyUncertaintyAvailable": partial,
            "PolygonInDataArea": bool(zones),
            "DataAvailableForUser": bool(zones) and not any(z.is_restricted for z in zones),
            "DataOnZoneDataFrequencyDate": cover.scheduled,
            "AllImagesPredicted": bool(zones) and len(with_date) == len(zones) and cover.produced,
            "AnyImageWithinStorageMonths": cover.any_stored,
            "OrdersCoverPolygon": cover.covered,
        }
    )


def _is_utm(epsg: int) -> bool:
    return 32601 <= epsg <= 32660 or 32701 <= epsg <= 32760


# ---- downloads -----------------------------------------------------------------------------


def _check_limits(request: contract.CompositeRequest, account: ApiKey) -> float:
    """Errors 1004 (area; composites only) / 1005 (bands); returns the area in km2."""
    area = contract.area_km2(request.geometry)
    if request.kind == "composite" and area > account.max_area_km2:
        raise ApiError(
            400,
            1004,
            f"The area ({area:.2f} km2) exceeds your limit of {account.max_area_km2:g} km2.",
        )
    if len(request.bands) > account.max_bands:
        raise ApiError(
            400, 1005, f"{len(request.bands)} bands requested; your limit is {account.max_bands}."
        )
    return area


def _price(app: Emulator, call: Call, request, area: float, cover) -> tuple[float, bool]:
    """(units this request costs now, uses the included download)."""
    if cover is not None and cover.stored and app.orders.included_left(cover.users, request.date):
        return 0.0, True
    return contract.unit_price(area), False


def composite_estimate(app: Emulator, call: Call) -> Reply:
    request = _validated(contract.parse_composite, _json(call), False)
    area = _check_limits(request, call.account)
    cover = None
    if request.date is not None:
        cover = app.orders.coverage(
            call.account.key, request.geometry, request.date, request.model, request.constellations
        )
    units, _ = _price(app, call, request, area, cover)
    return success(contract.estimate(request, units))


def composite(app: Emulator, call: Call) -> FileReply | Reply:
    request = _validated(contract.parse_composite, _json(call), True)
    return _deliver(app, call, request)


def process_tile(app: Emulator, call: Call) -> FileReply | Reply:
    request = _validated(contract.parse_tile_download, _json(call), False, tiles.resolve)
    return _deliver(app, call, request)


def process_minitile(app: Emulator, call: Call) -> FileReply | Reply:
    request = _validated(contract.parse_tile_download, _json(call), True, tiles.resolve)
    return _deliver(app, call, request)


def _deliver(app: Emulator, call: Call, request: contract.CompositeRequest) -> FileReply | Reply:
    account = call.account
    area = _check_limits(request, account)
    zones = land_zones(request.geometry)
    if any(z.is_restricted for z in zones):
        raise ApiError(400, 1006, "Access to this area is restricted for your key.")
    day = request.date
    cover = app.orders.coverage(
        account.key, request.geometry, day, request.model, request.constellations
    )
    if not cover.covered:
        raise ApiError(
            400,
            1006,
            f"The area and/or date {day} is not covered by an order of this key for "
            f"{request.model} ({', '.join(request.constellations)}). Order it first.",
        )
    if not cover.produced:
        raise no_data(f"The orders covering this area have not produced {day} yet.")
    if not cover.stored:
        raise no_data(f"The storage period of {day} has expired for this area.")
    with_date = [z for z in zones if z.has_date(day, app.today)]
    if not with_date:
        raise no_data()
    if len(with_date) < len(zones) and not request.allow_partial:
        raise no_data(
            f"Imagery of {day} covers only part of the area; set AllowPartialImage to get it "
            "with nodata elsewhere."
        )
    price, included = _price(app, call, request, area, cover)
    if account.units + 1e-9 < price:
        raise ApiError(
            400, 994, f"Not enough processing units: {price} needed, {account.units:.2f} left."
        )
    out = app.scratch_dir / f"{uuid.uuid4().hex}.{request.file_type}"
    try:
        imagery.render_composite(_capped(app, request), with_date, out)
    except imagery.RasterTooLargeError as exc:
        _remove(out)
        raise ApiError(400, 1004, f"The requested raster is too large ({exc}).") from None
    except imagery.OutsideProjectionError as exc:
        _remove(out)
        raise validation({"EpsgProjection": [f"{exc}."]}) from None
    except BaseException:
        _remove(out)
        raise
    users = cover.users

    def charge() -> float:
        if included:
            app.orders.use(users, day)
        if price:
            app.keys.charge_units(account, price)
        return price

    def refund(amount: float) -> None:
        if included:
            app.orders.unuse(users, day)
        app.keys.charge_units(account, -amount)

    if request.upload_url:
        try:
            _upload(request.upload_url, out)
        finally:
            _remove(out)
        call.charged = charge()
        return Reply(201, b"", "text/plain; charset=utf-8")
    return FileReply(
        out, request.filename, on_delivered=charge, on_refund=refund, cleanup=lambda: _remove(out)
    )


def _capped(app: Emulator, request: contract.CompositeRequest) -> contract.CompositeRequest:
    """Whole tiles are rendered at most tile_size pixels wide/high (the next coarser resolution)."""
    if request.kind != "tile":
        return request
    lon0, lat0, lon1, lat1 = request.geometry.bounds
    extent_m = max((lat1 - lat0) * 111320.0, (lon1 - lon0) * 111320.0)
    for resolution in contract.RESOLUTIONS:
        if resolution >= request.resolution and extent_m / resolution <= app.tile_size * 1.05:
            return replace(request, resolution=resolution)
    return replace(request, resolution=contract.RESOLUTIONS[-1])


def _upload(url: str, path: Path) -> None:
    """PUT the file to the caller's (signed) URL; failures are a 502 envelope."""
    data = path.read_bytes()
    put = urllib.request.Request(
        url,
        data=data,
        method="PUT",
        headers={"Content-Type": "image/tiff", "x-ms-blob-type": "BlockBlob"},
    )
    try:
        with urllib.request.urlopen(put, timeout=UPLOAD_TIMEOUT) as answer:
            answer.read()
    except urllib.error.HTTPError as exc:
        raise ApiError(502, 502, f"Uploading to UploadUrl failed with HTTP {exc.code}.") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ApiError(502, 502, f"Uploading to UploadUrl failed ({exc}).") from None


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".aux.xml")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


# (method, lower-case path) -> (endpoint, answers with a file)
ROUTES: dict[tuple[str, str], tuple[Callable, bool]] = {
    ("GET", "/api/account/info"): (account_info, False),
    ("GET", "/api/apikey/info"): (apikey_info, False),
    ("GET", "/api/tasking/models"): (tasking_models, False),
    ("POST", "/api/tasking/search/tiles"): (tasking_search_tiles, False),
    ("POST", "/api/tasking/tile/optimize"): (tasking_optimize, False),
    ("POST", "/api/tasking/orders/estimate"): (tasking_estimate, False),
    ("POST", "/api/tasking/orders"): (tasking_create, False),
    ("GET", "/api/tasking/orders"): (tasking_orders, False),
    ("POST", "/api/tasking/orders/details"): (tasking_details, False),
    ("GET", "/api/tasking/orders/details"): (tasking_details, False),
    ("DELETE", "/api/tasking/orders/cancel"): (tasking_cancel, False),
    ("POST", "/api/satelliteimages/search/available"): (search_available, False),
    ("POST", "/api/satelliteimages/process/composite/available"): (composite_available, False),
    ("POST", "/api/satelliteimages/process/composite/estimate"): (composite_estimate, False),
    ("POST", "/api/satelliteimages/process/composite"): (composite, True),
    ("POST", "/api/satelliteimages/process/tile"): (process_tile, True),
    ("POST", "/api/satelliteimages/process/minitile"): (process_minitile, True),
}


def route(method: str, path: str) -> tuple[Callable, bool] | Reply:
    """The endpoint for a request, or a 404 / 405 envelope."""
    normal = path.rstrip("/").lower() or "/"
    found = ROUTES.get((method, normal))
    if found is not None:
        return found
    if any(p == normal for _, p in ROUTES):
        return failure(405, 405, f"Method {method} not allowed on {path}")
    return failure(404, 404, f"Not found: {path}")

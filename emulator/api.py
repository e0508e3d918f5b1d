"""The contract's endpoints: each takes the emulator and the call, and returns a reply."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from emulator import contract, imagery, tasking, tiles
from emulator.contract import Problems, ValidationError
from emulator.keys import ApiKey
from emulator.replies import ApiError, FileReply, Reply, failure, no_data, success, validation
from emulator.world import CONSTELLATIONS, MODEL, Zone, land_zones

if TYPE_CHECKING:
    from emulator.app import Emulator


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
    charged: float = 0.0  # credits charged while answering (files charge on delivery instead)


def _json(call: Call) -> dict:
    try:
        return contract.parse_json_body(call.body)
    except ValidationError as exc:
        raise validation(exc.errors) from None


def _validated(parse: Callable, *args):
    try:
        return parse(*args)
    except ValidationError as exc:
        raise validation(exc.errors) from None


def apikey_info(app: Emulator, call: Call) -> Reply:
    info = call.account.info()
    info["NextMonthCosts"] = round(float(app.orders.monthly_costs(call.account.key)), 2)
    return success(info)


def _search_body(body: dict, wkt_field: str, allow_geojson: bool):
    problems = Problems()
    fields = ((wkt_field, "GeoJson") if allow_geojson else (wkt_field,)) + ("From", "Until")
    contract.check_field_case(body, fields, problems)
    geometry = contract.parse_geometry(body, problems, wkt_field, allow_geojson)
    start = contract.parse_date(body.get("From"), "From", problems)
    end = contract.parse_date(body.get("Until"), "Until", problems)
    if start and end and end < start:
        problems.add("Until", "Until must not be before From.")
    problems.raise_if_any()
    return geometry, start, end


def search_available(app: Emulator, call: Call) -> Reply:
    geometry, start, end = _validated(_search_body, _json(call), "Wkt", True)
    zones = land_zones(geometry)
    if not zones:
        return success({"ModelImageDates": []})
    by_geog = [
        {"Wkt": z.wkt, "Dates": [d.isoformat() for d in z.dates(start, end, app.today)]}
        for z in zones
    ]
    model = {
        "Model": MODEL,
        "SatelliteConstellations": list(CONSTELLATIONS),
        "DatesByGeog": by_geog,
    }
    return success({"ModelImageDates": [model]})


def _availability_body(body: dict):
    problems = Problems()
    contract.check_field_case(body, ("Wkt", "GeoJson", "Date"), problems)
    geometry = contract.parse_geometry(body, problems)
    day = contract.parse_date(body.get("Date"), "Date", problems)
    problems.raise_if_any()
    return geometry, day


def composite_available(app: Emulator, call: Call) -> Reply:
    geometry, day = _validated(_availability_body, _json(call))
    zones = land_zones(geometry)
    return success(
        {
            "IntersectedActiveZones": bool(zones),
            "FullyAvailable": bool(zones) and all(z.has_date(day, app.today) for z in zones),
            "PolygonInDataArea": bool(zones),
            "DataAvailableForUser": bool(zones) and not any(z.is_restricted for z in zones),
        }
    )


def _check_limits(request: contract.CompositeRequest, account: ApiKey) -> float:
    """Errors 1003 / 1004; returns the area in km2."""
    area = contract.area_km2(request.geometry)
    if area > account.max_area_km2:
        raise ApiError(
            400,
            1003,
            f"The area ({area:.2f} km2) exceeds your limit of {account.max_area_km2} km2.",
        )
    if len(request.bands) > account.max_bands:
        raise ApiError(
            400, 1004, f"{len(request.bands)} bands requested; your limit is {account.max_bands}."
        )
    return area


def composite_estimate(app: Emulator, call: Call) -> Reply:
    request = _validated(contract.parse_composite, _json(call), False)
    _check_limits(request, call.account)
    return success(contract.estimate(request))


def composite(app: Emulator, call: Call) -> FileReply:
    request = _validated(contract.parse_composite, _json(call), True)
    zones = land_zones(request.geometry)
    with_date = [z for z in zones if z.has_date(request.date, app.today)]
    if not with_date:
        raise no_data()
    if any(z.is_restricted for z in zones):
        raise ApiError(403, 1006, "Access to this area and/or date is restricted for your key.")
    area = _check_limits(request, call.account)
    price = contract.credit_estimate(area, len(request.bands), request.resolution)
    if call.account.credits + 1e-9 < price:
        raise ApiError(
            402, 1005, f"Not enough credits: {price} needed, {call.account.credits:.2f} left."
        )
    out = app.scratch_dir / f"{uuid.uuid4().hex}.{request.file_type}"
    try:
        imagery.render_composite(request, with_date, out)
    except imagery.RasterTooLargeError as exc:
        _remove(out)
        raise ApiError(400, 1003, f"The requested raster is too large ({exc}).") from None
    except imagery.OutsideProjectionError as exc:
        _remove(out)
        raise validation({"EpsgProjection": [f"{exc}."]}) from None
    except BaseException:
        _remove(out)
        raise
    account = call.account

    def charge() -> float:
        app.keys.charge(account, price)
        return price

    def refund(amount: float) -> None:
        app.keys.charge(account, -amount)

    return FileReply(
        out, request.filename, on_delivered=charge, on_refund=refund, cleanup=lambda: _remove(out)
    )


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".aux.xml")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def boundingbox(app: Emulator, call: Call) -> Reply:
    body = _json(call)
    geometry, start, end = _validated(_search_body, body, "BoundingBoxWkt", False)
    data = []
    for zone in land_zones(geometry):
        images = [
            {"SatelliteImageId": tiles.image_id(zone, d), "ImageDate": f"{d.isoformat()}T00:00:00Z"}
            for d in zone.dates(start, end, app.today)
        ]
        data.append(
            {
                "Geog": zone.wkt,
                "XPosition": zone.x,
                "YPosition": zone.y,
                "Zone": zone.name,
                "SatelliteImageZones": images,
            }
        )
    return success(data)


def _image(app: Emulator, raw: str | None) -> tuple[int, Zone, dt.date]:
    """Resolve a SatelliteImageId to an existing image (1001 when malformed, 1002 when unknown)."""
    if raw is None or not raw.strip().isdigit():
        raise validation({"satelliteImageId": ["A numeric satelliteImageId is required."]})
    image = int(raw)
    decoded = tiles.decode_image_id(image)
    if decoded is None or not decoded[0].has_date(decoded[1], app.today):
        raise no_data(f"No satellite image with id {image}.")
    return image, decoded[0], decoded[1]


def satellite_image(app: Emulator, call: Call) -> Reply:
    image, zone, day = _image(app, call.query.get("satelliteimageid"))
    if zone.is_restricted:
        raise ApiError(403, 1006, "Access to this area and/or date is restricted for your key.")
    account = call.account
    if image not in account.purchased_images:
        if not app.keys.try_charge(account, tiles.TILE_PRICE_CREDITS):
            raise ApiError(
                402, 1005, f"Not enough credits: {tiles.TILE_PRICE_CREDITS} needed per tile."
            )
        account.purchased_images.add(image)
        call.charged = tiles.TILE_PRICE_CREDITS
    query, expiry = app.presigner.sign(image, account.key)
    expires = dt.datetime.fromtimestamp(expiry, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return success(
        {
            "FileAzureSasUri": f"{app.url}/_blob/tiles/{image}.tif?{query}",
            "SatelliteImageId": image,
            "ImageDate": f"{day.isoformat()}T00:00:00Z",
            "Zone": zone.name,
            "ExpiresAt": expires,
        }
    )


def blob(app: Emulator, call: Call) -> FileReply | Reply:
    """GET/HEAD of a pre-signed tile URL: no key needed; Range requests supported."""
    name = call.path.rsplit("/", 1)[-1]
    stem = name[:-4] if name.lower().endswith(".tif") else ""
    if not stem.isdigit():
        return failure(404, 404, "Not found")
    image = int(stem)
    verdict = app.presigner.check(image, call.query.get("se"), call.query.get("sig"))
    if verdict != "ok":
        message = "The pre-signed URL has expired." if verdict == "expired" else "Bad signature."
        return failure(403, 1007, message)
    decoded = tiles.decode_image_id(image)
    if decoded is None or not decoded[0].has_date(decoded[1], app.today):
        return failure(404, 1002, "No such image.")
    path = app.tile_store.path(*decoded)
    size = path.stat().st_size
    headers = [("Accept-Ranges", "bytes"), ("ETag", f'"{image}-{size}"')]
    head = call.method == "HEAD"
    span = parse_range(call.range_header, size)
    if span == "unsatisfiable":
        return failure(
            416, 416, "Range not satisfiable", headers=[("Content-Range", f"bytes */{size}")]
        )
    if span is None:
        return FileReply(path, None, headers=headers, head_only=head)
    start, end = span
    headers.append(("Content-Range", f"bytes {start}-{end}/{size}"))
    return FileReply(path, None, 206, start, end - start + 1, headers, head_only=head)


def parse_range(value: str | None, size: int):
    """(start, end) inclusive for a single 'bytes=' range, None to send everything."""
    if not value or not value.strip().lower().startswith("bytes="):
        return None
    spec = value.split("=", 1)[1].strip()
    if "," in spec:
        return None  # multiple ranges: answering with the whole file is allowed
    first, _, last = spec.partition("-")
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                return "unsatisfiable"
            return max(0, size - length), size - 1
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size or end < start:
        return "unsatisfiable"
    return start, min(end, size - 1)


def tasking_models(app: Emulator, call: Call) -> Reply:
    return success(tasking.MODELS)


def tasking_orders(app: Emulator, call: Call) -> Reply:
    recurring = call.query.get("recurringonly", "false").strip().lower() in ("true", "1", "yes")
    return success(app.orders.list(call.account.key, recurring))


def tasking_search_tiles(app: Emulator, call: Call) -> Reply:
    return success(_validated(tasking.search_tiles, _json(call)))


def tasking_estimate(app: Emulator, call: Call) -> Reply:
    spec = _validated(tasking.parse_order, _json(call))
    return success(spec.estimate())


def tasking_create(app: Emulator, call: Call) -> Reply:
    spec = _validated(tasking.parse_order, _json(call))
    price = spec.estimate()["CreditEstimate"]
    if not app.keys.try_charge(call.account, price):
        raise ApiError(402, 1005, f"Not enough credits: the order costs {price}.")
    call.charged = price
    return success(app.orders.create(call.account.key, spec, app.now()))


def tasking_cancel(app: Emulator, call: Call) -> Reply:
    guid = call.query.get("taskorderguid")
    order = app.orders.cancel(call.account.key, guid or "")
    if order is None:
        raise validation({"taskOrderGuid": [f"No order '{guid}' for this key."]})
    return success(order)


# (method, lower-case path) -> (endpoint, answers with a file)
ROUTES: dict[tuple[str, str], tuple[Callable, bool]] = {
    ("GET", "/api/apikey/info"): (apikey_info, False),
    ("POST", "/api/satelliteimages/search/available"): (search_available, False),
    ("POST", "/api/satelliteimages/process/composite/available"): (composite_available, False),
    ("POST", "/api/satelliteimages/process/composite/estimate"): (composite_estimate, False),
    ("POST", "/api/satelliteimages/process/composite"): (composite, True),
    ("POST", "/api/satelliteimages/boundingbox"): (boundingbox, False),
    ("GET", "/api/satelliteimages"): (satellite_image, False),
    ("GET", "/api/tasking/models"): (tasking_models, False),
    ("GET", "/api/tasking/orders"): (tasking_orders, False),
    ("POST", "/api/tasking/search/tiles"): (tasking_search_tiles, False),
    ("POST", "/api/tasking/orders/estimate"): (tasking_estimate, False),
    ("POST", "/api/tasking/orders"): (tasking_create, False),
    ("DELETE", "/api/tasking/orders/cancel"): (tasking_cancel, False),
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

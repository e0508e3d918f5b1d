"""The keyless control API under /_emulator/, for tools that run the emulator as a process."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from emulator.replies import Reply, failure, success

if TYPE_CHECKING:
    from emulator.api import Call
    from emulator.app import Emulator

_KEY_OPTIONS = (
    "processing_units",
    "euro_balance",
    "credits",
    "max_connections",
    "max_area_km2",
    "max_bands",
    "credit_limit",
    "euro_overdraft_limit",
    "euro_balance_cap",
    "email",
    "demo_order",
    "orders",
)


def handle(app: Emulator, call: Call) -> Reply:
    """Dispatch one control request; bad input gives a 400 envelope with code 992."""
    action = (call.method, call.path.rstrip("/").lower())
    try:
        body = json.loads(call.body or b"{}") if call.method in ("POST", "PUT") else {}
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        if action == ("POST", "/_emulator/faults"):
            fault = app.add_fault(
                body["key"],
                body["fault"],
                times=int(body.get("times", 1)),
                path=body.get("path"),
                delay=body.get("delay"),
                value=body.get("value"),
                method=body.get("method"),
            )
            return success(asdict(fault))
        if action == ("DELETE", "/_emulator/faults"):
            app.clear_faults()
            return success(None)
        if action == ("GET", "/_emulator/faults"):
            return success(app.faults.snapshot())
        if action == ("POST", "/_emulator/keys"):
            options = {k: body[k] for k in _KEY_OPTIONS if k in body}
            app.add_key(body["key"], **options)
            return success(app.keys.snapshot()[body["key"]])
        if action in (("POST", "/_emulator/credits"), ("POST", "/_emulator/units")):
            amount = body["units"] if "units" in body else body["credits"]
            app.set_units(body["key"], float(amount))
            units = app.units(body["key"])
            return success({"key": body["key"], "units": units, "credits": units})
        if action == ("POST", "/_emulator/euros"):
            app.set_euros(body["key"], float(body["euros"]))
            return success({"key": body["key"], "euros": app.euros(body["key"])})
        if action == ("POST", "/_emulator/orders"):
            return success(app.add_order(body["key"], body["order"]))
        if action == ("POST", "/_emulator/advance"):
            app.advance_orders(int(body.get("steps", 1)))
            return success(None)
        if action == ("POST", "/_emulator/today"):
            app.set_today(body["today"])
            return success({"today": app.today.isoformat()})
        if action == ("POST", "/_emulator/settings"):
            if "order_step_seconds" in body:
                value = body["order_step_seconds"]
                app.order_step_seconds = None if value is None else float(value)
            if "legacy_account_endpoint" in body:
                app.legacy_account_endpoint = bool(body["legacy_account_endpoint"])
            if "charge_on_request" in body:
                app.charge_on_request = bool(body["charge_on_request"])
            return success(
                {
                    "order_step_seconds": app.order_step_seconds,
                    "legacy_account_endpoint": app.legacy_account_endpoint,
                    "charge_on_request": app.charge_on_request,
                }
            )
        if action == ("POST", "/_emulator/revoke"):
            app.revoke_key(body["key"])
            return success(None)
        if action == ("GET", "/_emulator/state"):
            return success(app.state())
        if action == ("GET", "/_emulator/log"):
            return success(app.request_log)
        if action == ("DELETE", "/_emulator/log"):
            app.clear_log()
            return success(None)
        if action == ("POST", "/_emulator/reset"):
            app.reset()
            return success(None)
    except KeyError as exc:
        return failure(400, 992, f"Missing or unknown {exc}")
    except (ValueError, TypeError) as exc:
        return failure(400, 992, str(exc))
    return failure(404, 404, f"Not found: {call.method} {call.path}")

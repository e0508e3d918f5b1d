"""The Emulator: state of one run (keys, faults, orders, log, tile cache) and its HTTP server."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

from emulator import tasking
from emulator.faults import Fault, FaultBook
from emulator.keys import BUILTIN_KEYS, DEMO_KEY, ApiKey, KeyStore
from emulator.server import EmulatorServer
from emulator.tasking import OrderBook


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class Emulator:
    """A ClearSKY Vision API emulator on 127.0.0.1: start()/stop() or use as a context manager."""

    demo_key = DEMO_KEY

    def __init__(
        self,
        tile_size: int = 5120,
        data_dir: str | Path | None = None,
        today: dt.date | str | None = None,
        presign_ttl: float | None = None,  # accepted for compatibility; the Tile API is gone
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
        order_step_seconds: float | None = None,
        legacy_account_endpoint: bool = False,
        charge_on_request: bool = False,
        link_mbps: float | None = None,
    ) -> None:
        self.tile_size = int(tile_size)
        # Files leave at most this fast per connection (megabits per second), as over a real
        # line: on 127.0.0.1 a download is otherwise as fast as the emulator can render it.
        self.link_bytes_per_s = link_mbps * 125_000 if link_mbps else None
        self._initial = (
            order_step_seconds,
            bool(legacy_account_endpoint),
            bool(charge_on_request),
        )
        self.order_step_seconds = order_step_seconds
        self.legacy_account_endpoint = bool(legacy_account_endpoint)
        # False (the default): a download charges once its last chunk leaves, and an injected
        # fault answers instead of the endpoint, so a failed request costs nothing. True mimics
        # a server that acts before it answers: the endpoint runs first (a download charges
        # and an order is placed at request time, with no refund), then the fault (5xx, reset,
        # slow first byte, broken body) hits the answer. Tests use it to count the money a
        # failure after the charge costs.
        self.charge_on_request = bool(charge_on_request)
        self.host = host
        self.port = int(port)
        self.verbose = verbose
        self._today = _as_date(today)
        self._initial_today = self._today
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._own_dir: Path | None = None
        self.keys = KeyStore()
        self.faults = FaultBook()
        self.orders = OrderBook(self)
        self.stop_event = threading.Event()
        self._log: list[dict] = []
        self._log_lock = threading.Lock()
        self._server: EmulatorServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""
        self.scratch_dir: Path
        self._give_builtin_orders()

    # ---- lifecycle -----------------------------------------------------------------------

    def start(self) -> Emulator:
        """Bind the port, prepare the data dir and serve in a daemon thread."""
        if self._server is not None:
            return self
        if self._data_dir is None:
            self._own_dir = Path(tempfile.mkdtemp(prefix="clearsky-emulator-"))
            root = self._own_dir
        else:
            root = self._data_dir
            root.mkdir(parents=True, exist_ok=True)
        self.scratch_dir = root / "scratch"
        shutil.rmtree(self.scratch_dir, ignore_errors=True)
        self.scratch_dir.mkdir(parents=True)
        self.stop_event.clear()
        self._server = EmulatorServer((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"clearsky-emulator-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake stalled requests, close connections, remove a temporary data dir."""
        server, self._server = self._server, None
        if server is None:
            return
        self.stop_event.set()
        server.shutdown()
        server.server_close()
        server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._own_dir is not None:
            shutil.rmtree(self._own_dir, ignore_errors=True)
            self._own_dir = None
        else:
            shutil.rmtree(self.scratch_dir, ignore_errors=True)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- clock ---------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        """The configured 'today', or the real UTC date."""
        return self._today or dt.datetime.now(dt.timezone.utc).date()

    def set_today(self, day: dt.date | str) -> None:
        """Move the emulator's 'today' (e.g. forward, for storage expiry)."""
        self._today = _as_date(day)

    def now(self) -> dt.datetime:
        real = dt.datetime.now(dt.timezone.utc)
        if self._today is None:
            return real
        return dt.datetime.combine(self._today, real.time(), dt.timezone.utc)

    # ---- keys, balances and orders -------------------------------------------------------

    def add_key(
        self,
        key: str,
        processing_units: float | None = None,
        euro_balance: float = 1000.0,
        max_connections: int = 4,
        max_area_km2: float = 1000.0,
        max_bands: int = 20,
        euro_overdraft_limit: float = 0.0,
        orders: list[dict] | None = None,
        demo_order: bool = True,
        credits: float | None = None,
        credit_limit: float | None = None,
        email: str | None = None,
        euro_balance_cap: float = 100000.0,
    ) -> None:
        """Add or replace a key (`credits` is the old name of `processing_units`).

        demo_order: the key owns the demo order (as demo-key does); orders: further order
        bodies (POST /api/tasking/orders fields, plus an optional "Status", default the final
        one) created free of charge.
        """
        units = processing_units if processing_units is not None else credits
        units = 10000.0 if units is None else float(units)
        limit = units if credit_limit is None else float(credit_limit)
        account = ApiKey(
            key, units, limit, int(max_connections), float(max_area_km2), int(max_bands)
        )
        account.email = email
        account.euros = float(euro_balance)
        account.euro_overdraft_limit = float(euro_overdraft_limit)
        account.euro_balance_cap = float(euro_balance_cap)
        account.demo_order = bool(demo_order)
        self.keys.add(account)
        self.orders.drop(key)
        if demo_order:
            self._give_demo_order(key)
        for body in orders or []:
            self.add_order(key, body)

    def add_order(self, key: str, body: dict) -> dict:
        """Give `key` an order without charging it; body as POST /api/tasking/orders (+ Status)."""
        body = dict(body)
        status = body.pop("Status", None)
        try:
            spec = tasking.parse_order(body, self.today)
        except Exception as exc:
            raise ValueError(f"invalid order body: {getattr(exc, 'errors', exc)}") from None
        order = self.orders.create(key, spec, 0.0, status=status or "UpToDate")
        return self.orders.json(order)

    def _give_demo_order(self, key: str) -> None:
        guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/demo-order/{key}"))
        self.orders.create(key, tasking.demo_spec(), 0.0, status="UpToDate", guid=guid)

    def _give_builtin_orders(self) -> None:
        for name, account in BUILTIN_KEYS.items():
            if account.demo_order:
                self._give_demo_order(name)

    def units(self, key: str) -> float:
        return round(self.keys.account(key).units, 6)

    def set_units(self, key: str, amount: float) -> None:
        self.keys.set_units(key, amount)

    def euros(self, key: str) -> float:
        return round(self.keys.account(key).euros, 6)

    def set_euros(self, key: str, amount: float) -> None:
        self.keys.set_euros(key, amount)

    # The 2024 names of the processing units, kept for older tests and tools.
    credits = units
    set_credits = set_units

    def revoke_key(self, key: str) -> None:
        self.keys.revoke(key)

    def advance_orders(self, steps: int = 1) -> None:
        """Move every order `steps` lifecycle steps (Review -> ... -> Completed / UpToDate)."""
        self.orders.advance(int(steps))

    def orders_of(self, key: str, include_expired: bool = True) -> list[dict]:
        """The key's orders as the API shows them."""
        return self.orders.list(key, expired=include_expired)

    # ---- faults --------------------------------------------------------------------------

    def add_fault(
        self,
        key: str,
        fault: str,
        times: int = 1,
        path: str | None = None,
        delay: float | None = None,
        value: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Apply `fault` to the next `times` requests of `key` ('*' = any; -1 = always),
        of `path` (None: any) and `method` (None: any)."""
        return self.faults.add(key, fault, times, path, delay, value, method)

    def clear_faults(self) -> None:
        self.faults.clear()

    # ---- log and state -------------------------------------------------------------------

    def log_begin(self, method: str, path: str, query: str, key: str | None) -> dict:
        entry = {
            "method": method,
            "path": path,
            "query": query,
            "status": None,
            "key": key,
            "charged": 0,
            "fault": None,
            "done": False,  # True once the request is over on the server's side, refunds included
        }
        with self._log_lock:
            self._log.append(entry)
        return entry

    def log_end(self, entry: dict, status: int, charged: float, fault: str | None) -> None:
        with self._log_lock:
            entry.update(status=status, charged=charged, fault=fault)

    def log_done(self, entry: dict) -> None:
        with self._log_lock:
            entry["done"] = True

    @property
    def request_log(self) -> list[dict]:
        """API requests in arrival order (status None while in flight, 0 when none was sent)."""
        with self._log_lock:
            return copy.deepcopy(self._log)

    def clear_log(self) -> None:
        with self._log_lock:
            self._log = []

    def reset(self) -> None:
        """Keys, balances, faults, orders, today, switches and the log back to the start."""
        self.keys.reset()
        self.faults.clear()
        self.orders.clear()
        self._give_builtin_orders()
        self._today = self._initial_today
        (
            self.order_step_seconds,
            self.legacy_account_endpoint,
            self.charge_on_request,
        ) = self._initial
        self.clear_log()

    def state(self) -> dict:
        keys = {
            k: {
                "units": round(v["units"], 6),
                "credits": round(v["units"], 6),
                "euros": round(v["euros"], 6),
                "active_connections": v["active"],
                "revoked": v["revoked"],
                "max_connections": v["max_connections"],
                "max_area_km2": v["max_area_km2"],
                "max_bands": v["max_bands"],
                "euro_overdraft_limit": v["euro_overdraft_limit"],
                "month_costs": round(v["month_costs"], 6),
                "month_units": round(v["month_units"], 6),
                "orders": self.orders.list(k, expired=True),
            }
            for k, v in self.keys.snapshot().items()
        }
        return {
            "url": self.url,
            "today": self.today.isoformat(),
            "tile_size": self.tile_size,
            "order_step_seconds": self.order_step_seconds,
            "legacy_account_endpoint": self.legacy_account_endpoint,
            "charge_on_request": self.charge_on_request,
            "keys": keys,
            "faults": self.faults.snapshot(),
        }

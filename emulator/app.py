"""The Emulator: state of one run (keys, faults, orders, log, tile cache) and its HTTP server."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import tempfile
import threading
from pathlib import Path

from emulator.faults import Fault, FaultBook
from emulator.keys import DEMO_KEY, ApiKey, KeyStore
from emulator.server import EmulatorServer
from emulator.tasking import OrderBook
from emulator.tiles import Presigner, TileStore


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
        presign_ttl: float = 300.0,
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
    ) -> None:
        self.tile_size = int(tile_size)
        self.presign_ttl = float(presign_ttl)
        self.host = host
        self.port = int(port)
        self.verbose = verbose
        self._today = _as_date(today)
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._own_dir: Path | None = None
        self.keys = KeyStore()
        self.faults = FaultBook()
        self.orders = OrderBook()
        self.presigner = Presigner(self.presign_ttl)
        self.stop_event = threading.Event()
        self._log: list[dict] = []
        self._log_lock = threading.Lock()
        self._server: EmulatorServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""
        self.tile_store: TileStore
        self.scratch_dir: Path

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
        self.tile_store = TileStore(root, self.tile_size)
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

    def now(self) -> dt.datetime:
        real = dt.datetime.now(dt.timezone.utc)
        if self._today is None:
            return real
        return dt.datetime.combine(self._today, real.time(), dt.timezone.utc)

    # ---- keys and credits ----------------------------------------------------------------

    def add_key(
        self,
        key: str,
        credits: float = 10000.0,
        max_connections: int = 4,
        max_area_km2: float = 1000.0,
        max_bands: int = 20,
        credit_limit: float | None = None,
        email: str | None = None,
    ) -> None:
        """Add or replace a key."""
        limit = float(credits) if credit_limit is None else float(credit_limit)
        account = ApiKey(
            key, float(credits), limit, int(max_connections), float(max_area_km2), int(max_bands)
        )
        account.email = email
        self.keys.add(account)

    def credits(self, key: str) -> float:
        return round(self.keys.account(key).credits, 6)

    def set_credits(self, key: str, amount: float) -> None:
        self.keys.set_credits(key, amount)

    def revoke_key(self, key: str) -> None:
        self.keys.revoke(key)

    # ---- faults --------------------------------------------------------------------------

    def add_fault(
        self,
        key: str,
        fault: str,
        times: int = 1,
        path: str | None = None,
        delay: float | None = None,
        value: str | None = None,
    ) -> Fault:
        """Apply `fault` to the next `times` requests of `key` ('*' = any; -1 = always)."""
        return self.faults.add(key, fault, times, path, delay, value)

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
        }
        with self._log_lock:
            self._log.append(entry)
        return entry

    def log_end(self, entry: dict, status: int, charged: float, fault: str | None) -> None:
        with self._log_lock:
            entry.update(status=status, charged=charged, fault=fault)

    @property
    def request_log(self) -> list[dict]:
        """API requests in arrival order (status None while in flight, 0 when none was sent)."""
        with self._log_lock:
            return copy.deepcopy(self._log)

    def clear_log(self) -> None:
        with self._log_lock:
            self._log = []

    def reset(self) -> None:
        """Keys, credits, faults, orders and the log back to their initial state."""
        self.keys.reset()
        self.faults.clear()
        self.orders.clear()
        self.clear_log()

    def state(self) -> dict:
        keys = {
            k: {
                "credits": round(v["credits"], 6),
                "active_connections": v["active"],
                "revoked": v["revoked"],
                "max_connections": v["max_connections"],
                "max_area_km2": v["max_area_km2"],
                "max_bands": v["max_bands"],
                "month_costs": round(v["month_costs"], 6),
            }
            for k, v in self.keys.snapshot().items()
        }
        return {
            "url": self.url,
            "today": self.today.isoformat(),
            "tile_size": self.tile_size,
            "keys": keys,
            "faults": self.faults.snapshot(),
        }

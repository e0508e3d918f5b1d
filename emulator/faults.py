"""Injected faults: what they are called, which requests they hit, how many times."""

from __future__ import annotations

import itertools
import threading
from dataclasses import asdict, dataclass

# Faults that answer instead of the endpoint (nothing of the real response is sent).
REPLACING = (
    "http_500",
    "http_502",
    "http_503",
    "http_429",
    "http_429_no_retry_after",
    "garbage_json",
    "html_error_200",
    "html_error_502",
    "validation_error",
    "no_data",
    "revoke_key",
    "connection_reset",
    "concurrency_limit",
)
# Faults that change how the real response is delivered.
DELIVERY = ("slow_first_byte", "stall_mid_body", "truncated_body", "reset_mid_body")
# Faults that only make sense for a file response; other requests do not consume them.
FILE_ONLY = ("corrupt_geotiff", "evil_filename")
FAULTS = REPLACING + DELIVERY + FILE_ONLY
ANY_KEY = "*"
DEFAULT_DELAYS = {"slow_first_byte": 5.0, "stall_mid_body": 30.0}
DEFAULT_EVIL_FILENAME = "../../evil.tif"


@dataclass
class Fault:
    """One registered fault: hits the next `times` matching requests (-1 = always)."""

    id: int
    key: str
    fault: str
    times: int = 1
    path: str | None = None
    delay: float | None = None
    value: str | None = None
    method: str | None = None  # None: any method (GET and POST of the same path alike)

    def matches(self, key: str | None, path: str, is_file: bool, method: str = "") -> bool:
        if self.times == 0 or (self.fault in FILE_ONLY and not is_file):
            return False
        if self.method and method and self.method.upper() != method.upper():
            return False
        if self.key != ANY_KEY and self.key != key:
            return False
        return path_matches(self.path, path)

    @property
    def effective_delay(self) -> float:
        if self.delay is not None:
            return float(self.delay)
        return DEFAULT_DELAYS.get(self.fault, 1.0)


def path_matches(pattern: str | None, path: str) -> bool:
    """Exact path match, or a prefix match when the pattern ends with '/' (case-insensitive)."""
    if not pattern:
        return True
    pattern, path = pattern.lower(), path.lower()
    if pattern.endswith("/"):
        return path.startswith(pattern) or path == pattern.rstrip("/")
    return path.rstrip("/") == pattern.rstrip("/")


class FaultBook:
    """The registered faults of one emulator run (thread safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        key: str,
        fault: str,
        times: int = 1,
        path: str | None = None,
        delay: float | None = None,
        value: str | None = None,
        method: str | None = None,
    ) -> Fault:
        check_name(fault)
        if not isinstance(times, int) or times == 0 or times < -1:
            raise ValueError("times must be a positive integer or -1 (always)")
        entry = Fault(next(self._ids), key, fault, times, path, delay, value, method)
        with self._lock:
            self._faults.append(entry)
        return entry

    def take(self, key: str | None, path: str, is_file: bool, method: str = "") -> Fault | None:
        """The first fault matching this request, with one use consumed."""
        with self._lock:
            for entry in self._faults:
                if entry.matches(key, path, is_file, method):
                    if entry.times > 0:
                        entry.times -= 1
                    hit = Fault(**asdict(entry))
                    self._faults = [f for f in self._faults if f.times != 0]
                    return hit
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults = []

    def snapshot(self) -> list[dict]:
        with self._lock:
            return [asdict(f) for f in self._faults]


def check_name(fault: str) -> None:
    if fault not in FAULTS:
        raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")

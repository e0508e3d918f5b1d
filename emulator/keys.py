"""API keys: credits, limits, revocation and in-flight request counting (thread safe)."""

from __future__ import annotations

import copy
import threading
from dataclasses import asdict, dataclass, field

EURO_PER_CREDIT = 0.05


@dataclass
class ApiKey:
    """One key's account and limits."""

    key: str
    credits: float
    credit_limit: float
    max_connections: int
    max_area_km2: float
    max_bands: int
    email: str | None = None
    contact: str = "Emulator account"
    revoked: bool = False
    month_costs: float = 0.0
    next_month_costs: float = 0.0
    active: int = 0
    purchased_images: set = field(default_factory=set)

    def info(self) -> dict:
        """The apikey/info Data object (plus one field the contract does not name)."""
        return {
            "Key": self.key,
            "CreditAmount": round(self.credits, 2),
            "EuroCreditAmount": round(self.credits * EURO_PER_CREDIT, 2),
            "CreditLimit": round(self.credit_limit, 2),
            "EuroCreditLimit": round(self.credit_limit * EURO_PER_CREDIT, 2),
            "ContactInfo": self.contact,
            "Email": self.email,
            "MaxConcurrentConnections": self.max_connections,
            "MaxCompositeAreaKm2": self.max_area_km2,
            "MaxTotalBands": self.max_bands,
            "CurrentMonthCosts": round(self.month_costs, 2),
            "NextMonthCosts": round(self.next_month_costs, 2),
            "Plan": "emulator",
        }


DEMO_KEY = "demo-key"
BUILTIN_KEYS = {
    DEMO_KEY: ApiKey(DEMO_KEY, 10000.0, 10000.0, 4, 1000.0, 20, email="demo@example.com"),
    "poor-key": ApiKey("poor-key", 2.0, 100.0, 2, 1000.0, 20, email="poor@example.com"),
    "single-key": ApiKey("single-key", 10000.0, 10000.0, 1, 1000.0, 20, email="single@example.com"),
    "small-key": ApiKey("small-key", 10000.0, 10000.0, 2, 25.0, 4, email="small@example.com"),
}


class KeyStore:
    """All keys of one emulator run."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, ApiKey] = {}
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._keys = {k: copy.deepcopy(v) for k, v in BUILTIN_KEYS.items()}

    def add(self, account: ApiKey) -> None:
        with self._lock:
            self._keys[account.key] = account

    def valid(self, key: str | None) -> ApiKey | None:
        """The account of a usable key, None when unknown or revoked."""
        with self._lock:
            account = self._keys.get(key) if key else None
            return account if account is not None and not account.revoked else None

    def account(self, key: str) -> ApiKey:
        with self._lock:
            if key not in self._keys:
                raise KeyError(f"unknown key {key!r}")
            return self._keys[key]

    def revoke(self, key: str) -> None:
        with self._lock:
            if key in self._keys:
                self._keys[key].revoked = True

    def acquire(self, account: ApiKey) -> bool:
        """Count one more in-flight request, unless the key is at its connection limit."""
        with self._lock:
            if account.active >= account.max_connections:
                return False
            account.active += 1
            return True

    def release(self, account: ApiKey) -> None:
        with self._lock:
            account.active = max(0, account.active - 1)

    def try_charge(self, account: ApiKey, amount: float) -> bool:
        """Charge now if the credits suffice (used where payment precedes delivery)."""
        with self._lock:
            if account.credits + 1e-9 < amount:
                return False
            account.credits -= amount
            account.month_costs += amount
            return True

    def charge(self, account: ApiKey, amount: float) -> None:
        """Charge after a delivery, even if parallel downloads overdrew the account meanwhile."""
        with self._lock:
            account.credits -= amount
            account.month_costs += amount

    def set_credits(self, key: str, amount: float) -> None:
        with self._lock:
            self._keys[key].credits = float(amount)

    def snapshot(self) -> dict:
        with self._lock:
            out = {}
            for key, acc in self._keys.items():
                data = asdict(acc)
                data["purchased_images"] = sorted(acc.purchased_images)
                out[key] = data
            return out

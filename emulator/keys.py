"""API keys: processing units, euros, limits, revocation, in-flight request counting."""

from __future__ import annotations

import copy
import threading
import uuid
from dataclasses import asdict, dataclass


@dataclass
class ApiKey:
    """One key's account and limits: processing units (PU) and a euro balance."""

    key: str
    units: float
    unit_limit: float
    max_connections: int
    max_area_km2: float
    max_bands: int
    email: str | None = None
    euros: float = 1000.0
    euro_overdraft_limit: float = 0.0
    euro_balance_cap: float = 100000.0
    demo_order: bool = True
    contact: str = "Emulator account"
    revoked: bool = False
    month_costs: float = 0.0  # euros charged for orders during this run
    month_units: float = 0.0  # processing units charged during this run
    active: int = 0

    @property
    def credits(self) -> float:  # the 2024 name of the processing units
        return self.units

    @property
    def tenant(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/tenant/{self.key}"))

    def account_info(self) -> dict:
        """GET /api/account/info (balance names are an assumption: not in the record)."""
        return {
            "TenantId": self.tenant,
            "MaxConcurrentConnections": self.max_connections,
            "MaxCompositeAreaKm2": self.max_area_km2,
            "MaxTotalBands": self.max_bands,
            "EuroOverdraftLimit": self.euro_overdraft_limit,
            "EuroBalanceCap": self.euro_balance_cap,
            "ProcessingUnits": round(self.units, 2),
            "EuroBalance": round(self.euros, 2),
        }

    def apikey_info(self, next_month: float) -> dict:
        """The 2024 GET /api/apikey/info shape (only when switched on)."""
        return {
            "Key": self.key,
            "CreditAmount": round(self.units, 2),
            "EuroCreditAmount": round(self.euros, 2),
            "CreditLimit": round(self.unit_limit, 2),
            "EuroCreditLimit": round(self.euro_overdraft_limit, 2),
            "ContactInfo": self.contact,
            "Email": self.email,
            "MaxConcurrentConnections": self.max_connections,
            "MaxCompositeAreaKm2": self.max_area_km2,
            "MaxTotalBands": self.max_bands,
            "CurrentMonthCosts": round(self.month_costs, 2),
            "NextMonthCosts": round(next_month, 2),
        }


DEMO_KEY = "demo-key"
BUILTIN_KEYS = {
    DEMO_KEY: ApiKey(DEMO_KEY, 10000.0, 10000.0, 4, 1000.0, 20, email="demo@example.com"),
    "poor-key": ApiKey("poor-key", 1.0, 1.0, 2, 1000.0, 20, email="poor@example.com", euros=1.0),
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

    def try_charge_units(self, account: ApiKey, amount: float) -> bool:
        """Charge processing units now if they suffice (994 otherwise)."""
        with self._lock:
            if account.units + 1e-9 < amount:
                return False
            account.units -= amount
            account.month_units += amount
            return True

    def charge_units(self, account: ApiKey, amount: float) -> None:
        """Charge after a delivery, even if parallel downloads overdrew the account meanwhile."""
        with self._lock:
            account.units -= amount
            account.month_units += amount

    def try_charge_euros(self, account: ApiKey, amount: float) -> bool:
        """Charge an order: the balance may go down to minus the overdraft limit (1007 beyond)."""
        with self._lock:
            if account.euros + account.euro_overdraft_limit + 1e-9 < amount:
                return False
            account.euros -= amount
            account.month_costs += amount
            return True

    def refund_euros(self, account: ApiKey, amount: float) -> None:
        with self._lock:
            account.euros += amount
            account.month_costs -= amount

    def set_units(self, key: str, amount: float) -> None:
        with self._lock:
            self._keys[key].units = float(amount)

    def set_euros(self, key: str, amount: float) -> None:
        with self._lock:
            self._keys[key].euros = float(amount)

    def names(self) -> list[str]:
        with self._lock:
            return list(self._keys)

    def snapshot(self) -> dict:
        with self._lock:
            return {key: asdict(acc) for key, acc in self._keys.items()}

"""Fixtures shared by both suites: the API emulator on 127.0.0.1 and clients talking to it."""

from __future__ import annotations

import itertools

import pytest
import tiny_disks
from world import TODAY

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.transport import NetworkOptions, RetryPolicy

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=1.5)
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def emulator():
    """The API emulator on 127.0.0.1 with small (256 px) tiles and 'today' pinned."""
    from emulator import Emulator

    with Emulator(tile_size=256, today=TODAY.isoformat()) as emu:
        yield emu


@pytest.fixture
def new_key(emulator):
    """A fresh key per call, so credits and faults never leak between tests."""

    def make(
        credits=10000,
        max_connections=4,
        max_area_km2=1000,
        max_bands=20,
        demo_order=True,
        euros=1000.0,
        **options,
    ) -> str:
        """credits = processing units; demo_order: the key owns the demo order (as demo-key)."""
        key = f"test-key-{next(_numbers)}"
        emulator.add_key(
            key,
            processing_units=options.pop("processing_units", credits),
            euro_balance=options.pop("euro_balance", euros),
            max_connections=max_connections,
            max_area_km2=max_area_km2,
            max_bands=max_bands,
            demo_order=demo_order,
            **options,
        )
        return key

    return make


@pytest.fixture
def make_client(emulator, new_key):
    def make(key: str | None = None, timeout: float = 10.0, **limits) -> ClearSkyClient:
        network = NetworkOptions(timeout=timeout, download_timeout=timeout)
        return ClearSkyClient(emulator.url, key or new_key(**limits), network, FAST_RETRY)

    return make


@pytest.fixture
def client(make_client) -> ClearSkyClient:
    return make_client()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "mounts: mounts a small tmpfs; runs in a namespace of its own when not root"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """A test marked ``mounts`` runs again in a user and mount namespace of its own when this
    process may not mount (tiny_disks.run_in_own_namespace); the result is that run's."""
    if pyfuncitem.get_closest_marker("mounts") is None or tiny_disks.can_mount():
        return None
    tiny_disks.run_in_own_namespace(pyfuncitem)
    return True

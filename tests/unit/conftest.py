"""Fixtures for the emulator's own tests: the session emulator (tests/conftest.py), reset."""

from __future__ import annotations

import pytest
import requests


class EmulatorClient:
    """Plain HTTP calls to the emulator with a key (tests of the emulator itself)."""

    def __init__(self, url: str, key: str | None = "demo-key"):
        self.url = url
        self.key = key

    def headers(self, key: str | None = "", **extra) -> dict:
        key = self.key if key == "" else key
        return {**({"X-API-KEY": key} if key else {}), **extra}

    def get(self, path: str, key: str | None = "", **kwargs) -> requests.Response:
        headers = self.headers(key, **kwargs.pop("headers", {}))
        return requests.get(self.url + path, headers=headers, timeout=60, **kwargs)

    def post(self, path: str, body=None, key: str | None = "", **kwargs) -> requests.Response:
        headers = self.headers(key, **kwargs.pop("headers", {}))
        kwargs.setdefault("timeout", 60)
        return requests.post(self.url + path, json=body, headers=headers, **kwargs)


@pytest.fixture
def emu(emulator):
    """The session emulator with keys, credits, faults, orders and log reset."""
    emulator.reset()
    return emulator


@pytest.fixture
def api(emu):
    """An HTTP client for the reset emulator, sending the demo key."""
    return EmulatorClient(emu.url)

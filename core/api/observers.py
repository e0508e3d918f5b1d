"""Who watches the plugin's requests (QGIS's Network Logger feed, set by core/qgs/network.py).

Kept apart from config and transport so that installing a watcher at start-up imports no HTTP
library: the plugin starts lazily.
"""

from __future__ import annotations

from typing import Any

_OBSERVER: list[Any] = []


def set_request_observer(observer: Any) -> None:
    """The observer every ``config.network_options()`` from now on carries (None: none)."""
    _OBSERVER[:] = [observer] if observer is not None else []


def request_observer() -> Any:
    """The current observer (a ``transport.RequestObserver``), or None."""
    return _OBSERVER[0] if _OBSERVER else None

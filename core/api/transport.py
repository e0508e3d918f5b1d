"""The one place that sends requests and reads answers.

Requests go through ``requests``, configured from QGIS's network settings: proxy with its
credentials and exclusions, timeout, the CA certificates QGIS trusts and the per-server SSL
exceptions of its authentication store (``config.network_options``). ``requests`` was chosen
over QgsNetworkAccessManager by measurement: on loopback it streams a 200 MB tile at
0.95x-1.3x curl's speed, QgsNetworkAccessManager read from Python at 0.5x-0.9x (bounded
read buffer: 0.5x-0.8x), and it keeps the connection-level cancel below. Every exchange is
reported to ``NetworkOptions.observer``, which in QGIS shows it in the Network Logger
(``core/qgs/network.py``). The ``{Succeeded, Error, Data}`` envelope is unwrapped here and
every failure becomes one of the exceptions in ``errors``. The API key travels only in the
``X-API-KEY`` header: never in a URL, a log line or an exception text.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from . import errors
from .errors import ORDER_HINT, SETTINGS_HINT
from .i18n import noop, tr
from .version import user_agent

LOG = logging.getLogger("clearsky_vision")
CancelCheck = Callable[[], bool]


class RequestObserver(Protocol):
    """Sees every HTTP exchange (in QGIS: the Network Logger). Never sees the API key."""

    def started(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Any:
        """A request is about to be sent; returns a token for ``finished``."""

    def finished(
        self, token: Any, status: int | None, headers: dict[str, str], error: str | None
    ) -> None:
        """Its answer's head arrived (``status``), or it failed (``error``)."""


@dataclass(frozen=True)
class NetworkOptions:
    """Transport settings; ``config.network_options()`` fills them from QGIS."""

    timeout: float = 60.0
    download_timeout: float = 300.0
    proxies: dict[str, str] | None = None  # may hold the proxy's user and password
    verify: bool | str = True  # True, or the path of a CA bundle (QGIS's trusted CAs)
    trust_env: bool = True
    excluded: tuple[str, ...] = ()  # URL prefixes that bypass the proxy
    # SSL exceptions from QGIS's authentication store: ("host:port", SHA-256 of the one
    # certificate accepted there without verification).
    pinned: tuple[tuple[str, str], ...] = ()
    observer: RequestObserver | None = field(default=None, compare=False)

    def __repr__(self) -> str:  # never show the proxy's password
        proxies = {k: hide_password(v) for k, v in (self.proxies or {}).items()}
        return (
            f"NetworkOptions(timeout={self.timeout!r}, download_timeout={self.download_timeout!r}"
            f", proxies={proxies or None!r}, verify={self.verify!r}, trust_env={self.trust_env!r}"
            f", excluded={self.excluded!r}, pinned={self.pinned!r})"
        )

    def proxies_for(self, url: str) -> dict | None:
        """Per-request override: no proxy for excluded URLs (prefixes, as QGIS matches)."""
        if self.proxies and any(url.startswith(prefix) for prefix in self.excluded):
            return {"http": None, "https": None}
        return None


def proxy_url(scheme: str, host: str, port: int, user: str = "", password: str = "") -> str:
    """``scheme://user:password@host:port``, the credentials percent-escaped (``@:/%#``...)."""
    auth = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    return f"{scheme}://{auth}{host}:{port}"


def hide_password(url: str | None) -> str | None:
    """``url`` with the password of its user part replaced by ``***``."""
    if not url or "@" not in url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    return url.replace(f"{user}:{parts.password}@", f"{user}:***@", 1)


def host_port(url: str) -> str:
    """``host:port`` of an https URL (port 443 when not given), as QGIS keys SSL exceptions."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


class RequestKind(Enum):
    """What repeating a request can cost, which decides when it is repeated automatically."""

    FREE = "free"  # metadata, estimates, searches, listings: repeat after any passing fault
    PAID_ONCE = "paid-once"  # composite, tile and minitile downloads (processing units)
    ORDER_CREATE = "order-creating"  # POST /api/tasking/orders (euros)


def server_did_not_act(exc: BaseException) -> bool:
    """True when the failure proves the server did not act on (or charge) the request.

    No connection was made, or the server refused it for load before processing it: 429
    (as the HTTP status or the envelope's code) or 1003 (too many requests in flight).
    A 5xx, a reset, a timeout, a broken or unreadable body prove nothing.
    """
    if getattr(exc, "not_sent", False):
        return True
    if getattr(exc, "code", None) in (429, 1003):
        return True
    return getattr(exc, "status", None) == 429


def may_have_charged(exc: BaseException) -> bool:
    """True when a paid request that failed with ``exc`` may still have been charged.

    Not for a cancel, a check before sending (``InputError``), a failure that proves the
    server did not act, or a 4xx refusal (the contract: failed 4xx requests are not charged).
    """
    if isinstance(exc, (errors.CancelledError, errors.InputError)):
        return False
    if not isinstance(exc, errors.ClearSkyError) or server_did_not_act(exc):
        return False
    status = getattr(exc, "status", None)
    refused = isinstance(exc, errors.ApiError) and isinstance(status, int) and status < 500
    return not (refused and status >= 400)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in attempts and in each wait."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    statuses: frozenset[int] = field(default_factory=lambda: frozenset({429, 500, 502, 503, 504}))

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


class ConnectionLimiter:
    """Caps simultaneous requests per key at the key's MaxConcurrentConnections.

    ``limit`` is what the key allows; ``effective`` is what is used now: halved after the
    server says too many (1003, 429) and raised by one again after a run of successes.
    """

    _registry: dict[tuple[str, int], ConnectionLimiter] = {}
    _registry_lock = threading.Lock()
    RECOVER_AFTER = 4  # successes in a row before one more connection is allowed again

    def __init__(self, limit: int = 2) -> None:
        self.limit = limit
        self.effective = limit
        self.active = 0
        self._successes = 0
        self._cond = threading.Condition()

    @classmethod
    def for_key(cls, base_url: str, api_key: str) -> ConnectionLimiter:
        # Shared by every client of the same key in this process (dock, tasks, Processing).
        ident = (base_url.rstrip("/"), hash(api_key))
        with cls._registry_lock:
            return cls._registry.setdefault(ident, cls())

    def set_limit(self, limit: int) -> None:
        with self._cond:
            limit = max(1, int(limit))
            # A new limit applies at once; the same limit again keeps any throttling.
            if limit != self.limit:
                self.limit = self.effective = limit
                self._successes = 0
            self._cond.notify_all()

    def throttle(self) -> None:
        """The server refused for too many requests: fewer in flight from now on."""
        with self._cond:
            self.effective = max(1, min(self.effective, self.active or self.effective) // 2)
            self._successes = 0

    def succeeded(self) -> None:
        """One request went through: after a run of them, allow one more again."""
        with self._cond:
            if self.effective >= self.limit:
                return
            self._successes += 1
            if self._successes >= self.RECOVER_AFTER:
                self.effective += 1
                self._successes = 0
                self._cond.notify_all()

    @contextmanager
    def slot(self, is_cancelled: CancelCheck | None = None) -> Iterator[None]:
        with self._cond:
            while self.active >= min(self.limit, self.effective):
                if is_cancelled and is_cancelled():
                    raise errors.CancelledError()
                self._cond.wait(0.2)
            self.active += 1
        try:
            yield
        finally:
            with self._cond:
                self.active -= 1
                self._cond.notify()


class Transport:
    """Sends one logical request with retries, holding a connection slot while it runs."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        network: NetworkOptions | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._key = api_key
        self.network = network or NetworkOptions()
        self.retry = retry or RetryPolicy()
        self.limiter = ConnectionLimiter.for_key(self.base_url, api_key)
        self._local = threading.local()

    def __repr__(self) -> str:  # never show the key
        return f"Transport({self.base_url!r})"

    def session(self) -> requests.Session:
        # requests.Session is not thread-safe: one per thread (tasks run on worker threads).
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            for prefix in ("http://", "https://"):
                session.mount(prefix, _TrackingAdapter(dict(self.network.pinned)))
            session.trust_env = self.network.trust_env
            if self.network.proxies:
                session.proxies.update(self.network.proxies)
            session.verify = self.network.verify
            session.headers["User-Agent"] = user_agent()
            self._local.session = session
        return session

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        params: dict | None = None,
        retry_when: Callable[[errors.ClearSkyError], bool] | None = None,
        kind: RequestKind = RequestKind.FREE,
    ) -> Any:
        """A JSON endpoint: returns the envelope's ``Data``.

        ``kind`` decides which failures are tried again (see ``RequestKind``); ``retry_when``
        narrows that further.
        """

        def attempt() -> Any:
            response = self._send(method, path, body, params, stream=False)
            return unwrap(response, self._key)

        return self.with_retries(attempt, retry_when=retry_when, kind=kind)

    def with_retries(
        self,
        attempt: Callable[[], Any],
        is_cancelled: CancelCheck | None = None,
        retry_when: Callable[[errors.ClearSkyError], bool] | None = None,
        kind: RequestKind = RequestKind.FREE,
        paid_repeats: int = 0,
    ):
        """Run ``attempt`` until it succeeds or fails for good, backing off between tries.

        A free request is tried again after any passing fault. A paid or order-creating one
        only after a failure that proves the server did not act on it (``server_did_not_act``),
        except that a paid one may be repeated ``paid_repeats`` times more when the user has
        chosen so (each repeat may be charged again).
        """
        for number in range(self.retry.attempts):
            try:
                with self.limiter.slot(is_cancelled), cancel_closes_connection(is_cancelled):
                    result = attempt()
                self.limiter.succeeded()
                return result
            except Exception as exc:
                if is_cancelled and is_cancelled():  # whatever broke, the cancel broke it
                    raise errors.CancelledError() from None
                if not isinstance(exc, errors.ClearSkyError):
                    raise
                if getattr(exc, "code", None) in (1003, 429) or getattr(exc, "status", 0) == 429:
                    self.limiter.throttle()
                again = self._may_repeat(exc, kind, paid_repeats)
                if not again or (retry_when and not retry_when(exc)):
                    raise
                if number == self.retry.attempts - 1:
                    raise
                if again == "paid":
                    paid_repeats -= 1
                    LOG.warning("Repeating a paid request (it may be charged again) after: %s", exc)
                wait = self.retry.delay(number, getattr(exc, "retry_after", None))
                LOG.info("Retrying in %.1f s after: %s", wait, exc)
                _sleep(wait, is_cancelled)
        raise AssertionError("unreachable")  # i18n: ignore

    def _may_repeat(self, exc: errors.ClearSkyError, kind: RequestKind, paid_repeats: int) -> str:
        """Whether to try again: "" (no), "free" (the server did not act, or the request
        costs nothing) or "paid" (a repeat the user chose, which may be charged again)."""
        if server_did_not_act(exc):
            return "free"
        if not self._retryable(exc):
            return ""
        if kind is RequestKind.FREE:
            return "free"
        if kind is RequestKind.PAID_ONCE and paid_repeats > 0:
            return "paid"
        return ""

    def _retryable(self, exc: errors.ClearSkyError) -> bool:
        if not exc.retryable:
            return False
        if isinstance(exc, errors.ConcurrencyLimitError):  # 1003 comes as HTTP 400
            return True
        status = getattr(exc, "status", None)
        return status is None or status in self.retry.statuses

    def open_stream(self, method: str, path_or_url: str, body: Any = None, with_key=True):
        """A file endpoint: the response, status checked, body not yet read."""
        response = self._send(method, path_or_url, body, None, stream=True, with_key=with_key)
        if response.status_code != 200 or not _is_file(response):
            with response:
                unwrap(response, self._key)  # raises the mapped error
            raise errors.ResponseFormatError(
                tr("The server answered {status} without a file.").format(
                    status=response.status_code
                ),
                status=response.status_code,
            )
        return response

    def _send(self, method, path_or_url, body, params, stream, with_key=True):
        """One HTTP exchange, reported to the network observer (QGIS's Network Logger)."""
        observer = self.network.observer
        if observer is None:
            return self._exchange(method, path_or_url, body, params, stream, with_key)
        url = path_or_url if "://" in path_or_url else f"{self.base_url}{path_or_url}"
        prepared = requests.models.PreparedRequest()
        prepared.prepare_url(url, params)
        shown = {"Content-Type": "application/json"} if body is not None else {}
        if with_key:
            shown["X-API-KEY"] = "***"  # the logger can copy a request as cURL: no key
        payload = json.dumps(body).encode() if body is not None else b""
        token = _observed(observer.started, method, prepared.url or url, shown, payload)
        try:
            response = self._exchange(method, path_or_url, body, params, stream, with_key)
        except Exception as exc:
            _observed(observer.finished, token, None, {}, str(exc) or type(exc).__name__)
            raise
        _observed(observer.finished, token, response.status_code, dict(response.headers), None)
        return response

    def _exchange(self, method, path_or_url, body, params, stream, with_key=True):
        url = path_or_url if "://" in path_or_url else f"{self.base_url}{path_or_url}"
        # No keep-alive: idle pooled connections would count against the key's
        # MaxConcurrentConnections on a server that counts sockets, not requests.
        headers = {"Accept": "application/json, application/octet-stream", "Connection": "close"}
        if stream:  # files arrive as they are, so Content-Length is their exact size
            headers["Accept-Encoding"] = "identity"
        if with_key:
            headers["X-API-KEY"] = self._key
        timeout = (
            self.network.timeout,
            self.network.download_timeout if stream else self.network.timeout,
        )
        started = time.monotonic()
        try:
            response = self.session().request(
                method,
                url,
                json=body,
                params=params,
                headers=headers,
                timeout=timeout,
                stream=stream,
                proxies=self.network.proxies_for(url),
                # Per request: requests lets REQUESTS_CA_BUNDLE override the session's.
                verify=self.network.verify,
            )
        except requests.Timeout as exc:
            if isinstance(exc, requests.ConnectTimeout):
                error = _not_sent(errors.RequestTimeoutError(timeout_message(timeout[0])))
                raise error from clean_cause(exc)
            raise errors.RequestTimeoutError(timeout_message(timeout[1])) from clean_cause(exc)
        except requests.exceptions.SSLError as exc:
            raise errors.NetworkError(
                tr(
                    "The server's TLS certificate could not be verified: check the base URL and "
                    "QGIS's certificate settings (Settings > Options > Authentication)."
                )
            ) from clean_cause(exc)
        except requests.RequestException as exc:
            if isinstance(exc, requests.exceptions.ProxyError) and "407" in str(exc):
                # An https request: the proxy refused the tunnel, the server saw nothing.
                raise proxy_refused() from clean_cause(exc)
            if _never_sent(exc):
                raise _not_sent(errors.NetworkError(unreachable_message(self.base_url))) from (
                    clean_cause(exc)
                )
            if "aborted" in str(exc) or "reset" in str(exc).lower():
                raise errors.NetworkError(
                    tr(
                        "The connection to {url} broke before an answer arrived: check "
                        "your connection or try again later."
                    ).format(url=self.base_url)
                ) from clean_cause(exc)
            raise errors.NetworkError(unreachable_message(self.base_url)) from clean_cause(exc)
        except OSError as exc:  # requests' own checks, e.g. a CA bundle path that does not exist
            raise errors.InputError(
                tr(
                    "The secure connection could not be set up ({reason}): check "
                    "REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and SSL_CERT_FILE in the environment, "
                    "or unset them."
                ).format(reason=exc)
            ) from None
        if response.status_code == 407:  # an http request: the proxy answered in the server's place
            response.close()
            raise proxy_refused()
        LOG.debug(
            "%s %s -> %s in %.2f s",
            method,
            _loggable(path_or_url),
            response.status_code,
            time.monotonic() - started,
        )
        return response


def _observed(report: Callable, *args) -> Any:
    """Call the observer; a broken observer must never break a request."""
    try:
        return report(*args)
    except Exception:
        LOG.debug("The network observer failed", exc_info=True)
        return None


def _never_sent(exc: Exception) -> bool:
    """True when the connection was never made, so the server cannot have acted."""
    if isinstance(exc, requests.exceptions.ProxyError):
        return False
    seen: Any = exc
    for _ in range(10):  # the chain is short; the bound guards against cycles
        if not isinstance(seen, BaseException):
            break
        if isinstance(seen, (urllib3.exceptions.NewConnectionError, ConnectionRefusedError)):
            return True
        seen = seen.__cause__ or seen.__context__ or getattr(seen, "reason", None)
    return "NewConnectionError" in str(exc) or "Connection refused" in str(exc)


def _not_sent(error: errors.NetworkError) -> errors.NetworkError:
    error.not_sent = True  # type: ignore[attr-defined]
    return error


def _is_file(response: requests.Response) -> bool:
    """A file body, not an API answer or a web page (proxies and portals send 200 pages)."""
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return not (kind.startswith("text/") or kind == "application/json" or kind.endswith("+json"))


# Cancelling a download ------------------------------------------------------------------
# A download can wait minutes for its first byte while the server processes. A cancel then
# shuts the connection down at once: the wait ends, and a server that charges on delivery
# cannot complete (and charge) a file nobody will keep.

_IN_USE: dict[int, Any] = {}  # watched thread id -> the urllib3 connection it took last


class _TrackedPool:
    """Mixin for urllib3 connection pools: remembers the connection a watched thread took."""

    def _get_conn(self, timeout=None):
        connection = super()._get_conn(timeout)  # type: ignore[misc]
        if threading.get_ident() in _IN_USE:
            _IN_USE[threading.get_ident()] = connection
        return connection


_TRACKED: dict[type, type] = {}


def _track(manager):
    """Let ``manager``'s pools remember their connections; a no-op where urllib3 differs."""
    classes = getattr(manager, "pool_classes_by_scheme", None)
    if isinstance(classes, dict):
        manager.pool_classes_by_scheme = {
            scheme: pool if issubclass(pool, _TrackedPool) else _tracked(pool)
            for scheme, pool in classes.items()
        }
    return manager


def _tracked(pool: type) -> type:
    if pool not in _TRACKED:
        _TRACKED[pool] = type(f"Tracked{pool.__name__}", (_TrackedPool, pool), {})
    return _TRACKED[pool]


class _TrackingAdapter(HTTPAdapter):
    """Tracks connections for cancel; applies QGIS's per-server SSL exceptions."""

    def __init__(self, pinned: dict[str, str] | None = None) -> None:
        self.pinned = pinned or {}
        super().__init__()

    def cert_verify(self, conn, url, verify, cert) -> None:
        # A server with an SSL exception in QGIS: accept exactly the certificate stored
        # there (its SHA-256 fingerprint), whatever else verification would say.
        fingerprint = self.pinned.get(host_port(url)) if url.lower().startswith("https") else None
        super().cert_verify(conn, url, False if fingerprint else verify, cert)
        if fingerprint:
            conn.assert_fingerprint = fingerprint

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        _track(self.poolmanager)

    def proxy_manager_for(self, proxy, **kwargs):
        return _track(super().proxy_manager_for(proxy, **kwargs))


@contextmanager
def cancel_closes_connection(is_cancelled: CancelCheck | None) -> Iterator[None]:
    """While inside, a cancel shuts down this thread's connection, so no read waits on."""
    if is_cancelled is None:
        yield
        return
    caller = threading.get_ident()
    _IN_USE[caller] = None
    left = threading.Event()

    def watch() -> None:
        while not left.wait(0.1):
            if is_cancelled():
                # Again at every tick: the request may open its connection only now.
                sock = getattr(_IN_USE.get(caller), "sock", None)
                if sock is not None:
                    with contextlib.suppress(OSError):
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)

    watcher = threading.Thread(target=watch, name="clearsky-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        left.set()
        watcher.join()
        _IN_USE.pop(caller, None)


def timeout_message(seconds: float) -> str:
    return tr(
        "The server did not answer within {seconds:g} s. Try again later, or raise the "
        "timeout in Settings > Options > Network."
    ).format(seconds=seconds)


def proxy_refused() -> errors.InputError:
    """The proxy wants other credentials (407): a settings problem. The server never saw the
    request, and trying again with the same credentials cannot help."""
    return errors.InputError(
        tr(
            "The proxy asked for a user name and password (407) and did not accept the ones "
            "given: enter them in Settings > Options > Network (Proxy)."
        )
    )


def unreachable_message(base_url: str) -> str:
    return tr(
        "Could not connect to {url}: check your internet connection, the proxy in "
        "Settings > Options > Network, and the base URL in {settings}."
    ).format(url=base_url, settings=tr(SETTINGS_HINT))


def _loggable(path_or_url: str) -> str:
    # Pre-signed URLs carry their signature in the query: log the path only.
    return path_or_url.split("?", 1)[0]


def clean_cause(exc: Exception) -> Exception:
    """The cause for diagnostics, its text cut before any query string (pre-signed URLs)."""
    return RuntimeError(f"{type(exc).__name__}: {_loggable(str(exc))}")


def _sleep(seconds: float, is_cancelled: CancelCheck | None) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if is_cancelled and is_cancelled():
            raise errors.CancelledError()
        time.sleep(min(left, 0.1))


def unwrap(response: requests.Response, api_key: str = "") -> Any:
    """``Data`` of a successful envelope, or the matching ``ClearSkyError``."""
    status = response.status_code
    if status in (401, 403):
        raise errors.KeyRefusedError(
            tr(
                "Your API key was refused ({status}): check it in {settings} (it may be "
                "wrong, revoked or expired, or lack the right for this call)."
            ).format(status=status, settings=tr(SETTINGS_HINT)),
            status,
            status,
        )
    retry_after = _retry_after(response)
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and api_key:  # a server may echo the key anywhere
        body = _scrub(body, api_key)
    envelope = _envelope(body)
    if envelope is None:
        problem = _problem_details(body) if status < 500 and status not in (404, 429) else None
        if problem is not None:
            raise problem
        _raise_for_non_envelope(response, retry_after)
    succeeded, error, data = envelope
    if succeeded and status < 400:
        return data
    error = error if isinstance(error, dict) else {}
    message = str(_field(error, "Message") or "").strip()
    code = _int_or_none(_field(error, "Code"))
    if not message and not succeeded and status < 400:
        message = tr("the answer said Succeeded: false")
    raise _mapped_error(status, code, message, data, retry_after)


def _field(record: Any, name: str, default: Any = None) -> Any:
    """``record[name]`` in either casing (PascalCase or camelCase or any other)."""
    if not isinstance(record, dict):
        return default
    if name in record:
        return record[name]
    lowered = name.lower()
    for key, value in record.items():
        if isinstance(key, str) and key.lower() == lowered:
            return value
    return default


def _envelope(body: Any) -> tuple[bool, Any, Any] | None:
    if not isinstance(body, dict):
        return None
    succeeded = _field(body, "Succeeded", _MISSING)
    if succeeded is _MISSING:
        return None
    return bool(succeeded), _field(body, "Error"), _field(body, "Data")


_MISSING = object()


def _problem_details(body: Any) -> errors.ValidationError | None:
    """The ASP.NET ProblemDetails form (``title``/``errors``/``traceId``), treated as 992."""
    if not isinstance(body, dict):
        return None
    if not any(_field(body, name) is not None for name in ("errors", "traceId", "title")):
        return None
    issues = _issues(_field(body, "errors"))
    title = str(_field(body, "title") or _field(body, "message") or "").strip()
    status = _int_or_none(_field(body, "status")) or 400
    return _validation_error(title, issues, None, status)


def _issues(data: Any) -> dict[str, list[str]]:
    if not isinstance(data, dict):
        return {}
    issues = {}
    for name, messages in data.items():
        if isinstance(messages, list):
            issues[str(name)] = [str(m) for m in messages]
        elif isinstance(messages, str):
            issues[str(name)] = [messages]
    return issues


def _validation_error(message, issues, code, status) -> errors.ValidationError:
    said = (message or tr("One or more validation errors occurred.")).rstrip(". ")
    label = _code_label(code) if code is not None else f"HTTP {status}"
    if issues:
        lines = "; ".join(f"{k}: {' '.join(v)}" for k, v in issues.items())
        text = tr("The server rejected the request: {issues} ({said}; {label}).").format(
            issues=lines, said=said, label=label
        )
    else:
        text = tr(
            "The server rejected the request ({label}): {said}. Check the request's settings."
        ).format(label=label, said=said)
    return errors.ValidationError(text, issues, code, status)


def _code_label(code: int | None) -> str:
    return tr("code {code}").format(code=code)


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None or isinstance(value, bool) else int(value)
    except (TypeError, ValueError):
        return None


def _raise_for_non_envelope(response: requests.Response, retry_after: float | None):
    status = response.status_code
    if status in (429, 503):
        raise errors.RateLimitedError(_busy_message(), retry_after, status)
    if status >= 500:
        raise errors.ServerError(_server_message(status), status=status, code=status)
    if status == 404:
        raise errors.NotFoundError(_not_found_message(""), status=404)
    kind = response.headers.get("Content-Type", "").split(";")[0] or tr("unknown content")
    what = tr("a web page") if "html" in kind else tr("unreadable data ({kind})").format(kind=kind)
    raise errors.ResponseFormatError(
        tr(
            "The server sent {what} instead of an API answer (HTTP {status}). A proxy, firewall "
            "or captive portal may be in the way, or the base URL in {settings} is wrong."
        ).format(what=what, status=status, settings=tr(SETTINGS_HINT)),
        status=status,
    )


# The documented Error.Code table (contract section 4.2): code -> (error, message). The
# messages are translated when raised; {detail} is the server's, {order_hint} ORDER_HINT.
_CODED_ERRORS: dict[int, tuple[type[errors.ApiError], str]] = {
    994: (
        errors.InsufficientUnitsError,
        noop(
            "Not enough processing units for this request ({detail}): top up processing units "
            "in the dashboard, or choose fewer dates, a smaller area, fewer bands or a coarser "
            "resolution."
        ),
    ),
    1002: (
        errors.NoDataError,
        noop(
            "No imagery for this area and date ({detail}): the date may not be produced yet, "
            "its storage may have expired, or only part of the area has it (allow partial "
            "images to get it). Pick another date from the search results."
        ),
    ),
    1003: (
        errors.ConcurrencyLimitError,
        noop(
            "Too many requests at once for your key ({detail}, tried several times with fewer "
            "connections): wait a minute and try again, or download fewer dates at once."
        ),
    ),
    1004: (
        errors.AreaTooLargeError,
        noop(
            "The area is larger than your key allows ({detail}): draw a smaller area or split "
            "it into parts."
        ),
    ),
    1005: (
        errors.TooManyBandsError,
        noop("Too many bands for your key ({detail}): choose fewer bands or index terms."),
    ),
    1006: (
        errors.NotOrderedError,
        noop("This area or date is not covered by one of your orders ({detail}). {order_hint}"),
    ),
}


def _mapped_error(status, code, message, data, retry_after) -> errors.ClearSkyError:
    if message:
        detail = tr("{message} (code {code})").format(message=message, code=code)
    else:
        detail = _code_label(code)
    if code in (992, 993):
        return _validation_error(message, _issues(data), code, status)
    if code in _CODED_ERRORS:
        kind, template = _CODED_ERRORS[code]
        text = tr(template).format(detail=detail, order_hint=tr(ORDER_HINT))
        return kind(text, code, status)
    if status in (429, 502, 503, 504) or code == 429:
        return errors.RateLimitedError(_busy_message(), retry_after, 429 if code == 429 else status)
    issues = _issues(data)
    if issues and status < 500:  # an unknown code with field messages: show them all
        return _validation_error(message, issues, code, status)
    if status >= 500:
        return errors.ServerError(_server_message(status, detail), code, status)
    if status == 404:
        return errors.NotFoundError(_not_found_message(detail), code, status)
    if code is None:
        return errors.ApiError(
            tr("The server refused the request (HTTP {status}): {reason}.").format(
                status=status, reason=message or tr("no reason given")
            ),
            code,
            status,
        )
    return errors.ApiError(
        tr("The server refused the request: {detail}.").format(detail=detail), code, status
    )


def _not_found_message(detail: str) -> str:
    extra = f" ({detail})" if detail else ""
    return tr(
        "The server does not know this address or identifier (404){detail}: check the base "
        "URL in {settings}, and that the order, tile or date still exists."
    ).format(detail=extra, settings=tr(SETTINGS_HINT))


def _busy_message() -> str:
    return tr(
        "The server is busy or limiting requests: wait a minute and try again, or download "
        "fewer dates at once."
    )


def _server_message(status: int, detail: str = "") -> str:
    extra = f": {detail}" if detail else ""
    return tr(
        "The ClearSKY server had an internal error (HTTP {status}){detail}. Try again later."
    ).format(status=status, detail=extra)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _scrub(value: Any, api_key: str) -> Any:
    """``value`` with the key replaced in every string it holds."""
    if isinstance(value, str):
        return value.replace(api_key, "***")
    if isinstance(value, list):
        return [_scrub(item, api_key) for item in value]
    if isinstance(value, dict):
        return {_scrub(k, api_key): _scrub(v, api_key) for k, v in value.items()}
    return value

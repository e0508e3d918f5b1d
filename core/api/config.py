"""Where the base URL, the key, the network settings and the retry policy come from.

Order: explicit argument > environment (``CLEARSKY_API_URL``, ``CLEARSKY_API_KEY``, for
headless runs and qgis_process) > plugin settings (one ``QgsSettings`` group; the key
itself lives encrypted in the QGIS authentication database, settings hold its id).
Timeouts, proxies, trusted CAs and SSL exceptions are QGIS's; ``CLEARSKY_RETRY_MAX_WAIT``
may shorten retry waits. QGIS is imported lazily so this module also works in plain Python.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from urllib.parse import urlparse

from .errors import SETTINGS_HINT, InputError, missing_key
from .i18n import tr
from .observers import request_observer
from .transport import NetworkOptions, RetryPolicy, proxy_url

DEFAULT_BASE_URL = "https://api.clearsky.vision"
SETTINGS_GROUP = "clearsky_vision"
ENV_URL = "CLEARSKY_API_URL"
ENV_BASE_URL = "CLEARSKY_BASE_URL"  # the name the provider's own client reads
ENV_KEY = "CLEARSKY_API_KEY"
ENV_RETRY_WAIT = "CLEARSKY_RETRY_MAX_WAIT"
DOWNLOAD_TIMEOUT_FACTOR = 5  # a file may take a while before its first byte: processing
AUTH_USERNAME = "clearsky-api-key"


@dataclass
class Settings:
    """The plugin's settings, stored under one QgsSettings group."""

    base_url: str = DEFAULT_BASE_URL
    auth_config_id: str = ""
    download_folder: str = str(Path.home() / "ClearSKY")
    default_resolution: int = 10
    default_crs: str = ""  # empty: the project CRS
    default_bands: str = "all"

    @classmethod
    def load(cls) -> Settings:
        from qgis.core import QgsSettings

        store = QgsSettings()
        values = {}
        for item in fields(cls):
            default = getattr(cls, item.name, None)
            value = store.value(f"{SETTINGS_GROUP}/{item.name}", default)
            values[item.name] = type(default)(value) if value is not None else default
        return cls(**values)

    def save(self) -> None:
        from qgis.core import QgsSettings

        store = QgsSettings()
        for name, value in asdict(self).items():
            store.setValue(f"{SETTINGS_GROUP}/{name}", value)


@dataclass(frozen=True)
class Connection:
    base_url: str
    api_key: str

    def __repr__(self) -> str:  # never show the key
        return f"Connection({self.base_url!r})"


def resolve_connection(
    base_url: str | None = None, api_key: str | None = None, settings: Settings | None = None
) -> Connection:
    """Base URL and key by precedence: argument > environment > plugin settings."""
    url = base_url or os.environ.get(ENV_URL) or os.environ.get(ENV_BASE_URL)
    key = api_key or os.environ.get(ENV_KEY)
    if not (url and key):
        settings = settings or _load_settings_if_qgis()
        url = url or (settings.base_url if settings else DEFAULT_BASE_URL)
        if not key and settings and settings.auth_config_id:
            key = read_key(settings.auth_config_id)
    if not key:
        raise missing_key()
    return Connection(check_base_url(url or DEFAULT_BASE_URL), key)


def check_base_url(url: str) -> str:
    """The URL without trailing slash, or an error for anything but http(s)://host."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(tr("The base URL '{url}' is not an http(s) address.").format(url=url))
    return url.strip().rstrip("/")


def insecure_url_warning(url: str) -> str | None:
    """A warning for plain http:// to anything but this machine (the key would travel clear)."""
    parsed = urlparse(url)
    local = parsed.hostname in ("localhost", "127.0.0.1", "::1")
    if parsed.scheme == "http" and not local:
        return tr(
            "The base URL {url} is not encrypted (http://): your API key would be sent in "
            "clear text. Use https:// unless you trust every network in between."
        ).format(url=url)
    return None


def _load_settings_if_qgis() -> Settings | None:
    try:
        return Settings.load()
    except ImportError:
        return None


def read_key(auth_config_id: str) -> str:
    """The API key stored in the QGIS authentication database under ``auth_config_id``."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if not manager.loadAuthenticationConfig(auth_config_id, config, True):
        raise InputError(
            tr(
                "The API key saved in QGIS's authentication database could not be read (is the "
                "master password entered?): check it in {settings}."
            ).format(settings=tr(SETTINGS_HINT))
        )
    if config.method() == "APIHeader":  # QGIS >= 3.24
        values = {k.lower(): v for k, v in config.configMap().items()}
        return values.get("x-api-key", "")
    return config.config("password", "")


def store_key(api_key: str, auth_config_id: str = "") -> str:
    """Save the key encrypted in the QGIS authentication database; returns its config id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if auth_config_id:
        manager.loadAuthenticationConfig(auth_config_id, config, True)
    # Basic exists in every QGIS since 3.0 (APIHeader only from 3.24): the key is the password.
    config.setMethod("Basic")
    config.setName("ClearSKY Vision API key")
    config.setConfig("username", AUTH_USERNAME)
    config.setConfig("password", api_key)
    saved = (
        manager.updateAuthenticationConfig(config)
        if config.id()
        else manager.storeAuthenticationConfig(config)
    )
    if isinstance(saved, tuple):  # PyQGIS returns (ok, config) on some versions
        saved, config = saved[0], saved[-1]
    if not saved or not config.id():
        raise InputError(
            tr(
                "The key could not be saved in QGIS's authentication database: set a master "
                "password in Settings > Options > Authentication and try again."
            )
        )
    return config.id()


def network_options() -> NetworkOptions:
    """Timeout, proxy, trusted CAs and SSL exceptions exactly as QGIS's network stack uses them.

    Proxy: QGIS's (Settings > Options > Network) with its user and password, and its two
    URL lists that bypass it ("no proxy" and "excluded"). TLS: the CA certificates QGIS
    trusts (system, extra file, authentication store) written to a bundle, plus the
    server certificates the user accepted in QGIS's authentication store.
    """
    try:
        from qgis.core import QgsNetworkAccessManager
        from qgis.PyQt.QtNetwork import QNetworkProxy
    except ImportError:
        return NetworkOptions()
    manager = QgsNetworkAccessManager.instance()
    timeout = max(QgsNetworkAccessManager.timeout() / 1000.0, 1.0)
    # Both follow QGIS's one timeout (60 s by default: 300 s for a file's next byte), so the
    # user's setting is the one that applies and the one the timeout message names.
    options: dict = {"timeout": timeout, "download_timeout": timeout * DOWNLOAD_TIMEOUT_FACTOR}
    options["verify"] = _qgis_ca_bundle() or _environment_ca_bundle() or True
    options["pinned"] = _qgis_ssl_exceptions()
    options["observer"] = request_observer()
    proxy = manager.fallbackProxy()
    kinds = {
        QNetworkProxy.ProxyType.HttpProxy: "http",
        QNetworkProxy.ProxyType.HttpCachingProxy: "http",
        QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",
    }
    scheme = kinds.get(proxy.type())
    if scheme and proxy.hostName():
        address = proxy_url(scheme, proxy.hostName(), proxy.port(), proxy.user(), proxy.password())
        excluded = [u.strip() for u in manager.noProxyList() + manager.excludeList() if u.strip()]
        # Explicit proxy: ignore HTTP(S)_PROXY / NO_PROXY from the environment, as QGIS does.
        return NetworkOptions(
            **options,
            proxies={"http": address, "https": address},
            trust_env=False,
            excluded=tuple(excluded),
        )
    return NetworkOptions(**options)


def _environment_ca_bundle() -> str | None:
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE")
    return bundle if bundle and bundle.strip() else None


def _qgis_ca_bundle() -> str | None:
    """A PEM file of every CA QGIS trusts, and only those.

    QGIS's list is the system's CAs, its extra CA file and the CAs of its authentication
    store, less the ones marked untrusted there; REQUESTS_CA_BUNDLE and SSL_CERT_FILE do not
    widen it (QGIS ignores them too). Written once per content, beside the other temporary
    files; None when QGIS has no authentication manager (then the environment's bundle).
    """
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return None
    pem = bytes(manager.trustedCaCertsPemText())
    if not pem.strip():
        return None
    digest = hashlib.sha256(pem).hexdigest()[:16]
    bundle = Path(tempfile.gettempdir()) / f"clearsky-vision-ca-{digest}.pem"
    if not bundle.is_file() or bundle.read_bytes() != pem:
        partial = bundle.with_name(f"{bundle.name}.{uuid.uuid4().hex}.part")
        partial.write_bytes(pem)
        partial.replace(bundle)  # atomic: a reader never sees half a bundle
    return str(bundle)


def _qgis_ssl_exceptions() -> tuple[tuple[str, str], ...]:
    """``(host:port, SHA-256)`` of each server certificate accepted in QGIS's auth store.

    As in QGIS, an exception applies when every error that verifying the stored
    certificate for its host gives is one the user chose to ignore (an expired
    certificate stays refused unless "expired" was ignored too).
    """
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCryptographicHash
    from qgis.PyQt.QtNetwork import QSslCertificate

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return ()
    pinned = []
    for config in manager.sslCertCustomConfigs():
        certificate, host = config.sslCertificate(), config.sslHostPort().strip().lower()
        ignored = set(config.sslIgnoredErrorEnums())
        if certificate.isNull() or not host or not ignored:
            continue
        name = host.rsplit(":", 1)[0]
        found = {error.error() for error in QSslCertificate.verify([certificate], name)}
        if found <= ignored:
            digest = bytes(certificate.digest(QCryptographicHash.Algorithm.Sha256)).hex()
            pinned.append((host if ":" in host else f"{host}:443", digest))
    return tuple(pinned)


def retry_policy() -> RetryPolicy:
    """The retry policy; ``CLEARSKY_RETRY_MAX_WAIT`` (seconds) caps each wait between tries.

    For headless runs that must fail fast (and tests): the number of tries stays the same,
    and a server's longer Retry-After is cut to the cap.
    """
    try:
        cap = float(os.environ.get(ENV_RETRY_WAIT, ""))
    except ValueError:
        return RetryPolicy()
    return RetryPolicy(max_delay=max(cap, 0.0)) if math.isfinite(cap) else RetryPolicy()


# Which key is in use ----------------------------------------------------------------------


@dataclass(frozen=True)
class KeySource:
    """Where the key the plugin uses comes from, in words a user can check (never the key)."""

    origin: str  # "environment", "settings" or "none"
    text: str
    overrides_saved_key: bool = False


def key_source(settings: Settings | None = None) -> KeySource:
    """Which key ``resolve_connection`` would use and where it came from.

    An environment key wins over the one saved in Settings; the text says so, because a key
    left in the environment would otherwise silently replace the one the user typed.
    """
    settings = settings or _load_settings_if_qgis()
    saved = bool(settings and settings.auth_config_id)
    key = os.environ.get(ENV_KEY)
    if key:
        if saved:
            text = tr(
                "From the environment variable {variable} (ending …{end}); it replaces the key "
                "saved in Settings. Unset {variable} and restart QGIS to use the saved key."
            )
        else:
            text = tr("From the environment variable {variable} (ending …{end}).")
        return KeySource("environment", text.format(variable=ENV_KEY, end=key[-4:]), saved)
    if saved:
        return KeySource(
            "settings",
            tr("Saved in Settings (QGIS authentication database, configuration {config}).").format(
                config=settings.auth_config_id
            ),
        )
    return KeySource(
        "none", tr("No key yet: enter yours in {settings}.").format(settings=tr(SETTINGS_HINT))
    )

"""The client honours QGIS's network settings, proven against real servers on 127.0.0.1:
a forward proxy asking for Basic credentials, TLS servers with a throw-away CA and with a
self-signed certificate accepted in QGIS's authentication store, and the Network Logger's
signals. Nothing of the client is patched."""

from __future__ import annotations

import json
import threading

import pytest
from fault_servers import ForwardProxy, TlsServer, make_ca, make_server_certificate
from qgis.core import (
    QgsApplication,
    QgsAuthCertUtils,
    QgsAuthConfigSslServer,
    QgsNetworkAccessManager,
    QgsNetworkReplyContent,
    QgsNetworkRequestParameters,
    QgsSettings,
)
from qgis.PyQt.QtNetwork import QNetworkRequest, QSslCertificate, QSslError
from world import DEMO_AOI, JUNE

from clearsky_vision.core.api.bands import BandList
from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.config import network_options
from clearsky_vision.core.api.errors import InputError, NetworkError
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.transport import RetryPolicy
from clearsky_vision.core.qgs import network

USER, PASSWORD = "map user", "p@ss:w/rd%#?"  # every character a URL would misread
ONCE = RetryPolicy(attempts=1)
PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyUser", "proxyPassword")


@pytest.fixture
def qgis_proxy(qgis_app):
    """Sets QGIS's proxy (Settings > Options > Network) to a local forward proxy."""
    settings = QgsSettings()
    started: list[ForwardProxy] = []

    def apply(credentials=None, user="", password="", excluded=(), no_proxy=()) -> ForwardProxy:
        proxy = ForwardProxy(credentials)
        started.append(proxy)
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "127.0.0.1")
        settings.setValue("proxy/proxyPort", str(proxy.port))
        settings.setValue("proxy/proxyUser", user)
        settings.setValue("proxy/proxyPassword", password)
        settings.setValue("proxy/proxyExcludedUrls", list(excluded))
        settings.setValue("proxy/noProxyUrls", list(no_proxy))
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
        return proxy

    yield apply
    for name in (*PROXY_KEYS, "proxyExcludedUrls", "noProxyUrls"):
        settings.remove(f"proxy/{name}")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    for proxy in started:
        proxy.close()


@pytest.fixture
def auth_store(qgis_app):
    """QGIS's authentication store; what a test adds there is removed afterwards."""
    manager = QgsApplication.authManager()
    added_cas: list[QSslCertificate] = []
    added_servers: list[tuple[str, str]] = []

    class Store:
        def trust_ca(self, pem_path) -> None:
            certificate = QSslCertificate.fromPath(str(pem_path))[0]
            assert manager.storeCertAuthority(certificate)
            added_cas.append(certificate)
            manager.rebuildCaCertsCache()
            manager.rebuildTrustedCaCertsCache()

        def accept_server(self, pem_path, host_port: str, ignored) -> None:
            """What the user does in QGIS's "SSL errors" dialog: save the server's exception."""
            certificate = QSslCertificate.fromPath(str(pem_path))[0]
            config = QgsAuthConfigSslServer()
            config.setSslCertificate(certificate)
            config.setSslHostPort(host_port)
            config.setSslIgnoredErrorEnums(list(ignored))
            assert manager.storeSslCertCustomConfig(config)
            added_servers.append((QgsAuthCertUtils.shaHexForCert(certificate), host_port))
            manager.rebuildIgnoredSslErrorCache()

    yield Store()
    for certificate in added_cas:
        manager.removeCertAuthority(certificate)
    for sha, host_port in added_servers:
        manager.removeSslCertCustomConfig(sha, host_port)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()
    manager.rebuildIgnoredSslErrorCache()


# Proxy -----------------------------------------------------------------------------------


def test_requests_go_through_the_proxy_set_in_qgis(qgis_proxy, emulator, new_key):
    proxy = qgis_proxy()
    client = ClearSkyClient(emulator.url, new_key(credits=42), network_options())
    assert client.account_info().credits == 42
    assert proxy.seen == [f"GET {emulator.url}/api/account/info"]


def test_proxy_credentials_from_qgis_are_sent_escaped(qgis_proxy, emulator, new_key):
    proxy = qgis_proxy(credentials=(USER, PASSWORD), user=USER, password=PASSWORD)
    options = network_options()
    client = ClearSkyClient(emulator.url, new_key(credits=7), options, ONCE)
    assert client.account_info().credits == 7
    assert proxy.seen == [f"GET {emulator.url}/api/account/info"] and proxy.refused == []
    assert PASSWORD not in repr(options) and "%40" not in repr(options)
    assert "map%20user:***@127.0.0.1" in repr(options)


def test_a_proxy_refusing_the_credentials_says_where_to_fix_them(qgis_proxy, emulator, new_key):
    proxy = qgis_proxy(credentials=(USER, PASSWORD), user=USER, password="wrong")
    client = ClearSkyClient(emulator.url, new_key(), network_options(), RetryPolicy())
    with pytest.raises(InputError) as caught:
        client.account_info()
    assert str(caught.value).startswith("The proxy asked for a user name and password (407)")
    assert "Settings > Options > Network" in str(caught.value)
    # Asked once, not again with the same credentials; the server never saw it.
    assert len(proxy.refused) == 1 and proxy.seen == []


@pytest.mark.parametrize("setting", ["excluded", "no_proxy"])
def test_urls_qgis_keeps_off_the_proxy_bypass_it(setting, qgis_proxy, emulator, new_key):
    proxy = qgis_proxy(**{setting: [emulator.url]})
    client = ClearSkyClient(emulator.url, new_key(), network_options())
    client.account_info()
    assert proxy.seen == []
    other = qgis_proxy(**{setting: ["http://elsewhere.invalid"]})  # a prefix that does not match
    ClearSkyClient(emulator.url, new_key(), network_options()).account_info()
    assert other.seen == [f"GET {emulator.url}/api/account/info"]


def test_timeout_comes_from_qgis(qgis_app):
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1500)
    try:
        assert network_options().timeout == 1.5
        assert network_options().verify not in (False, None, "")  # TLS always verified
    finally:
        QgsNetworkAccessManager.setTimeout(before)


# TLS -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    ca = make_ca(folder)
    return {
        "ca": ca,
        "signed": make_server_certificate(folder, ca, "signed"),
        "self": make_server_certificate(folder, None, "self"),
        "other": make_server_certificate(folder, None, "other"),
    }


@pytest.fixture
def tls(certificates):
    servers: list[TlsServer] = []

    def start(name: str) -> TlsServer:
        servers.append(TlsServer(*certificates[name]))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def refused(url: str) -> str:
    with pytest.raises(NetworkError) as caught:
        ClearSkyClient(url, "k", network_options(), ONCE).account_info()
    return str(caught.value)


def test_a_ca_trusted_in_qgis_is_trusted_by_the_client(tls, certificates, auth_store):
    server = tls("signed")
    assert refused(server.url).startswith("The server's TLS certificate could not be verified")
    auth_store.trust_ca(certificates["ca"][0])
    assert ClearSkyClient(server.url, "k", network_options(), ONCE).account_info()


def test_a_server_accepted_in_qgis_is_accepted_with_that_certificate_only(
    tls, certificates, auth_store
):
    server, impostor = tls("self"), tls("other")
    assert refused(server.url).startswith("The server's TLS certificate could not be verified")
    self_signed = [QSslError.SslError.SelfSignedCertificate]
    auth_store.accept_server(certificates["self"][0], server.url[8:], self_signed)
    # The impostor's port carries an exception for another certificate: refused.
    auth_store.accept_server(certificates["self"][0], impostor.url[8:], self_signed)
    options = network_options()
    assert ClearSkyClient(server.url, "k", options, ONCE).account_info()
    assert refused(impostor.url).startswith("The server's TLS certificate could not be verified")


def test_an_exception_that_does_not_ignore_every_error_is_not_applied(
    tls, certificates, auth_store
):
    server = tls("self")
    ignored = [QSslError.SslError.CertificateExpired]  # not the error this server has
    auth_store.accept_server(certificates["self"][0], server.url[8:], ignored)
    assert refused(server.url).startswith("The server's TLS certificate could not be verified")


def test_https_through_an_authenticated_proxy_with_a_ca_from_qgis(
    tls, certificates, auth_store, qgis_proxy
):
    server = tls("signed")
    auth_store.trust_ca(certificates["ca"][0])
    proxy = qgis_proxy(credentials=(USER, PASSWORD), user=USER, password=PASSWORD)
    assert ClearSkyClient(server.url, "k", network_options(), ONCE).account_info()
    assert proxy.seen == [f"CONNECT {server.url[8:]}"]


# Network Logger --------------------------------------------------------------------------


@pytest.fixture
def network_logger(qgis_app):
    """What QGIS's Network Logger receives: the main network manager's two signals."""
    manager = QgsNetworkAccessManager.instance()
    seen: dict[int, dict] = {}

    def created(parameters: QgsNetworkRequestParameters) -> None:
        request = parameters.request()
        seen[parameters.requestId()] = {
            "url": request.url().toString(),
            "headers": {
                bytes(h).decode(): bytes(request.rawHeader(h)).decode()
                for h in request.rawHeaderList()
            },
            "body": bytes(parameters.content()),
        }

    def finished(reply: QgsNetworkReplyContent) -> None:
        if reply.requestId() in seen:
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            seen[reply.requestId()]["status"] = status
            seen[reply.requestId()]["error"] = reply.errorString() if reply.error() else None

    manager.requestAboutToBeCreated[QgsNetworkRequestParameters].connect(created)
    manager.finished[QgsNetworkReplyContent].connect(finished)
    network.install()
    yield seen
    network.uninstall()
    manager.requestAboutToBeCreated[QgsNetworkRequestParameters].disconnect(created)
    manager.finished[QgsNetworkReplyContent].disconnect(finished)


def test_every_request_shows_in_the_network_logger(
    network_logger, emulator, new_key, qgis_app, tmp_path
):
    key = new_key(credits=5)
    client = ClearSkyClient(emulator.url, key, network_options(), ONCE)
    request = CompositeRequest(DEMO_AOI, JUNE[0], bands=BandList.parse("B4,B8"))

    def task() -> None:  # as a QgsTask's run() does, on another thread
        client.account_info()
        client.download_composite(request, tmp_path)

    worker = threading.Thread(target=task)
    worker.start()
    worker.join()
    qgis_app.processEvents()  # signals from another thread arrive queued
    missing = ClearSkyClient("http://127.0.0.1:9", key, network_options(), ONCE)
    with pytest.raises(NetworkError):
        missing.account_info()
    entries = list(network_logger.values())
    composite = f"{emulator.url}/api/satelliteimages/process/composite"
    assert [(e["url"], e["status"]) for e in entries] == [
        (f"{emulator.url}/api/account/info", 200),
        (composite, 200),  # the download itself: shown when its head arrives
        ("http://127.0.0.1:9/api/account/info", None),
    ]
    assert json.loads(entries[1]["body"]) == request.body()
    assert entries[0]["headers"]["X-API-KEY"] == "***" and entries[-1]["error"]
    assert not [e for e in entries if key in repr(e)]  # the key never reaches the logger


def test_an_https_tunnel_refused_by_the_proxy_says_where_to_fix_it(tls, qgis_proxy):
    server = tls("self")
    proxy = qgis_proxy(credentials=(USER, PASSWORD), user=USER, password="wrong")
    with pytest.raises(InputError, match=r"The proxy asked for a user name and password \(407\)"):
        ClearSkyClient(server.url, "k", network_options(), RetryPolicy()).account_info()
    assert proxy.refused == [f"CONNECT {server.url[8:]}"]

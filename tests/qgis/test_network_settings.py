"""The client honours QGIS's network settings: proven through a real proxy on 127.0.0.1."""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.config import network_options


class ForwardProxy(ThreadingHTTPServer):
    """A plain HTTP forward proxy that records every request line it relays."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]


class _ProxyHandler(BaseHTTPRequestHandler):
    def log_message(self, *_args) -> None:
        pass

    def _relay(self) -> None:
        self.server.seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)  # a proxy receives the absolute URL
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        path = target.path + (f"?{target.query}" if target.query else "")
        upstream.request(self.command, path, body=body, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = _relay


@pytest.fixture
def qgis_proxy():
    proxy = ForwardProxy()
    settings = QgsSettings()

    def apply(excluded: list[str] | None = None) -> ForwardProxy:
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "127.0.0.1")
        settings.setValue("proxy/proxyPort", str(proxy.port))
        settings.setValue("proxy/proxyExcludedUrls", excluded or [])
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
        return proxy

    yield apply
    settings.setValue("proxy/proxyEnabled", False)
    settings.remove("proxy/proxyExcludedUrls")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    proxy.shutdown()


def test_requests_go_through_the_proxy_set_in_qgis(qgis_proxy, emulator, new_key):
    proxy = qgis_proxy()
    client = ClearSkyClient(emulator.url, new_key(credits=42), network_options())
    assert client.account_info().credits == 42
    assert proxy.seen == [f"GET {emulator.url}/api/account/info"]


def test_excluded_urls_bypass_the_proxy(qgis_proxy, emulator, new_key):
    proxy = qgis_proxy(excluded=[emulator.url])
    client = ClearSkyClient(emulator.url, new_key(), network_options())
    client.account_info()
    assert proxy.seen == []


def test_timeout_comes_from_qgis(qgis_app):
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1500)
    try:
        assert network_options().timeout == 1.5
        assert network_options().verify not in (False, None, "")  # TLS always verified
    finally:
        QgsNetworkAccessManager.setTimeout(before)

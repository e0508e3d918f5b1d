"""Where the server and key come from: argument > environment > plugin settings."""

from __future__ import annotations

import pytest

from clearsky_vision.core.api.config import (
    DEFAULT_BASE_URL,
    Settings,
    check_base_url,
    insecure_url_warning,
    resolve_connection,
)
from clearsky_vision.core.api.errors import InputError, NetworkError
from clearsky_vision.core.api.transport import (
    NetworkOptions,
    RetryPolicy,
    Transport,
    hide_password,
    host_port,
    proxy_url,
)

NO_RETRY = RetryPolicy(attempts=1)


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("CLEARSKY_API_URL", raising=False)
    monkeypatch.delenv("CLEARSKY_API_KEY", raising=False)
    monkeypatch.delenv("CLEARSKY_BASE_URL", raising=False)
    return monkeypatch


def test_arguments_win_over_the_environment(no_env):
    no_env.setenv("CLEARSKY_API_URL", "http://127.0.0.1:1")
    no_env.setenv("CLEARSKY_API_KEY", "env-key")
    connection = resolve_connection("https://example.test/", "arg-key")
    assert (connection.base_url, connection.api_key) == ("https://example.test", "arg-key")
    assert "arg-key" not in repr(connection)


def test_environment_wins_over_settings(no_env):
    no_env.setenv("CLEARSKY_API_URL", "http://127.0.0.1:2")
    no_env.setenv("CLEARSKY_API_KEY", "env-key")
    settings = Settings(base_url="https://settings.test")
    connection = resolve_connection(settings=settings)
    assert (connection.base_url, connection.api_key) == ("http://127.0.0.1:2", "env-key")


def test_settings_give_the_server_when_nothing_else_does(no_env):
    connection = resolve_connection(api_key="k", settings=Settings(base_url="https://s.test/"))
    assert connection.base_url == "https://s.test"
    assert resolve_connection(api_key="k", settings=Settings()).base_url == DEFAULT_BASE_URL


def test_no_key_anywhere_says_where_to_put_one(no_env):
    with pytest.raises(InputError, match="No API key: enter yours in Raster > ClearSKY Vision"):
        resolve_connection(settings=Settings())


@pytest.mark.parametrize("url", ["ftp://x", "api.clearsky.vision", "", "http://"])
def test_base_url_must_be_http(url):
    with pytest.raises(InputError, match="not an http"):
        check_base_url(url)


def test_plain_http_warns_except_for_this_machine():
    assert "clear text" in insecure_url_warning("http://api.example.com")
    for url in ("https://api.clearsky.vision", "http://127.0.0.1:8000", "http://localhost"):
        assert insecure_url_warning(url) is None


def test_the_providers_base_url_variable_is_read_too(no_env):
    no_env.setenv("CLEARSKY_BASE_URL", "http://127.0.0.1:3/")
    connection = resolve_connection(api_key="k")
    assert connection.base_url == "http://127.0.0.1:3"


# Network options: what QGIS's settings become for the transport ---------------------------

PASSWORD = "p@ss:w/rd%#?"


def test_proxy_credentials_are_escaped_and_requests_reads_them_back():
    from requests.utils import get_auth_from_url

    url = proxy_url("http", "proxy.example", 3128, "map user", PASSWORD)
    assert url == "http://map%20user:p%40ss%3Aw%2Frd%25%23%3F@proxy.example:3128"
    assert get_auth_from_url(url) == ("map user", PASSWORD)
    assert proxy_url("http", "proxy.example", 8080) == "http://proxy.example:8080"


def test_network_options_repr_never_shows_the_proxy_password():
    address = proxy_url("http", "proxy.example", 3128, "map user", PASSWORD)
    options = NetworkOptions(proxies={"http": address, "https": address})
    shown = repr(options)
    assert "p%40ss" not in shown and PASSWORD not in shown
    assert "http://map%20user:***@proxy.example:3128" in shown
    assert options.proxies["http"] == address  # the transport still gets the real one
    assert hide_password("http://proxy.example:3128") == "http://proxy.example:3128"
    assert str(options) == shown  # f-strings and log lines use the same text


def test_excluded_prefixes_bypass_the_proxy():
    options = NetworkOptions(proxies={"http": "http://p:1"}, excluded=("http://127.0.0.1:8",))
    assert options.proxies_for("http://127.0.0.1:8/api/x") == {"http": None, "https": None}
    assert options.proxies_for("http://127.0.0.1:9/api/x") is None


def test_host_port_is_keyed_as_qgis_keys_ssl_exceptions():
    assert host_port("https://API.example.com/x") == "api.example.com:443"
    assert host_port("https://127.0.0.1:8443/x") == "127.0.0.1:8443"


class Recorder:
    def __init__(self, broken: bool = False) -> None:
        self.events: list[tuple] = []
        self.broken = broken

    def started(self, method, url, headers, body):
        if self.broken:
            raise RuntimeError("observer bug")
        self.events.append(("started", method, url, headers, body))
        return len(self.events)

    def finished(self, token, status, headers, error):
        self.events.append(("finished", token, status, error))


def test_every_exchange_is_reported_to_the_observer_without_the_key():
    from fault_servers import CannedServer

    server = CannedServer(body='{"Succeeded": true, "Error": null, "Data": {"a": 1}}')
    recorder = Recorder()
    try:
        transport = Transport(server.url, "SECRET-9", NetworkOptions(5, 5, observer=recorder))
        assert transport.call("POST", "/api/x", {"b": 2}, params={"c": "3"}) == {"a": 1}
        with pytest.raises(NetworkError):
            Transport("http://127.0.0.1:9", "SECRET-9", transport.network, NO_RETRY).call(
                "GET", "/api/y"
            )
    finally:
        server.close()
    started, finished, started_2, finished_2 = recorder.events
    assert started == (
        "started",
        "POST",
        f"{server.url}/api/x?c=3",
        {"Content-Type": "application/json", "X-API-KEY": "***"},
        b'{"b": 2}',
    )
    assert finished == ("finished", 1, 200, None)
    assert started_2[2] == "http://127.0.0.1:9/api/y" and finished_2[2] is None
    assert finished_2[3].startswith("Could not connect to http://127.0.0.1:9")
    assert "SECRET-9" not in repr(recorder.events)


def test_a_broken_observer_never_breaks_a_request():
    from fault_servers import CannedServer

    server = CannedServer(body='{"Succeeded": true, "Error": null, "Data": 5}')
    try:
        options = NetworkOptions(5, 5, observer=Recorder(broken=True))
        assert Transport(server.url, "k", options).call("GET", "/api/x") == 5
    finally:
        server.close()


def test_the_ca_bundle_given_wins_over_requests_ca_bundle(no_env, tmp_path):
    """requests lets REQUESTS_CA_BUNDLE override a session's CAs: ours are passed per request."""
    from fault_servers import TlsServer, make_ca, make_server_certificate

    ca = make_ca(tmp_path)
    server = TlsServer(*make_server_certificate(tmp_path, ca))
    other = tmp_path / "other"
    other.mkdir()
    no_env.setenv("REQUESTS_CA_BUNDLE", str(make_ca(other, "Another CA")[0]))
    try:
        options = NetworkOptions(5, 5, verify=str(ca[0]))
        assert Transport(server.url, "k", options, NO_RETRY).call("GET", "/api/x") == {}
    finally:
        server.close()


def test_a_pinned_certificate_is_accepted_there_and_nowhere_else(tmp_path):
    """QGIS's SSL exception for one server: exactly its stored certificate, on its host:port."""
    import hashlib
    import ssl

    from fault_servers import TlsServer, make_server_certificate

    cert, key = make_server_certificate(tmp_path)
    server = TlsServer(cert, key)
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest()
    here, wrong = host_port(server.url), "0" * 64
    try:
        pinned = NetworkOptions(5, 5, pinned=((here, digest),))
        assert Transport(server.url, "k", pinned, NO_RETRY).call("GET", "/api/x") == {}
        for options in (NetworkOptions(5, 5), NetworkOptions(5, 5, pinned=((here, wrong),))):
            with pytest.raises(NetworkError, match="TLS certificate could not be verified"):
                Transport(server.url, "k", options, NO_RETRY).call("GET", "/api/x")
    finally:
        server.close()

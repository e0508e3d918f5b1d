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
from clearsky_vision.core.api.errors import InputError


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

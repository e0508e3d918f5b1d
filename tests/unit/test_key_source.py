"""Which key is in use and where it came from (issue 13): an environment key never silently
replaces the one saved in Settings, and the text never holds the key."""

from __future__ import annotations

import pytest

from clearsky_vision.core.api.config import ENV_KEY, Settings, key_source

SECRET = "a-secret-key-7f3c"


def test_an_environment_key_says_it_replaces_the_saved_one(monkeypatch):
    monkeypatch.setenv(ENV_KEY, SECRET)
    source = key_source(Settings(auth_config_id="abc1234"))
    assert source.origin == "environment" and source.overrides_saved_key
    assert source.text.startswith(f"From the environment variable {ENV_KEY} (ending …7f3c)")
    assert f"Unset {ENV_KEY} and restart QGIS to use the saved key." in source.text
    assert SECRET not in source.text


@pytest.mark.parametrize(
    ("saved", "origin", "text"),
    [
        ("abc1234", "settings", "Saved in Settings (QGIS authentication database, "),
        ("", "none", "No key yet: enter yours in "),
    ],
)
def test_without_an_environment_key(saved, origin, text, monkeypatch):
    monkeypatch.delenv(ENV_KEY, raising=False)
    source = key_source(Settings(auth_config_id=saved))
    assert (source.origin, source.overrides_saved_key) == (origin, False)
    assert source.text.startswith(text)


def test_an_environment_key_alone_is_named_without_a_warning(monkeypatch):
    monkeypatch.setenv(ENV_KEY, SECRET)
    source = key_source(Settings(auth_config_id=""))
    assert not source.overrides_saved_key
    assert source.text == f"From the environment variable {ENV_KEY} (ending …7f3c)."

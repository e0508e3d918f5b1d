"""Every injected fault of the emulator, through the client: the error, the files, the credits."""

from __future__ import annotations

import re
import tempfile

import pytest
from world import DEMO_AOI, JUNE

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.store import CorruptFileError

COMPOSITE = "/api/satelliteimages/process/composite"
REQUEST = CompositeRequest(DEMO_AOI, JUNE[0], bands="rgb", resolution=40)
VARIANT = CompositeRequest(DEMO_AOI, JUNE[0], bands="B8", resolution=40)  # paid after REQUEST


def spend_the_included_download(client):
    """Download REQUEST where no test looks, so further variants of the date cost units."""
    with tempfile.TemporaryDirectory() as folder:
        client.download_composite(REQUEST, folder)


@pytest.fixture
def setup(emulator, new_key, make_client, tmp_path):
    """(client, key, folder, credits before) with the account already read."""
    key = new_key()
    client = make_client(key, timeout=2.0)
    credits = client.account_info().processing_units
    emulator.clear_log()
    return client, key, tmp_path, credits


def posts(emulator, key):
    return [e for e in emulator.request_log if e["key"] == key and e["path"] == COMPOSITE]


def only_the_file(folder, result):
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([result.path.name, result.path.name + ".clearsky.json"])


@pytest.mark.parametrize("fault", ["http_429", "http_429_no_retry_after"])
def test_refusals_that_prove_nothing_was_done_are_retried_and_the_file_arrives(
    emulator, setup, fault
):
    client, key, folder, credits = setup
    spend_the_included_download(client)
    cost = client.estimate(VARIANT).processing_units
    assert cost > 0
    emulator.clear_log()
    emulator.add_fault(key, fault, times=1, path=COMPOSITE)
    result = client.download_composite(VARIANT, folder)
    only_the_file(folder, result)
    assert len(posts(emulator, key)) == 2
    assert emulator.units(key) == pytest.approx(credits - cost)  # paid once, not twice


@pytest.mark.parametrize("fault", ["http_500", "http_502", "http_503", "connection_reset"])
def test_free_requests_are_retried_after_passing_faults(emulator, setup, fault):
    client, key, _folder, _credits = setup
    emulator.add_fault(key, fault, times=1, path=f"{COMPOSITE}/estimate")
    assert client.estimate(REQUEST).area_km2 > 0
    tries = [e for e in emulator.request_log if e["path"] == f"{COMPOSITE}/estimate"]
    assert len(tries) == 2


@pytest.mark.parametrize(
    ("fault", "error", "fragment", "tries"),
    [
        ("http_500", errors.ServerError, "internal error (HTTP 500)", 1),
        ("http_503", errors.RateLimitedError, "busy or limiting", 1),
        ("http_429", errors.RateLimitedError, "busy or limiting", 0),
        ("connection_reset", errors.NetworkError, "broke before an answer arrived", 1),
        ("truncated_body", errors.DownloadError, "ended early", 1),
        ("html_error_502", errors.ServerError, "HTTP 502", 1),
    ],
)
def test_persistent_faults_give_a_clear_error_no_file_no_charge(
    emulator, setup, fault, error, fragment, tries
):
    """A paid download is repeated only after a 429 (0 below: every try); after the others
    the server may have acted, so it is not, and the error says it may have been charged."""
    client, key, folder, credits = setup
    emulator.add_fault(key, fault, times=-1, path=COMPOSITE)
    with pytest.raises(error, match=re.escape(fragment)) as caught:
        client.download_composite(REQUEST, folder)
    assert list(folder.iterdir()) == []
    assert len(posts(emulator, key)) == (tries or client.transport.retry.attempts)
    assert caught.value.maybe_charged == bool(tries)
    assert ("may have been charged" in str(caught.value)) == bool(tries)
    assert emulator.units(key) == credits  # the emulator charges only what it delivers


def test_slow_first_byte_beyond_the_timeout(emulator, setup):
    client, key, folder, credits = setup
    emulator.add_fault(key, "slow_first_byte", times=1, path=COMPOSITE, delay=4)
    with pytest.raises(errors.RequestTimeoutError, match="did not answer within 2 s"):
        client.download_composite(REQUEST, folder)
    assert list(folder.iterdir()) == []
    assert emulator.units(key) == credits


@pytest.mark.parametrize(
    ("fault", "fragment"),
    [
        ("garbage_json", "unreadable data (application/json)"),
        ("html_error_200", "a web page instead of an API answer"),
    ],
)
def test_answers_that_are_not_the_envelope(emulator, setup, fault, fragment):
    client, key, _folder, _credits = setup
    emulator.add_fault(key, fault, times=1)
    with pytest.raises(errors.ResponseFormatError, match=re.escape(fragment)):
        client.account_info()


def test_corrupt_geotiff_is_not_kept_and_the_user_is_told_honestly(emulator, setup):
    client, key, folder, _credits = setup
    emulator.add_fault(key, "corrupt_geotiff", times=1, path=COMPOSITE)
    with pytest.raises(CorruptFileError, match="not a readable raster; it was not kept"):
        client.download_composite(REQUEST, folder)
    assert list(folder.iterdir()) == []
    assert len(posts(emulator, key)) == 1  # never bought again automatically


@pytest.mark.parametrize("name", ["../../evil.tif", "/etc/passwd", "C:\\x.tif", "..\\..\\y.tif"])
def test_server_file_names_stay_in_the_folder(emulator, setup, name):
    client, key, folder, _credits = setup
    emulator.add_fault(key, "evil_filename", times=1, path=COMPOSITE, value=name)
    result = client.download_composite(REQUEST, folder)
    assert result.path.parent == folder
    only_the_file(folder, result)
    assert not (folder.parent / "evil.tif").exists()


def test_validation_errors_list_the_fields(emulator, setup):
    client, key, _folder, _credits = setup
    emulator.add_fault(key, "validation_error", times=1)
    with pytest.raises(errors.ValidationError) as caught:
        client.estimate(REQUEST)
    assert set(caught.value.issues) == {"Resolution", "Bandnames"}
    assert "Bandnames: Unknown band 'B99'" in str(caught.value)


def test_key_revoked_mid_session(emulator, setup):
    client, key, folder, _credits = setup
    emulator.add_fault(key, "revoke_key", times=1)
    with pytest.raises(errors.KeyRefusedError, match="check it in Raster > ClearSKY Vision"):
        client.download_composite(REQUEST, folder)
    with pytest.raises(errors.KeyRefusedError):
        client.account_info()
    assert list(folder.iterdir()) == []


def test_no_data(emulator, setup):
    client, key, folder, credits = setup
    emulator.add_fault(key, "no_data", times=1, path=COMPOSITE)
    with pytest.raises(errors.NoDataError, match="No imagery for this area and date"):
        client.download_composite(REQUEST, folder)
    assert emulator.units(key) == credits


def test_server_side_limits_map_to_their_errors(emulator, make_client, new_key, tmp_path):
    with pytest.raises(errors.AreaTooLargeError):
        make_client(new_key(max_area_km2=1)).download_composite(REQUEST, tmp_path)
    with pytest.raises(errors.TooManyBandsError):
        make_client(new_key(max_bands=2)).download_composite(REQUEST, tmp_path)
    poor = make_client(new_key(credits=0.001))
    spend_the_included_download(poor)
    with pytest.raises(errors.InsufficientUnitsError, match="top up processing units"):
        poor.download_composite(VARIANT, tmp_path)
    assert list(tmp_path.iterdir()) == []

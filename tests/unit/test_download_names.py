from email.message import Message

import pytest

from clearsky_vision.core.api.store import filename_from_headers, safe_filename


@pytest.mark.parametrize(
    ("served", "expected"),
    [
        ("clearsky_2024-06-01_ab12cd34.tif", "clearsky_2024-06-01_ab12cd34.tif"),
        ("../../.bashrc", "bashrc.tif"),
        ("/etc/passwd", "passwd.tif"),
        ("C:\\x.tif", "x.tif"),
        ("..", "fallback.tif"),
        ("", "fallback.tif"),
        (None, "fallback.tif"),
        ("a b;rm -rf.tif", "a_b_rm_-rf.tif"),
        ("image", "image.tif"),
    ],
)
def test_server_names_never_leave_the_folder(served, expected):
    assert safe_filename(served, "fallback", "tif") == expected


def test_content_disposition_forms():
    for value, name in [
        ('attachment; filename="a.tif"', "a.tif"),
        ("attachment; filename=b.tif", "b.tif"),
        ("attachment; filename*=UTF-8''c%20d.tif", "c d.tif"),
    ]:
        headers = Message()
        headers["Content-Disposition"] = value
        assert filename_from_headers(headers) == name
    assert filename_from_headers({}) is None

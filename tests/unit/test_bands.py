import pytest

from clearsky_vision.core.api.bands import ALL_BANDS, BandList, index_term
from clearsky_vision.core.api.errors import InputError


@pytest.mark.parametrize(
    ("text", "api", "count"),
    [
        ("all", "all", 10),
        (" RGB ", "rgb", 3),
        (None, "all", 10),
        ("b4, B3,b2", "B4,B3,B2", 3),
        ("B8A,[b8_b4], [B3 _ B8]", "B8A,[B8_B4],[B3_B8]", 3),
        ("B11,B12,", "B11,B12", 2),
    ],
)
def test_parse_normalises(text, api, count):
    bands = BandList.parse(text)
    assert bands.api_value == api
    assert bands.count == count


def test_all_is_the_documented_order():
    assert BandList.parse("all").terms == ALL_BANDS
    assert ALL_BANDS[:3] == ("B2", "B3", "B4")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("B99", "Unknown band 'B99'"),
        ("[B8_B4", "not a valid index term: write it like [B8_B4]"),
        ("[B8_B99]", "not a valid index term"),
        ("B4,B4", "listed twice"),
        (",", "empty"),
    ],
)
def test_bad_lists_say_what_to_fix(text, fragment):
    with pytest.raises(InputError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        BandList.parse(text)


def test_index_term():
    assert index_term("[B8_B4]") == ("B8", "B4")
    assert index_term("B8") is None

"""Band lists as the API understands them: ``all``, ``rgb``, names and ``[Bx_By]`` terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError
from .i18n import noop, tr

ALL_BANDS = ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")
RGB_BANDS = ("B2", "B3", "B4")
TRUE_COLOUR = ("B4", "B3", "B2")
BAND_LABELS = {  # marked for translation: tr() them where they are shown
    "B2": noop("Blue"),
    "B3": noop("Green"),
    "B4": noop("Red"),
    "B5": noop("Red edge 1"),
    "B6": noop("Red edge 2"),
    "B7": noop("Red edge 3"),
    "B8": noop("NIR"),
    "B8A": noop("Narrow NIR"),
    "B11": noop("SWIR 1"),
    "B12": noop("SWIR 2"),
}
REFLECTANCE_SCALE = 10000.0
INDEX_SCALE = 32767.0
NODATA = -32768

_INDEX_TERM = re.compile(r"^\[\s*(B\w+?)\s*_\s*(B\w+?)\s*\]$", re.IGNORECASE)


def _band_name(text: str) -> str | None:
    name = text.strip().upper()
    return name if name in ALL_BANDS else None


def index_term(name: str) -> tuple[str, str] | None:
    """``('B8', 'B4')`` for ``[B8_B4]``, None for anything else."""
    match = _INDEX_TERM.match(name.strip())
    if not match:
        return None
    a, b = _band_name(match.group(1)), _band_name(match.group(2))
    return (a, b) if a and b else None


@dataclass(frozen=True)
class BandList:
    """A validated band selection; ``api_value`` is what goes into ``Bandnames``."""

    terms: tuple[str, ...]
    keyword: str = ""  # "all" or "rgb" when the user asked for one of them

    @classmethod
    def parse(cls, text: str | None) -> BandList:
        """Parse ``all``, ``rgb`` or a comma list like ``B4, b8, [B8_B4]``."""
        raw = (text or "all").strip()
        if raw.lower() in ("all", "rgb"):
            keyword = raw.lower()
            return cls(ALL_BANDS if keyword == "all" else RGB_BANDS, keyword)
        terms: list[str] = []
        for part in _split_terms(raw):
            name = _band_name(part)
            if name is None:
                pair = index_term(part)
                if pair is None:
                    raise InputError(_bad_term_message(part))
                name = f"[{pair[0]}_{pair[1]}]"
            if name in terms:
                raise InputError(
                    tr("Band {band} is listed twice in '{text}'.").format(band=name, text=raw)
                )
            terms.append(name)
        if not terms:
            raise InputError(tr("The band list is empty: use 'all', 'rgb' or names like B4,B3,B2."))
        return cls(tuple(terms))

    @property
    def api_value(self) -> str:
        return self.keyword or ",".join(self.terms)

    @property
    def count(self) -> int:
        return len(self.terms)

    def __str__(self) -> str:
        return self.api_value


def _split_terms(raw: str) -> list[str]:
    # Commas inside brackets never occur in valid terms, so a plain split is enough;
    # blanks between commas are tolerated ("B4, B3,").
    return [part for part in (p.strip() for p in raw.split(",")) if part]


def _bad_term_message(term: str) -> str:
    if "[" in term or "]" in term:
        return tr("'{term}' is not a valid index term: write it like [B8_B4].").format(term=term)
    return tr(
        "Unknown band '{term}'. Use {bands}, index terms like [B8_B4], or the keywords all / rgb."
    ).format(term=term, bands=", ".join(ALL_BANDS))

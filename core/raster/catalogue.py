"""The catalogue of spectral indices: each a formula over band names, with its reference.

Pure data (no numpy, no GDAL), so the Processing provider can list the indices when QGIS
starts without loading the raster machinery; formulas are parsed when first used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..api.bands import ALL_BANDS
from ..api.errors import InputError
from ..api.i18n import noop, tr

if TYPE_CHECKING:
    from .band_math import Expression

CUSTOM = "CUSTOM"
EXAMPLE = "(B8 - B4) / (B8 + B4)"


@dataclass(frozen=True)
class SpectralIndex:
    """An index as a formula over band names, with how to show it and where it comes from."""

    key: str
    name: str  # noop-marked in the catalogue: ``label`` translates it
    formula: str
    ramp: str = "vegetation"  # a key of core.style.RAMPS
    valid_range: tuple[float, float] | None = (-1.0, 1.0)
    reference: str = ""
    server_term: str | None = None  # the same ratio as the API computes it, e.g. [B8_B4]

    @property
    def expression(self) -> Expression:
        from .band_math import Expression

        return Expression.parse(self.formula)

    @property
    def bands(self) -> tuple[str, ...]:
        return self.expression.terms

    @property
    def title(self) -> str:
        """The index's name in the user's language."""
        return tr(self.name)

    @property
    def label(self) -> str:
        return self.key if self.key == CUSTOM else f"{self.key}: {self.title}"


def _normalized(key, name, a, b, ramp, reference) -> SpectralIndex:
    formula = f"({a} - {b}) / ({a} + {b})"
    return SpectralIndex(key, name, formula, ramp, (-1.0, 1.0), reference, f"[{a}_{b}]")


CATALOGUE: dict[str, SpectralIndex] = {
    index.key: index
    for index in (
        _normalized(
            "NDVI", noop("Normalized Difference Vegetation Index"), "B8", "B4", "vegetation",
            "Rouse, J.W., Haas, R.H., Schell, J.A., Deering, D.W. (1974). Monitoring vegetation "
            "systems in the Great Plains with ERTS. NASA SP-351, 309-317.",
        ),
        _normalized(
            "GNDVI", noop("Green Normalized Difference Vegetation Index"), "B8", "B3", "vegetation",
            "Gitelson, A.A., Kaufman, Y.J., Merzlyak, M.N. (1996). Use of a green channel in "
            "remote sensing of global vegetation from EOS-MODIS. Remote Sensing of Environment "
            "58(3), 289-298.",
        ),
        _normalized(
            "NDRE", noop("Normalized Difference Red Edge"), "B8", "B5", "vegetation",
            "Gitelson, A., Merzlyak, M.N. (1994). Spectral reflectance changes associated with "
            "autumn senescence of Aesculus hippocastanum and Acer platanoides leaves. Journal "
            "of Plant Physiology 143(3), 286-292; Barnes, E.M. et al. (2000), 5th Int. Conf. "
            "on Precision Agriculture.",
        ),
        _normalized(
            "NDWI", noop("Normalized Difference Water Index (McFeeters)"), "B3", "B8", "water",
            "McFeeters, S.K. (1996). The use of the Normalized Difference Water Index (NDWI) in "
            "the delineation of open water features. International Journal of Remote Sensing "
            "17(7), 1425-1432.",
        ),
        _normalized(
            "MNDWI", noop("Modified Normalized Difference Water Index"), "B3", "B11", "water",
            "Xu, H. (2006). Modification of normalised difference water index (NDWI) to enhance "
            "open water features in remotely sensed imagery. International Journal of Remote "
            "Sensing 27(14), 3025-3033.",
        ),
        _normalized(
            "NDMI", noop("Normalized Difference Moisture Index"), "B8", "B11", "moisture",
            "Gao, B.-C. (1996). NDWI - a normalized difference water index for remote sensing of "
            "vegetation liquid water from space. Remote Sensing of Environment 58(3), 257-266; "
            "Wilson, E.H., Sader, S.A. (2002). Detection of forest harvest type using multiple "
            "dates of Landsat TM imagery. Remote Sensing of Environment 80(3), 385-396.",
        ),
        _normalized(
            "NBR", noop("Normalized Burn Ratio"), "B8", "B12", "burn",
            "Key, C.H., Benson, N.C. (2006). Landscape Assessment: ground measure of severity, "
            "the Composite Burn Index; and remote sensing of severity, the Normalized Burn "
            "Ratio. USDA Forest Service, RMRS-GTR-164-CD, LA 1-51.",
        ),
        _normalized(
            "NBR2", noop("Normalized Burn Ratio 2"), "B11", "B12", "burn",
            "U.S. Geological Survey (2017). Landsat Surface Reflectance-derived Spectral "
            "Indices, Product Guide (NBR2), after Key & Benson (2006).",
        ),
        _normalized(
            "NDBI", noop("Normalized Difference Built-up Index"), "B11", "B8", "built",
            "Zha, Y., Gao, J., Ni, S. (2003). Use of normalized difference built-up index in "
            "automatically mapping urban areas from TM imagery. International Journal of "
            "Remote Sensing 24(3), 583-594.",
        ),
        SpectralIndex(
            "EVI", noop("Enhanced Vegetation Index"),
            "2.5 * (B8 - B4) / (B8 + 6 * B4 - 7.5 * B2 + 1)", "vegetation", (-1.0, 1.0),
            "Huete, A., Didan, K., Miura, T., Rodriguez, E.P., Gao, X., Ferreira, L.G. (2002). "
            "Overview of the radiometric and biophysical performance of the MODIS vegetation "
            "indices. Remote Sensing of Environment 83(1-2), 195-213.",
        ),
        SpectralIndex(
            "SAVI", noop("Soil Adjusted Vegetation Index (L = 0.5)"),
            "1.5 * (B8 - B4) / (B8 + B4 + 0.5)", "vegetation", (-1.0, 1.0),
            "Huete, A.R. (1988). A soil-adjusted vegetation index (SAVI). Remote Sensing of "
            "Environment 25(3), 295-309.",
        ),
        SpectralIndex(
            "MSAVI2", noop("Modified Soil Adjusted Vegetation Index 2"),
            "(2 * B8 + 1 - sqrt((2 * B8 + 1) ^ 2 - 8 * (B8 - B4))) / 2", "vegetation",
            (-1.0, 1.0),
            "Qi, J., Chehbouni, A., Huete, A.R., Kerr, Y.H., Sorooshian, S. (1994). A modified "
            "soil adjusted vegetation index. Remote Sensing of Environment 48(2), 119-126.",
        ),
    )
}  # fmt: skip


def normalized_difference(a: str, b: str) -> SpectralIndex:
    """The normalized difference (a - b) / (a + b) of any two bands, e.g. B8 and B5."""
    names = []
    for band in (a, b):
        name = str(band).strip().upper()
        if name not in ALL_BANDS:
            raise InputError(
                tr("Unknown band '{band}': use one of {bands}.").format(
                    band=band, bands=", ".join(ALL_BANDS)
                )
            )
        names.append(name)
    if names[0] == names[1]:
        raise InputError(tr("A normalized difference needs two different bands."))
    first, second = names
    return SpectralIndex(
        f"ND_{first}_{second}",
        tr("Normalized difference of {first} and {second}").format(first=first, second=second),
        f"({first} - {second}) / ({first} + {second})",
        server_term=f"[{first}_{second}]",
        reference=tr("(a - b) / (a + b), as the ClearSKY Vision API computes [a_b] terms."),
    )


def custom_index(expression: str) -> SpectralIndex:
    """Free band math such as ``(B8 - B4) / (B8 + B4 + 0.5)``, checked now."""
    from .band_math import Expression

    parsed = Expression.parse(expression)
    return SpectralIndex(CUSTOM, noop("Custom band math"), parsed.text, valid_range=None)


def resolve_index(index: str | SpectralIndex) -> SpectralIndex:
    """A catalogue key (``NDVI``, case-insensitive), a SpectralIndex, or band math."""
    if isinstance(index, SpectralIndex):
        return index
    text = str(index or "").strip()
    found = CATALOGUE.get(text.upper())
    if found:
        return found
    if text.isidentifier() and text.upper() not in ALL_BANDS:
        raise InputError(
            tr(
                "Unknown index '{index}': choose one of {indices}, or write band math such as "
                "{example}."
            ).format(index=text, indices=", ".join(CATALOGUE), example=EXAMPLE)
        )
    return custom_index(text)

"""The request options: resolution, bands, output CRS and pixel selection."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout

from ..core.api.bands import BAND_LABELS, BandList
from ..core.api.config import Settings
from ..core.api.errors import ClearSkyError, InputError
from ..core.api.geometry import Aoi
from ..core.api.i18n import noop, tr
from ..core.api.models import RESOLUTIONS, CompositeRequest, Coverage, PixelSelection
from .crs_choice import OutputCrsChoice
from .messages import ERROR_STYLE, INFO_STYLE, WARNING_STYLE, narrow, show, text_label

BAND_PRESETS = ("all", "rgb", "B4,B3,B2,B8", "B4,B3,B2,[B8_B4]", "[B8_B4],[B3_B8],[B8_B11]")
PIXEL_CHOICES = (
    (PixelSelection.INTERSECT, noop("intersect: every pixel touching the area")),
    (PixelSelection.CONTAINED, noop("contained: only pixels fully inside")),
)


class OptionsBox(QgsCollapsibleGroupBox):
    """What each file will hold; ``template(aoi)`` turns it into a validated request."""

    changed = pyqtSignal()

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(tr("Options"), parent)
        self.setObjectName("options_box")
        self.max_bands: int | None = None

        self.resolution = narrow(QComboBox())
        self.resolution.setObjectName("resolution")
        for value in RESOLUTIONS:
            self.resolution.addItem(f"{value} m", value)
        index = self.resolution.findData(settings.default_resolution)
        self.resolution.setCurrentIndex(max(0, index))

        self.bands = narrow(QComboBox())
        self.bands.setObjectName("bands")
        self.bands.setEditable(True)
        self.bands.addItems(BAND_PRESETS)
        self.bands.setEditText(settings.default_bands or "all")
        self.bands.setToolTip(
            tr(
                "all (10 bands), rgb, or a comma list of {bands} and index terms like "
                "[B8_B4] = (B8 - B4) / (B8 + B4), computed by the server"
            ).format(
                bands=", ".join(f"{b} {tr(label).lower()}" for b, label in BAND_LABELS.items())
            )
        )
        self.bands_note = text_label("bands_note")

        self.crs = OutputCrsChoice(settings.default_crs)

        self.pixels = narrow(QComboBox())
        self.pixels.setObjectName("pixel_selection")
        for mode, text in PIXEL_CHOICES:
            self.pixels.addItem(tr(text), mode.value)

        form = QFormLayout(self)
        form.addRow(tr("Resolution"), self.resolution)
        form.addRow(tr("Bands"), self.bands)
        form.addRow("", self.bands_note)
        form.addRow(tr("Output CRS"), self.crs)
        form.addRow(tr("Pixels"), self.pixels)

        self.bands.editTextChanged.connect(self._bands_edited)
        for combo in (self.resolution, self.pixels):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.crs.changed.connect(self._emit_changed)
        self._check_bands(self.bands.currentText())

    def band_list(self) -> BandList:
        return BandList.parse(self.bands.currentText())

    def set_aoi(self, aoi: Aoi | None) -> None:
        self.crs.set_aoi(aoi)

    def set_max_bands(self, count: int | None) -> None:
        self.max_bands = count or None
        self._check_bands(self.bands.currentText())

    def template(self, aoi: Aoi) -> CompositeRequest:
        """A request for ``aoi`` with these options; its date is a placeholder."""
        return CompositeRequest(
            aoi=aoi,
            date=dt.date(2000, 1, 1),
            resolution=int(self.resolution.currentData()),
            bands=self.band_list(),
            epsg=self.crs.epsg(),
            pixel_selection=self.pixels.currentData(),
        )

    def requests(self, aoi: Aoi | None, found: dict, dates) -> list[CompositeRequest]:
        """One request per date as it would be downloaded, from ``found`` (date -> ImageDate):
        its model and constellations; a partial date allows partial, as ticking it means.
        Raises a ClearSkyError saying what is wrong with the choices."""
        if aoi is None:
            raise InputError(tr("Choose an area first."))
        template = self.template(aoi)
        return [
            replace(
                template.for_date(d, allow_partial=found[d].coverage is Coverage.PARTIAL),
                model=found[d].model,
                constellations=found[d].constellations or template.constellations,
            )
            for d in dates
        ]

    def template_or_none(self, aoi: Aoi | None) -> CompositeRequest | None:
        """``template``, or None while the area or the options are not valid."""
        try:
            return self.template(aoi) if aoi is not None else None
        except ClearSkyError:
            return None

    def _bands_edited(self, text: str) -> None:
        # Checked as the user types, so a typo shows before anything is sent.
        self._check_bands(text)
        self._emit_changed()

    def _check_bands(self, text: str) -> None:
        try:
            bands = BandList.parse(text)
        except InputError as exc:
            self._note(str(exc), ERROR_STYLE)
        else:
            names = ", ".join(bands.terms)
            if bands.count == 1:
                note = tr("1 band: {names}").format(names=names)
            else:
                note = tr("{count} bands: {names}").format(count=bands.count, names=names)
            if self.max_bands and bands.count > self.max_bands:
                limit = tr("Your key allows {count} bands.").format(count=self.max_bands)
                self._note(f"{note}. {limit}", WARNING_STYLE)
            else:
                self._note(note, INFO_STYLE)

    def _note(self, text: str, style: str) -> None:
        show(self.bands_note, text, style)

    def bands_valid(self) -> bool:
        try:
            self.band_list()
        except ClearSkyError:
            return False
        return True

    def _emit_changed(self, *_args) -> None:
        self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.resolution, self.bands, self.crs, self.pixels):
            widget.setEnabled(not busy)

"""The request options: resolution, bands, output CRS and pixel selection."""

from __future__ import annotations

import datetime as dt

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout

from ..core.api.bands import BAND_LABELS, BandList
from ..core.api.config import Settings
from ..core.api.errors import ClearSkyError, InputError
from ..core.api.geometry import Aoi
from ..core.api.models import RESOLUTIONS, CompositeRequest, PixelSelection
from .crs_choice import OutputCrsChoice
from .messages import ERROR_STYLE, INFO_STYLE, WARNING_STYLE, narrow, show, text_label

BAND_PRESETS = ("all", "rgb", "B4,B3,B2,B8", "B4,B3,B2,[B8_B4]", "[B8_B4],[B3_B8],[B8_B11]")
PIXEL_CHOICES = (
    (PixelSelection.INTERSECT, "intersect: every pixel touching the area"),
    (PixelSelection.CONTAINED, "contained: only pixels fully inside"),
)


class OptionsBox(QgsCollapsibleGroupBox):
    """What each file will hold; ``template(aoi)`` turns it into a validated request."""

    changed = pyqtSignal()

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__("Options", parent)
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
            "all (10 bands), rgb, or a comma list of "
            + ", ".join(f"{b} {label.lower()}" for b, label in BAND_LABELS.items())
            + " and index terms like [B8_B4] = (B8 - B4) / (B8 + B4), computed by the server"
        )
        self.bands_note = text_label("bands_note")

        self.crs = OutputCrsChoice(settings.default_crs)

        self.pixels = narrow(QComboBox())
        self.pixels.setObjectName("pixel_selection")
        for mode, text in PIXEL_CHOICES:
            self.pixels.addItem(text, mode.value)

        form = QFormLayout(self)
        form.addRow("Resolution", self.resolution)
        form.addRow("Bands", self.bands)
        form.addRow("", self.bands_note)
        form.addRow("Output CRS", self.crs)
        form.addRow("Pixels", self.pixels)

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
            note = f"{bands.count} band{'s' if bands.count != 1 else ''}: {names}"
            if self.max_bands and bands.count > self.max_bands:
                self._note(f"{note}. Your key allows {self.max_bands} bands.", WARNING_STYLE)
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

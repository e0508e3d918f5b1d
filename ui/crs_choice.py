"""Choosing the output CRS: the project's, the UTM zone of the area, automatic UTM (the server
picks the zone), or any EPSG CRS.

Used by the dock and by the settings dialog (which stores the choice as "", "UTM", "AUTO_UTM"
or an authority id such as "EPSG:25832").
"""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ..core.api.errors import InputError
from ..core.api.geometry import Aoi
from ..core.api.i18n import tr
from ..core.api.models import AUTO_UTM_EPSG
from .messages import narrow

PROJECT = ""
UTM = "UTM"
AUTO_UTM = "AUTO_UTM"
CHOSEN = "chosen"


def epsg_code(crs: QgsCoordinateReferenceSystem, what: str = "") -> int:
    """The EPSG number of ``crs``; the API takes nothing else. ``what`` names it in errors."""
    what = what or tr("The output CRS")
    if not crs.isValid():
        raise InputError(
            tr("{what} is not set: choose a coordinate reference system.").format(what=what)
        )
    authority, _, code = crs.authid().partition(":")
    if authority.upper() != "EPSG" or not code.isdigit():
        name = crs.description() or crs.authid() or tr("custom CRS")
        raise InputError(
            tr(
                "{what} ({name}) has no EPSG code, which the ClearSKY API needs: choose an EPSG "
                "CRS, or the UTM zone of the area."
            ).format(what=what, name=name)
        )
    return int(code)


class OutputCrsChoice(QWidget):
    """A mode combo (project / UTM / chosen) and, for "chosen", a CRS selector."""

    changed = pyqtSignal()

    def __init__(self, stored: str = PROJECT, parent=None) -> None:
        super().__init__(parent)
        self.aoi: Aoi | None = None
        self.mode = narrow(QComboBox())
        self.mode.setObjectName("output_crs_mode")
        self.mode.addItem(tr("Project CRS"), PROJECT)
        self.mode.addItem(tr("UTM zone of the area"), UTM)
        self.mode.addItem(
            tr("Automatic UTM: the server picks (EPSG {code})").format(code=AUTO_UTM_EPSG),
            AUTO_UTM,
        )
        self.mode.addItem(tr("Choose a CRS…"), CHOSEN)
        self.selector = QgsProjectionSelectionWidget()
        self.selector.setObjectName("output_crs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.selector)
        self.set_stored(stored)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.selector.crsChanged.connect(self._emit_changed)
        QgsProject.instance().crsChanged.connect(self._update_labels)
        self._update_labels()

    def set_stored(self, stored: str) -> None:
        """Select what the settings hold: "", "UTM" or an authority id."""
        stored = (stored or "").strip()
        if stored.upper() in (UTM, AUTO_UTM):
            self.mode.setCurrentIndex(self.mode.findData(stored.upper()))
        elif stored:
            self.selector.setCrs(QgsCoordinateReferenceSystem(stored))
            self.mode.setCurrentIndex(self.mode.findData(CHOSEN))
        else:
            self.mode.setCurrentIndex(self.mode.findData(PROJECT))
        self.selector.setVisible(self.mode.currentData() == CHOSEN)

    def stored(self) -> str:
        mode = self.mode.currentData()
        if mode == CHOSEN:
            crs = self.selector.crs()
            return crs.authid() if crs.isValid() else PROJECT
        return mode

    def set_aoi(self, aoi: Aoi | None) -> None:
        self.aoi = aoi
        self._update_labels()

    def epsg(self) -> int:
        """The EPSG code to request; raises InputError with what to do instead."""
        mode = self.mode.currentData()
        if mode == AUTO_UTM:
            return AUTO_UTM_EPSG
        if mode == UTM:
            if self.aoi is None:
                raise InputError(tr("Choose an area first: its UTM zone sets the output CRS."))
            return self.aoi.utm_epsg()
        if mode == CHOSEN:
            return epsg_code(self.selector.crs())
        return epsg_code(QgsProject.instance().crs(), tr("The project CRS"))

    def _mode_changed(self) -> None:
        self.selector.setVisible(self.mode.currentData() == CHOSEN)
        self._emit_changed()

    def _emit_changed(self, *_args) -> None:
        self.changed.emit()

    def _update_labels(self, *_args) -> None:
        project = QgsProject.instance().crs()
        project_text = project.authid() if project.isValid() else tr("not set")
        self.mode.setItemText(
            self.mode.findData(PROJECT), tr("Project CRS ({crs})").format(crs=project_text)
        )
        utm = (
            tr("UTM zone of the area ({crs})").format(crs=f"EPSG:{self.aoi.utm_epsg()}")
            if self.aoi
            else tr("UTM zone of the area")
        )
        self.mode.setItemText(self.mode.findData(UTM), utm)
        self.changed.emit()

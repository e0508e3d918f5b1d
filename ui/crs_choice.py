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
from ..core.api.models import AUTO_UTM_EPSG
from .messages import narrow

PROJECT = ""
UTM = "UTM"
AUTO_UTM = "AUTO_UTM"
CHOSEN = "chosen"


def epsg_code(crs: QgsCoordinateReferenceSystem, what: str = "The output CRS") -> int:
    """The EPSG number of ``crs``; the API takes nothing else."""
    if not crs.isValid():
        raise InputError(f"{what} is not set: choose a coordinate reference system.")
    authority, _, code = crs.authid().partition(":")
    if authority.upper() != "EPSG" or not code.isdigit():
        name = crs.description() or crs.authid() or "custom CRS"
        raise InputError(
            f"{what} ({name}) has no EPSG code, which the ClearSKY API needs: choose an EPSG "
            "CRS, or the UTM zone of the area."
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
        self.mode.addItem("Project CRS", PROJECT)
        self.mode.addItem("UTM zone of the area", UTM)
        self.mode.addItem(f"Automatic UTM: the server picks (EPSG {AUTO_UTM_EPSG})", AUTO_UTM)
        self.mode.addItem("Choose a CRS…", CHOSEN)
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
                raise InputError("Choose an area first: its UTM zone sets the output CRS.")
            return self.aoi.utm_epsg()
        if mode == CHOSEN:
            return epsg_code(self.selector.crs())
        return epsg_code(QgsProject.instance().crs(), "The project CRS")

    def _mode_changed(self) -> None:
        self.selector.setVisible(self.mode.currentData() == CHOSEN)
        self._emit_changed()

    def _emit_changed(self, *_args) -> None:
        self.changed.emit()

    def _update_labels(self, *_args) -> None:
        project = QgsProject.instance().crs()
        project_text = project.authid() if project.isValid() else "not set"
        self.mode.setItemText(self.mode.findData(PROJECT), f"Project CRS ({project_text})")
        utm = f" (EPSG:{self.aoi.utm_epsg()})" if self.aoi else ""
        self.mode.setItemText(self.mode.findData(UTM), f"UTM zone of the area{utm}")
        self.changed.emit()

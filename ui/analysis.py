"""The analysis section: indices computed as dates land or for dates on the map, and mosaics.

The section only chooses; core.qgs.analysis runs the tasks and puts the layers on the map.
"""

from __future__ import annotations

import datetime as dt

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..core.api.errors import CancelledError, ClearSkyError, InputError
from ..core.api.i18n import tr
from ..core.api.store import DownloadResult
from ..core.qgs.analysis import COG, VRT, IndexJobs, Mosaic, composite_file, composite_layers
from ..core.qgs.index_style import DEFAULT_CUSTOM_RANGE
from ..core.raster.catalogue import CATALOGUE, EXAMPLE, custom_index
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    narrow,
    push_button,
    show,
    show_error,
    tell,
    text_label,
    user_text,
)

RANGE_BOX_WIDTH = 80
COLUMNS = 3  # index check boxes per row: twelve in four rows fit a 440 px dock
RANGE_LIMIT = 1e4  # wide enough for any band math worth a colour ramp; keeps the boxes narrow


class AnalysisBox(QgsCollapsibleGroupBox):
    """Ticked indices for every date that lands (``date_landed``) or is on the map, and
    mosaics of the layers selected in the Layers panel."""

    # Emitted when every index task and mosaic started from this section has ended.
    idle = pyqtSignal()

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Indices and mosaic"))
        self.setObjectName("analysis_box")
        self.iface = iface
        self.jobs = IndexJobs(parent=self)
        self.mosaic = Mosaic(parent=self)

        self.hint = text_label(
            "analysis_hint",
            tr("Ticked indices are computed for each date as soon as it is downloaded."),
        )
        self.index_boxes: dict[str, QCheckBox] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (key, index) in enumerate(CATALOGUE.items()):
            box = QCheckBox(key)
            box.setObjectName(f"index_{key}")
            box.setToolTip(f"{index.name}\n{index.formula}")
            box.setAccessibleName(index.name)
            grid.addWidget(box, number // COLUMNS, number % COLUMNS)
            self.index_boxes[key] = box

        self.custom = QLineEdit()
        self.custom.setObjectName("custom_index")
        self.custom.setPlaceholderText(EXAMPLE)
        self.custom.setClearButtonEnabled(True)
        self.custom.setToolTip(
            tr(
                "Band math over band names (B2 … B12), numbers, + - * / ^, parentheses, "
                "abs, sqrt, log, exp, min, max and nd(a, b); computed as well when not empty"
            )
        )
        self.custom_note = text_label("custom_note", hidden=True)
        self.low = self._range_box("custom_minimum", DEFAULT_CUSTOM_RANGE[0])
        self.high = self._range_box("custom_maximum", DEFAULT_CUSTOM_RANGE[1])
        self.low.setAccessibleName(tr("Band math: lowest value of the colour ramp"))
        self.high.setAccessibleName(tr("Band math: highest value of the colour ramp"))
        range_row = QHBoxLayout()
        range_row.addWidget(self.low, 1)
        range_row.addWidget(QLabel(tr("to")))
        range_row.addWidget(self.high, 1)

        self.compute_button = push_button(
            tr("Compute for dates on the map"),
            "compute_indices",
            self.compute_on_map,
            tr(
                "The ticked indices of the ClearSKY dates selected in the Layers panel, or of "
                "every ClearSKY date on the map when none is selected"
            ),
        )
        self.kind = narrow(QComboBox())
        self.kind.setObjectName("mosaic_kind")
        self.kind.addItem(tr("VRT (at once)"), VRT)
        self.kind.addItem(tr("Cloud Optimized GeoTIFF (background)"), COG)
        self.kind.setToolTip(
            tr(
                "A VRT is ready at once and reads the original files; a Cloud Optimized "
                "GeoTIFF is one new file, written on a background task"
            )
        )
        self.mosaic_button = push_button(
            tr("Mosaic selected layers"),
            "mosaic",
            self.mosaic_selected,
            tr(
                "Merge the raster layers selected in the Layers panel (tiles of one date, "
                "neighbouring areas) into one layer that takes their place; their files stay"
            ),
        )
        self.cancel_button = push_button(
            tr("Cancel"),
            "cancel_analysis",
            self.cancel,
            tr("Cancel the running index tasks and mosaic"),
        )
        self.cancel_button.setEnabled(False)
        self.status = text_label("analysis_status", hidden=True)

        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(grid_widget)
        form.addRow(tr("Band math"), self.custom)
        form.addRow(self.custom_note)
        form.addRow(tr("Range"), range_row)
        form.addRow(self.compute_button)
        form.addRow(tr("Mosaic as"), self.kind)
        form.addRow(self.mosaic_button)  # rows of their own: German labels are long
        form.addRow(self.cancel_button)
        form.addRow(self.status)

        self.custom.textChanged.connect(self._check_custom)
        self.low.valueChanged.connect(self._range_changed)
        self.high.valueChanged.connect(self._range_changed)
        self.jobs.layerAdded.connect(self._layer_added)
        self.jobs.jobFailed.connect(self._job_failed)
        self.jobs.allDone.connect(self._maybe_idle)
        self.mosaic.replaced.connect(self._mosaic_done)
        self.mosaic.failed.connect(self._mosaic_failed)

    @staticmethod
    def _range_box(name: str, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(-RANGE_LIMIT, RANGE_LIMIT)
        box.setDecimals(2)
        box.setSingleStep(0.1)
        box.setValue(value)
        box.setMinimumWidth(
            RANGE_BOX_WIDTH
        )  # not the width of the largest value: the dock is narrow
        return box

    # What the dock calls -------------------------------------------------------------

    def chosen_indices(self) -> list[str]:
        """Ticked catalogue keys, then the band math when it is valid (in that order)."""
        chosen = [key for key, box in self.index_boxes.items() if box.isChecked()]
        text = self.custom.text().strip()
        if text and self._check_custom(text):
            chosen.append(text)
        return chosen

    def date_landed(self, date: dt.date, result: DownloadResult, group: str, aoi_name: str) -> list:
        """A date's file is on disk: start its ticked indices (none ticked: nothing)."""
        indices = self.chosen_indices()
        if not indices:
            return []
        try:
            started = self.jobs.start(date, result.path, group, aoi_name, indices)
        except ClearSkyError as exc:
            show_error(self.iface.messageBar(), exc, date.isoformat())
            return []
        self._show_running()
        return started

    def close_down(self) -> None:
        """Cancel what runs; nothing reaches the project or the dock afterwards."""
        self.jobs.close_down()
        self.mosaic.close_down()

    # Buttons -------------------------------------------------------------------------

    def compute_on_map(self) -> list:
        """The ticked indices of the selected ClearSKY dates, else of every one on the map."""
        indices = self.chosen_indices()
        if not indices:
            self._say(tr("Tick at least one index, or write band math."), ERROR_STYLE)
            return []
        selected = [layer for layer in self._selected() if composite_file(layer) is not None]
        layers = selected or composite_layers(self.jobs.project)
        if not layers:
            self._say(tr("No ClearSKY dates on the map: download some first."), ERROR_STYLE)
            return []
        try:
            started = self.jobs.apply_to_layers(layers, indices)
        except ClearSkyError as exc:
            self._say(user_text(exc), ERROR_STYLE)
            return []
        if not started:
            self._say(tr("These indices are already on the map for these dates."))
            return []
        self._show_running()
        return started

    def mosaic_selected(self) -> None:
        """Merge the layers selected in the Layers panel into one, in their place."""
        layers = self._selected()
        kind = self.kind.currentData()
        try:
            task = self.mosaic.start(layers, kind)
        except ClearSkyError as exc:
            self._say(user_text(exc), ERROR_STYLE)
            return
        if task is not None:
            self._say(tr("Writing the mosaic on a background task…"))
            self._update_cancel()

    def cancel(self) -> None:
        self.jobs.cancel()
        self.mosaic.cancel()

    # Internals -----------------------------------------------------------------------

    def _selected(self) -> list:
        view = self.iface.layerTreeView()
        return list(view.selectedLayers()) if view is not None else []

    def _check_custom(self, text: str) -> bool:
        """Show whether the band math is valid; True when it is (or empty)."""
        text = text.strip()
        if not text:
            show(self.custom_note, "")
            return True
        try:
            index = custom_index(text)
        except InputError as exc:
            show(self.custom_note, user_text(exc), ERROR_STYLE)
            return False
        bands = ", ".join(index.bands)
        show(self.custom_note, tr("Uses {bands}.").format(bands=bands), INFO_STYLE)
        return True

    def _range_changed(self, _value: float) -> None:
        try:
            self.jobs.set_custom_range(self.low.value(), self.high.value())
        except InputError as exc:
            self._say(user_text(exc), ERROR_STYLE)

    def _show_running(self) -> None:
        count = self.jobs.running()
        if count:
            self._say(tr("Computing {count} index layer(s)…").format(count=count))
        self._update_cancel()

    def _layer_added(self, date: dt.date, key: str, _layer) -> None:
        text = tr("{index} of {date} added.").format(index=key, date=date.isoformat())
        if self.jobs.running():
            text += " " + tr("{count} still computing.").format(count=self.jobs.running())
        self._say(text, SUCCESS_STYLE)

    def _job_failed(self, date: dt.date, key: str, error: Exception) -> None:
        if isinstance(error, CancelledError):
            self._say(tr("{index} of {date} cancelled.").format(index=key, date=date.isoformat()))
            return
        subject = f"{key} {date.isoformat()}"
        self._say(f"{subject}: {user_text(error)}", ERROR_STYLE)
        show_error(self.iface.messageBar(), error, subject)

    def _mosaic_done(self, layer) -> None:
        self._say(tr("The mosaic {name} replaced the layers.").format(name=layer.name()))
        tell(self.iface.messageBar(), tr("Mosaic written: {path}").format(path=layer.source()))
        self._maybe_idle()

    def _mosaic_failed(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            self._say(tr("Mosaic cancelled: the layers are unchanged."))
        else:
            self._say(user_text(error), ERROR_STYLE)
            show_error(self.iface.messageBar(), error, tr("Mosaic"))
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        self._update_cancel()
        if not self.jobs.running() and not self.mosaic.busy:
            self.idle.emit()

    def _update_cancel(self) -> None:
        self.cancel_button.setEnabled(bool(self.jobs.running()) or self.mosaic.busy)

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)

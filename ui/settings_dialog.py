"""Settings: server, API key (kept in QGIS's encrypted authentication database), defaults."""

from __future__ import annotations

from qgis.gui import QgsFileWidget, QgsPasswordLineEdit
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..core.api.config import Settings, check_base_url, insecure_url_warning, store_key
from ..core.api.errors import ClearSkyError
from ..core.api.i18n import noop, tr
from ..core.api.models import RESOLUTIONS
from .crs_choice import OutputCrsChoice
from .messages import ERROR_STYLE, WARNING_STYLE

KEY_SAVED = noop(
    "A key is saved (encrypted in QGIS's authentication database). Type to replace it."
)
KEY_NONE = noop("No key saved yet: get one at https://eo.clearsky.vision (GET API KEY).")


class SettingsDialog(QDialog):
    def __init__(self, parent=None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ClearSKY Vision settings"))
        self.setObjectName("clearskySettingsDialog")
        self.settings = settings or Settings.load()
        form = QFormLayout()

        self.base_url = QLineEdit(self.settings.base_url)
        self.url_warning = QLabel()
        self.url_warning.setWordWrap(True)
        self.url_warning.setStyleSheet(WARNING_STYLE)
        self.base_url.textChanged.connect(self._show_url_warning)
        form.addRow(tr("Server"), self.base_url)
        form.addRow("", self.url_warning)

        self.api_key = QgsPasswordLineEdit()
        self.api_key.setPlaceholderText(tr("paste your API key"))
        self.key_state = QLabel(tr(KEY_SAVED) if self.settings.auth_config_id else tr(KEY_NONE))
        self.key_state.setWordWrap(True)
        form.addRow(tr("API key"), self.api_key)
        form.addRow("", self.key_state)

        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(self.settings.download_folder)
        form.addRow(tr("Download folder"), self.folder)

        self.resolution = QComboBox()
        for value in RESOLUTIONS:
            self.resolution.addItem(f"{value} m", value)
        self.resolution.setCurrentIndex(
            max(0, self.resolution.findData(self.settings.default_resolution))
        )
        form.addRow(tr("Default resolution"), self.resolution)

        self.crs = OutputCrsChoice(self.settings.default_crs)
        form.addRow(tr("Default output CRS"), self.crs)

        self.bands = QLineEdit(self.settings.default_bands)
        self.bands.setToolTip(tr("all, rgb, or a list such as B4,B3,B2,B8,[B8_B4]"))
        form.addRow(tr("Default bands"), self.bands)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_url_warning(self.base_url.text())

    def _show_url_warning(self, url: str) -> None:
        warning = insecure_url_warning(url.strip())
        self.url_warning.setText(warning or "")
        self.url_warning.setVisible(bool(warning))

    def accept(self) -> None:
        """Save, or say what is wrong and keep the dialog open."""
        try:
            self.settings.base_url = check_base_url(self.base_url.text())
            from ..core.api.bands import BandList

            self.settings.default_bands = BandList.parse(self.bands.text()).api_value
            key = self.api_key.text().strip()
            if key:
                self.settings.auth_config_id = store_key(key, self.settings.auth_config_id)
        except ClearSkyError as exc:
            self.error.setText(str(exc))
            return
        self.settings.download_folder = self.folder.filePath()
        self.settings.default_resolution = int(self.resolution.currentData())
        self.settings.default_crs = self.crs.stored()
        self.settings.save()
        super().accept()

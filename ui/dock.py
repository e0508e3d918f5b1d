"""The ClearSKY Vision dock: account first; the network work runs in QgsTasks."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import tasks
from ..core.errors import ClearSkyError
from ..core.models import AccountInfo


class ClearSkyDock(QgsDockWidget):
    def __init__(self, iface, open_settings) -> None:
        super().__init__("ClearSKY Vision")
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        self._open_settings = open_settings
        self.account: AccountInfo | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._account_box())
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh_account()

    @staticmethod
    def default_area():
        return Qt.DockWidgetArea.RightDockWidgetArea

    def _account_box(self) -> QGroupBox:
        box = QGroupBox("Account")
        form = QFormLayout(box)
        self.account_labels = {}
        for field, label in (
            ("credits", "Credits left"),
            ("credit_limit", "Credit limit"),
            ("max_area_km2", "Max area per request"),
            ("max_bands", "Max bands"),
            ("max_connections", "Max connections"),
        ):
            value = QLabel("…")
            value.setObjectName(f"account_{field}")
            self.account_labels[field] = value
            form.addRow(label, value)
        self.account_status = QLabel()
        self.account_status.setObjectName("account_status")
        self.account_status.setWordWrap(True)
        form.addRow(self.account_status)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.refresh_account)
        settings = QPushButton("Settings…")
        settings.clicked.connect(self._open_settings)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(settings)
        form.addRow(buttons)
        return box

    def client(self):
        """A client from the current settings (or the environment)."""
        from ..core.client import ClearSkyClient
        from ..core.config import network_options, resolve_connection

        connection = resolve_connection()
        return ClearSkyClient(connection.base_url, connection.api_key, network_options())

    def refresh_account(self) -> None:
        try:
            client = self.client()
        except ClearSkyError as exc:
            self._account_failed(exc)
            return
        self.account_status.setText("Checking your account…")
        self.refresh_button.setEnabled(False)
        tasks.start(
            tasks.FunctionTask(
                "ClearSKY Vision: account",
                lambda _task: client.account_info(),
                on_done=self._account_loaded,
                on_error=self._account_failed,
            )
        )

    def _account_loaded(self, info: AccountInfo) -> None:
        self.account = info
        self.refresh_button.setEnabled(True)
        self.account_status.setText("")
        labels = self.account_labels
        labels["credits"].setText(f"{info.credits:,.2f}")
        labels["credit_limit"].setText(f"{info.credit_limit:,.2f}")
        labels["max_area_km2"].setText(f"{info.max_area_km2:,.0f} km²")
        labels["max_bands"].setText(str(info.max_bands))
        labels["max_connections"].setText(str(info.max_connections))

    def _account_failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.account_status.setText(str(error))
        for label in self.account_labels.values():
            label.setText("–")

    def settings_changed(self) -> None:
        self.refresh_account()

    def close_down(self) -> None:
        """Cancel this dock's running tasks before the plugin unloads."""
        for task in tasks.running():
            task.cancel()

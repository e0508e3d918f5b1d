"""The account section: credits and the key's limits, with a way to fix a refused key."""

from __future__ import annotations

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

from ..core.api.models import AccountInfo
from .messages import ERROR_STYLE, INFO_STYLE, show, text_label, user_text

FIELDS = (
    ("credits", "Credits left"),
    ("credit_limit", "Credit limit"),
    ("max_area_km2", "Max area per request"),
    ("max_bands", "Max bands"),
    ("max_connections", "Max connections"),
)
SETTINGS_LINK = '<a href="settings">Open the ClearSKY settings</a>'


class AccountBox(QgsCollapsibleGroupBox):
    """Shows an AccountInfo; emits ``refresh_requested`` and ``settings_requested``."""

    refresh_requested = pyqtSignal()
    settings_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__("Account", parent)
        self.setObjectName("account_box")
        form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for field, text in FIELDS:
            value = QLabel("…")
            value.setObjectName(f"account_{field}")
            self.labels[field] = value
            form.addRow(text, value)
        self.status = text_label("account_status")
        self.status.linkActivated.connect(lambda _link: self.settings_requested.emit())
        form.addRow(self.status)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setObjectName("account_refresh")
        self.refresh_button.setToolTip("Ask the server for your credits and limits (free)")
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh_requested.emit())
        self.settings_button = QPushButton("Settings…")
        self.settings_button.setObjectName("account_settings")
        self.settings_button.clicked.connect(lambda _checked=False: self.settings_requested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.settings_button)
        form.addRow(buttons)

    def checking(self) -> None:
        self.refresh_button.setEnabled(False)
        self._say("Checking your account…")

    def show_account(self, info: AccountInfo) -> None:
        self.refresh_button.setEnabled(True)
        self._say("")
        self.labels["credits"].setText(f"{info.credits:,.2f}")
        self.labels["credit_limit"].setText(f"{info.credit_limit:,.2f}")
        self.labels["max_area_km2"].setText(f"{info.max_area_km2:,.0f} km²")
        self.labels["max_bands"].setText(str(info.max_bands))
        self.labels["max_connections"].setText(str(info.max_connections))

    def show_error(self, error: BaseException) -> None:
        """The reason in words and a link to the settings; never a traceback."""
        self.refresh_button.setEnabled(True)
        for label in self.labels.values():
            label.setText("–")
        self._say(f"{_escape(user_text(error))}<br>{SETTINGS_LINK}", ERROR_STYLE)

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

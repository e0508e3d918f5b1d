"""The account section: processing units, euros and the key's limits; a way to fix a bad key."""

from __future__ import annotations

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

from ..core.api.config import key_source
from ..core.api.i18n import noop, tr
from ..core.api.models import AccountInfo
from .messages import ERROR_STYLE, INFO_STYLE, WARNING_STYLE, show, text_label, user_text

# (field, label, unit); every field may be missing from the server's answer.
FIELDS = (
    ("processing_units", noop("Processing units"), "PU"),
    ("processing_unit_limit", noop("Processing unit limit"), "PU"),
    ("euro_balance", noop("Euro balance"), "€"),
    ("euro_overdraft_limit", noop("Euro overdraft limit"), "€"),
    ("euro_credit_limit", noop("Euro credit limit"), "€"),
    ("euro_balance_cap", noop("Euro balance cap"), "€"),
    ("current_month_costs", noop("Costs this month"), "€"),
    ("next_month_costs", noop("Costs next month"), "€"),
    ("max_area_km2", noop("Max area per request"), "km²"),
    ("max_bands", noop("Max bands"), ""),
    ("max_connections", noop("Max connections"), ""),
)
UNKNOWN = "–"


def value_text(value, unit: str) -> str:
    """``1,234.50 PU``, ``€12.00``, ``250 km²``; UNKNOWN when the server did not say."""
    if value is None:
        return UNKNOWN
    if isinstance(value, int) and not unit:
        return str(value)
    if unit == "€":
        return f"€{value:,.2f}"
    if unit == "km²":
        return f"{value:,.0f} km²"
    if unit == "PU":
        return f"{value:,.2f} PU"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


SETTINGS_LINK = noop('<a href="settings">Open the ClearSKY settings</a>')


class AccountBox(QgsCollapsibleGroupBox):
    """Asks for the account in the background and shows it; ``loaded`` gives the AccountInfo
    (None after a failure), ``settings_requested`` asks for the settings dialog."""

    loaded = pyqtSignal(object)
    settings_requested = pyqtSignal()

    def __init__(self, runner=None, client_factory=None, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner.with_client(client_factory) if runner is not None else None
        self._asking = False
        self.setTitle(tr("Account"))
        self.setObjectName("account_box")
        form = QFormLayout(self)
        self.form = form
        self.labels: dict[str, QLabel] = {}
        for field, text, _unit in FIELDS:
            value = QLabel("…")
            value.setObjectName(f"account_{field}")
            self.labels[field] = value
            form.addRow(tr(text), value)
        self.extra = text_label("account_extra", hidden=True)
        form.addRow(self.extra)
        # Which key and from where: an environment key silently replacing the saved one
        # would otherwise show another account's balance.
        self.key = text_label("account_key")
        form.addRow(tr("Key"), self.key)
        self.status = text_label("account_status")
        self.status.linkActivated.connect(lambda _link: self.settings_requested.emit())
        form.addRow(self.status)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("account_refresh")
        self.refresh_button.setToolTip(tr("Ask the server for your balances and limits (free)"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.settings_button = QPushButton(tr("Settings…"))
        self.settings_button.setObjectName("account_settings")
        self.settings_button.clicked.connect(lambda _checked=False: self.settings_requested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.settings_button)
        form.addRow(buttons)

    def refresh(self) -> None:
        """Ask for balances and limits (free), unless that is already under way."""
        if self._asking or self.runner is None:
            return
        self._asking = True
        self.refresh_button.setEnabled(False)
        self.show_key()
        self._say(tr("Checking your account…"))
        self.runner.ask(
            tr("account"), lambda client: client.account_info(), self._loaded, self._failed
        )

    def _loaded(self, info: AccountInfo) -> None:
        self._asking = False
        self.show_account(info)
        self.loaded.emit(info)

    def _failed(self, error: Exception) -> None:
        self._asking = False
        self.show_error(error)
        self.loaded.emit(None)

    def show_account(self, info: AccountInfo) -> None:
        """Every field the server sent; a missing one is UNKNOWN and its row is hidden."""
        self.refresh_button.setEnabled(True)
        self._say("")
        for field, _text, unit in FIELDS:
            value = getattr(info, field, None)
            label = self.labels[field]
            label.setText(value_text(value, unit))
            self._set_row_visible(label, value is not None)
        extra = "<br>".join(f"{_escape(name)}: {value:,g}" for name, value in info.extra)
        show(self.extra, extra)

    def show_key(self) -> None:
        """Which key is in use and where it came from (the environment or Settings)."""
        source = key_source()
        style = WARNING_STYLE if source.overrides_saved_key else INFO_STYLE
        show(self.key, _escape(source.text), style)

    def _set_row_visible(self, label: QLabel, visible: bool) -> None:
        label.setVisible(visible)
        partner = self.form.labelForField(label)
        if partner is not None:
            partner.setVisible(visible)

    def show_error(self, error: BaseException) -> None:
        """The reason in words and a link to the settings; never a traceback."""
        self.refresh_button.setEnabled(True)
        for label in self.labels.values():
            label.setText(UNKNOWN)
        show(self.extra, "")
        self._say(f"{_escape(user_text(error))}<br>{tr(SETTINGS_LINK)}", ERROR_STYLE)

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""How the plugin words, colours and shows what it tells the user; one function shows any error."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QComboBox, QLabel

from ..core.api.errors import ClearSkyError, Level
from ..core.api.i18n import tr

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #b35900;"
SUCCESS_STYLE = "color: #2e7d32;"
INFO_STYLE = ""
TITLE = "ClearSKY Vision"
LEVELS = {
    Level.INFO: Qgis.MessageLevel.Info,
    Level.SUCCESS: Qgis.MessageLevel.Success,
    Level.WARNING: Qgis.MessageLevel.Warning,
    Level.CRITICAL: Qgis.MessageLevel.Critical,
}
STYLES = {
    Level.INFO: INFO_STYLE,
    Level.SUCCESS: SUCCESS_STYLE,
    Level.WARNING: WARNING_STYLE,
    Level.CRITICAL: ERROR_STYLE,
}


def log_hint() -> str:
    return tr("see the log: View > Panels > Log Messages > ClearSKY Vision")


def unexpected(error: BaseException) -> str:
    """One line for a bug; the traceback goes to the log, never to the user."""
    return tr("Unexpected error: {kind}: {error} ({hint}).").format(
        kind=type(error).__name__, error=error, hint=log_hint()
    )


def user_text(error: BaseException) -> str:
    """The actionable sentence of a ClearSkyError, or the one line for a bug."""
    return str(error) if isinstance(error, ClearSkyError) else unexpected(error)


def error_title(error: BaseException) -> str:
    """A few words naming what went wrong (a date's status cell, a message bar title)."""
    return tr(error.title) if isinstance(error, ClearSkyError) else tr("Unexpected error")


def error_level(error: BaseException) -> Level:
    return error.level if isinstance(error, ClearSkyError) else Level.CRITICAL


def error_style(error: BaseException) -> str:
    """The label colour for ``error``'s level."""
    return STYLES[error_level(error)]


def show_error(bar, error: BaseException, subject: str = "") -> None:
    """Push ``error`` to QGIS's message bar ``bar``: its title, its message (after
    ``subject``, e.g. a date), its details behind "more", at its level."""
    text = user_text(error)
    if subject:
        text = f"{subject}: {text}"
    title = f"{TITLE}: {error_title(error)}"
    level = LEVELS[error_level(error)]
    details = getattr(error, "details", "")
    if details:
        bar.pushMessage(title, text, details, level)
    else:
        bar.pushMessage(title, text, level=level)


def tell(bar, text: str, level: Level = Level.INFO) -> None:
    """Push a plain message (no error) under the plugin's title."""
    bar.pushMessage(TITLE, text, level=LEVELS[level])


def text_label(name: str, text: str = "", hidden: bool = False) -> QLabel:
    """A word-wrapping label named ``name`` (tests and screen readers find it by name)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(not hidden)
    return label


def narrow(combo: QComboBox, characters: int = 12) -> QComboBox:
    """Let ``combo`` shrink with the dock instead of widening it to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def show(label: QLabel, text: str, style: str = INFO_STYLE) -> None:
    """Put ``text`` in ``label`` in the colour of its kind; an empty text hides the label."""
    label.setText(text)
    label.setStyleSheet(style)
    label.setVisible(bool(text))

"""How the dock words and colours what it tells the user."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QComboBox, QLabel

from ..core.api import errors
from ..core.api.errors import ClearSkyError

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #b35900;"
SUCCESS_STYLE = "color: #2e7d32;"
INFO_STYLE = ""
TITLE = "ClearSKY Vision"
LOG_HINT = "see the log: View > Panels > Log Messages > ClearSKY Vision"


def unexpected(error: BaseException) -> str:
    """One line for a bug; the traceback goes to the log, never to the user."""
    return f"Unexpected error: {type(error).__name__}: {error} ({LOG_HINT})."


def user_text(error: BaseException) -> str:
    """The actionable sentence of a ClearSkyError, or the one-line bug report."""
    return str(error) if isinstance(error, ClearSkyError) else unexpected(error)


def short_reason(error: BaseException) -> str:
    """A few words for a date's status cell; the full sentence goes to the message bar."""
    reasons = (
        (errors.CancelledError, "cancelled"),
        (errors.NoDataError, "no imagery (1002)"),
        (errors.NotOrderedError, "not ordered (1006)"),
        (errors.InsufficientUnitsError, "not enough processing units"),
        (errors.AreaTooLargeError, "area too large"),
        (errors.TooManyBandsError, "too many bands"),
        (errors.KeyRefusedError, "key refused"),
        (errors.NetworkError, "network error"),
        (errors.StorageError, "disk error"),
        (errors.DownloadError, "download broken"),
        (errors.ServerError, "server error"),
    )
    for kind, words in reasons:
        if isinstance(error, kind):
            return words
    return "failed" if isinstance(error, ClearSkyError) else "unexpected error"


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

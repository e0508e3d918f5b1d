"""How the plugin words, colours and shows what it tells the user; one function shows any error.

Also the few widget builders every section shares (buttons, lists, a scrolling column)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.api.errors import ClearSkyError, Level
from ..core.api.i18n import tr

LOG = logging.getLogger("clearsky_vision")
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


def attempt(
    action: Callable[[], object],
    label: QLabel,
    failure: str,
    style: Callable[[BaseException], str] = error_style,
) -> None:
    """Run ``action``; a ClearSkyError it raises is shown in ``label`` (in ``style(error)``),
    a bug in one line there with its traceback logged under ``failure``; nothing is raised."""
    try:
        action()
    except ClearSkyError as exc:
        show(label, str(exc), style(exc))
    except Exception as exc:  # a bug: one line here, the traceback in the log
        LOG.exception(failure)
        show(label, user_text(exc), ERROR_STYLE)


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


def push_button(text: str, name: str, slot, tip: str = "") -> QPushButton:
    """A push button named ``name`` that calls ``slot()`` when clicked; ``tip``: its tooltip."""
    push = QPushButton(text)
    push.setObjectName(name)
    push.clicked.connect(lambda _checked=False: slot())
    if tip:
        push.setToolTip(tip)
    return push


def scrolling(*parts: QWidget | QLayout) -> QScrollArea:
    """``parts`` top to bottom above a stretch, in a scroll area that resizes them."""
    body = QWidget()
    column = QVBoxLayout(body)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    return scroll


def flat_tree(
    name: str,
    headers: list[str],
    min_height: int,
    fitted: Iterable[int] = (),
    selection=QAbstractItemView.SelectionMode.SingleSelection,
) -> QTreeWidget:
    """A list of rows under ``headers`` (no tree lines); the ``fitted`` columns as wide as
    their contents."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setSelectionMode(selection)
    tree.setMinimumHeight(min_height)
    for column in fitted:
        tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


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


def client_factory(bar):
    """A function making a client from the settings (or the environment); a plain http://
    server other than this machine is warned about in ``bar``, once per address."""
    from ..core.api.client import configured_client
    from ..core.api.config import insecure_url_warning

    warned: set[str] = set()

    def client():
        made = configured_client()
        warning = insecure_url_warning(made.base_url)
        if warning and made.base_url not in warned:
            warned.add(made.base_url)
            tell(bar, warning, Level.WARNING)
        return made

    return client

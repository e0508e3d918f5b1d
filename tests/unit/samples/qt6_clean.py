"""A sample that scripts/qt6_check.py must accept: scoped enums, exec(), signals on a QObject."""

from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QDialog, QLabel


class Worker(QObject):
    finished = pyqtSignal(str)


def ask(dialog: QDialog, label: QLabel, action: QAction) -> int:
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return dialog.exec()

"""A deliberately bad sample for scripts/qt6_check.py: every line below is wrong on Qt6.

Not shipped and never imported; tests/unit/test_qt6_check.py checks that the Qt6 check refuses it.
"""

from PyQt5.QtWidgets import QMessageBox
from qgis.PyQt.QtCore import QObject, QRegExp, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDesktopWidget, QDialog, QLabel

ALIGN = Qt.AlignLeft
changed = pyqtSignal(str)


class NotAQObject:
    finished = pyqtSignal()


class Fine(QObject):
    finished = pyqtSignal()


def ask(dialog: QDialog, label: QLabel) -> int:
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    pattern = QRegExp("[0-9]+")
    screen = QDesktopWidget().screenGeometry()
    return dialog.exec_() + QMessageBox.Yes + bool(pattern) + bool(screen)

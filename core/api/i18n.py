"""Translation of every text a user reads, in every layer.

All texts share one context, so one .ts file per language (i18n/) holds them all and a text
moved between modules keeps its translation. core/api and core/raster must load without Qt:
QCoreApplication is looked up at the first call, and without it texts stay in English.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "ClearSkyVision"

_translate: Callable[[str, str], str] | None = None


def tr(text: str) -> str:
    """``text`` in the language QGIS runs in (English when no translation is installed)."""
    global _translate
    if _translate is None:
        try:
            from qgis.PyQt.QtCore import QCoreApplication

            _translate = QCoreApplication.translate
        except ImportError:
            _translate = _unchanged
    return _translate(CONTEXT, text)


def noop(text: str) -> str:
    """Marks ``text`` for the translation files where it is defined; ``tr`` it where it is shown."""
    return text


def _unchanged(_context: str, text: str) -> str:
    return text

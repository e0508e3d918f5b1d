"""What every ClearSKY algorithm shares: naming, help, icon, the client and error mapping."""

from __future__ import annotations

import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QIcon

from ..core.api.i18n import noop, tr
from .parameters import help_string
from .provider import ICON


class ClearSkyAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY, GROUP, HELP and implement ``define`` and ``execute``."""

    NAME = ""
    DISPLAY = ""
    GROUP = noop("Imagery")
    HELP: str | tuple[str, ...] = ""  # noop-marked text or paragraphs, translated when shown

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # stable whatever the language: models refer to it
        return self.GROUP.lower().replace(" ", "_")

    def shortHelpString(self) -> str:
        return help_string(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):
        return type(self)()

    def initAlgorithm(self, config=None) -> None:
        self.define()

    def define(self) -> None:
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback: QgsProcessingFeedback):
        from ..core.api.errors import ClearSkyError

        try:
            return self.execute(parameters, context, feedback)
        except ClearSkyError as exc:
            message = str(exc)
            # SIP keeps the Python exception it turns into a C++ one: its traceback must
            # not hold the context (layers, GDAL datasets) past QGIS's shutdown.
            traceback.clear_frames(exc.__traceback__)
        del parameters, context, feedback
        # Same actionable sentence as the dock; Processing shows it without a traceback.
        raise QgsProcessingException(message)

    def execute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    @staticmethod
    def client(feedback):
        """A client from CLEARSKY_API_URL / CLEARSKY_API_KEY or the plugin settings; a plain
        http:// server other than this machine is reported as a warning."""
        from ..core.api.client import configured_client
        from ..core.api.config import insecure_url_warning

        client = configured_client()
        warning = insecure_url_warning(client.base_url)
        if warning:
            feedback.pushWarning(warning)
        return client

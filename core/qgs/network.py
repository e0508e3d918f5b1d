"""The plugin's requests in QGIS's Network Logger (F12 > Network Logger).

The transport sends with ``requests`` (faster than QgsNetworkAccessManager for large files,
see core/api/transport.py), so QGIS does not see those requests by itself. The logger
listens to the signals of QGIS's main network access manager; ``NetworkLoggerFeed``
emits the same two signals QGIS emits for its own requests: ``requestAboutToBeCreated``
when one starts and ``finished`` when its answer's head arrived or it failed. The key is
shown as ``***``. ``install()`` makes every ``config.network_options()`` carry the feed.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from qgis.core import QgsNetworkAccessManager, QgsNetworkReplyContent, QgsNetworkRequestParameters
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from ..api import observers

# QGIS numbers its own requests from 1 up; ours count down from the top of the int range,
# so the logger never mixes the two.
_IDS = itertools.count(2**31 - 1, -1)
_IDS_LOCK = threading.Lock()

_OPERATIONS = {
    "GET": QNetworkAccessManager.Operation.GetOperation,
    "HEAD": QNetworkAccessManager.Operation.HeadOperation,
    "POST": QNetworkAccessManager.Operation.PostOperation,
    "PUT": QNetworkAccessManager.Operation.PutOperation,
    "DELETE": QNetworkAccessManager.Operation.DeleteOperation,
}


class _AnsweredReply(QNetworkReply):
    """The head of an answer received by ``requests``, in the form QgsNetworkReplyContent reads."""

    def __init__(self, request: QNetworkRequest, operation, request_id: int) -> None:
        super().__init__()
        self.setRequest(request)
        self.setUrl(request.url())
        self.setOperation(operation)
        self.setProperty("requestId", request_id)

    def answer(self, status: int | None, headers: dict[str, str], error: str | None) -> None:
        if status is not None:
            self.setAttribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute, status)
        for name, value in headers.items():
            self.setRawHeader(name.encode("latin-1", "replace"), value.encode("latin-1", "replace"))
        if error is not None:
            self.setError(QNetworkReply.NetworkError.UnknownNetworkError, error)
        elif status is not None and status >= 400:
            self.setError(QNetworkReply.NetworkError.UnknownContentError, f"HTTP {status}")

    def abort(self) -> None:
        pass

    def readData(self, _size: int) -> bytes:
        return b""


class NetworkLoggerFeed:
    """A ``RequestObserver`` that shows each request in QGIS's Network Logger."""

    def __init__(self, manager: QgsNetworkAccessManager | None = None) -> None:
        # The main thread's manager: the one the logger listens to (tasks run elsewhere).
        self.manager = manager or QgsNetworkAccessManager.instance()

    def started(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Any:
        with _IDS_LOCK:
            request_id = next(_IDS)
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode(), value.encode())
        operation = _OPERATIONS.get(method.upper(), QNetworkAccessManager.Operation.CustomOperation)
        parameters = QgsNetworkRequestParameters(operation, request, request_id, QByteArray(body))
        self.manager.requestAboutToBeCreated[QgsNetworkRequestParameters].emit(parameters)
        return request, operation, request_id

    def finished(
        self, token: Any, status: int | None, headers: dict[str, str], error: str | None
    ) -> None:
        if token is None:
            return
        reply = _AnsweredReply(*token)
        reply.answer(status, headers, error)
        self.manager.finished[QgsNetworkReplyContent].emit(QgsNetworkReplyContent(reply))


def install() -> NetworkLoggerFeed:
    """From now on the plugin's requests show in the Network Logger (call on the main thread)."""
    feed = NetworkLoggerFeed()
    observers.set_request_observer(feed)
    return feed


def uninstall() -> None:
    observers.set_request_observer(None)

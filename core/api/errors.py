"""One exception hierarchy for everything that can go wrong talking to ClearSKY Vision.

``str(error)`` is always a sentence a user can act on; it never holds the API key, a URL
with secrets, or a traceback.
"""

from __future__ import annotations

SETTINGS_HINT = "Raster > ClearSKY Vision > Settings"


class ClearSkyError(Exception):
    """Base of every error the plugin reports to a user."""

    retryable = False


class InputError(ClearSkyError):
    """Bad input caught before any request was sent (nothing was spent)."""


def missing_key() -> InputError:
    return InputError(
        f"No API key: enter yours in {SETTINGS_HINT}, or set CLEARSKY_API_KEY for headless runs."
    )


class CancelledError(ClearSkyError):
    """The user cancelled; partial files were removed."""

    def __init__(self, message: str = "Cancelled: nothing was saved for this item.") -> None:
        super().__init__(message)


class NetworkError(ClearSkyError):
    """The server could not be reached or the connection broke."""

    retryable = True


class RequestTimeoutError(NetworkError):
    """The server did not answer within the configured timeout."""

    retryable = False


class DownloadError(ClearSkyError):
    """A file arrived incomplete or unreadable; it was not kept."""

    retryable = True


class StorageError(ClearSkyError):
    """The output folder could not take the file (permissions, full disk)."""


class ApiError(ClearSkyError):
    """The server answered with an error envelope or an error status."""

    def __init__(self, message: str, code: int | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class KeyRefusedError(ApiError):
    """401: the key is missing, wrong or revoked."""


class NoDataError(ApiError):
    """1002: nothing produced for that area and/or date."""


class InsufficientCreditsError(ApiError):
    """The account cannot pay for the request."""


class AreaTooLargeError(ApiError):
    """The AOI is larger than the key's MaxCompositeAreaKm2."""


class TooManyBandsError(ApiError):
    """More bands than the key's MaxTotalBands."""


class AccessRestrictedError(ApiError):
    """The key may not read that area or date."""


class ValidationError(ApiError):
    """The server rejected fields of the request; ``issues`` maps field -> messages."""

    def __init__(
        self, message: str, issues: dict[str, list[str]], code: int | None = None, status=None
    ) -> None:
        super().__init__(message, code, status)
        self.issues = issues


class RateLimitedError(ApiError):
    """429 (or 503): too many requests or connections; retried before it reaches a user."""

    retryable = True

    def __init__(self, message: str, retry_after: float | None = None, status=429) -> None:
        super().__init__(message, status=status, code=status)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: a fault on the server side."""

    retryable = True


class ResponseFormatError(ApiError):
    """The server's answer was not the JSON envelope we expect (garbage, an HTML page)."""

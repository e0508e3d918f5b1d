"""One exception hierarchy for everything that can go wrong talking to ClearSKY Vision.

``str(error)`` is always a sentence a user can act on; it never holds the API key, a URL
with secrets, or a traceback.
"""

from __future__ import annotations

SETTINGS_HINT = "Raster > ClearSKY Vision > Settings"
ORDER_HINT = (
    "Order this area in the dock's Orders section (or with the 'Order' Processing "
    "algorithm), wait until the order is produced, then download."
)


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
    """401/403: the key is missing, wrong, revoked or lacks the right."""


class NotFoundError(ApiError):
    """404: a wrong path or an unknown identifier (GUID, date)."""


class ValidationError(ApiError):
    """992/993 or a ProblemDetails body: ``issues`` maps field -> messages."""

    def __init__(
        self,
        message: str,
        issues: dict[str, list[str]] | None = None,
        code: int | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, code, status)
        self.issues = dict(issues or {})


class InsufficientUnitsError(ApiError):
    """994: not enough processing units for the request."""


InsufficientCreditsError = InsufficientUnitsError  # the 2024 name of the same refusal


class NoDataError(ApiError):
    """1002: no imagery for that area and/or date (not produced, expired or partial)."""


class ConcurrencyLimitError(ApiError):
    """1003: too many requests in flight for the key; retried with fewer connections."""

    retryable = True


class AreaTooLargeError(ApiError):
    """1004: the AOI is larger than the key's MaxCompositeAreaKm2."""


class TooManyBandsError(ApiError):
    """1005: more bands than the key's MaxTotalBands."""


class NotOrderedError(ApiError):
    """1006: the area or date is not covered by one of the key's orders."""


AccessRestrictedError = NotOrderedError  # the earlier name


class RateLimitedError(ApiError):
    """429 (or 502/503/504): too many requests; retried before it reaches a user."""

    retryable = True

    def __init__(self, message: str, retry_after: float | None = None, status=429) -> None:
        super().__init__(message, status=status, code=status)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: a fault on the server side."""

    retryable = True


class ResponseFormatError(ApiError):
    """The server's answer was not the JSON envelope we expect (garbage, an HTML page)."""


class OrderUncertainError(ApiError):
    """The answer to an order create was lost and no matching order could be found."""

"""One exception hierarchy for everything that can go wrong talking to ClearSKY Vision.

``str(error)`` is always a sentence a user can act on; it never holds the API key, a URL
with secrets, or a traceback.
"""

from __future__ import annotations

from enum import Enum

from .i18n import noop, tr

# Marked here, translated where they are put into a message: tr(SETTINGS_HINT).
SETTINGS_HINT = noop("Raster > ClearSKY Vision > Settings")
ORDER_HINT = noop(
    "Order this area in the dock's Orders section (or with Processing's 'Place order', "
    "clearsky:order), wait until the order is produced, then download."
)


class Level(str, Enum):
    """How loudly an error is shown (the message bar level in ui.messages.show_error)."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    CRITICAL = "critical"


class ClearSkyError(Exception):
    """Base of every error the plugin reports to a user.

    Each kind carries how the interface shows it: ``title`` (a few words, marked for
    translation; also a date's status in the dock), ``level``, and ``details`` (optional
    text behind the message bar's "more" button). ``str(error)`` is the actionable message.
    """

    title = noop("Failed")
    level = Level.CRITICAL
    details = ""
    retryable = False
    # A paid request failed after the server may have acted on it (``charged_maybe``):
    # re-running it is the user's explicit choice, at ``rerun_units`` processing units.
    maybe_charged = False
    rerun_units: float | None = None
    says_charged = False  # the message already says the request may have been charged


class InputError(ClearSkyError):
    """Bad input caught before any request was sent (nothing was spent)."""

    title = noop("Check the input")
    level = Level.WARNING


def missing_key() -> InputError:
    return InputError(
        tr(
            "No API key: enter yours in {settings}, or set CLEARSKY_API_KEY for headless runs."
        ).format(settings=tr(SETTINGS_HINT))
    )


class CancelledError(ClearSkyError):
    """The user cancelled; partial files were removed."""

    title = noop("Cancelled")
    level = Level.INFO

    def __init__(self, message: str = "") -> None:
        super().__init__(message or tr("Cancelled: nothing was saved for this item."))


class NetworkError(ClearSkyError):
    """The server could not be reached or the connection broke."""

    title = noop("Network error")
    retryable = True


class RequestTimeoutError(NetworkError):
    """The server did not answer within the configured timeout."""

    title = noop("Server too slow")
    retryable = False


class DownloadError(ClearSkyError):
    """A file arrived incomplete or unreadable; it was not kept."""

    title = noop("Download broken")
    retryable = True


class StorageError(ClearSkyError):
    """The output folder could not take the file (permissions, full disk)."""

    title = noop("Disk error")
    level = Level.WARNING


class ApiError(ClearSkyError):
    """The server answered with an error envelope or an error status."""

    title = noop("Refused by the server")

    def __init__(self, message: str, code: int | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class KeyRefusedError(ApiError):
    """401/403: the key is missing, wrong, revoked or lacks the right."""

    title = noop("Key refused")


class NotFoundError(ApiError):
    """404: a wrong path or an unknown identifier (GUID, date)."""

    title = noop("Not found")


class ValidationError(ApiError):
    """992/993 or a ProblemDetails body: ``issues`` maps field -> messages."""

    title = noop("Request refused")

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

    title = noop("Not enough processing units")
    level = Level.WARNING


InsufficientCreditsError = InsufficientUnitsError  # the 2024 name of the same refusal


class NoDataError(ApiError):
    """1002: no imagery for that area and/or date (not produced, expired or partial)."""

    title = noop("No imagery (1002)")
    level = Level.WARNING


class ConcurrencyLimitError(ApiError):
    """1003: too many requests in flight for the key; retried with fewer connections."""

    title = noop("Too many connections")

    retryable = True


class AreaTooLargeError(ApiError):
    """1004: the AOI is larger than the key's MaxCompositeAreaKm2."""

    title = noop("Area too large")
    level = Level.WARNING


class TooManyBandsError(ApiError):
    """1005: more bands than the key's MaxTotalBands."""

    title = noop("Too many bands")
    level = Level.WARNING


class NotOrderedError(ApiError):
    """1006: the area or date is not covered by one of the key's orders."""

    title = noop("Not ordered (1006)")
    level = Level.WARNING


AccessRestrictedError = NotOrderedError  # the earlier name


class RateLimitedError(ApiError):
    """429 (or 502/503/504): too many requests; retried before it reaches a user."""

    title = noop("Server busy")

    retryable = True

    def __init__(self, message: str, retry_after: float | None = None, status=429) -> None:
        super().__init__(message, status=status, code=status)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: a fault on the server side."""

    title = noop("Server error")
    retryable = True


class ResponseFormatError(ApiError):
    """The server's answer was not the JSON envelope we expect (garbage, an HTML page)."""

    title = noop("Unexpected answer")


class OrderUncertainError(ApiError):
    """The answer to an order create was lost and no matching order could be found."""

    title = noop("Order uncertain")


MAYBE_CHARGED = noop(
    "This download may have been charged: the server had the request when it failed."
)


def charged_maybe(error: ClearSkyError, units: float | None) -> ClearSkyError:
    """``error`` of a paid download that may have been charged, its text saying so and what
    downloading again costs (``units``: the estimate in processing units, None if unknown).

    The type is kept (callers still tell a network error from a server error); the text is
    extended in place, and the error is marked so the dock can ask before re-running.
    """
    if error.maybe_charged:
        return error
    text = str(error).rstrip()
    if not error.says_charged:
        text += " " + tr(MAYBE_CHARGED)
    text += " " + rerun_cost(units)
    error.args = (text, *error.args[1:])
    error.maybe_charged = True
    error.rerun_units = units
    return error


def rerun_cost(units: float | None) -> str:
    """What downloading a possibly charged request again costs, as a sentence."""
    if units is None:
        return tr(
            "Downloading it again is a new purchase: check its estimate and your balance first."
        )
    if units == 0:
        return tr(
            "Downloading it again costs 0 processing units if the failed try did not use the "
            "date's included download, else processing units like any further download: "
            "check the estimate and your balance first."
        )
    return tr(
        "Downloading it again costs about {units:g} processing units more: check your "
        "balance first."
    ).format(units=units)

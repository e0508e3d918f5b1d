"""What an endpoint answers: a JSON envelope or a file, and the API error carrying an envelope."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

JSON_TYPE = "application/json; charset=utf-8"
OCTET_TYPE = "application/octet-stream"


@dataclass
class Reply:
    """A complete in-memory response."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class FileReply:
    """A file streamed from disk; `on_delivered` charges (returns credits) before the last chunk."""

    path: Path
    filename: str | None = None
    status: int = 200
    start: int = 0
    length: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    on_delivered: Callable[[], float] | None = None
    on_refund: Callable[[float], None] | None = None
    cleanup: Callable[[], None] | None = None
    head_only: bool = False
    content_type: str = OCTET_TYPE

    def __post_init__(self) -> None:
        if self.length is None:
            self.length = self.path.stat().st_size - self.start


def envelope_bytes(data: Any = None, error: tuple[int, str] | None = None) -> bytes:
    payload = {
        "Succeeded": error is None,
        "Error": None if error is None else {"Message": error[1], "Code": error[0]},
        "Data": data,
    }
    return json.dumps(payload, separators=(",", ":")).encode("utf-8")


def success(data: Any) -> Reply:
    """HTTP 200 with a succeeded envelope."""
    return Reply(200, envelope_bytes(data))


def failure(
    status: int, code: int, message: str, data: Any = None, headers: list | None = None
) -> Reply:
    """An error envelope (Succeeded false)."""
    return Reply(status, envelope_bytes(data, (code, message)), headers=list(headers or []))


class ApiError(Exception):
    """Raised by endpoints; becomes an error envelope."""

    def __init__(self, status: int, code: int, message: str, data: Any = None, headers=None):
        super().__init__(message)
        self.reply = failure(status, code, message, data, headers)


def unauthorized() -> Reply:
    return failure(401, 401, "Unauthorized")


VALIDATION_CODE = 992
PROBLEM_TYPE = "application/problem+json; charset=utf-8"


def validation(errors: dict) -> ApiError:
    """Error 992 in the envelope: Data maps field names to lists of messages."""
    return ApiError(400, VALIDATION_CODE, "One or more validation errors occurred.", errors)


def problem_details(errors: dict) -> Reply:
    """ASP.NET's model-binding answer: no envelope, no Error.Code."""
    payload = {
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "title": "One or more validation errors occurred.",
        "status": 400,
        "errors": errors,
        "traceId": f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00",
    }
    return Reply(400, json.dumps(payload, separators=(",", ":")).encode(), PROBLEM_TYPE)


class ProblemError(Exception):
    """Raised by endpoints to answer with a ProblemDetails body."""

    def __init__(self, errors: dict):
        super().__init__("One or more validation errors occurred.")
        self.reply = problem_details(errors)


def concurrency_limited() -> Reply:
    """Over MaxConcurrentConnections: HTTP 400 with code 1003 (retryable)."""
    return failure(400, 1003, "Maximum number of concurrent requests reached for this key.")


def no_data(message: str = "No data available for the requested area and/or date.") -> ApiError:
    return ApiError(400, 1002, message)


def too_many_requests(retry_after: str | None = "1", message: str = "Too many requests") -> Reply:
    headers = [("Retry-After", retry_after)] if retry_after is not None else []
    return failure(429, 429, message, headers=headers)

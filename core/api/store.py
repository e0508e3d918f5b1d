"""Files from the server to disk: streamed, checked, atomically renamed, never bought twice.

Each finished file gets a sidecar ``<file>.clearsky.json`` holding the fingerprint of the
request that produced it; asking again for the same thing finds the file there and makes
no paid call.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import requests
import urllib3

from . import errors
from .errors import CancelledError, DownloadError, InputError
from .gdal_calls import open_raster
from .transport import clean_cause
from .version import plugin_version

Progress = Callable[[int, "int | None"], None]
CancelCheck = Callable[[], bool]
SIDECAR = ".clearsky.json"
PART = ".part"
PENDING_RECORD = ".json.part"
CHUNK = 1 << 20


class CorruptFileError(DownloadError):
    """The server delivered (and likely charged for) a file GDAL cannot read."""

    retryable = False


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    reused: bool
    size: int
    fingerprint: str
    record: dict[str, Any]


def safe_filename(name: str | None, fallback: str, extension: str) -> str:
    """A plain file name from a server-supplied one: no folders, no ``..``, no drive."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")
    if not base or set(base) <= {"."}:
        base = fallback
    base = base[:150]
    if not base.lower().endswith(f".{extension}"):
        base = f"{base}.{extension}"
    return base


def filename_from_headers(headers: Any) -> str | None:
    """The file name of a ``Content-Disposition`` header (RFC 6266 / 2231 forms)."""
    value = headers.get("Content-Disposition")
    if not value:
        return None
    message = Message()
    message["Content-Disposition"] = value
    return message.get_filename()


def check_output_folder(folder: str | os.PathLike, needed_bytes: int = 0) -> Path:
    """The folder, if it exists, is writable and has room; a clear error otherwise."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise InputError(f"The output folder {path} does not exist: create it or choose another.")
    probe = path / f".clearsky-write-test-{os.getpid()}-{threading.get_ident()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InputError(
            f"Cannot write to the output folder {path} ({exc.strerror}): choose another folder."
        ) from None
    free = shutil.disk_usage(path).free
    if needed_bytes and free < needed_bytes:
        raise InputError(
            f"Not enough free disk space in {path}: about {needed_bytes / 1e6:.0f} MB needed, "
            f"{free / 1e6:.0f} MB free. Free some space or choose another folder."
        )
    return path


class FileStore:
    """An output folder and the fingerprints of the files already in it."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder).expanduser()

    def find(self, fingerprint: str) -> DownloadResult | None:
        """The finished, readable file made by the same request, if any."""
        self._tidy(fingerprint)
        for sidecar in self.folder.glob(f"*{SIDECAR}"):
            try:
                record = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if record.get("fingerprint") != fingerprint:
                continue
            path = sidecar.with_name(sidecar.name[: -len(SIDECAR)])
            if path.is_file() and path.stat().st_size == record.get("size"):
                return DownloadResult(path, True, record["size"], fingerprint, record)
        return None

    def temp_path(self, fingerprint: str) -> Path:
        """A hidden file beside the target, named after the request and this thread."""
        self._tidy(fingerprint)
        return self.folder / f"{_prefix(fingerprint)}{os.getpid()}-{threading.get_ident()}{PART}"

    def _tidy(self, fingerprint: str) -> None:
        """Deal with what a killed process left for this request.

        A pending record whose file made it to its final name is completed (the file was
        paid for); every other leftover of a dead process is removed.
        """
        prefix = _prefix(fingerprint)
        for stale in self.folder.glob(f"{prefix}*{PART}"):
            pid = stale.name[len(prefix) :].split("-", 1)[0]
            if not pid.isdigit() or _process_alive(int(pid)):
                continue
            if stale.name.endswith(PENDING_RECORD) and _complete_record(stale):
                continue
            stale.unlink(missing_ok=True)

    def target_path(self, filename: str) -> Path:
        """``filename`` in the folder, numbered if a file of another request holds the name."""
        candidate = self.folder / filename
        stem, suffix = candidate.stem, candidate.suffix
        number = 2
        while candidate.exists() or candidate.with_name(candidate.name + SIDECAR).exists():
            candidate = self.folder / f"{stem}_{number}{suffix}"
            number += 1
        return candidate

    def commit(self, temp: Path, filename: str, fingerprint: str, info: dict) -> DownloadResult:
        """Check ``temp``, move it to its final name and record its fingerprint."""
        check_readable(temp)
        size = temp.stat().st_size
        target = self.target_path(filename)
        record = {
            "fingerprint": fingerprint,
            "file": target.name,
            "size": size,
            "downloaded": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "plugin_version": plugin_version(),
            **info,
        }
        # The record is written before the file takes its name, so a kill between the two
        # renames leaves a record that the next run completes instead of buying again.
        pending = temp.with_name(temp.name[: -len(PART)] + PENDING_RECORD)
        pending.write_text(json.dumps(record, indent=2, sort_keys=True), encoding="utf-8")
        try:
            os.replace(temp, target)
            os.replace(pending, target.with_name(target.name + SIDECAR))
        finally:
            remove_quietly(pending)
        return DownloadResult(target, False, size, fingerprint, record)


def _prefix(fingerprint: str) -> str:
    return f".clearsky-{fingerprint[:16]}-"


def _complete_record(pending: Path) -> bool:
    """Give a pending record its final name if its file arrived whole; True when done."""
    try:
        record = json.loads(pending.read_text(encoding="utf-8"))
        target = pending.with_name(str(record["file"]))
        sidecar = target.with_name(target.name + SIDECAR)
        if sidecar.exists() or not target.is_file() or target.stat().st_size != record["size"]:
            return False
        os.replace(pending, sidecar)
        return True
    except (OSError, ValueError, KeyError):
        return False


def stream_to(response, temp: Path, progress: Progress | None, is_cancelled: CancelCheck | None):
    """Write the body of ``response`` to ``temp`` chunk by chunk; returns the byte count."""
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    free = shutil.disk_usage(temp.parent).free if total is not None else 0
    if total is not None and total > free:  # never fill the user's disk with a partial file
        raise errors.StorageError(
            f"Not enough free disk space in {temp.parent} for the {total / 1e6:.1f} MB file "
            f"({free / 1e6:.1f} MB free): free some space or choose another folder. Nothing "
            "was written."
        )
    done = 0
    try:
        with open(temp, "wb") as out:
            for chunk in _chunks(response):
                if is_cancelled and is_cancelled():
                    raise CancelledError()
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:  # broken mid-body
        raise errors.NetworkError(
            "The connection broke during the download; the incomplete file was removed."
        ) from clean_cause(exc)
    except OSError as exc:  # requests' errors are OSErrors too, hence the order
        raise errors.StorageError(
            f"Could not write the download to {temp.parent} ({exc.strerror}): check free disk "
            "space and permissions. The incomplete file was removed."
        ) from None
    if total is not None and done != total:
        raise DownloadError(
            f"The download ended early ({done} of {total} bytes); the incomplete file was removed."
        )
    return done


def _chunks(response):
    """The body in chunks; unencoded bodies are read into one reused buffer (no copies)."""
    if response.headers.get("Content-Encoding", "identity").lower() != "identity":
        yield from response.iter_content(CHUNK)
        return
    buffer = memoryview(bytearray(CHUNK))
    while count := response.raw.readinto(buffer):
        yield buffer[:count]


def check_readable(path: Path) -> None:
    """Refuse files that GDAL cannot open as a raster."""
    dataset = open_raster(str(path))
    ok = dataset is not None and dataset.RasterCount > 0
    dataset = None  # close before the file is renamed
    if not ok:
        raise CorruptFileError(
            "The server delivered a file that is not a readable raster; it was not kept. "
            "It may have been charged: contact info@clearsky.vision with the date and area."
        )


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""Files from the server to disk: streamed, checked, atomically renamed, never bought twice.

Each finished file gets a sidecar ``<file>.clearsky.json`` holding the fingerprint of the
request that produced it; asking again for the same thing finds the file there and makes
no paid call.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import requests
import urllib3

from . import errors
from .bands import BandList
from .errors import CancelledError, DownloadError, InputError
from .gdal_calls import open_raster
from .i18n import tr
from .transport import clean_cause
from .version import plugin_version

Progress = Callable[[int, "int | None"], None]
CancelCheck = Callable[[], bool]
SIDECAR = ".clearsky.json"
PART = ".part"
PENDING_RECORD = ".json.part"
CHUNK = 1 << 20
# Where the process table cannot be read (macOS), a temporary file of another process
# untouched this long is a leftover: downloads time out after minutes without data.
STALE_AFTER_SECONDS = 30 * 60


class CorruptFileError(DownloadError):
    """The server delivered (and likely charged for) a file GDAL cannot read."""

    retryable = False
    says_charged = True


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    reused: bool
    size: int
    fingerprint: str
    record: dict[str, Any]


# Names Windows reserves for devices, with any extension ("CON.tif" cannot be created).
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)


def safe_filename(name: str | None, fallback: str, extension: str) -> str:
    """A plain file name from a server-supplied one: no folders, no ``..``, no drive, and valid
    on Windows too (no ``:*?"<>|``, no trailing dot or space, no reserved device name)."""

    def clean(text: str) -> str:
        text = text.replace("\\", "/").rsplit("/", 1)[-1]
        return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._")[:150]

    base = clean(name or "") or clean(fallback) or "download"
    if not base.lower().endswith(f".{extension}"):
        base = f"{base}.{extension}"
    stem, dot, rest = base.partition(".")
    if stem.upper() in WINDOWS_RESERVED:
        base = f"{stem}_{dot}{rest}"
    return base


def sidecar_path(path: str | os.PathLike) -> Path:
    """Where the record of the file at ``path`` lives."""
    path = Path(path)
    return path.with_name(path.name + SIDECAR)


def read_sidecar(path: str | os.PathLike) -> dict[str, Any] | None:
    """The record kept beside the file at ``path``, or None when there is none."""
    try:
        record = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def band_ids_of(path: str | os.PathLike) -> list[str] | None:
    """The requested band ids of a downloaded file in file order (``B8``, ``[B8_B4]``), from
    its sidecar; None when the file has no record of them.

    Band meaning never comes from the GeoTIFF's descriptions alone: the server is not known
    to write them, so the request is the authority.
    """
    record = read_sidecar(path)
    if not record:
        return None
    bands = record.get("bands")
    if isinstance(bands, list) and bands and all(isinstance(b, str) for b in bands):
        return [str(b) for b in bands]
    requested = (record.get("request") or {}).get("Bandnames")
    if isinstance(requested, str):  # records written before ``bands`` existed
        try:
            return list(BandList.parse(requested).terms)
        except errors.ClearSkyError:
            return None
    return None


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
        raise InputError(
            tr("The output folder {folder} does not exist: create it or choose another.").format(
                folder=path
            )
        )
    probe = path / f".clearsky-write-test-{os.getpid()}-{threading.get_ident()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InputError(
            tr(
                "Cannot write to the output folder {folder} ({reason}): choose another folder."
            ).format(folder=path, reason=exc.strerror)
        ) from None
    free = shutil.disk_usage(path).free
    if needed_bytes and free < needed_bytes:
        raise InputError(
            tr(
                "Not enough free disk space in {folder}: about {needed:.0f} MB needed, "
                "{free:.0f} MB free. Free some space or choose another folder."
            ).format(folder=path, needed=needed_bytes / 1e6, free=free / 1e6)
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
            if not pid.isdigit() or _writer_alive(stale, int(pid)):
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
            tr(
                "Not enough free disk space in {folder} for the {size:.1f} MB file "
                "({free:.1f} MB free): free some space or choose another folder. Nothing "
                "was written."
            ).format(folder=temp.parent, size=total / 1e6, free=free / 1e6)
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
        if total is not None and _ended_early(exc):
            # The server closed the connection before Content-Length bytes: urllib3 2 raises
            # IncompleteRead, urllib3 1.26 just ends the body. The same error for both.
            raise _early_end(done, total) from None
        raise errors.NetworkError(
            tr("The connection broke during the download; the incomplete file was removed.")
        ) from clean_cause(exc)
    except OSError as exc:  # requests' errors are OSErrors too, hence the order
        raise errors.StorageError(
            tr(
                "Could not write the download to {folder} ({reason}): check free disk "
                "space and permissions. The incomplete file was removed."
            ).format(folder=temp.parent, reason=exc.strerror)
        ) from None
    if total is not None and done != total:
        raise _early_end(done, total)
    return done


def _early_end(done: int, total: int) -> DownloadError:
    return DownloadError(
        tr(
            "The download ended early ({done} of {total} bytes); the incomplete file was removed."
        ).format(done=done, total=total)
    )


def _ended_early(exc: BaseException) -> bool:
    """Whether a read error means the body stopped short of its Content-Length."""
    seen: BaseException | None = exc
    for _ in range(10):  # a short chain; the bound guards against cycles
        if seen is None:
            return False
        if isinstance(seen, (urllib3.exceptions.IncompleteRead, http.client.IncompleteRead)):
            return True
        nested = [a for a in getattr(seen, "args", ()) if isinstance(a, BaseException)]
        seen = seen.__cause__ or seen.__context__ or (nested[0] if nested else None)
    return False


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
            tr(
                "The server delivered a file that is not a readable raster; it was not kept. "
                "It may have been charged: contact info@clearsky.vision with the date and area."
            )
        )


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _writer_alive(leftover: Path, pid: int) -> bool:
    """Whether the process that left ``leftover`` (its pid is in the name) may still write it.

    The temporary file is its writer's lock: its name is unique to one process and thread.
    Its owner is asked about without a signal (signal 0 is CTRL_C_EVENT on Windows): the
    process table where one can be read, else the file's age, since a live
    writer touches it with every chunk and a download without data times out long before.
    """
    if pid == os.getpid():
        return True  # another thread of this process; it cleans up after itself
    running = _pid_running(pid)
    if running is not None:
        return running
    try:
        age = time.time() - leftover.stat().st_mtime
    except OSError:
        return False  # gone already
    return age < STALE_AFTER_SECONDS


def _pid_running(pid: int) -> bool | None:
    """Whether process ``pid`` runs on this machine; None where that cannot be read."""
    if os.name == "nt":
        import ctypes  # Windows: ask the kernel for the process and its exit code

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return None
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    proc = Path("/proc")
    if (proc / "self").exists():  # Linux and friends
        return (proc / str(pid)).exists()
    return None  # macOS: fall back to the file's age

"""HTTP layer: request reading, auth, concurrency, faults, and writing envelopes and files."""

from __future__ import annotations

import contextlib
import math
import os
import socket
import struct
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Callable
from urllib.parse import parse_qsl, urlsplit

from emulator import api, control
from emulator.faults import DEFAULT_EVIL_FILENAME, FAULTS, REPLACING, Fault
from emulator.replies import (
    VALIDATION_CODE,
    FileReply,
    ProblemError,
    Reply,
    concurrency_limited,
    failure,
    too_many_requests,
    unauthorized,
)

if TYPE_CHECKING:
    from emulator.app import Emulator

CHUNK = 256 * 1024
CUTTING = ("stall_mid_body", "truncated_body", "reset_mid_body")  # faults that cut the body
MAX_BODY = 32 * 1024 * 1024
HTML_503 = (
    b"<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>\n"
    b"<body><h1>Service temporarily unavailable</h1>\n"
    b"<p>The service is temporarily unavailable. Please try again later.</p></body></html>\n"
)
HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
VALIDATION_ERROR_DATA = {
    "Resolution": ["Resolution must be one of 10, 20, 40, 80, 160, 320, 640, 1280."],
    "Bandnames": ["Unknown band 'B99'"],
}
GARBAGE_JSON = b'{"Succeeded": true, "Error": null, "Data": {"Key": "\x00\xff<!-- truncated'


class EmulatorServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its emulator and its open connections."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: Emulator) -> None:
        super().__init__(address, Handler)
        self.app = app
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._lock = threading.Lock()

    def track(self, sock: socket.socket, open_: bool) -> None:
        with self._lock:
            if open_:
                self._connections[sock] = threading.current_thread()
            else:
                self._connections.pop(sock, None)

    def close_connections(self, wait: float = 30.0) -> None:
        """Unblock handler threads (keep-alive reads, stalled writes) and wait for them.

        Waiting matters in-process: a render still running in a daemon thread when the host
        shuts GDAL down (QGIS's exitQgis) would crash the host.
        """
        with self._lock:
            connections = dict(self._connections)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + wait
        for thread in connections.values():
            if thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))


class ConnectionDroppedError(Exception):
    """The connection was closed on purpose (fault) or by the client; nothing more to send."""


class Handler(BaseHTTPRequestHandler):
    """One connection; requests are served one after the other (HTTP/1.1 keep-alive)."""

    protocol_version = "HTTP/1.1"
    server_version = "ClearSkyEmulator/1.0"
    sys_version = ""
    timeout = 300  # idle keep-alive connections are dropped after this many seconds
    server: EmulatorServer

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args) -> None:
        if self.server.app.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    # ---- request -------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self, method: str) -> None:
        app = self.server.app
        split = urlsplit(self.path)
        path = split.path or "/"
        pairs = [(k.lower(), v) for k, v in parse_qsl(split.query, keep_blank_values=True)]
        query = dict(pairs)
        key = self.headers.get("X-API-KEY")
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            self._send_reply(failure(400, 400, "Bad request body"), Exchange(None))
            return
        call = api.Call(method, path, query, body, key, None, self.headers.get("Range"))
        call.query_all = pairs
        if path.lower().startswith("/_emulator"):
            try:
                reply = control.handle(app, call)
            except Exception:
                traceback.print_exc(file=sys.stderr)
                reply = failure(500, 500, "Internal server error")
            self._send_reply(reply, Exchange(None))
            return
        exchange = Exchange(app, app.log_begin(method, path, split.query, key))
        try:
            self._serve_api(app, call, exchange)
        except ConnectionDroppedError:
            self.close_connection = True
        except Exception:
            # Never leak a traceback to the client: log it and answer 500 if nothing was sent.
            traceback.print_exc(file=sys.stderr)
            self.close_connection = True
            if not exchange.sent:
                with contextlib.suppress(Exception):
                    self._send_reply(failure(500, 500, "Internal server error"), exchange)
        finally:
            exchange.commit()
            app.log_done(exchange.entry)  # every charge and refund of this request is settled

    def _serve_api(self, app: Emulator, call: api.Call, exchange: Exchange) -> None:
        account = app.keys.valid(call.key)
        if account is None:
            self._send_reply(unauthorized(), exchange)
            return
        if not app.keys.acquire(account):
            self._send_reply(concurrency_limited(), exchange)
            return
        exchange.on_commit = lambda: app.keys.release(account)
        call.account = account
        found = api.route(call.method, call.path)
        if isinstance(found, Reply):
            self._send_reply(found, exchange)
            return
        endpoint, is_file = found
        self._run(app, call, lambda: endpoint(app, call), call.key, is_file, exchange)

    # ---- faults --------------------------------------------------------------------------

    def _fault(self, app: Emulator, key: str | None, path: str, is_file: bool) -> Fault | None:
        name = self.headers.get("X-Emulator-Fault")
        if name:
            name = name.strip()
            if name not in FAULTS:
                raise _BadFaultHeaderError(name)
            delay = self.headers.get("X-Emulator-Fault-Delay")
            try:
                seconds = float(delay) if delay else None
            except ValueError:
                raise _BadFaultHeaderError(f"{name}' with delay '{delay}") from None
            value = self.headers.get("X-Emulator-Fault-Value")
            return Fault(0, key or "*", name, 1, None, seconds, value)
        return app.faults.take(key, path, is_file, self.command)

    def _run(
        self,
        app: Emulator,
        call: api.Call,
        produce: Callable,
        key: str | None,
        is_file: bool,
        exchange: Exchange,
    ) -> None:
        try:
            fault = self._fault(app, key, call.path, is_file)
        except _BadFaultHeaderError as exc:
            reply = failure(400, VALIDATION_CODE, f"Unknown emulator fault '{exc}'")
            self._send_reply(reply, exchange)
            return
        exchange.fault = fault.fault if fault else None
        if app.charge_on_request and exchange.fault != "revoke_key":
            self._act_then_fault(app, call, produce, fault, key, exchange)
            return
        if exchange.fault == "slow_first_byte":
            app.stop_event.wait(fault.effective_delay)
        elif exchange.fault in REPLACING:
            self._replace(app, fault, key, exchange)
            return
        self._answer(call, _produced(produce), fault, exchange)

    def _act_then_fault(
        self,
        app: Emulator,
        call: api.Call,
        produce: Callable,
        fault: Fault | None,
        key: str | None,
        exchange: Exchange,
    ) -> None:
        """``charge_on_request``: the endpoint acts (and charges, without refund) first."""
        reply = _produced(produce)
        if isinstance(reply, FileReply) and reply.on_delivered is not None:
            exchange.charged = reply.on_delivered()
            reply.on_delivered = reply.on_refund = None
        else:
            exchange.charged = call.charged
        if fault is not None and fault.fault == "slow_first_byte":
            app.stop_event.wait(fault.effective_delay)
        elif fault is not None and fault.fault in REPLACING:
            try:
                self._replace(app, fault, key, exchange)
            finally:
                if isinstance(reply, FileReply) and reply.cleanup:
                    reply.cleanup()
            return
        self._answer(call, reply, fault, exchange)

    def _answer(
        self, call: api.Call, reply: FileReply | Reply, fault: Fault | None, exchange: Exchange
    ) -> None:
        if isinstance(reply, FileReply):
            self._send_file(reply, fault, exchange)
        else:
            exchange.charged = exchange.charged or call.charged
            self._send_reply(reply, exchange, fault)

    def _replace(self, app: Emulator, fault: Fault, key: str | None, exchange: Exchange) -> None:
        """Answer with the fault instead of the endpoint."""
        name = fault.fault
        if name == "revoke_key":
            if key:
                app.keys.revoke(key)
            self._send_reply(unauthorized(), exchange)
            return
        if name == "connection_reset":
            exchange.commit()
            self._reset_connection()
        retry = str(math.ceil(fault.delay)) if fault.delay is not None else "1"
        replies = {
            "http_500": lambda: failure(500, 500, "Internal server error"),
            "http_502": lambda: failure(502, 502, "Bad gateway"),
            "http_503": lambda: failure(
                503, 503, "Service unavailable", headers=[("Retry-After", retry)]
            ),
            "http_429": lambda: too_many_requests(retry),
            "http_429_no_retry_after": lambda: too_many_requests(None),
            "concurrency_limit": concurrency_limited,
            "garbage_json": lambda: Reply(200, GARBAGE_JSON, "application/json"),
            "html_error_200": lambda: Reply(200, HTML_503, "text/html; charset=utf-8"),
            "html_error_502": lambda: Reply(502, HTML_502, "text/html"),
            "validation_error": lambda: failure(
                400,
                VALIDATION_CODE,
                "One or more validation errors occurred.",
                VALIDATION_ERROR_DATA,
            ),
            "no_data": lambda: failure(
                400, 1002, "No data available for the requested area and/or date."
            ),
        }
        self._send_reply(replies[name](), exchange)

    def _reset_connection(self) -> None:
        """Close with SO_LINGER 0 so the kernel sends a TCP RST instead of a FIN."""
        sock = self.connection
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            os.close(sock.detach())
        raise ConnectionDroppedError()

    # ---- writing -------------------------------------------------------------------------
    # The log entry, the connection slot and the charge are settled just before the last bytes
    # leave: a client that has the whole response never sees the server lagging behind it.

    def _head(self, status: int, content_type: str, length: int, headers: list) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        for name, value in headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def _cut_short(self, fault: Fault | None, length: int) -> int | None:
        """How many body bytes to send before a stall/truncation fault cuts in (None = all)."""
        if fault is not None and fault.fault in CUTTING:
            self.close_connection = True
            return length // 2
        return None

    def _end_cut(self, fault: Fault) -> None:
        self.wfile.flush()
        if fault.fault == "stall_mid_body":
            self.server.app.stop_event.wait(fault.effective_delay)
        if fault.fault == "reset_mid_body":
            self._reset_connection()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        raise ConnectionDroppedError()

    def _send_reply(self, reply: Reply, exchange: Exchange, fault: Fault | None = None) -> None:
        body = reply.body
        cut = self._cut_short(fault, len(body))
        exchange.status = reply.status
        try:
            if not body or self.command == "HEAD":
                exchange.commit()  # the headers are the last bytes the client waits for
            self._head(reply.status, reply.content_type, len(body), reply.headers)
            exchange.sent = True
            exchange.commit()
            if self.command != "HEAD":
                self.wfile.write(body if cut is None else body[:cut])
                if cut is not None:
                    self._end_cut(fault)
        except (BrokenPipeError, ConnectionResetError, socket.timeout) as exc:
            raise ConnectionDroppedError() from exc

    def _send_file(self, reply: FileReply, fault: Fault | None, exchange: Exchange) -> None:
        """Stream a file; the charge happens only once everything but the last chunk went out."""
        name = fault.fault if fault else None
        filename = reply.filename
        if name == "evil_filename":
            filename = fault.value if fault.value is not None else DEFAULT_EVIL_FILENAME
        headers = list(reply.headers)
        if filename is not None:
            headers.append(("Content-Disposition", f"attachment; filename={filename}"))
        cut = self._cut_short(fault, reply.length)
        exchange.status = reply.status

        settled = False  # on_delivered ran: an included download may be used at 0 PU

        def settle() -> None:
            nonlocal settled
            if cut is None and reply.on_delivered is not None:
                exchange.charged = reply.on_delivered()
                settled = True
            exchange.commit()

        try:
            self._head(reply.status, reply.content_type, reply.length, headers)
            exchange.sent = True
            if reply.head_only:
                settle()
                return
            length = reply.length if cut is None else cut
            if name == "corrupt_geotiff":
                _write_garbage(self.wfile, length, settle)
            else:
                rate = self.server.app.link_bytes_per_s
                _copy(reply.path, reply.start, length, self.wfile, settle, rate)
            if cut is not None:
                self._end_cut(fault)
        except (BrokenPipeError, ConnectionResetError, socket.timeout) as exc:
            if settled and reply.on_refund is not None:
                reply.on_refund(exchange.charged)
                exchange.charged = 0.0
                exchange.commit()
            raise ConnectionDroppedError() from exc
        finally:
            if reply.cleanup:
                reply.cleanup()


class Exchange:
    """One API request's outcome; commit() settles the log entry and frees the connection slot."""

    def __init__(self, app: Emulator | None, entry: dict | None = None) -> None:
        self.app = app
        self.entry = entry
        self.status = 0
        self.charged = 0.0
        self.fault: str | None = None
        self.sent = False
        self.on_commit: Callable[[], None] | None = None

    def commit(self) -> None:
        """Idempotent: may run early (before the last bytes) and again at the end."""
        if self.on_commit is not None:
            release, self.on_commit = self.on_commit, None
            release()
        if self.app is not None and self.entry is not None:
            self.app.log_end(self.entry, self.status, self.charged, self.fault)


class _BadFaultHeaderError(Exception):
    pass


def _produced(produce: Callable) -> FileReply | Reply:
    """The endpoint's reply, or the error reply it raised."""
    try:
        return produce()
    except (api.ApiError, ProblemError) as exc:
        return exc.reply


def _copy(
    path, start: int, length: int, out, before_last: Callable[[], None], rate: float | None = None
) -> None:
    """``length`` bytes of ``path`` from ``start``; at most ``rate`` bytes per second."""
    began, sent = time.monotonic(), 0
    with open(path, "rb") as source:
        source.seek(start)
        remaining = length
        while True:
            chunk = source.read(min(CHUNK, remaining)) if remaining > 0 else b""
            remaining -= len(chunk)
            if rate:
                sent += len(chunk)
                time.sleep(max(0.0, began + sent / rate - time.monotonic()))
            if remaining <= 0 or not chunk:
                before_last()
                out.write(chunk)
                return
            out.write(chunk)


def _write_garbage(out, length: int, before_last: Callable[[], None]) -> None:
    """A little-endian TIFF signature whose first IFD offset points far beyond the end."""
    pattern = (b"II*\x00" + struct.pack("<I", 0xFFFFFFF0) + bytes(range(256)) * 1024)[:CHUNK]
    written = 0
    while True:
        piece = pattern[: length - written]
        written += len(piece)
        if written >= length:
            before_last()
            out.write(piece)
            return
        out.write(piece)
        pattern = pattern[8:] + pattern[:8]

"""Small purpose-built servers on 127.0.0.1 for the resilience matrix.

- ``DateFaultProxy``: a byte-for-byte TCP relay in front of the emulator that gives composite
  downloads of chosen dates the emulator's ``X-Emulator-Fault`` header, so one date of a
  batch fails while the others go through (the emulator's own faults are per key).
- ``CannedServer``: answers every request with one canned response that may echo the
  request's ``X-API-KEY`` (a hostile or careless server).
- ``tls_server``: HTTPS with a self-signed certificate, which a client must refuse.
- ``TlsServer``: HTTPS with a certificate signed by a throw-away CA, or self-signed.
- ``ForwardProxy``: an HTTP forward proxy (absolute URLs and CONNECT), optionally asking for
  Basic credentials, that records what it relays.
- ``EmulatorProcess``: the emulator as a child process on a fixed port, to kill and restart.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import select
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import requests

COMPOSITE = "/api/satelliteimages/process/composite"


class DateFaultProxy:
    """Relays every connection to ``upstream``; composite requests for a date with a fault
    get ``X-Emulator-Fault`` (with delay and value) added, ``times`` times (-1: always)."""

    def __init__(self, upstream: str, host: str = "127.0.0.1") -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.listener = socket.create_server((host, 0))
        self.url = f"http://{host}:{self.listener.getsockname()[1]}"
        self.faults: dict[str, list] = {}
        self.seen: Counter[str] = Counter()  # composite requests per date
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def add_fault(self, date, fault: str, times: int = -1, delay=None, value=None) -> None:
        with self._lock:
            self.faults[str(date)] = [fault, times, delay, value]

    def requests_for(self, date) -> int:
        return self.seen[str(date)]

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            request = _read_request(client)
            if request is None:
                return
            head, body = request
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:  # upstream down: the client sees its connection reset
                _reset(client)
                return
            with upstream:
                upstream.settimeout(None)
                upstream.sendall(self._with_fault(head, body) + body)
                _relay(client, upstream, lambda: self._closed)

    def _with_fault(self, head: bytes, body: bytes) -> bytes:
        method, path = head.split(b" ", 2)[:2]
        if method != b"POST" or path.split(b"?")[0].decode().lower().rstrip("/") != COMPOSITE:
            return head
        try:
            date = str(json.loads(body).get("Date"))[:10]  # "YYYY-MM-DD[T00:00:00Z]"
        except ValueError:
            return head
        with self._lock:
            self.seen[date] += 1
            fault = self.faults.get(date)
            if fault is None or fault[1] == 0:
                return head
            if fault[1] > 0:
                fault[1] -= 1
            name, _times, delay, value = fault
        extra = f"X-Emulator-Fault: {name}\r\n"
        if delay is not None:
            extra += f"X-Emulator-Fault-Delay: {delay}\r\n"
        if value is not None:
            extra += f"X-Emulator-Fault-Value: {value}\r\n"
        return head[:-2] + extra.encode() + b"\r\n"


def _read_request(sock: socket.socket) -> tuple[bytes, bytes] | None:
    """The head (up to and with the blank line) and the Content-Length body of one request."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    head += b"\r\n\r\n"
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head, body


def _relay(client: socket.socket, upstream: socket.socket, stopped) -> None:
    """Bytes both ways until one side closes; an upstream reset is passed on as a reset."""
    while not stopped():
        readable, _, _ = select.select([client, upstream], [], [], 0.5)
        for sock in readable:
            other = client if sock is upstream else upstream
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                if sock is upstream:
                    _reset(client)
                return
            except OSError:
                return
            if not data:
                return
            try:
                other.sendall(data)
            except OSError:
                return


def _reset(sock: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a TCP RST, as from the emulator's reset fault."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


class CannedServer(ThreadingHTTPServer):
    """Answers every request with ``status``, ``content_type`` and ``body``; ``{key}`` in the
    body becomes the request's X-API-KEY (a server that echoes what it was sent)."""

    daemon_threads = True

    def __init__(self, status: int = 200, content_type="application/json", body="{}") -> None:
        super().__init__(("127.0.0.1", 0), _CannedHandler)
        self.reply = (status, content_type, body)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def answer(self, status: int, content_type: str, body) -> None:
        text = body if isinstance(body, str) else json.dumps(body)
        self.reply = (status, content_type, text)

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _CannedHandler(BaseHTTPRequestHandler):
    server: CannedServer

    def log_message(self, *_args) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, content_type, body = self.server.reply
        data = body.replace("{key}", self.headers.get("X-API-KEY", "")).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer


def openssl(*arguments: str) -> None:
    """Run the openssl command; the TLS tests need it (``make system`` installs it)."""
    if not shutil.which("openssl"):
        raise RuntimeError(
            "The TLS tests need the openssl command: run `make system`, or install the "
            "Debian package openssl."
        )
    subprocess.run(["openssl", *arguments], check=True, capture_output=True)


def make_ca(folder: Path, name: str = "ClearSKY test CA") -> tuple[Path, Path]:
    """A throw-away certificate authority: (certificate, key) PEM files."""
    cert, key = folder / "ca.pem", folder / "ca.key"
    openssl(
        *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}"),
        *("-addext", "basicConstraints=critical,CA:TRUE"),
        *("-addext", "keyUsage=critical,keyCertSign,cRLSign"),
        *("-keyout", str(key), "-out", str(cert)),
    )
    return cert, key


def make_server_certificate(
    folder: Path, ca: tuple[Path, Path] | None = None, name: str = "server"
) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (also in subjectAltName): signed by ``ca``, or self-signed."""
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    san = "subjectAltName=IP:127.0.0.1,DNS:localhost"
    if ca is None:
        openssl(
            *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=127.0.0.1", "-addext", san, "-keyout", str(key), "-out", str(cert)),
        )
        return cert, key
    csr, extensions = folder / f"{name}.csr", folder / f"{name}.ext"
    extensions.write_text(san + "\n")
    openssl(
        *("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1"),
        *("-keyout", str(key), "-out", str(csr)),
    )
    openssl(
        *("x509", "-req", "-in", str(csr), "-CA", str(ca[0]), "-CAkey", str(ca[1])),
        *("-CAcreateserial", "-days", "2", "-extfile", str(extensions), "-out", str(cert)),
    )
    return cert, key


class TlsServer(CannedServer):
    """``https://127.0.0.1:PORT`` answering an empty successful envelope, with the given
    certificate; ``url`` is the https address."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__(body='{"Succeeded": true, "Error": null, "Data": {}}')
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.url = self.url.replace("http://", "https://")


@contextlib.contextmanager
def tls_server(folder: Path):
    """``https://127.0.0.1:PORT`` with a self-signed certificate (made with openssl)."""
    server = TlsServer(*make_server_certificate(folder))
    try:
        yield server.url
    finally:
        server.close()


class ForwardProxy(ThreadingHTTPServer):
    """A forward proxy on 127.0.0.1 that records the request line of everything it relays
    (``seen``) and, with ``credentials=(user, password)``, answers 407 without them."""

    daemon_threads = True

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.credentials = credentials
        self.seen: list[str] = []
        self.refused: list[str] = []  # request lines answered 407
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _ProxyHandler(BaseHTTPRequestHandler):
    server: ForwardProxy

    def log_message(self, *_args) -> None:
        pass

    def _allowed(self) -> bool:
        if self.server.credentials is None:
            return True
        expected = ":".join(self.server.credentials).encode()
        given = self.headers.get("Proxy-Authorization", "")
        if given == f"Basic {base64.b64encode(expected).decode()}":
            return True
        self.server.refused.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(407)
        self.send_header("Proxy-Authenticate", 'Basic realm="test proxy"')
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        return False

    def _relay(self) -> None:
        if not self._allowed():
            return
        self.server.seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)  # a proxy receives the absolute URL
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        skip = ("proxy-connection", "proxy-authorization")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        path = target.path + (f"?{target.query}" if target.query else "")
        upstream.request(self.command, path, body=body, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def do_CONNECT(self) -> None:
        if not self._allowed():
            return
        self.server.seen.append(f"CONNECT {self.path}")
        host, _, port = self.path.rpartition(":")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except OSError:
            self.send_error(502)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        with upstream:
            _relay(self.connection, upstream, lambda: False)
        self.close_connection = True

    do_GET = do_POST = do_DELETE = _relay


class EmulatorProcess:
    """``python -m emulator`` on one port with a persistent data folder: ``kill()`` is a
    SIGKILL (no clean shutdown), ``start()`` brings it back on the same address with fresh
    in-memory state (keys, credits, faults, log)."""

    def __init__(self, data_dir: Path, today: str, tile_size: int = 256) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.arguments = [sys.executable, "-m", "emulator", "--port", str(self.port)]
        self.arguments += ["--data-dir", str(data_dir), "--today", today]
        self.arguments += ["--tile-size", str(tile_size)]
        self.process: subprocess.Popen | None = None

    def start(self) -> EmulatorProcess:
        self.process = subprocess.Popen(
            self.arguments, cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE
        )
        first = self.process.stdout.readline().decode()
        assert first.startswith(f"CLEARSKY_API_URL={self.url}"), first
        return self

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def control(self, method: str, path: str, body=None):
        """A call to the keyless control API; returns its Data."""
        answer = requests.request(method, f"{self.url}/_emulator/{path}", json=body, timeout=10)
        return answer.json()["Data"]

    def wait_for_composite_in_flight(self, timeout: float = 20.0) -> None:
        """Until a paid request has arrived and has not been answered yet."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            log = self.control("GET", "log")
            if [e for e in log if e["path"] == COMPOSITE and e["status"] is None]:
                return
            time.sleep(0.05)
        raise AssertionError("no download reached the emulator")

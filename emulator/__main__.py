"""`python -m emulator --port 0`: prints CLEARSKY_API_URL and CLEARSKY_API_KEY, then serves."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from emulator.app import Emulator
from emulator.faults import FAULTS


def parse_fault(text: str) -> tuple[str, str, int]:
    """KEY=FAULT[:TIMES] -> (key, fault, times)."""
    key, sep, rest = text.partition("=")
    if not sep or not key or not rest:
        raise argparse.ArgumentTypeError(f"expected KEY=FAULT[:TIMES], got {text!r}")
    name, _, times = rest.partition(":")
    if name not in FAULTS:
        raise argparse.ArgumentTypeError(f"unknown fault {name!r}; known: {', '.join(FAULTS)}")
    try:
        count = int(times) if times else 1
    except ValueError:
        raise argparse.ArgumentTypeError(f"TIMES must be an integer, got {times!r}") from None
    return key, name, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--tile-size", type=int, default=5120, help="largest edge of a whole-tile download, px"
    )
    parser.add_argument("--data-dir", default=None, help="persistent tile cache (default: temp)")
    parser.add_argument("--today", default=None, help="YYYY-MM-DD (default: the real UTC date)")
    parser.add_argument("--presign-ttl", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--order-step-seconds",
        type=float,
        default=None,
        help="orders advance one lifecycle step per this many seconds (default: only on request)",
    )
    parser.add_argument(
        "--legacy-account",
        action="store_true",
        help="answer the 2024 GET /api/apikey/info (404 otherwise)",
    )
    parser.add_argument(
        "--charge-on-request",
        action="store_true",
        help="act on requests before any injected fault answers: downloads charge at request "
        "time (no refund when delivery fails) and orders are placed, like a server that "
        "charges before it delivers (default: downloads charge on delivery)",
    )
    parser.add_argument(
        "--link-mbps",
        type=float,
        default=None,
        help="send files at most this fast per connection, in megabits per second, like a "
        "real line (default: as fast as the machine can)",
    )
    parser.add_argument(
        "--fault", action="append", default=[], type=parse_fault, metavar="KEY=FAULT[:TIMES]"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    emulator = Emulator(
        tile_size=args.tile_size,
        data_dir=args.data_dir,
        today=args.today,
        order_step_seconds=args.order_step_seconds,
        legacy_account_endpoint=args.legacy_account,
        charge_on_request=args.charge_on_request,
        link_mbps=args.link_mbps,
        host=args.host,
        port=args.port,
        verbose=args.verbose,
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    emulator.start()
    for key, name, times in args.fault:
        emulator.add_fault(key, name, times=times)
    print(f"CLEARSKY_API_URL={emulator.url}", flush=True)
    print(f"CLEARSKY_API_KEY={emulator.demo_key}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

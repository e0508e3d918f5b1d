"""A deliberately bad sample for scripts/portability_check.py: POSIX-only calls.

Not shipped and never imported; tests/unit/test_portability.py checks that the scan refuses it.
"""

import fcntl
import os
import os.path
import signal


def owner_alive(pid: int) -> bool:
    os.kill(pid, 0)
    return os.getuid() == 0


def stop(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)


def scratch() -> str:
    with open("/tmp/clearsky.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
    return os.path.join(os.path.expanduser("~"), "x")

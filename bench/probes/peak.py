"""Run a command and report its own peak RSS: ``peak.py CMD ARGS...`` prints PEAK_KB=<n>.

Started with ``python3 -S`` so the forked child begins from a tiny interpreter: the kernel
counts a process's resident pages from before its exec, so launching straight from a big
parent would set a floor of the parent's size under every measurement.
"""

import os
import sys

pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_pid, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\nPEAK_KB={usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))

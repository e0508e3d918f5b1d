"""Does the shipped code run on Windows too? A static check run by `make lint`.

QGIS users are mostly on Windows, the tests run on Linux: this catches, in the files the plugin
zip ships, what only POSIX systems have or what behaves differently on Windows:

- POSIX-only modules (fcntl, pwd, grp, resource, termios, pty, ...) and os functions (getuid,
  fork, statvfs, ...); ``os.kill`` too: on Windows ``os.kill(pid, 0)`` sends CTRL_C_EVENT;
- POSIX-only signals (SIGKILL, SIGHUP, SIGALRM, ...);
- ``os.path`` (paths are built with pathlib) and literal POSIX paths such as ``/tmp``.

    python scripts/portability_check.py            # the files the plugin zip ships
    python scripts/portability_check.py FILE...    # those files
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSIX_MODULES = {
    "fcntl",
    "pwd",
    "grp",
    "resource",
    "termios",
    "tty",
    "pty",
    "posix",
    "crypt",
    "syslog",
    "spwd",
    "nis",
}
POSIX_OS = {
    "kill": "os.kill(pid, 0) sends CTRL_C_EVENT on Windows; ask the OS otherwise",
    "killpg": "process groups are POSIX only",
    "getpgid": "process groups are POSIX only",
    "setsid": "sessions are POSIX only",
    "setpgrp": "process groups are POSIX only",
    "fork": "no fork on Windows: use threads, QgsTask or subprocess",
    "forkpty": "no fork on Windows",
    "wait3": "POSIX only",
    "wait4": "POSIX only",
    "WNOHANG": "POSIX only",
    "getuid": "no user ids on Windows",
    "geteuid": "no user ids on Windows",
    "getgid": "no group ids on Windows",
    "getegid": "no group ids on Windows",
    "setuid": "no user ids on Windows",
    "getgroups": "no group ids on Windows",
    "chown": "no owners to set on Windows",
    "lchown": "no owners to set on Windows",
    "statvfs": "use shutil.disk_usage",
    "fstatvfs": "use shutil.disk_usage",
    "uname": "use platform.uname",
    "mkfifo": "no FIFOs on Windows",
    "mknod": "no device nodes on Windows",
    "getloadavg": "POSIX only",
    "sysconf": "POSIX only",
    "pathconf": "POSIX only",
    "nice": "POSIX only",
    "symlink": "needs a privilege on Windows",
    "sync": "POSIX only",
}
POSIX_SIGNALS = {
    "SIGKILL",
    "SIGHUP",
    "SIGALRM",
    "SIGUSR1",
    "SIGUSR2",
    "SIGCHLD",
    "SIGPIPE",
    "SIGQUIT",
    "SIGSTOP",
    "SIGCONT",
    "SIGTSTP",
    "alarm",
    "pause",
    "setitimer",
    "getitimer",
    "siginterrupt",
}
POSIX_PATHS = ("/tmp", "/dev/", "/var/", "/home/", "~/")


def scan_source(source: str, path: Path) -> list[str]:
    """One line per POSIX-only construct in ``source``: ``file:line: what (why)``."""
    tree = ast.parse(source, filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES:
                    found.append((node.lineno, f"import {alias.name} (POSIX only)"))
                elif alias.name == "os.path":
                    found.append((node.lineno, "os.path: build paths with pathlib"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            top = node.module.split(".")[0]
            if top in POSIX_MODULES:
                found.append((node.lineno, f"from {node.module} import ... (POSIX only)"))
            for alias in node.names:
                if top == "os" and node.module == "os" and alias.name in POSIX_OS:
                    found.append((node.lineno, f"os.{alias.name}: {POSIX_OS[alias.name]}"))
                if (top == "os" and alias.name == "path") or node.module == "os.path":
                    found.append((node.lineno, "os.path: build paths with pathlib"))
                if top == "signal" and alias.name in POSIX_SIGNALS:
                    found.append((node.lineno, f"signal.{alias.name} (POSIX only)"))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, name = node.value.id, node.attr
            if owner == "os" and name in POSIX_OS:
                found.append((node.lineno, f"os.{name}: {POSIX_OS[name]}"))
            elif owner == "os" and name == "path":
                found.append((node.lineno, "os.path: build paths with pathlib"))
            elif owner == "signal" and name in POSIX_SIGNALS:
                found.append((node.lineno, f"signal.{name} (POSIX only)"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith(POSIX_PATHS)
        ):
            found.append((node.lineno, f"{node.value!r}: a POSIX path (use tempfile/pathlib)"))
    return [f"{path}:{line}: {message}" for line, message in sorted(set(found))]


def shipped_python_files() -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_zip import plugin_files

    return [p for p in plugin_files(ROOT) if p.suffix == ".py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.paths or shipped_python_files()
    problems: list[str] = []
    for path in paths:
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        problems += scan_source(path.read_text(encoding="utf-8"), shown)
    for problem in problems:
        print(problem)
    print(
        f"portability_check: {len(paths)} files, {len(problems)} POSIX-only construct(s)",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Windows: no POSIX-only calls in the shipped code, file names Windows accepts, a process check
without signals, and results written beside a file Windows will not let go of."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clearsky_vision.core.api import replace, store
from clearsky_vision.core.api.store import WINDOWS_RESERVED, safe_filename

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path(__file__).resolve().parent / "samples"
sys.path.insert(0, str(ROOT / "scripts"))

import build_zip  # noqa: E402
import portability_check  # noqa: E402

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def windows_valid(name: str) -> bool:
    stem = name.split(".", 1)[0]
    return (
        bool(name)
        and not WINDOWS_FORBIDDEN & set(name)
        and not name.endswith((".", " "))
        and stem.upper() not in WINDOWS_RESERVED
        and len(name) <= 255
    )


def test_the_shipped_code_has_no_posix_only_calls():
    problems = []
    for path in build_zip.plugin_files(ROOT):
        if path.suffix == ".py":
            problems += portability_check.scan_source(path.read_text(encoding="utf-8"), path)
    assert problems == []


def test_the_scan_refuses_the_posix_sample():
    source = (SAMPLES / "posix_only.py").read_text(encoding="utf-8")
    found = "\n".join(portability_check.scan_source(source, Path("posix_only.py")))
    for expected in (
        "posix_only.py:6: import fcntl (POSIX only)",
        "posix_only.py:8: os.path: build paths with pathlib",
        "posix_only.py:13: os.kill: os.kill(pid, 0) sends CTRL_C_EVENT on Windows",
        "posix_only.py:14: os.getuid",
        "posix_only.py:18: signal.SIGKILL (POSIX only)",
        "posix_only.py:22: '/tmp/clearsky.lock': a POSIX path",
    ):
        assert expected in found
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "portability_check.py"),
            str(SAMPLES / "posix_only.py"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1


@pytest.mark.parametrize(
    ("served", "expected"),
    [
        ("2024-06-01T10:00:00Z.tif", "2024-06-01T10_00_00Z.tif"),
        ("a*b?.tif", "a_b_.tif"),
        ('x<y>|"z".tif', "x_y_z_.tif"),
        ("name. ", "name.tif"),
        ("name...", "name.tif"),
        ("trailing space .tif", "trailing_space_.tif"),
        ("CON", "CON_.tif"),
        ("con.tif", "con_.tif"),
        ("NUL.tar.gz", "NUL_.tar.gz.tif"),
        ("com1.tif", "com1_.tif"),
        ("LPT9", "LPT9_.tif"),
        ("COM10.tif", "COM10.tif"),  # not reserved
        ("CONSOLE.tif", "CONSOLE.tif"),  # not reserved either
        ("C:\\Users\\x\\AUX.tif", "AUX_.tif"),
        ("\u00e6bler.tif", "bler.tif"),
        ("x" * 300 + ".tif", "x" * 150 + ".tif"),
    ],
)
def test_server_names_become_windows_valid_file_names(served, expected):
    name = safe_filename(served, "fallback", "tif")
    assert name == expected
    assert windows_valid(name)


@pytest.mark.parametrize("fallback", ["2024-06-01T00:00:00", "CON", "...", " ", "a:b*c"])
def test_fallback_names_are_windows_valid_too(fallback):
    assert windows_valid(safe_filename(None, fallback, "tif"))
    assert windows_valid(safe_filename("..", fallback, "tif"))


def test_every_shipped_file_name_is_windows_valid():
    names = [part for p in build_zip.plugin_files(ROOT) for part in p.relative_to(ROOT).parts]
    assert [n for n in names if not windows_valid(n)] == []
    lowered = [str(p.relative_to(ROOT)).lower() for p in build_zip.plugin_files(ROOT)]
    assert len(lowered) == len(set(lowered))  # Windows folds case


def test_leftovers_of_a_dead_process_are_stale_and_a_live_ones_are_not(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        for pid, expected in ((os.getpid(), True), (alive.pid, True), (dead.pid, False)):
            leftover = tmp_path / f".clearsky-0123456789abcdef-{pid}-1.part"
            leftover.write_bytes(b"x")
            assert store._writer_alive(leftover, pid) is expected
    finally:
        alive.kill()
        alive.wait()


def test_without_a_process_table_a_leftover_goes_stale_by_age(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "_pid_running", lambda pid: None)  # e.g. macOS
    leftover = tmp_path / ".clearsky-0123456789abcdef-99999999-1.part"
    leftover.write_bytes(b"x")
    assert store._writer_alive(leftover, 99999999)
    old = time.time() - store.STALE_AFTER_SECONDS - 60
    os.utime(leftover, (old, old))
    assert not store._writer_alive(leftover, 99999999)


def test_a_result_over_a_file_held_open_is_written_beside_it(tmp_path, monkeypatch, caplog):
    """What Windows does when QGIS shows the old file as a layer: the rename raises."""
    target = tmp_path / "ndvi.tif"
    target.write_bytes(b"old, shown on the map")
    (tmp_path / "ndvi_2.tif").write_bytes(b"an earlier fallback")
    temp = tmp_path / ".ndvi.tif.part"
    temp.write_bytes(b"new")
    real_replace = os.replace

    def windows_replace(source, destination):
        if Path(destination) == target:
            raise PermissionError(13, "The process cannot access the file", str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(replace.os, "replace", windows_replace)
    caplog.set_level(logging.WARNING, logger="clearsky_vision")
    written = replace.move_into_place(temp, target)
    assert written == tmp_path / "ndvi_3.tif" and written.read_bytes() == b"new"
    assert target.read_bytes() == b"old, shown on the map" and not temp.exists()
    assert "ndvi.tif could not be replaced" in caplog.text and "ndvi_3.tif" in caplog.text


def test_a_folder_that_refuses_writing_is_still_an_error(tmp_path, monkeypatch):
    temp = tmp_path / ".x.part"
    temp.write_bytes(b"new")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(replace.os, "replace", refuse)
    with pytest.raises(PermissionError):
        replace.move_into_place(temp, tmp_path / "x.tif")  # no file there to go around

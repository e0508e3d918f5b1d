"""Run the benchmarks, print one summary line per comparison, write the report.

    bench/run.py [--report docs/benchmarks.md] [--runs N] [--only ndvi,merge,...]

Every benchmark module has ``run(runs) -> (markdown section, summary lines)``, and checks
that our output equals the peer's before it reports a ratio. A benchmark whose check fails
(OutputMismatchError) gets a section saying so instead of its table, the others still run,
and the exit status is 1: `make bench` fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import bench_analysis
import bench_download
import bench_first_layer
import bench_gui
import bench_merge
import bench_ndvi
import bench_start
import bench_timeseries
from common import ROOT, OutputMismatchError, load_average, machine_facts

BENCHMARKS = {
    "ndvi": bench_ndvi,
    "merge": bench_merge,
    "download": bench_download,
    "gui": bench_gui,
    "start": bench_start,
    "first_layer": bench_first_layer,
    "timeseries": bench_timeseries,
    "analysis": bench_analysis,
}
INTRO = """# Benchmarks

Written by `make bench` (`bench/run.py`, sources in `bench/`); do not edit by hand. Run it
again to check any figure: the first run also has the emulator render the tiles it needs
(about a minute), which later runs reuse from `bench/out/`.

How to read the tables:

- Each row is the median of several runs (the `runs` column), every run a fresh process.
- **wall**: the whole process, start to exit. **work**: the time the process measured
  for the work alone (no interpreter or QGIS start-up). **peak RSS**: the process's own
  peak resident memory (its `ru_maxrss`, taken by a tiny launcher, `bench/probes/peak.py`).
- **ratio** = peer / ours, so above 1 means we are faster (or smaller); each ratio compares
  two rows of the same run on the same machine. Absolute times describe this machine only.
- The runs of a table take turns (ours, peer, other peer, ours, ...), so other work on the
  machine (see the load averages below) weighs on ours and its peers alike.
- Each section says what every tool writes, so like is compared with like, and lists its
  targets as met or missed.
"""


# A 1-minute load average above this share of the cores at the start of the run marks the
# report as measured on a loaded machine; at the end the benchmarks' own work (up to every
# core) is in the average too, so the end counts above the cores plus that share.
LOADED = 0.5


def loaded_warning(facts: dict[str, str]) -> str:
    """A warning paragraph when other work shared the machine, else ''."""
    cores = os.cpu_count() or 1
    limits = {"start": LOADED * cores, "end": (1 + LOADED) * cores}
    loads = {
        when: float(value.split(",")[0])
        for name, value in facts.items()
        for when in limits
        if name.startswith(f"Load average at {when}")
    }
    if all(load <= limits[when] for when, load in loads.items()):
        return ""
    return (
        f"**Measured on a loaded machine** (1-minute load average up to {max(loads.values()):.1f} "
        f"on {cores} cores, see below): other work took CPU time from these runs, so times and "
        "ratios are less reliable than on a quiet machine. Run `make bench` again when the "
        "machine is idle.\n\n"
    )


def report(facts: dict[str, str], lines: list[str], sections: list[str]) -> str:
    machine = "\n".join(f"| {name} | {value} |" for name, value in facts.items())
    summary = "\n".join(lines)
    return (
        f"{INTRO}\n{loaded_warning(facts)}## Machine\n\n| | |\n|---|---|\n{machine}\n\n"
        f"## Summary lines\n\n```\n{summary}\n```\n\n" + "\n".join(sections)
    )


def updated(old: str, lines: list[str], sections: list[str]) -> str:
    """``old`` report with the sections of the same titles, and the summary lines of the same
    names, replaced by the new ones; each section keeps the load averages it was made under."""
    head, _, rest = old.partition("\n## Summary lines\n")
    summary, _, body = rest.partition("\n```\n\n")
    names = {line.split(":")[0] for line in lines}
    kept = [
        line
        for line in summary.strip().strip("`").strip().splitlines()
        if line.split(":")[0] not in names
    ]
    parts = ["## " + part.removeprefix("## ") for part in body.split("\n## ") if part.strip()]
    new = {section.splitlines()[0]: section for section in sections}
    merged = [new.pop(part.splitlines()[0], part) for part in parts]
    merged += new.values()
    note = (
        "Sections updated on their own (`bench/run.py --update`) say so through their load "
        "averages line; the machine table describes the last full run.\n"
    )
    if note not in head:
        head = head.rstrip() + "\n\n" + note
    summary_block = "\n".join([*kept, *lines])
    return f"{head.rstrip()}\n\n## Summary lines\n\n```\n{summary_block}\n```\n\n" + "\n".join(
        part.rstrip() + "\n" for part in merged
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="markdown file to write")
    parser.add_argument("--runs", type=int, help="runs per measurement (default: each one's)")
    parser.add_argument("--only", help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    parser.add_argument(
        "--update",
        action="store_true",
        help="with --report: replace only the sections (and summary lines) of the benchmarks "
        "run, keeping the others as they are",
    )
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    facts = machine_facts()
    sections, lines, failed = [], [], []
    started = time.perf_counter()
    for name in chosen:
        print(f"[{time.perf_counter() - started:6.0f} s] {name}...", file=sys.stderr, flush=True)
        module = BENCHMARKS[name]
        try:
            section, summaries = module.run(args.runs) if args.runs else module.run()
        except OutputMismatchError as exc:
            failed.append(name)
            print(f"OUTPUT MISMATCH in {name}: {exc}", file=sys.stderr, flush=True)
            section = f"## {name}: output check failed\n\n**{exc}**: no ratio is reported.\n"
            summaries = [f"{name}: output check failed"]
        sections.append(f"{section}\nLoad averages when this table was done: {load_average()}.\n")
        lines.extend(summaries)
        print("\n".join(summaries), flush=True)
    minutes = (time.perf_counter() - started) / 60
    print(f"[{minutes * 60:6.0f} s] done", file=sys.stderr)
    facts["Load average at end (1, 5, 15 min)"] = load_average()
    facts["Duration of the run"] = f"{minutes:.1f} min"
    if args.report:
        path = args.report if args.report.is_absolute() else ROOT / args.report
        path.parent.mkdir(parents=True, exist_ok=True)
        text = report(facts, lines, sections)
        if args.update and path.is_file():
            text = updated(path.read_text(encoding="utf-8"), lines, sections)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    if failed:
        print(f"output checks failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

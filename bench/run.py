"""Run the benchmarks, print one summary line per comparison, write the report.

    bench/run.py [--report docs/benchmarks.md] [--runs N] [--only ndvi,merge,...]

Every benchmark module has ``run(runs) -> (markdown section, summary lines)``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import bench_download
import bench_first_layer
import bench_gui
import bench_merge
import bench_ndvi
import bench_start
from common import ROOT, load_average, machine_facts

BENCHMARKS = {
    "ndvi": bench_ndvi,
    "merge": bench_merge,
    "download": bench_download,
    "gui": bench_gui,
    "start": bench_start,
    "first_layer": bench_first_layer,
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


def report(facts: dict[str, str], lines: list[str], sections: list[str]) -> str:
    machine = "\n".join(f"| {name} | {value} |" for name, value in facts.items())
    summary = "\n".join(lines)
    return (
        f"{INTRO}\n## Machine\n\n| | |\n|---|---|\n{machine}\n\n"
        f"## Summary lines\n\n```\n{summary}\n```\n\n" + "\n".join(sections)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="markdown file to write")
    parser.add_argument("--runs", type=int, help="runs per measurement (default: each one's)")
    parser.add_argument("--only", help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    facts = machine_facts()
    sections, lines = [], []
    started = time.perf_counter()
    for name in chosen:
        print(f"[{time.perf_counter() - started:6.0f} s] {name}...", file=sys.stderr, flush=True)
        module = BENCHMARKS[name]
        section, summaries = module.run(args.runs) if args.runs else module.run()
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
        path.write_text(report(facts, lines, sections), encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()

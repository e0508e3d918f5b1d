"""The benchmark harness: specs take turns, medians of what the runs printed, the line format.

No timing is asserted: the commands print the numbers the harness must collect.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from common import Spec, measure_all, summary_line

# Prints ELAPSED from a list, one value per run, counting runs in a file.
SCRIPT = """
import sys
from pathlib import Path
log, name, *values = sys.argv[1:]
path = Path(log)
done = path.read_text().split() if path.exists() else []
runs = sum(1 for seen in done if seen == name)
path.write_text(" ".join([*done, name]))
print(f"ELAPSED={values[runs]}")
print("ignored line")
print(f"OTHER_MS={10 * (runs + 1)}")
"""


def test_specs_take_turns_and_keep_medians_of_what_runs_print(tmp_path):
    log = tmp_path / "order"
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT)

    def spec(name: str, *values: str) -> Spec:
        return Spec(name, [sys.executable, script, log, name, *values])

    first, second = measure_all([spec("a", "3", "1", "2"), spec("b", "0.5", "9", "0.7")], 3)
    assert log.read_text().split() == ["a", "b", "a", "b", "a", "b"]
    assert (first.inner, second.inner) == (2.0, 0.7)
    assert first.metrics["OTHER_MS"] == 20.0
    assert first.runs == 3 and first.peak_mb > 0 and first.seconds > 0
    assert first.command.endswith("a 3 1 2")


def test_summary_line_is_name_ours_peer_ratio():
    assert summary_line("ndvi", 1.0, 2.5) == "ndvi: ours 1.000 s, peer 2.500 s, ratio 2.50"
    assert summary_line("rss", 200.4, 1000.0, "MB") == "rss: ours 200 MB, peer 1000 MB, ratio 4.99"

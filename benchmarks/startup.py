"""Start-up time: `jobdesk --check-start` from source (and from the bundle, if built).

Prints, for each, the median over several runs of the time the app reports from its start to a
shown window with the database open, and the wall-clock time of the whole process.
Run: .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(command: list[str], runs: int) -> tuple[float, float]:
    reported, wall = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, JOBDESK_HOME=home, QT_QPA_PLATFORM="offscreen")
            began = time.perf_counter()
            out = subprocess.run(
                [*command, "--check-start"], capture_output=True, text=True, env=env, check=True
            ).stdout
            wall.append(time.perf_counter() - began)
        match = re.search(r"started in ([0-9.]+) s", out)
        if match:
            reported.append(float(match.group(1)))
    return statistics.median(reported), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    targets = [("source", [sys.executable, "-m", "jobdesk"])]
    bundle = ROOT / "dist" / "jobdesk" / "jobdesk"
    if bundle.is_file():
        targets.append(("bundle", [str(bundle)]))
    print(f"{'':8} {'window shown':>14} {'whole process':>15}   (median of {args.runs})")
    for name, command in targets:
        shown, wall = measure(command, args.runs)
        print(f"{name:8} {shown:>12.2f} s {wall:>13.2f} s")
    if not bundle.is_file():
        print("(no bundle: packaging/build.sh makes dist/jobdesk)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

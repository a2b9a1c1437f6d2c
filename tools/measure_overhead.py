"""Harness overhead: the examples run through the harness vs. bare `python file.py`.

Runs every file in examples/ one after another, both ways, with this Python
and one start method (fork, Linux's default up to 3.13, so the bare runs use
the same method), and prints the ratio. Usage:
    PYTHONPATH=tools python tools/measure_overhead.py [rounds]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from docexamples.run import run_example

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    files = sorted((ROOT / "examples").rglob("*.py"))
    bare = harness = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for path in files:
            subprocess.run([sys.executable, path.name], cwd=path.parent, capture_output=True, check=True)
        bare += time.perf_counter() - started
        started = time.perf_counter()
        for path in files:
            result = run_example(path, "fork")
            assert result.returncode == 0, path
        harness += time.perf_counter() - started
    print(f"{len(files)} examples x {rounds} rounds: bare {bare:.2f} s, harness {harness:.2f} s, "
          f"ratio {harness / bare:.3f}")


if __name__ == "__main__":
    main()

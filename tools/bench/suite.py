"""How the test suite spends its time: the examples one by one against `make test`.

`python -m bench suite` runs every example once per interpreter and start
method, one after another on an otherwise idle machine, each as its own
process (`docexamples.run.run_example`: `python -c LAUNCHER method file`,
which is `python file.py` with the start method forced), and adds up their
run times per interpreter and method. It then reads the wall time of the last
`make test` from the marks in .test-times (setup, build and pytest) and prints
both and their ratio: below 1 means the suite runs in less time than the
examples take one by one (two cores, overlap), above 1 what the harness,
the other checks and the browser add.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

from docexamples.extract import example_path
from docexamples.pages import START_METHODS, all_examples
from docexamples.pythons import Python, installed, missing_modules
from docexamples.run import run_example

ROOT = Path(__file__).resolve().parents[2]
TIMES = ROOT / ".test-times"


def last_suite_seconds(path: Path = TIMES) -> dict[str, float]:
    """Seconds per part of the last `make test` ("<part> start|end <epoch>" lines)."""
    total: dict[str, float] = defaultdict(float)
    started: dict[str, float] = {}
    for line in path.read_text().splitlines() if path.exists() else []:
        part, event, stamp = line.split()
        if event == "start":
            started[part] = float(stamp)
        elif part in started:
            total[part] += float(stamp) - started.pop(part)
    return dict(total)


def one_by_one(pythons: list[Python]) -> dict[str, dict[str, float]]:
    """Seconds of every example's runs, by interpreter and start method; skips as the suite skips."""
    seconds: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    examples = all_examples(ROOT / "docs")
    for py in pythons:
        for ex in examples:
            if missing_modules(py.executable, ex.needs):
                continue
            for method in START_METHODS:
                if ex.skip_reason(py.version, method):
                    continue
                result = run_example(example_path(ROOT / "examples", ex), method, py.executable, ex.timeout)
                seconds[py.name][method] += result.seconds
        print(f"{py.name}: " + ", ".join(f"{m} {s:.1f} s" for m, s in seconds[py.name].items()), flush=True)
    return {name: dict(by_method) for name, by_method in seconds.items()}


def main() -> int:
    started = time.perf_counter()
    seconds = one_by_one(installed())
    examples_total = sum(s for by_method in seconds.values() for s in by_method.values())
    suite = last_suite_seconds()
    suite_total = sum(suite.values())
    report = {"examples_one_by_one": seconds, "examples_total": examples_total, "suite_parts": suite,
              "suite_total": suite_total, "ratio_suite_to_examples": suite_total / examples_total if suite else None}
    print(json.dumps(report, indent=1))
    print(f"examples one by one: {examples_total:.0f} s (measured in {time.perf_counter() - started:.0f} s); "
          + (f"last make test: {suite_total:.0f} s ({', '.join(f'{k} {v:.0f} s' for k, v in suite.items())}); "
             f"ratio {suite_total / examples_total:.2f}" if suite else "no make test recorded in .test-times"))
    return 0

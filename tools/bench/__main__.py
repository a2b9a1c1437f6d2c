"""Usage:
    python -m bench [--quick] [--out DIR] [--only NAME ...]
                                            measure, write DIR/<name>.json and the charts
    python -m bench charts [--data DIR]     redraw the charts from the kept data files
    python -m bench suite                   the examples one by one against the last `make test` (bench/suite.py)

DIR defaults to docs/assets/bench, where the data files are kept in the
repository. --quick shrinks every workload (seconds instead of minutes) to
prove the command works; make test runs it into a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from .charts import draw_all
from .figures import DATA_DIR, NAMES, load
from .measure import MEASUREMENTS


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "date": datetime.date.today().isoformat(),
    }


def measure(out_dir: Path, quick: bool, only: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    about = machine()
    for name in only or NAMES:
        start = time.perf_counter()
        data = MEASUREMENTS[name](quick)
        doc = {"machine": about, "quick": quick, "data": data}
        (out_dir / f"{name}.json").write_text(json.dumps(doc, indent=1) + "\n", "utf-8")
        print(f"{name}: {time.perf_counter() - start:.1f} s", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("command", nargs="?", choices=["measure", "charts", "suite"], default="measure")
    parser.add_argument("--quick", action="store_true", help="tiny workloads: proves the command works")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="where data files and charts go")
    parser.add_argument("--only", nargs="*", choices=NAMES, default=[],
                        help="measure only these (the others are kept; same machine and day required)")
    parser.add_argument("--data", type=Path, default=None, help="charts: read data from here (default --out)")
    args = parser.parse_args(argv)
    if args.command == "suite":
        from .suite import main as suite

        return suite()
    if args.command == "measure":
        measure(args.out, args.quick, args.only)
    docs = load(args.data or args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in draw_all(docs, args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

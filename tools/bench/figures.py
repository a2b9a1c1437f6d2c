"""Numbers for the text, derived from the kept data files, and how pages ask for them.

A page writes ``{{ bench speedup.executor.2 }}`` (optionally with a format:
``{{ bench granularity.ratio.1 .0f }}``); the MkDocs hook replaces it with the
value from docs/assets/bench/*.json, formatted for the page's language.
Text quotes ratios, not absolute times: those depend on the machine.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[2] / "docs" / "assets" / "bench"
NAMES = ("speedup", "granularity", "startup", "ipc")
PLACEHOLDER = re.compile(r"\{\{\s*bench\s+(?P<key>[\w.]+)(?:\s+(?P<spec>[^\s}]+))?\s*\}\}")
Figure = int | float | str


class BenchError(Exception):
    """Missing or inconsistent data, or a page asking for an unknown figure."""


def load(data_dir: Path = DATA_DIR) -> dict[str, dict[str, Any]]:
    found = {}
    for name in NAMES:
        path = data_dir / f"{name}.json"
        if not path.exists():
            raise BenchError(f"{path} is missing; run `make bench`")
        found[name] = json.loads(path.read_text("utf-8"))
    machines = {json.dumps(doc["machine"], sort_keys=True) for doc in found.values()}
    if len(machines) != 1:
        raise BenchError(f"{data_dir}: the data files come from different runs; run `make bench` again")
    return found


def size_label(size: int) -> str:
    return f"{size >> 20} MiB" if size >= 1 << 20 else f"{size >> 10} KiB"


def figures(docs: dict[str, dict[str, Any]]) -> dict[str, Figure]:
    """Every number the text may quote, by key."""
    machine = docs["speedup"]["machine"]
    out: dict[str, Figure] = {f"machine.{k}": v for k, v in machine.items()}
    sp = docs["speedup"]["data"]
    out["speedup.tasks"] = sp["tasks"]
    out["speedup.repeat"] = sp["repeat"]
    for kind in ("threads", "pool", "executor"):
        for w, seconds in zip(sp["workers"], sp[kind], strict=True):
            out[f"speedup.{kind}.{w}"] = sp["serial"] / seconds
    gr = docs["granularity"]["data"]
    out["granularity.tasks"] = gr["tasks"]
    out["granularity.repeat"] = gr["repeat"]
    for c, seconds in zip(gr["chunksizes"], gr["executor"], strict=True):
        out[f"granularity.ratio.{c}"] = seconds / gr["serial"]
    faster = [c for c, seconds in zip(gr["chunksizes"], gr["executor"], strict=True) if seconds < gr["serial"]]
    out["granularity.crossover"] = min(faster) if faster else "–"
    out["granularity.best"] = gr["serial"] / min(gr["executor"])
    st = docs["startup"]["data"]
    index = {m: i for i, m in enumerate(st["methods"])}
    for kind in ("process", "pool", "executor"):
        for method in ("spawn", "forkserver"):
            out[f"startup.{kind}.{method}_vs_fork"] = st[kind][index[method]] / st[kind][index["fork"]]
        for method in st["methods"]:
            if kind != "process":
                out[f"startup.{kind}_vs_process.{method}"] = st[kind][index[method]] / st["process"][index[method]]
    ipc = docs["ipc"]["data"]
    out["ipc.total_mib"] = ipc["total"] >> 20
    for i, size in enumerate(ipc["sizes"]):
        label = size_label(size).replace(" ", "")
        for channel in ("pipe", "manager", "shared_memory"):
            out[f"ipc.{channel}_vs_queue.{label}"] = ipc[channel][i] / ipc["queue"][i]
    return out


def format_figure(value: Figure, spec: str | None, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and spec is None:
        text = f"{value:,}"
    else:
        text = format(value, spec or ".1f")
    if lang == "de":  # 1,9 and 20 000 in German text; 1.9 and 20,000 in English
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def fill(markdown: str, values: dict[str, Figure], lang: str, where: str) -> str:
    """Replace every placeholder; an unknown key names the page and line."""

    def replace(match: re.Match[str]) -> str:
        key = match["key"]
        if key not in values:
            line = markdown.count("\n", 0, match.start()) + 1
            raise BenchError(f"{where}:{line}: unknown benchmark figure '{key}'")
        return format_figure(values[key], match["spec"], lang)

    return PLACEHOLDER.sub(replace, markdown)

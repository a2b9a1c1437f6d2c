"""SVG charts from the kept data files, one per measurement and language.

The output is byte-for-byte reproducible (fixed hash salt, no date, text as
text), so a test can redraw every chart and compare it with the committed one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib
import website

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.ticker import FuncFormatter, NullFormatter  # noqa: E402

from .figures import NAMES, format_figure, size_label  # noqa: E402

LANGUAGES = website.LANGUAGES  # the one list of the site's languages
TEXT: dict[str, dict[str, str]] = {
    "de": {
        "speedup.title": "Beschleunigung einer CPU-lastigen Aufgabe",
        "speedup.x": "Worker",
        "speedup.y": "Beschleunigung gegenüber der Schleife (×)",
        "ideal": "ideal",
        "threads": "Threads (ThreadPoolExecutor)",
        "pool": "multiprocessing.Pool",
        "executor": "ProcessPoolExecutor",
        "granularity.title": "{tasks} winzige Aufgaben mit ProcessPoolExecutor.map",
        "granularity.x": "chunksize",
        "granularity.y": "Zeit relativ zur Schleife (×, logarithmisch)",
        "serial": "Schleife im Elternprozess",
        "startup.title": "Startkosten je Startmethode",
        "startup.y": "Millisekunden (Median)",
        "process": "ein Process starten und beenden",
        "pool_start": "Pool(2) mit einer Aufgabe",
        "executor_start": "ProcessPoolExecutor(2) mit einer Aufgabe",
        "ipc.title": "Durchsatz vom Kind- zum Elternprozess",
        "ipc.x": "Nachrichtengröße",
        "ipc.y": "MB/s (logarithmisch)",
        "queue": "Queue",
        "pipe": "Pipe",
        "manager": "Manager().Queue()",
        "shared_memory": "SharedMemory",
        "machine": "{cpus} CPUs ({cpu}), {os}, Python {python}, {date}",
    },
    "en": {
        "speedup.title": "Speedup of a CPU-bound task",
        "speedup.x": "workers",
        "speedup.y": "speedup over the loop (×)",
        "ideal": "ideal",
        "threads": "threads (ThreadPoolExecutor)",
        "pool": "multiprocessing.Pool",
        "executor": "ProcessPoolExecutor",
        "granularity.title": "{tasks} tiny tasks with ProcessPoolExecutor.map",
        "granularity.x": "chunksize",
        "granularity.y": "time relative to the loop (×, log scale)",
        "serial": "loop in the parent process",
        "startup.title": "Start cost per start method",
        "startup.y": "milliseconds (median)",
        "process": "start and join one Process",
        "pool_start": "Pool(2) with one task",
        "executor_start": "ProcessPoolExecutor(2) with one task",
        "ipc.title": "Throughput from a child to the parent process",
        "ipc.x": "message size",
        "ipc.y": "MB/s (log scale)",
        "queue": "Queue",
        "pipe": "Pipe",
        "manager": "Manager().Queue()",
        "shared_memory": "SharedMemory",
        "machine": "{cpus} CPUs ({cpu}), {os}, Python {python}, {date}",
    },
}
STYLE = {
    "svg.hashsalt": "bench",
    "svg.fonttype": "none",
    "font.size": 10,
    "figure.figsize": (7.0, 4.2),
    "figure.facecolor": "white",
    "axes.grid": True,
    "grid.alpha": 0.3,
}


def _number(lang: str) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: format_figure(value, "g", lang))


def _plain_log_ticks(ax: Axes, values: list[float], lang: str) -> None:
    """Ticks such as 0.5, 1, 2, 5 on a log axis instead of 5×10⁻¹ (with a comma in German)."""
    low, high = ax.get_ylim()
    ax.set_yticks([v for v in values if low <= v <= high])
    ax.yaxis.set_major_formatter(_number(lang))
    ax.yaxis.set_minor_formatter(NullFormatter())


def _speedup(ax: Axes, data: dict[str, Any], t: dict[str, str]) -> None:
    workers = data["workers"]
    ax.plot(workers, workers, "k:", label=t["ideal"])
    for kind, marker in (("threads", "s"), ("pool", "o"), ("executor", "^")):
        ax.plot(workers, [data["serial"] / s for s in data[kind]], marker=marker, label=t[kind])
    ax.set_xticks(workers)
    ax.set_ylim(0, max(workers) + 0.5)
    ax.set_xlabel(t["speedup.x"])
    ax.set_ylabel(t["speedup.y"])
    ax.set_title(t["speedup.title"])


def _granularity(ax: Axes, data: dict[str, Any], t: dict[str, str], lang: str) -> None:
    sizes = data["chunksizes"]
    ax.axhline(1, color="k", linestyle=":", label=t["serial"])
    ax.plot(sizes, [s / data["serial"] for s in data["executor"]], marker="o", label=t["executor"])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(sizes)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}"))
    _plain_log_ticks(ax, [0.2, 0.3, 0.5, 0.7, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500], lang)
    ax.set_xlabel(t["granularity.x"])
    ax.set_ylabel(t["granularity.y"])
    ax.set_title(t["granularity.title"].format(tasks=format_figure(data["tasks"], None, lang)))


def _startup(ax: Axes, data: dict[str, Any], t: dict[str, str]) -> None:
    methods = data["methods"]
    width = 0.27
    for i, (kind, label) in enumerate((("process", "process"), ("pool", "pool_start"), ("executor", "executor_start"))):
        xs = [m + (i - 1) * width for m in range(len(methods))]
        ax.bar(xs, [s * 1000 for s in data[kind]], width, label=t[label])
    ax.set_xticks(range(len(methods)))
    ax.set_xticklabels(methods)
    ax.set_ylim(0, 1.4 * max(s * 1000 for kind in ("process", "pool", "executor") for s in data[kind]))  # legend room
    ax.set_ylabel(t["startup.y"])
    ax.set_title(t["startup.title"])


def _ipc(ax: Axes, data: dict[str, Any], t: dict[str, str], lang: str) -> None:
    sizes = data["sizes"]
    for channel, marker in (("queue", "o"), ("pipe", "s"), ("manager", "v"), ("shared_memory", "^")):
        ax.plot(sizes, [r / 1e6 for r in data[channel]], marker=marker, label=t[channel])
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xticks(sizes)
    ax.set_xticklabels([size_label(s) for s in sizes])
    _plain_log_ticks(ax, [1, 3, 10, 30, 100, 300, 1000, 3000, 10000], lang)
    ax.set_xlabel(t["ipc.x"])
    ax.set_ylabel(t["ipc.y"])
    ax.set_title(t["ipc.title"])


def draw(name: str, doc: dict[str, Any], lang: str, path: Path) -> None:
    t = TEXT[lang]
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots()
        ax.yaxis.set_major_formatter(_number(lang))
        if name == "speedup":
            _speedup(ax, doc["data"], t)
        elif name == "granularity":
            _granularity(ax, doc["data"], t, lang)
        elif name == "startup":
            _startup(ax, doc["data"], t)
        else:
            _ipc(ax, doc["data"], t, lang)
        ax.legend(fontsize=8, loc="upper left" if name == "startup" else "best")  # fork's short bars leave room
        fig.text(0.01, 0.01, t["machine"].format(**doc["machine"]), fontsize=7, color="#444444")
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)


def chart_path(out_dir: Path, name: str, lang: str) -> Path:
    return out_dir / f"{name}-{lang}.svg"


def draw_all(docs: dict[str, dict[str, Any]], out_dir: Path) -> list[Path]:
    paths = []
    for name in NAMES:
        for lang in LANGUAGES:
            path = chart_path(out_dir, name, lang)
            draw(name, docs[name], lang, path)
            paths.append(path)
    return paths

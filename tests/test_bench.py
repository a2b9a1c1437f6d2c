"""`make bench`: the kept data, the charts drawn from it, the numbers quoted on the pages."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bench.charts import LANGUAGES, chart_path, draw_all
from bench.figures import DATA_DIR, NAMES, PLACEHOLDER, BenchError, figures, fill, format_figure, load
from conftest import DOCS, ROOT


def test_kept_data_comes_from_one_full_run() -> None:
    docs = load()
    quick = [name for name, doc in docs.items() if doc["quick"]]
    assert not quick, f"{quick}: kept data from `--quick`; run `make bench`"
    machine = docs["speedup"]["machine"]
    assert set(machine) == {"cpus", "cpu", "os", "python", "date"}
    assert all(machine.values()), machine


def test_kept_data_shows_what_the_pages_promise() -> None:
    """The text interprets the numbers; new measurements that contradict it must fail here."""
    v = figures(load())
    assert v["machine.cpus"] >= 2, "the speedup chapter needs a machine with at least 2 CPUs"
    processes = {kind: v[f"speedup.{kind}.2"] for kind in ("pool", "executor")}  # "almost twice as fast"
    assert max(processes.values()) >= 1.8 and min(processes.values()) >= 1.7, processes
    threads = {k: x for k, x in v.items() if k.startswith("speedup.threads.")}
    assert all(0.6 <= x <= 1.05 for x in threads.values()), threads  # "at most as fast as the loop"
    assert v["speedup.threads.2"] < 1, "the pages say two threads are a little slower than the loop"
    assert v["granularity.ratio.1"] > 5 and isinstance(v["granularity.crossover"], int)  # "only from chunksize=N"
    assert 1 < v["startup.process.forkserver_vs_fork"] < v["startup.process.spawn_vs_fork"]  # "in between"
    assert v["startup.pool.spawn_vs_fork"] > 1
    assert v["ipc.pipe_vs_queue.1KiB"] > 1 and v["ipc.manager_vs_queue.1KiB"] < 1
    assert v["ipc.shared_memory_vs_queue.1KiB"] < 1 < v["ipc.shared_memory_vs_queue.4MiB"]
    assert 0.7 < v["ipc.shared_memory_vs_queue.64KiB"] < 1.5  # "about even at 64 KiB"


def test_charts_are_drawn_from_the_kept_data(tmp_path: Path) -> None:
    stale = []
    for path in draw_all(load(), tmp_path):
        kept = DATA_DIR / path.name
        if not kept.exists() or kept.read_bytes() != path.read_bytes():
            stale.append(kept.relative_to(ROOT).as_posix())
    assert not stale, f"{stale} differ from the data; run `PYTHONPATH=tools python -m bench charts`"


def _pages_with_figures() -> list[Path]:
    return [p for p in sorted(DOCS.glob("*.md")) if PLACEHOLDER.search(p.read_text("utf-8"))]


def test_pages_quote_measured_figures_and_show_the_charts() -> None:
    pages = _pages_with_figures()
    assert {p.name.split(".")[0] for p in pages} >= {"measurements"}
    shown = {lang: set() for lang in LANGUAGES}
    for page in sorted(DOCS.glob("*.md")):
        lang = page.name.split(".")[1]
        for name, chart_lang in re.findall(r"assets/bench/(\w+)-(\w\w)\.svg", page.read_text("utf-8")):
            assert chart_lang == lang, f"{page.name} shows the {chart_lang} chart {name}"
            shown[lang].add(name)
    assert shown == {lang: set(NAMES) for lang in LANGUAGES}


def test_built_pages_hold_the_figures_from_the_data(site_dir: Path) -> None:
    values = figures(load())
    checked = 0
    for page in _pages_with_figures():
        chapter, lang = page.name.split(".")[:2]
        built = site_dir / ("en" if lang == "en" else "") / chapter / "index.html"
        text = html.unescape(built.read_text("utf-8"))
        assert "{{ bench" not in text and "{{bench" not in text, f"{built}: a figure was not filled in"
        for match in PLACEHOLDER.finditer(page.read_text("utf-8")):
            value = format_figure(values[match["key"]], match["spec"], lang)
            assert value in text, f"{page.name}: {match['key']} = {value} not on the built page"
            checked += 1
    assert checked >= 10


def test_figures_are_formatted_for_the_language() -> None:
    assert format_figure(1.934, None, "de") == "1,9"
    assert format_figure(1.934, None, "en") == "1.9"
    assert format_figure(20000, None, "de") == "20\u00a0000"
    assert format_figure(20000, None, "en") == "20,000"
    assert format_figure(13.6, ".0f", "en") == "14"
    assert format_figure("AMD EPYC", None, "de") == "AMD EPYC"


def test_unknown_figure_names_page_and_line() -> None:
    with pytest.raises(BenchError, match=r"docs/x\.de\.md:2: unknown benchmark figure 'speedup\.nope'"):
        fill("a\nb {{ bench speedup.nope }}\n", {"speedup.pool.2": 1.9}, "de", "docs/x.de.md")
    assert fill("{{ bench a.b .2f }} {{x}}", {"a.b": 1.234}, "de", "p") == "1,23 {{x}}"


def test_bench_command_runs_in_quick_mode(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    out = subprocess.run([sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stderr == "", out.stderr
    for name in NAMES:
        doc = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))
        assert doc["quick"] is True and doc["data"], name
        for lang in LANGUAGES:
            svg = chart_path(tmp_path, name, lang).read_text("utf-8")
            assert svg.startswith("<?xml") and "<svg" in svg

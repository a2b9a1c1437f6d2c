"""Rerun the examples and write what they print into the pages' output blocks."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .compare import with_page_lines, without_known_noise
from .extract import example_path, write
from .pages import OUTPUT_TITLE, START_METHODS, Example, PageError, all_examples
from .pythons import Python, current, installed, missing_modules
from .run import Result, run_example


def _indent(body: str, indent: int) -> str:
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in body.splitlines(keepends=True))


def _fence(body: str, indent: int, title: str, methods: tuple[str, ...] | None = None) -> str:
    pad = " " * indent
    extra = f' methods="{" ".join(methods)}"' if methods else ""
    return f'\n\n{pad}```{{.text .output title="{title}"{extra}}}\n{_indent(body, indent)}{pad}```'


def _run_problem(ex: Example, path: Path, method: str, result: Result) -> str | None:
    """Why a run cannot give the page its output, or None."""
    if result.timed_out or result.returncode != 0 or without_known_noise(ex, result.stderr) or not result.stdout:
        return (f"{ex.where} [{method}] did not run cleanly or printed nothing (exit {result.returncode}, "
                f"timed out: {result.timed_out}):\n{with_page_lines(ex, path, result.stderr)}{result.stdout}")
    return None


def new_outputs(ex: Example, runs: dict[str, Result]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits for one example's output blocks."""
    edits = []
    blocks = ex.outputs
    if not blocks:
        outputs = {runs[m].stdout for m in START_METHODS}
        if len(outputs) > 1:
            raise PageError(f"{ex.where}: output differs by start method; add one output block per method")
        end = ex.page.read_text("utf-8").index("```", ex.source_end) + 3
        return [(end, end, _fence(outputs.pop(), 0, OUTPUT_TITLE[ex.lang]))]
    for block in blocks:
        outputs = {runs[m].stdout for m in block.methods}
        if len(outputs) > 1:
            raise PageError(
                f"{ex.page}:{block.line}: output differs between {', '.join(block.methods)}; "
                f"split the block with methods=\"…\""
            )
        edits.append((block.body_start, block.body_end, _indent(outputs.pop(), block.indent)))
    return edits


def writer(ex: Example, pythons: list[Python]) -> Python:
    """The interpreter that writes an example's output: this one, unless the example cannot run here.

    An example that needs a newer Python (``requires=``), an older one
    (``maximum=``), or modules this one lacks (``needs=``) is run with the
    first installed interpreter that fits; the test matrix then checks the
    others. Fails when none fits.
    """
    for python in pythons:
        if all(ex.skip_reason(python.version, m) is None for m in START_METHODS) and not (
                ex.needs and missing_modules(python.executable, ex.needs)):
            return python
    names = ", ".join(p.name for p in pythons)
    raise PageError(f"{ex.where}: no installed interpreter can run it ({names}); see its fence settings")


def update(docs: Path, examples_dir: Path, pages: list[Path] | None = None) -> list[Path]:
    write(docs, examples_dir)
    chosen = [ex for ex in all_examples(docs) if pages is None or ex.page in pages]
    here = current()
    pythons = [here, *(p for p in installed() if p.executable != here.executable)]
    writers = {ex.where: writer(ex, pythons) for ex in chosen}
    jobs = [(ex, m) for ex in chosen for m in START_METHODS]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(
            lambda job: run_example(example_path(examples_dir, job[0]), job[1], writers[job[0].where].executable,
                                    timeout=job[0].timeout), jobs))
    for ex in chosen:
        if writers[ex.where] is not here:
            print(f"{ex.where}: output written by {writers[ex.where].name} (this is {here.name})")
    # every chosen example has run; report every failure, not only the first
    failed = [problem for (ex, method), result in zip(jobs, results, strict=True)
              if (problem := _run_problem(ex, example_path(examples_dir, ex), method, result))]
    if failed:
        head = f"{len(failed)} of {len(jobs)} runs failed; no output block was rewritten:"
        raise PageError("\n\n".join([head, *failed]))
    runs: dict[str, dict[str, Result]] = {}
    for (ex, method), result in zip(jobs, results, strict=True):
        runs.setdefault(ex.where, {})[method] = result
    edits: dict[Path, list[tuple[int, int, str]]] = {}
    for ex in chosen:
        edits.setdefault(ex.page, []).extend(new_outputs(ex, runs[ex.where]))
    changed = []
    for page, page_edits in edits.items():
        text = page.read_text("utf-8")
        new = text
        for start, end, replacement in sorted(page_edits, reverse=True):
            new = new[:start] + replacement + new[end:]
        if new != text:
            page.write_text(new, "utf-8")
            changed.append(page)
    return changed + write(docs, examples_dir)

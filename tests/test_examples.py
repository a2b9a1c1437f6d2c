"""Every code block on every page runs as its own process and prints what the page shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DOCS, EXAMPLES, ROOT
from docexamples import tested
from docexamples.compare import problems
from docexamples.extract import drift, example_path
from docexamples.pages import Example, all_examples, extras_modules
from docexamples.pythons import Python, current, installed, missing_modules
from docexamples.run import run_example

EXAMPLE_LIST = all_examples(DOCS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "run_case" in metafunc.fixturenames:
        config = metafunc.config
        pythons = installed() if config.getoption("--pythons") == "all" else [current()]
        methods = config.getoption("--methods").split(",")
        cases = [(ex, method, py) for ex in EXAMPLE_LIST for py in pythons for method in methods]
        metafunc.parametrize(
            "run_case", cases, ids=[f"{ex.id}[{method}-{py.name}]" for ex, method, py in cases]
        )


def test_example_runs_and_prints_page_output(
    run_case: tuple[Example, str, Python], record_property: pytest.RecordProperty
) -> None:
    ex, method, python = run_case
    record_property("example", ex.id)
    record_property("method", method)
    record_property("python", python.name)
    reason = ex.skip_reason(python.version, method)
    if reason:
        pytest.skip(reason)
    lacking = missing_modules(python.executable, ex.needs)
    if lacking and python == current():
        pytest.fail(f"{ex.where} needs {', '.join(lacking)}: install the extras with `make extras`", pytrace=False)
    if lacking:
        pytest.skip(f"{ex.id} needs {', '.join(lacking)} ({ex.where}), optional extras installed only "
                    f"into .venv ({current().name}); {python.name} has no {', '.join(lacking)}")
    path = example_path(EXAMPLES, ex)
    if not path.exists() or path.read_text("utf-8") != ex.source:
        pytest.fail(f"{path} does not match the block at {ex.where}; run `make examples`", pytrace=False)
    result = run_example(path, method, python.executable, ex.timeout)
    record_property("seconds", result.seconds)
    found = problems(ex, method, python.name, result, path)
    if found:
        pytest.fail("\n".join(found), pytrace=False)


def test_examples_match_pages() -> None:
    """examples/ is written from the pages; any difference is drift."""
    found = drift(DOCS, EXAMPLES)
    if found:
        pytest.fail("\n".join(found) + "\nrun `make examples` to write examples/ from the pages", pytrace=False)


@pytest.fixture(scope="session")
def ruff_report() -> dict[str, list[dict]]:
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format=json", "--no-cache", str(EXAMPLES)],
        capture_output=True, text=True, cwd=ROOT,
    )
    if out.returncode not in (0, 1):
        pytest.fail(f"ruff failed: {out.stderr}", pytrace=False)
    report: dict[str, list[dict]] = {}
    for item in json.loads(out.stdout):
        report.setdefault(str(Path(item["filename"]).resolve()), []).append(item)
    return report


@pytest.mark.parametrize("ex", EXAMPLE_LIST, ids=[ex.id for ex in EXAMPLE_LIST])
def test_example_passes_ruff(ex: Example, ruff_report: dict[str, list[dict]]) -> None:
    """Ruff (E, F, I, UP, B; see pyproject.toml) finds nothing; lines are page lines."""
    items = ruff_report.get(str(example_path(EXAMPLES, ex).resolve()), [])
    if items:
        lines = [
            f"{ex.page.as_posix()}:{ex.line + item['location']['row']}: {item['code']} {item['message']}"
            for item in items
        ]
        pytest.fail("\n".join(lines), pytrace=False)


def test_every_example_has_output_for_every_method() -> None:
    missing = [f"{ex.where}: no output block for {m}" for ex in EXAMPLE_LIST
               for m in ("fork", "spawn", "forkserver") if ex.expected_output(m) is None]
    assert not missing, "\n".join(missing)


def test_both_languages_have_the_same_examples() -> None:
    """Each English example mirrors its German twin: same chapters, same count, same settings."""
    def shape(lang: str) -> dict[tuple[str, str], tuple]:
        return {
            (ex.chapter, ex.title[:2]):
                (ex.requires, ex.maximum, [(d.methods, d.ranges) for d in ex.differs], ex.needs,
                 [b.methods for b in ex.outputs], len(ex.inline_comments))
            for ex in EXAMPLE_LIST if ex.lang == lang
        }
    assert shape("en") == shape("de")


def test_there_are_examples() -> None:
    assert len(EXAMPLE_LIST) >= 20, "the pages should hold the examples of three chapters in two languages"


def test_tested_with_names_the_interpreters_of_the_matrix(request: pytest.FixtureRequest) -> None:
    """docs/assets/tested-with.json, which the pages quote, lists exactly what this matrix runs."""
    if request.config.getoption("--pythons") != "all":
        pytest.skip("the record is compared with the full matrix only: run with --pythons=all (make test)")
    found = tested.describe(installed(), extras_modules(DOCS))
    recorded = tested.load()
    if found != recorded:
        differ = "; ".join(f"{key}: recorded {recorded.get(key)!r}, found {found.get(key)!r}"
                           for key in sorted(set(found) | set(recorded)) if found.get(key) != recorded.get(key))
        pytest.fail(f"{tested.RECORD.relative_to(ROOT)} differs from what the matrix found ({differ}); "
                    "run `make tested` and commit the file", pytrace=False)

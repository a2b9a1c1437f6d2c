"""Shared pytest setup: options, the pages' examples, and the run summary."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from bench.suite import last_suite_seconds

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
SHM = Path("/dev/shm")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("examples")
    group.addoption("--pythons", default="current", choices=("current", "all"),
                    help="run examples with this interpreter only, or with every installed CPython 3.9 or newer "
                         "(docexamples/pythons.py; PYTHONS=... names them explicitly)")
    group.addoption("--methods", default="fork,spawn,forkserver", help="start methods, comma-separated")
    group.addoption("--pages", default="", help="only these pages (space- or comma-separated, e.g. docs/ipc.de.md): "
                    "their examples, drift, ruff and text checks, and the built-site checks; not the tools, "
                    "benchmark and browser suites")


# Suites a --pages run leaves out: they check the tools, the measurements, the browser and the build, not a page.
NOT_FOR_PAGES = ("tests/test_tools.py", "tests/test_bench.py", "tests/test_browser.py", "tests/test_build.py")


def current_name() -> str:
    from docexamples.pythons import current

    return current().name


def chosen_pages(config: pytest.Config) -> set[Path]:
    return {(ROOT / p).resolve() for p in config.getoption("--pages").replace(",", " ").split()}


def _concerns(item: pytest.Item, pages: set[Path]) -> bool:
    """Whether a test is about one of `pages`; tests not about any one page concern every page."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    for value in params.values():
        for part in value if isinstance(value, tuple) else (value,):
            page = getattr(part, "page", part)
            if isinstance(page, Path):
                return page.resolve() in pages
    return True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    pages = chosen_pages(config)
    if not pages:
        return
    unknown = sorted(str(p) for p in pages if not p.exists())
    if unknown:
        raise pytest.UsageError(f"--pages: no such page {', '.join(unknown)}")
    keep = [i for i in items if not i.nodeid.startswith(NOT_FOR_PAGES) and _concerns(i, pages)]
    config.hook.pytest_deselected(items=[i for i in items if i not in keep])
    items[:] = keep


def mkdocs_config() -> dict:
    """mkdocs.yml as data; MkDocs' own tags (!ENV, !!python/name) read as None."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)


def i18n_languages() -> list[dict]:
    """The languages of the i18n plugin in mkdocs.yml, as configured there."""
    plugins = mkdocs_config()["plugins"]
    return next(p["i18n"] for p in plugins if isinstance(p, dict) and "i18n" in p)["languages"]


def ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: $SITE_DIR if `make` built it, else a fresh strict build."""
    if os.environ.get("SITE_DIR"):
        path = Path(os.environ["SITE_DIR"]).resolve()
        if not (path / "index.html").exists():
            pytest.fail(f"SITE_DIR={path} holds no built site; run `make build`")
        return path
    path = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(path)],
                   cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return path


def _shm() -> set[str]:
    return {p.name for p in SHM.iterdir()} if SHM.exists() else set()


def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):  # the controller, not an xdist worker
        session.config.stash[_SHM_BEFORE] = _shm()


_SHM_BEFORE = pytest.StashKey[set]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput") or _SHM_BEFORE not in session.config.stash:
        return
    leaked = sorted(_shm() - session.config.stash[_SHM_BEFORE])
    if leaked:  # a leak stays; semaphores of processes still ending (or of other programs) go away
        time.sleep(2)
        leaked = sorted(set(leaked) & _shm())
    if leaked:
        session.config.stash[_LEAKED] = leaked
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_LEAKED = pytest.StashKey[list]()


SLOWEST = 10


def _part(nodeid: str) -> str:
    if "test_example_runs_and_prints_page_output" in nodeid:
        return "examples"
    return "browser" if nodeid.startswith("tests/test_browser.py") else "other checks"


def _report_times(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The slowest example runs, and the wall time of each part of the run."""
    runs: list[tuple[float, str]] = []
    spans: dict[str, list[float]] = {}
    for outcome in ("passed", "failed", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", None) not in ("setup", "call", "teardown"):
                continue
            props = dict(getattr(report, "user_properties", []))
            if report.when == "call" and "seconds" in props:
                runs.append((props["seconds"], f"{props['example']} [{props['method']}, {props['python']}]"))
            span = spans.setdefault(_part(report.nodeid), [float("inf"), 0.0, 0.0])
            span[0], span[1] = min(span[0], report.start), max(span[1], report.stop)
            span[2] += report.duration
    if runs:
        busy = sum(seconds for seconds, _ in runs)
        wall = spans.get("examples", [0.0, 0.0, 0.0])
        ratio = f", {busy / (wall[1] - wall[0]):.2f} times the examples' wall time" if wall[1] > wall[0] else ""
        terminalreporter.write_line(f"example runs: {len(runs)}, their own run times add up to {busy:.0f} s "
                                    f"({busy / len(runs):.2f} s per run){ratio}")
        terminalreporter.write_line(f"slowest {min(SLOWEST, len(runs))} example runs:")
        for seconds, name in sorted(runs, reverse=True)[:SLOWEST]:
            terminalreporter.write_line(f"  {seconds:6.1f} s  {name}")
    marks = Path(os.environ["TEST_TIMES"]) if os.environ.get("TEST_TIMES") else None
    parts = {part: f"{seconds:.0f} s" for part, seconds in (last_suite_seconds(marks) if marks else {}).items()}
    # parts run side by side on the xdist workers: first start to last end, and the tests' own time
    parts.update({part: f"{stop - start:.0f} s ({busy:.0f} s of test time)"
                  for part, (start, stop, busy) in spans.items() if stop > 0})
    if parts:
        order = ["setup", "build", "examples", "browser", "other checks"]
        terminalreporter.write_line("wall time: " + ", ".join(
            f"{part} {parts[part]}" for part in sorted(parts, key=lambda p: (order + [p]).index(p))))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    runs: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[str] = Counter()
    examples: set[str] = set()
    for outcome in ("passed", "failed", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            props = dict(getattr(report, "user_properties", []))
            if "example" in props and report.when in ("call", "setup"):
                if outcome == "skipped" or report.when == "call":
                    outcomes[outcome] += 1
                    if outcome != "skipped":
                        runs[(props["method"], props["python"])] += 1
                        examples.add(props["example"])
    _report_times(terminalreporter)
    pages = chosen_pages(config)
    if pages:
        terminalreporter.write_line(
            f"pages: {', '.join(sorted(p.name for p in pages))} with {current_name()} only; left out: "
            f"{', '.join(NOT_FOR_PAGES)} and the other interpreters (run `make test` for them)")
    leaked = config.stash.get(_LEAKED, [])
    if leaked:
        terminalreporter.write_line(f"FAILED: left in /dev/shm after the run: {', '.join(leaked)}", red=True)
    if not runs and not outcomes:
        return
    methods = Counter[str]()
    pythons = Counter[str]()
    for (method, python), n in runs.items():
        methods[method] += n
        pythons[python] += n
    terminalreporter.write_line(
        f"examples: {len(examples)} examples ran {sum(runs.values())} times "
        f"({outcomes['passed']} passed, {outcomes['failed']} failed, {outcomes['skipped']} skipped); "
        f"start methods: {', '.join(f'{m} {n}' for m, n in sorted(methods.items()))}; "
        f"interpreters: {', '.join(f'{p} {n}' for p, n in sorted(pythons.items()))}"
    )

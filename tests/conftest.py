"""Shared pytest setup: options, the pages' examples, and the run summary."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

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
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(path)],
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
    if leaked:
        session.config.stash[_LEAKED] = leaked
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_LEAKED = pytest.StashKey[list]()


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

"""The build itself: both languages at once (website.parallel) give the site the i18n plugin builds alone.

Each test runs `mkdocs build` (2 to 4 s); a --pages run leaves this file out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# a fixed build date (2025-12-02), so that two builds on either side of midnight agree on "lastmod"
_DATE = "1764633600"
_PARALLEL = "website: building 'en' in process"


def _build(site: Path, *, sequential: bool, project: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": _DATE,
           "SITE_SEQUENTIAL": "1" if sequential else "0"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_parallel_build_writes_the_sequential_site(tmp_path: Path) -> None:
    parallel = _build(tmp_path / "parallel", sequential=False)
    assert parallel.returncode == 0, parallel.stderr
    assert _PARALLEL in parallel.stderr, "the build did not fork the English build:\n" + parallel.stderr
    sequential = _build(tmp_path / "sequential", sequential=True)
    assert sequential.returncode == 0, sequential.stderr
    assert _PARALLEL not in sequential.stderr
    both, alone = _files(tmp_path / "parallel"), _files(tmp_path / "sequential")
    assert sorted(both) == sorted(alone)
    differing = [name for name in alone if both[name] != alone[name]]
    assert not differing, f"the parallel build differs in {differing}"
    assert b"/en/ipc/</loc>" in both["sitemap.xml"] and b"/ipc/</loc>" in both["sitemap.xml"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_failing_page_fails_the_build_names_its_line_and_leaves_nothing_running(tmp_path: Path, lang: str) -> None:
    """English fails in the forked build, German in the parent while the fork still builds."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "tools", "overrides"):
        (project / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "docs", project / "docs")
    page = project / "docs" / f"ipc.{lang}.md"
    lines = page.read_text("utf-8").splitlines(keepends=True)
    lines[4] = lines[4].rstrip("\n") + " {{ no such placeholder }}\n"
    page.write_text("".join(lines), "utf-8")
    out = _build(tmp_path / "site", sequential=False, project=project)
    assert out.returncode == 1, out.stderr
    assert f"docs/ipc.{lang}.md:5: unknown placeholder {{{{ no such placeholder }}}}" in out.stderr
    assert "Aborted with a BuildError!" in out.stdout + out.stderr
    forked = re.search(_PARALLEL + r" (\d+)", out.stderr)
    assert forked, out.stderr
    assert not Path(f"/proc/{forked[1]}").exists(), f"the forked build {forked[1]} still runs"

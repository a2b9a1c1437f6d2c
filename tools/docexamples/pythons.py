"""The interpreters the examples are checked with.

`installed()` finds every CPython 3.9 or newer a maintainer has:

- ``PYTHONS="/usr/bin/python3.14 /opt/py/bin/python3.13t"``: exactly these
  executables (separated by spaces or ``os.pathsep``), nothing else;
- otherwise this interpreter, every pyenv version (``3.X.Y`` and the
  free-threaded ``3.X.Yt``), and ``python3.X`` / ``python3.Xt`` on PATH.

Each is asked for its exact version and whether it is a free-threaded build.
Found ones are kept one per minor version and build, in that order of
preference (this interpreter, pyenv, PATH); given ones one per exact version.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MINIMUM = (3, 9)
_PROBE = (
    "import json, platform, sys, sysconfig;"
    "print(json.dumps([platform.python_implementation(), list(sys.version_info[:3]),"
    " bool(sysconfig.get_config_var('Py_GIL_DISABLED')), platform.system()]))"
)


@dataclass(frozen=True)
class Python:
    version: tuple[int, ...]  # (3, 13, 0); (3, 13) when only the minor version is known
    executable: str
    free_threaded: bool = False
    implementation: str = "CPython"
    system: str = "Linux"

    @property
    def name(self) -> str:
        """Short name for test ids and the summary: py3.13.0, py3.13.0t."""
        return "py" + ".".join(map(str, self.version)) + ("t" if self.free_threaded else "")

    @property
    def label(self) -> str:
        """What the pages say: 'CPython 3.13.0', 'CPython 3.13.0 (free-threaded)'."""
        dotted = ".".join(map(str, self.version))
        return f"{self.implementation} {dotted}" + (" (free-threaded)" if self.free_threaded else "")


def current() -> Python:
    import platform
    import sysconfig

    return Python(tuple(sys.version_info[:3]), sys.executable,
                  bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
                  platform.python_implementation(), platform.system())


@cache
def probe(executable: str) -> Python | None:
    """Ask an interpreter what it is; None if it does not run or is older than 3.9."""
    try:
        out = subprocess.run([executable, "-c", _PROBE], capture_output=True, text=True, timeout=30, check=True)
        implementation, version, free_threaded, system = json.loads(out.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    if tuple(version[:2]) < MINIMUM:
        return None
    return Python(tuple(version), executable, free_threaded, implementation, system)


def _pyenv_root() -> Path | None:
    if "PYENV_ROOT" in os.environ:
        return Path(os.environ["PYENV_ROOT"])
    try:
        out = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        default = Path.home() / ".pyenv"
        return default if default.exists() else None
    return Path(out.strip())


def candidates() -> list[str]:
    """Executables to probe, in order of preference (see the module's docstring)."""
    explicit = os.environ.get("PYTHONS", "").replace(os.pathsep, " ").split()
    if explicit:
        return explicit
    found = [sys.executable]
    root = _pyenv_root()
    for folder in sorted((root / "versions").glob("3.*")) if root else []:
        match = re.fullmatch(r"3\.\d+\.\d+(t?)", folder.name)  # CPython releases only, no -dev or envs
        if match:
            exe = folder / "bin" / ("python3t" if match[1] else "python3")
            if not exe.exists() and match[1]:
                exe = next(iter(sorted((folder / "bin").glob("python3.*t"))), exe)
            if exe.exists():
                found.append(str(exe))
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if "shims" in Path(directory).parts:  # pyenv's shims lead to the versions above
            continue
        for exe in sorted(Path(directory).glob("python3.*")) if directory and Path(directory).is_dir() else []:
            if re.fullmatch(r"python3\.\d+t?", exe.name) and shutil.which(exe.name, path=directory):
                found.append(str(exe))
    return found


def installed() -> list[Python]:
    """One interpreter per (version, build), sorted by version; this one stands for its own."""
    found: dict[tuple[tuple[int, ...], bool], Python] = {}
    explicit = bool(os.environ.get("PYTHONS"))
    for exe in candidates():
        py = current() if exe == sys.executable else probe(exe)
        if py is None:
            if explicit:
                raise RuntimeError(f"PYTHONS names {exe}, which does not run as CPython 3.9 or newer")
            continue
        found.setdefault((py.version if explicit else py.version[:2], py.free_threaded), py)
    return [found[key] for key in sorted(found)]


@cache
def missing_modules(executable: str, modules: tuple[str, ...]) -> tuple[str, ...]:
    """The modules of `modules` that `executable` cannot import."""
    if not modules:
        return ()
    probe = ("import importlib.util, sys\n"
             "print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))")
    out = subprocess.run([executable, "-c", probe, *modules], capture_output=True, text=True, check=True)
    return tuple(out.stdout.split())

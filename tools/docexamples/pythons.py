"""The interpreters the examples are checked with: this one, plus pyenv's 3.9–3.13."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SUPPORTED = [(3, minor) for minor in range(9, 14)]


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    executable: str

    @property
    def name(self) -> str:
        return f"py{self.version[0]}.{self.version[1]}"


def current() -> Python:
    return Python((sys.version_info[0], sys.version_info[1]), sys.executable)


def _pyenv_root() -> Path | None:
    if "PYENV_ROOT" in os.environ:
        return Path(os.environ["PYENV_ROOT"])
    try:
        out = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        default = Path.home() / ".pyenv"
        return default if default.exists() else None
    return Path(out.strip())


def installed() -> list[Python]:
    """One interpreter per supported minor version; this one stands for its own version."""
    found = {current().version: current()}
    root = _pyenv_root()
    for folder in sorted((root / "versions").glob("3.*")) if root else []:
        match = re.fullmatch(r"3\.(\d+)\.\d+", folder.name)  # CPython releases only
        exe = folder / "bin" / "python3"
        if match and exe.exists():
            version = (3, int(match[1]))
            if version in SUPPORTED and version not in found:
                found[version] = Python(version, str(exe))
    return [found[v] for v in sorted(found)]


@cache
def missing_modules(executable: str, modules: tuple[str, ...]) -> tuple[str, ...]:
    """The modules of `modules` that `executable` cannot import."""
    if not modules:
        return ()
    probe = ("import importlib.util, sys\n"
             "print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))")
    out = subprocess.run([executable, "-c", probe, *modules], capture_output=True, text=True, check=True)
    return tuple(out.stdout.split())

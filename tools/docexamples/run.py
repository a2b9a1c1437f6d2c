"""Run one example the way a reader does (`python file.py`), under a chosen start method.

The start method is forced from outside: a two-line launcher sets the
default context's method before running the file as ``__main__``, so an
example's own ``set_start_method()`` call still works. Each example runs in
its own session; on timeout the whole process group gets SIGTERM, then
SIGKILL, so no worker, resource tracker or forkserver survives.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# `python -c LAUNCHER method file`: force the start method, then run the file in
# the interpreter's own __main__ module, as `python file.py` does. (runpy would
# run it in a temporary module, while multiprocessing has already aliased
# __mp_main__ to the real __main__: a spawn worker's pickled class defined in
# the example could then not be found in the parent.) Ctrl+C works as in a
# terminal: a run started in the background of a shell inherits SIGINT
# ignored, and Python then raises no KeyboardInterrupt (examples that send
# SIGINT hung or printed the wrong output).
LAUNCHER = """\
def _launch():
    import os, sys, signal, multiprocessing.context as c
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    method, path = sys.argv[1], os.path.abspath(sys.argv[2])
    c._default_context._default_context = c._concrete_contexts[method]
    sys.argv, sys.path[0] = [path], os.path.dirname(path)
    with open(path, 'rb') as f:
        code = compile(f.read(), path, 'exec')
    namespace = sys.modules['__main__'].__dict__
    builtins = namespace['__builtins__']
    namespace.clear()
    namespace.update(__name__='__main__', __file__=path, __builtins__=builtins,
                     __spec__=None, __loader__=None, __package__=None, __doc__=None)
    exec(code, namespace)
_launch()
"""
TERM_GRACE = 3.0


@dataclass(frozen=True)
class Result:
    returncode: int | None
    stdout: str
    stderr: str
    timed_out: bool
    survivors: tuple[str, ...]  # processes of the example still alive after it ended
    seconds: float
    pid: int  # also the process group id


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST", "COV_"))}
    env.update(PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return env


def group_members(pgid: int) -> list[str]:
    """Live (non-zombie) processes in a process group, as 'pid command'."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # the command name in field 2 may hold spaces and parentheses
        fields = stat[stat.rindex(")") + 2 :].split()
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            members.append(f"{entry.name} {cmdline.strip()}")
    return members


def end_group(pgid: int) -> None:
    """SIGTERM the whole group, wait, then SIGKILL what is left."""
    for sig, wait in ((signal.SIGTERM, TERM_GRACE), (signal.SIGKILL, 1.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not group_members(pgid):
                return
            time.sleep(0.05)


def _survivors(pgid: int, grace: float = 2.0) -> tuple[str, ...]:
    """Wait a moment for helpers that exit on their own (resource tracker)."""
    deadline = time.monotonic() + grace
    while True:
        alive = group_members(pgid)
        if not alive or time.monotonic() > deadline:
            return tuple(alive)
        time.sleep(0.02)


def run_example(path: Path, method: str, python: str = sys.executable, timeout: float = 30.0) -> Result:
    started = time.monotonic()
    proc = subprocess.Popen(
        [python, "-c", LAUNCHER, method, str(path.resolve())],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_clean_env(),
        cwd=path.parent,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        end_group(proc.pid)
        out, err = proc.communicate()
        return Result(proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                      True, (), time.monotonic() - started, proc.pid)
    survivors = _survivors(proc.pid)
    if survivors:
        end_group(proc.pid)
    return Result(
        proc.returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        False,
        survivors,
        time.monotonic() - started,
        proc.pid,
    )

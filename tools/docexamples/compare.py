"""Compare what an example printed with what its page shows."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from .pages import Example
from .run import Result


def _diff(expected: str, actual: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile="expected (page)",
        tofile="actual (stdout)",
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ no newline at end\n" for line in lines)


def with_page_lines(ex: Example, path: Path, stderr: str) -> str:
    """Put the page's line beside each traceback line of the example's file.

    ``File ".../examples/de/ipc/02_pipe.py", line 12`` gets ``(docs/ipc.de.md:57)``:
    the code starts on the line after the opening fence.
    """
    pattern = re.compile(rf'(File "[^"]*{re.escape(path.name)}", line (\d+))')
    return pattern.sub(lambda m: f"{m[1]} ({ex.page.as_posix()}:{ex.line + int(m[2])})", stderr)


# What distributed's worker logs when its cluster closes while one of its heartbeats
# to the scheduler is under way (Worker.heartbeat catches the OSError and logs it; open
# upstream as dask/distributed#7105). The results are not affected; seen here in one
# suite run with distributed 2026.8.0. Only this message and its traceback are left out,
# only for an example that needs distributed; anything else on stderr still fails.
_HEARTBEAT_AT_CLOSE = re.compile(
    r"^[\d-]+ [\d:,]+ - distributed\.worker - ERROR - Failed to communicate with scheduler during heartbeat\.\n"
    r"(?:Traceback \(most recent call last\):\n|  .*\n|\n|tornado\.iostream\.StreamClosedError: Stream is closed\n"
    r"|The above exception was the direct cause of the following exception:\n)*?"
    r"distributed\.comm\.core\.CommClosedError: in <TCP \(closed\) ConnectionPool\.heartbeat_worker [^\n]*>: "
    r"Stream is closed\n",
    re.M,
)


def without_known_noise(ex: Example, stderr: str) -> str:
    """stderr without the one message a library writes by itself at shutdown (see ``_HEARTBEAT_AT_CLOSE``)."""
    return _HEARTBEAT_AT_CLOSE.sub("", stderr) if "distributed" in ex.needs else stderr


def inline_comment_problems(ex: Example, stdout: str) -> list[str]:
    """Each `# Ausgabe: …` comment must be a line of the output, in order."""
    lines = iter(stdout.splitlines())
    for comment in ex.inline_comments:
        if not any(line == comment for line in lines):
            return [f"the comment '# … {comment}' in the code is not a line of the output (in order)"]
    return []


def problems(ex: Example, method: str, python: str, result: Result, path: Path | None = None) -> list[str]:
    """Everything wrong with one run; empty when the run matches the page."""
    found: list[str] = []
    if result.timed_out:
        found.append(
            f"timed out after {ex.timeout:g} s; the process group was ended with SIGTERM/SIGKILL"
        )
    elif result.returncode != 0:
        found.append(f"exit code {result.returncode}, expected 0")
    if result.survivors:
        found.append("processes still running after the example ended (now killed):\n  "
                     + "\n  ".join(result.survivors))
    expected = ex.expected_output(method)
    if expected is None:
        found.append(f"the page shows no output block for start method {method}")
    elif result.stdout != expected:
        found.append("stdout differs from the page:\n" + _diff(expected, result.stdout))
    found += inline_comment_problems(ex, result.stdout)
    if without_known_noise(ex, result.stderr):
        found.append("stderr is not empty:\n" + with_page_lines(ex, path or Path(ex.title), result.stderr))
    if found:
        head = f"{ex.where} [{ex.lang}, {method}, {python}] {ex.title}"
        return [head, *found]
    return []

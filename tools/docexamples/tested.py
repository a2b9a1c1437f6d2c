"""What the examples were checked with, written once and quoted by the pages.

docs/assets/tested-with.json holds the system and the interpreters the test
matrix found (`make tested` writes it from `pythons.installed()`; the matrix
test fails while the file and the matrix disagree). Pages never list versions
by hand; they write

- ``{{ tested }}``: "CPython 3.9.18, 3.10.13 und 3.13.0 unter Linux" /
  "CPython 3.9.18, 3.10.13 and 3.13.0 on Linux";
- ``{{ tested extras }}``: the interpreter that has the optional extras
  (NumPy, Dask), e.g. "CPython 3.11.7".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .pythons import Python, missing_modules

RECORD = Path(__file__).resolve().parents[2] / "docs" / "assets" / "tested-with.json"
PLACEHOLDER = re.compile(r"\{\{\s*tested(?:\s+(?P<what>\w+))?\s*\}\}")
_AND = {"de": "und", "en": "and"}
_ON = {"de": "unter", "en": "on"}


class TestedError(Exception):
    """The record is missing, or a page asks for something it does not hold."""


def describe(pythons: list[Python], extras: tuple[str, ...]) -> dict[str, Any]:
    """The record for these interpreters; `extras` are the optional modules some examples need."""
    systems = sorted({py.system for py in pythons})
    with_extras = [py for py in pythons if not missing_modules(py.executable, extras)]
    return {
        "system": " / ".join(systems),
        "pythons": [
            {"implementation": py.implementation, "version": ".".join(map(str, py.version)),
             "free_threaded": py.free_threaded}
            for py in pythons
        ],
        "extras": [".".join(map(str, py.version)) + ("t" if py.free_threaded else "") for py in with_extras],
        "extras_modules": list(extras),
    }


def load(path: Path = RECORD) -> dict[str, Any]:
    if not path.exists():
        raise TestedError(f"{path} is missing; run `make tested`")
    return json.loads(path.read_text("utf-8"))


def write(record: dict[str, Any], path: Path = RECORD) -> bool:
    """Write the record; True if it changed."""
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    if path.exists() and path.read_text("utf-8") == text:
        return False
    path.write_text(text, "utf-8")
    return True


def _join(items: list[str], lang: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {_AND[lang]} {items[-1]}"


def _version(entry: dict[str, Any]) -> str:
    return entry["version"] + (" (free-threaded)" if entry["free_threaded"] else "")


def sentence(record: dict[str, Any], lang: str, what: str | None = None) -> str:
    """The words a page shows for ``{{ tested }}`` or ``{{ tested extras }}``."""
    if what == "extras":
        versions = record["extras"]
        if not versions:
            raise TestedError("no tested interpreter has the optional extras")
        return _join([f"CPython {v}" for v in versions], lang)
    if what is not None:
        raise TestedError(f"unknown '{{{{ tested {what} }}}}'; known: tested, tested extras")
    by_implementation: dict[str, list[str]] = {}
    for entry in record["pythons"]:
        by_implementation.setdefault(entry["implementation"], []).append(_version(entry))
    parts = [f"{name} {_join(versions, lang)}" for name, versions in by_implementation.items()]
    return f"{_join(parts, lang)} {_ON[lang]} {record['system']}"


def fill(markdown: str, lang: str, where: str, record: dict[str, Any] | None = None) -> str:
    """Replace every ``{{ tested … }}``; a wrong one names page and line."""
    if not PLACEHOLDER.search(markdown):
        return markdown
    record = load() if record is None else record

    def replace(match: re.Match[str]) -> str:
        try:
            return sentence(record, lang, match["what"])
        except TestedError as error:
            line = markdown.count("\n", 0, match.start()) + 1
            raise TestedError(f"{where}:{line}: {error}") from error

    return PLACEHOLDER.sub(replace, markdown)

"""Write every example to examples/<lang>/<chapter>/NN_name.py and find drift."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from .pages import Example, PageError, all_examples, examples_on_page, find_pages

_TITLE = re.compile(r"^(?P<number>\d\d)_(?P<name>[a-z0-9_]+)\.py$")


def example_path(examples_dir: Path, ex: Example) -> Path:
    return examples_dir / ex.lang / ex.chapter / ex.title


def numbering_errors(docs: Path) -> list[str]:
    errors = []
    for page in find_pages(docs):
        for position, ex in enumerate(examples_on_page(page), start=1):
            match = _TITLE.match(ex.title)
            if match is None:
                errors.append(f'{ex.where}: title="{ex.title}" must look like "01_short_name.py"')
            elif int(match["number"]) != position:
                errors.append(
                    f'{ex.where}: title="{ex.title}" is block {position} on the page; '
                    f"run `make examples` to renumber"
                )
    return errors


def renumber(page: Path) -> bool:
    """Give the Python blocks on a page the numbers of their order. True if changed."""
    text = page.read_text("utf-8")
    new = text
    for position, ex in reversed(list(enumerate(examples_on_page(page), start=1))):
        match = _TITLE.match(ex.title) or re.match(r"^(?:\d+_)?(?P<name>.+?)(?:\.py)?$", ex.title)
        assert match is not None
        title = f"{position:02d}_{match['name']}.py"
        new = new[: ex.title_start] + title + new[ex.title_start + len(ex.title) :]
    if new != text:
        page.write_text(new, "utf-8")
    return new != text


def expected_files(docs: Path, examples_dir: Path) -> dict[Path, str]:
    files: dict[Path, str] = {}
    for ex in all_examples(docs):
        path = example_path(examples_dir, ex)
        if path in files:
            raise PageError(f"{ex.where}: a second block is called {ex.title}")
        files[path] = ex.source
    return files


def drift(docs: Path, examples_dir: Path) -> list[str]:
    """What differs between the pages and examples/, as readable messages."""
    problems = numbering_errors(docs)
    expected = expected_files(docs, examples_dir)
    by_path = {example_path(examples_dir, ex): ex for ex in all_examples(docs)}
    for path, source in expected.items():
        ex = by_path[path]
        if not path.exists():
            problems.append(f"{path} is missing (block at {ex.where})")
            continue
        actual = path.read_text("utf-8")
        if actual != source:
            diff = "".join(
                difflib.unified_diff(
                    actual.splitlines(keepends=True),
                    source.splitlines(keepends=True),
                    fromfile=str(path),
                    tofile=ex.where,
                )
            )
            problems.append(f"{path} differs from the block at {ex.where}:\n{diff}")
    for path in sorted(examples_dir.rglob("*.py")) if examples_dir.exists() else []:
        if path not in expected:
            problems.append(f"{path} has no block on any page")
    return problems


def write(docs: Path, examples_dir: Path) -> list[Path]:
    """Renumber the pages, then make examples/ match them. Returns changed files."""
    changed = [page for page in find_pages(docs) if renumber(page)]
    expected = expected_files(docs, examples_dir)
    for path, source in expected.items():
        if not path.exists() or path.read_text("utf-8") != source:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(source, "utf-8")
            changed.append(path)
    if examples_dir.exists():
        for path in sorted(examples_dir.rglob("*.py")):
            if path not in expected:
                path.unlink()
                changed.append(path)
        for folder in sorted(examples_dir.rglob("*"), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return changed

"""Fill a page's placeholders before MkDocs renders it; the hook only calls `fill_page`.

- ``{{ bench name [format] }}``: a measured figure (tools/bench/figures.py);
- ``{{ tested }}`` / ``{{ tested extras }}``: what the examples were checked with (tested.py);
- ``{{ glossary }}``: the glossary table of docs/glossary.yml (glossary.py);
- ``{{ diagram NAME }}``, on a line of its own: the diagram docs/diagrams/NAME.yml as
  inline SVG in the page's language (diagrams.py).

A wrong placeholder raises `FillError` naming page and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.figures import PLACEHOLDER as BENCH
from bench.figures import BenchError, figures
from bench.figures import fill as fill_bench
from bench.figures import load as load_bench

from . import diagrams, glossary, tested
from .pages import page_language, page_titles
from .prose import text_lines

DOCS = Path(__file__).resolve().parents[2] / "docs"
_ANY = re.compile(r"\{\{.*?\}\}")  # outside code blocks, anything left is a typo


class FillError(Exception):
    """A placeholder that cannot be filled; the message names page and line."""


def fill_page(markdown: str, lang: str, where: str, docs: Path = DOCS) -> str:
    """The page's Markdown with every placeholder replaced."""
    try:
        if BENCH.search(markdown):
            markdown = fill_bench(markdown, figures(load_bench()), lang, where)
        markdown = tested.fill(markdown, lang, where)
        markdown = diagrams.fill(markdown, lang, where, docs / "diagrams")
        if glossary.PLACEHOLDER.search(markdown):
            terms, _ = glossary.load()
            markdown = glossary.PLACEHOLDER.sub(
                lambda _: glossary.table(terms, lang, page_titles(docs, lang)), markdown)
    except (BenchError, tested.TestedError, glossary.GlossaryError, diagrams.DiagramError) as error:
        raise FillError(str(error)) from error
    for number, line in text_lines(markdown):
        match = _ANY.search(line)
        if match:
            raise FillError(f"{where}:{number}: unknown placeholder {match[0]}")
    return markdown


def fill_docs(docs: Path, out: Path) -> list[Path]:
    """Copy ``docs`` to ``out`` with every page's placeholders filled in its language.

    What the MkDocs hook does page by page, for a builder that runs no hooks:
    build from ``out`` instead of ``docs`` (see README, "The builder").
    Other files (assets, glossary.yml) are copied as they are.
    """
    import shutil

    written = []
    for source in sorted(p for p in docs.rglob("*") if p.is_file()):
        target = out / source.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".md":
            where = f"docs/{source.relative_to(docs).as_posix()}"
            _, lang = page_language(source)
            target.write_text(fill_page(source.read_text("utf-8"), lang, where, docs), "utf-8")
            written.append(target)
        else:
            shutil.copyfile(source, target)
    return written

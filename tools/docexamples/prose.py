"""The prose of a page: its text without code, link targets and markup, line by line.

Checks of wording (tests/test_text.py) read pages through `prose_lines`, so
that `timeout=` in code or `synchronisation.md` in a link target never counts
as a word of the text, while the title of a box or a diagram label does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")
# a box: `!!! kind "Title"` (also `???`/`???+`, optionally `inline`/`inline end`); boxes.py reads it too
ADMONITION = re.compile(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?) +(?P<kind>[\w-]+)(?: +inline(?: +end)?)?(?: +"(?P<title>[^"]*)")? *$')
_TAB = re.compile(r'^(\s*)===\+?\s+"(?P<title>[^"]*)"\s*$')
_URL = re.compile(r"https?://\S+")
_ATTR_LIST = re.compile(r"\{:?\s*[#.][^}]*\}")
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")


@dataclass(frozen=True)
class Located:
    """Something on a page: a line of prose, a box, a link."""

    page: Path
    line: int  # 1-based line number in the page

    @property
    def where(self) -> str:
        return f"{self.page.as_posix()}:{self.line}"


@dataclass(frozen=True)
class ProseLine(Located):
    text: str  # the words of that line, code and markup removed


def strip_line(line: str) -> str:
    """The words of one Markdown line outside code blocks."""
    match = ADMONITION.match(line) or _TAB.match(line)
    if match:
        line = match["title"] or ""
    line = _INLINE_CODE.sub(" ", line)
    line = _LINK_TARGET.sub("]", line)
    line = _HTML_TAG.sub(" ", line)
    line = _URL.sub(" ", line)
    line = _ATTR_LIST.sub(" ", line)
    return _PLACEHOLDER.sub(" ", line)


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of every line outside fenced code blocks."""
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened[1] == fence and not line.strip().strip(fence):
                fence = None
            continue
        if opened:
            fence = opened[1]
            continue
        yield number, line


def prose_lines(page: Path, text: str | None = None) -> Iterator[ProseLine]:
    """Every line of prose on the page, with its line number; code blocks are skipped."""
    text = page.read_text("utf-8") if text is None else text
    for number, line in text_lines(text):
        if line.lstrip().startswith(("<path", "<rect", "<defs", "<marker", "<line", "<circle", "<polyline")):
            continue
        words = strip_line(line)
        if words.strip():
            yield ProseLine(page, number, words)

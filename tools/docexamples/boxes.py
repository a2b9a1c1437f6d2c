"""Boxes (admonitions) and links on a page, for the checks of tests/test_text.py.

A box is written ``!!! kind "Title"`` and holds the indented lines below it.
Correction boxes (kind ``correction``) quote the original tutorial; the
start page lists each of them with a link to the section that holds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .prose import ADMONITION, Located, text_lines

_HEADING = re.compile(r"^(?P<level>#{1,6}) +(?P<text>.+?) *$")
_LINK = re.compile(r"(?<!!)\[(?P<text>(?:[^\[\]]|`[^`]*`)+)\]\((?P<target>[^)\s]+)\)")


@dataclass(frozen=True)
class Box(Located):
    kind: str
    title: str
    body: str
    section: str  # the text of the nearest heading above the box


@dataclass(frozen=True)
class Link(Located):
    text: str
    target: str  # "ipc.md" or "ipc.md#anchor"


def slug(heading: str) -> str:
    """The anchor MkDocs' toc extension gives a heading (its default slugify, markup removed)."""
    text = re.sub(r"[`*]", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def headings(text: str) -> list[tuple[int, str]]:
    """(line, heading text) of every heading outside code blocks."""
    found = []
    for number, line in text_lines(text):
        match = _HEADING.match(line)
        if match:
            found.append((number, match["text"].rstrip("#").strip()))
    return found


def boxes(page: Path) -> list[Box]:
    text = page.read_text("utf-8")
    lines = text.splitlines()
    heads = headings(text)
    found = []
    for number, line in text_lines(text):
        match = ADMONITION.match(line)
        if not match:
            continue
        indent = len(match["indent"]) + 4
        body = []
        for following in lines[number:]:
            if following.strip() and len(following) - len(following.lstrip()) < indent:
                break
            body.append(following[indent:])
        section = next((head for at, head in reversed(heads) if at < number), "")
        found.append(Box(page, number, match["kind"], match["title"] or "", "\n".join(body).strip(), section))
    return found


def links(page: Path) -> list[Link]:
    """Links to other pages of the site (``chapter.md`` or ``chapter.md#anchor``), outside code."""
    found = []
    for number, line in text_lines(page.read_text("utf-8")):
        for match in _LINK.finditer(line):
            target = match["target"]
            if re.match(r"^[\w-]+\.md(#[\w-]+)?$", target):
                found.append(Link(page, number, match["text"], target))
    return found

"""Every page exists in every language: ``docs/<page>.<lang>.md``.

mkdocs-static-i18n would publish a page missing in one language with the
other language's text (or drop it); this check fails instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import DEFAULT_LANGUAGE, LANGUAGES

_SUFFIX = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})\.md$")


class TranslationError(Exception):
    """A page without language suffix."""


def pages_by_language(docs_dir: Path) -> dict[str, set[str]]:
    """Page stems (``ipc``) found per language suffix."""
    found: dict[str, set[str]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        match = _SUFFIX.match(path.relative_to(docs_dir).as_posix())
        if match is None:
            raise TranslationError(
                f"{path}: page without language suffix; name it <page>.{DEFAULT_LANGUAGE}.md and <page>.en.md"
            )
        found.setdefault(match["lang"], set()).add(match["stem"])
    return found


def missing_translations(docs_dir: Path) -> list[str]:
    """Pages that exist in one language but not in another, as ``docs/<page>.<lang>.md``."""
    found = pages_by_language(docs_dir)
    every = set().union(*found.values()) if found else set()
    return [f"docs/{stem}.{lang}.md" for lang in LANGUAGES for stem in sorted(every - found.get(lang, set()))]

"""MkDocs hooks: keep both languages in step and give each its own search.

- A page that exists in one language only fails the build (the i18n plugin
  would silently publish or drop it).
- mkdocs-static-i18n writes one search index for all languages, so a search
  on /en/ would list German pages (plugin issue #271). After the build we
  split it: /search/ holds the German pages, /en/search/ the English ones,
  each with its own lunr language (German stemming finds inflected forms),
  and English pages point their search at /en/.
- Material adds a trailing wildcard to each search term, which makes lunr
  skip the stemmer; pages load docs/assets/javascripts/workers/search-stemmed.js
  instead, which wraps Material's worker and stems those terms too.
- Placeholders are filled in the page's language by docexamples.fill:
  numbers from the benchmark (``{{ bench speedup.executor.2 }}``), the
  interpreters the examples were checked with (``{{ tested }}``), the
  glossary table (``{{ glossary }}``) and the diagrams of docs/diagrams/
  (``{{ diagram queue }}``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from docexamples.fill import FillError, fill_page  # tools/: MkDocs puts a hook's folder on sys.path
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

DEFAULT_LANGUAGE = "de"
OTHER_LANGUAGES = ("en",)
_SUFFIX = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})\.md$")
_BASE = re.compile(r'("base":\s*")([^"]*)(")')
_WORKER = re.compile(r'("search":\s*"[^"]*/workers/)(search\.[0-9a-f]+\.min\.js)(")')


def _pages_by_language(docs_dir: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in docs_dir.rglob("*.md"):
        match = _SUFFIX.match(path.relative_to(docs_dir).as_posix())
        if match is None:
            raise PluginError(
                f"{path}: page without language suffix; name it "
                f"<page>.{DEFAULT_LANGUAGE}.md and <page>.en.md"
            )
        found.setdefault(match["lang"], set()).add(match["stem"])
    return found


def missing_translations(docs_dir: Path) -> list[str]:
    """Pages that exist in one language but not in another."""
    found = _pages_by_language(docs_dir)
    languages = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)
    every = set().union(*found.values()) if found else set()
    return [
        f"docs/{stem}.{lang}.md"
        for lang in languages
        for stem in sorted(every - found.get(lang, set()))
    ]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    missing = missing_translations(Path(config.docs_dir))
    if missing:
        raise PluginError("missing translation: " + ", ".join(missing))
    return files


def _language(config: MkDocsConfig) -> str:
    return str(config.theme["language"])


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill in the placeholders; an unknown one or missing data fails the build."""
    try:
        return fill_page(markdown, _language(config), f"docs/{page.file.src_uri}")
    except FillError as error:
        raise PluginError(str(error)) from error


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Stemmed queries everywhere; English pages search the English index under /en/search/."""
    output = _WORKER.sub(r"\1search-stemmed.js?material=\2\3", output, count=1)
    if _language(config) == DEFAULT_LANGUAGE:
        return output

    def to_language_root(match: re.Match[str]) -> str:
        base = match[2]
        parts = [p for p in base.split("/") if p not in ("", ".")]
        language_root = "/".join(parts[:-1]) or "."
        return f"{match[1]}{language_root}{match[3]}"

    return _BASE.sub(to_language_root, output, count=1)


def _restore_deduplicated_pages(own: list[dict[str, Any]], docs: list[dict[str, Any]]) -> None:
    """Put back page entries the i18n plugin dropped as duplicates of the default language.

    The plugin removes an entry whose title and text equal a default-language
    entry at the same place (e.g. "ProcessPoolExecutor" with no text before the
    first section), which leaves the page's sections without their page: the
    search then lists a result linking to "undefined".
    """
    pages = {doc["location"] for doc in own if "#" not in doc["location"]}
    default = {doc["location"]: doc for doc in docs}
    for doc in list(own):
        page = doc["location"].split("#")[0]
        if page not in pages and page in default:
            own.insert(own.index(doc), {**default[page]})
            pages.add(page)


def split_search_index(site_dir: Path) -> None:
    """Split the merged index into one index per language."""
    root_index = site_dir / "search" / "search_index.json"
    if not root_index.exists():
        return
    index: dict[str, Any] = json.loads(root_index.read_text("utf-8"))
    docs: list[dict[str, Any]] = index["docs"]
    for lang in OTHER_LANGUAGES:
        prefix = f"{lang}/"
        own = [
            {**doc, "location": doc["location"][len(prefix):]}
            for doc in docs
            if doc["location"].startswith(prefix)
        ]
        if not own:
            continue
        _restore_deduplicated_pages(own, docs)
        target = site_dir / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({**index, "config": {**index["config"], "lang": [lang]}, "docs": own}),
            "utf-8",
        )
    default_docs = [
        doc for doc in docs if not doc["location"].startswith(tuple(f"{lang}/" for lang in OTHER_LANGUAGES))
    ]
    root_index.write_text(
        json.dumps({**index, "config": {**index["config"], "lang": [DEFAULT_LANGUAGE]}, "docs": default_docs}),
        "utf-8",
    )


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config: MkDocsConfig) -> None:
    # The i18n plugin runs the other languages' builds from inside the
    # default build; only the outermost call sees the merged index.
    if not getattr(config.plugins["i18n"], "building", False):
        split_search_index(Path(config.site_dir))

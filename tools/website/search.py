"""One search index per language, with stemmed queries.

mkdocs-static-i18n writes one search index for all languages, so a search on
/en/ would list German pages (plugin issue #271). After the build,
:func:`split_search_index` splits it: /search/ holds the German pages,
/en/search/ the English ones, each with its own lunr language (German
stemming finds inflected forms). :func:`page_searches_its_language` points a
page's search at its language's index and at
docs/assets/javascripts/workers/search-stemmed.js, which wraps Material's
worker so that query terms are stemmed too (Material adds a trailing wildcard
to each term, which makes lunr skip the stemmer).

:func:`without_highlighting` and :func:`as_shown_after_indexing` make the
build faster without changing a byte of it: Material's search plugin reads
each page with a pure-Python ``html.parser``, and Pygments' token spans in
the code blocks are most of a page's tags.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from . import DEFAULT_LANGUAGE, OTHER_LANGUAGES

_PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
_SPAN = re.compile(r"</?span\b[^>]*>")
# what Material's search plugin removes from a page after indexing it
# (material/plugins/search/plugin.py, on_page_context)
_SEARCH_ATTRIBUTE = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
_BASE = re.compile(r'("base":\s*")([^"]*)(")')
_WORKER = re.compile(r'("search":\s*"[^"]*/workers/)(search\.[0-9a-f]+\.min\.js)(")')


def page_searches_its_language(html: str, lang: str, absolute_root: str | None = None) -> str:
    """Stemmed queries on every page; a page of another language searches under /<lang>/.

    Material writes the site root as ``"base"`` (relative, ``"../.."``, or for
    the not-found page absolute, ``"/"``); the English pages get the root of
    their language instead. ``absolute_root`` is that root for pages whose
    links are absolute (the not-found page), e.g. ``"/en/"``.
    """
    html = _WORKER.sub(r"\1search-stemmed.js?material=\2\3", html, count=1)
    if lang == DEFAULT_LANGUAGE:
        return html

    def to_language_root(match: re.Match[str]) -> str:
        if absolute_root is not None:
            return f"{match[1]}{absolute_root}{match[3]}"
        parts = [p for p in match[2].split("/") if p not in ("", ".")]
        return f"{match[1]}{'/'.join(parts[:-1]) or '.'}{match[3]}"

    return _BASE.sub(to_language_root, html, count=1)


def without_highlighting(html: str) -> str:
    """A page's HTML as the search index reads it: code blocks without their ``<span>`` tags.

    Material's index keeps the text of ``pre`` and ``code`` and drops every
    span tag (only ``p``, ``code``, ``pre``, lists, ``sub`` and ``sup`` stay
    in its entries), and inside ``pre`` it joins the text pieces as they
    come, whitespace included. So removing the spans changes no index entry
    (``tests/test_site.py`` checks that on every built page) and saves the
    parser about four of five tags of a page with code.
    """
    return _PRE.sub(lambda block: _SPAN.sub("", block[0]), html)


def as_shown_after_indexing(html: str) -> str:
    """The page as Material's search plugin leaves it after indexing: without ``data-search-*`` attributes.

    For a hook that hands the plugin :func:`without_highlighting`'s HTML and
    then puts the page's own HTML back.
    """
    return _SEARCH_ATTRIBUTE.sub("", html)


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
    """Split the merged index at site/search/ into one index per language."""
    root_index = site_dir / "search" / "search_index.json"
    if not root_index.exists():
        return
    index: dict[str, Any] = json.loads(root_index.read_text("utf-8"))
    docs: list[dict[str, Any]] = index["docs"]
    for lang in OTHER_LANGUAGES:
        prefix = f"{lang}/"
        own = [{**doc, "location": doc["location"][len(prefix):]} for doc in docs if doc["location"].startswith(prefix)]
        if not own:
            continue
        _restore_deduplicated_pages(own, docs)
        target = site_dir / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "config": {**index["config"], "lang": [lang]}, "docs": own}), "utf-8")
    others = tuple(f"{lang}/" for lang in OTHER_LANGUAGES)
    default_docs = [doc for doc in docs if not doc["location"].startswith(others)]
    root_index.write_text(
        json.dumps({**index, "config": {**index["config"], "lang": [DEFAULT_LANGUAGE]}, "docs": default_docs}),
        "utf-8",
    )

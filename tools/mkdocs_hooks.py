"""MkDocs hooks: they only call the project's plain functions (tools/website, tools/docexamples).

What each call does is documented where the function is defined; the same
steps run without MkDocs as ``python -m website …`` and ``python -m
docexamples fill`` (see README, "The builder"). Keep logic out of this file:
a builder without MkDocs hooks must be able to do the same with a config
change and a command.

- on_startup: remembers the command; only ``mkdocs build`` builds the languages at once.
- on_files: a page that exists in one language only fails the build; then the
  other languages start building in forked processes (website.parallel).
- on_build_error: ends those processes.
- on_env: the theme's templates are compiled once, not once per language.
- on_page_markdown: placeholders (bench figures, tested interpreters, glossary, diagrams).
- on_page_content: file names above code blocks link to the example files.
- on_page_context: Material's search indexes the page without Pygments' spans
  (the same index, a faster build); the page keeps its own HTML.
- on_post_page: stemmed search, English pages search the English index.
- on_post_template: keeps each language's rendered 404 page and sitemap.
- on_post_build: each language's downloads; after the last language one search
  index per language, the not-found pages and, after a parallel build, the sitemap.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from docexamples.fill import FillError, fill_page  # tools/: MkDocs puts a hook's folder on sys.path
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from website import LANGUAGES, parallel, sitemap
from website.downloads import link_file_names, write_downloads
from website.notfound import NAME as NOT_FOUND
from website.notfound import place_not_found_pages
from website.search import (
    as_shown_after_indexing,
    page_searches_its_language,
    split_search_index,
    without_highlighting,
)
from website.templates import COMPILED_TEMPLATES
from website.translations import TranslationError, missing_translations

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_highlighted: dict[str, str] = {}  # page URL -> its HTML while the search plugin indexes the plain one
_not_found: dict[str, str] = {}  # language -> its rendered 404 page, kept until the last build ends
_sitemaps: dict[str, str] = {}  # language -> the sitemap its build rendered (used by a parallel build)
_command: str | None = None  # "build" or "serve", from on_startup


def _language(config: MkDocsConfig) -> str:
    return str(config.theme["language"])


def _chapter(page: Page) -> str:
    return page.file.src_uri.split(".")[0]


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        missing = missing_translations(Path(config.docs_dir))
    except TranslationError as error:
        raise PluginError(str(error)) from error
    if missing:
        raise PluginError("missing translation: " + ", ".join(missing))
    if parallel.wanted(_command):
        parallel.start(config, keep=lambda: (dict(_not_found), dict(_sitemaps)))
    return files


def on_build_error(error: Exception) -> None:
    parallel.stop()


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.bytecode_cache = COMPILED_TEMPLATES
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    try:
        return fill_page(markdown, _language(config), f"docs/{page.file.src_uri}")
    except FillError as error:
        raise PluginError(str(error)) from error


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return link_file_names(html, page.url, _language(config), _chapter(page), EXAMPLES)


@event_priority(100)  # before Material's search plugin (priority 0)
def _index_plain_code(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    _highlighted[page.url] = page.content or ""
    page.content = without_highlighting(page.content or "")
    return context


@event_priority(-100)  # after it
def _show_highlighted_code(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    page.content = as_shown_after_indexing(_highlighted.pop(page.url))
    return context


on_page_context = CombinedEvent(_index_plain_code, _show_highlighted_code)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return page_searches_its_language(output, _language(config))


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == NOT_FOUND:
        _not_found[_language(config)] = output
    elif template_name == sitemap.NAME:
        _sitemaps[_language(config)] = output
    return output


@event_priority(-50)  # in each language's build, before mkdocs-static-i18n goes on to the next language
def _write_downloads(config: MkDocsConfig) -> None:
    write_downloads(Path(config.site_dir), EXAMPLES, (_language(config),))


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def _finish_site(config: MkDocsConfig) -> None:
    # The i18n plugin runs the other languages' builds from inside the
    # default build; only the outermost call sees the merged index.
    if getattr(config.plugins["i18n"], "building", False):
        return
    site_dir = Path(config.site_dir)
    if parallel.TAKEN:  # each language built its own sitemap, in its own process
        for not_found, sitemaps in parallel.TAKEN.values():
            _not_found.update(not_found)
            _sitemaps.update(sitemaps)
        sitemap.write(site_dir, sitemap.merge([_sitemaps[lang] for lang in LANGUAGES]))
        parallel.TAKEN.clear()
    _sitemaps.clear()
    split_search_index(site_dir)
    place_not_found_pages(site_dir, dict(_not_found), urlsplit(config.site_url or "/").path or "/")
    _not_found.clear()


on_post_build = CombinedEvent(_write_downloads, _finish_site)

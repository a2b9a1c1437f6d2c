"""The site's own logic, in plain functions that any builder can call.

MkDocs runs them through ``tools/mkdocs_hooks.py``, which only calls them;
``python -m website`` runs the same checks and steps from the command line,
so that a builder without MkDocs hooks (Zensical, see README) needs only a
config change and one command after its build.

- :mod:`website.translations`: every page exists in both languages.
- :mod:`website.search`: one search index per language, stemmed queries.
- :mod:`website.notfound`: a not-found page per language.
- :mod:`website.downloads`: the examples as files and zips, linked from the pages.
- :mod:`website.parallel`, :mod:`website.sitemap`: for MkDocs with mkdocs-static-i18n
  only, the languages built at once in forked processes, and their sitemaps joined.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "de"
"""Served at the site's root; must match the ``default: true`` language in mkdocs.yml."""
OTHER_LANGUAGES: tuple[str, ...] = ("en",)
"""Each served under ``/<lang>/``; must match the other languages in mkdocs.yml (a test checks both)."""
LANGUAGES: tuple[str, ...] = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)


def language_root(lang: str) -> str:
    """URL prefix of a language below the site root: ``""`` or ``"en/"``."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"

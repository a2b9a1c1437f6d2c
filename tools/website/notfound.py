"""A not-found page per language: German at /404.html, English at /en/404.html.

MkDocs renders the theme's 404.html once per language build and writes each
to the site root, so the last language built wins (mkdocs-static-i18n issues
#284, #326, #349): German readers got an English page. The builder hands each
rendered page to :func:`place_not_found_pages`, which writes it below its
language's root. A static host then needs one rule per language, e.g. nginx
``location /en/ { error_page 404 /en/404.html; }`` (see README).
"""

from __future__ import annotations

import re
from pathlib import Path

from . import language_root
from .search import page_searches_its_language

NAME = "404.html"
_SWITCH = re.compile(r'(<a href=")[^"]*(" hreflang="(?P<lang>[a-z]{2})" class="md-select__link")')


def place_not_found_pages(site_dir: Path, rendered: dict[str, str], site_path: str = "/") -> list[Path]:
    """Write each language's rendered 404 page to ``<site>/<lang root>/404.html``.

    ``rendered`` maps a language to the page MkDocs rendered in that language's
    build; its links are absolute from ``site_path`` (the path of site_url).
    """
    written = []
    for lang, html in sorted(rendered.items()):
        root = site_path.rstrip("/") + "/" + language_root(lang)
        target = site_dir / language_root(lang) / NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        # the language switch of a language build's 404 links to the twin of the last page
        # that build rendered; here it leads to the start page of each language
        html = _SWITCH.sub(lambda m: f"{m[1]}{site_path.rstrip('/')}/{language_root(m['lang'])}{m[2]}", html)
        target.write_text(page_searches_its_language(html, lang, absolute_root=root), "utf-8")
        written.append(target)
    return written

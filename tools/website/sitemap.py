"""One sitemap for all languages when the languages are built in separate processes.

mkdocs-static-i18n renders ``sitemap.xml`` in every language build from the
pages of the languages built so far, so the last build's sitemap lists every
page, the default language's first. When :mod:`website.parallel` builds each
language in its own process, each build knows only its own pages;
:func:`merge` joins their ``<url>`` entries in the same order, and
:func:`write` writes ``sitemap.xml`` and ``sitemap.xml.gz`` as MkDocs does
(``mkdocs/commands/build.py``, ``_build_theme_template``).
"""

from __future__ import annotations

import gzip
import re
from datetime import UTC, datetime
from pathlib import Path

NAME = "sitemap.xml"
_ENTRY = re.compile(r"\n    <url>\n.*?\n    </url>", re.S)
_LASTMOD = re.compile(r"<lastmod>([^<]+)</lastmod>")


def merge(sitemaps: list[str]) -> str:
    """The first sitemap with the ``<url>`` entries of the others appended, in the order given."""
    first, *others = sitemaps
    end = first.rindex("\n</urlset>")
    return first[:end] + "".join(entry for other in others for entry in _ENTRY.findall(other)) + first[end:]


def write(site_dir: Path, xml: str) -> None:
    """Write ``sitemap.xml`` and its gzip copy, whose time stamp is the newest ``lastmod`` as in MkDocs."""
    dates = _LASTMOD.findall(xml)
    moment = datetime.fromisoformat(max(dates)) if dates else datetime.now()
    timestamp = int(moment.replace(tzinfo=UTC).timestamp())
    path = site_dir / NAME
    path.write_bytes(xml.encode("utf-8"))
    gz_path = f"{path}.gz"
    with open(gz_path, "wb") as raw, gzip.GzipFile(fileobj=raw, filename=gz_path, mode="wb", mtime=timestamp) as gz:
        gz.write(xml.encode("utf-8"))

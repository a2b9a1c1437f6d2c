"""The examples as downloads: every file, one zip per chapter and one per language.

The site serves ``examples/<lang>/<chapter>/<file>.py`` at
``<lang root>examples/<chapter>/<file>.py`` (``/examples/ipc/02_pipe.py``,
``/en/examples/ipc/02_pipe.py``), each chapter's files as
``<lang root>examples/<chapter>.zip`` and all of a language's as
``<lang root>examples/examples-<lang>.zip``. The zips are built from
``examples/`` at build time, byte for byte the same on every build (sorted
entries, fixed time stamps). :func:`link_file_names` turns the file name above
each code block into a link to its file and puts the chapter's downloads
under the page's first heading.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import language_root

FOLDER = "examples"
START_PAGE = "index"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold
_FILENAME = re.compile(r'<span class="filename">([^<]+)</span>')
_H1 = re.compile(r"(<h1[^>]*>.*?</h1>)", re.S)

LABELS = {
    "de": ("Beispiele zum Herunterladen", "dieses Kapitel", "alle Kapitel"),
    "en": ("Download the examples", "this chapter", "all chapters"),
}
"""The line under a chapter's heading: its label, then the two zips' link texts."""


@dataclass(frozen=True)
class Download:
    """One file the site serves: its path below the site root and its bytes."""

    path: str
    data: bytes


def chapter_files(examples_dir: Path, lang: str, chapter: str) -> list[Path]:
    """The example files of one chapter, in page order (their names are numbered)."""
    return sorted((examples_dir / lang / chapter).glob("*.py"))


def language_zip_name(lang: str) -> str:
    return f"examples-{lang}.zip"


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def downloads(examples_dir: Path, lang: str) -> list[Download]:
    """Every file, every chapter zip and the language zip of one language."""
    root = language_root(lang) + FOLDER
    result: list[Download] = []
    everything: list[tuple[str, bytes]] = []
    for chapter_dir in sorted(p for p in (examples_dir / lang).iterdir() if p.is_dir()):
        chapter = chapter_dir.name
        files = [(f"{chapter}/{f.name}", f.read_bytes()) for f in chapter_files(examples_dir, lang, chapter)]
        if not files:
            continue
        result += [Download(f"{root}/{name}", data) for name, data in files]
        result.append(Download(f"{root}/{chapter_dir.name}.zip", _zip(files)))
        everything += [(f"examples-{lang}/{name}", data) for name, data in files]
    result.append(Download(f"{root}/{language_zip_name(lang)}", _zip(everything)))
    return result


def write_downloads(site_dir: Path, examples_dir: Path, languages: tuple[str, ...]) -> list[Path]:
    """Write every download of every language into the built site."""
    written = []
    for lang in languages:
        for item in downloads(examples_dir, lang):
            target = site_dir / item.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
            written.append(target)
    return written


def link_file_names(html: str, page_url: str, lang: str, chapter: str, examples_dir: Path) -> str:
    """Link each code block's file name to its download; add the chapter's zips under the heading.

    ``page_url`` is the page's URL below the site root (``ipc/``, ``en/ipc/``).
    A title that is no file of the chapter (an output block's "Ausgabe") stays
    as it is; a chapter without examples gets no download line, except the
    start page (``index``), which offers the zip of every chapter.
    """
    names = {f.name for f in chapter_files(examples_dir, lang, chapter)}
    folder = language_root(lang) + FOLDER
    label, this_chapter, all_chapters = LABELS[lang]
    everything = language_zip_name(lang)

    def href(target: str) -> str:
        return posixpath.relpath(target, page_url.rstrip("/") or ".")

    every_chapter = f'<a href="{href(f"{folder}/{everything}")}" download>{all_chapters} ({everything})</a>'
    if not names:
        if chapter != START_PAGE:
            return html
        line = f'<p class="example-downloads" data-search-exclude>{label}: {every_chapter}</p>'
        return _H1.sub(lambda m: m[1] + line, html, count=1)

    def link(match: re.Match[str]) -> str:
        name = html_lib.unescape(match[1])
        if name not in names:
            return match[0]
        return f'<span class="filename"><a href="{href(f"{folder}/{chapter}/{name}")}" download>{match[1]}</a></span>'

    html = _FILENAME.sub(link, html)
    line = (
        f'<p class="example-downloads" data-search-exclude>{label}: '
        f'<a href="{href(f"{folder}/{chapter}.zip")}" download>{this_chapter} ({chapter}.zip)</a> · {every_chapter}</p>'
    )
    return _H1.sub(lambda m: m[1] + line, html, count=1)

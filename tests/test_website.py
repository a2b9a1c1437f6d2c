"""tools/website: the site's logic in plain functions (what the MkDocs hook calls)."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT, i18n_languages
from website import DEFAULT_LANGUAGE, LANGUAGES, OTHER_LANGUAGES, sitemap
from website.downloads import downloads, link_file_names, write_downloads
from website.notfound import place_not_found_pages


def _examples(tmp_path: Path) -> Path:
    for lang, text in (("de", "print('hallo')\n"), ("en", "print('hello')\n")):
        folder = tmp_path / "examples" / lang / "ipc"
        folder.mkdir(parents=True)
        (folder / "01_a.py").write_text(text)
        (folder / "02_b.py").write_text("x = 1\n")
    return tmp_path / "examples"


def test_languages_match_mkdocs_yml() -> None:
    languages = i18n_languages()
    assert [lang["locale"] for lang in languages if lang.get("default")] == [DEFAULT_LANGUAGE]
    assert tuple(lang["locale"] for lang in languages if not lang.get("default")) == OTHER_LANGUAGES


def test_downloads_hold_every_file_and_are_the_same_on_every_build(tmp_path: Path) -> None:
    examples = _examples(tmp_path)
    first = {d.path: d.data for d in downloads(examples, "en")}
    assert sorted(first) == ["en/examples/examples-en.zip", "en/examples/ipc.zip",
                             "en/examples/ipc/01_a.py", "en/examples/ipc/02_b.py"]
    (examples / "en" / "ipc" / "01_a.py").touch()  # a newer mtime must not change a zip
    assert {d.path: d.data for d in downloads(examples, "en")} == first
    chapter = zipfile.ZipFile(io.BytesIO(first["en/examples/ipc.zip"]))
    assert chapter.namelist() == ["ipc/01_a.py", "ipc/02_b.py"]
    assert chapter.read("ipc/01_a.py") == b"print('hello')\n"
    everything = zipfile.ZipFile(io.BytesIO(first["en/examples/examples-en.zip"]))
    assert everything.namelist() == ["examples-en/ipc/01_a.py", "examples-en/ipc/02_b.py"]
    assert [d.path for d in downloads(examples, "de")][0] == "examples/ipc/01_a.py"


def test_file_names_link_to_their_files(tmp_path: Path) -> None:
    examples = _examples(tmp_path)
    html = ('<h1 id="x">IPC</h1><span class="filename">01_a.py</span>'
            '<span class="filename">Output</span><span class="filename">09_gone.py</span>')
    out = link_file_names(html, "en/ipc/", "en", "ipc", examples)
    assert '<span class="filename"><a href="../examples/ipc/01_a.py" download>01_a.py</a></span>' in out
    assert '<span class="filename">Output</span>' in out  # an output block's title is no file
    assert '<span class="filename">09_gone.py</span>' in out
    assert out.startswith('<h1 id="x">IPC</h1><p class="example-downloads" data-search-exclude>Download the examples: '
                          '<a href="../examples/ipc.zip" download>')
    assert link_file_names(html, "en/other/", "en", "other", examples) == html  # no examples, no line
    start = link_file_names('<h1 id="s">Start</h1>', "en/", "en", "index", examples)
    assert start == ('<h1 id="s">Start</h1><p class="example-downloads" data-search-exclude>Download the examples: '
                     '<a href="examples/examples-en.zip" download>all chapters (examples-en.zip)</a></p>')


def test_not_found_pages_go_below_their_language(tmp_path: Path) -> None:
    page = ('<html lang="{lang}"><a href="/ipc/" hreflang="de" class="md-select__link">'
            '"base": "/", "search": "/assets/javascripts/workers/search.1234abcd.min.js"')
    written = place_not_found_pages(tmp_path, {lang: page.format(lang=lang) for lang in LANGUAGES}, "/docs/")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == ["404.html", "en/404.html"]
    english = (tmp_path / "en" / "404.html").read_text()
    assert '<html lang="en">' in english
    assert '"base": "/docs/en/"' in english  # the English index, not the German one
    assert '<a href="/docs/" hreflang="de"' in english  # the switch leads to a start page
    assert "search-stemmed.js?material=search.1234abcd.min.js" in english
    assert '"base": "/"' in (tmp_path / "404.html").read_text()


def test_command_line_checks_translations_and_writes_downloads(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.de.md").write_text("# a\n")
    env = {"PYTHONPATH": str(ROOT / "tools")}
    run = [sys.executable, "-m", "website"]
    out = subprocess.run([*run, "translations", "--docs", str(docs)], capture_output=True, text=True, env=env)
    assert out.returncode == 1 and "missing translation: docs/a.en.md" in out.stderr
    (docs / "a.en.md").write_text("# a\n")
    out = subprocess.run([*run, "translations", "--docs", str(docs)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    examples = _examples(tmp_path)
    site = tmp_path / "site"
    out = subprocess.run([*run, "postbuild", str(site), "--examples", str(examples)],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert (site / "en" / "examples" / "ipc" / "01_a.py").read_text() == "print('hello')\n"
    assert write_downloads(tmp_path / "again", examples, ("de",))[-1].name == "examples-de.zip"


def _sitemap(*locations: str) -> str:
    entries = "".join(f"\n    <url>\n        <loc>{loc}</loc>\n        <lastmod>2026-12-0{i + 1}</lastmod>\n    </url>"
                      for i, loc in enumerate(locations))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="x">{entries}\n</urlset>'


def test_sitemaps_of_separate_language_builds_merge_in_order(tmp_path: Path) -> None:
    merged = sitemap.merge([_sitemap("/a/", "/b/"), _sitemap("/en/a/", "/en/b/")])
    assert merged == _sitemap("/a/", "/b/", "/en/a/", "/en/b/").replace("2026-12-03", "2026-12-01").replace(
        "2026-12-04", "2026-12-02")
    sitemap.write(tmp_path, merged)
    assert (tmp_path / "sitemap.xml").read_text("utf-8") == merged
    packed = (tmp_path / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(packed).decode("utf-8") == merged
    assert int.from_bytes(packed[4:8], "little") == 1796169600  # the newest lastmod, 2026-12-02 00:00 UTC, as MkDocs

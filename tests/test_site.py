"""The built site: both languages, no requests to other hosts, search per language."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import DOCS, ROOT, chosen_pages, i18n_languages, mkdocs_config
from docexamples import tested
from website.search import without_highlighting

LOCAL_HOSTS = {"localhost", "127.0.0.1", ""}
# Hosts whose mention in a script means a request: fonts, CDNs, the GitHub API, trackers.
REQUEST_HOSTS = ("fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn.jsdelivr.net",
                 "cdnjs.cloudflare.com", "api.github.com", "googletagmanager.com", "google-analytics.com")
# Material's bundle names two of them in code that runs only when a page has a
# mermaid diagram (unpkg) or the config sets repo_url (api.github.com).
INERT_IN_MATERIAL = {"unpkg.com": 'class="mermaid"', "api.github.com": 'class="md-source"'}


class _Refs(HTMLParser):
    """URLs a browser fetches by itself: src, srcset, link href, inline style/script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.lang: str | None = None
        self.alternates: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        for key in ("src", "data", "poster"):
            if key in a:
                self.urls.append(a[key])
        if "srcset" in a:
            self.urls += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]
        if tag == "link" and a.get("rel") not in ("alternate", "canonical") and "href" in a:
            self.urls.append(a["href"])
        if tag == "a" and "md-select__link" in a.get("class", "") and "hreflang" in a:
            self.alternates[a["hreflang"]] = a.get("href", "")
        if "style" in a:
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", a["style"])


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def external(url: str) -> bool:
    parts = urlsplit(url.strip())
    if url.strip().startswith("//"):
        return True
    return parts.scheme not in ("", "data", "blob") and (parts.hostname or "") not in LOCAL_HOSTS


def test_html_requests_nothing_from_other_hosts(site_dir: Path) -> None:
    bad = []
    for page in sorted(site_dir.rglob("*.html")):
        refs = _Refs()
        text = page.read_text("utf-8")
        refs.feed(text)
        refs.urls += re.findall(r"@import\s+(?:url\()?['\"]([^'\"]+)", text)
        bad += [f"{page.relative_to(site_dir)}: {url}" for url in refs.urls if external(url)]
    assert not bad, "\n".join(bad)


def test_css_requests_nothing_from_other_hosts(site_dir: Path) -> None:
    bad = []
    for sheet in sorted(site_dir.rglob("*.css")):
        text = sheet.read_text("utf-8")
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text)
        bad += [f"{sheet.relative_to(site_dir)}: {url}" for url in urls if external(url)]
    assert not bad, "\n".join(bad)


def test_scripts_name_no_request_host_that_can_be_reached(site_dir: Path) -> None:
    html = "\n".join(p.read_text("utf-8") for p in site_dir.rglob("*.html"))
    bad = []
    for script in sorted(site_dir.rglob("*.js")):
        text = script.read_text("utf-8", errors="replace")
        for host in REQUEST_HOSTS:
            if host in text:
                trigger = INERT_IN_MATERIAL.get(host)
                if trigger is None or trigger in html:
                    bad.append(f"{script.relative_to(site_dir)} requests {host}")
    assert not bad, "\n".join(bad)
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "repo_url" not in config, "repo_url makes Material call the GitHub API"
    assert re.search(r"^\s+font: false", config, re.M), "theme.font must be false (no Google Fonts)"


def test_every_page_has_its_language_and_a_switch_to_its_twin(site_dir: Path) -> None:
    pages = html_pages(site_dir)
    german = [p for p in pages if not p.relative_to(site_dir).as_posix().startswith("en/")]
    assert len(german) == len(list(DOCS.glob("*.de.md"))), [str(p) for p in german]
    for page in pages:
        rel = page.relative_to(site_dir).as_posix()
        refs = _Refs()
        refs.feed(page.read_text("utf-8"))
        lang = "en" if rel.startswith("en/") else "de"
        assert refs.lang == lang, f"{rel}: <html lang={refs.lang!r}>"
        twin = rel[3:] if lang == "en" else f"en/{rel}"
        assert (site_dir / twin).exists(), f"{rel}: no counterpart {twin}"
        target = refs.alternates.get("en" if lang == "de" else "de")
        assert target is not None, f"{rel}: no language switch"
        base = site_dir if target.startswith("/") else page.parent
        resolved = (base / target.lstrip("/")).resolve()
        resolved = resolved / "index.html" if resolved.is_dir() else resolved
        assert resolved == (site_dir / twin).resolve(), f"{rel}: switch leads to {target}"


def test_search_index_per_language(site_dir: Path) -> None:
    indexes = {"de": site_dir / "search/search_index.json", "en": site_dir / "en/search/search_index.json"}
    for lang, index in indexes.items():
        data = json.loads(index.read_text("utf-8"))
        assert data["config"]["lang"] == [lang]
        locations = {doc["location"].split("#")[0] for doc in data["docs"]}
        assert not any(loc.startswith("en/") for loc in locations)
        titles = " ".join(doc["title"] for doc in data["docs"])
        assert ("Interprozesskommunikation" in titles) == (lang == "de")
        assert ("Inter-process communication" in titles) == (lang == "en")
        pages = {doc["location"] for doc in data["docs"] if "#" not in doc["location"]}
        assert locations == pages, f"{lang}: sections without their page: {sorted(locations - pages)}"
        assert len(pages) == len(list(DOCS.glob(f"*.{lang}.md"))), f"{lang}: a page is missing from the index"
    english_page = (site_dir / "en/ipc/index.html").read_text("utf-8")
    assert '"base": ".."' in english_page, "English pages must search the English index"


def _search_sections(html: str) -> list[tuple[str | None, str, str]]:
    """What Material's search plugin makes of a page: its sections' ids, titles and texts."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(section.id, "".join(section.title), "".join(section.text)) for section in parser.data]


def _built(site_dir: Path, page: Path) -> Path:
    """The HTML file that docs/<name>.<lang>.md becomes."""
    name, lang = page.name.removesuffix(".md").rsplit(".", 1)
    folder = site_dir / ("" if lang == "de" else lang) / ("" if name == "index" else name)
    return folder / "index.html"


def test_search_indexes_the_code_that_the_page_highlights(site_dir: Path, request: pytest.FixtureRequest) -> None:
    """The hook hands Material's search plugin each page without Pygments' spans (a faster build).

    On every built page (with --pages: those pages) the plugin's parser must
    find the same sections, code included, in the page with and without the
    spans; the page itself keeps its highlighting, and the index holds the code.
    """
    chosen = chosen_pages(request.config)
    pages = sorted(_built(site_dir, p) for p in chosen) if chosen else html_pages(site_dir)
    highlighted = 0
    for page in pages:
        html = page.read_text("utf-8")
        if "<pre" not in html:
            continue
        assert _search_sections(without_highlighting(html)) == _search_sections(html), page
        highlighted += '<span class="kn">import</span>' in html
    assert highlighted >= len(pages) // 2, "the pages lost their highlighting"
    index = json.loads((site_dir / "search/search_index.json").read_text("utf-8"))
    ipc = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("ipc/"))
    assert "sender_ende, receiver_ende = Pipe()" in ipc, "the search index lost the code of the examples"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_pages_name_the_interpreters_of_the_record(site_dir: Path, lang: str) -> None:
    """The built start page names every checked interpreter, as docs/assets/tested-with.json lists them."""
    page = (site_dir / ("" if lang == "de" else "en/") / "index.html").read_text("utf-8")
    assert tested.sentence(tested.load(), lang) in page
    assert "{{" not in page


@pytest.mark.parametrize("lang", ["de", "en"])
def test_code_blocks_have_copy_button_and_both_schemes(site_dir: Path, lang: str) -> None:
    page = (site_dir / ("" if lang == "de" else "en/") / "ipc/index.html").read_text("utf-8")
    assert "content.code.copy" in page
    assert 'data-md-color-scheme="default"' in page and 'data-md-color-scheme="slate"' in page


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "img" and "src" in a:  # charts: a missing image is a broken link too
            self.links.append(a["src"])


def _parse_links(page: Path) -> _Links:
    parsed = _Links()
    parsed.feed(page.read_text("utf-8"))
    return parsed


def test_crawl_finds_no_broken_link_or_anchor(site_dir: Path) -> None:
    """Follow every internal link, image and anchor from both start pages."""
    todo = [site_dir / "index.html", site_dir / "en" / "index.html"]
    seen: set[Path] = set()
    parsed: dict[Path, _Links] = {}
    broken = []
    while todo:
        page = todo.pop()
        if page in seen:
            continue
        seen.add(page)
        parsed[page] = parsed.get(page) or _parse_links(page)
        for href in parsed[page].links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue  # links to other sites are not requests; the browser tests check requests
            base = site_dir if parts.path.startswith("/") else page.parent
            target = (base / parts.path.lstrip("/")).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site_dir)} -> {href}"
            if not target.exists():
                broken.append(f"{where}: no such page")
                continue
            if target.suffix == ".html":
                todo.append(target)
                if parts.fragment and parts.fragment not in ("", "__drawer", "__search"):
                    parsed[target] = parsed.get(target) or _parse_links(target)
                    if parts.fragment not in parsed[target].ids:
                        broken.append(f"{where}: no anchor #{parts.fragment}")
    assert not broken, "\n".join(broken)
    unreached = [str(p.relative_to(site_dir)) for p in html_pages(site_dir) if p.resolve() not in seen]
    assert not unreached, f"pages no link leads to: {unreached}"


def test_diagrams_have_text_alternatives_in_both_languages(site_dir: Path) -> None:
    counts = {}
    for lang, root in (("de", site_dir), ("en", site_dir / "en")):
        count = 0
        for page in html_pages(root):
            if lang == "de" and page.relative_to(site_dir).as_posix().startswith("en/"):
                continue
            text = page.read_text("utf-8")
            for svg in re.findall(r"<svg[^>]*role=\"img\".*?</svg>", text, re.S):
                count += 1
                title = re.search(r"<title[^>]*>([^<]+)</title>", svg)
                desc = re.search(r"<desc[^>]*>([^<]+)</desc>", svg)
                assert title and desc, f"{page.relative_to(site_dir)}: a diagram without <title> and <desc>"
        counts[lang] = count
    assert counts["de"] == counts["en"], f"diagrams per language differ: {counts}"


def _language_settings() -> dict[str, dict[str, str]]:
    """Per language: site_name and site_description as the reader gets them."""
    config = mkdocs_config()
    return {
        lang["locale"]: {key: lang.get(key) or config[key] for key in ("site_name", "site_description")}
        for lang in i18n_languages()
    }


def _head(page: Path) -> tuple[str, str, str]:
    text = page.read_text("utf-8")
    title = re.search(r"<title>([^<]*)</title>", text)
    description = re.search(r'<meta name="description" content="([^"]*)"', text)
    canonical = re.search(r'<link rel="canonical" href="([^"]*)"', text)
    return (title[1] if title else "", description[1] if description else "", canonical[1] if canonical else "")


def test_each_language_has_its_description_and_no_title_repeats_itself(site_dir: Path) -> None:
    import html as html_lib

    settings = _language_settings()
    assert settings["de"]["site_description"] != settings["en"]["site_description"]
    site_url = "http://localhost:8000/"
    for page in [*html_pages(site_dir), site_dir / "404.html", site_dir / "en" / "404.html"]:
        rel = page.relative_to(site_dir).as_posix()
        lang = "en" if rel.startswith("en/") else "de"
        title, description, canonical = (html_lib.unescape(part) for part in _head(page))
        assert description == settings[lang]["site_description"], f"{rel}: description {description!r}"
        parts = title.split(" - ")
        assert len(parts) == len(set(parts)), f"{rel}: the title says the same twice: {title!r}"
        assert parts[-1] == settings[lang]["site_name"], f"{rel}: title {title!r}"
        if page.name != "404.html":
            expected = site_url + rel.removesuffix("index.html")
            assert canonical == expected, f"{rel}: canonical {canonical!r}, expected {expected!r}"


def test_sitemap_lists_every_page_of_both_languages(site_dir: Path) -> None:
    text = (site_dir / "sitemap.xml").read_text("utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", text))
    expected = {"http://localhost:8000/" + p.relative_to(site_dir).as_posix().removesuffix("index.html")
                for p in html_pages(site_dir)}
    assert locations == expected, f"missing: {sorted(expected - locations)}, extra: {sorted(locations - expected)}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_not_found_page_in_its_language(site_dir: Path, lang: str) -> None:
    root = "" if lang == "de" else "en/"
    page = site_dir / root / "404.html"
    text = page.read_text("utf-8")
    assert f'<html lang="{lang}"' in text, f"{root}404.html is not in {lang}"
    nav = re.findall(r'<a href="([^"]+)"[^>]*class="md-nav__link', text)
    assert nav, f"{root}404.html has no navigation"
    wrong = [href for href in nav if href.startswith("/en/") != (lang == "en")]
    assert not wrong, f"{root}404.html links into the other language: {wrong}"
    assert f'"base": "/{root}"' in text, f"{root}404.html searches another language's index"


def test_every_example_is_served_and_zipped(site_dir: Path) -> None:
    import io
    import zipfile

    for lang, root in (("de", site_dir / "examples"), ("en", site_dir / "en" / "examples")):
        files = sorted((ROOT / "examples" / lang).glob("*/*.py"))
        assert files
        everything = zipfile.ZipFile(io.BytesIO((root / f"examples-{lang}.zip").read_bytes()))
        assert everything.namelist() == [f"examples-{lang}/{f.parent.name}/{f.name}" for f in files]
        for file in files:
            rel = f"{file.parent.name}/{file.name}"
            assert (root / rel).read_bytes() == file.read_bytes(), f"{root / rel} differs from {file}"
            assert everything.read(f"examples-{lang}/{rel}") == file.read_bytes()
        start = site_dir / ("" if lang == "de" else "en") / "index.html"
        assert f'href="examples/examples-{lang}.zip" download' in start.read_text("utf-8"), f"{start}: no zip"
        for chapter in sorted({f.parent.name for f in files}):
            page = site_dir / ("" if lang == "de" else "en") / chapter / "index.html"
            links = set(re.findall(r'<span class="filename"><a href="([^"]+)" download>', page.read_text("utf-8")))
            expected = {f"../examples/{chapter}/{f.name}" for f in files if f.parent.name == chapter}
            assert links == expected, f"{page.relative_to(site_dir)}: file names without a link: {expected - links}"
            assert f'href="../examples/{chapter}.zip" download' in page.read_text("utf-8")

"""The site as readers meet it: every page of both languages in headless Chromium.

Playwright drives Debian's chromium (`executable_path`); Playwright's own
browser download cannot work here. Under CI=true a missing browser fails.
"""

from __future__ import annotations

import email.utils
import functools
import gzip
import http.server
import io
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import EXAMPLES, ROOT, ci

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (run `make setup`)")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "screenshots"
WEIGHT_DIR = ROOT / "screenshots" / "page-weight"
SCHEMES = ("light", "dark")
FIRST_VIEW_LIMIT = 400_000
SECOND_PAGE_LIMIT = 60_000


def _site_pages() -> list[str]:
    """URL paths of every page, both languages, from the pages in docs/."""
    paths = []
    for page in sorted((ROOT / "docs").glob("*.de.md")):
        stem = page.name.removesuffix(".de.md")
        rel = "" if stem == "index" else f"{stem}/"
        paths += [f"/{rel}", f"/en/{rel}"]
    return paths


PAGES = _site_pages()


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as a static host does: text compressed with gzip when the browser asks."""

    COMPRESS = (".html", ".css", ".js", ".json", ".xml", ".svg")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the not-found page of its language, as README's host rules say."""
        site = Path(self.directory)
        page = site / ("en/404.html" if self.path.startswith("/en/") else "404.html")
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.endswith("/"):
            path = path / "index.html"
        if not (path.suffix in self.COMPRESS and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        modified = int(path.stat().st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since and email.utils.parsedate_to_datetime(since).timestamp() >= modified:
            self.send_response(304)
            self.end_headers()
            return None
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_StaticHost, directory=str(site_dir))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = (f"no Chromium at {CHROMIUM}: browser tests skipped; "
                   "install it with `make browser` (apt-get install chromium)")
        if ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with playwright_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def context(browser: Any, server: str) -> Iterator[Any]:
    ctx = browser.new_context()
    yield ctx
    ctx.close()


def _lang(path: str) -> str:
    return "en" if path.startswith("/en/") else "de"


def _name(path: str) -> str:
    return path.strip("/").removeprefix("en").strip("/") or "index"


@pytest.mark.parametrize("name", ["sitemap.xml", "sitemap.xml.gz", "en/search/search_index.json", "404.html"])
def test_site_files_are_served(context: Any, server: str, name: str) -> None:
    response = context.request.get(f"{server}/{name}")
    assert response.status == 200, f"/{name}: HTTP {response.status}"


def _search(page: Any, server: str, root: str, query: str) -> tuple[str, list[str]]:
    page.goto(server + root)
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").focus()
    page.keyboard.type(query)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => /\\d/.test(document.querySelector('.md-search-result__meta')?.textContent ?? '')"
        " || document.querySelector('.md-search-result__meta')?.textContent?.match(/Kein|No match/)",
        timeout=10_000,
    )
    # one list item per page; its first link is the page, the others its sections.
    # Material renders ten at a time and more as the list is scrolled.
    items = page.locator("ol.md-search-result__list > li.md-search-result__item")
    digits = "".join(ch for ch in meta.inner_text().split()[0] if ch.isdigit())
    for _ in range(40):  # scroll until the list holds as many pages as the count says (at most ~10 s)
        if items.count() >= int(digits or 0):
            break
        # Material renders the rest in batches of 4, each on a scroll event; at the bottom a
        # reader scrolls up and down again, which is what this does
        wrap = "document.querySelector('.md-search__scrollwrap')"
        page.evaluate(f"{wrap}.scrollTop = Math.max(0, {wrap}.scrollTop - 50)")
        page.wait_for_timeout(100)
        page.evaluate(f"{wrap}.scrollTop = 1e9")
        page.wait_for_timeout(150)
    hrefs = [urlsplit(h).path for h in items.evaluate_all("els => els.map(e => e.querySelector(':scope > a').href)")]
    return meta.inner_text(), hrefs


@pytest.mark.parametrize(
    ("root", "query", "expected"),
    [
        ("/", "Warteschlangen", "/ipc/"),  # the page says "Warteschlange"
        ("/", "Prozesse", "/multiprocessing/"),
        ("/", "Prozessen", "/multiprocessing/"),
        ("/", "Pipe", "/ipc/"),
        ("/en/", "queues", "/en/ipc/"),
        ("/en/", "processes", "/en/multiprocessing/"),
        ("/en/", "pipes", "/en/ipc/"),
        # what developers type: umlauts, versions, identifiers, inflected plurals
        ("/", "Datenübertragung", "/ipc/"),
        ("/", "3.12", "/main-guard-pickling/"),
        ("/en/", "3.12", "/en/main-guard-pickling/"),
        ("/", "set_start_method", "/start-methods/"),
        ("/en/", "set_start_method", "/en/start-methods/"),
        ("/", "__main__", "/main-guard-pickling/"),
        ("/en/", "__main__", "/en/main-guard-pickling/"),
        ("/", "ProcessPoolExecutor", "/processpoolexecutor/"),
        ("/en/", "ProcessPoolExecutor", "/en/processpoolexecutor/"),
        ("/", "shared_memory", "/sharing-state/"),
        ("/en/", "shared_memory", "/en/sharing-state/"),
        ("/", "Ausnahmen", "/worker-errors/"),  # the page says "Ausnahme"
        ("/", "Startmethoden", "/start-methods/"),
    ],
)
def test_search_finds_pages_of_its_language_only(
    context: Any, server: str, root: str, query: str, expected: str
) -> None:
    page = context.new_page()
    meta, hrefs = _search(page, server, root, query)
    assert expected in hrefs, f"{query!r} on {root}: {hrefs}"
    if root == "/en/":
        assert all(h.startswith("/en/") for h in hrefs), f"German pages in English search: {hrefs}"
    else:
        assert not any(h.startswith("/en/") for h in hrefs), f"English pages in German search: {hrefs}"
    shown = int("".join(ch for ch in meta.split()[0] if ch.isdigit()))
    assert shown == len(hrefs), f"the count says {meta!r}, the list has {len(hrefs)}"


class _Network:
    """Every request of a page, failures, console errors and bytes on the wire (DevTools protocol)."""

    def __init__(self, page: Any) -> None:
        self.requests: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []
        self.sizes: dict[str, float] = {}
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failures.append(f"{r.url}: {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.failures.append(f"{r.url}: HTTP {r.status}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", lambda e: self.sizes.__setitem__(e["requestId"], e["encodedDataLength"]))

    def take_bytes(self) -> int:
        total = int(sum(self.sizes.values()))
        self.sizes.clear()
        return total


def _load(page: Any, url: str) -> None:
    """Open a page and wait until its search index has arrived.

    Material's search worker fetches the index after the page's load event;
    waiting for that response is what "networkidle" waited for, without its
    half second of quiet at the end (about a second per page here). Should
    no such response come (a cache that reports none), networkidle is the
    fallback.
    """
    try:
        with page.expect_response(lambda r: "search_index.json" in r.url, timeout=10_000) as response:
            page.goto(url, wait_until="load")
        response.value.finished()
    except playwright_api.TimeoutError:
        page.wait_for_load_state("networkidle")


# Every copy button of a page in one round trip: click, then read the clipboard
# (clipboard.js copies synchronously). One Playwright call per button took
# about a second per page with many examples.
_COPY_ALL = """async () => {
  const copied = [];
  for (const block of document.querySelectorAll("div.highlight")) {
    const name = block.querySelector(":scope > span.filename");
    if (!name || !name.innerText.endsWith(".py")) continue;
    const button = block.querySelector("button.md-code__button[data-md-type=copy]");
    await navigator.clipboard.writeText("");
    if (button) button.click();
    copied.push([name.innerText, button ? await navigator.clipboard.readText() : null]);
  }
  return copied;
}"""


def _check_copy_buttons(page: Any, path: str) -> list[str]:
    """What a reader copies is what the tests ran: the file, less the final newline
    that Material strips (it calls trimEnd()) and every editor adds on save.

    The first button is clicked as a reader clicks it (Playwright checks that
    it is visible and not covered); all of them are then clicked in the page.
    """
    problems = []
    first = page.locator("div.highlight:has(> span.filename) button.md-code__button[data-md-type=copy]").first
    if first.count():
        first.click()
    copied = page.evaluate(_COPY_ALL)
    folder = EXAMPLES / _lang(path) / _name(path)
    for title, text in copied:
        expected = (folder / title).read_text("utf-8")
        if text is None:
            problems.append(f"{title} has no copy button")
        elif not (expected.endswith("\n") and not expected.endswith("\n\n") and text == expected[:-1]):
            problems.append(f"copy button of {title} does not give examples/{_lang(path)}/{_name(path)}/{title}")
    files = len(list(folder.glob("*.py")))
    if len(copied) != files:
        problems.append(f"{len(copied)} copy buttons checked, {files} files in examples/")
    return problems


def _axe(page: Any, scheme: str, path: str) -> list[str]:
    expected = "slate" if scheme == "dark" else "default"
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{expected}'")
    out = SCREENSHOTS / _lang(path) / f"{_name(path)}-{scheme}.jpg"
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out), full_page=True, type="jpeg", quality=80)  # half the time of a PNG
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text("utf-8"))  # inline: nothing is fetched
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"axe ({scheme}) {v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", PAGES)
def test_page(browser: Any, server: str, path: str) -> None:
    """One page as a reader meets it, with a cold cache:
    - nothing from other hosts, no failed request, no console error;
    - every copy button gives the file in examples/;
    - no serious or critical axe-core violation in light and dark scheme,
      with a screenshot of each into screenshots/;
    - the language switch leads to the twin page and back;
    - bytes transferred for this first view and for a second page of the same
      language after it (assets cached).
    """
    if not AXE.exists():
        message = f"{AXE} is missing; `make setup` installs it from npm"
        if ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    ctx = browser.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    problems: list[str] = []
    try:
        page = ctx.new_page()
        net = _Network(page)
        _load(page, server + path)
        first_view = net.take_bytes()
        host = urlsplit(server).netloc
        foreign = [u for u in net.requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != host]
        problems += [f"requested another host: {u}" for u in foreign]
        problems += [f"failed request: {f}" for f in net.failures]
        problems += [f"console error: {e}" for e in net.errors]
        if not any("search_index.json" in u for u in net.requests):
            problems.append("the search index was not loaded")
        problems += _axe(page, "light", path)
        page.locator("label.md-header__button[for^=__palette]:visible").click()  # the reader's scheme toggle
        problems += _axe(page, "dark", path)
        page.locator("label.md-header__button[for^=__palette]:visible").click()
        problems += _check_copy_buttons(page, path)  # after axe: its "copied" toast fades in and out

        lang = _lang(path)
        other = "de" if lang == "en" else "en"
        twin = path.removeprefix("/en") if other == "de" else "/en" + path
        reported = len(net.failures)
        for target, target_lang in ((twin, other), (path, lang)):
            page.locator(f"a.md-select__link[hreflang={target_lang}]").dispatch_event("click")
            page.wait_for_url(server + target, wait_until="domcontentloaded")
            if page.locator("html").get_attribute("lang") != target_lang:
                problems.append(f"the language switch led to {page.url} without lang={target_lang}")
        # leaving a page early aborts its pending search requests; that is no failure
        del net.failures[reported:]

        second = next(p for p in PAGES[PAGES.index(path) + 1 :] + PAGES if p != path and _lang(p) == lang)
        net.take_bytes()
        _load(page, server + second)
        second_page = net.take_bytes()
        problems += [f"failed request on {second}: {f}" for f in net.failures if "ERR_ABORTED" not in f]
    finally:
        ctx.close()
    weight = WEIGHT_DIR / f"{lang}-{_name(path)}.json"
    weight.parent.mkdir(parents=True, exist_ok=True)
    record = {"page": path, "first_view": first_view, "second_page": second, "second_page_bytes": second_page}
    weight.write_text(json.dumps(record) + "\n")
    print(f"{path}: first view {first_view} B, second page ({second}) {second_page} B")
    if first_view > FIRST_VIEW_LIMIT:
        problems.append(f"first view transferred {first_view} B, the limit is {FIRST_VIEW_LIMIT} B")
    if second_page > SECOND_PAGE_LIMIT:
        problems.append(f"second page transferred {second_page} B, the limit is {SECOND_PAGE_LIMIT} B")
    assert not problems, f"{path}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("missing", "lang"), [("/gibt-es-nicht/", "de"), ("/en/does-not-exist/", "en")])
def test_missing_page_is_answered_in_its_language(context: Any, server: str, missing: str, lang: str) -> None:
    page = context.new_page()
    response = page.goto(server + missing)
    assert response is not None and response.status == 404, f"{missing}: HTTP {response and response.status}"
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").inner_text() == "404 - Not found"  # Material's text, in every language
    nav = [urlsplit(h).path for h in page.locator("a.md-nav__link").evaluate_all("els => els.map(e => e.href)")]
    assert nav, f"{missing}: no navigation"
    wrong = [h for h in nav if h.startswith("/en/") != (lang == "en")]
    assert not wrong, f"{missing}: navigation into the other language: {wrong}"
    page.locator("a.md-logo:visible").first.click()  # a reader goes on from there
    page.wait_for_load_state("domcontentloaded")
    assert urlsplit(page.url).path == ("/en/" if lang == "en" else "/")
    assert page.locator("html").get_attribute("lang") == lang


def _selected_tabs(page: Any) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
            const inputs = [...set.querySelectorAll(':scope > input')];
            const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')];
            return labels[inputs.findIndex(i => i.checked)].innerText.trim();
        })"""
    )


def test_choosing_a_start_method_switches_every_tab(context: Any, server: str) -> None:
    page = context.new_page()
    _load(page, server + "/start-methods/")
    assert _selected_tabs(page) == ["fork", "fork"]
    page.locator(".tabbed-set").first.locator("label", has_text="spawn, forkserver").click()
    assert _selected_tabs(page) == ["spawn, forkserver", "spawn, forkserver"], "the second group did not follow"
    _load(page, server + "/sharing-state/")
    assert _selected_tabs(page) == ["spawn, forkserver"], "the choice did not carry over to the next page"
    _load(page, server + "/en/main-guard-pickling/")
    assert _selected_tabs(page) == ["spawn, forkserver"], "the choice did not carry over to the English pages"


def test_a_file_and_a_zip_download_as_in_examples(context: Any, server: str, tmp_path: Path) -> None:
    import zipfile

    page = context.new_page()
    _load(page, server + "/en/ipc/")
    with page.expect_download() as file_download:
        page.locator("span.filename a", has_text="02_pipe.py").click()
    saved = tmp_path / file_download.value.suggested_filename
    file_download.value.save_as(saved)
    assert saved.name == "02_pipe.py"
    assert saved.read_bytes() == (EXAMPLES / "en" / "ipc" / "02_pipe.py").read_bytes()
    with page.expect_download() as zip_download:
        page.locator("p.example-downloads a", has_text="ipc.zip").click()
    archive = tmp_path / zip_download.value.suggested_filename
    zip_download.value.save_as(archive)
    files = sorted((EXAMPLES / "en" / "ipc").glob("*.py"))
    with zipfile.ZipFile(archive) as z:
        assert z.namelist() == [f"ipc/{f.name}" for f in files]
        assert all(z.read(f"ipc/{f.name}") == f.read_bytes() for f in files)

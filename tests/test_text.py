"""The text of the pages: terms, what was proven, correction boxes, link texts.

Every failure names page and line. The rules are in the README ("Page
conventions"); the terms in docs/glossary.yml.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DOCS, ROOT, mkdocs_config
from docexamples import glossary, tested
from docexamples.boxes import Box, boxes, headings, links, slug
from docexamples.pages import find_pages, page_language, page_titles
from docexamples.prose import prose_lines

PAGES = find_pages(DOCS)
TUTORIAL = ROOT / "tests" / "data" / "ausgangstext.md"
# The chapters that come from the original tutorial: the only ones with correction boxes.
TUTORIAL_CHAPTERS = ("multiprocessing", "processpoolexecutor", "ipc")
CORRECTION = {"de": "Korrektur: ", "en": "Correction: "}
QUOTE_LEAD = {"de": "Der Ausgangstext:", "en": "The original tutorial:"}
QUOTES = {"de": re.compile(r"„([^“]+)“"), "en": re.compile(r'"([^"]+)"')}
READING_BOX = {"de": "So lesen Sie die Beispiele", "en": "How to read the examples"}
START_PAGE_SECTION = {"de": "Korrekturen am Ausgangstext", "en": "Corrections to the original tutorial"}
# A list of three or more versions, or a range such as "3.9 bis 3.13": what was
# tested comes from {{ tested }}, never from a hand-written list.
VERSION = r"3\.\d{1,2}(?:\.\d+)?t?"
VERSION_LIST = re.compile(rf"\b{VERSION}(?:\s*(?:,|und|and|oder|or)\s*(?:Python\s+)?{VERSION}){{2,}}")
VERSION_RANGE = re.compile(rf"\b{VERSION}\s*(?:bis|to|through|–|—|-)\s*(?:Python\s+)?{VERSION}\b")


def _ids(pages: list[Path]) -> list[str]:
    return [p.name for p in pages]


def _lang(page: Path) -> str:
    return page_language(page)[1]


def _fail_if(found: list[str], head: str = "") -> None:
    """Fail with one line per problem, paths relative to the project."""
    if found:
        lines = [line.replace(f"{ROOT.as_posix()}/", "") for line in found]
        pytest.fail("\n".join([head, *lines] if head else lines), pytrace=False)


def _normal(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_prose_uses_the_glossary_terms(page: Path) -> None:
    _, rules = glossary.load()
    found = glossary.rejected_uses(page, _lang(page), rules)
    _fail_if(found, "rejected variants (docs/glossary.yml):")


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_no_hand_written_version_list(page: Path) -> None:
    found = [
        f"{line.where}: '{match[0]}': write {{{{ tested }}}} for what was checked, or name one version"
        for line in prose_lines(page)
        for match in (*VERSION_LIST.finditer(line.text), *VERSION_RANGE.finditer(line.text))
    ]
    _fail_if(found)


def test_start_pages_and_reading_boxes_take_the_versions_from_the_record() -> None:
    tested.load()  # exists
    missing = [f"docs/index.{lang}.md" for lang in ("de", "en")
               if "{{ tested }}" not in (DOCS / f"index.{lang}.md").read_text("utf-8")]
    for page in PAGES:
        missing += [box.where for box in boxes(page)
                    if box.title == READING_BOX[_lang(page)] and "{{ tested }}" not in box.body]
    _fail_if(missing, "should name the tested interpreters with {{ tested }}:")


def _corrections(lang: str) -> list[Box]:
    """The correction boxes of one language, in reading order (the tutorial's chapters first)."""
    def order(page: Path) -> tuple[int, str]:
        chapter = page_language(page)[0]
        return (TUTORIAL_CHAPTERS.index(chapter) if chapter in TUTORIAL_CHAPTERS else len(TUTORIAL_CHAPTERS), chapter)

    pages = sorted((p for p in PAGES if _lang(p) == lang), key=order)
    return [box for page in pages for box in boxes(page) if box.kind == "correction"]


def _correction_problems(box: Box, tutorial: str) -> list[str]:
    lang = _lang(box.page)
    found = []
    chapter = page_language(box.page)[0]
    if chapter not in TUTORIAL_CHAPTERS:
        found.append(f"{box.where}: a correction box outside the chapters of the original tutorial "
                     f"({', '.join(TUTORIAL_CHAPTERS)}); use a warning or note box")
    if not box.title.startswith(CORRECTION[lang]):
        found.append(f'{box.where}: the title must start with "{CORRECTION[lang]}"')
    lead = next((p for p in box.body.split("\n\n") if p.startswith(QUOTE_LEAD[lang])), None)
    quotes = QUOTES[lang].findall(lead or "")
    if not quotes:
        found.append(f"{box.where}: no paragraph '{QUOTE_LEAD[lang]} „…“' quoting the words it corrects")
    if lang == "de":
        found += [f"{box.where}: „{q}“ is not in the original tutorial ({TUTORIAL.relative_to(ROOT)})"
                  for q in quotes if _normal(q) not in tutorial]
    if not re.search(r"\]\(https://[^)]+\)", box.body):
        found.append(f"{box.where}: links no source (Python docs, CPython issue or PR)")
    return found


@pytest.mark.parametrize("lang", ["de", "en"])
def test_correction_boxes_quote_the_tutorial_and_link_a_source(lang: str) -> None:
    tutorial = _normal(TUTORIAL.read_text("utf-8"))
    found = [problem for box in _corrections(lang) for problem in _correction_problems(box, tutorial)]
    _fail_if(found)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_page_lists_every_correction_box(lang: str) -> None:
    """The start page's list of corrections links each box's section, in page order, with its title."""
    start = DOCS / f"index.{lang}.md"
    text = start.read_text("utf-8")
    section = text.split(f"## {START_PAGE_SECTION[lang]}", 1)
    assert len(section) == 2, f"{start}: no section '## {START_PAGE_SECTION[lang]}'"
    listed = [(link.text, link.target) for link in links(start)
              if link.line > text[: len(section[0])].count("\n") + 1]
    expected = [(box.title.removeprefix(CORRECTION[lang]), f"{page_language(box.page)[0]}.md#{slug(box.section)}")
                for box in _corrections(lang)]
    assert expected, f"no correction boxes on the {lang} pages"
    assert listed == expected, (
        f"{start}: the list under '{START_PAGE_SECTION[lang]}' must be, in this order:\n"
        + "\n".join(f"- [{title}]({target})" for title, target in expected)
    )


def test_both_languages_have_the_same_boxes() -> None:
    def kinds(lang: str) -> dict[str, list[str]]:
        return {page_language(p)[0]: [b.kind for b in boxes(p)] for p in PAGES if _lang(p) == lang}

    german, english = kinds("de"), kinds("en")
    differ = [chapter for chapter in german if german[chapter] != english.get(chapter)]
    assert not differ, f"box kinds differ between the languages on: {differ}"


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_links_to_chapters_use_their_titles(page: Path) -> None:
    """[text](chapter.md) uses the chapter's title; [text](chapter.md#anchor) that heading's text."""
    lang = _lang(page)
    titles = page_titles(DOCS, lang)
    found = []
    for link in links(page):
        chapter, _, anchor = link.target.partition("#")
        target = DOCS / f"{chapter.removesuffix('.md')}.{lang}.md"
        if chapter not in titles:
            found.append(f"{link.where}: links to {link.target}, which has no {lang} page")
            continue
        if anchor:
            heads = {slug(text): text for _, text in headings(target.read_text("utf-8"))}
            wanted = heads.get(anchor)
            # the start page's list of corrections names each box by its title
            box_titles = [box.title.split(": ", 1)[-1] for box in boxes(target)
                          if box.kind == "correction" and slug(box.section) == anchor]
            if wanted is None:
                found.append(f"{link.where}: {link.target}: no heading with that anchor on {target.name}")
            elif link.text not in (wanted, titles[chapter], *box_titles):
                found.append(f"{link.where}: link text '{link.text}' should be the heading '{wanted}'")
        elif link.text != titles[chapter]:
            found.append(f"{link.where}: link text '{link.text}' should be the title '{titles[chapter]}'")
    _fail_if(found)


def test_glossary_pages_and_terms() -> None:
    terms, rules = glossary.load()
    assert len(terms) >= 20 and rules
    for lang in ("de", "en"):
        assert "{{ glossary }}" in (DOCS / f"glossary.{lang}.md").read_text("utf-8")
        titles = page_titles(DOCS, lang)
        table = glossary.table(terms, lang, titles)  # raises on a term linking to an unknown page
        assert table.count("\n") == len(terms) + 2


def _nav_chapters() -> list[str]:
    """The chapters in mkdocs.yml's nav, in order, without the start page."""
    nav = mkdocs_config()["nav"]

    def walk(entries: list) -> list[str]:
        found: list[str] = []
        for entry in entries:
            if isinstance(entry, str):
                found.append(entry)
            elif isinstance(entry, dict):
                for value in entry.values():
                    found += walk(value) if isinstance(value, list) else [value]
        return found

    return [e.removesuffix(".md") for e in walk(nav) if e != "index.md"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_page_lists_the_chapters_of_the_navigation(lang: str) -> None:
    """The start page's chapter list holds every chapter of the nav, in nav order, and nothing else."""
    text = (DOCS / f"index.{lang}.md").read_text("utf-8")
    section = re.search(r"^## (?:Kapitel|Chapters)\n(.*?)(?=^## )", text, re.S | re.M)
    assert section, f"docs/index.{lang}.md: no section '## {'Kapitel' if lang == 'de' else 'Chapters'}'"
    listed = re.findall(r"^\s*\d+\.\s+\[[^\]]+\]\(([a-z0-9-]+)\.md\)", section[1], re.M)
    nav = _nav_chapters()
    assert listed == nav, (f"docs/index.{lang}.md lists {listed},\nmkdocs.yml's nav has {nav}; "
                           "add a new page to both (README, 'Adding a page')")
    every = sorted(p.name.removesuffix(f".{lang}.md") for p in DOCS.glob(f"*.{lang}.md"))
    every.remove("index")
    assert sorted(nav) == every, f"pages missing from the nav: {sorted(set(every) - set(nav))}"


SUMMARY = {"de": ("## Zusammenfassung", "| Symptom | Ursache | Lösung |"),
           "en": ("## Summary", "| Symptom | Cause | Fix |")}
NOT_CHAPTERS = ("index", "glossary", "which-tool")  # the start page, the glossary and the guide to choosing


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_every_chapter_ends_with_its_summary_table(page: Path) -> None:
    chapter, lang = page_language(page)
    if chapter in NOT_CHAPTERS:
        return
    heading, header = SUMMARY[lang]
    sections = re.findall(r"^## .*$", page.read_text("utf-8"), re.M)
    assert sections and sections[-1] == heading, f"{page.relative_to(ROOT)}: the last section is not '{heading}'"
    last = page.read_text("utf-8").rsplit(heading, 1)[1]
    assert header in last, f"{page.relative_to(ROOT)}: '{heading}' has no table '{header}'"

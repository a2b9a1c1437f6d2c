"""The diagrams (docs/diagrams/*.yml, tools/docexamples/diagrams.py): complete in both languages, used, fitting."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import DOCS, ROOT
from docexamples import diagrams, glossary
from docexamples.diagrams import DiagramError
from docexamples.fill import FillError, fill_page

NAMES = diagrams.available()
# Diagrams drawn for chapters written at the same time, which the lead places on their pages:
# remove a name here once its page writes {{ diagram NAME }} (the test below insists).
NOT_PLACED_YET: set[str] = set()

GOOD = """\
size: [300, 100]
title: {de: Zwei Kästen, en: Two boxes}
desc: {de: "Links A, rechts B, ein Pfeil von A nach B.", en: "A on the left, B on the right, an arrow from A to B."}
caption: {de: Von `a` nach `b`., en: From `a` to `b`.}
labels:
  a: {de: Anfang, en: Start}
  b: B
draw:
  - {rect: box, at: [10, 10, 100, 60], r: 8}
  - {text: a, at: [60, 45], style: b}
  - {rect: part, at: [190, 10, 100, 60]}
  - {text: b, at: [240, 45]}
  - {path: M110 40H186, arrow: end}
"""


def write(tmp_path: Path, text: str, name: str = "zwei") -> Path:
    folder = tmp_path / "docs" / "diagrams"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yml"
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


def test_a_good_diagram_renders_static_svg_in_each_language(tmp_path: Path) -> None:
    diagram = diagrams.load(write(tmp_path, GOOD))
    de, en = diagrams.render(diagram, "de"), diagrams.render(diagram, "en")
    assert ">Anfang</text>" in de and ">Start</text>" in en and ">B</text>" in de and ">B</text>" in en
    assert "<figcaption>Von <code>a</code> nach <code>b</code>.</figcaption>" in de
    svg = ET.fromstring(en.split("\n", 1)[1].rsplit("\n<figcaption>", 1)[0])
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "dia-zwei-title dia-zwei-desc"
    ids = [e.get("id") for e in svg.iter() if e.get("id")]
    assert ids == ["dia-zwei-title", "dia-zwei-desc", "dia-zwei-arrow"]
    assert not [e for e in svg.iter() if e.tag.endswith("script") or e.get("href") or e.get("style")]


@pytest.mark.parametrize(("change", "message"), [
    (("  a: {de: Anfang, en: Start}", "  a: {de: Anfang}"), "label 'a' has no text in en"),
    (("  a: {de: Anfang, en: Start}", "  a: {de: Anfang, en: ''}"), "label 'a' has no text in en"),
    ((', en: "A on the left, B on the right, an arrow from A to B."}', "}"), "desc has no text in en"),
    (("title: {de: Zwei Kästen, en: Two boxes}\n", ""), "title is missing"),
    (("title: {de: Zwei Kästen, en: Two boxes}", "title: Zwei Kästen"), "title needs a text for each of de, en"),
    (("caption: {de: Von `a` nach `b`., en: From `a` to `b`.}", "caption: {en: From `a` to `b`.}"),
     "caption has no text in de"),
    (("{text: b, at: [240, 45]}", "{text: c, at: [240, 45]}"), "draw item 4: label 'c' is not in labels"),
    (("{rect: part,", "{rect: circle,"), "draw item 3: rect must be one of"),
    (("at: [60, 45], style: b}", "at: [60, 45], style: x}"), "draw item 2: unknown style"),
    (("at: [10, 10, 100, 60], r: 8}", "at: [10, 10, 100], r: 8}"), "draw item 1 at (de) must be 4 numbers"),
])
def test_a_gap_in_one_language_or_shape_names_the_file(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert change[0] in GOOD
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(DiagramError, match=re.escape("docs/diagrams/zwei.yml: " + message)):
        diagrams.load(path)


def test_a_broken_diagram_fails_the_page_with_page_and_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("  a: {de: Anfang, en: Start}", "  a: {de: Anfang}"))
    page = "# Kapitel\n\nText.\n\n{{ diagram zwei }}\n"
    with pytest.raises(FillError, match=r"docs/k.de.md:5: docs/diagrams/zwei.yml: label 'a' has no text in en"):
        fill_page(page, "de", "docs/k.de.md", docs=tmp_path / "docs")
    with pytest.raises(FillError, match=r"docs/k.en.md:3: no diagram 'zwie': docs/diagrams/zwie.yml does not exist"):
        fill_page("# Chapter\n\n{{ diagram zwie }}\n", "en", "docs/k.en.md", docs=tmp_path / "docs")


def test_placeholders_on_the_page(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    docs = tmp_path / "docs"
    page = "# K\n\n    {{ diagram zwei }}\n\n```\n{{ diagram zwei }}\n```\n"
    filled = fill_page(page, "de", "docs/k.de.md", docs=docs)
    assert filled.startswith('# K\n\n    <figure class="diagram" markdown="0">\n    <svg ')  # indented, e.g. in a box
    assert filled.endswith("    </figure>\n\n```\n{{ diagram zwei }}\n```\n")  # code blocks stay as written
    with pytest.raises(FillError, match=r"docs/k.de.md:3: diagram 'zwei' is already on this page \(line 1\)"):
        fill_page("{{ diagram zwei }}\n\n{{ diagram zwei }}\n", "de", "docs/k.de.md", docs=docs)
    with pytest.raises(FillError, match=r"docs/k.de.md:1: write a diagram as '\{\{ diagram NAME \}\}' on a line"):
        fill_page("Siehe {{ diagram zwei }}.\n", "de", "docs/k.de.md", docs=docs)


def test_rendering_is_deterministic() -> None:
    def everything() -> str:
        return "".join(diagrams.render(diagrams.load(diagrams.DIAGRAMS / f"{name}.yml"), lang)
                       for name in NAMES for lang in diagrams.LANGUAGES)

    code = ("import sys; from docexamples import diagrams; "
            "sys.stdout.write(''.join(diagrams.render(diagrams.load(diagrams.DIAGRAMS / (n + '.yml')), lang) "
            f"for n in {NAMES!r} for lang in diagrams.LANGUAGES))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT / "tools"), "PYTHONHASHSEED": "12345"}).stdout
    first = everything()
    assert first == everything() == other and len(first) > 1000


@pytest.mark.parametrize("name", NAMES)
def test_diagram_is_complete_and_its_texts_fit(name: str) -> None:
    diagram = diagrams.load(diagrams.DIAGRAMS / f"{name}.yml")
    assert 600 <= diagram.width <= 720, f"{diagram.source}: the viewBox should be about the content width"
    problems = [p for lang in diagrams.LANGUAGES for p in diagrams.overflows(diagram, lang)]
    assert not problems, "\n".join(problems)


def test_the_fit_check_finds_a_label_too_long_for_its_box(tmp_path: Path) -> None:
    diagram = diagrams.load(write(tmp_path, GOOD.replace("en: Start}", "en: A much longer start}")))
    assert diagrams.overflows(diagram, "de") == []
    (problem,) = diagrams.overflows(diagram, "en")
    assert problem.startswith("docs/diagrams/zwei.yml (en): 'A much longer start' (about ")
    assert problem.endswith("does not fit its box (100 px wide at x=10)")
    assert diagrams.text_width("GIL", "b") < diagrams.text_width("GIL", "b c") * 2


@pytest.fixture(scope="module")
def rules() -> list[glossary.Rule]:
    return glossary.load()[1]


@pytest.mark.parametrize("name", NAMES)
def test_diagram_texts_use_the_glossary_terms(name: str, rules: list[glossary.Rule]) -> None:
    diagram = diagrams.load(diagrams.DIAGRAMS / f"{name}.yml")
    found = []
    for lang in diagrams.LANGUAGES:
        texts = {"title": diagram.title[lang], "desc": diagram.desc[lang], "caption": diagram.caption[lang]}
        texts |= {f"label {key}": text[lang] for key, text in diagram.labels.items()}
        for what, text in texts.items():
            found += glossary.rejected_uses(Path(f"{diagram.source} ({lang}, {what})"), lang, rules, text=text)
    assert not found, "\n".join(found)


def test_every_diagram_is_used_in_both_languages() -> None:
    uses: dict[str, set[str]] = {}
    for page in sorted(DOCS.glob("*.md")):
        lang = page.name.rsplit(".", 2)[-2]
        for name in diagrams.used(page.read_text("utf-8")):
            uses.setdefault(name, set()).add(lang)
    unknown = sorted(set(uses) - set(NAMES))
    assert not unknown, f"pages ask for diagrams without a file in docs/diagrams/: {unknown}"
    unused = {n: sorted(set(diagrams.LANGUAGES) - uses.get(n, set())) for n in NAMES if n not in NOT_PLACED_YET}
    assert not {n: langs for n, langs in unused.items() if langs}, f"diagrams missing from a language's pages: {unused}"
    placed = sorted(n for n in NOT_PLACED_YET if n in uses)
    assert not placed, f"{placed} are on pages now: remove them from NOT_PLACED_YET in tests/test_diagrams.py"

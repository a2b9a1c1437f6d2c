"""The glossary (docs/glossary.yml): one term per concept, and the wordings pages avoid.

The data's fields are described at the top of docs/glossary.yml. This module
loads it, finds rejected variants in a page's prose (`rejected_uses`), and
renders the glossary table of the site's glossary pages (`table`), which the
MkDocs hook puts where a page says ``{{ glossary }}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import website
import yaml

from .pages import page_language
from .prose import prose_lines

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.yml"
LANGUAGES = website.LANGUAGES  # the one list of the site's languages
PLACEHOLDER = re.compile(r"\{\{\s*glossary\s*\}\}")
HEADINGS = {
    "de": ("Deutsch", "Englisch", "In Python", "Erklärt in", "Hinweis"),
    "en": ("German", "English", "In Python", "Explained in", "Note"),
}


class GlossaryError(Exception):
    """The glossary file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Rule:
    """One rejected variant: where a page may not use `pattern`, and what to write instead."""

    lang: str
    pattern: re.Pattern[str]
    shown: str  # the variant as written in the glossary
    advice: str  # "use 'Ausnahme'" or the reason of a phrase


@dataclass(frozen=True)
class Term:
    de: str
    en: str
    api: str = ""
    page: str = ""
    note: dict[str, str] = field(default_factory=dict)
    avoid: dict[str, list[str]] = field(default_factory=dict)


def _pattern(variant: str) -> re.Pattern[str]:
    if variant.startswith("re:"):
        return re.compile(variant[3:])
    first, rest = variant[0], re.escape(variant[1:])
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else re.escape(first)
    return re.compile(rf"(?<![\w-]){head}{rest}(?![\w-])")


def load(path: Path = GLOSSARY) -> tuple[list[Term], list[Rule]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, where PyYAML has it
    data: dict[str, Any] = yaml.load(path.read_text("utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    terms, rules = [], []
    for entry in data["terms"]:
        unknown = set(entry) - {"de", "en", "api", "page", "note", "avoid"}
        if unknown or not entry.get("de") or not entry.get("en"):
            raise GlossaryError(f"{path}: term {entry!r} needs de and en and knows no {sorted(unknown)}")
        term = Term(**entry)
        terms.append(term)
        for lang, variants in term.avoid.items():
            note = term.note.get(lang, "")
            advice = f"use '{getattr(term, lang)}'" + (f" ({note})" if note else "")
            rules += [Rule(lang, _pattern(v), v, advice) for v in variants]
    for entry in data.get("phrases", []):
        for lang, variants in entry["avoid"].items():
            rules += [Rule(lang, _pattern(v), v.removeprefix("re:"), entry["reason"]) for v in variants]
    return terms, rules


def rejected_uses(page: Path, lang: str, rules: list[Rule], text: str | None = None) -> list[str]:
    """Every use of a rejected variant in the page's prose, as 'page:line: …' messages."""
    found = []
    own = [rule for rule in rules if rule.lang == lang]
    for line in prose_lines(page, text):
        for rule in own:
            for match in rule.pattern.finditer(line.text):
                found.append(f"{line.where}: '{match[0]}' ({rule.shown}): {rule.advice}")
    return found


def text_problems(pages: list[Path], glossary: Path = GLOSSARY) -> list[str]:
    """Rejected variants in the prose of `pages` (named docs/<chapter>.<lang>.md)."""
    _, rules = load(glossary)
    found = []
    for page in pages:
        found += rejected_uses(page, page_language(page)[1], rules)
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(terms: list[Term], lang: str, page_titles: dict[str, str]) -> str:
    """The glossary as a Markdown table for the page in `lang`; links name the chapter's title."""
    head = HEADINGS[lang]
    rows = [f"| {' | '.join(head)} |", "|" + "---|" * len(head)]
    for term in sorted(terms, key=lambda t: getattr(t, lang).lower().removeprefix("der ").removeprefix("die ")):
        link = ""
        if term.page:
            chapter = term.page.split("#")[0]
            if chapter not in page_titles:
                raise GlossaryError(f"{GLOSSARY}: term '{term.de}' links to unknown page {term.page}")
            link = f"[{page_titles[chapter]}]({term.page})"
        api = f"`{term.api}`" if term.api else ""
        cells = [term.de, term.en, api, link, term.note.get(lang, "")]
        rows.append("| " + " | ".join(_cell(c) if i < 2 else c for i, c in enumerate(cells)) + " |")
    return "\n".join(rows) + "\n"

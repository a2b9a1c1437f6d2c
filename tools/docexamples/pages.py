"""Find the examples on the pages: each Python block and the output blocks under it.

A page is ``docs/<chapter>.<lang>.md``. A Python block is written

    ```{.python title="01_name.py"}

and may carry ``requires="3.11"`` (minimum Python, also "3.13.8"),
``maximum="3.13"`` (newest Python whose output the page shows),
``differs="forkserver: >=3.13.8,<3.14 | >=3.14.1" because="…"`` (version
ranges, PEP 440 specifiers joined by ``|``, optionally for some start
methods only, where the output is known to differ; ``because`` is printed
when such a run is skipped), ``timeout="30"`` (seconds) and
``needs="numpy distributed"`` (modules from the optional extras in
requirements-extras.txt; interpreters without them skip the example).
The output blocks that follow it, up to the next Python block, are written

    ```{.text .output title="Ausgabe"}

and may carry ``methods="fork"`` when a start method prints something else;
without it an output block holds for every start method. Lines such as
``print(x)  # Ausgabe: 16`` are checked too: each such comment must be a
line of the output, in order.

pytest-examples finds the Python blocks; this module pairs them with their
output blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from textwrap import dedent

from packaging.specifiers import InvalidSpecifier, SpecifierSet

START_METHODS: tuple[str, ...] = ("fork", "spawn", "forkserver")
OUTPUT_TITLE = {"de": "Ausgabe", "en": "Output"}
_PAGE = re.compile(r"^(?P<chapter>[\w-]+)\.(?P<lang>[a-z]{2})\.md$")
_SETTING = re.compile(r'([\w-]+)="([^"]*)"')
_OUTPUT_FENCE = re.compile(
    r"^(?P<indent> *)```\s*\{(?P<header>[^}\n]*\.output\b[^}\n]*)\}[ \t]*\n"
    r"(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.M | re.S,
)
_ANY_FENCE_OPEN = re.compile(r"^ *```", re.M)


class PageError(Exception):
    """A page breaks the rules for examples; the message names page and line."""


@dataclass(frozen=True)
class OutputBlock:
    methods: tuple[str, ...]
    text: str
    line: int
    body_start: int  # index of the body in the page text
    body_end: int
    indent: int


@dataclass(frozen=True)
class Difference:
    """Versions (and start methods) for which an example's output is known to differ."""

    methods: tuple[str, ...]
    ranges: tuple[SpecifierSet, ...]
    because: str

    def applies(self, version: tuple[int, ...], method: str) -> bool:
        dotted = ".".join(map(str, version))
        return method in self.methods and any(r.contains(dotted, prereleases=True) for r in self.ranges)


@dataclass(frozen=True)
class Example:
    page: Path
    lang: str
    chapter: str
    line: int  # line of the opening fence
    source: str
    title: str
    requires: tuple[int, ...] | None
    timeout: float
    needs: tuple[str, ...]
    outputs: tuple[OutputBlock, ...]
    title_start: int  # index of the title value in the page text
    source_end: int  # index just past the code, before the closing fence
    inline_comments: tuple[str, ...] = field(default=())
    maximum: tuple[int, ...] | None = None
    differs: tuple[Difference, ...] = field(default=())

    @property
    def where(self) -> str:
        return f"{self.page.as_posix()}:{self.line}"

    @property
    def id(self) -> str:
        return f"{self.lang}/{self.chapter}/{Path(self.title).stem}"

    def skip_reason(self, version: tuple[int, ...], method: str) -> str | None:
        """Why this example does not run with this Python and method, or None."""
        dotted = ".".join(map(str, version))
        if self.requires and version[: len(self.requires)] < self.requires:
            return f"{self.id} needs Python {'.'.join(map(str, self.requires))} ({self.where}); this is {dotted}"
        if self.maximum and version[: len(self.maximum)] > self.maximum:
            return (f"{self.id} shows the output of Python {'.'.join(map(str, self.maximum))} at most "
                    f"(maximum=, {self.where}); this is {dotted}")
        for difference in self.differs:
            if difference.applies(version, method):
                return f"{self.id} [{method}] differs on Python {dotted} ({self.where}): {difference.because}"
        return None

    def expected_output(self, method: str) -> str | None:
        for block in self.outputs:
            if method in block.methods:
                return block.text
        return None


def page_language(page: Path) -> tuple[str, str]:
    match = _PAGE.match(page.name)
    if match is None:
        raise PageError(f"{page}: page name must be <chapter>.<lang>.md")
    return match["chapter"], match["lang"]


def _settings(header: str) -> dict[str, str]:
    return dict(_SETTING.findall(header))


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _parse_version(value: str, where: str, name: str = "requires") -> tuple[int, ...]:
    if re.fullmatch(r"3\.\d+(\.\d+)?", value) is None:
        raise PageError(f'{where}: {name}="{value}" must look like {name}="3.11" or {name}="3.13.8"')
    return tuple(int(part) for part in value.split("."))


def _differences(settings: dict[str, str], where: str) -> tuple[Difference, ...]:
    """``differs="forkserver: >=3.13.8,<3.14 | >=3.14.1"`` with ``because="…"``."""
    value = settings.get("differs")
    if value is None:
        if "because" in settings:
            raise PageError(f'{where}: because="…" without differs="…"')
        return ()
    because = settings.get("because", "").strip()
    if not because:
        raise PageError(f'{where}: differs="{value}" needs because="…" (printed when the run is skipped)')
    methods_text, _, ranges_text = value.rpartition(":")
    methods = tuple(methods_text.replace(",", " ").split()) or START_METHODS
    unknown = set(methods) - set(START_METHODS)
    if unknown:
        raise PageError(f'{where}: differs="{value}" names unknown start method(s) {sorted(unknown)}')
    try:
        ranges = tuple(SpecifierSet(part.strip()) for part in ranges_text.split("|") if part.strip())
    except InvalidSpecifier as error:
        raise PageError(f'{where}: differs="{value}": {error}') from error
    if not ranges:
        raise PageError(f'{where}: differs="{value}" names no version range')
    return (Difference(methods, ranges, because),)


def _outputs(text: str, start: int, end: int, where: str) -> tuple[OutputBlock, ...]:
    blocks = []
    for match in _OUTPUT_FENCE.finditer(text, start, end):
        settings = _settings(match["header"])
        methods = tuple(settings.get("methods", " ".join(START_METHODS)).split())
        unknown = set(methods) - set(START_METHODS)
        if unknown:
            raise PageError(f"{where}: unknown start method(s) {sorted(unknown)} in output block")
        indent = len(match["indent"])
        blocks.append(
            OutputBlock(
                methods=methods,
                text=dedent(match["body"]) if indent else match["body"],
                line=_line_of(text, match.start()),
                body_start=match.start("body"),
                body_end=match.end("body"),
                indent=indent,
            )
        )
    covered = [m for block in blocks for m in block.methods]
    twice = {m for m in covered if covered.count(m) > 1}
    if twice:
        raise PageError(f"{where}: more than one output block for {sorted(twice)}")
    return tuple(blocks)


def _inline_comments(source: str, lang: str) -> tuple[str, ...]:
    marker = re.compile(rf"#\s*{OUTPUT_TITLE[lang]}:\s?(.*)$", re.M)
    return tuple(m[1].rstrip() for m in marker.finditer(source))


def examples_on_page(page: Path) -> list[Example]:
    from pytest_examples import find_examples  # here: it imports pytest and black, which the site build needs not

    chapter, lang = page_language(page)
    text = page.read_text("utf-8")
    found = list(find_examples(page))
    starts = [text.rfind("\n", 0, ex.start_index - 1) + 1 for ex in found]
    examples = []
    for number, ex in enumerate(found):
        where = f"{page.as_posix()}:{ex.start_line}"
        fence_line = text[starts[number] : ex.start_index]
        raw_settings = _settings(fence_line)  # the original case, not pytest-examples' lowered one
        title = raw_settings.get("title")
        if title is None:
            raise PageError(f'{where}: Python block without title="NN_name.py"')
        next_start = starts[number + 1] if number + 1 < len(found) else len(text)
        # output blocks end where the next fence of any Python block begins
        outputs = _outputs(text, ex.end_index, next_start, where)
        requires = raw_settings.get("requires")
        maximum = raw_settings.get("maximum")
        examples.append(
            Example(
                page=page,
                lang=lang,
                chapter=chapter,
                line=ex.start_line,
                source=ex.source,
                title=title,
                requires=_parse_version(requires, where) if requires else None,
                timeout=float(raw_settings.get("timeout", "30")),
                needs=tuple(raw_settings.get("needs", "").split()),
                outputs=outputs,
                title_start=starts[number] + fence_line.index('title="') + len('title="'),
                source_end=ex.end_index,
                inline_comments=_inline_comments(ex.source, lang),
                maximum=_parse_version(maximum, where, "maximum") if maximum else None,
                differs=_differences(raw_settings, where),
            )
        )
    return examples


def find_pages(docs: Path) -> list[Path]:
    return sorted(docs.glob("*.md"))


def all_examples(docs: Path) -> list[Example]:
    return [ex for page in find_pages(docs) for ex in examples_on_page(page)]


def extras_modules(docs: Path) -> tuple[str, ...]:
    """Every optional module some example `needs`, sorted."""
    return tuple(sorted({module for ex in all_examples(docs) for module in ex.needs}))


def page_titles(docs: Path, lang: str) -> dict[str, str]:
    """Each chapter's title (its first heading) in `lang`, by link target: {"ipc.md": "…"}."""
    titles = {}
    for page in find_pages(docs):
        chapter, page_lang = page_language(page)
        if page_lang == lang:
            heading = re.search(r"^# (.+)$", page.read_text("utf-8"), re.M)
            titles[f"{chapter}.md"] = heading[1].strip() if heading else chapter
    return titles

"""Diagrams written once: one source file per diagram, rendered per language into inline SVG.

A page writes ``{{ diagram queue }}`` on a line of its own; the MkDocs hook
(through `fill.fill_page`) replaces it with the diagram ``docs/diagrams/queue.yml``
drawn for the page's language::

    <figure class="diagram" markdown="0">
    <svg role="img" aria-labelledby="dia-queue-title dia-queue-desc" viewBox="0 0 640 164">
    <title id="dia-queue-title">…</title><desc id="dia-queue-desc">…</desc>
    …shapes…
    </svg>
    <figcaption>…</figcaption>
    </figure>

Static SVG, no script, nothing from other hosts; every colour comes from the
classes ``dia-*`` in docs/assets/stylesheets/extra.css, which use Material's
CSS variables, so a diagram follows the light and the dark scheme.

The source file (YAML) holds the drawing once and every text per language::

    size: [640, 164]                  # the viewBox: width, height (px at 100 %)
    title: {de: Eine Queue …, en: A queue …}
    desc: {de: …, en: …}              # the text alternative: what the picture shows, in words
    caption: {de: …, en: …}           # below the picture; `code` becomes <code>, *word* <em>
    labels:
      sender: {de: Senderprozess, en: Sender process}
      put: q.put(…)                   # a plain string: the same in both languages (code, numbers)
    draw:                             # in painting order
      - {rect: box, at: [10, 30, 160, 90], r: 8}       # box | part | lane | key (class dia-…)
      - {text: sender, at: [90, 68], style: b}         # a label key; style letters below
      - {path: M170 75H226, arrow: end}                # SVG path data; arrow: end | start | both

Text styles (classes ``dia-<letter>``): ``b`` bold, ``s`` small (13 px),
``c`` code font (14 px), ``k`` light text on a ``key`` box, ``l``/``r``
anchored at the start/end instead of the middle. Where the languages need
different geometry (a longer word), ``at`` or a path may be a mapping
``{de: …, en: …}``.

`load` checks a file completely (both languages, every key, every shape) and
raises `DiagramError` naming the file; `fill` adds the page and line of the
placeholder. `overflows` estimates each text's width and lists texts that do
not fit their box or overlap another text (tests/test_diagrams.py runs it on
every diagram).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import website
import yaml

from .prose import text_lines

DIAGRAMS = Path(__file__).resolve().parents[2] / "docs" / "diagrams"
LANGUAGES = website.LANGUAGES  # the one list of the site's languages
PLACEHOLDER = re.compile(r"\{\{\s*diagram\b")
_LINE = re.compile(r"^(?P<indent>\s*)\{\{\s*diagram\s+(?P<name>[a-z0-9][a-z0-9-]*)\s*\}\}\s*$")
_RECTS = ("box", "part", "lane", "key")
_STYLES = ("b", "s", "c", "k", "l", "r")
_ARROWS = ("end", "start", "both")
_MARKER = ('<defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" '
           'markerHeight="5" orient="auto-start-reverse"><path class="dia-head" d="M0 0 10 5 0 10z"/></marker></defs>')

Texts = dict[str, str]  # language -> text


class DiagramError(Exception):
    """A diagram file or a placeholder is wrong; the message names the file (and the page and line)."""


@dataclass(frozen=True)
class Shape:
    """One element of the drawing: a rect, a text or a path."""

    kind: str  # "rect", "text" or "path"
    value: str  # the rect's class or the text's label key; empty for a path
    at: dict[str, tuple[float, ...]]  # per language: rect x y w h, text x y; empty for a path
    d: dict[str, str]  # per language: the path data; empty otherwise
    r: float = 0  # a rect's corner radius
    style: str = ""  # a text's style letters, e.g. "k b"
    arrow: str = ""  # a path's arrow head(s)


@dataclass(frozen=True)
class Diagram:
    """A checked diagram source file."""

    name: str
    source: str  # the file, as named in messages (docs/diagrams/NAME.yml)
    width: float
    height: float
    title: Texts
    desc: Texts
    caption: Texts
    labels: dict[str, Texts]
    shapes: tuple[Shape, ...]

    @property
    def id(self) -> str:
        """The prefix of every id in the SVG: unique per diagram, so two diagrams can share a page."""
        return f"dia-{self.name}"


def _shown(path: Path) -> str:
    parts = path.resolve().parts
    return "/".join(parts[parts.index("docs"):]) if "docs" in parts else str(path)


def _texts(value: Any, what: str, source: str, shared: bool = True) -> Texts:
    """A text in both languages; with `shared`, a plain string is the same text in both (code, numbers)."""
    if shared and isinstance(value, str) and value.strip():
        return dict.fromkeys(LANGUAGES, value)
    if not isinstance(value, dict):
        raise DiagramError(f"{source}: {what} needs a text for each of {', '.join(LANGUAGES)}")
    missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()]
    if missing:
        raise DiagramError(f"{source}: {what} has no text in {', '.join(missing)}")
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise DiagramError(f"{source}: {what} names unknown languages {unknown}")
    return {lang: value[lang] for lang in LANGUAGES}


def _per_language(value: Any, size: int | None, what: str, source: str) -> dict[str, Any]:
    """A geometry value for each language: the same one, or a mapping {de: …, en: …}."""
    each = value if isinstance(value, dict) else dict.fromkeys(LANGUAGES, value)
    if sorted(each) != sorted(LANGUAGES):
        raise DiagramError(f"{source}: {what} must be given once or for each of {', '.join(LANGUAGES)}")
    for lang, one in each.items():
        if size is None:
            ok = isinstance(one, str) and one.strip()
        else:
            ok = (isinstance(one, list) and len(one) == size
                  and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in one))
        if not ok:
            expected = "SVG path data" if size is None else f"{size} numbers"
            raise DiagramError(f"{source}: {what} ({lang}) must be {expected}, not {one!r}")
    return {lang: tuple(one) if size else one for lang, one in each.items()}


def _shape(entry: Any, number: int, labels: dict[str, Texts], source: str) -> Shape:
    what = f"draw item {number}"
    if not isinstance(entry, dict):
        raise DiagramError(f"{source}: {what} must be a mapping such as {{rect: box, at: [x, y, w, h]}}")
    kinds = [k for k in ("rect", "text", "path") if k in entry]
    if len(kinds) != 1:
        raise DiagramError(f"{source}: {what} needs exactly one of rect, text, path: {entry!r}")
    kind = kinds[0]
    allowed = {"rect": {"rect", "at", "r"}, "text": {"text", "at", "style"}, "path": {"path", "arrow"}}[kind]
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise DiagramError(f"{source}: {what} ({kind}) knows no {unknown}")
    value = entry[kind]
    if kind == "rect":
        if value not in _RECTS:
            raise DiagramError(f"{source}: {what}: rect must be one of {', '.join(_RECTS)}, not {value!r}")
        return Shape("rect", value, _per_language(entry.get("at"), 4, f"{what} at", source), {},
                     r=float(entry.get("r", 0)))
    if kind == "text":
        value = str(value)  # YAML reads the key 3 as a number
        if value not in labels:
            raise DiagramError(f"{source}: {what}: label {value!r} is not in labels")
        style = str(entry.get("style", ""))
        bad = [s for s in style.split() if s not in _STYLES]
        if bad:
            raise DiagramError(f"{source}: {what}: unknown style {bad}; use {', '.join(_STYLES)}")
        return Shape("text", value, _per_language(entry.get("at"), 2, f"{what} at", source), {}, style=style)
    arrow = str(entry.get("arrow", ""))
    if arrow and arrow not in _ARROWS:
        raise DiagramError(f"{source}: {what}: arrow must be one of {', '.join(_ARROWS)}, not {arrow!r}")
    return Shape("path", "", {}, _per_language(value, None, f"{what} path", source), arrow=arrow)


def load(path: Path) -> Diagram:
    """Read and check one diagram file; any gap in either language raises `DiagramError`."""
    source = _shown(path)
    if not path.exists():
        raise DiagramError(f"{source} does not exist")
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, where PyYAML has it
        data = yaml.load(path.read_text("utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        raise DiagramError(f"{source}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise DiagramError(f"{source}: expected a mapping with size, title, desc, caption, labels, draw")
    unknown = sorted(set(data) - {"size", "title", "desc", "caption", "labels", "draw"})
    if unknown:
        raise DiagramError(f"{source}: unknown fields {unknown}")
    for field in ("size", "title", "desc", "caption", "labels", "draw"):
        if field not in data:
            raise DiagramError(f"{source}: {field} is missing")
    size = data["size"]
    if not (isinstance(size, list) and len(size) == 2 and all(isinstance(n, (int, float)) for n in size)):
        raise DiagramError(f"{source}: size must be [width, height]")
    if not isinstance(data["labels"], dict):
        raise DiagramError(f"{source}: labels must map a key to its text")
    odd = [key for key in data["labels"] if not isinstance(key, (str, int)) or isinstance(key, bool)]
    if odd:
        raise DiagramError(f"{source}: label keys {odd!r} are not names (YAML reads yes/no as booleans): rename them")
    labels = {str(key): _texts(text, f"label {key!r}", source) for key, text in data["labels"].items()}
    if not isinstance(data["draw"], list) or not data["draw"]:
        raise DiagramError(f"{source}: draw must list the shapes")
    shapes = tuple(_shape(entry, n, labels, source) for n, entry in enumerate(data["draw"], start=1))
    unused = sorted(set(labels) - {s.value for s in shapes if s.kind == "text"})
    if unused:
        raise DiagramError(f"{source}: labels never drawn: {unused}")
    return Diagram(
        name=path.stem, source=source, width=size[0], height=size[1],
        title=_texts(data["title"], "title", source, shared=False),
        desc=_texts(data["desc"], "desc", source, shared=False),
        caption=_texts(data["caption"], "caption", source, shared=False), labels=labels, shapes=shapes,
    )


def available(folder: Path = DIAGRAMS) -> list[str]:
    """The names of every diagram file."""
    return sorted(p.stem for p in folder.glob("*.yml"))


def _num(n: float) -> str:
    return f"{n:g}"


def _text(s: str) -> str:
    return html.escape(s, quote=False)


def _caption(s: str) -> str:
    """The caption as HTML: `code` becomes <code>, *word* becomes <em>, everything else is escaped."""
    parts = re.split(r"(`[^`]+`)", _text(s))
    return "".join(f"<code>{p[1:-1]}</code>" if p.startswith("`") else re.sub(r"\*([^*]+)\*", r"<em>\1</em>", p)
                   for p in parts)


def _shape_svg(shape: Shape, diagram: Diagram, lang: str) -> str:
    if shape.kind == "rect":
        x, y, w, h = map(_num, shape.at[lang])
        radius = f' rx="{_num(shape.r)}"' if shape.r else ""
        return f'<rect class="dia-{shape.value}" x="{x}" y="{y}" width="{w}" height="{h}"{radius}/>'
    if shape.kind == "text":
        x, y = map(_num, shape.at[lang])
        classes = " ".join(["dia-t", *(f"dia-{s}" for s in shape.style.split())])
        return f'<text class="{classes}" x="{x}" y="{y}">{_text(diagram.labels[shape.value][lang])}</text>'
    marker = f"url(#{diagram.id}-arrow)"
    heads = {"end": f' marker-end="{marker}"', "start": f' marker-start="{marker}"',
             "both": f' marker-start="{marker}" marker-end="{marker}"', "": ""}[shape.arrow]
    return f'<path class="dia-line" d="{html.escape(shape.d[lang])}"{heads}/>'


def render(diagram: Diagram, lang: str) -> str:
    """The diagram as a <figure> with inline SVG for one language; the same input gives the same bytes."""
    if lang not in LANGUAGES:
        raise DiagramError(f"{diagram.source}: no language {lang!r}; the diagrams know {', '.join(LANGUAGES)}")
    i = diagram.id
    lines = [
        '<figure class="diagram" markdown="0">',
        f'<svg role="img" aria-labelledby="{i}-title {i}-desc" '
        f'viewBox="0 0 {_num(diagram.width)} {_num(diagram.height)}">',
        f'<title id="{i}-title">{_text(diagram.title[lang])}</title>',
        f'<desc id="{i}-desc">{_text(diagram.desc[lang])}</desc>',
    ]
    if any(s.arrow for s in diagram.shapes):
        lines.append(_MARKER.format(id=i))
    lines += [_shape_svg(s, diagram, lang) for s in diagram.shapes]
    lines += ["</svg>", f"<figcaption>{_caption(diagram.caption[lang])}</figcaption>", "</figure>"]
    return "\n".join(lines)


def fill(markdown: str, lang: str, where: str, folder: Path = DIAGRAMS) -> str:
    """Replace each ``{{ diagram NAME }}`` line (outside code blocks) with the rendered diagram."""
    if not PLACEHOLDER.search(markdown):
        return markdown
    lines = markdown.split("\n")
    seen: dict[str, int] = {}
    for number, line in text_lines(markdown):
        if not PLACEHOLDER.search(line):
            continue
        match = _LINE.match(line)
        if match is None:
            raise DiagramError(f"{where}:{number}: write a diagram as '{{{{ diagram NAME }}}}' on a line of its own")
        name = match["name"]
        if name in seen:
            raise DiagramError(f"{where}:{number}: diagram {name!r} is already on this page (line {seen[name]}); "
                               "its ids would clash")
        seen[name] = number
        path = folder / f"{name}.yml"
        if not path.exists():
            raise DiagramError(f"{where}:{number}: no diagram {name!r}: {_shown(path)} does not exist "
                               f"(there are: {', '.join(available(folder))})")
        try:
            figure = render(load(path), lang)
        except DiagramError as error:
            raise DiagramError(f"{where}:{number}: {error}") from error
        lines[number - 1] = "\n".join(match["indent"] + part for part in figure.split("\n"))
    return "\n".join(lines)


def used(markdown: str) -> list[str]:
    """The diagram names a page's placeholders ask for, in page order."""
    return [m["name"] for _, line in text_lines(markdown) if (m := _LINE.match(line))]


# --- does the text fit? --------------------------------------------------------------------------

# Advance widths in 1/1000 em of Helvetica and Helvetica-Bold (Adobe's core-font AFM files, as shipped
# with matplotlib) for the characters " " to "~"; Arial and Liberation Sans (the sans-serif Chromium picks
# here for Material's "Helvetica, Arial") have the same metrics.
_REGULAR = (
    "278 278 355 556 556 889 667 222 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 222 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584")
_BOLD = (
    "278 333 474 556 556 889 722 278 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 333 278 333 584 556 278 556 611 556 611 556 333 611 611 278 278 556 278 889 "
    "611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584")
_EXTRA = {  # regular, bold
    "ä": (556, 556), "ö": (556, 611), "ü": (556, 611), "Ä": (667, 722), "Ö": (778, 778), "Ü": (722, 722),
    "ß": (611, 611), "…": (1000, 1000), "–": (556, 556), "—": (1000, 1000), "„": (333, 500), "“": (333, 500),
    "”": (333, 500), "é": (556, 556), "→": (1000, 1000), "≥": (584, 584), "×": (584, 584),
}
_WIDTHS = {
    False: {chr(32 + n): int(w) for n, w in enumerate(_REGULAR.split())} | {c: w[0] for c, w in _EXTRA.items()},
    True: {chr(32 + n): int(w) for n, w in enumerate(_BOLD.split())} | {c: w[1] for c, w in _EXTRA.items()},
}
SAFETY = 1.06  # system fonts elsewhere (San Francisco, Segoe UI) run a little wider than Helvetica
MONO = 0.61  # em per character of the code fonts (DejaVu Sans Mono 0.602, SF Mono 0.6, Consolas 0.55)
PAD = 4  # px a text keeps from the left and right edge of its box (half of it from the top and bottom)


def font_size(style: str) -> float:
    """The font size in px of a text style, as extra.css sets it (15 px, small 13, code 14; code wins)."""
    letters = style.split()
    return 14 if "c" in letters else 13 if "s" in letters else 15


def text_width(text: str, style: str = "") -> float:
    """An estimate of the text's width in px, slightly generous (see SAFETY)."""
    size = font_size(style)
    if "c" in style.split():
        return len(text) * MONO * size
    widths = _WIDTHS["b" in style.split()]
    return sum(widths.get(ch, 1000) for ch in text) / 1000 * size * SAFETY


@dataclass(frozen=True)
class _Placed:
    shape: Shape
    text: str
    left: float
    right: float
    top: float
    bottom: float


def _placed(diagram: Diagram, lang: str) -> list[_Placed]:
    out = []
    for shape in diagram.shapes:
        if shape.kind != "text":
            continue
        text = diagram.labels[shape.value][lang]
        x, y = shape.at[lang]
        width, size = text_width(text, shape.style), font_size(shape.style)
        letters = shape.style.split()
        left = x if "l" in letters else x - width if "r" in letters else x - width / 2
        out.append(_Placed(shape, text, left, left + width, y - 0.75 * size, y + 0.22 * size))
    return out


def overflows(diagram: Diagram, lang: str) -> list[str]:
    """Texts that (by the width estimate) leave their box or the picture, or overlap another text.

    A text's box is the smallest rect that holds the middle of the text's line; a text in no
    rect must stay inside the viewBox.
    """
    problems = []
    rects = [s.at[lang] for s in diagram.shapes if s.kind == "rect"]
    placed = _placed(diagram, lang)
    for p in placed:
        anchor_x = (p.left + p.right) / 2
        middle_y = (p.top + p.bottom) / 2
        around = [r for r in rects if r[0] <= anchor_x <= r[0] + r[2] and r[1] <= middle_y <= r[1] + r[3]]
        if around:
            rx, ry, rw, rh = min(around, key=lambda r: r[2] * r[3])
            box, left_edge, right_edge = f"its box ({_num(rw)} px wide at x={_num(rx)})", rx + PAD, rx + rw - PAD
            if p.top < ry + PAD / 2 or p.bottom > ry + rh - PAD / 2:
                problems.append(f"{diagram.source} ({lang}): '{p.text}' sticks out of {box} vertically")
        else:
            box, left_edge, right_edge = "the picture", 0.0, diagram.width
        if p.left < left_edge or p.right > right_edge:
            problems.append(f"{diagram.source} ({lang}): '{p.text}' (about {p.right - p.left:.0f} px) "
                            f"does not fit {box}")
    for n, a in enumerate(placed):
        for b in placed[n + 1:]:
            if a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom:
                problems.append(f"{diagram.source} ({lang}): '{a.text}' and '{b.text}' overlap")
    return problems

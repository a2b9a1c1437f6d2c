"""Command line: python -m docexamples {extract,check,update,terms,tested,fill} [page ...]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import tested
from .extract import drift, write
from .fill import FillError, fill_docs
from .glossary import text_problems
from .pages import PageError, extras_modules, find_pages
from .pythons import installed
from .update import update

DOCS = Path("docs")
EXAMPLES = Path("examples")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docexamples", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="renumber blocks and write examples/ from the pages")
    sub.add_parser("check", help="fail when examples/ and the pages differ")
    up = sub.add_parser("update", help="rerun examples and rewrite the output blocks")
    up.add_argument("pages", nargs="*", type=Path, help="only these pages (default: all)")
    te = sub.add_parser("terms", help="list the glossary's rejected variants used in the pages' prose")
    te.add_argument("pages", nargs="*", type=Path, help="only these pages (default: all)")
    tw = sub.add_parser("tested", help="show (--write: record) the interpreters the test matrix finds")
    tw.add_argument("--write", action="store_true", help="write docs/assets/tested-with.json")
    fi = sub.add_parser("fill", help="write the pages with every placeholder filled (for a builder without hooks)")
    fi.add_argument("--out", type=Path, required=True, help="folder for the filled copy of docs/")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            for path in write(DOCS, EXAMPLES):
                print(f"wrote {path}")
        elif args.command == "check":
            problems = drift(DOCS, EXAMPLES)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("run `make examples` to write examples/ from the pages", file=sys.stderr)
                return 1
            print("examples/ matches the pages")
        elif args.command == "tested":
            record = tested.describe(installed(), extras_modules(DOCS))
            for lang in ("de", "en"):
                print(f"{lang}: {tested.sentence(record, lang)}; extras: {tested.sentence(record, lang, 'extras')}")
            if args.write:
                print(f"{'wrote' if tested.write(record) else 'unchanged:'} {tested.RECORD}")
            elif record != tested.load():
                print(f"{tested.RECORD} says otherwise; run `make tested`", file=sys.stderr)
                return 1
        elif args.command == "fill":
            written = fill_docs(DOCS, args.out)
            print(f"filled {len(written)} pages into {args.out}")
        elif args.command == "terms":
            found = text_problems(args.pages or find_pages(DOCS))
            print("\n".join(found) if found else "no rejected variants")
            return 1 if found else 0
        else:
            for path in update(DOCS, EXAMPLES, [p for p in args.pages] or None):
                print(f"updated {path}")
    except (PageError, tested.TestedError, FillError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: python -m website {translations,postbuild SITE_DIR}.

``translations`` fails when a page exists in one language only.
``postbuild SITE_DIR`` does, on a built site, what the MkDocs hook does after
the build: one search index per language and the example downloads. A builder
without MkDocs hooks runs it after its build (the not-found pages and the
links above the code blocks need the builder's pages; see README).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import LANGUAGES
from .downloads import write_downloads
from .search import split_search_index
from .translations import TranslationError, missing_translations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m website", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("translations", help="fail when a page exists in one language only")
    tr.add_argument("--docs", type=Path, default=Path("docs"))
    pb = sub.add_parser("postbuild", help="split the search index and write the downloads into a built site")
    pb.add_argument("site_dir", type=Path)
    pb.add_argument("--examples", type=Path, default=Path("examples"))
    args = parser.parse_args(argv)
    if args.command == "translations":
        try:
            missing = missing_translations(args.docs)
        except TranslationError as error:
            print(error, file=sys.stderr)
            return 1
        if missing:
            print("missing translation: " + ", ".join(missing), file=sys.stderr)
            return 1
        print(f"every page exists in {', '.join(LANGUAGES)}")
        return 0
    split_search_index(args.site_dir)
    written = write_downloads(args.site_dir, args.examples, LANGUAGES)
    print(f"split the search index; wrote {len(written)} downloads")
    return 0


if __name__ == "__main__":
    sys.exit(main())

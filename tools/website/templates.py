"""The theme's templates compiled once per process, not once per language.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n
runs one build per language (and ``mkdocs serve`` one per change), so each
build compiled Material's hundred or so templates again: a tenth of the
build's time. :data:`COMPILED_TEMPLATES` keeps the compiled code in memory;
Jinja looks it up by template name and a checksum of the source
(``jinja2.BytecodeCache``), so an edited template is compiled anew.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates in a dict, for the lifetime of the process."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = MemoryBytecodeCache()

"""Build the other languages in forked processes while the default language builds.

mkdocs-static-i18n (1.3.1, pinned in requirements-site.txt) builds the
languages one after the other in one process: the default language's build
calls ``mkdocs.commands.build.build()`` for each other language from its
``on_post_build`` (``mkdocs_static_i18n/plugin.py``). Nearly all of a build
is pure Python (Markdown, Pygments, Jinja, the search index), so one core
does all of it. :func:`start` forks one process per other language as soon
as the default language's build has cleaned the site directory and then
does in that process exactly what the plugin's loop does for the language;
the default language goes on building in the parent meanwhile.
:func:`take_over` stands in for the plugin's call of ``build()``: it waits
for the child and hands the parent what that build would have left there,
the language's search entries and whatever the hooks ``keep``.

Two things each process writes for its own languages only, and the hooks
join them after the last build: the not-found pages (:mod:`website.notfound`)
and the sitemap (:mod:`website.sitemap`). With that the site is byte for
byte the one the plugin builds alone
(``tests/test_build.py::test_the_parallel_build_writes_the_sequential_site``).
``SITE_SEQUENTIAL=1`` switches this off. It runs only for ``mkdocs build``,
in a process with one thread and ``os.fork()``: ``mkdocs serve`` rebuilds
with its server threads running, and forking those is unsafe. A failed build
ends the forked builds (:func:`stop`); a failure in a forked build fails the
whole build with the same message as when the plugin builds alone.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import mkdocs_static_i18n.plugin as i18n_plugin
from mkdocs import utils
from mkdocs.commands.build import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs_static_i18n.utils import I18nLoggingFilter

log = get_plugin_logger("website")


@dataclass
class Child:
    """A language built in a forked process: its pid and the pipe its result comes back through."""

    language: str
    pid: int
    result: int  # read end of the pipe


_children: dict[str, Child] = {}  # language -> its forked build, until take_over() collects it
TAKEN: dict[str, Any] = {}
"""What ``keep`` returned in each language's forked build, by language; the hooks clear it."""


def wanted(command: str | None) -> bool:
    """Whether this build may fork: ``mkdocs build``, one thread, POSIX, not switched off."""
    return (
        command == "build"
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and os.environ.get("SITE_SEQUENTIAL", "") in ("", "0")
    )


def start(config: MkDocsConfig, keep: Callable[[], Any]) -> None:
    """Fork a build for each language the i18n plugin would build after the default one.

    Call it from ``on_files`` of the default language's build (the site
    directory is clean by then). ``keep`` runs in the child after its build;
    what it returns comes back to the parent through :func:`take_over`.
    """
    plugin = config.plugins["i18n"]
    if _children or plugin.building or plugin.current_language != plugin.default_language:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    gc.freeze()  # the collector of neither process touches the objects they share (gc.freeze docs)
    for language in plugin.build_languages:
        if language == plugin.default_language:
            continue
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: what the plugin's on_post_build loop does for one language
            os.close(read)
            for sibling in _children.values():
                os.close(sibling.result)
            _children.clear()
            _build_language(config, plugin, language, keep, write)
        os.close(write)
        _children[language] = Child(language, pid, read)
        log.info(f"building '{language}' in process {pid}, alongside '{plugin.default_language}'")
    i18n_plugin.build = take_over  # the plugin's loop now collects the children's results


def _build_language(config: MkDocsConfig, plugin: Any, language: str, keep: Callable[[], Any], write: int) -> None:
    status = 1
    try:
        logging.getLogger("mkdocs.commands.build").addFilter(_quiet_nested_build())
        plugin.building = True
        utils.clean_directory = lambda directory: directory  # as the plugin does: keep the other languages
        plugin.current_language = language
        entries = len(plugin.search_entries)
        build(config, dirty="--dirty" in sys.argv or "--dirtyreload" in sys.argv)  # as the plugin decides
        outcome: tuple[str, Any] = ("built", (plugin.search_entries[entries:], keep()))
        status = 0
    except Abort as error:
        outcome = ("abort", str(error))
    except BaseException as error:  # noqa: BLE001 - reported by the parent, which fails the build
        outcome = ("error", f"{type(error).__name__}: {error}\n{traceback.format_exc()}")
    try:
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(outcome, pipe)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


def _quiet_nested_build() -> I18nLoggingFilter:
    quiet = I18nLoggingFilter()  # the plugin's own filter for its nested builds
    quiet.filtered_prefixes.add("Documentation built in")
    quiet.filtered_prefixes.add("Building documentation to directory")
    return quiet


def take_over(config: MkDocsConfig, dirty: bool = False) -> None:
    """In place of the plugin's ``build(config)`` for a language: wait for its child, take its result."""
    plugin = config.plugins["i18n"]
    language = plugin.current_language
    child = _children.pop(language)
    with os.fdopen(child.result, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(child.pid, 0)
    if not _children:
        i18n_plugin.build = build
    if not data:
        ended = _describe(status)
        raise PluginError(f"the build of '{language}' in process {child.pid} ended without a result ({ended})")
    kind, value = pickle.loads(data)
    if kind == "abort":
        raise Abort(value)
    if kind == "error":
        raise PluginError(f"the build of '{language}' failed: {value}")
    entries, kept = value
    plugin.search_entries.extend(entries)
    TAKEN[language] = kept


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def stop() -> None:
    """After a failed build: end the children still running and restore the plugin's ``build``."""
    for child in _children.values():
        try:
            os.kill(child.pid, signal.SIGTERM)
            os.waitpid(child.pid, 0)
        except OSError:  # already gone
            pass
        os.close(child.result)
    _children.clear()
    i18n_plugin.build = build

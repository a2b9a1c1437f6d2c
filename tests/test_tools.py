"""The project's own tools: finding blocks, extracting, running, comparing, updating."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT
from docexamples.compare import problems
from docexamples.extract import drift, renumber, write
from docexamples.pages import PageError, examples_on_page
from docexamples.pythons import missing_modules
from docexamples.run import Result, group_members, run_example
from docexamples.update import _run_problem, update
from website.search import split_search_index
from website.translations import missing_translations

PAGE = textwrap.dedent('''\
    # Seite

    ```{.python title="07_hallo.py"}
    print('hallo')  # Ausgabe: hallo
    ```

    ```{.text .output title="Ausgabe" methods="spawn forkserver"}
    hallo
    ```

    === "fork"

        ```{.text .output title="Ausgabe" methods="fork"}
        nur fork
        ```

    === "spawn"

        ```{.python title="zwei.py" requires="3.12" timeout="5" needs="numpy distributed"}
        print(2)
        ```
    ''')


def write_page(tmp_path: Path, text: str, name: str = "kapitel.de.md") -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    page = docs / name
    page.write_text(text, "utf-8")
    return page


def test_blocks_outputs_and_settings_are_found(tmp_path: Path) -> None:
    page = write_page(tmp_path, PAGE)
    first, second = examples_on_page(page)
    assert (first.lang, first.chapter, first.title, first.line) == ("de", "kapitel", "07_hallo.py", 3)
    assert first.inline_comments == ("hallo",)
    assert first.expected_output("spawn") == "hallo\n"
    assert first.outputs[1].methods == ("fork",) and first.outputs[1].text == "nur fork\n"
    assert second.requires == (3, 12) and second.timeout == 5.0 and second.source == "print(2)\n"
    assert second.expected_output("fork") is None
    assert first.needs == () and second.needs == ("numpy", "distributed")


def test_missing_modules_are_found_per_interpreter() -> None:
    assert missing_modules(sys.executable, ("json", "no_such_module_xyz")) == ("no_such_module_xyz",)
    assert missing_modules(sys.executable, ()) == ()


def test_two_outputs_for_one_method_is_an_error(tmp_path: Path) -> None:
    page = write_page(tmp_path, PAGE.replace(' methods="fork"', ""))
    with pytest.raises(PageError, match=r"kapitel.de.md:3: more than one output block"):
        examples_on_page(page)


def test_block_without_title_is_an_error(tmp_path: Path) -> None:
    page = write_page(tmp_path, "```{.python}\nprint(1)\n```\n")
    with pytest.raises(PageError, match="without title"):
        examples_on_page(page)


def test_extract_renumbers_and_drift_names_the_difference(tmp_path: Path) -> None:
    page = write_page(tmp_path, PAGE)
    docs, examples = page.parent, tmp_path / "examples"
    assert any("is block 1 on the page" in p for p in drift(docs, examples))
    assert renumber(page)
    assert [ex.title for ex in examples_on_page(page)] == ["01_hallo.py", "02_zwei.py"]
    write(docs, examples)
    assert drift(docs, examples) == []
    (examples / "de" / "kapitel" / "01_hallo.py").write_text("print('anders')\n")
    (examples / "de" / "kapitel" / "99_alt.py").write_text("")
    found = "\n".join(drift(docs, examples))
    assert "01_hallo.py differs from the block at" in found and "+print('hallo')" in found
    assert "99_alt.py has no block on any page" in found


def test_failure_names_page_line_method_and_shows_a_diff(tmp_path: Path) -> None:
    page = write_page(tmp_path, PAGE.replace("forkserver\"}\nhallo", "forkserver\"}\nHallo"))
    ex = examples_on_page(page)[0]
    script = tmp_path / "hallo.py"
    script.write_text(ex.source)
    result = run_example(script, "spawn")
    found = "\n".join(problems(ex, "spawn", "py3.11", result))
    assert f"{page.as_posix()}:3 [de, spawn, py3.11]" in found
    assert "-Hallo\n+hallo" in found


@pytest.mark.parametrize("needs, extra, fails", [
    ('needs="distributed"', "", False),  # only distributed's message at shutdown: left out
    ('needs="distributed"', "Traceback (most recent call last):\nValueError: the example's own\n", True),
    ("", "", True),  # an example without distributed: the same text fails
])
def test_only_distributeds_heartbeat_message_at_shutdown_is_left_out_of_stderr(
        tmp_path: Path, needs: str, extra: str, fails: bool) -> None:
    page = write_page(tmp_path, PAGE.replace('title="07_hallo.py"', f'title="07_hallo.py" {needs}'))
    ex = examples_on_page(page)[0]
    noise = (ROOT / "tests" / "data" / "dask_heartbeat_at_close.txt").read_text("utf-8")  # seen in a suite run
    result = Result(0, "hallo\n", noise + extra, False, (), 0.1, 1)
    found = "\n".join(problems(ex, "spawn", "py3.11", result))
    assert ("stderr is not empty" in found) == fails, found
    if fails:
        assert "Failed to communicate with scheduler during heartbeat" in found  # shown whole, not filtered
    # make update follows the same rule: it takes the output of such a run, and refuses the others
    assert (_run_problem(ex, tmp_path / "07_hallo.py", "spawn", result) is not None) == fails


def test_inline_comment_must_match_the_output(tmp_path: Path) -> None:
    page = write_page(tmp_path, PAGE.replace("# Ausgabe: hallo", "# Ausgabe: tschüss"))
    ex = examples_on_page(page)[0]
    script = tmp_path / "hallo.py"
    script.write_text(ex.source)
    found = "\n".join(problems(ex, "fork", "py", run_example(script, "fork")))
    assert "'# … tschüss'" in found


def test_start_method_is_forced_and_child_output_is_captured(tmp_path: Path) -> None:
    script = tmp_path / "methode.py"
    script.write_text(textwrap.dedent("""\
        import multiprocessing as mp
        import sys

        def kind():
            print('Kind läuft', mp.get_start_method())

        if __name__ == '__main__':
            print(sys.argv == [__file__], __spec__ is None)
            p = mp.Process(target=kind)
            p.start()
            p.join()
        """))
    for method in ("fork", "spawn", "forkserver"):
        result = run_example(script, method)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout == f"True True\nKind läuft {method}\n"


def test_classes_from_the_example_travel_back_from_spawn_workers(tmp_path: Path) -> None:
    script = tmp_path / "klasse.py"
    script.write_text(textwrap.dedent("""\
        from concurrent.futures import ProcessPoolExecutor

        class Punkt:
            def __init__(self, x):
                self.x = x

        def mache(x):
            return Punkt(x)

        if __name__ == '__main__':
            with ProcessPoolExecutor(max_workers=1) as ex:
                print(ex.submit(mache, 3).result().x, sorted(k for k in globals() if not k.startswith('__')))
        """))
    for method in ("spawn", "forkserver"):
        result = run_example(script, method)
        # only the example's own names: nothing of the launcher leaks into __main__
        assert (result.stdout, result.stderr) == ("3 ['ProcessPoolExecutor', 'Punkt', 'ex', 'mache']\n", "")


def test_examples_own_set_start_method_still_works(tmp_path: Path) -> None:
    script = tmp_path / "eigene.py"
    script.write_text("import multiprocessing as mp\n"
                      "if __name__ == '__main__':\n"
                      "    mp.set_start_method('spawn')\n"
                      "    print(mp.get_start_method())\n")
    assert run_example(script, "fork").stdout == "spawn\n"


def test_ctrl_c_works_when_the_suite_itself_ignores_it(tmp_path: Path) -> None:
    """`make test &` starts pytest with SIGINT ignored; an example must still get its KeyboardInterrupt,
    in the main process and in a spawned child."""
    script = tmp_path / "strg_c.py"
    script.write_text(textwrap.dedent("""\
        import os, signal
        from multiprocessing import Process

        def kind():
            try:
                os.kill(os.getpid(), signal.SIGINT)
            except KeyboardInterrupt:
                print('Kind: KeyboardInterrupt', flush=True)

        if __name__ == '__main__':
            p = Process(target=kind)
            p.start()
            p.join()
            try:
                os.kill(os.getpid(), signal.SIGINT)
            except KeyboardInterrupt:
                print('Eltern: KeyboardInterrupt')
        """))
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        result = run_example(script, "spawn", timeout=20)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert (result.stdout, result.returncode) == ("Kind: KeyboardInterrupt\nEltern: KeyboardInterrupt\n", 0)


def test_timeout_ends_the_whole_process_group(tmp_path: Path) -> None:
    script = tmp_path / "haengt.py"
    script.write_text(textwrap.dedent("""\
        import time
        from multiprocessing import Process, Queue

        def warte(q):
            q.put('x' * 200_000)
            time.sleep(60)

        if __name__ == '__main__':
            q = Queue()
            p = Process(target=warte, args=(q,))
            p.start()
            print('gestartet', flush=True)
            p.join()
        """))
    shm_before = set(os.listdir("/dev/shm"))
    started = time.monotonic()
    result = run_example(script, "spawn", timeout=2)
    assert result.timed_out and result.stdout == "gestartet\n"
    assert time.monotonic() - started < 10
    assert group_members(result.pid) == []
    # other tests run examples at the same time: their semaphores come and go, a leak stays
    deadline = time.monotonic() + 10
    while (new := {n for n in set(os.listdir("/dev/shm")) - shm_before if n.startswith("sem.mp")}):
        assert time.monotonic() < deadline, f"left in /dev/shm: {new}"
        time.sleep(0.2)


def test_survivors_are_reported_and_killed(tmp_path: Path) -> None:
    script = tmp_path / "zurueck.py"
    script.write_text("import subprocess, sys\n"
                      "subprocess.Popen(['sleep', '60'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
                      "print('fertig')\n")
    result = run_example(script, "fork")
    assert result.returncode == 0 and any("sleep 60" in s for s in result.survivors)
    assert group_members(result.pid) == []


def test_update_writes_real_output_into_the_page(tmp_path: Path) -> None:
    page = write_page(tmp_path, '```{.python title="01_a.py"}\nprint("ä" * 3)\n```\n\nText\n')
    update(page.parent, tmp_path / "examples")
    assert page.read_text("utf-8") == (
        '```{.python title="01_a.py"}\nprint("ä" * 3)\n```\n\n'
        '```{.text .output title="Ausgabe"}\näää\n```\n\nText\n'
    )
    assert (tmp_path / "examples" / "de" / "kapitel" / "01_a.py").read_text() == 'print("ä" * 3)\n'


def test_update_runs_everything_then_lists_every_failure_with_page_lines(tmp_path: Path) -> None:
    page = write_page(tmp_path, (
        '# S\n\n```{.python title="01_a.py"}\nimport sys\n\nsys.exit("a")\n```\n\n'
        '```{.python title="02_b.py"}\nprint(1)\n\nraise ValueError("b")\n```\n'))
    with pytest.raises(PageError) as error:
        update(page.parent, tmp_path / "examples")
    message = str(error.value)
    assert message.startswith("6 of 6 runs failed")
    assert message.count(f"{page.as_posix()}:3 [") == 3
    assert message.count(f"{page.as_posix()}:9 [") == 3  # the fence of 02_b.py, once per start method
    assert f'02_b.py", line 3 ({page.as_posix()}:12), in <module>' in message


def test_missing_translation_is_found(tmp_path: Path) -> None:
    write_page(tmp_path, "# a", "a.de.md")
    write_page(tmp_path, "# a", "a.en.md")
    write_page(tmp_path, "# b", "b.de.md")
    assert missing_translations(tmp_path / "docs") == ["docs/b.en.md"]


def test_search_index_is_split_by_language(tmp_path: Path) -> None:
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    index.write_text('{"config": {"lang": ["de", "en"]}, "docs": ['
                     '{"location": "ipc/"}, {"location": "en/ipc/"}]}')
    split_search_index(tmp_path)
    assert index.read_text() == '{"config": {"lang": ["de"]}, "docs": [{"location": "ipc/"}]}'
    assert (tmp_path / "en" / "search" / "search_index.json").read_text() == (
        '{"config": {"lang": ["en"]}, "docs": [{"location": "ipc/"}]}'
    )


def test_page_entry_dropped_as_duplicate_is_restored(tmp_path: Path) -> None:
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    page = {"location": "ppe/", "title": "ProcessPoolExecutor", "text": ""}
    index.write_text(json.dumps({"config": {"lang": ["de", "en"]}, "docs": [
        page, {"location": "ppe/#einfuhrung", "title": "Einführung", "text": "x"},
        {"location": "en/ppe/#introduction", "title": "Introduction", "text": "y"}]}))
    split_search_index(tmp_path)
    english = json.loads((tmp_path / "en" / "search" / "search_index.json").read_text())["docs"]
    assert [d["location"] for d in english] == ["ppe/", "ppe/#introduction"]
    assert english[0]["title"] == "ProcessPoolExecutor"


def test_project_code_passes_ruff() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--target-version", "py311", "tools", "tests"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr


# --- versions, the tested record, the glossary, placeholders ---------------------------------

VERSIONED = (
    '# Seite\n\n```{.python title="01_a.py" requires="3.11" maximum="3.13" '
    'differs="forkserver: >=3.13.8,<3.14 | >=3.14.1" because="the forkserver preloads __main__"}\n'
    "print(1)\n```\n"
)


def test_version_settings_skip_with_their_reason(tmp_path: Path) -> None:
    (ex,) = examples_on_page(write_page(tmp_path, VERSIONED))
    assert ex.skip_reason((3, 9, 18), "fork") is not None and "needs Python 3.11" in ex.skip_reason((3, 9, 18), "fork")
    assert ex.skip_reason((3, 13, 0), "forkserver") is None
    assert ex.skip_reason((3, 13, 8), "fork") is None
    assert "the forkserver preloads __main__" in (ex.skip_reason((3, 13, 8), "forkserver") or "")
    assert ex.skip_reason((3, 14, 0), "fork") is not None  # maximum 3.13
    assert "kapitel.de.md:3" in (ex.skip_reason((3, 14, 0), "fork") or "")


@pytest.mark.parametrize("header, message", [
    ('differs=">=3.14"', "needs because="),
    ('because="x"', "without differs="),
    ('differs="thread: >=3.14" because="x"', "unknown start method"),
    ('differs="forkserver: 3.14" because="x"', "Invalid specifier"),
    ('maximum="3"', 'maximum="3.11"'),
])
def test_bad_version_settings_name_page_and_line(tmp_path: Path, header: str, message: str) -> None:
    page = write_page(tmp_path, f'# S\n\n```{{.python title="01_a.py" {header}}}\nprint(1)\n```\n')
    with pytest.raises(PageError, match="kapitel.de.md:3") as error:
        examples_on_page(page)
    assert message.lower() in str(error.value).lower()


def test_explicit_pythons_are_probed_for_their_exact_version(monkeypatch: pytest.MonkeyPatch) -> None:
    from docexamples import pythons

    monkeypatch.setenv("PYTHONS", sys.executable)
    (found,) = pythons.installed()
    assert found.version == tuple(sys.version_info[:3]) and found.name == "py{}.{}.{}".format(*sys.version_info)
    monkeypatch.setenv("PYTHONS", f"{sys.executable} /no/such/python3.99")
    with pytest.raises(RuntimeError, match="/no/such/python3.99"):
        pythons.installed()


def test_tested_sentence_in_both_languages() -> None:
    from docexamples import tested

    record = {"system": "Linux", "extras": ["3.11.7"], "extras_modules": ["numpy"], "pythons": [
        {"implementation": "CPython", "version": "3.9.18", "free_threaded": False},
        {"implementation": "CPython", "version": "3.13.0", "free_threaded": False},
        {"implementation": "CPython", "version": "3.14.1", "free_threaded": True}]}
    assert tested.sentence(record, "de") == "CPython 3.9.18, 3.13.0 und 3.14.1 (free-threaded) unter Linux"
    assert tested.sentence(record, "en") == "CPython 3.9.18, 3.13.0 and 3.14.1 (free-threaded) on Linux"
    assert tested.fill("A {{ tested extras }} B", "en", "x.md", record) == "A CPython 3.11.7 B"
    with pytest.raises(tested.TestedError, match="x.md:2"):
        tested.fill("A\n{{ tested newest }}", "en", "x.md", record)


def test_rejected_terms_are_found_in_prose_only(tmp_path: Path) -> None:
    from docexamples import glossary

    _, rules = glossary.load()
    page = write_page(tmp_path, textwrap.dedent('''\
        # Seite

        Eine `Exception` im Code und ein [Link](timeout.md) sind erlaubt.

        Die Exception endet mit einem Timeout, auf jedem Betriebssystem.

        !!! warning "Das Lock"

        ```python
        raise Exception('Timeout')
        ```
        '''))
    found = glossary.rejected_uses(page, "de", rules)
    assert [f.split(": '")[0].rsplit(":", 1)[1] + ":" + f.split("'")[1] for f in found] == [
        "5:Exception", "5:Timeout", "5:jedem Betriebssystem", "7:Das Lock"]


def test_unknown_placeholder_fails_with_page_and_line() -> None:
    from docexamples.fill import FillError, fill_page

    assert fill_page("```\nf'{{x}}'\n```\n", "de", "docs/x.de.md") == "```\nf'{{x}}'\n```\n"
    with pytest.raises(FillError, match=r"docs/x.de.md:3: unknown placeholder \{\{ tsted \}\}"):
        fill_page("# X\n\n{{ tsted }}\n", "de", "docs/x.de.md")


def test_suite_benchmark_reads_the_parts_of_the_last_make_test(tmp_path: Path) -> None:
    from bench.suite import last_suite_seconds

    marks = tmp_path / "times"
    marks.write_text("setup start 10\nsetup end 12.5\nsetup start 20\nsetup end 21\n"
                     "build start 30\nbuild end 33\npytest start 40\n")
    assert last_suite_seconds(marks) == {"setup": 3.5, "build": 3.0}  # pytest never ended: not counted


def test_fill_writes_every_page_with_its_placeholders_filled(tmp_path: Path) -> None:
    from docexamples.fill import FillError, fill_docs

    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "a.de.md").write_text("# A\n\nGeprüft mit {{ tested }}.\n")
    (docs / "a.en.md").write_text("# A\n\nChecked with {{ tested }}.\n")
    (docs / "assets" / "x.css").write_text("p {}\n")
    written = fill_docs(docs, tmp_path / "out")
    assert [p.name for p in written] == ["a.de.md", "a.en.md"]
    assert "{{" not in (tmp_path / "out" / "a.en.md").read_text()
    assert " unter Linux." in (tmp_path / "out" / "a.de.md").read_text()
    assert (tmp_path / "out" / "assets" / "x.css").read_text() == "p {}\n"
    (docs / "a.en.md").write_text("# A\n\n{{ tsted }}\n")
    with pytest.raises(FillError, match=r"docs/a.en.md:3: unknown placeholder \{\{ tsted \}\}"):
        fill_docs(docs, tmp_path / "out")


def test_update_writes_an_output_with_an_interpreter_that_can_run_it(tmp_path: Path) -> None:
    from docexamples.pythons import Python
    from docexamples.update import writer

    page = write_page(tmp_path, textwrap.dedent('''\
        # Seite

        ```{.python title="01_neu.py" requires="3.13"}
        print('neu')
        ```

        ```{.python title="02_alt.py" maximum="3.10"}
        print('alt')
        ```
        '''))
    new, old = examples_on_page(page)
    here = Python((3, 11, 7), sys.executable)
    newer = Python((3, 13, 0), sys.executable)
    assert writer(new, [here, newer]) is newer  # this Python is too old: the first that fits writes it
    with pytest.raises(PageError, match="no installed interpreter can run it"):
        writer(old, [here, newer])
    assert writer(old, [Python((3, 10, 13), sys.executable), here]).version == (3, 10, 13)

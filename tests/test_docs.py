"""The documentation is complete and its examples work.

- Every hook of :mod:`khabar.hookspecs` is in ``docs/reference/hooks.md`` and its docstring has
  an example and a ``versionadded``.
- Every public module of khabar is in the API reference.
- Code blocks marked to be run are executed: a ``{code-block} python`` whose ``:name:`` starts
  with ``run-``. The blocks of one page run in order in one namespace, in a temporary working
  directory; a ```` ```text ```` block right after a run block is its expected output.
- The JSON example of ``docs/reference/json.md`` is what khabar writes, and follows the schema.
- With ``KHABAR_TEST_DOCS_BUILD=1`` the Sphinx build itself runs, warnings as errors.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Final

import attrs
import jsonschema
import pytest
import regex

import khabar
from khabar import hookspecs
from khabar.serialize import json_schema

DOCS: Final = Path(__file__).resolve().parent.parent / "docs"
HOOKS_PAGE: Final = DOCS / "reference" / "hooks.md"

_RUN_BLOCK: Final = regex.compile(
    r"^```\{code-block\} python\n:name: (?P<name>run-[\w-]+)\n(?::[\w-]+:.*\n)*\n"
    r"(?P<code>.*?)^```\n(?:\s*\n)*?(?:^```text\n(?P<output>.*?)^```\n)?",
    regex.MULTILINE | regex.DOTALL,
)
_AUTODOC: Final = regex.compile(r"^\.\. auto\w+:: (?P<name>khabar[\w.]*)", regex.MULTILINE)
_NOT_REFERENCE: Final = frozenset({"khabar.builtin", "khabar.data", "khabar.schema"})
"""Packages that are not API: built-in plugins (documented by their hooks) and data files."""


def hook_names() -> list[str]:
    """The hooks khabar specifies."""
    return sorted(
        name
        for name, value in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(value, f"{hookspecs.PROJECT_NAME}_spec")
    )


def test_every_hook_is_specified() -> None:
    assert "khabar_layout" in hook_names()
    assert "khabar_register_formats" in hook_names()


@pytest.mark.parametrize("hook", hook_names())
def test_hook_is_documented(hook: str) -> None:
    page = HOOKS_PAGE.read_text(encoding="utf-8")
    assert f".. autofunction:: khabar.hookspecs.{hook}\n" in page, (
        f"add '.. autofunction:: khabar.hookspecs.{hook}' to {HOOKS_PAGE}"
    )
    docstring = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert "Example::" in docstring, f"{hook}'s docstring needs an 'Example::' block"
    assert ".. versionadded::" in docstring, f"{hook}'s docstring needs '.. versionadded::'"
    assert ":param" in docstring or not inspect.signature(getattr(hookspecs, hook)).parameters


def hook_example(hook: str) -> str:
    """The code of the ``Example::`` block of *hook*'s docstring."""
    docstring = inspect.getdoc(getattr(hookspecs, hook)) or ""
    _, _, after = docstring.partition("Example::\n")
    block = regex.match(r"(?:\n| {4}.*\n?)*", after)
    assert block is not None
    assert block.group().strip(), f"{hook} has an empty example"
    return textwrap.dedent(block.group())


@pytest.mark.parametrize("hook", hook_names())
def test_hook_example_is_a_valid_implementation(hook: str) -> None:
    namespace: dict[str, object] = {"khabar": khabar, "attrs": attrs}
    namespace.update({name: getattr(khabar, name) for name in khabar.__all__})
    exec(compile(hook_example(hook), f"{hook} example", "exec"), namespace)
    implementation = namespace[hook]
    assert hasattr(implementation, f"{hookspecs.PROJECT_NAME}_impl"), "mark it @khabar.hookimpl"
    plugin = types.SimpleNamespace(**{hook: implementation})
    manager = khabar.make_plugin_manager(autoload=False, plugins=[plugin])
    assert manager.is_registered(plugin)


def test_hooks_page_names_only_real_hooks() -> None:
    documented = regex.findall(
        r"autofunction:: khabar\.hookspecs\.(\w+)", HOOKS_PAGE.read_text(encoding="utf-8")
    )
    assert sorted(documented) == hook_names()


def public_modules() -> list[str]:
    """khabar's top-level modules and packages, except built-in plugins and data."""
    return sorted(
        f"khabar.{info.name}"
        for info in pkgutil.iter_modules(khabar.__path__)
        if not info.name.startswith("_") and f"khabar.{info.name}" not in _NOT_REFERENCE
    )


def documented_names() -> set[str]:
    """Every name an autodoc directive of the reference pages documents."""
    names: set[str] = set()
    for page in (DOCS / "reference").glob("*.md"):
        names.update(regex.findall(_AUTODOC, page.read_text(encoding="utf-8")))
    return names


@pytest.mark.parametrize("module", public_modules())
def test_module_is_in_the_reference(module: str) -> None:
    documented = documented_names()
    assert any(name == module or name.startswith(f"{module}.") for name in documented), (
        f"document {module} in docs/reference/api.md (e.g. '.. automodule:: {module}')"
    )


@attrs.frozen
class RunBlock:
    """A code block of a page that the tests execute, with its expected output if any."""

    page: Path
    name: str
    code: str
    output: str | None


def run_blocks(page: Path) -> list[RunBlock]:
    """The run blocks of *page*, in order."""
    text = page.read_text(encoding="utf-8")
    return [
        RunBlock(page, match["name"], match["code"], match["output"])
        for match in _RUN_BLOCK.finditer(text)
    ]


def pages_with_run_blocks() -> list[Path]:
    """Every documentation page that has a block to run."""
    return sorted(
        page for page in DOCS.rglob("*.md") if "_build" not in page.parts and run_blocks(page)
    )


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


def test_tutorial_has_run_blocks() -> None:
    names = [block.name for block in run_blocks(DOCS / "tutorial" / "getting-started.md")]
    assert "run-tutorial-article" in names
    assert "run-tutorial-json" in names


def test_run_block_names_are_unique() -> None:
    names = [block.name for page in pages_with_run_blocks() for block in run_blocks(page)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "page", pages_with_run_blocks(), ids=lambda page: str(page.relative_to(DOCS))
)
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for block in run_blocks(page):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block.code, f"{page.name}:{block.name}", "exec"), namespace)
        if block.output is not None:
            assert _lines(printed.getvalue()) == _lines(block.output), (
                f"{page.name}: the output shown after {block.name} is not what it prints"
            )


def test_json_reference_example_is_what_khabar_writes() -> None:
    page = (DOCS / "reference" / "json.md").read_text(encoding="utf-8")
    block = regex.search(r"```json\n(.*?)```", page, regex.DOTALL)
    assert block is not None, "docs/reference/json.md has no JSON example"
    example = json.loads(block[1])
    jsonschema.validate(example, json_schema())
    assert khabar.to_dict(khabar.from_dict(example)) == example
    article = khabar.default_pipeline().process(example["text"], id=example["id"])
    written = khabar.to_dict(article)
    layout = ("schema", "id", "source", "text", "section", "headline", "dateline", "blocks")
    for field in (*layout, "stories", "related"):
        assert written[field] == example[field], field
    assert set(written) == set(example)


@pytest.mark.skipif(
    os.environ.get("KHABAR_TEST_DOCS_BUILD") != "1",
    reason="set KHABAR_TEST_DOCS_BUILD=1 to build the docs (CI builds them separately)",
)
def test_sphinx_build_is_clean(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("furo")
    pytest.importorskip("myst_parser")
    command = [sys.executable, "-m", "sphinx", "-n", "-T", "-W", "--keep-going", "-q"]
    command += ["-b", "html", "-d", str(tmp_path / "doctrees"), str(DOCS), str(tmp_path / "html")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "html" / "reference" / "hooks.html").is_file()


def test_every_documented_module_imports() -> None:
    for name in documented_names():
        module = name
        while module:
            try:
                importlib.import_module(module)
                break
            except ImportError:
                module = module.rpartition(".")[0]
        assert module, f"{name} cannot be imported"


def _help(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from khabar.cli import main

    with pytest.raises(SystemExit) as stopped:
        main([*arguments, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", ["extract", "plugins", "formats", "evaluate"])
def test_cli_page_documents_every_option(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    page = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    assert f"## `khabar {command}`" in page
    options = set(regex.findall(r"(?<![\w-])--[a-z][\w-]*", _help([command], capsys)))
    options.discard("--help")
    missing = sorted(option for option in options if option not in page)
    assert not missing, f"docs/reference/cli.md does not mention {missing} of khabar {command}"


def test_cli_page_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    page = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    usage = _help([], capsys)
    commands = regex.findall(r"^    (\w+)  ", usage, regex.MULTILINE)
    assert commands
    assert all(f"## `khabar {command}`" in page for command in commands)


def test_layout_hook_example_lays_out_an_article() -> None:
    namespace: dict[str, object] = {"khabar": khabar, "attrs": attrs}
    namespace.update({name: getattr(khabar, name) for name in khabar.__all__})
    exec(compile(hook_example("khabar_layout"), "khabar_layout example", "exec"), namespace)
    layout = namespace["khabar_layout"]
    assert callable(layout)
    text = "عنوان الخبر\n\nنص الخبر الأول.\nنص الخبر الثاني."
    assert layout(khabar.Article(text=text, source="other")) is None
    article = layout(khabar.Article(text=text, source="example"))
    assert [(block.kind, block.span.text) for block in article.blocks] == [
        ("headline", "عنوان الخبر"),
        ("paragraph", "نص الخبر الأول."),
        ("paragraph", "نص الخبر الثاني."),
    ]

"""Sphinx configuration for khabar's documentation.

Build: ``sphinx-build -n -T -W --keep-going -b html docs docs/_build/html``.
"""

from __future__ import annotations

import importlib
from importlib.metadata import version as distribution_version
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

project = "khabar"
author = "The khabar developers"
copyright = "the khabar developers, GPL-3.0-or-later"
release = distribution_version("khabar")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- autodoc ---------------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = False

# -- cross-references ------------------------------------------------------------------------

nitpicky = True
# There is no network here, so intersphinx cannot fetch the inventories of Python, pluggy or
# attrs. References to their objects (they appear in signatures: Path, Iterable, datetime.date,
# pluggy.PluginManager ...) cannot be linked and are ignored; everything of khabar must resolve.
nitpick_ignore_regex = [
    # the standard library: collections.abc, pathlib, datetime, typing's re-exports ...
    (r"py:.*", r"(collections\.abc|pathlib|datetime|typing|argparse|importlib\.metadata)\..*"),
    (r"py:.*", r"(Path|Iterable|Iterator|Mapping|Sequence|Callable|BinaryIO|Final)"),
    # third-party libraries khabar builds on
    (r"py:.*", r"(pluggy|attrs|attr|pytest|_pytest|hypothesis)(\..*)?"),
    (r"py:class", r"SearchStrategy"),  # hypothesis.strategies.SearchStrategy, as annotated
]

# -- HTML ------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"khabar {release}"
html_static_path: list[str] = []


# -- references to re-exported names -------------------------------------------------------
# The public types are documented where users import them (khabar.Article, khabar.Pipeline),
# while docstrings inside a module naturally say Article.text or PluginError. This resolver
# finds the object such a reference means, by importing it, and links it to the name under
# which that same object is documented.

_MISSING = object()


def _import(dotted: str) -> Any:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            value = getattr(value, name, _MISSING)
            if value is _MISSING:
                return _MISSING
        return value
    return _MISSING


_BY_IDENTITY: dict[int, list[str]] = {}


def _documented_by_identity(env: BuildEnvironment) -> dict[int, list[str]]:
    """The documented names of each object, by ``id()`` (computed once, after reading)."""
    if _BY_IDENTITY:
        return _BY_IDENTITY
    names = _BY_IDENTITY
    for name, entry in env.get_domain("py").objects.items():  # type: ignore[attr-defined]
        if entry.objtype in ("class", "exception", "function", "data", "module", "method"):
            value = _import(name)
            if value is not _MISSING:
                names.setdefault(id(value), []).append(name)
    return names


def _documented_name(env: BuildEnvironment, dotted: str) -> str | None:
    objects = env.get_domain("py").objects  # type: ignore[attr-defined]
    if dotted in objects:
        return dotted
    by_identity = _documented_by_identity(env)
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        value = _import(".".join(parts[:cut]))
        if value is _MISSING:
            continue
        for name in by_identity.get(id(value), ()):
            candidate = ".".join([name, *parts[cut:]])
            if candidate in objects:
                return candidate
    return None


def _resolve_reexported(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"].lstrip(".~")
    module, cls = node.get("py:module"), node.get("py:class")
    scopes = [f"{module}.{cls}" if module and cls else cls, module]
    if module and cls:
        owner = _import(f"{module}.{cls}")
        if owner is not _MISSING and hasattr(owner, "__module__"):
            scopes.append(owner.__module__)
    for scope in [*scopes, None]:
        found = _documented_name(env, f"{scope}.{target}" if scope else target)
        if found is not None:
            domain = env.get_domain("py")
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], found, node, contnode
            )
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the resolver for references to re-exported names."""
    app.connect("missing-reference", _resolve_reexported)
    return {"parallel_read_safe": True}

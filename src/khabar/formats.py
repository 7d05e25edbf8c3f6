"""Output formats: named writers that plugins register.

See :func:`~khabar.hookspecs.khabar_register_formats`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from khabar.errors import FormatError

if TYPE_CHECKING:
    import pluggy

    from khabar.model import Article

__all__ = ["FormatRegistry", "OutputFormat", "render_html_or_none"]

Renderer = Callable[[Sequence["Article"]], Mapping[str, bytes]]


@attrs.frozen(kw_only=True)
class OutputFormat:
    """A named writer.

    ``render(articles)`` returns the files it writes as a mapping from a file-name suffix to the
    file's bytes, e.g. ``{".json": b"..."}`` or ``{".txt": ..., ".ann": ...}``. ``khabar extract
    --output DIR`` writes ``DIR/<stem><suffix>`` for each; on standard output the files are
    written one after another. Given several articles at once (standard output with several
    inputs) a format writes a collection: JSON Lines for ``json``, one table for ``csv``.
    """

    name: str
    suffix: str
    description: str
    render: Renderer
    plugin: str = ""
    """The plugin that registered the format (filled in by the registry)."""


@attrs.frozen
class FormatRegistry:
    """The registered formats by name."""

    formats: Mapping[str, OutputFormat]

    @classmethod
    def from_plugin_manager(cls, pm: pluggy.PluginManager) -> FormatRegistry:
        """Collect every plugin's formats, rejecting a name registered twice."""
        formats: dict[str, OutputFormat] = {}
        for impl in pm.hook.khabar_register_formats.get_hookimpls():
            plugin_name = pm.get_name(impl.plugin) or repr(impl.plugin)

            def register(fmt: OutputFormat, plugin_name: str = plugin_name) -> None:
                if fmt.name in formats:
                    raise FormatError(
                        f"output format {fmt.name!r} is registered by both "
                        f"{formats[fmt.name].plugin!r} and {plugin_name!r}"
                    )
                formats[fmt.name] = attrs.evolve(fmt, plugin=plugin_name)

            from khabar.plugins import call_plugin

            call_plugin(impl, "khabar_register_formats", register=register)
        return cls(dict(sorted(formats.items())))

    def get(self, name: str) -> OutputFormat:
        """The format called *name*."""
        try:
            return self.formats[name]
        except KeyError:
            known = ", ".join(self.formats) or "none"
            raise FormatError(f"unknown output format {name!r}; known formats: {known}") from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.formats.values())


def render_html_or_none(article: Article) -> str | None:
    """The ``html`` format's page for *article*, or ``None`` when no plugin provides it."""
    from khabar.pipeline import default_pipeline

    try:
        fmt = default_pipeline().formats.get("html")
    except FormatError:
        return None
    return fmt.render((article,))[fmt.suffix].decode("utf-8")

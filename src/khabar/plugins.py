"""The plugin manager: built-in plugins, entry-point discovery, and errors that name the plugin.

Environment variables:

``KHABAR_DISABLE_PLUGINS``
    comma-separated plugin names never to register (built-in ones included), e.g. ``sana,spa``.
``KHABAR_DISABLE_PLUGIN_AUTOLOAD``
    when set to anything but an empty string or ``0``, entry points are not loaded; only the
    built-in plugins and those passed explicitly are registered.
``KHABAR_TRACE_PLUGINS``
    when set to anything but an empty string or ``0``, every hook call and its results are
    written to standard error (pluggy's tracing), to see which plugin answered what.
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Final

import attrs
import pluggy

from khabar import hookspecs
from khabar.errors import KhabarError, PluginError

__all__ = [
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "KhabarPluginManager",
    "PluginInfo",
    "call_hook",
    "call_plugin",
    "hookimpl",
    "make_plugin_manager",
]

ENTRY_POINT_GROUP: Final = "khabar"
hookimpl: Final = pluggy.HookimplMarker(hookspecs.PROJECT_NAME)
"""The marker for hook implementations: ``@khabar.hookimpl``."""

BUILTIN_PLUGINS: Final = {
    "khabar.layout": "khabar.builtin.layout",
    "khabar.entities": "khabar.builtin.entities",
    "khabar.json": "khabar.builtin.json_format",
    "khabar.html": "khabar.builtin.html_reader",
}
"""The core's own plugins, registered through the same hooks as anyone's."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``khabar plugins`` shows about one plugin."""

    name: str
    distribution: str
    version: str
    hooks: tuple[str, ...]


class KhabarPluginManager(pluggy.PluginManager):
    """A :class:`pluggy.PluginManager` that remembers which distribution gave each plugin."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.distributions: dict[str, tuple[str, str]] = {}

    def plugin_info(self) -> tuple[PluginInfo, ...]:
        """Every registered plugin with its distribution, version and hooks, sorted by name."""
        from khabar import __version__

        infos = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            distribution, version = self.distributions.get(name, ("khabar", __version__))
            hooks = tuple(sorted(caller.name for caller in self.get_hookcallers(plugin) or ()))
            infos.append(
                PluginInfo(name=name, distribution=distribution, version=version, hooks=hooks)
            )
        return tuple(sorted(infos, key=lambda info: info.name))


def _disabled(env: Mapping[str, str]) -> set[str]:
    return {
        name.strip() for name in env.get("KHABAR_DISABLE_PLUGINS", "").split(",") if name.strip()
    }


def _autoload(env: Mapping[str, str]) -> bool:
    return env.get("KHABAR_DISABLE_PLUGIN_AUTOLOAD", "") in ("", "0")


def make_plugin_manager(
    *,
    plugins: Iterable[object] = (),
    autoload: bool | None = None,
    disable: Iterable[str] = (),
    skip_broken: bool = False,
    env: Mapping[str, str] | None = None,
) -> KhabarPluginManager:
    """Build a plugin manager: the built-in plugins, then entry points of group ``khabar``.

    :param plugins: further plugin objects (modules or instances) to register, each under its
        ``__name__`` when it has one (a module's name), else under pluggy's default name.
    :param autoload: load entry points; by default unless ``KHABAR_DISABLE_PLUGIN_AUTOLOAD``.
    :param disable: plugin names not to register, besides ``KHABAR_DISABLE_PLUGINS``.
    :param skip_broken: warn about a plugin that fails to load and go on, instead of raising.
    :param env: the environment to read (``os.environ`` by default).
    :raises PluginError: a plugin fails to load, implements a hook that does not exist or
        asks a hook for an argument it does not have.
    """
    env = os.environ if env is None else env
    pm = KhabarPluginManager()
    blocked = _disabled(env) | set(disable)
    for name in blocked:
        pm.set_blocked(name)
    for name, module in BUILTIN_PLUGINS.items():
        if name not in blocked:
            pm.register(importlib.import_module(module), name=name)
    if _autoload(env) if autoload is None else autoload:
        for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
            if entry_point.name in blocked or pm.has_plugin(entry_point.name):
                continue
            try:
                _load_entry_point(pm, entry_point)
            except PluginError as error:
                if not skip_broken:
                    raise
                warnings.warn(str(error), stacklevel=2)
    for plugin in plugins:
        try:
            pm.register(plugin)
        except (pluggy.PluginValidationError, ValueError) as error:
            name = getattr(plugin, "__name__", None) or repr(plugin)
            raise PluginError(
                f"plugin {name!r} cannot be registered: {error}", plugin=name
            ) from error
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        name = pm.get_name(error.plugin) or repr(error.plugin)
        raise PluginError(f"plugin {name!r}: {error}", plugin=name) from error
    if env.get("KHABAR_TRACE_PLUGINS", "") not in ("", "0"):
        pm.trace.root.setwriter(sys.stderr.write)
        pm.enable_tracing()
    return pm


def _load_entry_point(pm: KhabarPluginManager, entry_point: EntryPoint) -> None:
    try:
        plugin = entry_point.load()
        pm.register(plugin, name=entry_point.name)
    except Exception as error:
        raise PluginError(
            f"plugin {entry_point.name!r} ({entry_point.value}) failed to load: "
            f"{type(error).__name__}: {error}",
            plugin=entry_point.name,
        ) from error
    dist = entry_point.dist
    if dist is not None:
        pm.distributions[entry_point.name] = (dist.metadata["Name"], dist.version)


def _plugin_that_raised(pm: pluggy.PluginManager, hook: str, error: BaseException) -> str:
    """The name of the plugin whose implementation of *hook* is on *error*'s traceback."""
    codes = {
        impl.function.__code__: impl.plugin_name
        for impl in getattr(pm.hook, hook).get_hookimpls()
        if hasattr(impl.function, "__code__")
    }
    traceback = error.__traceback__
    found = "unknown"
    while traceback is not None:
        name = codes.get(traceback.tb_frame.f_code)
        if name is not None:
            found = name
        traceback = traceback.tb_next
    return found


def call_hook(pm: pluggy.PluginManager, hook: str, **kwargs: Any) -> Any:
    """Call *hook* on every plugin; an exception becomes a :class:`PluginError` naming it."""
    try:
        return getattr(pm.hook, hook)(**kwargs)
    except PluginError:
        raise
    except Exception as error:
        plugin = _plugin_that_raised(pm, hook, error)
        kind = "" if isinstance(error, KhabarError) else f"{type(error).__name__}: "
        raise PluginError(
            f"plugin {plugin!r} failed in hook {hook}: {kind}{error}", plugin=plugin, hook=hook
        ) from error


def call_plugin(impl: pluggy.HookImpl, hook: str, **kwargs: Any) -> Any:
    """Call one implementation of *hook* with the arguments it asks for."""
    try:
        return impl.function(*(kwargs[name] for name in impl.argnames))
    except KhabarError:
        raise
    except Exception as error:
        raise PluginError(
            f"plugin {impl.plugin_name!r} failed in hook {hook}: {type(error).__name__}: {error}",
            plugin=impl.plugin_name,
            hook=hook,
        ) from error

"""The hook system: a fresh plugin manager per test, test plugins registered and unregistered,
the environment switches, and errors that name the plugin and the hook."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint

import pytest

import khabar
from khabar import FormatError, OutputFormat, Pipeline, PluginError, hookspecs
from khabar.model import Article, Mention, Statement
from khabar.plugins import BUILTIN_PLUGINS, make_plugin_manager
from khabar.statements import StatementsFound

ARTICLE = "عنوان الخبر\n\nدمشق-سانا\n\nقال الوزير إن العمل مستمر."


class SourcePlugin:
    """Claims every text for the source ``test``."""

    __name__ = "test-source"

    @khabar.hookimpl
    def khabar_detect_source(self, text: str) -> str | None:
        return "test" if text else None


class RaisingPlugin:
    """Fails inside ``khabar_find_mentions``."""

    __name__ = "test-raising"

    @khabar.hookimpl
    def khabar_find_mentions(self, article: Article) -> Iterator[Mention]:
        raise RuntimeError("the lexicon is on fire")


class MisspeltPlugin:
    __name__ = "test-misspelt"

    @khabar.hookimpl
    def khabar_detect_sauce(self, text: str) -> str:
        return "x"


class WrongArgumentPlugin:
    __name__ = "test-wrong-argument"

    @khabar.hookimpl
    def khabar_detect_source(self, txt: str) -> str:
        return "x"


class DuplicateFormatPlugin:
    __name__ = "test-formats"

    @khabar.hookimpl
    def khabar_register_formats(self, register: Callable[[OutputFormat], None]) -> None:
        register(
            OutputFormat(
                name="json", suffix=".json", description="a second json", render=lambda a: {}
            )
        )


class FakeEntryPoint(EntryPoint):
    """An entry point whose ``load()`` returns a given object or raises."""

    def load(self) -> object:
        if self.value == "broken:plugin":
            raise ImportError("cannot import name 'plugin' from 'broken'")
        return SourcePlugin()


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Replace the installed entry points of group ``khabar`` by fakes named in the call."""

    def install(*points: tuple[str, str]) -> None:
        fakes = [FakeEntryPoint(name, value, "khabar") for name, value in points]
        monkeypatch.setattr(
            "khabar.plugins.entry_points", lambda group: fakes if group == "khabar" else []
        )

    return install


def _names(pm: khabar.plugins.KhabarPluginManager) -> set[str]:
    return {name for name, plugin in pm.list_name_plugin() if plugin is not None}


def test_without_autoload_only_the_builtin_plugins_are_registered() -> None:
    pm = make_plugin_manager(autoload=False)
    assert _names(pm) == set(BUILTIN_PLUGINS)
    infos = {info.name: info for info in pm.plugin_info()}
    assert set(infos) == set(BUILTIN_PLUGINS)
    assert infos["khabar.json"].distribution == "khabar"
    assert infos["khabar.json"].hooks == ("khabar_register_formats",)
    assert infos["khabar.layout"].hooks == ("khabar_layout",)


def test_every_manager_is_fresh() -> None:
    first = make_plugin_manager(autoload=False)
    first.register(SourcePlugin(), name="test-source")
    assert "test-source" not in _names(make_plugin_manager(autoload=False))


def test_a_test_plugin_registered_and_unregistered() -> None:
    pm = make_plugin_manager(autoload=False)
    pipeline = Pipeline(pm)
    assert pipeline.detect_source(ARTICLE) is None
    plugin = SourcePlugin()
    pm.register(plugin, name="test-source")
    try:
        assert pipeline.detect_source(ARTICLE) == "test"
        assert pipeline.process(ARTICLE).source == "test"
        assert pipeline.process(ARTICLE, source="sana").source == "sana"
    finally:
        pm.unregister(plugin)
    assert not pm.is_registered(plugin)
    assert pipeline.detect_source(ARTICLE) is None
    assert pipeline.process(ARTICLE).source is None


def test_plugins_passed_to_the_factory_are_registered_under_their_name() -> None:
    pm = make_plugin_manager(autoload=False, plugins=[SourcePlugin()])
    assert _names(pm) == {*BUILTIN_PLUGINS, "test-source"}
    assert Pipeline(pm).detect_source(ARTICLE) == "test"


def test_khabar_disable_plugins_blocks_builtin_plugins() -> None:
    pm = make_plugin_manager(
        autoload=False, env={"KHABAR_DISABLE_PLUGINS": "khabar.json, khabar.html"}
    )
    assert _names(pm) == {"khabar.layout", "khabar.entities"}
    with pytest.raises(FormatError, match="unknown output format 'json'"):
        Pipeline(pm).formats.get("json")


def test_the_disable_argument_blocks_plugins() -> None:
    pm = make_plugin_manager(autoload=False, disable=["khabar.entities"], env={})
    assert "khabar.entities" not in _names(pm)


def test_entry_points_are_loaded_by_default(fake_entry_points: Callable[..., None]) -> None:
    fake_entry_points(("fake", "khabar_fake:plugin"))
    assert "fake" in _names(make_plugin_manager(env={}))
    assert "fake" in _names(make_plugin_manager(env={"KHABAR_DISABLE_PLUGIN_AUTOLOAD": "0"}))


@pytest.mark.parametrize("value", ["1", "true", "yes"])
def test_khabar_disable_plugin_autoload(fake_entry_points: Callable[..., None], value: str) -> None:
    fake_entry_points(("fake", "khabar_fake:plugin"))
    pm = make_plugin_manager(env={"KHABAR_DISABLE_PLUGIN_AUTOLOAD": value})
    assert _names(pm) == set(BUILTIN_PLUGINS)
    # an explicit argument wins over the environment
    assert "fake" in _names(
        make_plugin_manager(autoload=True, env={"KHABAR_DISABLE_PLUGIN_AUTOLOAD": value})
    )


def test_khabar_disable_plugins_blocks_entry_points(fake_entry_points: Callable[..., None]) -> None:
    fake_entry_points(("fake", "khabar_fake:plugin"), ("broken", "broken:plugin"))
    pm = make_plugin_manager(env={"KHABAR_DISABLE_PLUGINS": "broken,fake"})
    assert _names(pm) == set(BUILTIN_PLUGINS)


def test_a_broken_entry_point_is_a_plugin_error_naming_it(
    fake_entry_points: Callable[..., None],
) -> None:
    fake_entry_points(("broken", "broken:plugin"))
    with pytest.raises(
        PluginError, match=r"plugin 'broken' \(broken:plugin\) failed to load: ImportError"
    ) as caught:
        make_plugin_manager(env={})
    assert caught.value.plugin == "broken"
    assert caught.value.hook is None
    assert isinstance(caught.value.__cause__, ImportError)


def test_skip_broken_warns_and_goes_on(fake_entry_points: Callable[..., None]) -> None:
    fake_entry_points(("broken", "broken:plugin"), ("fake", "khabar_fake:plugin"))
    with pytest.warns(UserWarning, match="plugin 'broken'"):
        pm = make_plugin_manager(env={}, skip_broken=True)
    assert _names(pm) == {*BUILTIN_PLUGINS, "fake"}


def test_a_plugin_raising_inside_a_hook_is_named_with_the_hook() -> None:
    pipeline = Pipeline(make_plugin_manager(autoload=False, plugins=[RaisingPlugin()]))
    with pytest.raises(PluginError) as caught:
        pipeline.process(ARTICLE)
    assert (caught.value.plugin, caught.value.hook) == ("test-raising", "khabar_find_mentions")
    assert str(caught.value) == (
        "plugin 'test-raising' failed in hook khabar_find_mentions: "
        "RuntimeError: the lexicon is on fire"
    )
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_a_plugin_raising_a_khabar_error_is_named_too() -> None:
    class BadSpans:
        __name__ = "test-bad-spans"

        @khabar.hookimpl(tryfirst=True)
        def khabar_layout(self, article: Article) -> Article:
            return Article(text=article.text, headline=khabar.Span(start=0, end=2, text="xx"))

    pipeline = Pipeline(make_plugin_manager(autoload=False, plugins=[BadSpans()]))
    with pytest.raises(PluginError, match="plugin 'test-bad-spans' failed in hook khabar_layout"):
        pipeline.process(ARTICLE)


def test_a_misspelt_hook_fails_check_pending() -> None:
    with pytest.raises(PluginError, match="khabar_detect_sauce") as caught:
        make_plugin_manager(autoload=False, plugins=[MisspeltPlugin()])
    assert caught.value.plugin == "test-misspelt"


def test_a_hook_argument_that_does_not_exist_is_a_plugin_error() -> None:
    with pytest.raises(PluginError, match="txt") as caught:
        make_plugin_manager(autoload=False, plugins=[WrongArgumentPlugin()])
    assert caught.value.plugin == "test-wrong-argument"


def test_duplicate_format_names_name_both_plugins() -> None:
    pipeline = Pipeline(make_plugin_manager(autoload=False, plugins=[DuplicateFormatPlugin()]))
    with pytest.raises(FormatError) as caught:
        _ = pipeline.formats
    message = str(caught.value)
    assert "'json'" in message
    assert "'khabar.json'" in message
    assert "'test-formats'" in message


def test_builtin_formats() -> None:
    formats = Pipeline(make_plugin_manager(autoload=False)).formats
    assert [fmt.name for fmt in formats] == ["json"]
    assert formats.get("json").plugin == "khabar.json"
    with pytest.raises(FormatError, match="unknown output format 'yaml'; known formats: json"):
        formats.get("yaml")


def test_every_hook_is_documented_with_an_example() -> None:
    hooks = [name for name in hookspecs.__all__ if name.startswith("khabar_")]
    assert len(hooks) == 8
    for name in hooks:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert "Example::" in doc, name
        assert "versionadded" in doc, name


def test_a_statement_naming_an_unknown_speaker_is_a_plugin_error() -> None:
    class Ghost:
        __name__ = "test-ghost"

        @khabar.hookimpl
        def khabar_find_statements(self, article: Article) -> StatementsFound:
            content = khabar.Span.of(article.text, 0, 5)
            return StatementsFound(
                statements=(Statement(id="x", speakers=("E99",), kind="direct", content=content),)
            )

    pipeline = Pipeline(make_plugin_manager(autoload=False, plugins=[Ghost()]))
    with pytest.raises(PluginError, match=r"unknown speakers \['E99'\]") as caught:
        pipeline.process(ARTICLE)
    assert caught.value.hook == "khabar_find_statements"
